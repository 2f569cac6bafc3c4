"""Action-plan tables -> activities: column roles from header vocabulary, rows grouped into
activities, one milestone per non-empty milestone or target-date cell. A scorecard table (an
objective column and an initiatives column) -> goals, one per row.

Roles come from synonyms and patterns (years, "FY", "Q3", "Year 1"), never from one
document's headers. A table without a header row of its own continues the last one seen
with the same number of columns (a table running across pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planparse.clean import join_lines, normalise_period, split_number
from planparse.columns import Column, Role, table_columns
from planparse.enumerators import (
    Enumerator,
    follows,
    is_number_alone,
    list_enumerator,
    strip_code,
)
from planparse.fields import (
    activity_fields,
    apply_to_activity,
    leads_of_lines,
    printed_names,
    split_leads,
)
from planparse.models import Activity, Goal, Milestone, Source
from planparse.types import Cell, Table
from planparse.vocabulary import BULLET_CHARS, CID_GLYPH

BULLET_LINE = re.compile(rf"^\s*(?:[{BULLET_CHARS}]|{CID_GLYPH.pattern})\s*")


@dataclass
class TableReader:
    """Reads a goal's tables in order, remembering the header for continued tables."""

    columns: list[Column] | None = None
    legend: dict[str, bool] = field(default_factory=dict)  # a matrix's marks, lead or not
    statuses: list[str] = field(default_factory=list)  # every row's status cell, in order

    @property
    def status(self) -> str | None:
        """The goal's status: the one value every row that states a status agrees on."""
        return self.statuses[0] if len(set(self.statuses)) == 1 else None

    def activities(self, table: Table, page: int, into: list[Activity]) -> None:
        """Append the table's activities; rows without an activity cell continue the last."""
        rows = table.rows
        header = table_columns(rows, self.legend)
        if header is not None:
            self.columns, rows = header, rows[1:]
        elif self.columns is None or len(self.columns) != len(rows[0]):
            return
        for row in rows:
            add_row(self.columns, row, page, into)
            self.statuses.extend(
                text
                for column, cell in zip(self.columns, row, strict=False)
                if column.role == "status" and cell and (text := join_lines(cell.text.splitlines()))
            )


def add_row(columns: list[Column], row: list[Cell | None], page: int, into: list[Activity]) -> None:
    cells = list(zip(columns, row, strict=False))
    by_role: dict[Role, Cell] = {}
    for column, cell in cells:
        if cell is not None:
            by_role.setdefault(column.role, cell)
    listed = list_items(by_role["activity"].text) if "activity" in by_role else None
    if listed is not None:
        add_list_row(listed, cells, by_role, page, into)
        return
    lead_cell = by_role.get("lead")
    activity_cell = by_role.get("activity")
    leads = leads_of_lines(lead_cell.text.splitlines()) if lead_cell else []
    if lead_cell is None and into and activity_cell is not None and spans_down(cells, "lead"):
        leads = list(into[-1].leads)  # a merged lead cell: its lead is each row's it spans
    leads += [name for name in marked_units(cells) if name not in leads]
    lead = leads[0] if leads else None
    if activity_cell is not None and activity_cell.text.strip():
        number, text = split_number(join_lines(activity_cell.text.splitlines()))
        into.append(Activity(number=number, text=text, source=source(activity_cell, page)))
    if not into:
        return
    activity = into[-1]
    if activity_cell is None or not activity_cell.text.strip():
        continued_on(activity, row, page)
    activity.leads.extend(name for name in leads if name not in activity.leads)
    for column, cell in cells:
        if cell is None or column.role not in ("milestone", "target_date"):
            continue
        for text in cell_items(cell.text):
            period = column.period if column.role == "milestone" else normalise_period(text)
            milestone = Milestone(period=period, text=text, lead=lead or None)
            milestone.source = source(cell, page)
            activity.milestones.append(milestone)


def spans_down(cells: list[tuple[Column, Cell | None]], role: Role) -> bool:
    """Whether the row's cell of that role is one merged with the row above's."""
    return any(column.role == role and cell is None for column, cell in cells)


