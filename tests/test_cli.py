"""The CLI through its real entry point: a subprocess running the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_errors import AES_FILTER, encrypted_pdf, looping_xref_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
POLICY = SAMPLES / "policy-3-01-110-community-policing.pdf"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "planparse", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_cli_parse_one_file_prints_json() -> None:
    result = run("parse", POLICY)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "policy"


def test_cli_parse_many_writes_one_json_per_input(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_text("<html>not a pdf</html>")
    result = run("parse", POLICY, SAMPLES / "san-jose-pd-2023.pdf", bad, "-o", tmp_path / "out")
    assert result.returncode == 1
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["policy-3-01-110-community-policing.json", "san-jose-pd-2023.json"]
    assert "error: broken.pdf: not a PDF" in result.stderr
    assert "parsed 2, failed 1" in result.stderr


def test_cli_bad_input_is_one_line_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run("parse", empty)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (looping_xref_pdf(), "cross-reference tables (the index of its objects) point back"),
        (encrypted_pdf(AES_FILTER + b" /StmF /StdCF /StrF /StdCF"), "password-protected"),
    ],
    ids=["xref-loop", "password"],
)
def test_cli_damaged_or_locked_file_is_one_plain_line(
    tmp_path: Path, data: bytes, said: str
) -> None:
    path = tmp_path / "odd.pdf"
    path.write_bytes(data)
    result = run("parse", path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert said in result.stderr
    assert "recursion" not in result.stderr


def test_cli_attachment_only_encryption_parses(tmp_path: Path) -> None:
    path = tmp_path / "attachments.pdf"
    path.write_bytes(encrypted_pdf(AES_FILTER + b" /StmF /Identity /StrF /Identity /EFF /StdCF"))
    result = run("parse", path)
    assert result.returncode == 0, result.stderr


def test_cli_usage_error_exits_2(tmp_path: Path) -> None:
    result = run("parse", POLICY, POLICY)
    assert result.returncode == 2


def test_cli_schema_is_the_committed_schema() -> None:
    result = run("schema")
    committed = json.loads((ROOT / "schema" / "plan.schema.json").read_text())
    assert json.loads(result.stdout) == committed


def test_cli_eval_prints_every_level(tmp_path: Path) -> None:
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / POLICY.name).write_bytes(POLICY.read_bytes())
    result = run("eval", ROOT / "gold", "--parse", pdfs)
    assert result.returncode == 0, result.stderr
    for level in ("pillars", "goals", "activities", "milestones", "leads"):
        assert level in result.stdout
    assert "TOTAL" in result.stdout


def test_cli_layouts_lists_recognisers() -> None:
    result = run("layouts")
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {"labelled", "policy", "tree"} <= names


def test_cli_compare_writes_a_report_from_parsed_plans(tmp_path: Path) -> None:
    plans = [ROOT / "gold" / "tracy-pd-2025-2028.json", ROOT / "gold" / "san-jose-pd-2023.json"]
    report = tmp_path / "report.csv"
    result = run("compare", *plans, "-o", report)
    assert result.returncode == 0, result.stderr
    header = report.read_text(encoding="utf-8").splitlines()[0]
    for column in ("agency", "pillar", "goal", "activity", "milestone", "lead", "theme", "page"):
        assert column in header


def test_cli_every_command_is_in_the_readme() -> None:
    from planparse.cli import COMMANDS, DB_COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [name for name, _, _ in COMMANDS] + [f"db {name}" for name, _, _ in DB_COMMANDS]
    missing = [name for name in names if f"`planparse {name}" not in readme]
    assert names
    assert not missing, f"commands missing from README.md: {missing}"


def test_cli_output_is_whole_when_the_command_exits_at_once() -> None:
    """The entry point ends the process without the interpreter's teardown: what the command
    printed must still all arrive, with its exit status."""
    whole = run("schema")
    assert whole.returncode == 0
    assert json.loads(whole.stdout)["title"]
    usage = run("parse", "plan.pdf", "--no-such-option")
    assert usage.returncode == 2
    assert "unrecognized arguments: --no-such-option" in usage.stderr


def test_cli_reader_leaving_the_pipe_early_is_no_traceback() -> None:
    """The plan's JSON is far larger than a pipe's buffer, so the writes after it fail."""
    command = [sys.executable, "-m", "planparse", "parse", str(SAMPLES / "lapd-2023-2025.pdf")]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        child.stdout.read(10)
        child.stdout.close()
        errors = child.stderr.read().decode()
    assert "Traceback" not in errors
    assert "Exception ignored" not in errors


def test_cli_main_returns_the_status_of_usage_errors_and_help() -> None:
    """`main` is the command line as a function: argparse's own exits come back as statuses."""
    from invoking import invoke

    assert invoke("parse", "plan.pdf", "--no-such-option").exit_code == 2
    assert invoke("--version").exit_code == 0
    assert invoke().exit_code == 2
