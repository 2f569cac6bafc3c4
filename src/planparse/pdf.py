"""The only module that imports pdfplumber: a PDF path in, pages of styled words out."""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import (
    PDFDocument,
    PDFEncryptionError,
    PDFNoValidXRef,
    PDFPasswordIncorrect,
    PDFStandardSecurityHandlerV4,
    PDFStandardSecurityHandlerV5,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psexceptions import PSEOF, PSException
from pdfminer.psparser import LIT, PSLiteral
from pdfplumber.display import PageImage
from pdfplumber.page import DerivedPage, Page
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from planparse import images, ocr, reading, ruling
from planparse.errors import (
    CorruptPDFError,
    EncryptedPDFError,
    NotAPDFError,
    OCRUnavailableError,
    PlanParseError,
)
from planparse.geometry import BBox, Orientation, matrix_orientation, reading_frame
from planparse.reading import (
    DAMAGED,
    DEFAULT_LIMITS,
    MARK_MAX_SIDE,
    MARK_MIN_SIDE,
    MAX_TABLE_AREA,
    MIN_TABLE_EDGES,
    WORD_GAP,
    Deadline,
    Limits,
    check_page_count,
    check_size,
    frame_boxes,
    listed_pages,
    not_a_pdf_reason,
    show_only,
    skipped_warning,
    unread_warning,
)
from planparse.types import Cell, Document, Mark, PageContent, Table, Word

# Everything pdfminer raises derives from PSException; pdfplumber wraps most of it in
# PdfminerException and raises MalformedPDFException for impossible page geometry.
READER_ERRORS: tuple[type[Exception], ...] = (PdfminerException, MalformedPDFException, PSException)
READER_LOGGERS = ("pdfminer", "pdfplumber")
IDENTITY_FILTER = "Identity"  # the crypt filter that leaves data as it is
RC4_FILTER = "V2"  # the crypt filter method of RC4
MIN_KEY_BYTES, MAX_KEY_BYTES, MAX_KEY_BITS = 5, 16, 128  # RC4 keys run from 40 to 128 bits
# what pdfminer's own code raises on a structure it does not expect, beside its exceptions
STRUCTURE_ERRORS: tuple[type[Exception], ...] = (
    RecursionError,
    TypeError,
    ValueError,
    KeyError,
    AttributeError,
)
XREF_READERS = {"find_xref", "read_xref_from", "load_trailer"}  # pdfminer's index readers
# A page drawing more path segments than this is a drawing or a map: its paths are left out.
MAX_PATH_SEGMENTS = 20_000
NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)\s+"
SEGMENT = rb"(?:(?:%s){2}[ml]|(?:%s){4}(?:re|[vy])|(?:%s){6}c|h)\s+" % (NUMBER, NUMBER, NUMBER)
PATH_OPERATOR = re.compile(rb"(?<!\S)(?:[lcvy]|re)(?!\S)")  # one segment each
DRAWN_XOBJECT = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?!\S)")  # "/Fm1 Do"
# A painted path (segments, then a painting operator; a clipping path keeps its W), or an empty
# one, unless it lies in what must be kept: a string (one level of nested parentheses) or
# inline image data.
PATH_OR_KEPT = re.compile(
    rb"(?P<kept>\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)"
    rb"|(?<!\S)BI(?!\S).*?(?<!\S)EI(?!\S))"
    rb"|(?<!\S)(?<!W\s)(?<!W\*\s)(?:%s)*[SsfFBbn]\*?(?!\S)" % SEGMENT,
    re.DOTALL,
)


