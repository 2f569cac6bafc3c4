"""`planparse db` through the real entry point: add, re-add, editions, search, export, and
two processes or a killed one against the same file."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from invoking import invoke
from parsed import sample

from planparse.models import Period, Plan
from planparse.store import PlanStore

ROOT = Path(__file__).resolve().parent.parent
POLICY_PDF = ROOT / "samples" / "policy-3-01-110-community-policing.pdf"
STEMS = sorted(path.stem for path in (ROOT / "samples").glob("*.pdf"))
COMMAND = [sys.executable, "-m", "planparse"]


def run(*args: str | Path, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [*COMMAND, *map(str, args)], capture_output=True, text=True, timeout=300, check=False,
        preexec_fn=set_umask,
    )  # fmt: skip


def write_plans(folder: Path, plans: dict[str, Plan]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, plan in plans.items():
        (folder / f"{stem}.json").write_text(plan.model_dump_json(), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def parsed_samples() -> dict[str, Plan]:
    """Every sample parsed once per session (tests/parsed.py), as `parse` would write it."""
    return {stem: sample(stem) for stem in STEMS}


@pytest.fixture
def stocked(tmp_path: Path, parsed_samples: dict[str, Plan]) -> Path:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        for plan in parsed_samples.values():
            store.add(plan)
    return path


def edition(plan: Plan, period: Period) -> Plan:
    """The plan as its next edition would be: another file, another period."""
    assert plan.document is not None
    document = plan.document.model_copy(update={"sha256": "f" * 64, "file": "next.pdf"})
    return plan.model_copy(update={"period": period, "document": document})


def test_cli_db_add_samples_re_add_and_a_second_edition(
    tmp_path: Path, parsed_samples: dict[str, Plan]
) -> None:
    db = tmp_path / "plans.db"
    first = run("db", "add", db, POLICY_PDF)  # parsed, as `parse` does
    assert first.returncode == 0, first.stderr
    assert "added 1, already stored 0, failed 0" in first.stderr
    folder = write_plans(tmp_path / "json", parsed_samples)
    rest = run("db", "add", db, folder)  # the PDF above is the policy JSON's file: a no-op
    assert rest.returncode == 0, rest.stderr
    assert f"added {len(STEMS) - 1}, already stored 1, failed 0" in rest.stderr
    again = run("db", "add", db, folder, POLICY_PDF)
    assert f"added 0, already stored {len(STEMS) + 1}, failed 0" in again.stderr
    listed = invoke("db", "list", db).stdout.splitlines()
    assert len(listed) == 1 + len(STEMS)

    tracy = parsed_samples["tracy-pd-2025-2028"]
    write_plans(tmp_path / "next", {"tracy-next": edition(tracy, Period(start=2029, end=2032))})
    added = invoke("db", "add", db, tmp_path / "next" / "tracy-next.json")
    assert "added 1, already stored 0" in added.stderr
    tracy_rows = invoke("db", "list", db, "--agency", "tracy").stdout.splitlines()[1:]
    assert [row.split()[4] for row in tracy_rows] == ["2025-2028", "2029-2032"]
    compared = invoke("compare", "--db", db, "--agency", "Tracy", "-o", tmp_path / "r.md")
    assert compared.exit_code == 0, compared.stderr
    report = (tmp_path / "r.md").read_text()
    assert "Tracy Police Department 2025-2028" in report
    assert "Tracy Police Department 2029-2032" in report


def test_cli_db_search_finds_an_item_with_its_page(stocked: Path) -> None:
    result = run("db", "search", stocked, "drone")
    assert result.returncode == 0, result.stderr
    hits = result.stdout.splitlines()
    assert hits
    pattern = r"(.+) · (pillar|goal|activity|milestone) [\d.]+ · p\. (\d+): (.*)"
    for hit in hits:
        found = re.fullmatch(pattern, hit)
        assert found, hit
        assert "drone" in found[4].lower()
    assert any(hit.startswith("Tustin Police Department · goal") for hit in hits)
    assert invoke("db", "search", stocked, "zzzunknown").stderr == "no match for 'zzzunknown'\n"


def test_cli_db_export_round_trips_to_the_same_plans(
    tmp_path: Path, stocked: Path, parsed_samples: dict[str, Plan]
) -> None:
    out = tmp_path / "out"
    result = run("db", "export", stocked, "-o", out, umask=0o027)
    assert result.returncode == 0, result.stderr
    exported = {path.name: path for path in out.iterdir()}
    assert {f"{table}.csv" for table in ("plans", "pillars", "goals", "activities")} <= set(
        exported
    )
    plans = [Plan.model_validate_json(p.read_text()) for p in sorted(out.glob("plan-*.json"))]
    assert sorted(plans, key=lambda p: p.document.sha256 if p.document else "") == sorted(
        parsed_samples.values(), key=lambda p: p.document.sha256 if p.document else ""
    )
    assert {path.stat().st_mode & 0o777 for path in exported.values()} == {0o640}

    again = tmp_path / "again.db"
    assert run("db", "add", again, out).returncode == 0
    assert run("db", "export", again, "-o", tmp_path / "out2").returncode == 0
    for path in out.glob("plan-*.json"):
        assert (tmp_path / "out2" / path.name).read_text() == path.read_text()


def test_cli_db_remove_and_usage_errors(tmp_path: Path, stocked: Path) -> None:
    removed = run("db", "remove", stocked, "1")
    assert removed.returncode == 0, removed.stderr
    assert len(invoke("db", "list", stocked).stdout.splitlines()) == len(STEMS)
    assert invoke("db", "remove", stocked, "1").exit_code == 1
    missing = invoke("db", "list", tmp_path / "absent.db")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("usage error: no plan store at")
    (tmp_path / "empty").mkdir()
    nothing = invoke("db", "add", tmp_path / "new.db", tmp_path / "empty")
    assert nothing.exit_code == 2
    assert "no PDF or plan JSON" in nothing.stderr
    assert not (tmp_path / "new.db").exists()


def variants(plan: Plan, count: int, prefix: str) -> dict[str, Plan]:
    """Distinct plans (each its own hash) as large as ``plan``."""
    return {
        f"{prefix}-{n}": plan.model_copy(update={"title": f"{prefix} {n}", "document": None})
        for n in range(count)
    }


def node_counts(plan: Plan) -> list[int]:
    goals = [goal for pillar in plan.pillars for goal in pillar.goals]
    activities = [activity for goal in goals for activity in goal.activities]
    milestones = [m for activity in activities for m in activity.milestones]
    return [len(plan.pillars), len(goals), len(activities), len(milestones)]


def assert_every_plan_whole(db: Path) -> int:
    """Each stored plan has every node of its JSON in the tidy tables; the plans' count."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plans = connection.execute("SELECT id, json FROM plans").fetchall()
        for plan_id, text in plans:
            stored = [
                connection.execute(
                    f"SELECT count(*) FROM {table} WHERE plan_id = ?", (plan_id,)
                ).fetchone()[0]
                for table in ("pillars", "goals", "activities", "milestones")
            ]
            assert stored == node_counts(Plan.model_validate_json(text)), plan_id
    return len(plans)


