"""files.write_atomically: the one writer behind parse -o, compare -o and inspect -o."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_batch_cli import run

from planparse import files

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_files_write_text_and_bytes_with_the_umask_mode(tmp_path: Path) -> None:
    text = files.write_atomically(tmp_path / "deep" / "plan.json", '{"é": 1}')
    data = files.write_atomically(tmp_path / "page.png", b"\x89PNG")
    assert text.read_text(encoding="utf-8") == '{"é": 1}'
    assert data.read_bytes() == b"\x89PNG"
    assert mode(text) == mode(data) == 0o644
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep", "page.png", "plan.json"]


def test_files_failed_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = files.write_atomically(tmp_path / "plan.json", "old")

    def broken_rename(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", broken_rename)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomically(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


@pytest.mark.usefixtures("umask_022")
def test_files_cli_outputs_are_readable_by_others(tmp_path: Path) -> None:
    sample = ROOT / "samples" / "tustin-pd-2025-2027.pdf"
    parsed = run("parse", sample, "-o", tmp_path / "plans")
    assert parsed.returncode == 0, parsed.stderr
    report = run("compare", tmp_path / "plans", "-o", tmp_path / "report.md")
    assert report.returncode == 0, report.stderr
    shown = run("inspect", sample, "--page", "1", "-o", tmp_path / "page.png")
    assert shown.returncode == 0, shown.stderr
    written = [tmp_path / "plans" / f"{sample.stem}.json", tmp_path / "report.md",
               tmp_path / "page.png"]  # fmt: skip
    assert [mode(path) for path in written] == [0o644] * 3
