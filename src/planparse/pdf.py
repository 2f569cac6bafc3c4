"""The only module that imports pdfplumber: a PDF path in, pages of styled words out."""

from __future__ import annotations

import logging
import time
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.display import PageImage
from pdfplumber.page import Page
from pdfplumber.table import Table as FoundTable
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import extract_text
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from PIL import Image

from planparse import ocr
from planparse.errors import (
    CorruptPDFError,
    EncryptedPDFError,
    LimitExceededError,
    NotAPDFError,
    OCRUnavailableError,
    ParseTimeoutError,
    PlanParseError,
)
from planparse.types import Cell, Document, Mark, PageContent, Table, Word

MARK_MIN_SIDE = 1.5
MARK_MAX_SIDE = 8.0
MIN_TABLE_EDGES = 8  # fewer ruling edges than this cannot draw a table grid
MAX_TABLE_AREA = 0.9  # a "table" covering more of the page is a layout grid, not data

# Defaults generous enough for any real plan (budget books run to hundreds of pages).
MAX_PAGES = 2000
MAX_MB = 200.0
TIMEOUT = 300.0  # seconds per document
MEGABYTE = 1024 * 1024

# Everything pdfminer raises derives from PSException; pdfplumber wraps most of it in
# PdfminerException and raises MalformedPDFException for impossible page geometry.
READER_ERRORS: tuple[type[Exception], ...] = (PdfminerException, MalformedPDFException, PSException)
READER_LOGGERS = ("pdfminer", "pdfplumber")
DAMAGED = "the PDF is damaged or incomplete (a download cut short?); get a fresh copy"
SIGNATURES = (
    (b"\x89png", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"gif8", "a GIF image"),
    (b"ii*\x00", "a TIFF image"),
    (b"mm\x00*", "a TIFF image"),
    (b"pk\x03\x04", "a ZIP archive or an Office document (Word, Excel, PowerPoint)"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office document (Word, Excel, PowerPoint)"),
    (b"{\\rtf", "a rich-text (RTF) document"),
)


@dataclass(frozen=True)
class Limits:
    """Bounds on one document, so a huge file fails at once instead of after minutes."""

    max_pages: int = MAX_PAGES
    max_mb: float = MAX_MB


class Deadline:
    """When a parse must give up, checked between pages and stages.

    Cooperative: one pathological page can overrun it, so ``batch.py`` runs documents in a
    worker process it can kill; this check makes the common case (many slow pages) end
    cleanly in-process too.
    """

    def __init__(self, path: Path, seconds: float | None) -> None:
        self.path = path
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise ParseTimeoutError(self.path, timeout_reason(self.seconds))


def timeout_reason(seconds: float | None) -> str:
    return (
        f"parsing took longer than the time limit of {seconds:g} seconds and was stopped; "
        "raise the limit with --timeout (timeout= in Python)"
    )


def read_pdf(
    path: str | Path,
    password: str | None = None,
    *,
    limits: Limits = Limits(),
    deadline: Deadline | None = None,
    ocr_mode: ocr.OcrMode = "auto",
) -> Document:
    """Read every page's words and bullet-sized shapes, releasing each page as it goes.

    A page the reader cannot read is skipped with a warning: a damaged page costs that page,
    not the document. The reader's complaints about damage it worked around become one
    warning instead of log lines on stderr. Scanned pages (every page, with ``ocr_mode``
    "always") are read by OCR; without Tesseract that raises ``OCRUnavailableError``.
    """
    path = Path(path)
    check_size(path, limits.max_mb)
    with reader_complaints() as complaints, open_pdf(path, password) as pdf:
        metadata = {k: v for k, v in (pdf.metadata or {}).items() if isinstance(v, str)}
        pages_in = page_list(pdf)
        check_page_count(path, len(pages_in), limits.max_pages)
        try:
            pages, skipped = read_pages(pages_in, deadline, ocr_mode)
        except ocr.OcrError as exc:
            raise OCRUnavailableError(path, str(exc)) from exc
    if skipped and not pages:
        raise CorruptPDFError(path, f"no page could be read: {DAMAGED}")
    warnings = [skipped_warning(skipped)] if skipped else []
    warnings.extend(complaints.warnings())
    return Document(path=path, metadata=metadata, pages=pages, warnings=warnings)


def read_pages(
    pages: list[Page], deadline: Deadline | None, ocr_mode: ocr.OcrMode = "auto"
) -> tuple[list[PageContent], list[int]]:
    """The pages read, and the numbers of those the reader failed on."""
    read: list[PageContent] = []
    skipped: list[int] = []
    for page in pages:
        if deadline is not None:
            deadline.check()
        try:
            read.append(read_page(page, ocr_mode))
        except READER_ERRORS:
            skipped.append(page.page_number)
        finally:
            page.close()
    return read, skipped


def skipped_warning(numbers: list[int]) -> str:
    listed = ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")
    if len(numbers) == 1:
        return f"page {listed} could not be read (damaged) and was left out"
    return f"pages {listed} could not be read (damaged) and were left out"


def check_size(path: Path, max_mb: float) -> None:
    megabytes = path.stat().st_size / MEGABYTE
    if megabytes > max_mb:
        raise LimitExceededError(
            path,
            f"the file is {megabytes:.1f} MB, more than the limit of {max_mb:g} MB; "
            "raise the limit with --max-mb (max_mb= in Python)",
        )


def check_page_count(path: Path, count: int, max_pages: int) -> None:
    if count > max_pages:
        raise LimitExceededError(
            path,
            f"the PDF has {count} pages, more than the limit of {max_pages}; "
            "raise the limit with --max-pages (max_pages= in Python)",
        )


def page_image(
    path: str | Path, page_number: int, resolution: int = 100, password: str | None = None
) -> PageImage:
    """Render one page (1-based) for visual debugging; the image outlives the closed file."""
    path = Path(path)
    with open_pdf(path, password) as pdf:
        pages = page_list(pdf)
        if not 1 <= page_number <= len(pages):
            raise ValueError(
                f"page {page_number} is out of range: {path.name} has {len(pages)} pages"
            )
        page = pages[page_number - 1]
        image = page.to_image(resolution=resolution)
        page.close()
    return image


@contextmanager
def open_pdf(path: Path, password: str | None = None) -> Iterator[pdfplumber.PDF]:
    """Open a PDF; the reader's failures, opening or later, become planparse errors."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(path, not_a_pdf_reason(head))
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except READER_ERRORS as exc:
        raise reader_failure(path, exc, password) from exc
    try:
        yield pdf
    except READER_ERRORS as exc:
        raise reader_failure(path, exc, password) from exc
    finally:
        close(pdf)


def page_list(pdf: pdfplumber.PDF) -> list[Page]:
    """The document's pages, built from its page tree.

    pdfplumber wraps the page-tree walk's errors but not those of a malformed box or rotation
    in one page's dictionary (a MediaBox that is not four numbers, say); they are the file's
    fault all the same, so they become the reader error ``open_pdf`` reports as damage.
    """
    try:
        return pdf.pages
    except (TypeError, ValueError, IndexError) as exc:
        raise MalformedPDFException(exc) from exc


def close(pdf: pdfplumber.PDF) -> None:
    """Close the file even when its page tree is what failed (``PDF.close`` walks it again)."""
    try:
        pdf.close()
    except READER_ERRORS + (TypeError, ValueError, IndexError):
        pdf.stream.close()


def not_a_pdf_reason(head: bytes) -> str:
    """Say what the file is instead, when its first bytes tell."""
    if not head:
        return "not a PDF: the file is empty (0 bytes); the download or copy may have failed"
    lowered = head.lower()
    for signature, kind in SIGNATURES:
        if lowered.lstrip().startswith(signature):
            return f"not a PDF: this is {kind} with a .pdf name"
    if b"<html" in lowered:
        return "not a PDF: this is a web page (HTML); save the PDF itself, not the page"
    return "not a PDF: the file does not start with %PDF"


def reader_failure(path: Path, exc: Exception, password: str | None) -> PlanParseError:
    """Name what the reader's exception means for the user (pdfplumber wraps pdfminer's)."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        if password:
            return EncryptedPDFError(path, "the password given is not the password of this PDF")
        return EncryptedPDFError(
            path, "the PDF is password-protected; give its password with --password"
        )
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPDFError(
            path, f"the PDF uses an encryption planparse cannot read ({reader_detail(cause)})"
        )
    return CorruptPDFError(path, f"{DAMAGED} (reader: {reader_detail(cause)})")


