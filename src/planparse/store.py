"""A library of parsed plans in one SQLite file: the embedded store, no server.

Each plan is kept whole (its JSON, the one truth the export gives back) and as tidy tables,
one row per node with its page and bbox (plans, pillars, goals, activities, milestones,
leads), which SQL, a spreadsheet or Datasette (``datasette plans.db``) read as they are. An
FTS5 index over the nodes' text and leads answers ``search``.

A plan is keyed by the SHA-256 of its PDF (``document.sha256``; for a plan without
provenance, of its JSON), so adding the same file again changes nothing, while a new edition
of an agency's plan, another file, is kept beside the old one.

Concurrency and failure: the database runs in WAL mode with a busy timeout, every write is
one ``BEGIN IMMEDIATE`` transaction (one writer at a time; readers never wait), retried when
another process holds the lock past the timeout. One plan is one transaction, so an add that
is killed leaves the plans before it and nothing of the one it was writing. The schema's
version is ``PRAGMA user_version``; ``MIGRATIONS`` brings an older file up to date on open.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from planparse.errors import StoreError
from planparse.files import write_atomically
from planparse.models import Activity, Goal, Pillar, Plan, Source
from planparse.nodes import Entry, entries
from planparse.report.to_csv import spreadsheet_cell

SCHEMA_VERSION = 1
BUSY_SECONDS = 30.0  # how long one statement waits for another process's lock
RETRIES = 5  # whole-transaction attempts when the lock stays taken past the timeout
TABLES = ("plans", "pillars", "goals", "activities", "milestones", "leads")
_BBOX = "page INTEGER, x0 REAL, top REAL, x1 REAL, bottom REAL"
_PARENT = "INTEGER NOT NULL REFERENCES {} (id) ON DELETE CASCADE"
_SCHEMA_V1 = (
    """CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        file TEXT,
        kind TEXT NOT NULL,
        agency TEXT,
        title TEXT,
        period_start INTEGER,
        period_end INTEGER,
        pages INTEGER,
        producer TEXT,
        created TEXT,
        planparse TEXT,
        parsed_at TEXT,
        added_at TEXT NOT NULL,
        warnings INTEGER NOT NULL,
        json TEXT NOT NULL
    )""",
    f"""CREATE TABLE pillars (
        id INTEGER PRIMARY KEY, plan_id {_PARENT.format("plans")}, path TEXT NOT NULL,
        number TEXT, title TEXT NOT NULL, description TEXT, {_BBOX}
    )""",
    f"""CREATE TABLE goals (
        id INTEGER PRIMARY KEY, plan_id {_PARENT.format("plans")},
        pillar_id {_PARENT.format("pillars")}, path TEXT NOT NULL, number TEXT,
        title TEXT NOT NULL, description TEXT, status TEXT, updated TEXT, {_BBOX}
    )""",
    f"""CREATE TABLE activities (
        id INTEGER PRIMARY KEY, plan_id {_PARENT.format("plans")},
        goal_id {_PARENT.format("goals")}, path TEXT NOT NULL, number TEXT,
        text TEXT NOT NULL, {_BBOX}
    )""",
    f"""CREATE TABLE milestones (
        id INTEGER PRIMARY KEY, plan_id {_PARENT.format("plans")},
        activity_id {_PARENT.format("activities")}, path TEXT NOT NULL, period TEXT,
        text TEXT NOT NULL, lead TEXT, {_BBOX}
    )""",
    """CREATE TABLE leads (
        id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        level TEXT NOT NULL, path TEXT NOT NULL,
        goal_id INTEGER REFERENCES goals (id) ON DELETE CASCADE,
        activity_id INTEGER REFERENCES activities (id) ON DELETE CASCADE,
        milestone_id INTEGER REFERENCES milestones (id) ON DELETE CASCADE,
        name TEXT NOT NULL, expansion TEXT, page INTEGER
    )""",
    "CREATE INDEX plans_agency ON plans (agency)",
    *(f"CREATE INDEX {table}_plan ON {table} (plan_id)" for table in TABLES[1:]),
    "CREATE INDEX goals_pillar ON goals (pillar_id)",
    "CREATE INDEX activities_goal ON activities (goal_id)",
    "CREATE INDEX milestones_activity ON milestones (activity_id)",
    """CREATE VIRTUAL TABLE node_text USING fts5 (
        text, leads, plan_id UNINDEXED, level UNINDEXED, path UNINDEXED, page UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
)


def _schema_v1(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1:
        db.execute(statement)


# version -> the step from the version before it; a new schema adds a step, never edits one
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _schema_v1}
T = TypeVar("T")


@dataclass(frozen=True)
class StoredPlan:
    """One stored plan as ``list`` shows it."""

    id: int
    sha256: str
    file: str | None
    agency: str | None
    title: str | None
    period: str | None
    pillars: int
    goals: int
    activities: int
    added_at: str


