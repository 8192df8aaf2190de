"""Python module speed: rows/s iterating a 10^6-row result, and Result.to_df() of it, beside the same
DataFrame built from `cartelgraph query --format csv` through pandas.read_csv.

    cmake --build build --target cartelgraph_core cartelgraph
    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--rows N] [--repeat K] [--cli build/cartelgraph]

The query is UNWIND range(1, N) AS i RETURN i, toFloat(i) / 7 AS f, 'name ' + toString(i) AS s
(three scalar columns, no storage reads: this measures the engine's rows into Python). Each figure
is the best of K runs (wall time); CPU time beside it, since the machine may be shared.
"""

import argparse
import io
import pathlib
import subprocess
import sys
import tempfile
import time

import pandas as pd

import cartelgraph

QUERY = "UNWIND range(1, $n) AS i RETURN i, toFloat(i) / 7 AS f, 'name ' + toString(i) AS s"


def best(fn, repeat):
    """(best wall seconds, its CPU seconds, fn's result)."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        value = fn()
        runs.append((time.perf_counter() - wall, time.process_time() - cpu, value))
    return min(runs, key=lambda run: run[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cli", default=str(pathlib.Path(__file__).resolve().parents[1] / "build" / "cartelgraph"))
    args = parser.parse_args()
    n = args.rows

    with tempfile.TemporaryDirectory() as tmp:
        db_path = pathlib.Path(tmp) / "db"
        with cartelgraph.open(db_path) as db:
            def iterate():
                count = 0
                for _ in db.query(QUERY, n=n):
                    count += 1
                return count

            def frame():
                return db.query(QUERY, n=n).to_df()

            wall, cpu, count = best(iterate, args.repeat)
            assert count == n
            print(f"iterate rows as dicts : {wall:6.3f} s wall ({cpu:6.3f} s CPU)  {n / wall:12,.0f} rows/s")
            wall, cpu, df = best(frame, args.repeat)
            assert len(df) == n and list(df.dtypes.astype(str)) == ["int64", "float64", "object"]
            print(f"Result.to_df()        : {wall:6.3f} s wall ({cpu:6.3f} s CPU)  {n / wall:12,.0f} rows/s")

        def via_csv():
            # The CLI process's CPU is not in process_time(): wall time is the figure here.
            out = subprocess.run([args.cli, "query", "--db", str(db_path), "--format", "csv", "--param", f"n={n}",
                                  QUERY], check=True, capture_output=True).stdout
            return pd.read_csv(io.BytesIO(out))

        wall, cpu, df_csv = best(via_csv, args.repeat)
        assert len(df_csv) == n
        print(f"CLI csv + read_csv    : {wall:6.3f} s wall ({cpu:6.3f} s CPU in Python)  {n / wall:12,.0f} rows/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
