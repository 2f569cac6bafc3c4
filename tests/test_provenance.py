"""Provenance: every parsed plan says which file it came from and how it was read."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import jsonschema
import pytest
from parsed import sample

import planparse
from planparse.evaluate import evaluate, first_difference
from planparse.provenance import pdf_date

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "schema" / "plan.schema.json").read_text())
POLICY = "policy-3-01-110-community-policing"


def test_provenance_version_comes_from_the_package_metadata() -> None:
    assert planparse.__version__ == version("planparse")
    done = subprocess.run(
        [sys.executable, "-m", "planparse", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout == f"planparse {version('planparse')}\n"


def test_provenance_record_of_a_parsed_sample() -> None:
    record = sample(POLICY).document
    assert record is not None
    pdf = ROOT / "samples" / f"{POLICY}.pdf"
    assert record.file == pdf.name
    assert record.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert record.pages == 2
    assert record.producer == "ReportLab PDF Library - (opensource)"
    assert record.created == "2000-01-01T00:00:00+00:00"
    assert record.planparse == planparse.__version__
    assert record.options.ocr == "auto"
    assert record.options.layout is None
    assert record.parsed_at.endswith("+00:00")
    assert record.seconds > 0


def test_provenance_records_the_options_that_change_the_plan() -> None:
    plan = planparse.parse(ROOT / "samples" / f"{POLICY}.pdf", layout="policy", ocr="never")
    assert plan.document is not None
    assert plan.document.options.model_dump() == {"ocr": "never", "layout": "policy"}


def test_provenance_is_in_the_schema_and_optional() -> None:
    jsonschema.validate(json.loads(sample(POLICY).model_dump_json()), SCHEMA)
    older = json.loads(sample(POLICY).model_dump_json(exclude={"document"}))
    jsonschema.validate(older, SCHEMA)
    assert planparse.Plan.model_validate(older).document is None
    assert "document" not in SCHEMA.get("required", [])


def test_provenance_is_not_scored_against_gold() -> None:
    gold = planparse.load(ROOT / "gold" / f"{POLICY}.json")
    assert gold.document is None
    recorded = gold.model_copy(update={"document": sample(POLICY).document})
    assert first_difference(gold, recorded) is None
    score = evaluate(gold, recorded)
    assert all(score.fields.values())
    assert all(level.f1 == 1.0 for level in score.strict.values() if level.applicable)


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("D:20230115120000-08'00'", "2023-01-15T12:00:00-08:00"),
        ("D:20261124061129Z'", "2026-11-24T06:11:29+00:00"),
        ("D:202301", "2023-01-01T00:00:00"),
        ("yesterday", "yesterday"),
        ("D:20231399", "D:20231399"),
        ("", None),
        (None, None),
    ],
)
def test_provenance_pdf_dates_read_as_iso(printed: str | None, iso: str | None) -> None:
    assert pdf_date(printed) == iso