@dataclass(frozen=True)
class Hit:
    """A node whose text or leads match a search."""

    plan_id: int
    agency: str | None
    level: str
    path: str
    text: str
    page: int | None


@dataclass(frozen=True)
class Added:
    plan_id: int
    new: bool  # False: the same file (hash) was already stored; nothing changed


def plan_key(plan: Plan) -> str:
    """What makes two plans the same: the PDF's hash, else the hash of the plan's JSON."""
    if plan.document is not None:
        return plan.document.sha256
    return hashlib.sha256(plan.model_dump_json().encode("utf-8")).hexdigest()


def search_expression(query: str) -> str:
    """Words as FTS5 phrases ('real-time' -> "real time"), all required; a trailing * is a
    prefix. Document text is not query syntax, so no input can be an FTS5 syntax error."""
    terms = []
    for chunk in query.split():
        words = re.findall(r"\w+", chunk)
        if words:
            terms.append('"' + " ".join(words) + '"' + ("*" if chunk.endswith("*") else ""))
    if not terms:
        raise StoreError(f"nothing to search for in {query!r}: give a word")
    return " ".join(terms)


class PlanStore:
    """An open plan store; ``PlanStore(path, create=True)`` makes the file if it is missing."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no plan store at {self.path}; `planparse db add` creates one")
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open a database there ({exc})") from None
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._retry(lambda: self._db.execute("PRAGMA journal_mode = WAL").fetchone())
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"{self.path}: not a plan store ({exc})") from None
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def has(self, sha256: str) -> bool:
        row = self._db.execute("SELECT 1 FROM plans WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def add(self, plan: Plan) -> Added:
        """Store a plan in one transaction; the same file again is a no-op."""
        key = plan_key(plan)

        def write(db: sqlite3.Connection) -> Added:
            found = db.execute("SELECT id FROM plans WHERE sha256 = ?", (key,)).fetchone()
            if found is not None:
                return Added(found[0], new=False)
            return Added(_insert(db, plan, key), new=True)

        return self._write(write)

    def remove(self, plan_id: int) -> None:
        def delete(db: sqlite3.Connection) -> None:
            if db.execute("DELETE FROM plans WHERE id = ?", (plan_id,)).rowcount == 0:
                raise StoreError(
                    f"no plan {plan_id} in {self.path}; `planparse db list` lists them"
                )
            db.execute("DELETE FROM node_text WHERE plan_id = ?", (plan_id,))

        self._write(delete)

    def plans(self, agencies: Sequence[str] = ()) -> list[StoredPlan]:
        """Stored plans in the order added; ``agencies`` keeps those whose agency contains
        any of the given names (ignoring case)."""
        rows = self._db.execute(
            """SELECT id, sha256, file, agency, title, period_start, period_end, added_at,
                (SELECT count(*) FROM pillars WHERE plan_id = plans.id),
                (SELECT count(*) FROM goals WHERE plan_id = plans.id),
                (SELECT count(*) FROM activities WHERE plan_id = plans.id)
            FROM plans ORDER BY id"""
        ).fetchall()
        wanted = [name.casefold() for name in agencies]
        return [
            StoredPlan(
                id=row[0],
                sha256=row[1],
                file=row[2],
                agency=row[3],
                title=row[4],
                period=f"{row[5]}-{row[6]}" if row[5] is not None else None,
                pillars=row[8],
                goals=row[9],
                activities=row[10],
                added_at=row[7],
            )
            for row in rows
            if not wanted or any(name in (row[3] or "").casefold() for name in wanted)
        ]

    def plan(self, plan_id: int) -> Plan:
        row = self._db.execute("SELECT json FROM plans WHERE id = ?", (plan_id,)).fetchone()
        if row is None:
            raise self._missing(plan_id)
        return Plan.model_validate_json(row[0])

    def search(self, query: str, *, limit: int = 50) -> list[Hit]:
        """Nodes whose text or leads hold every word of ``query``, best match first."""
        rows = self._db.execute(
            """SELECT plans.id, plans.agency, node_text.level, node_text.path, node_text.text,
                node_text.page
            FROM node_text JOIN plans ON plans.id = CAST(node_text.plan_id AS INTEGER)
            WHERE node_text MATCH ? ORDER BY rank LIMIT ?""",
            (search_expression(query), limit),
        ).fetchall()
        return [Hit(*row) for row in rows]

    def export(self, folder: str | Path) -> list[Path]:
        """``plan-<id>.json`` per plan (the stored plan, as added) and one CSV per table."""
        folder = Path(folder)
        written = [
            write_atomically(folder / f"plan-{plan_id}.json", text + "\n")
            for plan_id, text in self._db.execute("SELECT id, json FROM plans ORDER BY id")
        ]
        for table in TABLES:
            written.append(write_atomically(folder / f"{table}.csv", self._table_csv(table)))
        return written

    def _missing(self, plan_id: int) -> StoreError:
        return StoreError(f"no plan {plan_id} in {self.path}; `planparse db list` lists them")

    def _table_csv(self, table: str) -> str:
        cursor = self._db.execute(f"SELECT * FROM {table} ORDER BY id")  # table: one of TABLES
        columns = [column[0] for column in cursor.description]
        kept = [i for i, name in enumerate(columns) if name != "json"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([columns[i] for i in kept])
        for row in cursor:
            writer.writerow([spreadsheet_cell(row[i]) for i in kept])
        return out.getvalue()

    def _migrate(self) -> None:
        if self.schema_version == SCHEMA_VERSION:
            return

        def upgrade(db: sqlite3.Connection) -> None:
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has store schema {current}, newer than this planparse "
                    f"knows ({SCHEMA_VERSION}); upgrade planparse"
                )
            if current == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path} is a database of something else, not a plan store")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

        self._write(upgrade)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` in one write transaction: all of it lands, or none of it."""

        def attempt() -> T:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                result = work(self._db)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            return result

        return self._retry(attempt)

    def _retry(self, attempt: Callable[[], T]) -> T:
        for number in range(1, RETRIES + 1):
            try:
                return attempt()
            except sqlite3.OperationalError as exc:
                if not _locked(exc) or number == RETRIES:
                    raise StoreError(f"{self.path}: {exc}") from None
                time.sleep(0.1 * 2**number)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _insert(db: sqlite3.Connection, plan: Plan, key: str) -> int:
    """The plan's row, then its nodes, parents before children; returns the plan's id."""
    record = plan.document
    plan_id = _row(
        db,
        "plans",
        sha256=key,
        file=record.file if record else None,
        kind=plan.kind,
        agency=plan.agency,
        title=plan.title,
        period_start=plan.period.start if plan.period else None,
        period_end=plan.period.end if plan.period else None,
        pages=record.pages if record else None,
        producer=record.producer if record else None,
        created=record.created if record else None,
        planparse=record.planparse if record else None,
        parsed_at=record.parsed_at if record else None,
        added_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        warnings=len(plan.warnings),
        json=plan.model_dump_json(),
    )
    ids: dict[str, int] = {}  # node path -> its row id, for the children's parent column
    for entry in entries(plan):
        parent_path = entry.path.rpartition(".")[0]
        parent = {PARENT_COLUMN[entry.level]: ids[parent_path]} if parent_path else {}
        ids[entry.path] = _write_node(db, plan, plan_id, entry, {**parent, **_columns(entry)})
    return plan_id


