"""Parallel batches: ``parse_many`` over worker processes and ``planparse parse -j``.

Outcomes arrive as documents finish, so the tests key them by path; no test times anything.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest
from test_batch_cli import run
from test_errors import reportlab_pdf, slow_page_pdf, write

import planparse
from planparse.batch import Outcome, parse_many
from planparse.errors import CorruptPDFError, NotAPDFError, ParseTimeoutError
from planparse.models import Plan

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
POLICY = SAMPLES / "policy-3-01-110-community-policing.pdf"
SMALL = [POLICY, SAMPLES / "tustin-pd-2025-2027.pdf", SAMPLES / "san-jose-pd-2023.pdf"]


def by_path(outcomes: list[Outcome]) -> dict[Path, Plan | Exception]:
    return {outcome.path: outcome.result for outcome in outcomes}


def test_parse_many_yields_every_input_once_with_its_plan_or_error(tmp_path: Path) -> None:
    broken = write(tmp_path, "cut.pdf", POLICY.read_bytes()[:2000])
    page = write(tmp_path, "page.pdf", b"<html></html>")
    missing = tmp_path / "absent.pdf"
    inputs = [broken, *SMALL, page, missing]
    outcomes = list(planparse.parse_many(inputs, workers=2, timeout=60))
    assert sorted(o.path.name for o in outcomes) == sorted(p.name for p in inputs)
    results = by_path(outcomes)
    assert isinstance(results[broken], CorruptPDFError)
    assert isinstance(results[page], NotAPDFError)
    assert isinstance(results[missing], FileNotFoundError)
    assert [type(results[path]) for path in SMALL] == [Plan] * 3
    assert isinstance(results[POLICY], Plan)
    assert results[POLICY].kind == "policy"


@pytest.mark.slow
def test_parse_many_kills_a_stuck_document_while_the_rest_finish(tmp_path: Path) -> None:
    """The limit is far above what the small documents need even on a loaded machine and far
    below what the stuck one needs (minutes), so no clock race decides the outcome."""
    stuck = write(tmp_path, "stuck.pdf", slow_page_pdf(3_000_000))
    plain = reportlab_pdf(tmp_path / "plain.pdf")
    outcomes = list(parse_many([stuck, *SMALL, plain], workers=2, timeout=30))
    assert outcomes[-1].path == stuck  # the others finished while it was still running
    assert isinstance(outcomes[-1].result, ParseTimeoutError)
    assert all(isinstance(outcome.result, Plan) for outcome in outcomes[:-1])
    assert len(outcomes) == 5


def test_parse_many_plans_do_not_depend_on_the_number_of_workers() -> None:
    inputs = [*SMALL, SAMPLES / "tracy-pd-2025-2028.pdf"]
    one = by_path(list(parse_many(inputs, workers=1)))
    two = by_path(list(parse_many(inputs, workers=2)))
    assert one.keys() == two.keys() == set(inputs)
    for path in inputs:
        assert isinstance(one[path], Plan)
        assert isinstance(two[path], Plan)
        when = {"document": {"parsed_at", "seconds"}}  # the clock, not the plan
        assert one[path].model_dump(exclude=when) == two[path].model_dump(exclude=when)


def test_parse_many_stops_its_workers_when_left_early() -> None:
    outcomes = parse_many([POLICY, *SMALL], workers=2)
    next(outcomes)
    outcomes.close()
    assert multiprocessing.active_children() == []


def test_parse_many_of_nothing_yields_nothing_and_needs_a_worker() -> None:
    assert list(parse_many([])) == []
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        next(parse_many([POLICY], workers=0))


def test_cli_parse_jobs_writes_every_json_and_keeps_logs_plain(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in [*SMALL, SAMPLES / "tracy-pd-2025-2028.pdf"]:
        shutil.copy(sample, inputs)
    write(inputs, "broken.pdf", b"<html></html>")
    result = run("parse", inputs, "-j", "2", "-o", tmp_path / "out")
    assert result.returncode == 1
    expected = sorted(f"{p.stem}.json" for p in inputs.glob("*.pdf") if p.name != "broken.pdf")
    assert sorted(os.listdir(tmp_path / "out")) == expected
    for name in expected:
        assert json.loads((tmp_path / "out" / name).read_text())["pillars"]
    assert result.stderr.splitlines() == [
        "error: broken.pdf: not a PDF: this is a web page (HTML); "
        "save the PDF itself, not the page",
        "parsed 4, failed 1",
        "  not a PDF: 1 (broken.pdf)",
    ]  # no progress bar: stderr is not a terminal


def test_cli_eval_parse_with_jobs(tmp_path: Path) -> None:
    pdfs, gold = tmp_path / "pdfs", tmp_path / "gold"
    pdfs.mkdir()
    gold.mkdir()
    for sample in SMALL:
        shutil.copy(sample, pdfs)
        shutil.copy(ROOT / "gold" / f"{sample.stem}.json", gold)
    result = run("eval", gold, "--parse", pdfs, "-j", "2")
    assert result.returncode == 0, result.stderr
    total = result.stdout[result.stdout.index("TOTAL") :]
    assert "pillars      1.000  1.000  1.000" in total
