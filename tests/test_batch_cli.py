"""Batches: the worker process's hard time limit, and `planparse parse` over bad files.

The CLI runs through its real entry point (a subprocess), like tests/test_cli.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_errors import blank_pages_pdf, reportlab_pdf, slow_page_pdf, write

from planparse import batch
from planparse.batch import Worker, parse_each, parse_in_subprocess
from planparse.cli import output_names
from planparse.errors import (
    CorruptPDFError,
    InternalError,
    NotAPDFError,
    ParseTimeoutError,
)
from planparse.models import Plan

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "samples" / "policy-3-01-110-community-policing.pdf"
FORKS = batch.start_method() == "fork"  # a patched parse() reaches the child only by fork


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "planparse", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_batch_worker_kills_a_page_that_outlasts_the_time_limit(tmp_path: Path) -> None:
    slow = write(tmp_path, "slow.pdf", slow_page_pdf(300_000))  # tens of seconds in one page
    with Worker() as worker:
        with pytest.raises(ParseTimeoutError, match="time limit of 0.3 seconds"):
            worker.parse(slow, timeout=0.3)
        assert worker.parse(POLICY).kind == "policy"  # a fresh child took over


ORPHAN = """
import multiprocessing, sys, threading, time
from planparse.batch import Worker
threading.Thread(target=Worker().parse, args=(sys.argv[1],), kwargs={"timeout": None}).start()
while not multiprocessing.active_children():
    time.sleep(0.01)
print(multiprocessing.active_children()[0].pid, flush=True)
"""


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_batch_worker_ends_with_its_parent(tmp_path: Path) -> None:
    slow = write(tmp_path, "slow.pdf", slow_page_pdf(1_000_000))
    command = [sys.executable, "-c", ORPHAN, str(slow)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        parent.kill()
    deadline = time.monotonic() + 10
    while running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(child)


def test_batch_parse_in_subprocess_returns_the_plan_and_raises_typed_errors(
    tmp_path: Path,
) -> None:
    assert parse_in_subprocess(POLICY, timeout=60).kind == "policy"
    with pytest.raises(NotAPDFError) as caught:
        parse_in_subprocess(write(tmp_path, "page.pdf", b"<html></html>"))
    assert "Traceback" in str(caught.value.__cause__)  # the child's, for --debug


@pytest.mark.skipif(not FORKS, reason="needs the fork start method")
def test_batch_bug_in_child_is_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(path: Path, **options: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(batch, "parse", buggy)
    with pytest.raises(InternalError, match="ZeroDivisionError: division by zero"):
        parse_in_subprocess(POLICY)


@pytest.mark.skipif(not FORKS, reason="needs the fork start method")
def test_batch_dead_child_is_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "parse", lambda path, **options: os._exit(7))
    with pytest.raises(InternalError, match="worker process stopped.*exit code 7"):
        parse_in_subprocess(POLICY)


def test_batch_parse_each_continues_past_failures(tmp_path: Path) -> None:
    broken = write(tmp_path, "cut.pdf", POLICY.read_bytes()[:2000])
    outcomes = list(parse_each([broken, POLICY, tmp_path / "absent.pdf"], timeout=60))
    assert [o.path.name for o in outcomes] == ["cut.pdf", POLICY.name, "absent.pdf"]
    assert isinstance(outcomes[0].result, CorruptPDFError)
    assert isinstance(outcomes[1].result, Plan)
    assert isinstance(outcomes[2].result, FileNotFoundError)


def test_batch_output_names_stay_inside_and_apart() -> None:
    inputs = [
        Path("..\\..\\evil.pdf"),
        Path("/a/../..pdf"),
        Path("/in/.hidden.pdf"),
        Path("/in/line\nbreak.pdf"),
        Path("/x/plan.pdf"),
        Path("/y/plan.pdf"),
        Path("/z/PLAN.pdf"),
        Path("/in/" + "ünïcode" * 100 + ".pdf"),
        Path("/x/plan.pdf"),
    ]
    names = output_names(inputs)
    assert list(names.values())[:7] == [
        "_.._evil.json",
        "document.json",
        "hidden.json",
        "line_break.json",
        "plan.json",
        "plan-2.json",
        "PLAN-3.json",
    ]
    for name in names.values():
        assert Path(name).name == name
        assert not name.startswith(".")
        assert len(name.encode()) < 255


def test_cli_batch_reports_every_failure_and_writes_the_rest(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    write(inputs, "a-good.pdf", POLICY.read_bytes())
    write(inputs, "cut.pdf", POLICY.read_bytes()[:2000])
    write(inputs, "page.pdf", b"<!doctype html><html></html>")
    write(inputs, "empty.pdf", b"")
    reportlab_pdf(inputs / "plain.pdf")
    result = run("parse", inputs, "-o", tmp_path / "out")
    assert result.returncode == 1
    assert sorted(os.listdir(tmp_path / "out")) == ["a-good.json", "plain.json"]
    assert json.loads((tmp_path / "out" / "a-good.json").read_text())["kind"] == "policy"
    summary = result.stderr[result.stderr.index("parsed 2, failed 3") :].splitlines()
    assert summary[1:] == [
        "  damaged: 1 (cut.pdf)",
        "  not a PDF: 2 (empty.pdf, page.pdf)",
    ]
    assert "Traceback" not in result.stderr


def test_cli_limits_alone_exit_3(tmp_path: Path) -> None:
    huge = write(tmp_path, "budget.pdf", blank_pages_pdf(30))
    slow = write(tmp_path, "slow.pdf", slow_page_pdf())
    result = run("parse", huge, slow, "--max-pages", "20", "--timeout", "0.3", "-o", tmp_path)
    assert result.returncode == 3, result.stderr
    assert "  over the page or size limit: 1 (budget.pdf)" in result.stderr
    assert "  over the time limit: 1 (slow.pdf)" in result.stderr


def test_cli_unknown_layout_is_a_usage_error() -> None:
    result = run("parse", POLICY, "--layout", "bogus")
    assert result.returncode == 2
    assert "unknown layout 'bogus'" in result.stderr


def test_cli_password_and_debug(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    locked = reportlab_pdf(tmp_path / "locked.pdf", StandardEncryption("userpw", "ownerpw"))
    assert run("parse", locked, "--password", "userpw").returncode == 0
    refused = run("parse", locked)
    assert refused.returncode == 1
    assert refused.stderr == (
        "error: locked.pdf: the PDF is password-protected; give its password with --password\n"
    )
    debug = run("parse", locked, "--password", "nope", "--debug")
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr
    assert "EncryptedPDFError" in debug.stderr


def test_cli_hostile_input_names_stay_in_the_output_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    for name in ["..\\..\\evil.pdf", "..pdf", ".hidden.pdf", "sub/..\\evil.pdf"]:
        write(inputs, name, POLICY.read_bytes())
    out = tmp_path / "nest" / "out"
    result = run("parse", inputs, inputs / "sub", "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(out)) == [
        "_.._evil.json",
        "_evil.json",
        "document.json",
        "hidden.json",
    ]
    assert sorted(os.listdir(tmp_path)) == ["in", "nest"]
    assert os.listdir(tmp_path / "nest") == ["out"]
