"""A spreadsheet printed to PDF: one table whose rows repeat their pillar and goal values.

A sheet prints every level on every row: the pillar's and the goal's cells hold the same text
down their rows, and the action cell changes on each. So the columns whose values run in
blocks, nested one in the other, are the levels above the activity (the one with fewest
values is the pillar), each distinct value a node in first-appearance order; a column of
enumerators that changes where a level's column changes is that level's number. Nothing here
names a header: the roles of the lead and date columns come from the shared column vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planparse import enumerators
from planparse.clean import join_lines
from planparse.columns import Column, column_of
from planparse.models import Activity, Goal, Pillar
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents
from planparse.tables import add_row
from planparse.types import Block, Cell

Row = list[Cell | None]
FIELD_ROLES = {"lead", "target_date", "milestone", "status", "measure"}
MIN_ROWS = 4  # fewer rows cannot show a value repeating down a column


@dataclass(frozen=True)
class Levels:
    """The columns of a sheet: pillar and goal text, the activity, and their numbers."""

    pillar: int
    goal: int
    activity: int
    numbers: dict[int, int]  # text column -> its number column


def text_of(row: Row, column: int) -> str:
    cell = row[column] if column < len(row) else None
    return join_lines(cell.text.splitlines()) if cell is not None else ""


def runs(rows: Sequence[Row], column: int) -> list[int] | None:
    """The row indices where the column's value changes, or None when a value comes back
    after another (a repeated level's value runs in one block) or a cell is empty."""
    values = [text_of(row, column) for row in rows]
    if not all(values):
        return None
    starts = [i for i, value in enumerate(values) if i == 0 or value != values[i - 1]]
    if len({values[i] for i in starts}) != len(starts):
        return None
    return starts


def sheet_levels(rows: Sequence[Row]) -> Levels | None:
    """The level columns of a table whose header is its first row, or None if it is no sheet:
    two text columns whose values run in blocks, the goal's nested in the pillar's, and an
    activity column (the shared vocabulary's) that changes on every row."""
    header = [column_of(cell.text if cell else "") for cell in rows[0]]
    body = rows[1:]
    if len(body) < MIN_ROWS or "activity" not in {c.role for c in header}:
        return None
    blocks = {i: runs(body, i) for i, c in enumerate(header) if c.role not in FIELD_ROLES}
    found = {i: starts for i, starts in blocks.items() if starts is not None}
    numbered = {i for i in found if all(enumerators.is_row_number(text_of(row, i)) for row in body)}
    texts = {i: s for i, s in found.items() if i not in numbered}
    activity = next(
        (i for i, s in texts.items() if header[i].role == "activity" and len(s) == len(body)),
        None,
    )
    grouped = sorted(i for i, s in texts.items() if len(s) < len(body))
    if activity is None or len(grouped) != 2 or grouped[-1] > activity:
        return None
    pillar, goal = sorted(grouped, key=lambda i: len(texts[i]))
    if not set(texts[pillar]) <= set(texts[goal]) or len(texts[pillar]) == len(texts[goal]):
        return None
    numbers = {
        text: number
        for number in numbered
        for text in (pillar, goal, activity)
        if found[number] == found[text]
    }
    return Levels(pillar, goal, activity, numbers)


SheetRows = tuple[Row, list[tuple[int, Row]], Levels]  # header, rows with their pages, levels


def sheet_rows(blocks: Sequence[Block]) -> SheetRows | None:
    """The sheet's header and its body rows (with their pages): the first header whose tables
    read as a sheet, the rows of every table printing it, in order (a sheet repeats its header
    row on each page; other tables, a glossary or a budget, print other headers)."""
    tables: dict[tuple[str, ...], tuple[Row, list[tuple[int, Row]]]] = {}
    for block in blocks:
        if block.table is None or not block.table.rows:
            continue
        header, *rows = block.table.rows
        labels = tuple(cell.text if cell else "" for cell in header)
        tables.setdefault(labels, (header, []))[1].extend((block.page, row) for row in rows)
    for header, body in tables.values():
        levels = sheet_levels([header, *(row for _, row in body)])
        if levels is not None:
            return header, body, levels
    return None


@register("sheet")
class Sheet:
    """Levels as repeated column values (a spreadsheet printed to PDF)."""

    def detect(self, blocks: Sequence[Block]) -> float:
        return 0.0 if sheet_rows(blocks) is None else 1.0

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        found = sheet_rows(blocks)
        if found is None:
            return Recognition(kind="strategic_plan", pillars=[])
        header, body, levels = found
        columns = [reading_role(i, cell, levels) for i, cell in enumerate(header)]
        pillars: list[Pillar] = []
        for page, row in body:
            title, goal_title = text_of(row, levels.pillar), text_of(row, levels.goal)
            if not pillars or pillars[-1].title != title:
                pillars.append(Pillar(number=number_of(row, levels, levels.pillar), title=title))
            goals = pillars[-1].goals
            if not goals or goals[-1].title != goal_title:
                goals.append(Goal(number=number_of(row, levels, levels.goal), title=goal_title))
            activities: list[Activity] = goals[-1].activities
            before = len(activities)
            add_row(columns, row, page, activities)
            if len(activities) > before and levels.activity in levels.numbers:
                activities[-1].number = number_of(row, levels, levels.activity)
        return Recognition(kind="strategic_plan", pillars=pillars)


def reading_role(index: int, cell: Cell | None, levels: Levels) -> Column:
    """The column's role for ``tables.add_row``: the activity, a field column, or nothing
    (the level columns are read here)."""
    if index == levels.activity:
        return Column(role="activity", period=None)
    column = column_of(cell.text if cell else "")
    return column if column.role in FIELD_ROLES else Column(role="other", period=None)


def number_of(row: Row, levels: Levels, column: int) -> str | None:
    """The printed number of a level's value on this row, without a closing full stop."""
    number = levels.numbers.get(column)
    if number is None:
        return None
    return text_of(row, number).rstrip(".") or None