def read_pdf(
    path: str | Path,
    password: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
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
    ocr.snap_text_layers(pages)
    warnings = [skipped_warning(skipped)] if skipped else []
    warnings.extend(unread_warning(pages))
    warnings.extend(drawing_warning(pages))
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


def read_page_numbers(
    path: Path, password: str | None, numbers: list[int]
) -> tuple[list[PageContent], list[int]]:
    """Only these pages (1-based) read, and those among them the reader fails on: the fast
    reader asks this of the pages it finds nothing on, which may be pages it cannot decode."""
    with reader_complaints(), open_pdf(path, password) as pdf:
        pages = page_list(pdf)
        return read_pages([pages[number - 1] for number in numbers], None)


def drawing_warning(pages: list[PageContent]) -> list[str]:
    """Pages whose paths were left out (``leave_out_drawing``), so their tables read as text."""
    drawings = [page for page in pages if page.unread_paths]
    if not drawings:
        return []
    listed = listed_pages([page.number for page in drawings])
    most = max(page.unread_paths for page in drawings)
    where = f"pages {listed} draw up to" if len(drawings) > 1 else f"page {listed} draws"
    return [
        f"{where} {most:,} line and curve segments (a drawing or a map?); they were not read, "
        "so ruled tables and drawn bullets there are read as plain text"
    ]


def page_image(
    path: str | Path, page_number: int, resolution: int = 100, password: str | None = None
) -> PageImage:
    """Render one page (1-based) for visual debugging, in the reading frame its words are read
    in (a sideways page the right way up); the image outlives the closed file."""
    path = Path(path)
    with open_pdf(path, password) as pdf:
        pages = page_list(pdf)
        if not 1 <= page_number <= len(pages):
            raise ValueError(
                f"page {page_number} is out of range: {path.name} has {len(pages)} pages"
            )
        page = pages[page_number - 1]
        image = rendered(reading_page(page), resolution)
        page.close()
    return image


@contextmanager
def open_pdf(path: Path, password: str | None = None) -> Iterator[pdfplumber.PDF]:
    """Open a PDF; the reader's failures, opening or later, become planparse errors.

    A wrong password is retried as the empty user password, which opens a file that needed
    none; content left in the clear by its crypt filters opens without any (``open_reader``).
    """
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(path, not_a_pdf_reason(head))
    try:
        pdf = open_reader(path, password)
    except READER_ERRORS as exc:
        raise reader_failure(path, exc, password) from exc
    try:
        yield pdf
    except READER_ERRORS as exc:
        raise reader_failure(path, exc, password) from exc
    finally:
        close(pdf)


def open_reader(path: Path, password: str | None) -> pdfplumber.PDF:
    """The file opened with the password given, or else with the empty user password."""
    with clear_content_handlers():
        try:
            return pdfplumber.open(path, password=password or "")
        except PdfminerException as exc:
            if not (password and isinstance(reader_cause(exc), PDFPasswordIncorrect)):
                raise
            wrong_password = exc
        try:
            return pdfplumber.open(path, password="")
        except PdfminerException:
            raise wrong_password from None


class ClearContentV4(PDFStandardSecurityHandlerV4):
    """The 128-bit handler, needing no key when streams and strings are in the clear, and with
    the key length of an RC4 crypt filter (pdfminer assumes 128 bits, so a 40-bit file's empty
    user password fails to open it)."""

    def init_params(self) -> None:
        for key in ("StmF", "StrF"):  # an absent filter is Identity (ISO 32000-1, table 20)
            self.param.setdefault(key, LIT(IDENTITY_FILTER))
        super().init_params()
        self.length = rc4_key_bits(self.cf.get(self.strf), self.length)

    def init_key(self) -> None:
        if not in_the_clear(self):
            super().init_key()


def rc4_key_bits(crypt_filter: object, default: int) -> int:
    """The key length an RC4 (/V2) crypt filter declares, in bits; writers give it in bytes
    (5 to 16) as often as in bits (40 to 128), and readers take either."""
    spec = resolve1(crypt_filter)
    if not isinstance(spec, dict) or pdf_name(spec.get("CFM")) != RC4_FILTER:
        return default
    length = pdf_int(spec.get("Length"))
    if length is None or not MIN_KEY_BYTES <= length <= MAX_KEY_BITS:
        return default
    return length * 8 if length <= MAX_KEY_BYTES else length


class ClearContentV5(ClearContentV4, PDFStandardSecurityHandlerV5):
    """The same for 256-bit (AES) files."""


def in_the_clear(handler: PDFStandardSecurityHandlerV4) -> bool:
    """Whether the crypt filter of streams and strings is Identity: only the attachments are
    encrypted (the /EFF filter), which planparse never reads, so the pages need no password."""
    return handler.stmf == handler.strf == IDENTITY_FILTER


@contextmanager
def clear_content_handlers() -> Iterator[None]:
    """pdfminer's registry of security handlers, for one opening, with the handlers above.

    The registry is pdfminer's extension point for handlers; it is set back after the open,
    so other users of pdfminer in the process see its own.
    """
    registry = PDFDocument.security_handler_registry
    PDFDocument.security_handler_registry = {**registry, 4: ClearContentV4, 5: ClearContentV5}
    try:
        yield
    finally:
        PDFDocument.security_handler_registry = registry


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


def reader_failure(path: Path, exc: Exception, password: str | None) -> PlanParseError:
    """Name what the reader's exception means for the user (pdfplumber wraps pdfminer's)."""
    cause = reader_cause(exc)
    if isinstance(cause, PDFPasswordIncorrect):
        if password:
            return EncryptedPDFError(path, "the password given is not the password of this PDF")
        return EncryptedPDFError(
            path, "the PDF is password-protected; give its password with --password"
        )
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPDFError(
            path, f"the PDF is {encryption_used(path)}, which planparse cannot read"
        )
    return CorruptPDFError(path, damage_reason(cause))


def reader_cause(exc: BaseException) -> BaseException:
    """The exception the reader raised, out of pdfplumber's wrapper."""
    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


class TrailerReader(PDFDocument):
    """A document read as far as its trailer without being unlocked, to say how it is locked."""

    def _initialize_password(self, password: str = "") -> None:
        """Leaves the file locked: only ``self.encryption`` is wanted."""


def encryption_used(path: Path) -> str:
    """The encryption the file declares, in words: its handler, version, revision or filter."""
    try:
        with path.open("rb") as handle:
            _, param = TrailerReader(PDFParser(handle)).encryption or ((), {})
    except (*READER_ERRORS, *STRUCTURE_ERRORS):
        return "encrypted in a way planparse cannot make out"
    handler = pdf_name(param.get("Filter"))
    if handler != "Standard":
        return f"encrypted with the '{handler}' security handler (not the standard password one)"
    version, revision = pdf_int(param.get("V")), pdf_int(param.get("R"))
    if version not in PDFDocument.security_handler_registry:
        return f"encrypted with algorithm version {version} of the standard security handler"
    supported = PDFDocument.security_handler_registry[version].supported_revisions
    if revision not in supported:
        return f"encrypted with revision {revision} of the standard security handler"
    streams, strings = pdf_name(param.get("StmF")), pdf_name(param.get("StrF"))
    if streams != strings:
        return (
            f"encrypted with crypt filter {streams} for its streams and {strings} for its strings"
        )
    filters = resolve1(param.get("CF")) or {}
    methods = sorted({pdf_name(resolve1(spec).get("CFM")) for spec in filters.values()})
    return f"encrypted with the crypt filter method {' / '.join(methods) or 'none'}"


def pdf_name(value: object) -> str:
    """A name object's text (``/AESV2`` -> ``AESV2``); other values as printed."""
    value = resolve1(value)
    return str(value.name) if isinstance(value, PSLiteral) else str(value)


def pdf_int(value: object) -> int | None:
    value = resolve1(value)
    return value if isinstance(value, int) else None


def damage_reason(cause: BaseException) -> str:
    """Which structure of the file is damaged, in plain words, never the reader's internals."""
    readers = {frame.name for frame in traceback.extract_tb(cause.__traceback__)}
    in_xref = bool(readers & XREF_READERS)
    if isinstance(cause, RecursionError):
        if in_xref:
            return (
                "the PDF is damaged: its cross-reference tables (the index of its objects) "
                "point back to each other in a loop; a PDF repair tool may mend it"
            )
        return "the PDF is damaged: its objects refer to each other in an endless loop"
    if isinstance(cause, PSEOF):
        return damaged("the file ends part-way through its data (a download cut short?)")
    if isinstance(cause, PDFNoValidXRef) or in_xref:
        return damaged("its cross-reference table (the index of its objects) is broken")
    if isinstance(cause, MalformedPDFException):
        return damaged("a page's description (its size or rotation) is malformed")
    if isinstance(cause, PSException):
        return damaged(f"the reader found: {reader_detail(cause)}")
    return damaged("its internal structure is broken")


def damaged(what: str) -> str:
    return f"the PDF is damaged or incomplete: {what}; get a fresh copy"


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
    """A page's words, shapes and tables in its reading frame (``reading_page``); the paths
    of a page that is a drawing are left out before it is read (``leave_out_drawing``)."""
    unread_paths = leave_out_drawing(page.page_obj)
    page = reading_page(page)
    raw = printed_once(page).extract_words(
        extra_attrs=["fontname", "size"], use_text_flow=False, x_tolerance_ratio=WORD_GAP
    )
    words = [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w["fontname"], w["size"])
        for w in raw
        if w["upright"]
    ]
    content = PageContent(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        marks=bullet_marks(page),
        tables=ruled_tables(page),
        frames=frame_boxes(
            [dict_box(rect) for rect in page.rects]
            + [dict_box(curve) for curve in page.curves if curve.get("fill")]
            + [dict_box(image) for image in page.images]
        ),
        image_area=sum(
            (img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) for img in page.images
        ),
        unread_chars=sum(len(w["text"]) for w in raw if not w["upright"]),
        unread_paths=unread_paths,
    )
    show_only(content, shown_box(page))
    image_share = content.image_area / max(content.width * content.height, 1.0)
    if ocr.needs_ocr(ocr_mode, [w.text for w in words], image_share):
        read = ocr.ocr_page(render_for_ocr(page), content.width)
        content.words = read
        content.ocr_confidence = ocr.mean_confidence(read)
    return content


