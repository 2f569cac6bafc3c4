"""Tables drawn without ruling lines, found from their header row.

A row of two or more short line segments whose texts name table roles (an activity
column plus a milestone, date or lead column: columns.header_columns, or a lead column
beside an unnamed first one whose cells read as activities: columns.table_columns) starts
a table.
The header's left edges are the column edges; lines below belong to the column they
start in (a line the layout joined across an edge, such as a row number run into its text,
is cut where a word gap spans the edge), a blank-line gap starts a new row, and a line that
crosses a column edge, a big gap or a line left of the table ends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from planparse.columns import (
    Column,
    header_columns,
    implied_columns,
    matrix_header,
    table_columns,
)
from planparse.geometry import cluster, union
from planparse.types import Cell, Line, Table

MIN_COLUMNS = 2  # "Action | Lead": an activity column and one role column
SAME_ROW_EM = 0.45  # line tops within this many ems sit on one row
MAX_HEADER_WORDS = 6
ROW_GAP_EM = 0.5  # a gap above this many ems between lines starts a new row
END_GAP_EM = 2.5  # a gap above this ends the table...
SPACING_RATIO = 2.0  # ...unless the rows above were already spaced half as wide
ALIGNED_GAP_EM = 5.0  # ...or a full row at the column edges follows within twice that gap
HEADING_RATIO = 1.2  # a bold line this much larger than the header row is the next heading
EDGE_SLACK = 3.0  # points a line may start left of its column's edge
EDGE_GAP_EM = 1.0  # a word gap this wide that spans a column edge separates two cells
WIDE_SPACE_RATIO = 2.0  # ...as does one twice the line's usual space before a word at the edge


@dataclass
class Grid:
    edges: list[float]  # left edge of each column
    rows: list[list[list[Line]]]  # rows of columns of lines
    bands: set[int] = field(default_factory=set)  # rows printed across the table

    def column_of(self, line: Line) -> int | None:
        """The column a line starts in, or None when it crosses into the next column."""
        index = max(
            (i for i, edge in enumerate(self.edges) if line.x0 >= edge - EDGE_SLACK), default=None
        )
        if index is None:
            return None
        if index + 1 < len(self.edges) and line.x1 > self.edges[index + 1] + EDGE_SLACK:
            return None
        return index

    def fit(self, line: Line) -> list[Line] | None:
        """The line as cell pieces, each within one column; None when it crosses an edge."""
        pieces = [line] if self.column_of(line) is not None else self.cut_at_edges(line)
        return None if any(self.column_of(piece) is None for piece in pieces) else pieces

    def cut_at_edges(self, line: Line) -> list[Line]:
        """The line cut into one piece per column where wide word gaps span the column edges
        (an em, or twice the line's usual space before a word that starts at the edge); the
        line whole when an edge runs through a word or an ordinary space."""
        pieces = [[line.words[0]]]
        pairs = list(zip(line.words, line.words[1:], strict=False))
        gaps = [right.x0 - left.x1 for left, right in pairs]
        usual = median(gaps) if gaps else 0.0
        for (left, right), gap in zip(pairs, gaps, strict=True):
            spans = [
                edge
                for edge in self.edges
                if left.x0 < edge - EDGE_SLACK
                and left.x1 < edge + EDGE_SLACK
                and right.x0 >= edge - EDGE_SLACK
            ]
            wide = gap > EDGE_GAP_EM * min(left.size, right.size)
            at_edge = any(abs(right.x0 - edge) <= EDGE_SLACK for edge in spans)
            if spans and (wide or at_edge and gap > WIDE_SPACE_RATIO * usual):
                pieces.append([right])
            else:
                pieces[-1].append(right)
        if len(pieces) == 1:
            return [line]
        first = Line(line.page, pieces[0], marker=line.marker, marker_x0=line.marker_x0)
        return [first, *(Line(line.page, words) for words in pieces[1:])]


def find_text_tables(lines: list[Line]) -> list[Table]:
    """Unruled tables on one page, each as the same Table structure ruled tables use."""
    tables = []
    used: set[int] = set()
    for found in header_rows(lines):
        if any(id(line) in used for line in found):
            continue
        header, wraps = with_wrapped_labels(found, lines)
        grid, members = grow(header, [line for line in lines if line not in wraps])
        table = to_table(header, grid) if grid.rows else None
        if table is not None and table_columns(table.rows) is not None:
            tables.append(table)
            used.update(id(line) for line in [*found, *wraps, *members])
    return tables


def with_wrapped_labels(header: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header row with the labels that wrap onto a second line ("Special" over
    "Operations"): a line just under a bold label, starting at its edge, in its type and alone
    under it is the rest of that label (body cells are set unlike a bold header). Returns the
    header and the wrap lines it took."""
    joined, wraps = [], []
    for label in header:
        under = [
            line
            for line in lines
            if label.bold
            and 0 <= line.top - label.bottom <= ROW_GAP_EM * label.size
            and abs(line.x0 - label.x0) <= EDGE_SLACK
            and (line.size, line.bold) == (label.size, label.bold)
            and is_label(line.text)
        ]
        if len(under) == 1:
            wraps.append(under[0])
            label = Line(label.page, [*label.words, *under[0].words])
        joined.append(label)
    return joined, wraps


def header_rows(lines: list[Line]) -> list[list[Line]]:
    rows = cluster(
        lines,
        key=lambda line: line.top,
        tolerance=lambda line, first: SAME_ROW_EM * min(line.size, first.size),
    )
    candidates = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        short = all(is_label(line.text) and not line.marker for line in row)
        if short and len(row) >= MIN_COLUMNS and is_header(cells_of(row)):
            candidates.append(row)
    return sorted(candidates, key=lambda row: row[0].top)


def is_header(cells: list[Cell | None]) -> bool:
    """A row of labels that heads a table: mostly role words ("#", "Ref.", "Notes" columns
    allowed), or an activity column beside unit names (a matrix: its body must show marks)."""
    columns = labelled_columns(cells) or []
    others = sum(column.role == "other" for column in columns)
    return bool(columns) and others * 2 < len(columns) or matrix_header(cells) is not None


def labelled_columns(cells: list[Cell | None]) -> list[Column] | None:
    """A header row's column roles, named or implied (a table confirms the implied ones)."""
    return header_columns(cells) or implied_columns(cells)


def is_label(text: str) -> bool:
    """A column label: a few words that start like a title, not a field ("Owner: X") or the
    middle of a sentence ("the plan period, not just")."""
    return len(text.split()) <= MAX_HEADER_WORDS and ":" not in text and not text[:1].islower()


def cells_of(row: list[Line]) -> list[Cell | None]:
    return [Cell(line.text, line.bbox) for line in row]


def grow(header: list[Line], lines: list[Line]) -> tuple[Grid, list[Line]]:
    """Take the lines below the header, row by row, until the table visibly ends."""
    grid = Grid(edges=[line.x0 for line in header], rows=[])
    row_bottom = max(line.bottom for line in header)
    members: list[Line] = []
    below = sorted((ln for ln in lines if ln.top > row_bottom), key=lambda ln: (ln.top, ln.x0))
    widest = 0.0  # the widest gap between rows so far: a table spaced out keeps its spacing
    last_in: dict[int, tuple[int, Line]] = {}  # each column's last line and the row it is in
    for index, whole in enumerate(below):
        gap = whole.top - row_bottom
        pieces = grid.fit(whole)
        spaced = gap > END_GAP_EM * whole.size and gap > SPACING_RATIO * widest
        aligned = gap <= ALIGNED_GAP_EM * whole.size and is_aligned_row(whole, grid, below[index:])
        if spaced and not aligned:
            break
        widest = max(widest, gap)
        # a bold line larger than the header ends the table, unless it is a cell: beside
        # other cells on its row, or wrapping the cell of its column just above it (a lead
        # set in bold beside its action, on two or three lines)
        column = grid.column_of(whole)
        above = last_in.get(column) if column is not None else None
        wraps = above is not None and whole.top - above[1].bottom <= ROW_GAP_EM * whole.size
        alone = len(row_at(whole, below)) == 1
        heading = is_heading(whole, header) and alone and not wraps
        banner = pieces is None or heading or bold_over_cells(whole, grid, below[index:])
        if banner and is_band(whole, grid, below[index:], header):
            grid.bands.add(len(grid.rows))
            grid.rows.append([[whole], *([] for _ in grid.edges[1:])])
        elif pieces is None or heading:
            if heading and kicker_of(whole, grid, members):
                grid.rows.pop()
                members.pop()
            break
        else:
            place(grid, pieces, gap > ROW_GAP_EM * whole.size, last_in)
        row_bottom = max(row_bottom, whole.bottom)
        members.append(whole)
    while grid.rows and len(grid.rows) - 1 in grid.bands:  # a band must head some rows
        grid.bands.discard(len(grid.rows) - 1)
        grid.rows.pop()
        members.pop()
    return grid, members


def kicker_of(heading: Line, grid: Grid, members: list[Line]) -> bool:
    """Whether the table's last row is one line set closer to the heading after the table
    than to the row above it: that heading's kicker ("FOCUS AREA IV" over its title)."""
    if len(members) < 2 or not grid.rows or len(grid.rows) - 1 in grid.bands:
        return False
    last, before = members[-1], members[-2]
    alone = sum(len(cell) for cell in grid.rows[-1]) == 1
    return alone and heading.top - last.bottom < last.top - before.bottom


def place(
    grid: Grid, pieces: list[Line], gap_above: bool, last_in: dict[int, tuple[int, Line]]
) -> None:
    """Put a line's pieces in their columns. A piece that follows its column's last line
    closely wraps that cell, even in an earlier row (an objective printed once beside several
    actions); a new row starts after a gap, after a band, or when a column that already has
    a line in this row starts another after a gap of its own."""

    def wraps(column: int, piece: Line) -> bool:
        found = last_in.get(column)
        return found is not None and piece.top - found[1].bottom <= ROW_GAP_EM * piece.size

    columns = [grid.column_of(piece) or 0 for piece in pieces]
    after_band = bool(grid.rows) and len(grid.rows) - 1 in grid.bands
    restarts = any(
        grid.rows and grid.rows[-1][column] and not wraps(column, piece)
        for column, piece in zip(columns, pieces, strict=True)
    )
    if not grid.rows or after_band or gap_above or restarts:
        grid.rows.append([[] for _ in grid.edges])
    for column, piece in zip(columns, pieces, strict=True):
        found = last_in.get(column)
        row = found[0] if found is not None and wraps(column, piece) and not gap_above else None
        row = len(grid.rows) - 1 if row is None or row in grid.bands else row
        grid.rows[row][column].append(piece)
        last_in[column] = (row, piece)


def is_heading(line: Line, header: list[Line]) -> bool:
    """A bold line set larger than the header row: a band, or the heading after the table."""
    return line.bold and line.size > HEADING_RATIO * header[0].size


def bold_over_cells(line: Line, grid: Grid, rest: list[Line]) -> bool:
    """A bold line over rows whose first cell is not bold: set unlike the cells, it may be a
    band in body size short enough to fit the first column."""
    cell = next((ln for ln in rest if ln.top > line.bottom and grid.column_of(ln) == 0
                 and len(row_at(ln, rest)) > 1), None)  # fmt: skip
    return line.bold and cell is not None and not cell.bold


def is_band(line: Line, grid: Grid, rest: list[Line], header: list[Line]) -> bool:
    """A line printed across the table from its left edge, alone on its row, that heads a
    row of several cells (a goal or initiative band inside an unruled table): a heading
    or paragraph after the table is followed by prose or another header row instead."""
    if abs(line.x0 - grid.edges[0]) > line.size or len(row_at(line, rest)) > 1:
        return False
    following = [ln for ln in rest if ln.top > line.bottom]
    if not following or following[0].top - line.bottom > END_GAP_EM * line.size:
        return False
    row = row_at(following[0], following)
    pieces = [piece for ln in row if (fitted := grid.fit(ln)) for piece in fitted]
    banner = pieces == [] or is_heading(row[0], header) or bold_over_cells(row[0], grid, following)
    if len(row) == 1 and banner:
        return is_band(row[0], grid, following, header)  # a goal band over an initiative band
    fits = len(pieces) >= 2 and all(grid.fit(ln) for ln in row)
    return fits and header_columns(cells_of(pieces)) is None and not repeats(pieces, header)


def repeats(row: list[Line], header: list[Line]) -> bool:
    """Whether a row prints the header's labels again: the next table's header (the header
    of a responsibility matrix names units, not roles, so its roles cannot tell)."""
    return [line.text for line in row] == [line.text for line in header]


def is_aligned_row(line: Line, grid: Grid, rest: list[Line]) -> bool:
    """Whether a line starts a full row of the table: two or more lines on its row, each
    starting at the edge of a column of its own, the first column among them, and no header.
    Such a row continues the table after a wider gap (tall rows under a one-line first row)."""
    row = row_at(line, rest)
    columns = [grid.column_of(ln) for ln in row]
    if len(row) < 2 or 0 not in columns or None in columns or len(set(columns)) < len(row):
        return False
    at_edges = all(
        abs(ln.x0 - grid.edges[c]) <= EDGE_SLACK
        for ln, c in zip(row, columns, strict=True)
        if c is not None
    )
    return at_edges and labelled_columns(cells_of(sorted(row, key=lambda ln: ln.x0))) is None


def row_at(line: Line, lines: list[Line]) -> list[Line]:
    """The lines printed on the same row as ``line``."""
    return [ln for ln in lines if abs(ln.top - line.top) <= SAME_ROW_EM * line.size]


def to_table(header: list[Line], grid: Grid) -> Table:
    rows: list[list[Cell | None]] = [cells_of(header)]
    for number, row in enumerate(grid.rows):
        if number in grid.bands:
            rows.append([cell_of(row[0]), *(None for _ in row[1:])])
        else:
            rows.append([cell_of(column) for column in row])
    every = [*header, *(line for row in grid.rows for column in row for line in column)]
    return Table(bbox=union(line.bbox for line in every), rows=rows)


def cell_of(lines: list[Line]) -> Cell:
    if not lines:
        return Cell("", (0.0, 0.0, 0.0, 0.0))
    text = "\n".join(line.text if not line.marker else f"• {line.text}" for line in lines)
    return Cell(text, union(line.bbox for line in lines), ocr_confidence(lines))


def ocr_confidence(lines: list[Line]) -> float | None:
    """Letter-weighted mean confidence of the OCR'd words of some lines; None for text."""
    read = [(w.confidence, len(w.text)) for line in lines for w in line.words if w.ocr]
    letters = sum(count for _, count in read)
    if not letters:
        return None
    return round(sum((conf or 0.0) * count for conf, count in read) / letters, 1)
