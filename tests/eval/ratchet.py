#!/usr/bin/env python3
"""The extraction score ratchet.

Runs ../shared/eval/score.py over ../shared/corpus with the project's ingest
and export commands and compares the F1 figures with the last recorded ones
in scores.json: overall relations, entities, and each relationship type.
A drop of more than 0.005 fails (exit 1), as does falling under the quality
bar (relations 0.75, entities 0.85). When ../shared/eval is absent it skips
(exit 77, which ctest reports as skipped).

Record an improvement (after reviewing the score report it prints):

    CG_RATCHET_RECORD=1 ctest --test-dir build -R eval_score --output-on-failure

or run this script with --record.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

BAR = {"relations": 0.75, "entities": 0.85}
TOLERANCE = 0.005
SKIP = 77


def figures(result):
    out = {"relations": round(result["relations"]["f1"], 4), "entities": round(result["entities"]["f1"], 4),
           "per_type": {}}
    for rtype, m in sorted(result["relations"]["per_type"].items()):
        if m["gold"]:
            out["per_type"][rtype] = round(m["f1"], 4)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, help="the shared folder (with eval/ and corpus/)")
    ap.add_argument("--ingest", required=True, help="ingest command template for score.py")
    ap.add_argument("--export", required=True, help="export command template for score.py")
    ap.add_argument("--scores", required=True, help="the recorded scores (JSON)")
    ap.add_argument("--record", action="store_true", help="record the current figures")
    args = ap.parse_args()

    score = os.path.join(args.shared, "eval", "score.py")
    corpus = sorted(glob.glob(os.path.join(args.shared, "corpus", "*.txt")))
    if not os.path.isfile(score) or not corpus:
        print(f"skipped: no {score} or no articles in {args.shared}/corpus")
        return SKIP
    run = subprocess.run([sys.executable, score, "--json", "--ingest", args.ingest, "--export", args.export] + corpus,
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr, sep="\n")
        print("score.py failed")
        return 1
    current = figures(json.loads(run.stdout))
    report = subprocess.run([sys.executable, score, "--ingest", args.ingest, "--export", args.export] + corpus,
                            capture_output=True, text=True)
    print(report.stdout)

    recorded = {}
    if os.path.isfile(args.scores):
        with open(args.scores, encoding="utf-8") as f:
            recorded = json.load(f)
    failures, improvements = [], []

    def compare(name, now, before):
        if before is None:
            return
        if now < before - TOLERANCE:
            failures.append(f"{name}: F1 {now:.4f} < recorded {before:.4f}")
        elif now > before + TOLERANCE:
            improvements.append(f"{name}: F1 {now:.4f} > recorded {before:.4f}")

    for key in ("relations", "entities"):
        compare(key, current[key], recorded.get(key))
        if current[key] < BAR[key]:
            failures.append(f"{key}: F1 {current[key]:.4f} is under the bar {BAR[key]}")
    for rtype, before in recorded.get("per_type", {}).items():
        compare(rtype, current["per_type"].get(rtype, 0.0), before)

    if args.record or os.environ.get("CG_RATCHET_RECORD"):
        recorded = dict(current, note="F1 on ../shared/corpus, recorded by tests/eval/ratchet.py --record")
        with open(args.scores, "w", encoding="utf-8") as f:
            json.dump(recorded, f, indent=2, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        print(f"recorded in {args.scores}")
        return 0
    for line in improvements:
        print("improved:", line, "(record with CG_RATCHET_RECORD=1)")
    for line in failures:
        print("DROPPED:", line)
    print(f"relations F1 {current['relations']:.4f}, entities F1 {current['entities']:.4f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