def leave_out_drawing(page: PDFPage) -> int:
    """The path segments left out of a page that draws more than ``MAX_PATH_SEGMENTS`` (a map,
    a plan drawing, a chart of points): 0 for any other page, which is read as it is.

    The stages use paths only as table rules and drawn bullets, a handful per page; reading
    tens of thousands costs seconds in pdfminer's tokeniser and pdfplumber's objects, so they
    are cut from the decoded streams before either sees them, text and images kept.
    """
    streams = drawn_streams(page)
    segments = sum(len(PATH_OPERATOR.findall(data)) for _, data in streams)
    if segments <= MAX_PATH_SEGMENTS:
        return 0
    for stream, data in streams:
        stream.data = PATH_OR_KEPT.sub(lambda found: found["kept"] or b"", data)
    return segments


def drawn_streams(page: PDFPage) -> list[tuple[PDFStream, bytes]]:
    """The page's content streams and the forms they draw (forms drawn by forms too), each
    with its decoded data; forms its resources hold but it does not draw are not counted."""
    pending = [(stream, page.resources) for stream in map(resolve1, page.contents)]
    found: list[tuple[PDFStream, bytes]] = []
    seen: set[int] = set()
    while pending:
        stream, inherited = pending.pop()
        if not isinstance(stream, PDFStream) or id(stream) in seen:
            continue
        seen.add(id(stream))
        if not (data := decoded(stream)):
            continue
        found.append((stream, data))
        resources = resolve1(stream.get("Resources")) or inherited  # a form may use the page's
        xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
        if not isinstance(xobjects, dict):
            continue
        for name in DRAWN_XOBJECT.findall(data):
            form = resolve1(xobjects.get(name.decode("latin-1")))
            if isinstance(form, PDFStream) and pdf_name(form.get("Subtype")) == "Form":
                pending.append((form, resources))
    return found


