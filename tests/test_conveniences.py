"""Batch conveniences through the real entry point: -r, .PDF in any case, empty inputs as usage
errors, output modes from the umask, and the progress bar's file name and time left."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

from planparse.cli import expand_inputs
from planparse.progress import NAME_WIDTH, shown

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
POLICY = SAMPLES / "policy-3-01-110-community-policing.pdf"
TUSTIN = SAMPLES / "tustin-pd-2025-2027.pdf"


def run(*args: str | Path, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "planparse", *map(str, args)], capture_output=True, text=True,
        timeout=300, check=False, preexec_fn=set_umask,
    )  # fmt: skip


def tree(tmp_path: Path) -> Path:
    """in/A.PDF, in/sub/b.pdf, in/sub/deeper/c.Pdf, in/notes.txt."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(POLICY, root / "A.PDF")
    shutil.copy(TUSTIN, root / "sub" / "b.pdf")
    shutil.copy(POLICY, root / "sub" / "deeper" / "c.Pdf")
    (root / "notes.txt").write_text("not a plan")
    return root


def test_batch_folders_match_pdf_in_any_case_and_subfolders_with_r(tmp_path: Path) -> None:
    root = tree(tmp_path)
    assert [p.name for p in expand_inputs([root])] == ["A.PDF"]
    assert [p.relative_to(root).as_posix() for p in expand_inputs([root], recursive=True)] == [
        "A.PDF",
        "sub/b.pdf",
        "sub/deeper/c.Pdf",
    ]


def test_cli_parse_r_writes_every_pdf_with_modes_from_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("parse", "-r", tree(tmp_path), "-o", out, "-j", "1", umask=0o077)
    assert result.returncode == 0, result.stderr
    assert "parsed 3, failed 0" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["A.json", "b.json", "c.json"]
    assert {p.stat().st_mode & 0o777 for p in out.iterdir()} == {0o600}
    shared = run("parse", POLICY, "-o", tmp_path / "shared", umask=0o002)
    assert shared.returncode == 0, shared.stderr
    (written,) = (tmp_path / "shared").iterdir()
    assert written.stat().st_mode & 0o777 == 0o664


def test_cli_empty_inputs_and_missing_folders_are_usage_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "deep.pdf").write_bytes(POLICY.read_bytes())
    cases = [
        (("parse", empty, "-o", tmp_path / "out"), f"usage error: no PDF in {empty}"),
        (("eval", tmp_path / "no-gold", "--parse", empty), "usage error: no gold folder"),
        (("eval", ROOT / "gold", "--parse", tmp_path / "absent"), "usage error: no folder"),
        (("eval", ROOT / "gold", "--parse", tmp_path), "usage error: no PDF to parse in"),
        (("compare", "-o", tmp_path / "r.md"), "usage error: give plan files or folders"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith(message), (args, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_compare_parses_with_jobs(tmp_path: Path) -> None:
    report = tmp_path / "r.csv"
    result = run("compare", POLICY, TUSTIN, ROOT / "gold" / "tracy-pd-2025-2028.json", "-j",
                 "2", "-o", report)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "compared 3 plans, skipped 0" in result.stderr
    agencies = {line.split(",")[0] for line in report.read_text().splitlines()[1:]}
    assert {"Tustin Police Department", "Tracy Police Department"} <= agencies


def test_progress_names_fit_one_line() -> None:
    assert shown("plan.pdf") == "plan.pdf".ljust(NAME_WIDTH)
    long = shown("a" * 50 + "\nb" + "z" * 50)
    assert len(long) == NAME_WIDTH
    assert "\n" not in long
    assert long.startswith("aaa")
    assert long.endswith("zzz")
    assert "…" in long


def test_cli_progress_bar_shows_the_file_and_the_time_left(tmp_path: Path) -> None:
    """On a terminal (a pseudo-terminal here) the bar names the last file and estimates."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("first-plan.pdf", "second-plan.pdf"):
        shutil.copy(POLICY, folder / name)
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "planparse", "parse", str(folder), "-o", str(tmp_path / "o")]
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm"}
    with subprocess.Popen(command, stderr=terminal, stdout=subprocess.DEVNULL, env=env) as process:
        os.close(terminal)
        seen = b""
        while True:
            ready, _, _ = select.select([controller], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        process.wait(timeout=120)
    os.close(controller)
    text = seen.decode(errors="replace")
    assert process.returncode == 0, text
    assert "-plan.pdf" in text
    assert "1/2" in text
    assert "eta" in text
