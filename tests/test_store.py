"""The plan store in-process: tidy tables, editions, search, export, failure and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import planparse
from planparse import store as store_module
from planparse.errors import StoreError
from planparse.models import Activity, DocumentRecord, Goal, Milestone, Period, Pillar, Plan, Source
from planparse.nodes import Entry
from planparse.store import SCHEMA_VERSION, TABLES, PlanStore, search_expression

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"


def record(sha: str, file: str = "plan.pdf") -> DocumentRecord:
    return DocumentRecord(
        file=file, sha256=sha, pages=3, planparse="0", parsed_at="2026-01-01T00:00:00+00:00",
        seconds=1.0,
    )  # fmt: skip


def small_plan(sha: str = "a" * 64, period: Period | None = None) -> Plan:
    """One of everything, each node printed somewhere."""
    where = Source(page=2, bbox=(10.0, 20.0, 200.0, 40.0))
    milestone = Milestone(period="2024", text="Fly the first drone", lead="Air Unit", source=where)
    activity = Activity(
        number="1.1.1", text="Start a drone pilot", leads=["TSB"], milestones=[milestone],
        source=where,
    )  # fmt: skip
    goal = Goal(number="1.1", title="Use technology", leads=["IT"], activities=[activity],
                status="Ongoing", source=where)  # fmt: skip
    pillar = Pillar(number="1", title="Innovation", goals=[goal], source=where)
    return Plan(
        kind="strategic_plan", agency="Example Police Department", title="Plan",
        period=period or Period(start=2024, end=2026), pillars=[pillar],
        glossary={"TSB": "Technical Services Bureau"}, document=record(sha),
    )  # fmt: skip


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_store_keeps_each_node_with_its_page_and_bbox(tmp_path: Path) -> None:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        added = store.add(small_plan())
        assert added.new
    assert [rows(path, table) for table in TABLES] == [1, 1, 1, 1, 1, 3]
    with sqlite3.connect(path) as db:
        activity = db.execute("SELECT path, number, text, page, x0, top, x1, bottom, goal_id "
                              "FROM activities").fetchone()  # fmt: skip
        goal_id = db.execute("SELECT id FROM goals").fetchone()[0]
        lead = db.execute("SELECT name, expansion, level FROM leads WHERE name = 'TSB'").fetchone()
    assert activity == ("1.1.1", "1.1.1", "Start a drone pilot", 2, 10.0, 20.0, 200.0, 40.0,
                        goal_id)  # fmt: skip
    assert lead == ("TSB", "Technical Services Bureau", "activity")


def test_store_same_file_is_a_no_op_and_a_new_edition_is_kept(tmp_path: Path) -> None:
    with PlanStore(tmp_path / "plans.db", create=True) as store:
        first = store.add(small_plan())
        again = store.add(small_plan())
        edition = store.add(small_plan("b" * 64, Period(start=2027, end=2029)))
        assert again == store_module.Added(first.plan_id, new=False)
        assert edition.new
        listed = store.plans()
    assert [(p.agency, p.period) for p in listed] == [
        ("Example Police Department", "2024-2026"),
        ("Example Police Department", "2027-2029"),
    ]


def test_store_plan_without_provenance_is_keyed_by_its_json(tmp_path: Path) -> None:
    gold = planparse.load(GOLD / "tracy-pd-2025-2028.json")
    with PlanStore(tmp_path / "plans.db", create=True) as store:
        assert store.add(gold).new
        assert not store.add(planparse.load(GOLD / "tracy-pd-2025-2028.json")).new
        assert store.add(gold.model_copy(update={"title": "Next edition"})).new


def test_store_search_finds_text_and_leads_with_their_page(tmp_path: Path) -> None:
    with PlanStore(tmp_path / "plans.db", create=True) as store:
        store.add(small_plan())
        drone = store.search("drones")  # stemmed: drone, drones
        assert [(hit.level, hit.path, hit.page) for hit in drone] == [
            ("activity", "1.1.1", 2),
            ("milestone", "1.1.1.1", 2),
        ]
        assert drone[0].agency == "Example Police Department"
        assert [hit.level for hit in store.search("air unit")] == ["milestone"]
        assert [hit.level for hit in store.search("techn*")] == ["goal"]
        assert store.search("drone nowhere") == []


@pytest.mark.parametrize(
    "query", ['"unbalanced', "a AND", "NEAR(", "col:drone", "-x", "drone^ *x", "ünï_code"]
)
def test_store_search_of_any_text_is_no_syntax_error(tmp_path: Path, query: str) -> None:
    with PlanStore(tmp_path / "plans.db", create=True) as store:
        store.add(small_plan())
        assert isinstance(store.search(query), list)


def test_store_search_of_nothing_is_refused() -> None:
    with pytest.raises(StoreError, match="nothing to search for"):
        search_expression(" ** ")


def test_store_remove_takes_every_row(tmp_path: Path) -> None:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        keep = store.add(small_plan()).plan_id
        gone = store.add(small_plan("c" * 64)).plan_id
        store.remove(gone)
        with pytest.raises(StoreError, match=f"no plan {gone}"):
            store.remove(gone)
        assert [p.id for p in store.plans()] == [keep]
        assert len(store.search("drone")) == 2
    assert [rows(path, table) for table in TABLES] == [1, 1, 1, 1, 1, 3]


def test_store_export_gives_back_the_same_plans(tmp_path: Path) -> None:
    plans = [
        planparse.load(GOLD / f"{stem}.json") for stem in ("lapd-2023-2025", "tracy-pd-2025-2028")
    ]
    plans.append(small_plan())
    with PlanStore(tmp_path / "plans.db", create=True) as store:
        ids = [store.add(plan).plan_id for plan in plans]
        written = store.export(tmp_path / "out")
    assert {path.name for path in written} == {f"plan-{i}.json" for i in ids} | {
        f"{table}.csv" for table in TABLES
    }
    for plan_id, plan in zip(ids, plans, strict=True):
        assert planparse.load(tmp_path / "out" / f"plan-{plan_id}.json") == plan
    header = (tmp_path / "out" / "activities.csv").read_text().splitlines()[0]
    assert header == "id,plan_id,goal_id,path,number,text,page,x0,top,x1,bottom"


def test_store_a_failed_add_leaves_no_part_of_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        store.add(small_plan())
    real_write = store_module._write_node

    def fail_on_milestones(
        db: sqlite3.Connection, plan: Plan, plan_id: int, entry: Entry, columns: dict[str, Any]
    ) -> int:
        if entry.level == "milestone":
            raise KeyboardInterrupt  # as a Ctrl-C would, after the plan's other rows
        return real_write(db, plan, plan_id, entry, columns)

    monkeypatch.setattr(store_module, "_write_node", fail_on_milestones)
    with PlanStore(path) as store, pytest.raises(KeyboardInterrupt):
        store.add(small_plan("d" * 64))
    assert [rows(path, table) for table in TABLES] == [1, 1, 1, 1, 1, 3]
    assert rows(path, "node_text") == 4


def test_store_records_its_schema_version_and_refuses_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this planparse knows"):
        PlanStore(path)


def test_store_migrates_an_older_file_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plans.db"
    with PlanStore(path, create=True) as store:
        store.add(small_plan())

    def add_notes(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE plans ADD COLUMN notes TEXT")

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, SCHEMA_VERSION + 1, add_notes)
    with PlanStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
        assert len(store.plans()) == 1
    with sqlite3.connect(path) as db:
        assert "notes" in [row[1] for row in db.execute("PRAGMA table_info(plans)")]


def test_store_refuses_what_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no plan store at"):
        PlanStore(tmp_path / "absent.db")
    text = tmp_path / "notes.db"
    text.write_text("hello " * 1000)
    with pytest.raises(StoreError, match="not a plan store"):
        PlanStore(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="database of something else"):
        PlanStore(other)