TABLE_OF = {"pillar": "pillars", "goal": "goals", "activity": "activities"}
TABLE_OF["milestone"] = "milestones"
PARENT_COLUMN = {"goal": "pillar_id", "activity": "goal_id", "milestone": "activity_id"}


def _columns(entry: Entry) -> dict[str, Any]:
    """The node's own columns in its level's table."""
    node = entry.node
    if isinstance(node, Pillar):
        return {"number": node.number, "title": node.title, "description": node.description}
    if isinstance(node, Goal):
        return {
            "number": node.number,
            "title": node.title,
            "description": node.description,
            "status": node.status,
            "updated": node.updated,
        }
    if isinstance(node, Activity):
        return {"number": node.number, "text": node.text}
    return {"period": node.period, "text": node.text, "lead": node.lead}


def _write_node(
    db: sqlite3.Connection, plan: Plan, plan_id: int, entry: Entry, columns: dict[str, Any]
) -> int:
    """The node's row, a row per lead, and its search entry; returns the node's row id."""
    path, level, page = entry.path, entry.level, entry.page
    node_id = _row(db, TABLE_OF[level], plan_id=plan_id, path=path, **columns,
                   **_place(entry.source))  # fmt: skip
    for name in entry.leads:
        _row(db, "leads", plan_id=plan_id, level=level, path=path, **{f"{level}_id": node_id},
             name=name, expansion=plan.glossary.get(name), page=page)  # fmt: skip
    text = " ".join(filter(None, (entry.text, entry.description)))
    db.execute(
        "INSERT INTO node_text (text, leads, plan_id, level, path, page) VALUES (?, ?, ?, ?, ?, ?)",
        (text, " ".join(entry.leads), plan_id, level, path, page),
    )
    return node_id


def _place(source: Source | None) -> dict[str, Any]:
    if source is None:
        return {}
    x0, top, x1, bottom = source.bbox
    return {"page": source.page, "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _row(db: sqlite3.Connection, table: str, **values: Any) -> int:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    assert cursor.lastrowid is not None
    return cursor.lastrowid
