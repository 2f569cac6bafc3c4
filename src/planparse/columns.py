"""Column roles of an action-plan table, from its header row: which column holds the activity,
its lead, its milestones (and their periods), its target date, status or measure.

Roles come from the role vocabulary and period patterns (years, "FY", "Q3", "Year 1"), never
from one document's headers; finding tables (layout) and reading them (tables) share them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from planparse.clean import clean_text, normalise_period
from planparse.types import Cell
from planparse.vocabulary import ROLE_PATTERNS, Role

__all__ = ["Column", "Role", "column_of", "header_columns", "implied_columns", "table_columns"]

CLAUSE_RATIO = 1.5  # an activity cell runs this many times the words of the lead's names


@dataclass(frozen=True)
class Column:
    role: Role
    period: str | None  # a milestone column's normalised year or year range


def header_columns(row: list[Cell | None]) -> list[Column] | None:
    """Column roles if this row is a header: an activity column and a milestone/date/lead one."""
    columns = [column_of(cell.text if cell else "") for cell in row]
    roles = {column.role for column in columns}
    if "activity" in roles and roles & {"milestone", "target_date", "lead"}:
        return columns
    return None


def implied_columns(row: list[Cell | None]) -> list[Column] | None:
    """Column roles of a header that names a lead column but leaves its first column unnamed
    ("What we do | Lead"): the first column is then the activity's, if the rows bear it out
    (``table_columns``)."""
    columns = [column_of(cell.text if cell else "") for cell in row]
    roles = [column.role for column in columns]
    if len(columns) < 2 or roles[0] != "other" or "activity" in roles or "lead" not in roles:
        return None
    return [Column(role="activity", period=None), *columns[1:]]


def table_columns(rows: Sequence[list[Cell | None]]) -> list[Column] | None:
    """Column roles of a table from its header row (``header_columns``), or from a header
    whose first column is unnamed (``implied_columns``) when its cells read as activities:
    clauses longer than the lead column's names and than the header's own label."""
    if not rows:
        return None
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
