#!/usr/bin/env python3
"""Write the zoo's theme and commitment labels (corpus/labels/) from its gold and content tables.

usage: python3 corpus/build/labels.py [--check]

``--check`` writes nothing and fails when the committed labels differ from what the gold and
the content tables give (build.py writes them after a full build).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from zoo.labels import labels, write_labels  # noqa: E402
from zoo.registry import CORPUS  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if not args.check:
        for path in write_labels(CORPUS):
            print("wrote", path.relative_to(CORPUS.parent))
        return 0
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    stale = [
        name
        for name, data in zip(
            ("themes", "commitments"), labels(CORPUS / "gold", splits), strict=True
        )
        if json.loads((CORPUS / "labels" / f"{name}.json").read_text(encoding="utf-8")) != data
    ]
    for name in stale:
        print(f"corpus/labels/{name}.json is stale: run python3 corpus/build/labels.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
