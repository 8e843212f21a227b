#!/usr/bin/env python3
# Scores the library on tests/data/gold.tsv through `diplotier eval` and fails
# when a score falls below its floor. The floors are set a little under the
# measured values (see README "Accuracy"), so a regression fails the build.
import json
import subprocess
import sys

FLOORS = {
    "tier_mentioned": 0.97,    # measured 0.9913
    "change_macro_f1": 0.95,   # measured 0.9944
    "change_accuracy": 0.97,   # measured 0.9956
    "dyad": 0.97,              # measured 0.9920
    "from_tier": 0.94,         # measured 0.9665
    "to_tier": 0.95,           # measured 0.9756
}
MAX_FALSE_FIRE = 0.02          # measured 0.0000


def main():
    binary, gold = sys.argv[1], sys.argv[2]
    out = subprocess.run([binary, "eval", "--format=json", gold],
                         check=True, capture_output=True).stdout
    d = json.loads(out)
    scores = {
        "tier_mentioned": d["tier_mentioned"]["rate"],
        "change_macro_f1": d["change"]["macro_f1"],
        "change_accuracy": d["change"]["accuracy"]["rate"],
        "dyad": d["dyad"]["rate"],
        "from_tier": d["from_tier"]["rate"],
        "to_tier": d["to_tier"]["rate"],
    }
    failed = False
    for name, floor in FLOORS.items():
        ok = scores[name] >= floor
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {scores[name]:.4f} (floor {floor})")
    ff = d["distractor_false_fire"]["rate"]
    ok = ff <= MAX_FALSE_FIRE
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} distractor_false_fire: {ff:.4f} (ceiling {MAX_FALSE_FIRE})")
    print(f"{d['rows']} rows; " + ("1 failed" if failed else "0 failed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