def test_cli_db_two_concurrent_adds_both_land(
    tmp_path: Path, parsed_samples: dict[str, Plan]
) -> None:
    lapd = parsed_samples["lapd-2023-2025"]
    a = write_plans(tmp_path / "a", variants(lapd, 12, "a"))
    b = write_plans(tmp_path / "b", variants(lapd, 12, "b"))
    db = tmp_path / "plans.db"
    runs = [
        subprocess.Popen(
            [*COMMAND, "db", "add", str(db), str(folder)], stderr=subprocess.PIPE, text=True
        )  # fmt: skip
        for folder in (a, b)
    ]
    for process in runs:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "added 12, already stored 0, failed 0" in err
    assert assert_every_plan_whole(db) == 24


def test_cli_db_killed_add_leaves_no_partial_plan(
    tmp_path: Path, parsed_samples: dict[str, Plan]
) -> None:
    folder = write_plans(tmp_path / "many", variants(parsed_samples["lapd-2023-2025"], 40, "v"))
    db = tmp_path / "plans.db"
    with subprocess.Popen([*COMMAND, "db", "add", str(db), str(folder)]) as process:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and stored_count(db) < 2:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    stored = assert_every_plan_whole(db)
    assert 2 <= stored < 40  # killed mid-run; the plan it was writing left no row
    done = run("db", "add", db, folder)  # and the store goes on: the rest are added
    assert f"added {40 - stored}, already stored {stored}" in done.stderr
    assert assert_every_plan_whole(db) == 40


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM plans").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def test_cli_db_json_that_is_not_a_plan_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text(json.dumps({"hello": 1}))
    result = run("db", "add", tmp_path / "plans.db", bad)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: notes.json: not a plan JSON (1 schema errors)",
        f"added 0, already stored 0, failed 1 -> {tmp_path / 'plans.db'}",
    ]
