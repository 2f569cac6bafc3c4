"""Zebra-striped tables: the rows printed without a fill between the filled ones.

A table drawn by cell fills alone, with no rules, reaches the ruling finder only where its rows
are filled: the rows between them (every other row, and the row after a filled band) are plain
text under it. Those rows are read back from the lines that stand in the table's columns, down
to the next filled row across the table's width, or down the run of lines that follows it.
A table whose first row under the header is unfilled reaches it as its header row alone: the
fills side by side on one band of the page, read as a one-row table.
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
    table = cells_down_their_rows(table, lines)
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
            found = unfilled_rows(between, columns, (y, fill[1]))
            if found is None:
                break
            rows += found
        held = [line for line in free if centre_inside(line.bbox, fill)]
        rows.append(filled_row(held, columns, fill))
        y = fill[3]
    below = [line for line in lines if line.top >= y - EDGE and line.x0 < x1 and line.x1 > x0]
    trailing = run_below(sorted(below, key=lambda line: (line.top, line.x0)), columns, y)
    end = max((line.bottom for line in trailing), default=y)
    rows += unfilled_rows(trailing, columns, (y, end)) or []
    if len(rows) == len(table.rows):
        return table
    boxes = [cell.bbox for row in rows for cell in row if cell is not None]
    return Table(bbox=union([table.bbox, *boxes]), rows=rows)


def cells_down_their_rows(table: Table, lines: list[Line]) -> Table:
    """The table with each cell reaching down to its row's tallest cell, taking the lines
    under it that no cell holds: a group cell filled down the sub-rows it spans, beside fills
    of its first sub-row only, draws a grid whose short cells leave the other sub-rows out."""
    cells = [cell for row in table.rows for cell in row if cell is not None]
    loose = [line for line in lines if not any(centre_inside(line.bbox, c.bbox) for c in cells)]
    rows = []
    for row in table.rows:
        bottom = max((cell.bbox[3] for cell in row if cell is not None), default=0.0)
        rows.append([cell and reach_down(cell, bottom, loose) for cell in row])
    return table if rows == table.rows else Table(bbox=table.bbox, rows=rows)


def reach_down(cell: Cell, bottom: float, loose: list[Line]) -> Cell:
    """The cell down to ``bottom``, with the loose lines under it."""
    x0, top, x1, end = cell.bbox
    under = [line for line in loose if centre_inside(line.bbox, (x0, end, x1, bottom))]
    if not under:
        return cell
    texts = [cell.text] if cell.text else []
    texts += [line.text for line in sorted(under, key=lambda line: (line.top, line.x0))]
    return Cell("\n".join(texts), (x0, top, x1, bottom), cell.ocr_confidence)


def filled_bands(frames: list[BBox], lines: list[Line], tables: list[Table]) -> list[Table]:
    """Rows of fills side by side, each holding text, outside the ruled tables: one-row tables
    (a filled header row with no filled row touching it is no ruled grid)."""
    outside = [f for f in frames if not any(centre_inside(f, t.bbox) for t in tables)]
    found = []
    for boxes in bands_of(outside):
        boxes = sorted(set(boxes))
        touching = all(abs(b[0] - a[2]) <= EDGE for a, b in zip(boxes, boxes[1:], strict=False))
        if len(boxes) < MIN_COLUMNS or not touching:
            continue
        row: list[Cell | None] = [Cell(held_text(lines, box), box) for box in boxes]
        if all(cell is not None and cell.text for cell in row):
            found.append(Table(bbox=union(boxes), rows=[row]))
    return sorted(found, key=lambda table: table.bbox[1])


def bands_of(frames: list[BBox]) -> list[list[BBox]]:
    """Fills grouped by the band of the page they span (same top and bottom, to the point),
    in the order their bands are first met."""
    bands: dict[tuple[int, int], list[BBox]] = {}
    for frame in frames:
        bands.setdefault((round(frame[1]), round(frame[3])), []).append(frame)
    return list(bands.values())


def held_text(lines: list[Line], box: BBox) -> str:
    """The text of the lines whose centre lies in the box, top to bottom."""
    held = [line for line in lines if centre_inside(line.bbox, box)]
    return "\n".join(line.text for line in sorted(held, key=lambda line: line.top))


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
    below = [f for f in frames if f[1] >= bottom - EDGE and f[0] >= x0 - EDGE and f[2] <= x1 + EDGE]
    fills = [union(boxes) for boxes in bands_of(below)]
    across = [f for f in fills if f[0] <= x0 + EDGE and f[2] >= x1 - EDGE and f[3] > f[1]]
    return sorted(across, key=lambda f: f[1])


def run_below(lines: list[Line], columns: list[tuple[float, float]], top: float) -> list[Line]:
    """The lines from ``top`` down, of those across the table's width, while each stands in
    the columns and starts within a row gap of those above, or opens a row: lines level with
    it in two columns or more (the padding between unruled rows is wider than a row gap)."""
    run: list[Line] = []
    reach = top
    for line in lines:
        if column_parts(line, columns) is None:
            break
        if line.top - reach > ROW_GAP * line.size and not opens_row(line, lines, columns):
            break
        run.append(line)
        reach = max(reach, line.bottom)
    return run


def opens_row(line: Line, lines: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Whether the lines level with this one stand in two columns or more."""
    level = [other for other in lines if abs(other.top - line.top) <= EDGE]
    held = {column for other in level for column, _ in column_parts(other, columns) or []}
    return len(held) >= MIN_COLUMNS


def unfilled_rows(
    lines: list[Line], columns: list[tuple[float, float]], span: tuple[float, float]
) -> list[list[Cell | None]] | None:
    """The rows of a run of unfilled lines, one for each paragraph of the first column (a
    goal cell beside the rows it spans opens each group); None if one is no row."""
    tops = [span[0], *paragraph_tops(lines, columns), span[1]]
    rows = []
    for top, bottom in zip(tops, tops[1:], strict=False):
        held = [line for line in lines if top - EDGE <= line.top < bottom - EDGE]
        row = unfilled_row(held, columns, (top, bottom))
        if row is None:
            return None
        rows.append(row)
    return rows


def first_column(line: Line, columns: list[tuple[float, float]]) -> bool:
    """Whether the line starts in the table's first column."""
    parts = column_parts(line, columns)
    return parts is not None and len(parts) > 0 and parts[0][0] == 0


def paragraph_tops(lines: list[Line], columns: list[tuple[float, float]]) -> list[float]:
    """Where the first column's text opens a paragraph after its first: a line of it starting
    more than a row gap below the one above."""
    first = [line for line in lines if first_column(line, columns)]
    return [
        line.top
        for above, line in zip(first, first[1:], strict=False)
        if line.top - above.bottom > ROW_GAP * line.size
    ]


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