def decoded(stream: PDFStream) -> bytes:
    """A stream's data, or nothing when it cannot be decoded (the reader reports that itself
    when it draws the stream, as it would have without this look ahead)."""
    try:
        return stream.get_data()
    except READER_ERRORS:
        return b""


def printed_once(page: Page) -> Page:
    """The page without characters printed again over themselves (``reading.overprinted``)."""
    chars = page.chars
    found = reading.overprinted(
        [(c["text"], c["fontname"], c["size"], c["x0"], c["top"]) for c in chars]
    )
    if not found:
        return page
    copies = {id(chars[index]) for index in found}  # the copies themselves: an exact copy
    return page.filter(lambda obj: id(obj) not in copies)  # has its original's every field


def reading_page(page: Page) -> Page:
    """The page turned to the orientation most of its text reads in; the page itself when
    that is upright (as on nearly every page), so nothing is copied for it."""
    orientation = page_orientation(page.chars)
    return page if orientation.upright else ReadingPage(page, orientation)


def shown_box(page: Page) -> BBox:
    """The page's CropBox in the coordinates its words are read in (turned with them)."""
    if isinstance(page, ReadingPage):
        return page.frame_box(tuple(map(float, page.parent_page.cropbox)))  # type: ignore[arg-type]
    x0, top, x1, bottom = map(float, page.cropbox)
    return (x0, top, x1, bottom)


