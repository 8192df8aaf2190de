#!/usr/bin/env bash
# A read-only database directory and a disk that fills mid-write, on real
# mounts (a read-only bind mount, a small tmpfs) in a private mount
# namespace: each write is refused with a message naming the database, exits
# 1, and leaves the previous state whole (`check --deep` clean, the counts
# kept or grown by whole articles). Needs root for the mounts; without it
# the test is skipped (exit 77).
# Usage: hostile_fs_test.sh path/to/cartelgraph folder/of/articles
set -u
BIN=$1
ARTICLES=$2
if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
  echo "SKIP: needs root and unshare for private mounts"
  exit 77
fi
if [ -z "${CG_PRIVATE_MOUNTS:-}" ]; then
  CG_PRIVATE_MOUNTS=1 exec unshare -m --propagation private bash "$0" "$@"
fi

WORK=$(mktemp -d)
cleanup() {
  umount "$WORK/ro" "$WORK/full" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
FAILURES=0
fail() {
  echo "FAIL: $1"
  FAILURES=$((FAILURES + 1))
}
# count DB: "nodes,relationships,articles"
count() {
  local n r a
  n=$("$BIN" query --db "$1" --format csv "MATCH (n) RETURN count(n) AS n" | tail -1)
  r=$("$BIN" query --db "$1" --format csv "MATCH ()-[r]->() RETURN count(r) AS n" | tail -1)
  a=$("$BIN" query --db "$1" --format csv "MATCH (a:Article) RETURN count(a) AS n" | tail -1)
  echo "$n,$r,$a"
}
# refused WHAT PATTERN COMMAND...: exit 1 and PATTERN in stderr.
refused() {
  local what=$1 pattern=$2
  shift 2
  "$@" >"$WORK/out" 2>"$WORK/err"
  local status=$?
  [ "$status" = 1 ] || fail "$what: exit $status, expected 1 ($(cat "$WORK/err"))"
  grep -q -- "$pattern" "$WORK/err" || fail "$what: stderr lacks '$pattern': $(cat "$WORK/err")"
}
clean() {
  "$BIN" check --deep --db "$1" >"$WORK/check" 2>&1 || fail "$2: check --deep: $(cat "$WORK/check")"
}
FIRST=$(ls "$ARTICLES"/*.md | head -1)

# --- A read-only database directory: reads work, writes are refused.
mkdir -p "$WORK/ro"
"$BIN" ingest -q --db "$WORK/ro/db" "$FIRST" >/dev/null || fail "read-only: first ingest"
BEFORE=$(count "$WORK/ro/db")
mount --bind "$WORK/ro" "$WORK/ro" && mount -o remount,bind,ro "$WORK/ro" || fail "read-only: mount"
refused "read-only: ingest" "database $WORK/ro/db cannot be written" "$BIN" ingest -q --db "$WORK/ro/db" "$ARTICLES"
refused "read-only: query CREATE" "$WORK/ro/db" "$BIN" query --db "$WORK/ro/db" "CREATE (:Person {name: 'x'})"
[ "$(count "$WORK/ro/db")" = "$BEFORE" ] || fail "read-only: the counts changed"
clean "$WORK/ro/db" "read-only"
"$BIN" export --db "$WORK/ro/db" --format json >/dev/null || fail "read-only: export"
umount "$WORK/ro"

# --- A disk that fills: a 3 MB tmpfs, filled but for a little.
mkdir -p "$WORK/full"
mount -t tmpfs -o size=3m tmpfs "$WORK/full" || fail "disk full: mount"
"$BIN" ingest -q --db "$WORK/full/db" "$FIRST" >/dev/null || fail "disk full: first ingest"
BEFORE=$(count "$WORK/full/db")
head -c 100000000 /dev/zero >"$WORK/full/filler" 2>/dev/null  # stops when the disk is full
truncate -s -200K "$WORK/full/filler"
# Bulk import: a CSV far larger than what is left.
CSV="$WORK/nodes_big.csv"
{
  echo "id:ID,name,:LABEL"
  for i in $(seq 1 40000); do echo "N$i,Person number $i with a long enough name to fill the disk,Person"; done
} >"$CSV"
refused "disk full: import" "No space left on device" "$BIN" import --db "$WORK/full/db" --nodes "$CSV"
[ "$(count "$WORK/full/db")" = "$BEFORE" ] || fail "disk full: import changed the counts"
clean "$WORK/full/db" "disk full: import"
# With space again, the database takes writes.
rm -f "$WORK/full/filler"
"$BIN" ingest -q --db "$WORK/full/db" "$ARTICLES" >"$WORK/out" 2>&1 || fail "disk full: ingest after freeing space: $(cat "$WORK/out")"
clean "$WORK/full/db" "disk full: after freeing space"
umount "$WORK/full"

if [ "$FAILURES" -gt 0 ]; then
  echo "$FAILURES failure(s)"
  exit 1
fi
echo "ok: a read-only directory and a full disk are refused, the databases intact"
