"""Ruled tables from a page's ruling edges and characters, for the fast reader.

pdfplumber's table finder (its "lines" strategy with default settings, after Nurminen's thesis
and Tabula; pdfplumber is MIT-licensed) ported step by step: edges snapped to their neighbours'
average, collinear pieces joined, short ones dropped, crossings found, the smallest cell to the
lower right of each crossing, cells sharing a corner grouped into tables. Every step does the
arithmetic in pdfplumber's order, so its cells are pdfplumber's to the last bit (the parity tests
hold them side by side); it runs on plain tuples, and the fast reader need not load pdfplumber
(and pdfminer) for a page with rules. The reference reader keeps pdfplumber's own finder.
"""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from planparse.geometry import BBox
from planparse.reading import MAX_TABLE_AREA, MIN_TABLE_EDGES
from planparse.types import Cell, Table

SNAP = 3.0  # pdfplumber's snap, join and intersection tolerances, and its edge minimum lengths
JOIN = 3.0
CROSSING = 3.0
MIN_LENGTH_BEFORE = 1.0
MIN_LENGTH = 3.0

Point = tuple[float, float]


class Edge(NamedTuple):
    """A horizontal ("h") or vertical ("v") ruling edge; its length is kept as pdfplumber keeps
    it (a moved edge keeps its length, a joined one adds what it gained)."""

    x0: float
    top: float
    x1: float
    bottom: float
    width: float
    height: float
    orientation: str

    @property
    def length(self) -> float:
        return self.height if self.orientation == "v" else self.width

    @property
    def box(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> Edge:
    return Edge(x0, top, x1, bottom, x1 - x0, bottom - top, orientation)


def closed_sides(edges: Sequence[Edge]) -> list[Edge]:
    """Vertical edges closing a table ruled between its columns but not at its outer sides:
    where two or more horizontal rules that cross its verticals run on past the outermost of
    them to one end, an edge at that end from the top rule to the bottom one. Without it the
    finder, which needs a cell's four sides, drops the outer columns. Both readers add these
    edges after the page's own verticals, as pdfplumber adds explicit lines."""
    verticals = [e for e in edges if e.orientation == "v"]
    ends: dict[tuple[str, float], list[Edge]] = {}
    for rule in (e for e in edges if e.orientation == "h"):
        crossed = [v.x0 for v in verticals if crosses(v, rule)]
        if not crossed:
            continue
        if min(crossed) - rule.x0 > SNAP:
            ends.setdefault(("left", round(rule.x0)), []).append(rule)
        if rule.x1 - max(crossed) > SNAP:
            ends.setdefault(("right", round(rule.x1)), []).append(rule)
    found = []
    for (side, _), rules in ends.items():
        if len(rules) < 2:
            continue
        x = min(r.x0 for r in rules) if side == "left" else max(r.x1 for r in rules)
        found.append(edge(x, min(r.top for r in rules), x, max(r.bottom for r in rules), "v"))
    return found


def crosses(vertical: Edge, rule: Edge) -> bool:
    """Whether a vertical edge meets a horizontal one (within the crossing tolerance)."""
    return (
        rule.x0 - CROSSING <= vertical.x0 <= rule.x1 + CROSSING
        and vertical.top <= rule.top + CROSSING
        and vertical.bottom >= rule.top - CROSSING
    )


def find_table_cells(edges: Sequence[Edge]) -> list[list[BBox]]:
    """The cells of each table the edges draw, tables top to bottom, then left to right."""
    kept = [e for e in edges if e.orientation == "v" and e.length >= MIN_LENGTH_BEFORE] + [
        e for e in edges if e.orientation == "h" and e.length >= MIN_LENGTH_BEFORE
    ]
    merged = [e for e in merge_edges(kept) if e.length >= MIN_LENGTH]
    crossings = edges_to_crossings(merged)
    return cells_to_tables(crossings_to_cells(crossings))


def merge_edges(edges: list[Edge]) -> list[Edge]:
    """Edges within the snap tolerance of each other moved to their average, then those along
    one line joined where they meet or nearly meet."""
    snapped = snap(
        [e for e in edges if e.orientation == "v"], operator.attrgetter("x0"), along_x=True
    ) + snap([e for e in edges if e.orientation == "h"], operator.attrgetter("top"), along_x=False)

    def line_of(e: Edge) -> tuple[str, float]:
        return ("h", e.top) if e.orientation == "h" else ("v", e.x0)

    ordered = sorted(snapped, key=line_of)
    return [
        joined
        for (orientation, _), group in itertools.groupby(ordered, key=line_of)
        for joined in join_line(list(group), orientation)
    ]


def snap(edges: list[Edge], key: Callable[[Edge], float], *, along_x: bool) -> list[Edge]:
    """pdfplumber's ``snap_objects``: edges clustered by ``key`` (chained within the tolerance),
    each moved by the difference between its cluster's mean and its own value."""
    moved = []
    for cluster in clusters(edges, key):
        mean = sum(map(key, cluster)) / len(cluster)
        for e in cluster:
            shift = mean - key(e)
            if along_x:
                moved.append(e._replace(x0=e.x0 + shift, x1=e.x1 + shift))
            else:
                moved.append(e._replace(top=e.top + shift, bottom=e.bottom + shift))
    return moved


def clusters(edges: list[Edge], key: Callable[[Edge], float]) -> list[list[Edge]]:
    """pdfplumber's ``cluster_objects``: distinct values chained within the snap tolerance;
    clusters in value order, each keeping its edges' order."""
    number: dict[float, int] = {}
    last: float | None = None
    for value in sorted(set(map(key, edges))):
        if last is not None and value > last + SNAP:
            number[value] = number[last] + 1
        else:
            number[value] = number[last] if last is not None else 0
        last = value
    ordered = sorted(edges, key=lambda e: number[key(e)])
    return [list(group) for _, group in itertools.groupby(ordered, key=lambda e: number[key(e)])]


def join_line(edges: list[Edge], orientation: str) -> list[Edge]:
    """pdfplumber's ``join_edge_group``: edges along one line, joined where the next starts
    within the join tolerance of where the last ends."""
    start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
    edges.sort(key=operator.attrgetter(start))
    joined = [edges[0]]
    for e in edges[1:]:
        last = joined[-1]
        if getattr(e, start) <= getattr(last, end) + JOIN:
            if getattr(e, end) > getattr(last, end):
                joined[-1] = extended(last, getattr(e, end))
        else:
            joined.append(e)
    return joined


def extended(e: Edge, to: float) -> Edge:
    """pdfplumber's ``resize_object`` of an edge's far end: a horizontal edge's width becomes
    its new span, a vertical one's height grows by what it gained."""
    if e.orientation == "h":
        return e._replace(x1=to, width=to - e.x0)
    return e._replace(bottom=to, height=e.height + (to - e.bottom))


Crossings = dict[Point, tuple[set[BBox], set[BBox]]]  # vertical and horizontal edges there


def edges_to_crossings(edges: list[Edge]) -> Crossings:
    """Where a vertical edge meets a horizontal one (within the tolerance), with the boxes of
    the edges that meet there."""
    found: Crossings = {}
    verticals = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.x0, e.top))
    horizontals = sorted((e for e in edges if e.orientation == "h"), key=lambda e: (e.top, e.x0))
    for v in verticals:
        for h in horizontals:
            if crosses(v, h):
                upright, level = found.setdefault((v.x0, h.top), (set(), set()))
                upright.add(v.box)
                level.add(h.box)
    return found


