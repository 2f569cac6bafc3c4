"""Boxes, gaps and groupings on the page: the geometry every stage shares.

Boxes are ``(x0, top, x1, bottom)`` in PDF points with a top-left origin, as pdfplumber reports
them. Tolerances are passed in by the caller, relative to the type size at hand, so nothing
here knows a document's units beyond points.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

BBox = tuple[float, float, float, float]
T = TypeVar("T")


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
    ``(where it starts, its width)``; None when the spans leave no gap between them."""
    ordered = sorted(spans)
    if not ordered:
        return None
    best: tuple[float, float] | None = None
    reach = ordered[0][1]
    for start, end in ordered[1:]:
        if start > reach and (best is None or start - reach > best[1]):
            best = (reach, start - reach)
        reach = max(reach, end)
    return best


def xy_cut(
    items: Sequence[T],
    box: Callable[[T], BBox],
    min_gutter: Callable[[Sequence[T]], float],
    keep_columns_together: Callable[[list[T], list[T]], bool] = lambda left, right: False,
) -> list[T]:
    """Items in reading order by recursive XY-cut: split at the widest whitespace gap, a column
    gutter (at least ``min_gutter(items)`` wide) before a row gap when it is as wide, unless
    ``keep_columns_together`` says the two sides are one block (a label/value table)."""
    if len(items) <= 1:
        return list(items)
    column = widest_gap((box(i)[0], box(i)[2]) for i in items)
    row = widest_gap((box(i)[1], box(i)[3]) for i in items)
    if column and column[1] >= min_gutter(items) and (not row or column[1] >= row[1]):
        left = [i for i in items if box(i)[2] <= column[0]]
        right = [i for i in items if box(i)[2] > column[0]]
        if not keep_columns_together(left, right):
            return xy_cut(left, box, min_gutter, keep_columns_together) + xy_cut(
                right, box, min_gutter, keep_columns_together
            )
    if row:
        upper = [i for i in items if box(i)[3] <= row[0]]
        lower = [i for i in items if box(i)[3] > row[0]]
        return xy_cut(upper, box, min_gutter, keep_columns_together) + xy_cut(
            lower, box, min_gutter, keep_columns_together
        )
    return sorted(items, key=lambda i: (box(i)[1], box(i)[0]))
