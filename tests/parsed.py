"""Sample and zoo PDFs parsed once per test session, shared by every test module that reads them.

The cache lives in this module, which pytest imports once per process, so the golden, table and
zoo tests never parse the same document twice.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import planparse
from planparse.batch import parse_many

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ZOO = ROOT / "corpus"


@cache
def sample(stem: str) -> planparse.Plan:
    """The plan parsed from ``samples/<stem>.pdf``."""
    return planparse.parse(SAMPLES / f"{stem}.pdf")


@cache
def zoo() -> dict[str, planparse.Plan | BaseException]:
    """Every zoo PDF parsed in worker processes (one per core): stem -> plan or error."""
    pdfs = sorted((ZOO / "pdf").glob("*.pdf"))
    return {outcome.path.stem: outcome.result for outcome in parse_many(pdfs, timeout=300)}


@cache
def zoo_splits() -> dict[str, list[str]]:
    return json.loads((ZOO / "splits.json").read_text(encoding="utf-8"))
