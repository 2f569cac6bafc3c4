"""Golden tests: each sample PDF parsed and compared with its hand-written gold plan."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from parsed import sample

import planparse
from planparse.errors import NoTextLayerError
from planparse.evaluate import LEVELS, evaluate, first_difference
from planparse.pdf import read_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "gold"
SCHEMA = json.loads((ROOT / "schema" / "plan.schema.json").read_text())

# Samples whose every level must reach strict F1 >= 0.95 with every plan field right.
ACCURATE = [
    "tracy-pd-2025-2028",
    "san-jose-pd-2023",
    "policy-3-01-110-community-policing",
    "tustin-pd-2025-2027",
    "lapd-2023-2025",
]
TEXT_SAMPLES = ACCURATE


parsed = sample


@pytest.mark.parametrize("stem", ACCURATE)
def test_golden_strict_f1_at_every_level(stem: str) -> None:
    gold = planparse.load(GOLD / f"{stem}.json")
    score = evaluate(gold, parsed(stem))
    for level in LEVELS:
        level_score = score.strict[level]
        if level_score.applicable:
            assert level_score.f1 >= 0.95, (
                f"{stem} {level}: {level_score}; first difference: "
                f"{first_difference(gold, parsed(stem))}"
            )


@pytest.mark.parametrize("stem", TEXT_SAMPLES)
def test_golden_plan_fields_right(stem: str) -> None:
    gold = planparse.load(GOLD / f"{stem}.json")
    wrong = [name for name, ok in evaluate(gold, parsed(stem)).fields.items() if not ok]
    assert not wrong, f"{stem}: wrong plan fields {wrong}"


@pytest.mark.parametrize("stem", TEXT_SAMPLES)
def test_golden_output_validates_against_schema(stem: str) -> None:
    jsonschema.validate(json.loads(parsed(stem).model_dump_json()), SCHEMA)


@pytest.mark.parametrize("stem", TEXT_SAMPLES)
def test_golden_sources_point_at_the_printed_page(stem: str) -> None:
    pages = read_pdf(SAMPLES / f"{stem}.pdf").pages
    words_on = {page.number: {bare(w.text) for w in page.words} for page in pages}
    nodes = [
        (node.source, text)
        for pillar in parsed(stem).pillars
        for node, text in [(pillar, pillar.title)]
        + [(goal, goal.title) for goal in pillar.goals]
        + [(act, act.text) for goal in pillar.goals for act in goal.activities]
    ]
    assert nodes
    for source, text in nodes:
        assert source is not None, text
        opening = [bare(word) for word in text.split()[:4] if bare(word).isalpha()]
        missing = [word for word in opening if word not in words_on[source.page]]
        assert not missing, f"{text!r} is not printed on page {source.page}"


def bare(word: str) -> str:
    return word.strip(".,:;()'\"’").casefold()


SCANNED = "tustin-pd-2025-2027-scanned"


def test_golden_scanned_sample_read_by_ocr() -> None:
    """The scan (no text layer, 0.5 degree skew, noise) reaches strict F1 >= 0.85."""
    gold = planparse.load(GOLD / f"{SCANNED}.json")
    plan = parsed(SCANNED)
    score = evaluate(gold, plan)
    for level in LEVELS:
        if score.strict[level].applicable:
            assert score.strict[level].f1 >= 0.85, (level, first_difference(gold, plan))
    assert all(score.fields.values()), score.fields
    sources = [goal.source for pillar in plan.pillars for goal in pillar.goals]
    assert all(s is not None and s.ocr_confidence is not None for s in sources)


def test_golden_scanned_sample_without_ocr_says_why() -> None:
    with pytest.raises(NoTextLayerError, match="no text layer"):
        planparse.parse(SAMPLES / f"{SCANNED}.pdf", ocr="never")
