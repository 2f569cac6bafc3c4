"""Column roles of an action-plan table, from its header row: which column holds the activity,
its lead, its milestones (and their periods), its target date, status or measure.

Roles come from the role vocabulary and period patterns (years, "FY", "Q3", "Year 1"), never
from one document's headers; finding tables (layout) and reading them (tables) share them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from planparse.clean import clean_text, join_lines, normalise_period
from planparse.types import Cell
from planparse.vocabulary import (
    LEAD_MARKS,
    LEAD_ROLE_WORDS,
    LEGEND_ENTRY,
    MATRIX_MARKS,
    ROLE_PATTERNS,
    SUPPORT_MARKS,
    Role,
)

__all__ = [
    "Column",
    "Role",
    "column_of",
    "header_columns",
    "implied_columns",
    "matrix_legend",
    "matrix_columns",
    "matrix_header",
    "table_columns",
]

CLAUSE_RATIO = 1.5  # an activity cell runs this many times the words of the lead's names
MIN_UNITS = 2  # a responsibility matrix names at least this many units
MAX_MARK_KINDS = 2  # lead and support
LEGEND_WORDS = 4  # a legend line runs at most this many words per entry
MAX_HEADER_WORDS = 8  # "Responsible Unit / Lead", "Target Completion Date (FY)"


@dataclass(frozen=True)
class Column:
    role: Role
    period: str | None  # a milestone column's normalised year or year range
    unit: str | None = None  # a matrix column's unit, as its header prints it
    lead_marks: frozenset[str] = frozenset()  # the marks that make that unit a lead


def header_columns(row: list[Cell | None]) -> list[Column] | None:
    """Column roles if this row is a header: an activity column and a milestone/date/lead one.
    A header cell names its column in a few words: a cell of running text that happens to say
    "Owner:" (a worksheet row of steps and their fields) names none."""
    columns = [column_of(cell.text if cell and header_like(cell.text) else "") for cell in row]
    roles = {column.role for column in columns}
    if "activity" in roles and roles & {"milestone", "target_date", "lead"}:
        return columns
    return None


def header_like(text: str) -> bool:
    return len(text.split()) <= MAX_HEADER_WORDS


def implied_columns(row: list[Cell | None]) -> list[Column] | None:
    """Column roles of a header that names a lead column but leaves its first column unnamed
    ("What we do | Lead"): the first column is then the activity's, if the rows bear it out
    (``table_columns``)."""
    columns = [column_of(cell.text if cell else "") for cell in row]
    roles = [column.role for column in columns]
    if len(columns) < 2 or roles[0] != "other" or "activity" in roles or "lead" not in roles:
        return None
    return [Column(role="activity", period=None), *columns[1:]]


def table_columns(
    rows: Sequence[list[Cell | None]], legend: dict[str, bool] | None = None
) -> list[Column] | None:
    """Column roles of a table (``role_columns``), with the unit columns of a responsibility
    matrix (``with_units``: columns of marks under unit names) in place of unnamed ones;
    ``legend`` maps a mark to whether a legend line names it the lead's."""
    if not rows:
        return None
    named = role_columns(rows)
    if named is not None:
        return with_units(rows, named, legend or {}) or named
    return matrix_columns(rows, legend)


def matrix_columns(
    rows: Sequence[list[Cell | None]], legend: dict[str, bool] | None = None
) -> list[Column] | None:
    """Column roles of a responsibility matrix whose header names no lead, date or milestone
    column: an activity column beside unit columns of marks."""
    header = matrix_header(rows[0]) if rows else None
    return with_units(rows, header, legend or {}) if header is not None else None


def matrix_header(row: list[Cell | None]) -> list[Column] | None:
    """Column roles of a header that may head a responsibility matrix: an activity column
    (named, or the unnamed first one) and at least ``MIN_UNITS`` other named columns, none
    of them a mark, which the body must show to hold marks (``with_units``)."""
    columns = [column_of(cell.text if cell else "") for cell in row]
    roles = [column.role for column in columns]
    if "activity" not in roles:
        if not roles or roles[0] != "other":
            return None
        columns[0] = Column(role="activity", period=None)
    names = [
        cell.text.strip()
        for cell, column in zip(row, columns, strict=True)
        if column.role == "other" and cell is not None
    ]
    if any(name in MATRIX_MARKS for name in names):  # a body row of marks, not a header
        return None
    return columns if sum(1 for name in names if name) >= MIN_UNITS else None


