"""Zebra-striped tables: the rows printed without a fill between the filled ones.

A table drawn by cell fills alone, with no rules, reaches the ruling finder only where its rows
are filled: the rows between them (every other row, and the row after a filled band) are plain
text under it. Those rows are read back from the lines that stand in the table's columns, down
to the next filled row across the table's width, or down the run of lines that follows it.
"""

from __future__ import annotations

from planparse.geometry import BBox, centre_inside, union
from planparse.types import Cell, Line, Table, Word

EDGE = 2.0  # points a fill or a line may stand off a column's edge and still meet it
ROW_GAP = 1.2  # ems of white between a row's lines and the line above, at most
MIN_COLUMNS = 2  # a row prints text in at least this many columns
CELL_GAP = 0.8  # ems between the words of two cells printed on one line, at least
CELL_INSET = 1.0  # ems from a column's left edge to its text, at most


def with_unfilled_rows(table: Table, lines: list[Line], frames: list[BBox]) -> Table:
    """The table with the unfilled rows under it, and the filled rows that alternate with
    them, read in; the table unchanged when the text under it is not in its columns."""
    columns = column_edges(table)
    if columns is None:
        return table
    x0, _, x1, bottom = table.bbox
    free = sorted(
        (line for line in lines if line.top >= bottom - EDGE and line.x0 >= x0 - EDGE),
        key=lambda line: (line.top, line.x0),
    )
    rows = list(table.rows)
    y = bottom
    for fill in row_fills(frames, table):
        if fill[1] > y + EDGE:
            between = [line for line in free if y - EDGE <= line.top and line.bottom <= fill[1]]
            row = unfilled_row(between, columns, (y, fill[1]))
            if row is None:
                break
            rows.append(row)
        held = [line for line in free if centre_inside(line.bbox, fill)]
        rows.append(filled_row(held, columns, fill))
        y = fill[3]
    trailing = run_below([line for line in free if line.top >= y - EDGE], columns, y)
    row = unfilled_row(trailing, columns, (y, max((line.bottom for line in trailing), default=y)))
    if row is not None:
        rows.append(row)
    if len(rows) == len(table.rows):
        return table
    boxes = [cell.bbox for row in rows for cell in row if cell is not None]
    return Table(bbox=union([table.bbox, *boxes]), rows=rows)


def column_edges(table: Table) -> list[tuple[float, float]] | None:
    """Each column's left and right edge, from a header row with every cell its own."""
    header = table.rows[0]
    if len(header) < MIN_COLUMNS or any(cell is None for cell in header):
        return None
    return [(cell.bbox[0], cell.bbox[2]) for cell in header if cell is not None]


def row_fills(frames: list[BBox], table: Table) -> list[BBox]:
    """The filled rows under the table: fills side by side on one band of the page that
    reach from its left edge to its right, top to bottom."""
    x0, _, x1, bottom = table.bbox
    bands: dict[tuple[int, int], list[BBox]] = {}
    for frame in frames:
        if frame[1] >= bottom - EDGE and frame[0] >= x0 - EDGE and frame[2] <= x1 + EDGE:
            bands.setdefault((round(frame[1]), round(frame[3])), []).append(frame)
    fills = [union(boxes) for boxes in bands.values()]
    across = [f for f in fills if f[0] <= x0 + EDGE and f[2] >= x1 - EDGE and f[3] > f[1]]
    return sorted(across, key=lambda f: f[1])


def run_below(lines: list[Line], columns: list[tuple[float, float]], top: float) -> list[Line]:
    """The lines from ``top`` down while each stands in the columns and starts within a row
    gap of those above."""
    run: list[Line] = []
    reach = top
    for line in lines:
        if line.top - reach > ROW_GAP * line.size or column_parts(line, columns) is None:
            break
        run.append(line)
        reach = max(reach, line.bottom)
    return run


def unfilled_row(
    lines: list[Line], columns: list[tuple[float, float]], span: tuple[float, float]
) -> list[Cell | None] | None:
    """One row of cells from lines that stand in the columns, in two columns at least."""
    cells = column_cells(lines, columns, span)
    if cells is None or sum(1 for cell in cells if cell.text) < MIN_COLUMNS:
        return None
    return list(cells)


def filled_row(
    lines: list[Line], columns: list[tuple[float, float]], fill: BBox
) -> list[Cell | None]:
    """A filled row: cells by column, or one band across the table (its text runs across
    the columns or stands in one column only), the others merged into it."""
    cells = column_cells(lines, columns, (fill[1], fill[3]))
    if cells is not None and sum(1 for cell in cells if cell.text) >= MIN_COLUMNS:
        return list(cells)
    text = "\n".join(line.text for line in lines)
    return [Cell(text, fill), *[None] * (len(columns) - 1)]


def column_cells(
    lines: list[Line], columns: list[tuple[float, float]], span: tuple[float, float]
) -> list[Cell] | None:
    """The lines sorted into their columns' cells (a line over two cells cut at the gap
    between them); None if a line runs across a column edge."""
    texts: list[list[str]] = [[] for _ in columns]
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        parts = column_parts(line, columns)
        if parts is None:
            return None
        for column, text in parts:
            texts[column].append(text)
    return [
        Cell("\n".join(held), (left, span[0], right, span[1]))
        for held, (left, right) in zip(texts, columns, strict=True)
    ]


def column_parts(line: Line, columns: list[tuple[float, float]]) -> list[tuple[int, str]] | None:
    """A line's words by the column each stands in, as (column, text): a line printed over
    two cells has a gap wider than a space where it crosses their edge, and the second cell's
    text starts at its padding; None for a line that runs across an edge or out of the
    columns."""
    parts: list[tuple[int, list[Word]]] = []
    for word in line.words:
        column = next(
            (i for i, (left, right) in enumerate(columns)
             if word.x0 >= left - EDGE and word.x1 <= right + EDGE),
            None,
        )  # fmt: skip
        if column is None:
            return None
        if parts and parts[-1][0] == column:
            parts[-1][1].append(word)
            continue
        inset = word.x0 - columns[column][0]
        if parts and (
            word.x0 - parts[-1][1][-1].x1 < CELL_GAP * line.size or inset > CELL_INSET * line.size
        ):
            return None
        parts.append((column, [word]))
    return [(column, " ".join(word.text for word in words)) for column, words in parts]