def page_orientation(chars: list[dict[str, Any]]) -> Orientation:
    """The reading frame that most printed characters share (upright on a tie or no text)."""
    return reading_frame(
        char_orientation(char["matrix"]) for char in chars if not char["text"].isspace()
    )


def char_orientation(matrix: tuple[float, ...]) -> Orientation:
    """A glyph's reading frame from its text matrix (PDF axes, y up; the page's /Rotate is in
    it already): its x axis is the baseline, its y axis points from the glyph's foot to top."""
    return matrix_orientation(*matrix[:4])


class ReadingPage(DerivedPage):
    """A page in a reading frame other than the printed one: every object's coordinates are
    turned, so the stages see a sideways landscape page as an ordinary upright one. A character
    counts as upright when it reads in the frame, so text in other directions stays apart."""

    def __init__(self, parent: Page, orientation: Orientation) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self.printed = (float(parent.width), float(parent.height))
        self.origin = (float(parent.bbox[0]), float(parent.bbox[1]))
        width, height = orientation.size(*self.printed)
        self.bbox = self.mediabox = self.cropbox = (0, 0, width, height)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        if not hasattr(self, "_turned"):
            self._turned = {
                kind: [self.turned(obj) for obj in found]
                for kind, found in self.parent_page.objects.items()
            }
        return self._turned

    def turned(self, obj: dict[str, Any]) -> dict[str, Any]:
        x0, top, x1, bottom = self.frame_box((obj["x0"], obj["top"], obj["x1"], obj["bottom"]))
        height = float(self.height)
        turned = {
            **obj,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "y0": height - bottom,
            "y1": height - top,
            "width": x1 - x0,
            "height": bottom - top,
            "doctop": self.initial_doctop + top,
        }
        if obj["object_type"] == "char":
            turned["upright"] = char_orientation(obj["matrix"]) == self.orientation
            turned["size"] = bottom - top  # pdfminer's size is the printed height
        if "pts" in obj:
            turned["pts"] = [self.frame_point(point) for point in obj["pts"]]
        if "path" in obj:
            turned["path"] = [(op, *map(self.frame_point, points)) for op, *points in obj["path"]]
        return turned

    def frame_point(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.orientation.point(
            point[0] - self.origin[0], point[1] - self.origin[1], *self.printed
        )

    def frame_box(self, box: BBox) -> BBox:
        x0, top = self.origin
        moved = (box[0] - x0, box[1] - top, box[2] - x0, box[3] - top)
        return self.orientation.box(moved, *self.printed)


def rendered(page: Page, resolution: float) -> PageImage:
    """The page as an image in its reading frame, for drawing on or for OCR."""
    if not isinstance(page, ReadingPage):
        return page.to_image(resolution=resolution)
    printed = page.parent_page.to_image(resolution=resolution).original
    return PageImage(page, original=turned_image(printed, page.orientation), resolution=resolution)


def turned_image(image: images.Picture, orientation: Orientation) -> images.Picture:
    """An image of the printed page turned into the reading frame (the same turn as the boxes)."""
    if orientation.swap:
        image = images.transposed(image)
    if orientation.flip_x:
        image = images.mirrored(image)
    if orientation.flip_y:
        image = images.upside_down(image)
    return image


def render_for_ocr(page: Page) -> images.Picture:
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
    return rendered(page, resolution).original


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
    rules = [
        ruling.edge(e["x0"], e["top"], e["x1"], e["bottom"], e["orientation"]) for e in page.edges
    ]
    sides = [explicit_line(e) for e in ruling.closed_sides(rules)]
    for found in page.find_tables({"explicit_vertical_lines": sides}):
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


def explicit_line(edge: ruling.Edge) -> dict[str, Any]:
    """An edge as pdfplumber's table finder takes an explicit line."""
    return {
        "object_type": "line",
        "x0": edge.x0,
        "x1": edge.x1,
        "top": edge.top,
        "bottom": edge.bottom,
        "width": edge.width,
        "height": edge.height,
    }


def dict_box(shape: dict[str, Any]) -> tuple[float, float, float, float]:
    return (shape["x0"], shape["top"], shape["x1"], shape["bottom"])