def crossings_to_cells(crossings: Crossings) -> list[BBox]:
    """pdfplumber's ``intersections_to_cells``: from each crossing, the nearest crossings below
    and to the right joined to it by an edge, and the first pair whose far corner is a crossing
    joined to both, make the smallest cell there."""

    def joined(a: Point, b: Point) -> bool:
        if a[0] == b[0] and not crossings[a][0].isdisjoint(crossings[b][0]):
            return True
        return a[1] == b[1] and not crossings[a][1].isdisjoint(crossings[b][1])

    points = sorted(crossings)
    cells = []
    for index, point in enumerate(points[:-1]):
        rest = points[index + 1 :]
        below = [p for p in rest if p[0] == point[0]]
        right = [p for p in rest if p[1] == point[1]]
        cell = smallest_cell(point, below, right, crossings, joined)
        if cell is not None:
            cells.append(cell)
    return cells


def smallest_cell(
    point: Point,
    below: list[Point],
    right: list[Point],
    crossings: Crossings,
    joined: Callable[[Point, Point], bool],
) -> BBox | None:
    for under in below:
        if not joined(point, under):
            continue
        for beside in right:
            if not joined(point, beside):
                continue
            corner = (beside[0], under[1])
            if corner in crossings and joined(corner, beside) and joined(corner, under):
                return (point[0], point[1], corner[0], corner[1])
    return None


