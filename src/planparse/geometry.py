"""Boxes, gaps and groupings on the page: the geometry every stage shares.

Boxes are ``(x0, top, x1, bottom)`` in PDF points with a top-left origin, as pdfplumber reports
them. Tolerances are passed in by the caller, relative to the type size at hand, so nothing
here knows a document's units beyond points.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

BBox = tuple[float, float, float, float]
Span = tuple[float, float]  # a stretch on one axis: (where it starts, its width) or (start, end)
T = TypeVar("T")
SAME_ROW = 0.2  # of an item's height: tops this close are one row when nothing else orders them


def union(boxes: Iterable[BBox]) -> BBox:
    """The smallest box holding all the boxes (at least one)."""
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)
    return (min(x0s), min(tops), max(x1s), max(bottoms))


def centre_inside(box: BBox, outer: BBox) -> bool:
    """Whether a box's centre lies in ``outer``: a line belongs to the table it sits in."""
    x0, top, x1, bottom = outer
    centre_x, centre_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return x0 <= centre_x <= x1 and top <= centre_y <= bottom


def contains(outer: BBox, inner: BBox, slack: float = 0.0) -> bool:
    """Whether ``inner`` lies within ``outer`` widened by ``slack`` points on every side."""
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def overlap(a: BBox, b: BBox) -> float:
    """Area shared by two boxes (0 when they are apart)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def cluster(
    items: Iterable[T], key: Callable[[T], float], tolerance: Callable[[T, T], float]
) -> list[list[T]]:
    """Items sorted by ``key`` and grouped while each stays within ``tolerance(item, first)``
    of its group's first item: words into rows by their tops, with a tolerance that scales
    with the type size, so a row shifted by a fraction of a point stays one row."""
    groups: list[list[T]] = []
    for item in sorted(items, key=key):
        if groups and key(item) - key(groups[-1][0]) <= tolerance(item, groups[-1][0]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def widest_gap(spans: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """The widest empty stretch between spans ``(start, end)`` on one axis, as
    ``(where it starts, its width)``, the first of equals; None when the spans leave no gap."""
    gaps = all_gaps(spans)
    return gaps[0] if gaps else None


def all_gaps(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Every empty stretch between spans on one axis, widest first (ties top or left first)."""
    ordered = sorted(spans)
    found: list[tuple[float, float]] = []
    reach = ordered[0][1] if ordered else 0.0
    for start, end in ordered[1:]:
        if start > reach:
            found.append((reach, start - reach))
        reach = max(reach, end)
    return sorted(found, key=lambda gap: -gap[1])


def xy_cut(
    items: Sequence[T],
    box: Callable[[T], BBox],
    min_gutter: Callable[[Sequence[T]], float],
    keep_columns_together: Callable[[list[T], list[T]], bool] = lambda left, right: False,
) -> list[T]:
    """Items in reading order by recursive XY-cut: split at the widest whitespace gap, a column
    gutter (at least ``min_gutter(items)`` wide) before a row gap when it is as wide, unless
    ``keep_columns_together`` says the two sides are one block (a label/value table) or the
    two sides are not side by side (one wholly above the other: a heading's indented second
    line over the field line under it reads as rows)."""
    if len(items) <= 1:
        return list(items)
    boxes = [box(i) for i in items]  # each item's box and the gutter, once per region
    gutter = min_gutter(items)
    column = widest_gap((b[0], b[2]) for b in boxes)
    rows = all_gaps((b[1], b[3]) for b in boxes)
    across = (r for r in rows if not column_ends(boxes, r, gutter))
    row = next(across, rows[0] if rows else None)
    if (
        column
        and column[1] >= gutter
        and (not row or column[1] >= row[1] or heads_columns(boxes, row, column))
    ):
        left = [i for i in items if box(i)[2] <= column[0]]
        right = [i for i in items if box(i)[2] > column[0]]
        if not (row and stacked(left, right, box)) and not keep_columns_together(left, right):
            return xy_cut(left, box, min_gutter, keep_columns_together) + xy_cut(
                right, box, min_gutter, keep_columns_together
            )
    if row:
        upper = [i for i in items if box(i)[3] <= row[0]]
        lower = [i for i in items if box(i)[3] > row[0]]
        return xy_cut(upper, box, min_gutter, keep_columns_together) + xy_cut(
            lower, box, min_gutter, keep_columns_together
        )
    return by_rows(items, box)


def heads_columns(boxes: Sequence[BBox], row: Span, gap: Span) -> bool:
    """Whether what lies above a row gap is one row of column headers: level with each
    other, on both sides of a column gutter that runs down through them and the columns
    under them. Each header then reads with its column, however the gaps compare in width
    (the space under a header row may be wider than the gutter between its columns)."""
    upper = [b for b in boxes if b[3] <= row[0]]
    lower = [b for b in boxes if b[3] > row[0]]
    if not upper or max(b[1] for b in upper) >= min(b[3] for b in upper):
        return False
    sides = [[b[2] <= gap[0] for b in part] for part in (upper, lower)]
    return all(any(side) and not all(side) for side in sides)


