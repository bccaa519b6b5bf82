#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-agreement.py UNITS.csv RESULT.json — Hashiya's κ and α, computed again by NLTK.

UNITS.csv is what `hashiya-cli agree --units` writes (coder, item, label;
no row where a coder has no version of the unit's text: a missing value).
RESULT.json is what `hashiya-cli agree --json` prints. NLTK's AnnotationTask
computes, from the units alone:
- Krippendorff's α of all coders (missing values allowed), and of each pair;
- Cohen's κ of each pair, on the items both coded (NLTK's κ takes no missing
  value), and overall the mean of the pairs' κ (with no missing value, that is
  NLTK's own kappa(), checked too).
Each must equal Hashiya's to 1e-9. Prints what was compared; exits 1 on the
first difference.
"""

import csv
import json
import sys

from nltk.metrics.agreement import AnnotationTask

TOLERANCE = 1e-9


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["coder", "item", "label"]:
        print(f"unexpected header {rows[0]}")
        return 1
    data = [tuple(row) for row in rows[1:]]
    with open(sys.argv[2], encoding="utf-8") as f:
        result = json.load(f)

    checked = []

    def same(what, ours, theirs):
        if ours is None or abs(ours - theirs) > TOLERANCE:
            print(f"{what}: Hashiya {ours!r}, NLTK {theirs!r}")
            return False
        checked.append(f"{what} {theirs:.12f}")
        return True

    coders = sorted({coder for coder, _, _ in data})
    items = {coder: {item for c, item, _ in data if c == coder} for coder in coders}
    complete = all(items[c] == items[coders[0]] for c in coders)
    kappas = []
    for pair in result["pairs"]:
        a, b = pair["a"], pair["b"]
        both = items[a] & items[b]
        kappa = AnnotationTask(data=[r for r in data if r[0] in (a, b) and r[1] in both]).kappa()
        alpha = AnnotationTask(data=[r for r in data if r[0] in (a, b)]).alpha()
        kappas.append(kappa)
        if not (same(f"κ {a}/{b}", pair["kappa"], kappa) and same(f"α {a}/{b}", pair["alpha"], alpha)):
            return 1
    if not same("α overall", result["overall"]["alpha"], AnnotationTask(data=data).alpha()):
        return 1
    if not same("κ overall", result["overall"]["kappa"], sum(kappas) / len(kappas)):
        return 1
    if complete and not same("κ overall (NLTK kappa())", result["overall"]["kappa"], AnnotationTask(data=data).kappa()):
        return 1
    every_item = set().union(*items.values())
    missing = sum(len(every_item - items[c]) for c in coders)
    print(f"{len(coders)} coders, {len(data)} values, {missing} missing: " + "; ".join(checked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
