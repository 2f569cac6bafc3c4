#!/usr/bin/env python3
"""Build the plan zoo: for every document of every family, its gold, notes and PDF.

usage: python3 corpus/build/build.py [--family NAME] [--jobs N] [--gold-only] [SLUG ...]

Each document is generated from its seed, so a rebuild gives the same gold and the same page
content (PDF timestamps aside). Writes corpus/pdf/<slug>.pdf, corpus/gold/<slug>.json,
corpus/gold/<slug>.notes.md, corpus/splits.json and (a full build) the theme and commitment
labels in corpus/labels/ (zoo/labels.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from zoo.labels import write_labels  # noqa: E402
from zoo.registry import CORPUS, all_documents, families  # noqa: E402
from zoo.spec import write_gold  # noqa: E402


def build_one(family_name: str, slug: str, gold_only: bool) -> str:
    family = families()[family_name]
    spec = next(d for d in family.documents if d.slug == slug)
    doc = family.build(spec)
    write_gold(doc, CORPUS / "gold")
    if not gold_only:
        family.render(doc, CORPUS / "pdf" / f"{slug}.pdf")
    return slug


def write_splits() -> None:
    splits: dict[str, list[str]] = {"dev": [], "test": []}
    for _, spec in all_documents():
        splits[spec.split].append(spec.slug)
    for names in splits.values():
        names.sort()
    (CORPUS / "splits.json").write_text(json.dumps(splits, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slugs", nargs="*")
    ap.add_argument("--family")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--gold-only", action="store_true")
    args = ap.parse_args()
    (CORPUS / "gold").mkdir(parents=True, exist_ok=True)
    (CORPUS / "pdf").mkdir(parents=True, exist_ok=True)
    todo = [
        (f.name, d.slug)
        for f, d in all_documents()
        if (not args.family or f.name == args.family) and (not args.slugs or d.slug in args.slugs)
    ]
    # scans rasterise another document's PDF: build them last
    first = [t for t in todo if families()[t[0]].producer != "scan"]
    scans = [t for t in todo if families()[t[0]].producer == "scan"]
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        for batch in (first, scans):
            futures = [pool.submit(build_one, f, s, args.gold_only) for f, s in batch]
            for fut in futures:
                print("built", fut.result(), flush=True)
    if not os.environ.get("ZOO_ONLY") and not args.family and not args.slugs:
        write_splits()
        write_labels(CORPUS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
