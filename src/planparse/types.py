"""Plain data passed between stages: words, shapes and tables read from the PDF, lines in
reading order, blocks. Each stage takes these from the one before and hands them on; none of
them knows how it was produced (text layer or OCR).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from planparse import enumerators
from planparse.clean import clean_text, join_lines
from planparse.geometry import BBox, union

BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
ITALIC_MARKERS = ("italic", "oblique")


@dataclass(frozen=True, slots=True)
class Word:
    """A word as printed; slotted, as a long plan holds tens of thousands until it is built."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float
    confidence: float | None = None  # OCR's confidence, 0..100; None for a text-layer word

    @property
    def ocr(self) -> bool:
        return self.confidence is not None

    @property
    def bold(self) -> bool:
        return font_has(self.font, BOLD_MARKERS)

    @property
    def italic(self) -> bool:
        return font_has(self.font, ITALIC_MARKERS)


@lru_cache(maxsize=1024)
def font_has(font: str, markers: tuple[str, ...]) -> bool:
    """Whether a font name says bold (or italic): asked per word, of a few fonts per document."""
    name = font.lower()
    return any(marker in name for marker in markers)


@dataclass(frozen=True)
class Mark:
    """A small filled vector shape: a bullet drawn as a shape rather than a glyph."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Cell:
    text: str  # the cell's lines joined with "\n", as printed
    bbox: BBox
    ocr_confidence: float | None = None  # letter-weighted, of a cell read from OCR'd words


@dataclass
class Table:
    """A ruled table: rows of cells; None where a cell spans down from the row above."""

    bbox: BBox
    rows: list[list[Cell | None]]


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    words: list[Word]
    marks: list[Mark] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    frames: list[BBox] = field(default_factory=list)  # drawn boxes and images that may hold text
    image_area: float = 0.0
    ocr_confidence: float | None = None  # mean word confidence (0..100) of an OCR'd page
    unread_chars: int = 0  # characters printed in another direction than the page's text
    unread_paths: int = 0  # path segments of a page that is a drawing, left out
    shown: BBox | None = None  # the part a viewer shows (its CropBox), when not the whole page

    @property
    def view(self) -> BBox:
        """The box the page is seen in: its CropBox, or the whole page."""
        return self.shown or (0.0, 0.0, self.width, self.height)


@dataclass
class Document:
    path: Path
    metadata: dict[str, str]
    pages: list[PageContent]
    warnings: list[str] = field(default_factory=list)  # damage read around, for Plan.warnings


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
        words = self.words
        self.x0, self.top = min([w.x0 for w in words]), min([w.top for w in words])
        self.x1, self.bottom = max([w.x1 for w in words]), max([w.bottom for w in words])

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def size(self) -> float:
        """The size most of the line's characters are set in."""
        weights: dict[float, int] = {}
        for word in self.words:
            size = round(word.size, 1)
            weights[size] = weights.get(size, 0) + len(word.text)
        return max(weights, key=weights.__getitem__)  # the first of equals, as printed

    @cached_property
    def bold(self) -> bool:
        return sum(len(w.text) for w in self.words if w.bold) > 0.6 * len(self.text)

    @cached_property
    def italic(self) -> bool:
        return sum(len(w.text) for w in self.words if w.italic) > 0.6 * len(self.text)

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]  # body lines in reading order, table text excluded
    dropped: list[Line]  # running headers, footers and page numbers
    tables: list[Table] = field(default_factory=list)
    forms: list[Table] = field(default_factory=list)  # other ruled boxes; their text stays


BlockKind = Literal["heading", "paragraph", "item", "label", "table"]


@dataclass
class Block:
    kind: BlockKind
    lines: list[Line]
    label: str | None = None  # the bold run-in "Label:" of a label block
    table: Table | None = None  # the cells of a table block (which has no lines)
    table_page: int = 0
    level: int = 0  # heading rank: 1 is the largest heading style
    number: str | None = None  # an item's printed enumerator
    text: str = field(init=False)
    # (page, box) per page its lines are printed on: asked for by every stage, worked out once
    # (lines join a block only through ``add``, which forgets them)
    boxes: list[tuple[int, BBox]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.read_text()

    def add(self, line: Line) -> None:
        """A wrapped line joins the block; its text is read again from all its lines."""
        self.lines.append(line)
        self.boxes = None
        self.read_text()

    def read_text(self) -> None:
        """Text from the lines: run-in label cut off, an item's number moved to ``number``."""
        self.text = join_lines([line.text for line in self.lines])
        if self.label is not None:  # a numbered item's field line: after "ii." too
            end = max(self.text.find(self.label), 0) + len(self.label)
            self.text = clean_text(self.text[end:].lstrip(" :."))  # "Owner ..... X" too
        if self.kind == "item" and (found := enumerators.list_enumerator(self.text)):
            self.number, self.text = found.value, found.text
        elif self.kind == "item" and self.number and (found := enumerators.parse(self.text)):
            self.text = found.text if found.value == self.number else self.text  # "(ii)"

    @property
    def page(self) -> int:
        return self.lines[0].page if self.lines else self.table_page

    @property
    def size(self) -> float:
        return self.lines[0].size if self.lines else 0.0

    @property
    def bold(self) -> bool:
        return bool(self.lines) and self.lines[0].bold

    @property
    def style(self) -> tuple[float, bool]:
        """Size to the half point and weight: what makes two headings the same kind."""
        return (half_point(self.size), self.bold)

    @property
    def bbox(self) -> BBox:
        """The box of its lines on its first page (of its table, for a table's block)."""
        if self.table is not None:
            return self.table.bbox
        return self.page_boxes()[0][1]

    def page_boxes(self) -> list[tuple[int, BBox]]:
        """(page, box) of each page the block's lines are printed on, in order."""
        if self.boxes is None:
            pages = list(dict.fromkeys(line.page for line in self.lines))
            self.boxes = [
                (page, union(ln.bbox for ln in self.lines if ln.page == page)) for page in pages
            ]
        return list(self.boxes)


def half_point(size: float) -> float:
    """Sizes to the half point: OCR and rounding scatter one type size around its value."""
    return round(size * 2) / 2
