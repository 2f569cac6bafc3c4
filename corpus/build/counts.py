#!/usr/bin/env python3
"""Print what the zoo holds, from the files: documents, families, producers, kinds, sizes, levels.

usage: python3 corpus/build/counts.py     exit 1 if a floor of the corpus issue is not met
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zoo.registry import CORPUS, all_documents  # noqa: E402
from zoo.spec import count_levels  # noqa: E402

FLOORS = {
    "documents": 36,
    "families": 18,
    "producers": 4,
    "scans": 2,
    "negatives": 48,
    "policies": 2,
    "pillars": 60,
    "goals": 200,
    "activities": 600,
    "milestones": 400,
    "leads": 400,
}
MAIN_PRODUCERS = {
    "reportlab-platypus",
    "reportlab-canvas",
    "chromium",
    "libreoffice-writer",
    "libreoffice-impress",
}


def main() -> int:
    splits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    producers: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    families: Counter[str] = Counter()
    pages: list[tuple[int, str]] = []
    print(f"{'document':42} {'family':24} {'producer':20} {'split':5} pages  P   G   A   M   L")
    for family, spec in all_documents():
        gold = json.loads((CORPUS / "gold" / f"{spec.slug}.json").read_text())
        with pdfplumber.open(CORPUS / "pdf" / f"{spec.slug}.pdf") as pdf:
            n_pages = len(pdf.pages)
        c = count_levels(gold)
        totals.update(c)
        producers[family.producer] += 1
        kinds[gold["kind"]] += 1
        families[family.name] += 1
        pages.append((n_pages, spec.slug))
        splits[spec.split] += 1
        print(
            f"{spec.slug:42} {family.name:24} {family.producer:20} {spec.split:5} "
            f"{n_pages:5} " + " ".join(f"{c[k]:3}" for k in c)
        )
    have = {
        "documents": sum(families.values()),
        "families": len([f for f, _ in families.items()]),
        "producers": len(MAIN_PRODUCERS & set(producers)),
        "scans": producers["scan"],
        "negatives": kinds["unknown"],
        "policies": kinds["policy"],
        **totals,
    }
    print()
    print("producers:", dict(producers))
    print("kinds:", dict(kinds))
    print("splits:", dict(splits))
    print(f"pages: {min(pages)[0]} to {max(pages)[0]} ({max(pages)[1]})")
    short = []
    for key, floor in FLOORS.items():
        mark = "ok" if have[key] >= floor else "BELOW"
        short += [key] if mark != "ok" else []
        print(f"{key:11} {have[key]:5}  (floor {floor}) {mark}")
    return 1 if short else 0


if __name__ == "__main__":
    raise SystemExit(main())