def with_units(
    rows: Sequence[list[Cell | None]], columns: list[Column], legend: dict[str, bool]
) -> list[Column] | None:
    """The columns with each named column of no other role whose body cells hold only marks
    (or nothing) turned into a unit column (a period column of marks stays a period's), when
    there are ``MIN_UNITS`` of them, some mark, and one or two kinds of mark between them;
    None when the table is no responsibility matrix."""
    marked: dict[int, list[str]] = {}
    for index, column in enumerate(columns):
        header = rows[0][index] if index < len(rows[0]) else None
        if column.role != "other" or header is None or not header.text.strip():
            continue
        marks = marks_in(rows[1:], index)
        if marks is not None:
            marked[index] = marks
    kinds = list(dict.fromkeys(mark for marks in marked.values() for mark in marks))
    if len(marked) < MIN_UNITS or not kinds or len(kinds) > MAX_MARK_KINDS:
        return None
    leads = lead_marks(kinds, legend)
    out = list(columns)
    for index in marked:
        header = rows[0][index]
        assert header is not None
        out[index] = Column(
            role="unit", period=None, unit=join_lines(header.text.splitlines()), lead_marks=leads
        )
    return out


def marks_in(rows: Sequence[list[Cell | None]], column: int) -> list[str] | None:
    """The marks of one column's body cells in order; None unless every non-empty cell of
    the column is a single mark."""
    texts = [
        cell.text.strip()
        for row in rows
        if column < len(row) and (cell := row[column]) is not None and cell.text.strip()
    ]
    return texts if all(text in MATRIX_MARKS for text in texts) else None


def matrix_legend(texts: Iterable[str]) -> dict[str, bool]:
    """The marks legend lines name ("● Lead  ○ Support", "S = Support"), each mapped to
    whether it says lead. A legend is a short line of such entries, not a sentence."""
    legend: dict[str, bool] = {}
    for text in texts:
        entries = LEGEND_ENTRY.findall(text)
        if entries and len(text.split()) <= LEGEND_WORDS * len(entries):
            for mark, role in entries:
                legend.setdefault(mark, LEAD_ROLE_WORDS.match(role) is not None)
    return legend


def lead_marks(kinds: list[str], legend: dict[str, bool]) -> frozenset[str]:
    """Which of a matrix's marks say lead: the one mark there is (unless a legend names it
    support); else the ones a legend names as lead, or the one it leaves unnamed when it names
    the other support; else the filled or lead-lettered kind; else the first kind printed."""
    if len(kinds) == 1:
        return frozenset(kinds) if legend.get(kinds[0], True) else frozenset()
    named = [mark for mark in kinds if legend.get(mark)]
    unnamed = [mark for mark in kinds if mark not in legend]
    if named or unnamed != kinds and len(unnamed) == 1:
        return frozenset(named or unnamed)
    heavier = [mark for mark in kinds if mark in LEAD_MARKS and mark not in SUPPORT_MARKS]
    return frozenset(heavier[:1] or kinds[:1])


def role_columns(rows: Sequence[list[Cell | None]]) -> list[Column] | None:
    """Column roles of a table from its header row (``header_columns``), or from a header
    whose first column is unnamed (``implied_columns``) when its cells read as activities:
    clauses longer than the lead column's names and than the header's own label."""
    named = header_columns(rows[0])
    if named is not None:
        return named
    columns = implied_columns(rows[0])
    if columns is None:
        return None
    lead = next(i for i, column in enumerate(columns) if column.role == "lead")
    first, names = words_in(rows[1:], 0), words_in(rows[1:], lead)
    if not first or not names:
        return None
    label = rows[0][0]
    label_words = len(label.text.split()) if label is not None else 0
    body = median(first)
    return columns if body >= CLAUSE_RATIO * median(names) and body > label_words else None


def words_in(rows: Sequence[list[Cell | None]], column: int) -> list[int]:
    """The word count of each non-empty cell of one column."""
    cells = (row[column] if column < len(row) else None for row in rows)
    return [len(cell.text.split()) for cell in cells if cell is not None and cell.text.strip()]


def column_of(header: str) -> Column:
    text = clean_text(header.replace("\n", " "))
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(text):
            period = normalise_period(text) if role == "milestone" else None
            return Column(role=role, period=period)
    return Column(role="other", period=None)
