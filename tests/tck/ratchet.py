#!/usr/bin/env python3
"""TCK ratchet: scenarios that passed once must keep passing.

Runs the openCypher TCK harness (shared/tck/run_tck.py) against tck_adapter
and compares the passing scenarios with tests/tck/passing.txt (one scenario
id per line, kept in git):

  * a listed scenario that no longer passes fails the check (listed);
  * newly passing scenarios are reported; rewrite the list with --update.

Usage (from the source checkout):
  python3 tests/tck/ratchet.py --adapter build-query/tests/tck/tck_adapter            # check
  python3 tests/tck/ratchet.py --adapter build-query/tests/tck/tck_adapter --update   # rewrite passing.txt

ctest runs the check as `tck_ratchet`. Without the shared TCK beside the
checkout it prints a skip message and exits 0.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--adapter", required=True, help="path of the tck_adapter executable")
    ap.add_argument("--tck", default=os.path.join(SOURCE, "..", "shared", "tck"), help="the shared TCK folder")
    ap.add_argument("--passing", default=os.path.join(HERE, "passing.txt"), help="the recorded passing list")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--update", action="store_true", help="rewrite the passing list with this run's passes")
    args = ap.parse_args()

    runner = os.path.join(args.tck, "run_tck.py")
    if not os.path.exists(runner):
        print(f"tck ratchet skipped: no TCK at {os.path.abspath(args.tck)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        results = os.path.join(tmp, "tck.json")
        cmd = [sys.executable, runner, "--adapter", os.path.abspath(args.adapter), "--split", "dev",
               "--jobs", str(args.jobs), "--json", results, "--log", os.path.join(tmp, "tck.log")]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "tck: no output")
        with open(results) as f:
            data = json.load(f)
    passing = sorted(s["id"] for s in data["scenarios"] if s["status"] == "PASS")
    reasons = {s["id"]: s.get("reason") or s["status"] for s in data["scenarios"]}

    recorded = []
    if os.path.exists(args.passing):
        with open(args.passing) as f:
            recorded = [line.rstrip("\n") for line in f if line.strip()]
    now = set(passing)
    lost = [s for s in recorded if s not in now]
    gained = [s for s in passing if s not in set(recorded)]

    if args.update:
        with open(args.passing, "w") as f:
            f.write("".join(s + "\n" for s in passing))
        print(f"wrote {len(passing)} passing scenarios to {args.passing} (+{len(gained)} -{len(lost)})")
        return 0
    for s in gained:
        print(f"newly passing: {s}")
    if gained:
        print(f"{len(gained)} newly passing; record them with: python3 tests/tck/ratchet.py --adapter <tck_adapter> --update")
    if lost:
        for s in lost:
            print(f"REGRESSED: {s} -- {reasons.get(s, 'not run')}")
        print(f"{len(lost)} recorded scenarios no longer pass")
        return 1
    print(f"ratchet ok: all {len(recorded)} recorded scenarios pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