def column_ends(boxes: Sequence[BBox], row: tuple[float, float], gutter: float) -> bool:
    """Whether a row gap is only where one column ends, not a break across the page: what
    lies on one side of it keeps to one column's width, and on the other side, nearer the gap
    than anything reaching across that column's edge, stand both that column and items a
    gutter clear of it (the other column, which ended at the gap)."""
    upper = [b for b in boxes if b[3] <= row[0]]
    lower = [b for b in boxes if b[3] > row[0]]
    return ends_beside(upper, lower, True, gutter) or ends_beside(lower, upper, False, gutter)


def ends_beside(columns: list[BBox], rest: list[BBox], above: bool, gutter: float) -> bool:
    """Whether ``columns`` (above or below ``rest``) holds, next to ``rest``, both the column
    ``rest`` keeps to and items a gutter clear of it."""
    left, right = min(b[0] for b in rest), max(b[2] for b in rest)
    across = [
        b[3] if above else b[1]
        for b in columns
        if b[0] < right and b[2] >= right + gutter or b[2] > left and b[0] <= left - gutter
    ]
    near = [
        b for b in columns if not across or (b[1] >= max(across) if above else b[3] <= min(across))
    ]
    beside = any(b[0] >= right + gutter or b[2] <= left - gutter for b in near)
    return beside and any(b[0] < right and b[2] > left for b in near)


def stacked(first: Sequence[T], other: Sequence[T], box: Callable[[T], BBox]) -> bool:
    """Whether one group lies wholly above the other: no height of the page holds both."""
    top_a, bottom_a = min(box(i)[1] for i in first), max(box(i)[3] for i in first)
    top_b, bottom_b = min(box(i)[1] for i in other), max(box(i)[3] for i in other)
    return bottom_a <= top_b or bottom_b <= top_a


def same_row(first: BBox, other: BBox) -> bool:
    height = min(first[3] - first[1], other[3] - other[1])
    return abs(other[1] - first[1]) <= SAME_ROW * height


def by_rows(items: Sequence[T], box: Callable[[T], BBox]) -> list[T]:
    """Items top to bottom, those on one row (tops within ``SAME_ROW`` of the lower height) left
    to right: a side heading set a fraction of a point lower than the text beside it comes first."""
    rows: list[list[T]] = []
    for item in sorted(items, key=lambda i: box(i)[1]):
        if rows and same_row(box(rows[-1][0]), box(item)):
            rows[-1].append(item)
        else:
            rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda i: box(i)[0])]


@dataclass(frozen=True)
class Orientation:
    """Where a page's reading frame lies on the page: whether text runs down the page rather
    than across it (``swap``), and whether it runs against the page's axes (the flips).

    The frame is that of the page's own text, so a landscape table set sideways (by the page's
    /Rotate or by its text matrix) reads left to right, top to bottom like a portrait page.
    """

    swap: bool = False
    flip_x: bool = False
    flip_y: bool = False

    @property
    def upright(self) -> bool:
        return not (self.swap or self.flip_x or self.flip_y)

    def size(self, width: float, height: float) -> tuple[float, float]:
        """The page's (width, height) in the reading frame."""
        return (height, width) if self.swap else (width, height)

    def point(self, x: float, top: float, width: float, height: float) -> tuple[float, float]:
        """A page point (on a page ``width`` by ``height``) in the reading frame."""
        across, down = (top, x) if self.swap else (x, top)
        frame_width, frame_height = self.size(width, height)
        return (
            frame_width - across if self.flip_x else across,
            frame_height - down if self.flip_y else down,
        )

    def box(self, box: BBox, width: float, height: float) -> BBox:
        x0, top = self.point(box[0], box[1], width, height)
        x1, bottom = self.point(box[2], box[3], width, height)
        return (min(x0, x1), min(top, bottom), max(x0, x1), max(top, bottom))


UPRIGHT = Orientation()


def text_orientation(baseline: tuple[float, float], down: tuple[float, float]) -> Orientation:
    """The reading frame of a glyph whose baseline and top-to-bottom direction point along
    these page vectors (x right, y down). A glyph skewed so far that its down direction lies
    along its baseline's axis reads as unmirrored text along that baseline."""
    swap = abs(baseline[1]) > abs(baseline[0])
    along, across = (1, 0) if swap else (0, 1)
    if abs(down[across]) <= abs(down[along]):
        down = (-baseline[1], baseline[0])  # a quarter turn clockwise on the page
    return Orientation(swap, baseline[along] < 0, down[across] < 0)


@lru_cache(maxsize=1024)
def matrix_orientation(a: float, b: float, c: float, d: float) -> Orientation:
    """The reading frame of a glyph from its text matrix's linear part (PDF axes, y up; the
    page's /Rotate in it already): its x axis is the baseline, its y axis points from the
    glyph's foot to its top. Asked per character, of the few matrices a document's type sizes
    and turns give."""
    return text_orientation(baseline=(a, -b), down=(-c, d))


def reading_frame(orientations: Iterable[Orientation]) -> Orientation:
    """The reading frame most of a page's printed characters share (one orientation per
    character; upright on a tie or when there is no text)."""
    votes: Counter[Orientation] = Counter(orientations)
    votes[UPRIGHT] += 0  # a page without text is upright (and the key breaks ties to it)
    return max(votes, key=lambda found: (votes[found], found.upright))
