"""Pages of words -> text lines in reading order, running headers and footers set aside.

A "line" here is a horizontal run of words with no wide gap: a row of a two-column
page is two lines. Reading order comes from a recursive XY-cut over those lines,
so columns are read top to bottom before the next column starts.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from planparse.pdf import Document, Mark, PageContent, Table
from planparse.tables import header_columns
from planparse.text_tables import find_text_tables
from planparse.words import Word

BULLET_GLYPHS = frozenset("•●◦▪■□◆◇►▸‣⁃∙·○❖➢➤✓✔-–—*\uf0b7\uf0a7\uf076\uf0d8")
CID_BULLET = re.compile(r"^\(cid:\d+\)$")
DROP_CAP_RATIO = 1.8
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I)
ENUMERATOR = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Za-z][.)]|\(?[a-z0-9]{1,3}\))$")


@dataclass(frozen=True)
class LayoutSettings:
    word_gap_em: float = 1.0  # a wider gap between words starts a new line segment
    same_row_em: float = 0.45  # word tops within this many ems sit on one row
    margin_band: float = 0.09  # share of page height where running headers/footers live
    column_gap_em: float = 0.8  # narrowest gutter that separates columns
    aligned_rows: float = 0.8  # share of label rows aligned with values: a table, not columns
    marker_reach: float = 24.0  # points between a bullet shape and its text


DEFAULT_LAYOUT = LayoutSettings()


@dataclass
class Line:
    """Words on one row with no wide gap; they never change, so their text and style are
    worked out once (blocks and XY-cut ask for them thousands of times per page)."""

    page: int
    words: list[Word]
    marker: str | None = None  # a bullet glyph, or "•" for a bullet drawn as a shape
    marker_x0: float | None = None  # where the marker is printed: wrapped lines may align there
    role: str = "body"  # body | header | footer
    x0: float = field(init=False)
    top: float = field(init=False)
    x1: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.x0 = min(w.x0 for w in self.words)
        self.top = min(w.top for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.bottom = max(w.bottom for w in self.words)

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def size(self) -> float:
        """The size most of the line's characters are set in."""
        weights: Counter[float] = Counter()
        for word in self.words:
            weights[round(word.size, 1)] += len(word.text)
        return weights.most_common(1)[0][0]

    @cached_property
    def bold(self) -> bool:
        return sum(len(w.text) for w in self.words if w.bold) > 0.6 * len(self.text)

    @cached_property
    def italic(self) -> bool:
        return sum(len(w.text) for w in self.words if w.italic) > 0.6 * len(self.text)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]  # body lines in reading order, table text excluded
    dropped: list[Line]  # running headers, footers and page numbers
    tables: list[Table] = field(default_factory=list)


def lay_out(document: Document, settings: LayoutSettings = DEFAULT_LAYOUT) -> list[PageLayout]:
    pages = [(page, page_lines(page, settings)) for page in document.pages]
    repeated = repeated_margin_texts(pages, settings)
    layouts = []
    previous: list[Table] = []
    for page, lines in pages:
        body, dropped = [], []
        for line in lines:
            role = margin_role(line, page, settings)
            if role and (mask_digits(line.text) in repeated or PAGE_NUMBER.match(line.text)):
                line.role = role
                dropped.append(line)
            elif not any(inside(line, table) for table in page.tables):
                body.append(line)
        tables = plan_tables(page.tables, previous) + find_text_tables(body)
        previous = tables
        body = [line for line in body if not any(inside(line, t) for t in tables)]
        ordered = xy_cut(body, settings)
        layouts.append(PageLayout(page.number, page.width, page.height, ordered, dropped, tables))
    return layouts


def page_lines(page: PageContent, settings: LayoutSettings) -> list[Line]:
    lines = [
        Line(page.number, join_drop_cap(segment))
        for row in rows_of(page.words, settings)
        for segment in split_at_gaps(row, settings)
    ]
    lines = attach_marker_segments(lines)
    attach_shape_markers(lines, page.marks, settings)
    return lines


def plan_tables(tables: list[Table], previous: list[Table]) -> list[Table]:
    """Action-plan tables: a header of role words, or the previous page's table continued.

    Other ruled boxes (a values panel, a form) stay in the text flow as ordinary lines.
    """
    widths = {len(table.rows[0]) for table in previous}
    return [
        table
        for table in tables
        if header_columns(table.rows[0]) is not None or len(table.rows[0]) in widths
    ]


def inside(line: Line, table: Table) -> bool:
    x0, top, x1, bottom = table.bbox
    centre_x, centre_y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return x0 <= centre_x <= x1 and top <= centre_y <= bottom