def add_list_row(
    listed: list[tuple[str | None, str]],
    cells: list[tuple[Column, Cell | None]],
    by_role: dict[Role, Cell],
    page: int,
    into: list[Activity],
) -> None:
    """A row whose activity cell holds a list (one row per goal): one activity per item, with
    the lead and date of the matching item of the lead and date cells."""
    where = source(by_role["activity"], page)
    leads = matching_leads(by_role.get("lead"), len(listed))
    dates = [
        matching_texts(cell, len(listed))
        for column, cell in cells
        if cell is not None and column.role == "target_date"
    ]
    for i, (number, text) in enumerate(listed):
        activity = Activity(number=number, text=text, source=where, leads=list(leads[i]))
        lead = activity.leads[0] if activity.leads else None
        for per_item in dates:
            for date in per_item[i]:
                milestone = Milestone(period=normalise_period(date), text=date, lead=lead)
                milestone.source = where
                activity.milestones.append(milestone)
        into.append(activity)


def list_items(text: str) -> list[tuple[str | None, str]] | None:
    """A cell's lines read as a list of two items or more, (number, text) each: a line opened
    by a bullet glyph, or by the next number of the first line's sequence ("1.", "2."),
    starts an item and the other lines wrap onto it (a number alone on its line, in a narrow
    cell, opens the item its next line starts); None when the first line opens no item or
    only one item is printed."""
    items: list[tuple[str | None, list[str]]] = []
    last: Enumerator | None = None
    for line in numbers_joined([line for line in text.splitlines() if line.strip()]):
        found = list_enumerator(line.strip())
        if found is not None and (not items or last is not None and follows(last, found)):
            items.append((found.value, [found.text]))
            last = found
        elif BULLET_LINE.match(line) and last is None:
            items.append((None, [BULLET_LINE.sub("", line)]))
        elif items:
            items[-1][1].append(line)
        else:
            return None
    if len(items) < 2:
        return None
    return [(number, join_lines(lines)) for number, lines in items]


def numbers_joined(lines: list[str]) -> list[str]:
    """The lines with each list number printed alone ("1.") joined to the line after it."""
    joined: list[str] = []
    for line in lines:
        if joined and is_number_alone(joined[-1]) and list_enumerator(f"{joined[-1]} {line}"):
            joined[-1] = f"{joined[-1].strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def matching_texts(cell: Cell | None, count: int) -> list[list[str]]:
    """A date cell beside a list of ``count`` items, one list of texts per item: its numbered
    or bulleted items, or its lines, when there are as many; one value printed once applies
    to every item; otherwise the values go with the items in order."""
    if cell is None or not cell.text.strip():
        return [[] for _ in range(count)]
    lines = [join_lines([line]) for line in cell.text.splitlines() if line.strip()]
    for texts in (
        [text for _, text in list_items(cell.text) or []],
        lines,
        cell_items(cell.text),
    ):
        if len(texts) == count:
            return [[text] for text in texts]
    if len(lines) == 1:
        return [list(lines) for _ in range(count)]
    return [[text] if text else [] for text in (lines + [""] * count)[:count]]


def matching_leads(cell: Cell | None, count: int) -> list[list[str]]:
    """A lead cell beside a list of ``count`` items, the leads of each item: its numbered or
    bulleted items, or its printed names (wrapped lines joined), when there are as many; a cell of
    one name, or of names that do not match the items one to one, applies to every item."""
    if cell is None or not cell.text.strip():
        return [[] for _ in range(count)]
    lines = cell.text.splitlines()
    items = [text for _, text in list_items(cell.text) or []]
    if len(items) == count:
        return [split_leads(text) for text in items]
    names = printed_names(lines)
    if len(names) == count:
        return [split_leads(name) for name in names]
    return [leads_of_lines(lines) for _ in range(count)]