def reader_detail(cause: BaseException) -> str:
    """The reader's own words, short: its first clause, without the dump of raw parameters."""
    text = str(cause).split(": param=")[0].strip() or type(cause).__name__
    return text[:120]


class ReaderComplaints(logging.Handler):
    """Collects what pdfminer and pdfplumber log about damage they read around."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.first = self.first or record.getMessage()[:160]

    def warnings(self) -> list[str]:
        if not self.count:
            return []
        problems = "1 problem" if self.count == 1 else f"{self.count} problems"
        example = f" (first: {self.first})" if self.first else ""
        return [
            f"the PDF is partly malformed: the reader worked around {problems}{example}; "
            "some text may be missing or misplaced"
        ]


@contextmanager
def reader_complaints() -> Iterator[ReaderComplaints]:
    """Route the readers' log warnings into the result instead of stderr, for this read."""
    handler = ReaderComplaints()
    loggers = [logging.getLogger(name) for name in READER_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def read_page(page: Page, ocr_mode: ocr.OcrMode = "auto") -> PageContent:
    raw = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
    words = [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w["fontname"], w["size"])
        for w in raw
        if w.get("upright", True)
    ]
    content = PageContent(
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
    image_share = content.image_area / max(content.width * content.height, 1.0)
    if ocr.needs_ocr(ocr_mode, [w.text for w in words], image_share):
        read = ocr.ocr_page(render_for_ocr(page), content.width)
        content.words = read
        content.ocr_confidence = ocr.mean_confidence(read)
    return content


def render_for_ocr(page: Page) -> Image.Image:
    """The page in pixels at its scan's own resolution: that of its largest image."""
    largest = max(
        page.images,
        key=lambda img: (img["x1"] - img["x0"]) * (img["bottom"] - img["top"]),
        default=None,
    )
    if largest is None:
        resolution = ocr.render_resolution(None, 0.0)
    else:
        shown = max(largest["x1"] - largest["x0"], largest["bottom"] - largest["top"])
        resolution = ocr.render_resolution(max(largest["srcsize"]), shown)
    return page.to_image(resolution=resolution).original


def bullet_marks(page: Page) -> list[Mark]:
    marks = []
    for shape in page.curves + page.rects:
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        is_small = min(width, height) >= MARK_MIN_SIDE and max(width, height) <= MARK_MAX_SIDE
        if shape.get("fill") and is_small and max(width, height) <= 2 * min(width, height):
            marks.append(Mark(shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    return marks


def ruled_tables(page: Page | PlainPage) -> list[Table]:
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
        x0, top, x1, bottom = found.bbox
        rows = [
            [
                Cell(text or "", box) if box is not None and text is not None else None
                for text, box in zip(row_texts, row.cells, strict=False)
            ]
            for row_texts, row in zip(texts, found.rows, strict=False)
        ]
        tables.append(Table(bbox=(x0, top, x1, bottom), rows=rows))
    return tables


CharBox = Callable[[Any], tuple[float, float, float, float]]


def dict_box(char: dict[str, Any]) -> tuple[float, float, float, float]:
    return (char["x0"], char["top"], char["x1"], char["bottom"])


@dataclass
class PlainPage:
    """A page read by another reader (``pdfium_reader``), in the shape ``ruled_tables`` and
    pdfplumber's table finder read: its size, ruling edges as pdfplumber's dictionaries, and
    characters, with how to box them and how to read a cell's text from them (pdfplumber's
    dictionaries and ``extract_text`` unless told otherwise). So ruled tables come out of the
    same finder whichever reader ran."""

    width: float
    height: float
    chars: Sequence[Any]
    edges: list[dict[str, Any]]
    box_of: CharBox = dict_box
    text_of: Callable[[list[Any]], str] = extract_text
    bbox: tuple[float, float, float, float] = field(init=False)

    def __post_init__(self) -> None:
        self.bbox = (0.0, 0.0, self.width, self.height)

    def find_tables(self) -> list[FoundTable]:
        finder = TableFinder(self, TableSettings.resolve(None))  # type: ignore[arg-type]
        return [PlainTable(self, table.cells) for table in finder.tables]


class PlainTable(FoundTable):
    """pdfplumber's table with the same ``extract``, minus its scan of every character of the
    page once per row: characters are looked up by their middle, sorted once."""

    def __init__(self, page: PlainPage, cells: list[tuple[float, float, float, float]]) -> None:
        super().__init__(page, cells)  # type: ignore[arg-type]
        self.plain = page

    def extract(self, **kwargs: Any) -> list[list[str | None]]:
        middles = []
        for n, char in enumerate(self.plain.chars):
            x0, top, x1, bottom = self.plain.box_of(char)
            middles.append(((top + bottom) / 2, (x0 + x1) / 2, n))
        middles.sort()
        heights = [middle for middle, *_ in middles]
        rows = []
        for row in self.rows:
            _, top, _, bottom = row.bbox
            band = middles[bisect_left(heights, top) : bisect_left(heights, bottom)]
            rows.append([self.cell_text(band, cell) for cell in row.cells])
        return rows

    def cell_text(self, band: list[tuple[float, float, int]], cell: Any) -> str | None:
        """The text of a cell as ``Table.extract`` reads it: its characters in page order."""
        if cell is None:
            return None
        x0, top, x1, bottom = cell
        inside = sorted(n for v_mid, h_mid, n in band if x0 <= h_mid < x1 and top <= v_mid < bottom)
        return self.plain.text_of([self.plain.chars[n] for n in inside]) if inside else ""
