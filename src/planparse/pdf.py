"""The only module that imports pdfplumber: a PDF path in, pages of styled words out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.display import PageImage
from pdfplumber.page import Page

from planparse.errors import CorruptPDFError, EncryptedPDFError, NotAPDFError

BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
ITALIC_MARKERS = ("italic", "oblique")
MARK_MIN_SIDE = 1.5
MARK_MAX_SIDE = 8.0
MIN_TABLE_EDGES = 8  # fewer ruling edges than this cannot draw a table grid
MAX_TABLE_AREA = 0.9  # a "table" covering more of the page is a layout grid, not data


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float

    @property
    def bold(self) -> bool:
        name = self.font.lower()
        return any(marker in name for marker in BOLD_MARKERS)

    @property
    def italic(self) -> bool:
        name = self.font.lower()
        return any(marker in name for marker in ITALIC_MARKERS)


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
    bbox: tuple[float, float, float, float]


@dataclass
class Table:
    """A ruled table: rows of cells; None where a cell spans down from the row above."""

    bbox: tuple[float, float, float, float]
    rows: list[list[Cell | None]]


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    words: list[Word]
    marks: list[Mark] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    image_area: float = 0.0


@dataclass
class Document:
    path: Path
    metadata: dict[str, str]
    pages: list[PageContent]


def read_pdf(path: str | Path, password: str | None = None) -> Document:
    """Read every page's words and bullet-sized shapes, releasing each page as it goes."""
    path = Path(path)
    with open_pdf(path, password) as pdf:
        metadata = {k: v for k, v in (pdf.metadata or {}).items() if isinstance(v, str)}
        pages = []
        for page in pdf.pages:
            pages.append(read_page(page))
            page.close()
    return Document(path=path, metadata=metadata, pages=pages)


def page_image(
    path: str | Path, page_number: int, resolution: int = 100, password: str | None = None
) -> PageImage:
    """Render one page (1-based) for visual debugging; the image outlives the closed file."""
    path = Path(path)
    with open_pdf(path, password) as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            raise ValueError(
                f"page {page_number} is out of range: {path.name} has {len(pdf.pages)} pages"
            )
        page = pdf.pages[page_number - 1]
        image = page.to_image(resolution=resolution)
        page.close()
    return image


@contextmanager
def open_pdf(path: Path, password: str | None = None) -> Iterator[pdfplumber.PDF]:
    """Open a PDF, turning the reader's many failure modes into planparse errors."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(path, "not a PDF file (no %PDF header)")
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except PDFPasswordIncorrect as exc:
        raise EncryptedPDFError(path, "encrypted: give the password with --password") from exc
    except (PDFSyntaxError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise CorruptPDFError(path, f"damaged PDF ({exc.__class__.__name__})") from exc
    try:
        yield pdf
    finally:
        pdf.close()


def read_page(page: Page) -> PageContent:
    raw = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
    words = [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w["fontname"], w["size"])
        for w in raw
        if w.get("upright", True)
    ]
    return PageContent(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        marks=bullet_marks(page),
        tables=ruled_tables(page),
        image_area=sum(
            (img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) for img in page.images
        ),
    )


def bullet_marks(page: Page) -> list[Mark]:
    marks = []
    for shape in page.curves + page.rects:
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        is_small = min(width, height) >= MARK_MIN_SIDE and max(width, height) <= MARK_MAX_SIDE
        if shape.get("fill") and is_small and max(width, height) <= 2 * min(width, height):
            marks.append(Mark(shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    return marks


def ruled_tables(page: Page) -> list[Table]:
    """Tables drawn with ruling lines, two columns or more (a lone filled box is not one)."""
    if len(page.edges) < MIN_TABLE_EDGES:
        return []
    tables = []
    page_area = float(page.width * page.height)
    for found in page.find_tables():
        x0, top, x1, bottom = found.bbox
        if (x1 - x0) * (bottom - top) > MAX_TABLE_AREA * page_area:
            continue
        texts = found.extract()
        if not texts or max(len(row) for row in texts) < 2 or len(texts) < 2:
            continue
        rows = [
            [
                Cell(text or "", box) if box is not None and text is not None else None
                for text, box in zip(row_texts, row.cells, strict=False)
            ]
            for row_texts, row in zip(texts, found.rows, strict=False)
        ]
        tables.append(Table(bbox=tuple(found.bbox), rows=rows))
    return tables