def scorecard_goals(table: Table, page: int) -> list[Goal]:
    """A scorecard's rows as goals: a table whose header names two activity columns
    ("Objective ... Initiatives") holds one goal per row, titled by the first of them (a
    leading code like "IP2" is its number), with the later one's items as its activities
    (bullets, or clauses between semicolons) and the lead column as the goal's leads. A
    target cell that names a date is the milestone of a row's only activity; other targets
    and measures are no nodes."""
    columns = table_columns(table.rows)
    if columns is None:
        return []
    named = [i for i, column in enumerate(columns) if column.role == "activity"]
    if len(named) < 2:
        return []
    goals = []
    for row in table.rows[1:]:
        cells = {column.role: cell for column, cell in zip(columns, row, strict=False) if cell}
        title_cell = row[named[0]] if named[0] < len(row) else None
        if title_cell is None or not title_cell.text.strip():
            continue
        number, title = split_number(join_lines(title_cell.text.splitlines()))
        if number is None:
            number, title = strip_code(title)
        goal = Goal(number=number, title=title, source=source(title_cell, page))
        lead_cell = cells.get("lead")
        goal.leads = leads_of_lines(lead_cell.text.splitlines()) if lead_cell else []
        items_cell = row[named[-1]] if named[-1] < len(row) else None
        if items_cell is not None:
            goal.activities = scorecard_activities(items_cell, page)
        dated_target(goal, cells.get("target_date"), page)
        goals.append(goal)
    return goals


def scorecard_activities(cell: Cell, page: int) -> list[Activity]:
    """The activities of an initiatives cell, each with the fields printed after it."""
    found = []
    for item in scorecard_items(cell.text):
        text, fields = activity_fields(item)
        activity = Activity(text=text, source=source(cell, page))
        apply_to_activity(activity, fields, activity.source)
        found.append(activity)
    return found


def scorecard_items(text: str) -> list[str]:
    """An initiatives cell's items: its bullets, or, unbulleted, its clauses between
    semicolons."""
    items = cell_items(text)
    if len(items) == 1 and not BULLET_LINE.match(text):
        items = [part.strip() for part in items[0].split(";") if part.strip()]
    return items


def dated_target(goal: Goal, cell: Cell | None, page: int) -> None:
    """A target that names a date ("90% by June 2027") is the only activity's milestone."""
    if cell is None or len(goal.activities) != 1:
        return
    text = join_lines(cell.text.splitlines())
    period = normalise_period(text)
    if period is None:
        return
    activity = goal.activities[0]
    lead = activity.leads[0] if activity.leads else None
    milestone = Milestone(period=period, text=text, lead=lead)
    milestone.source = source(cell, page)
    activity.milestones.append(milestone)


def marked_units(cells: list[tuple[Column, Cell | None]]) -> list[str]:
    """The units a responsibility-matrix row marks as leads, in column order."""
    return [
        column.unit
        for column, cell in cells
        if column.unit and cell is not None and cell.text.strip() in column.lead_marks
    ]


def cell_items(text: str) -> list[str]:
    """A cell's bullet items as separate texts; unbulleted lines join their item."""
    items: list[list[str]] = []
    for line in text.splitlines():
        if BULLET_LINE.match(line) or not items:
            items.append([BULLET_LINE.sub("", line)])
        else:
            items[-1].append(line)
    return [joined for lines in items if (joined := join_lines(lines))]


def continued_on(activity: Activity, row: list[Cell | None], page: int) -> None:
    """A row group that runs onto another page keeps a source on each page it is printed."""
    first = next((cell for cell in row if cell is not None and cell.text.strip()), None)
    if first is None or activity.source is None or page in {s.page for s in activity.sources}:
        return
    if page != activity.source.page:
        activity.sources = activity.sources or [activity.source]
        activity.sources.append(source(first, page))


def source(cell: Cell, page: int) -> Source:
    x0, top, x1, bottom = (round(v, 1) for v in cell.bbox)
    return Source(page=page, bbox=(x0, top, x1, bottom), ocr_confidence=cell.ocr_confidence)