def cells_to_tables(cells: list[BBox]) -> list[list[BBox]]:
    """pdfplumber's ``cells_to_tables``: cells sharing a corner with a table's cells join it, in
    passes over the cells left until a pass adds none; tables of one cell are dropped."""
    remaining = list(cells)
    corners: set[Point] = set()
    current: list[BBox] = []
    tables = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            cell_corners = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in cell_corners):
                corners.update(cell_corners)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    ordered = sorted(tables, key=lambda table: min((c[1], c[0]) for c in table))
    return [table for table in ordered if len(table) > 1]


def table_rows(cells: list[BBox]) -> list[list[BBox | None]]:
    """pdfplumber's ``Table.rows``: cells grouped by their top, each row laid over every left
    edge of the table (None where the row has no cell starting there)."""
    lefts = sorted({cell[0] for cell in cells})
    rows = []
    for _, row_cells in itertools.groupby(
        sorted(cells, key=operator.itemgetter(1, 0)), operator.itemgetter(1)
    ):
        by_left = {cell[0]: cell for cell in row_cells}
        rows.append([by_left.get(left) for left in lefts])
    return rows


def bounds(boxes: Iterable[BBox | None]) -> BBox:
    present = [box for box in boxes if box is not None]
    return (
        min(b[0] for b in present),
        min(b[1] for b in present),
        max(b[2] for b in present),
        max(b[3] for b in present),
    )


def ruled_tables(
    width: float,
    height: float,
    edges: Sequence[Edge],
    chars: Sequence[Any],
    box_of: Callable[[Any], BBox],
    text_of: Callable[[list[Any]], str],
) -> list[Table]:
    """The page's tables drawn with ruling lines, two columns and two rows or more (a lone
    box is not one, nor a grid over most of the page), each cell's text read from the
    characters whose middle lies in it, in the page's order."""
    if len(edges) < MIN_TABLE_EDGES:
        return []
    edges = [*edges, *closed_sides(edges)]
    middles = sorted(
        ((top + bottom) / 2, (x0 + x1) / 2, n)
        for n, (x0, top, x1, bottom) in enumerate(map(box_of, chars))
    )
    heights = [middle for middle, _, _ in middles]
    tables = []
    for cells in find_table_cells(edges):
        x0, top, x1, bottom = bounds(cells)
        if (x1 - x0) * (bottom - top) > MAX_TABLE_AREA * width * height:
            continue
        rows = []
        for row in table_rows(cells):
            _, row_top, _, row_bottom = bounds(row)
            band = middles[bisect_left(heights, row_top) : bisect_left(heights, row_bottom)]
            rows.append([cell_of(box, band, chars, text_of) for box in row])
        if len(rows) < 2 or max(len(row) for row in rows) < 2:
            continue
        tables.append(Table(bbox=(x0, top, x1, bottom), rows=rows))
    return tables


def cell_of(
    box: BBox | None,
    band: list[tuple[float, float, int]],
    chars: Sequence[Any],
    text_of: Callable[[list[Any]], str],
) -> Cell | None:
    """A cell and its text: the characters whose middle lies in it, in page order."""
    if box is None:
        return None
    x0, top, x1, bottom = box
    inside = sorted(
        n for middle_y, middle_x, n in band if x0 <= middle_x < x1 and top <= middle_y < bottom
    )
    return Cell(text_of([chars[n] for n in inside]) if inside else "", box)
