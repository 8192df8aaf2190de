#!/usr/bin/env python3
"""The extraction score ratchet.

Runs ../shared/eval/score.py with the project's ingest and export commands
over each scored corpus and compares the F1 figures with the last recorded
ones in scores.json: overall relations, entities, and each relationship type.

  corpus            ../shared/corpus      gold: eval/gold      bar: relations 0.75, entities 0.85
  corpus-dev        ../shared/corpus-dev  gold: eval/gold-dev  bar: no drop (all 29 files)
  independent-dev   independent/dev       gold: independent/gold   bar: no drop (147 files)
  independent-held  independent/held      gold: independent/gold   bar: no drop (119 files, held out)

The independent set (tests/eval/independent, README there) ships with the
project; it is scored with ../shared/eval/score.py all the same.

A drop of more than 0.005 on any recorded figure fails (exit 1), as does
falling under a corpus's bar. A corpus whose folder is absent is skipped
with a message; when none is there (no ../shared), the test skips (exit 77,
which ctest reports as skipped).

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

HERE = os.path.dirname(os.path.abspath(__file__))
# name -> (articles folder, gold folder, bar); a folder under "{shared}" or this directory
CORPORA = {
    "corpus": ("{shared}/corpus", "{shared}/eval/gold", {"relations": 0.75, "entities": 0.85}),
    "corpus-dev": ("{shared}/corpus-dev", "{shared}/eval/gold-dev", {}),
    "independent-dev": (HERE + "/independent/dev", HERE + "/independent/gold", {}),
    "independent-held": (HERE + "/independent/held", HERE + "/independent/gold", {}),
}
TOLERANCE = 0.005
SKIP = 77


def figures(result):
    out = {"relations": round(result["relations"]["f1"], 4), "entities": round(result["entities"]["f1"], 4),
           "per_type": {}}
    for rtype, m in sorted(result["relations"]["per_type"].items()):
        if m["gold"]:
            out["per_type"][rtype] = round(m["f1"], 4)
    return out


def score(args, articles, gold):
    """(figures, printed summary) of one corpus, or (None, error text)."""
    base = [sys.executable, os.path.join(args.shared, "eval", "score.py"), "--gold", gold,
            "--ingest", args.ingest, "--export", args.export]
    run = subprocess.run(base[:2] + ["--json"] + base[2:] + articles, capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stdout + "\n" + run.stderr
    report = subprocess.run(base + articles, capture_output=True, text=True)
    summary = report.stdout.split("\nmissed gold")[0]
    return figures(json.loads(run.stdout)), summary


def compare(name, current, recorded, bar, failures, improvements):
    def one(what, now, before):
        if before is None:
            return
        if now < before - TOLERANCE:
            failures.append(f"{name} {what}: F1 {now:.4f} < recorded {before:.4f}")
        elif now > before + TOLERANCE:
            improvements.append(f"{name} {what}: F1 {now:.4f} > recorded {before:.4f}")

    for key in ("relations", "entities"):
        one(key, current[key], recorded.get(key))
        if key in bar and current[key] < bar[key]:
            failures.append(f"{name} {key}: F1 {current[key]:.4f} is under the bar {bar[key]}")
    for rtype, before in recorded.get("per_type", {}).items():
        one(rtype, current["per_type"].get(rtype, 0.0), before)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, help="the shared folder (with eval/, corpus/, corpus-dev/)")
    ap.add_argument("--ingest", required=True, help="ingest command template for score.py")
    ap.add_argument("--export", required=True, help="export command template for score.py")
    ap.add_argument("--scores", required=True, help="the recorded scores (JSON)")
    ap.add_argument("--record", action="store_true", help="record the current figures")
    args = ap.parse_args()

    if not os.path.isfile(os.path.join(args.shared, "eval", "score.py")):
        print(f"skipped: no {args.shared}/eval/score.py")
        return SKIP
    recorded = {}
    if os.path.isfile(args.scores):
        with open(args.scores, encoding="utf-8") as f:
            recorded = json.load(f)
    failures, improvements, current = [], [], {}
    for name, (folder, gold, bar) in CORPORA.items():
        folder, gold_dir = folder.format(shared=args.shared), gold.format(shared=args.shared)
        articles = sorted(glob.glob(os.path.join(folder, "*.txt")))
        if not articles or not os.path.isdir(gold_dir):
            print(f"skipped {name}: no articles in {folder} or no {gold_dir}")
            continue
        figs, summary = score(args, articles, gold_dir)
        print(f"== {name} ({len(articles)} articles)\n{summary}")
        if figs is None:
            failures.append(f"{name}: score.py failed")
            continue
        current[name] = figs
        compare(name, figs, recorded.get("corpora", {}).get(name, {}), bar, failures, improvements)
    if not current and not failures:
        print("skipped: no corpus to score")
        return SKIP

    if args.record or os.environ.get("CG_RATCHET_RECORD"):
        if failures and any("score.py failed" in f for f in failures):
            print("\n".join(failures))
            return 1
        out = {"corpora": current,
               "note": "F1 per corpus, recorded by tests/eval/ratchet.py --record"}
        with open(args.scores, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        print(f"recorded in {args.scores}")
        return 0
    for line in improvements:
        print("improved:", line, "(record with CG_RATCHET_RECORD=1)")
    for line in failures:
        print("DROPPED:", line)
    for name, figs in current.items():
        print(f"{name}: relations F1 {figs['relations']:.4f}, entities F1 {figs['entities']:.4f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
