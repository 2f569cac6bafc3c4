"""The plan zoo (corpus/): complete, valid gold in fixed splits, and a parser floor that only rises.

The zoo is the development corpus of fictional plans in many layouts (corpus/build/README.md).
The floors below are today's strict F1 on the whole zoo, rounded down: raise them when the
parser improves, never lower them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from parsed import ROOT, ZOO, zoo, zoo_splits

from planparse.evaluate import LEVELS, evaluate, total
from planparse.models import Plan

STRICT_F1_FLOOR = {
    "pillars": 0.99,
    "goals": 0.99,
    "activities": 0.99,
    "milestones": 0.99,
    "leads": 0.99,
}
SCHEMA = json.loads((ROOT / "schema" / "plan.schema.json").read_text())
GOLD = {path.stem: path for path in sorted((ZOO / "gold").glob("*.json"))}


def test_zoo_every_pdf_has_gold_and_exactly_one_split() -> None:
    pdfs = {path.stem for path in (ZOO / "pdf").glob("*.pdf")}
    splits = zoo_splits()
    dev, test = set(splits["dev"]), set(splits["test"])
    assert pdfs == set(GOLD)
    assert dev | test == pdfs
    assert not dev & test
    assert len(test) >= len(pdfs) // 4  # a held-out split worth the name


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_zoo_gold_validates_against_the_schema(stem: str) -> None:
    data = json.loads(GOLD[stem].read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    plan = Plan.model_validate(data)
    assert (plan.kind == "unknown") == (not plan.pillars)


def test_zoo_meets_the_corpus_floors() -> None:
    """corpus/build/counts.py: documents, families, producers, scans, negatives, level totals."""
    result = run_script("counts.py")
    assert result.returncode == 0, result.stdout[-2000:]


@pytest.mark.slow
def test_zoo_every_gold_string_is_printed_in_its_pdf() -> None:
    result = run_script("check.py")
    assert result.returncode == 0, result.stdout[-3000:]


def test_zoo_every_negative_is_unknown_with_a_reason() -> None:
    for stem, result in zoo().items():
        gold = Plan.model_validate_json(GOLD[stem].read_bytes())
        if gold.kind == "unknown":
            assert isinstance(result, Plan), f"{stem}: {result}"
            assert result.kind == "unknown", f"{stem} read as {result.kind}"
            assert any(w.startswith("not recognised as a plan") for w in result.warnings), stem


def test_zoo_strict_f1_never_falls_below_the_floor() -> None:
    scores = []
    for stem, result in zoo().items():
        assert isinstance(result, Plan), f"{stem}: {result}"
        scores.append(evaluate(Plan.model_validate_json(GOLD[stem].read_bytes()), result))
    corpus = total(scores)
    below = {
        level: round(corpus.strict[level].f1 or 0.0, 3)
        for level in LEVELS
        if (corpus.strict[level].f1 or 0.0) < STRICT_F1_FLOOR[level]
    }
    assert not below, f"strict F1 below the floor {STRICT_F1_FLOOR}: {below}"


def run_script(name: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ZOO / "build" / name)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