def rows_of(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Group words whose tops agree within a fraction of their size, left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        row = rows[-1] if rows else None
        if row and abs(word.top - row[0].top) <= settings.same_row_em * min(word.size, row[0].size):
            row.append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def split_at_gaps(row: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    segments = [[row[0]]]
    for word in row[1:]:
        previous = segments[-1][-1]
        gap = word.x0 - previous.x1
        if gap > settings.word_gap_em * min(word.size, previous.size):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def join_drop_cap(words: list[Word]) -> list[Word]:
    """A large initial capital set beside its paragraph ('T' + 'he aim') rejoins its word."""
    if len(words) < 2:
        return words
    cap, rest = words[0], words[1]
    is_drop_cap = len(cap.text) == 1 and cap.text.isupper() and rest.text[:1].islower()
    if not is_drop_cap or cap.size < DROP_CAP_RATIO * rest.size:
        return words
    text = cap.text + rest.text
    joined = Word(
        text, cap.x0, rest.top, rest.x1, rest.bottom, rest.font, rest.size, rest.confidence
    )
    return [joined, *words[2:]]


def is_marker_text(text: str) -> bool:
    return text in BULLET_GLYPHS or bool(CID_BULLET.match(text)) or bool(ENUMERATOR.match(text))


def attach_marker_segments(lines: list[Line]) -> list[Line]:
    """A lone bullet glyph or enumerator in a gutter belongs to the text to its right."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if (
            previous is not None
            and len(previous.words) == 1
            and is_marker_text(previous.text)
            and abs(previous.top - line.top) <= 0.5 * line.size
            and 0 < line.x0 - previous.x1 <= 4 * line.size
        ):
            glyph = previous.words[0]
            if glyph.text in BULLET_GLYPHS or CID_BULLET.match(glyph.text):
                result[-1] = Line(line.page, line.words, marker="•", marker_x0=glyph.x0)
            else:
                result[-1] = Line(line.page, [glyph, *line.words])
            continue
        result.append(line)
    return [glyph_to_marker(line) for line in result]


def glyph_to_marker(line: Line) -> Line:
    """A bullet glyph that starts a line becomes the line's marker, not its text."""
    first = line.words[0].text
    if len(line.words) > 1 and (first in BULLET_GLYPHS or CID_BULLET.match(first)):
        return Line(line.page, line.words[1:], marker="•", marker_x0=line.words[0].x0)
    return line


def attach_shape_markers(lines: list[Line], marks: list[Mark], settings: LayoutSettings) -> None:
    for mark in marks:
        centre = (mark.top + mark.bottom) / 2
        for line in lines:
            if (
                line.marker is None
                and line.top <= centre <= line.bottom
                and 0 <= line.x0 - mark.x1 <= settings.marker_reach
            ):
                line.marker, line.marker_x0 = "•", mark.x0
                break


def margin_role(line: Line, page: PageContent, settings: LayoutSettings) -> str | None:
    band = settings.margin_band * page.height
    if line.bottom <= band:
        return "header"
    if line.top >= page.height - band:
        return "footer"
    return None


def mask_digits(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def repeated_margin_texts(
    pages: list[tuple[PageContent, list[Line]]], settings: LayoutSettings
) -> set[str]:
    """Texts printed in a page margin on two or more pages: running headers and footers."""
    seen: Counter[str] = Counter()
    for page, lines in pages:
        seen.update({mask_digits(line.text) for line in lines if margin_role(line, page, settings)})
    return {text for text, count in seen.items() if count >= 2}


def xy_cut(lines: list[Line], settings: LayoutSettings) -> list[Line]:
    """Recursive XY-cut: split at the widest whitespace gutter, columns before rows."""
    if len(lines) <= 1:
        return list(lines)
    em = statistics.median(line.size for line in lines)
    column = widest_gap(lines, vertical=True)
    row = widest_gap(lines, vertical=False)
    if column and column[1] >= settings.column_gap_em * em and (not row or column[1] >= row[1]):
        left = [line for line in lines if line.x1 <= column[0]]
        right = [line for line in lines if line.x1 > column[0]]
        if not rows_aligned(left, right, settings):
            return xy_cut(left, settings) + xy_cut(right, settings)
    if row:
        upper = [line for line in lines if line.bottom <= row[0]]
        lower = [line for line in lines if line.bottom > row[0]]
        return xy_cut(upper, settings) + xy_cut(lower, settings)
    return sorted(lines, key=lambda line: (line.top, line.x0))


def widest_gap(lines: list[Line], vertical: bool) -> tuple[float, float] | None:
    """The widest empty strip across the lines: (position of its start, width)."""
    spans = sorted((line.x0, line.x1) if vertical else (line.top, line.bottom) for line in lines)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach and (best is None or start - reach > best[1]):
            best = (reach, start - reach)
        reach = max(reach, end)
    return best


def rows_aligned(left: list[Line], right: list[Line], settings: LayoutSettings) -> bool:
    """True for a label/value table (labels on the left sharing rows with their values).

    Prose columns set in one font also share rows, so the left side must look like labels.
    """
    labels = sum(1 for line in left if line.bold or line.text.endswith(":"))
    if labels < settings.aligned_rows * len(left):
        return False
    right_tops = [round(line.top) for line in right]
    shared = sum(1 for line in left if any(abs(line.top - top) <= 2 for top in right_tops))
    return shared >= settings.aligned_rows * max(len(left), len(right))
