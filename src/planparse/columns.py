"""Column roles of an action-plan table, from its header row: which column holds the activity,
its lead, its milestones (and their periods), its target date, status or measure.

Roles come from the role vocabulary and period patterns (years, "FY", "Q3", "Year 1"), never
from one document's headers; finding tables (layout) and reading them (tables) share them.
"""

from __future__ import annotations

from dataclasses import dataclass

from planparse.clean import clean_text, normalise_period
from planparse.types import Cell
from planparse.vocabulary import ROLE_PATTERNS, Role

__all__ = ["Column", "Role", "column_of", "header_columns"]


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


def column_of(header: str) -> Column:
    text = clean_text(header.replace("\n", " "))
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(text):
            period = normalise_period(text) if role == "milestone" else None
            return Column(role=role, period=period)
    return Column(role="other", period=None)
