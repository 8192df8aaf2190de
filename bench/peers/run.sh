#!/bin/sh
# Runs the shared synthetic-world tasks (../shared/bench/README.md) on the
# peers that run on this machine — Kùzu 0.11.3 and DuckDB (npm, installed
# in a scratch directory on first use) and SQLite (the system Python's
# sqlite3) — then on cartelgraph (build/bench/world_bench), one after the
# other, each printing world_bench's task lines and checksums. Not a test.
#
#   bench/peers/run.sh --scale M [--budget 60] [--work /tmp/peers] [--only kuzu|duckdb|sqlite|cartelgraph]
#
# The world is generated into WORK/world-SCALE unless it is there already.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scale=M budget=60 work=/tmp/peers only=
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --budget) budget=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: $0 --scale S|M|L [--budget SECONDS] [--work DIR] [--only NAME]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
world=$work/world-$scale
[ -f "$world/queries.json" ] || /usr/bin/python3 "$repo/../shared/bench/gen_world.py" --scale "$scale" --out "$world"
if [ ! -d "$work/node_modules/kuzu" ] || [ ! -d "$work/node_modules/@duckdb/node-api" ]; then
  (cd "$work" && npm install --no-audit --no-fund kuzu@0.11.3 @duckdb/node-api >/dev/null)
fi
run() {
  [ -z "$only" ] || [ "$only" = "$1" ] || return 0
  echo "== $1 (scale $scale, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  shift
  "$@"
}
run kuzu env NODE_PATH="$work/node_modules" node "$here/kuzu_peer.mjs" --world "$world" --db "$work/kuzu-$scale" --budget "$budget"
run duckdb env NODE_PATH="$work/node_modules" node "$here/duckdb_peer.mjs" --world "$world" --db "$work/duckdb-$scale" --budget "$budget"
run sqlite /usr/bin/python3 "$here/sqlite_peer.py" --world "$world" --db "$work/sqlite-$scale" --budget "$budget"
run cartelgraph "$repo/build/bench/world_bench" --world "$world" --db "$work/cartelgraph-$scale" --budget "$budget"
