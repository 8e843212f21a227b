#!/usr/bin/env python3
# Scores the library on the real-text development set (../shared/data/real/
# dev.tsv, third-party sentences kept outside the project) through
# `diplotier eval --ids=...`, alternatives of the second annotator counting
# as right, and fails when a score falls below its floor.
#
# Two halves: R001-R300 is the tuning half; R301-R458 is scored without
# reading its errors, as a held-out check. TARGET is what the project aims
# for; FLOOR is what CI enforces now (set just under the measured value
# where the target is not met yet, so that any regression fails).
import json
import subprocess
import sys

HALVES = {
    "R001-R300": {
        # name: (floor, target)
        "change_macro_f1": (0.93, 0.90),
        "tier_mentioned": (0.96, 0.95),
        "dyad": (0.91, 0.90),
    },
    "R301-R458": {
        "change_macro_f1": (0.80, 0.85),
        "tier_mentioned": (0.935, 0.93),
    },
}
# name: (ceiling, target)
FALSE_FIRE = {"R001-R300": (0.02, 0.02)}


def main():
    binary, dev = sys.argv[1], sys.argv[2]
    failed = False
    for ids, floors in HALVES.items():
        out = subprocess.run([binary, "eval", "--format=json", "--ids=" + ids,
                              dev], check=True, capture_output=True).stdout
        d = json.loads(out)
        scores = {
            "change_macro_f1": d["change"]["macro_f1"],
            "tier_mentioned": d["tier_mentioned"]["rate"],
            "dyad": d["dyad"]["rate"],
        }
        print(f"{ids}: {d['rows']} rows, {d['rows_with_alternatives']} with "
              f"alternatives")
        for name, (floor, target) in floors.items():
            ok = scores[name] >= floor
            failed |= not ok
            met = "met" if scores[name] >= target else "not met"
            print(f"{'ok  ' if ok else 'FAIL'} {ids} {name}: "
                  f"{scores[name]:.4f} (floor {floor}; target {target} {met})")
        if ids in FALSE_FIRE:
            ceiling, target = FALSE_FIRE[ids]
            ff = d["distractor_false_fire"]["rate"]
            ok = ff <= ceiling
            failed |= not ok
            met = "met" if ff <= target else "not met"
            print(f"{'ok  ' if ok else 'FAIL'} {ids} distractor_false_fire: "
                  f"{ff:.4f} (ceiling {ceiling}; target {target} {met})")
    print("1 failed" if failed else "0 failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
