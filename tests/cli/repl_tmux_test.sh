#!/usr/bin/env bash
# Drives `cartelgraph shell` in tmux as a person would — a multi-line
# statement, Tab completion of a label, Ctrl-C on a long query, an error
# with its caret, a warning about a misspelt type, :commands (:as_of among them), Ctrl-D — and checks what
# the screen shows.
# Usage: repl_tmux_test.sh path/to/cartelgraph. Exit 77 (skipped) without tmux.
set -u
BIN=$1
if ! command -v tmux >/dev/null 2>&1; then
  echo "SKIP: tmux is not installed"
  exit 77
fi

WORK=$(mktemp -d)
SOCKET="cg-repl-test-$$"
cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/db"
FAILURES=0

fail() {
  echo "FAIL: $1"
  echo "----- screen -----"
  screen
  echo "------------------"
  FAILURES=$((FAILURES + 1))
}
screen() { tmux -L "$SOCKET" capture-pane -p -J -S -200 -t repl; }
keys() { tmux -L "$SOCKET" send-keys -t repl "$@"; }
# Types text literally (no key names). tmux takes an argument's trailing ';'
# as a command separator, so a final ';' is sent escaped.
type_text() {
  local text=$1
  if [[ $text == *";" ]]; then
    tmux -L "$SOCKET" send-keys -t repl -l "${text%;}"
    tmux -L "$SOCKET" send-keys -t repl '\;'
  else
    tmux -L "$SOCKET" send-keys -t repl -l "$text"
  fi
}
# Waits up to $2 seconds (default 10) until the screen matches the
# extended regular expression $1.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    if screen | grep -Eq -- "$1"; then return 0; fi
    sleep 0.2
  done
  return 1
}
# Clears the pane and its scrollback so that later checks see only new output.
# Ctrl-L makes libedit clear the screen and redraw its prompt (waited for:
# the prompt alone on the first line); tmux keeps the cleared lines in the
# history, which goes next.
clear_screen() {
  keys C-l
  local deadline=$((SECONDS + 10))
  while ((SECONDS < deadline)); do
    if [[ $(tmux -L "$SOCKET" capture-pane -p -t repl | head -1) == "cartelgraph> " ]]; then break; fi
    sleep 0.1
  done
  tmux -L "$SOCKET" clear-history -t repl
}
# Whether the shell has read the statement ending in $1 and runs it: the
# cursor sits at the start of the line after the statement (the line
# editor has taken the line; the shell prints nothing while it runs).
statement_running() {
  local pos x y
  pos=$(tmux -L "$SOCKET" display -p -t repl '#{cursor_x} #{cursor_y}')
  x=${pos% *}
  y=${pos#* }
  ((x == 0 && y > 0)) || return 1
  # The rows above the cursor, joined (a long statement wraps), end with $1.
  [[ $(tmux -L "$SOCKET" capture-pane -p -t repl | head -n "$y" | tr -d '\n') == *"$1" ]]
}

"$BIN" query --db "$DB" "CREATE (:Person {name: 'Joaquín Guzmán'})-[:LEADS]->(:Organization:Cartel {name: 'Sinaloa'}),
                                (:Person {name: '毒枭 Zhang'})-[:MEMBER_OF]->(:Organization:Cartel {name: 'Jalisco'})" >/dev/null ||
  { echo "FAIL: could not create the test database"; exit 1; }

tmux -L "$SOCKET" new-session -d -s repl -x 110 -y 50 "env HOME=$WORK LANG=C.UTF-8 TERM=xterm $BIN shell --db $DB; sleep 30"
wait_for 'cartelgraph> ' || fail "no prompt"

# 1. A statement over three lines: continuation prompts, then the table.
type_text "MATCH (p:Person)"; keys Enter
wait_for '\.\.> $' || fail "no continuation prompt"
type_text "RETURN p.name AS name"; keys Enter
type_text "ORDER BY name;"; keys Enter
wait_for '2 rows, [0-9.]+ ms' || fail "multi-line statement: no summary"
screen | grep -q '│ Joaquín Guzmán │' || fail "multi-line statement: row 1"
screen | grep -q '│ 毒枭 Zhang     │' || fail "multi-line statement: wide characters misaligned"

# 2. Tab completes a label from the database.
clear_screen
type_text "MATCH (c:Car"; keys Tab
wait_for 'MATCH \(c:Cartel$' || fail "Tab did not complete the label Cartel"
type_text ") RETURN c.name AS cartel ORDER BY cartel;"; keys Enter
wait_for '2 rows' || fail "completed query did not run"
screen | grep -q '│ Jalisco │' || fail "completed query: wrong result"

# 3. Ctrl-C cancels a long query and the shell goes on.
clear_screen
type_text "UNWIND range(1, 2000000) AS x WITH x WHERE reduce(s = 0, i IN range(1, 500) | s + i) > 0 RETURN count(*);"
keys Enter
deadline=$((SECONDS + 30))
until statement_running 'count(*);' || ((SECONDS >= deadline)); do sleep 0.1; done
statement_running 'count(*);' || fail "the long query did not start"
keys C-c
wait_for 'Cancelled' 10 || fail "Ctrl-C did not cancel the query"
type_text "RETURN 40 + 2 AS answer;"; keys Enter
wait_for '│ +42 │' || fail "the shell did not go on after Ctrl-C"

# 4. An error shows the statement with a caret under the position.
clear_screen
type_text "MATCH (n) RETRUN n;"; keys Enter
wait_for 'SyntaxError' || fail "no syntax error"
screen | grep -A1 '^  MATCH (n) RETRUN n$' | grep -q '^            \^$' || fail "caret not under RETRUN"

# 4b. A misspelt relationship type runs (no rows) and warns with a suggestion and a caret.
clear_screen
type_text "MATCH (p)-[:LEADZ]->(c) RETURN c;"; keys Enter
wait_for 'did you mean LEADS\?' || fail "no warning about the unknown type LEADZ"
screen | grep -A1 '^  MATCH (p)-\[:LEADZ\]->(c) RETURN c$' | grep -q '^              \^$' || fail "warning caret not under LEADZ"
wait_for '0 rows' || fail "the misspelt query did not run"

# 5. Ctrl-C while typing drops the statement; :param, :mode, :schema.
clear_screen
type_text "MATCH (n"; keys C-c
wait_for '\^C' || fail "Ctrl-C at the prompt"
type_text ":param who => 'Sinaloa'"; keys Enter
type_text ":mode csv"; keys Enter
type_text "MATCH (c:Cartel {name: \$who}) RETURN c.name AS name;"; keys Enter
wait_for '^Sinaloa$' || fail ":param / :mode csv"
type_text ":schema"; keys Enter
wait_for '^label,Cartel,2$' || fail ":schema"
screen | grep -q '^type,LEADS,1$' || fail ":schema types"
screen | grep -q '^property,name,4$' || fail ":schema property keys"

# 6. :source runs a file's statements; :max_rows and :timing shape the summary.
printf "MATCH (c:Cartel) RETURN c.name AS sourced ORDER BY sourced;\nRETURN 'done; really' AS s;\n" >"$WORK/s.cypher"
clear_screen
type_text ":mode table"; keys Enter
type_text ":max_rows 1"; keys Enter
type_text ":timing off"; keys Enter
type_text ":source $WORK/s.cypher"; keys Enter
wait_for '^\| done; really \|$' || fail ":source"
screen | grep -q '^| Jalisco *|$' || fail ":source: first statement"
screen | grep -q '^| Sinaloa' && fail ":max_rows 1 showed a second row"
screen | grep -q '^2 rows (1 shown)$' || fail ":max_rows / :timing off summary"

# 6b. :as_of shows the graph of a day until :as_of off; a bad date gets the usage.
clear_screen
type_text ":max_rows 0"; keys Enter
type_text ":mode csv"; keys Enter
type_text "MATCH (p:Person)-[:LEADS]->(:Cartel {name: 'Sinaloa'}), (c:Cartel {name: 'Jalisco'}) CREATE (p)-[:LEADS {since: date('2030-01-01')}]->(c);"
keys Enter
wait_for '1 relationship created' || fail ":as_of: could not create the dated relationship"
clear_screen
type_text ":as_of 2026-02-21"; keys Enter
wait_for 'as of 2026-02-21' || fail ":as_of did not confirm the day"
type_text "MATCH (:Person)-[:LEADS]->(c) RETURN c.name AS led ORDER BY led;"; keys Enter
wait_for '^1 row' || fail ":as_of: the relationship since 2030 was seen"
screen | grep -q '^Sinaloa$' || fail ":as_of: the undated relationship was not seen"
type_text ":as_of someday"; keys Enter
wait_for 'usage: :as_of DATE\|off' || fail ":as_of with a bad date: no usage"
clear_screen
type_text ":as_of off"; keys Enter
wait_for 'whole graph' || fail ":as_of off did not confirm"
type_text "MATCH (:Person)-[:LEADS]->(c) RETURN c.name AS led ORDER BY led;"; keys Enter
wait_for '^2 rows' || fail ":as_of off: not the whole graph"

# 7. Ctrl-D leaves; the history file keeps what was typed.
keys C-d
# libedit writes history lines vis(3)-encoded: a space is \040.
deadline=$((SECONDS + 10))
until grep -q 'answer;' "$WORK/.cartelgraph_history" 2>/dev/null || ((SECONDS >= deadline)); do sleep 0.1; done
grep -q 'answer;' "$WORK/.cartelgraph_history" 2>/dev/null || fail "history not saved"

if ((FAILURES > 0)); then
  echo "$FAILURES check(s) failed"
  exit 1
fi
echo "repl tmux test: all checks passed"
