"""Do the two readers give the same Plans? python benchmarks/parity.py [--zoo-only|--samples-only]

Parses every sample (samples/, gold in gold/) and every zoo document (corpus/pdf, gold in
corpus/gold) with ``reader="pdfplumber"`` (the reference) and ``reader="pdfium"`` (the fast
reader), and prints per document:
  same       "yes" when the two Plans serialise to the same JSON; "boxes" when they differ only
             in source boxes, and by less than a point; "no" otherwise
  vs ref     strict F1 per level of the pdfium Plan scored against the pdfplumber Plan
             (pillars / goals / activities / milestones / leads; "-" where neither has any)
  gold F1    each reader's strict F1 against gold, averaged over the levels that apply
  cause      for a document whose Plans differ: the first difference, and what the readers
             read differently on the pages (words, bullet shapes, tables, image area)
Then each reader's micro-averaged strict F1 per level against gold, for the samples and the zoo.
A document one reader fails on shows that reader's error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from planparse import pdf, pdfium_reader
from planparse.errors import PlanParseError
from planparse.evaluate import LEVELS, PlanScore, evaluate, first_difference, total
from planparse.models import Plan
from planparse.pipeline import READERS, parse
from planparse.types import Document, PageContent

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "samples": (ROOT / "samples", ROOT / "gold"),
    "zoo": (ROOT / "corpus" / "pdf", ROOT / "corpus" / "gold"),
}
BOX_SLACK = 1.0  # points: source boxes closer than this count as the same place


def parse_both(path: Path) -> dict[str, Plan | Exception]:
    plans: dict[str, Plan | Exception] = {}
    for reader in READERS:
        try:
            plans[reader] = parse(path, reader=reader)
        except PlanParseError as exc:
            plans[reader] = exc
    return plans


def sameness(reference: Plan | Exception, fast: Plan | Exception) -> str:
    if isinstance(reference, Exception) or isinstance(fast, Exception):
        same = type(reference) is type(fast) and str(reference) == str(fast)
        return "yes" if same else "no"
    unread = {"document"}  # provenance: the parse time differs
    left = reference.model_dump(mode="json", exclude=unread)
    right = fast.model_dump(mode="json", exclude=unread)
    if left == right:
        return "yes"
    return "boxes" if near(left, right) else "no"


def near(left: Any, right: Any) -> bool:
    """Equal, but for numbers in source boxes that differ by less than ``BOX_SLACK``."""
    if isinstance(left, dict) and isinstance(right, dict):
        if left.keys() != right.keys():
            return False
        return all(
            boxes_near(left[k], right[k]) if k == "bbox" else near(left[k], right[k]) for k in left
        )
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(near(a, b) for a, b in zip(left, right, strict=True))
    return bool(left == right)


def boxes_near(left: list[float], right: list[float]) -> bool:
    return all(abs(a - b) < BOX_SLACK for a, b in zip(left, right, strict=True))


def level_f1s(score: PlanScore) -> list[float | None]:
    return [score.strict[level].f1 for level in LEVELS]


def mean_f1(score: PlanScore) -> float | None:
    values = [v for v in level_f1s(score) if v is not None]
    return sum(values) / len(values) if values else None


def show(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def read_causes(path: Path) -> list[str]:
    """What the two readers read differently, page by page (the first few differences)."""
    try:
        reference, fast = pdf.read_pdf(path), pdfium_reader.read_pdf(path)
    except PlanParseError as exc:
        return [f"reading failed: {exc}"]
    return document_differences(reference, fast)[:6]


def document_differences(reference: Document, fast: Document) -> list[str]:
    if len(reference.pages) != len(fast.pages):
        return [f"{len(reference.pages)} pages read vs {len(fast.pages)}"]
    found: list[str] = []
    for left, right in zip(reference.pages, fast.pages, strict=True):
        found.extend(f"p{left.number} {what}" for what in page_differences(left, right))
    return found


def page_differences(left: PageContent, right: PageContent) -> list[str]:
    found = []
    words = [w.text for w in left.words], [w.text for w in right.words]
    if words[0] != words[1]:
        first = next(
            (i for i, (a, b) in enumerate(zip(*words, strict=False)) if a != b),
            min(map(len, words)),
        )
        found.append(
            f"words {len(words[0])} vs {len(words[1])}, first at {first}: "
            f"{words[0][first : first + 4]} vs {words[1][first : first + 4]}"
        )
    else:
        moved = [
            (a, b)
            for a, b in zip(left.words, right.words, strict=True)
            if max(abs(a.x0 - b.x0), abs(a.top - b.top), abs(a.x1 - b.x1)) >= BOX_SLACK
            or round(a.size, 1) != round(b.size, 1)
        ]
        if moved:
            a, b = moved[0]
            found.append(
                f"{len(moved)} words placed differently, e.g. {a.text!r} top {a.top:.1f} vs "
                f"{b.top:.1f}, x1 {a.x1:.1f} vs {b.x1:.1f} ({a.font} / {b.font})"
            )
    if len(left.marks) != len(right.marks):
        found.append(f"bullet shapes {len(left.marks)} vs {len(right.marks)}")
    cells = [[[c and c.text for c in row] for row in t.rows] for t in left.tables]
    other = [[[c and c.text for c in row] for row in t.rows] for t in right.tables]
    if cells != other:
        found.append(f"tables {len(cells)} vs {len(other)}: {json.dumps(cells)[:80]} vs "
                     f"{json.dumps(other)[:80]}")  # fmt: skip
    if abs(left.image_area - right.image_area) > 1.0:
        found.append(f"image area {left.image_area:.0f} vs {right.image_area:.0f}")
    return found


def gold_plan(gold_dir: Path, stem: str) -> Plan | None:
    path = gold_dir / f"{stem}.json"
    if not path.is_file():
        return None
    return Plan.model_validate_json(path.read_text(encoding="utf-8"))


def run_set(name: str, pdf_dir: Path, gold_dir: Path) -> tuple[int, int]:
    """Print the set's table and totals; return (documents identical or boxes, documents)."""
    print(f"\n== {name}: {pdf_dir.relative_to(ROOT)} ==")
    print(f"{'document':44} {'same':5} {'vs ref: P G A M L':24} {'gold F1 plumber/pdfium':>22}")
    scores: dict[str, list[PlanScore]] = {reader: [] for reader in READERS}
    matching = count = 0
    for path in sorted(pdf_dir.glob("*.pdf")):
        plans = parse_both(path)
        reference, fast = plans["pdfplumber"], plans["pdfium"]
        same = sameness(reference, fast)
        count += 1
        matching += same != "no"
        versus = "error"
        if isinstance(reference, Plan) and isinstance(fast, Plan):
            versus = " ".join(show(v) for v in level_f1s(evaluate(reference, fast)))
        gold = gold_plan(gold_dir, path.stem)
        golds = []
        for reader in READERS[::-1]:
            plan = plans[reader]
            if gold is None:
                golds.append("-")
                continue
            score = evaluate(gold, plan if isinstance(plan, Plan) else Plan())
            scores[reader].append(score)
            golds.append(show(mean_f1(score)))
        print(f"{path.stem[:44]:44} {same:5} {versus:24} {' / '.join(golds):>22}", flush=True)
        if same == "no":
            describe_difference(path, reference, fast)
    for reader in READERS[::-1]:
        corpus = total(scores[reader])
        rates = " ".join(f"{level}={show(corpus.strict[level].f1)}" for level in LEVELS)
        print(f"  {reader:10} strict F1 vs gold ({corpus.documents} documents): {rates}")
    print(f"  Plans the same (or boxes within {BOX_SLACK:g} pt): {matching} of {count}")
    return matching, count


def describe_difference(path: Path, reference: Plan | Exception, fast: Plan | Exception) -> None:
    if isinstance(reference, Plan) and isinstance(fast, Plan):
        print(f"    first difference: {first_difference(reference, fast) or 'sources only'}")
    else:
        print(f"    pdfplumber: {short(reference)}; pdfium: {short(fast)}")
    for cause in read_causes(path):
        print(f"    read: {cause}")


def short(result: Plan | Exception) -> str:
    return "a Plan" if isinstance(result, Plan) else f"{type(result).__name__}: {result}"[:120]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--samples-only", action="store_true")
    chosen.add_argument("--zoo-only", action="store_true")
    args = parser.parse_args()
    names = ["samples"] if args.samples_only else ["zoo"] if args.zoo_only else list(SETS)
    start = time.perf_counter()
    results = [run_set(name, *SETS[name]) for name in names]
    matching = sum(m for m, _ in results)
    count = sum(c for _, c in results)
    print(f"\nall: {matching} of {count} documents give the same Plans "
          f"({time.perf_counter() - start:.0f} s)")  # fmt: skip
    sys.exit(0)


if __name__ == "__main__":
    main()
