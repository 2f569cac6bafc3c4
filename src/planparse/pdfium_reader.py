"""The only module that imports pypdfium2: the fast reader, the same pages as ``pdf.read_pdf``.

pdfplumber (on pdfminer, pure Python) is the reference reader; this one reads the same things
through PDFium's C library at several times its speed. It rebuilds pdfplumber's view of a page
rather than PDFium's own: characters boxed as pdfminer boxes them (from the origin, the advance
width and the font's descent, not the glyph's outline), words cut by pdfplumber's rules and
tolerances, paths sorted into lines, rectangles and curves as pdfminer sorts them, and
coordinates turned the way pdfminer turns a rotated page. So every later stage sees the same
words and shapes whichever reader ran. Ruled-table cells are found by a port of pdfplumber's
table finder (``ruling``), fed from this reader's characters and edges.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from planparse import ocr, reading, ruling
from planparse.errors import (
    CorruptPDFError,
    NotAPDFError,
    OCRUnavailableError,
)
from planparse.geometry import BBox, Orientation, matrix_orientation, reading_frame
from planparse.types import Document, Mark, PageContent, Table, Word

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

X_TOLERANCE = 3.0  # pdfplumber's extract_words defaults: the gap that ends a word
Y_TOLERANCE = 3.0  # and the spread of tops that still makes one line
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
LIGATURE_CHARS = frozenset("".join(LIGATURES))
LIGATURE_CODES = frozenset(map(ord, LIGATURE_CHARS))
# A run joins characters whose edges clear the word test by more than this: rounding to
# PLACES moves an edge by half a thousandth at most, so the test on rounded edges agrees.
RUN_MARGIN = 0.01
HYPHEN_MARK = 0x02  # PDFium reports a hyphen that ends a line as this code
SPACE = 0x20
PLACES = 3  # PDFium works in single precision: its digits past the thousandth are noise
UNREAD = "\ufffe"  # in PDFium's text, a character it stores apart (a line-end hyphen)
# PDFium keeps glyph widths in whole thousandths of the font size, pdfminer as printed: a gap
# can look up to one unit wider here, so the word-gap test allows that much (per point of size)
WIDTH_ROUNDING = 0.001
# pdfminer boxes the characters of these fonts with its own metrics (the standard 14 and the
# aliases it knows) instead of the PDF's; their descent, per 1000 units of the font size:
STANDARD_DESCENTS = {
    **dict.fromkeys(("Courier", "CourierNew"), -194.0),
    **dict.fromkeys(("Helvetica", "Arial"), -207.0),
    **dict.fromkeys(("Times-Roman", "Times", "TimesNewRoman"), -217.0),
    **dict.fromkeys(("Symbol", "ZapfDingbats"), 0.0),
}
STANDARD_STYLES = re.compile(r"(?:-|,)(?:Bold|Italic|Oblique|BoldItalic|BoldOblique)$")


def lean(name: str, restype: Any, *argtypes: Any) -> Any:
    """A PDFium function called with plain addresses: pypdfium2's typed pointers cost a few
    microseconds a call, which the per-character calls pay tens of thousands of times."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


VOID_P, FLOAT_P = ctypes.c_void_p, ctypes.POINTER(ctypes.c_float)
text_object_at = lean("FPDFText_GetTextObject", VOID_P, VOID_P, ctypes.c_int)
is_generated = lean("FPDFText_IsGenerated", ctypes.c_int, VOID_P, ctypes.c_int)
# the origin's x and y are written to plain addresses: a typed pointer is checked every call
char_origin = lean("FPDFText_GetCharOrigin", ctypes.c_int, VOID_P, ctypes.c_int, VOID_P, VOID_P)
char_matrix = lean(
    "FPDFText_GetMatrix", ctypes.c_int, VOID_P, ctypes.c_int, ctypes.POINTER(raw.FS_MATRIX)
)
object_font = lean("FPDFTextObj_GetFont", VOID_P, VOID_P)
object_font_size = lean("FPDFTextObj_GetFontSize", ctypes.c_int, VOID_P, FLOAT_P)
page_object_at = lean("FPDFPage_GetObject", VOID_P, VOID_P, ctypes.c_int)
object_type = lean("FPDFPageObj_GetType", ctypes.c_int, VOID_P)
form_object_count = lean("FPDFFormObj_CountObjects", ctypes.c_int, VOID_P)
form_object_at = lean("FPDFFormObj_GetObject", VOID_P, VOID_P, ctypes.c_ulong)

DESCRIPTOR = re.compile(rb"/Type\s*/FontDescriptor\b")
FONT_NAME = re.compile(rb"/FontName\s*/([^\s/\[\]<>()]+)")
DESCENT = re.compile(rb"/Descent\s+(-?[\d.]+)")


class Char(NamedTuple):
    """One printed character, boxed and styled as pdfplumber reports it (a tuple: a page
    has thousands, made in the reader's innermost loop)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    upright: bool
    font: str
    size: float
    orientation: Orientation  # the reading frame of its text object
    # a run of characters (``Run``) keeps its last one's left and right edge, which the word
    # test compares with what follows; a character's are its own
    last_x0: float
    last_x1: float


# a Char's fields by position, for sorting and grouping thousands of them at C speed
LEFT, TOP, RIGHT, BOTTOM = (operator.itemgetter(index) for index in range(1, 5))
STYLE = operator.itemgetter(5, 6, 7)  # upright, font, size: pdfplumber cuts words where they change


@dataclass(frozen=True, slots=True)
class Shape:
    """A painted path as pdfminer classes it: a line, a rect or a curve (in page coordinates)."""

    kind: str  # "line" | "rect" | "curve"
    points: tuple[Point, ...]
    fill: bool

    @property
    def box(self) -> tuple[float, float, float, float]:
        xs = [x for x, _ in self.points]
        ys = [y for _, y in self.points]
        return (min(xs), min(ys), max(xs), max(ys))


def read_pdf(
    path: str | Path,
    password: str | None = None,
    *,
    limits: reading.Limits = reading.DEFAULT_LIMITS,
    deadline: reading.Deadline | None = None,
    ocr_mode: ocr.OcrMode = "auto",
) -> Document:
    """``pdf.read_pdf`` through PDFium: the same Document, read several times faster.

    PDFium reads around damage silently that the reference reader names: it rebuilds a broken
    cross-reference table (reading past malformed page dictionaries with it) and shows a page
    whose content it cannot decode as an empty page. So a file PDFium will not open, or whose
    table it had to rebuild, is read by the reference reader, whose errors and warnings say
    what is wrong; so are the pages PDFium finds nothing on (an empty page, or an undecodable
    one the reference reader reports). Sound files never load the reference reader.
    """
    path = Path(path)
    reading.check_size(path, limits.max_mb)
    with open_document(path, password) as document:
        if document is None or not raw.FPDF_DocumentHasValidCrossReferenceTable(document.raw):
            from planparse import pdf  # loaded only for a file that needs it

            return pdf.read_pdf(path, password, limits=limits, deadline=deadline, ocr_mode=ocr_mode)
        metadata = {k: v for k, v in document.get_metadata_dict().items() if v}
        reading.check_page_count(path, len(document), limits.max_pages)
        descents = declared_descents(path)
        pages: list[PageContent] = []
        skipped: list[int] = []
        empty: list[int] = []
        for index in range(len(document)):
            if deadline is not None:
                deadline.check()
            try:
                content = read_page(document, index, ocr_mode, descents)
            except pdfium.PdfiumError:
                skipped.append(index + 1)
            except ocr.OcrError as exc:
                raise OCRUnavailableError(path, str(exc)) from exc
            else:
                pages.extend([content] if content is not None else [])
                empty.extend([] if content is not None else [index + 1])
    if empty:
        pages, skipped = with_reference_pages(path, password, empty, pages, skipped)
    if skipped and not pages:
        raise CorruptPDFError(path, f"no page could be read: {reading.DAMAGED}")
    ocr.snap_text_layers(pages)
    warnings = [reading.skipped_warning(skipped)] if skipped else []
    warnings.extend(reading.unread_warning(pages))
    return Document(path=path, metadata=metadata, pages=pages, warnings=warnings)


@contextmanager
def open_document(path: Path, password: str | None) -> Iterator[pdfium.PdfDocument | None]:
    """The PDF opened, or None when PDFium refuses it: the reference reader then reads it, or
    names why it cannot (the damage, the encryption, a wrong password)."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPDFError(path, reading.not_a_pdf_reason(head))
    try:
        document = pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError:
        yield None
        return
    try:
        yield document
    finally:
        document.close()


def with_reference_pages(
    path: Path,
    password: str | None,
    numbers: list[int],
    pages: list[PageContent],
    skipped: list[int],
) -> tuple[list[PageContent], list[int]]:
    """The pages PDFium found nothing on, as the reference reader reads them (or fails to),
    put in page order among the others."""
    from planparse import pdf  # loaded only for a file that needs it

    read, failed = pdf.read_page_numbers(path, password, numbers)
    return sorted([*pages, *read], key=lambda page: page.number), sorted([*skipped, *failed])


def declared_descents(path: Path) -> dict[str, float]:
    """Each font's descent as its descriptor in the file states it (per unit of size), by name
    without the subset tag.

    pdfminer boxes characters from this number; PDFium replaces it with the font program's own
    when it is 0 or the font box is empty (LibreOffice writes 0) and keeps whole units only. The
    descriptors are read from the file's bytes: those inside compressed object streams are not
    seen, and their fonts keep PDFium's value, as do names declared twice with two values.
    """
    data = path.read_bytes()
    found: dict[str, set[float]] = {}
    for match in DESCRIPTOR.finditer(data):
        start = data.rfind(b" obj", 0, match.start())
        end = data.find(b"endobj", match.end())
        body = data[start if start >= 0 else 0 : end if end >= 0 else len(data)]
        name, descent = FONT_NAME.search(body), DESCENT.search(body)
        if name is None:
            continue
        value = -abs(float(descent.group(1))) / 1000 if descent else 0.0
        key = name.group(1).decode("latin-1").split("+")[-1]
        found.setdefault(key, set()).add(value)
    return {name: values.pop() for name, values in found.items() if len(values) == 1}


def read_page(
    document: pdfium.PdfDocument, index: int, ocr_mode: ocr.OcrMode, descents: dict[str, float]
) -> PageContent | None:
    """The page's content, or None when PDFium finds no object on it (empty, or undecodable)."""
    page = document[index]
    try:
        if not raw.FPDFPage_CountObjects(page.raw):
            return None
        frame = PageFrame.of(page)
        graphics = page_graphics(page, frame)
        shapes, images = graphics.shapes, graphics.images
        chars = page_chars(page, frame, descents, graphics.text_order, runs=True)
        if chars is None or any(not char.orientation.upright for char in chars):
            chars = page_chars(page, frame, descents, graphics.text_order)
        assert chars is not None  # read one by one, every page can be
        width, height = frame.width, frame.height
        shown = frame.box(page.get_cropbox())
        if any(not char.orientation.upright for char in chars):
            turn = reading_frame(c.orientation for c in chars if not c.text.isspace())
            if not turn.upright:
                width, height = turn.size(width, height)
                turned = Turned(turn, frame)
                chars, shapes, images = turned.page(chars, shapes, images)
                shown = turned.box(shown)
        chars = printed_once(chars)
        words = chars_to_words(chars)
        tables = ruled_tables(width, height, chars, shapes)
        if words is None or any(cut_by_cells(table, chars) for table in tables):
            # only runs can overlap or be cut, and a turned page was read one by one already
            chars = page_chars(page, frame, descents, graphics.text_order)
            assert chars is not None
            chars = printed_once(chars)
            words = chars_to_words(chars)
            tables = ruled_tables(width, height, chars, shapes)
        assert words is not None  # characters one by one never overlap as runs
        content = PageContent(
            number=index + 1,
            width=width,
            height=height,
            words=words,
            marks=bullet_marks(shapes),
            tables=tables,
            frames=reading.frame_boxes(
                [s.box for s in shapes if s.kind == "rect" or (s.kind == "curve" and s.fill)]
                + [box for box, _ in images]
            ),
            image_area=sum((x1 - x0) * (b - t) for (x0, t, x1, b), _ in images),
            unread_chars=sum(len(c.text) for c in chars if not c.upright and not c.text.isspace()),
        )
        reading.show_only(content, shown)
        image_share = content.image_area / max(content.width * content.height, 1.0)
        if ocr.needs_ocr(ocr_mode, [w.text for w in words], image_share):
            read = ocr.ocr_page(render_for_ocr(page, images), content.width)
            content.words = read
            content.ocr_confidence = ocr.mean_confidence(read)
        return content
    finally:
        page.close()


@dataclass(frozen=True)
class PageFrame:
    """pdfplumber's page coordinates: the MediaBox turned by /Rotate, origin top left.

    ``rotation`` is pdfminer's matrix for the page's /Rotate (it decides which characters are
    upright); ``to_page`` maps PDF user space straight to pdfplumber's top-left coordinates.
    """

    width: float
    height: float
    rotation: Matrix
    to_page: Matrix
    origin: Point  # the top left of pdfplumber's page box, in its coordinates

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> PageFrame:
        x0, y0, x1, y1 = page.get_mediabox()
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        turn = page.get_rotation() % 360
        rotation: Matrix = {
            90: (0, -1, 1, 0, -y0, x1),
            180: (-1, 0, 0, -1, x1, y1),
            270: (0, 1, -1, 0, y1, -x0),
        }.get(turn, (1, 0, 0, 1, -x0, -y0))
        if turn in (90, 270):
            left, bottom, right, top = y0, x0, y1, x1
        else:
            left, bottom, right, top = x0, y0, x1, y1
        width, height = right - left, top - bottom
        # pdfplumber adds the MediaBox's left back to x, and its inverted top (-bottom) to y
        flip: Matrix = (1, 0, 0, -1, left, height - bottom)
        return cls(width, height, rotation, multiply(rotation, flip), (left, -bottom))

    def box(self, pdf_box: tuple[float, float, float, float]) -> BBox:
        """A box in PDF user space (a CropBox), in page coordinates."""
        x0, y0, x1, y1 = pdf_box
        corners = [apply(self.to_page, x, y) for x, y in ((x0, y0), (x1, y1))]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class Turned:
    """A page read in a reading frame other than the printed one (``pdf.ReadingPage``): every
    box and point turned, so a sideways landscape page reads like an upright one, and a
    character counts as upright when it reads in that frame, so text in other directions
    stays apart (and is reported as not read)."""

    turn: Orientation
    frame: PageFrame

    def page(
        self, chars: list[Char], shapes: list[Shape], images: list[tuple[BBox, int]]
    ) -> tuple[list[Char], list[Shape], list[tuple[BBox, int]]]:
        turned: list[Char] = []
        for char in chars:
            if char.text == " " and turned:  # it ends where the character before it ends
                turned.append(space_after(turned[-1]))
            else:
                turned.append(self.char(char))
        return (
            turned,
            [Shape(s.kind, tuple(map(self.point, s.points)), s.fill) for s in shapes],
            [(self.box(box), pixels) for box, pixels in images],
        )

    def point(self, point: Point) -> Point:
        (left, top), frame = self.frame.origin, self.frame
        return self.turn.point(point[0] - left, point[1] - top, frame.width, frame.height)

    def box(self, box: BBox) -> BBox:
        (left, top), frame = self.frame.origin, self.frame
        moved = (box[0] - left, box[1] - top, box[2] - left, box[3] - top)
        return self.turn.box(moved, frame.width, frame.height)

    def char(self, char: Char) -> Char:
        x0, top, x1, bottom = self.box((char.x0, char.top, char.x1, char.bottom))
        left, right = round(x0, PLACES), round(x1, PLACES)
        return char._replace(
            x0=left,
            top=round(top, PLACES),
            x1=right,
            bottom=round(bottom, PLACES),
            upright=char.orientation == self.turn,
            size=round(bottom - top, PLACES),  # pdfminer's size is the printed height
            last_x0=left,
            last_x1=right,
        )


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix that applies ``first``, then ``then`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(matrix: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f = matrix
    return (a * x + c * y + e, b * x + d * y + f)


@dataclass
class Font:
    """What every character in one font shares, asked of PDFium once per font."""

    handle: Any
    name: str
    descent: float  # per unit of font size, as pdfminer reads it
    widths: dict[int, float]  # advance per unit of size, by character code

    def advance(self, code: int) -> float:
        width = self.widths.get(code)
        if width is None:
            value = ctypes.c_float()
            found = raw.FPDFFont_GetGlyphWidth(self.handle, code, 1.0, value)
            width = self.widths[code] = value.value if found else 0.0
        return width


class TextObject:
    """One text object's font, size and matrix, turned into page coordinates: the box of a
    character is its origin plus ``along`` times its advance plus ``up`` times a height.

    What every character of the object shares is worked out once here, so boxing one (the
    reader's innermost step, tens of thousands a document) is a few sums.
    """

    __slots__ = (
        "font",
        "size",
        "along",
        "up",
        "upright",
        "to_page",
        "level",
        "low",
        "high",
        "height",
        "advance",
        "baseline",
        "edges",
        "orientation",
    )

    def __init__(
        self,
        font: Font,
        size: float,
        along: Point,
        up: Point,
        to_page: Matrix,
        device: tuple[float, float, float, float],
    ) -> None:
        self.font, self.size, self.along, self.up, self.to_page = font, size, along, up, to_page
        ra, rb, rc, rd = device  # the text matrix as pdfminer sees it, the page's turn in it
        self.upright = ra * rd > 0 and rb * rc <= 0  # pdfminer's test
        self.orientation = matrix_orientation(ra, rb, rc, rd)
        (_, ay), (ux, uy) = along, up
        self.level = ay == 0 and ux == 0  # along the page's x, up along its y: no corners
        low = font.descent * size
        lower, upper = uy * low, uy * (low + size)  # y offsets of the box's edges, when level
        self.low, self.high = min(lower, upper), max(lower, upper)
        self.height = round(self.high - self.low, PLACES)  # one value for one style
        self.advance = along[0]  # page x per unit of advance, when level
        self.baseline = float("nan")  # the last character's baseline, and its box's edges
        self.edges = (0.0, 0.0)

    def box(self, text: str, x: float, y: float, code: int) -> Char:
        """pdfminer's box of a character at origin (x, y) in user space: from the origin, the
        advance along the baseline and one font size up from the descent."""
        if not self.level:
            width = self.font.widths.get(code)
            run = (self.font.advance(code) if width is None else width) * self.size
            a, b, c, d, e, f = self.to_page
            return self.turned_box(text, a * x + c * y + e, b * x + d * y + f, run)
        left, right, baseline = self.span(x, y, code)
        left, right = round(left, PLACES), round(right, PLACES)
        return self.run_char(text, left, right, baseline, left, right)

    def span(self, x: float, y: float, code: int) -> tuple[float, float, float]:
        """A level character's left and right edge and its baseline on the page, unrounded."""
        width = self.font.widths.get(code)
        run = (self.font.advance(code) if width is None else width) * self.size
        a, b, c, d, e, f = self.to_page
        px, py = a * x + c * y + e, b * x + d * y + f
        right = px + self.advance * run
        return (px, right, py) if px <= right else (right, px, py)

    def run_char(
        self, text: str, left: float, right: float, baseline: float, last_x0: float, last_x1: float
    ) -> Char:
        """A level character, or run of them, with its rounded edges on ``baseline``."""
        if baseline != self.baseline:  # the characters of a line share their top and bottom
            self.baseline = baseline
            self.edges = (round(baseline + self.low, PLACES), round(baseline + self.high, PLACES))
        top, bottom = self.edges
        return Char(
            text,
            left,
            top,
            right,
            bottom,
            self.upright,
            self.font.name,
            self.height,
            self.orientation,
            last_x0,
            last_x1,
        )

    def turned_box(self, text: str, px: float, py: float, run: float) -> Char:
        """The box of a character set at an angle or skewed: around its four corners."""
        (ax, ay), (ux, uy) = self.along, self.up
        low = self.font.descent * self.size
        high = low + self.size
        xs = [px + ax * dx + ux * dy for dx in (0.0, run) for dy in (low, high)]
        ys = [py + ay * dx + uy * dy for dx in (0.0, run) for dy in (low, high)]
        left, right = round(min(xs), PLACES), round(max(xs), PLACES)
        top, bottom = min(ys), max(ys)
        return Char(
            text,
            left,
            round(top, PLACES),
            right,
            round(bottom, PLACES),
            self.upright,
            self.font.name,
            round(bottom - top, PLACES),
            self.orientation,
            left,
            right,
        )


def page_chars(
    page: pdfium.PdfPage,
    frame: PageFrame,
    descents: dict[str, float] | None = None,
    text_order: dict[int, int] | None = None,
    runs: bool = False,
) -> list[Char] | None:
    """The page's characters in content order, as pdfplumber boxes them; with ``runs``, the
    characters no word test could part joined into runs (``Run``), or None when the page has
    what a run cannot stand for (a glyph of several letters), so it is read again without.

    PDFium moves the text objects of a line into left-to-right order; pdfplumber keeps the
    content's, and cuts words where the font changes in it, so the objects' content order
    (``text_order``) puts them back.

    A space only ends a word, so it is kept as a break after the character before it: PDFium
    leaves out a text object that prints nothing (a run of spaces on its own) and puts a space
    of its own where the gap says one was, which stands in for the one left out. Its line
    breaks are left out.
    """
    text_page = page.get_textpage()
    handle = text_page.raw
    # the text page as a pointer object: ctypes passes one faster than it converts an int
    address = ctypes.cast(handle, ctypes.c_void_p)
    count = raw.FPDFText_CountChars(handle)
    codes = char_codes(text_page, count)
    text_objects = TextObjects(address, frame, descents or {})
    objects: dict[int, TextObject] = {}  # by address
    chars: list[Char] = []
    places: list[int] = []  # each character's text object's place in the content
    guessed: set[int] = set()  # the spaces PDFium put in (by index in ``chars``)
    x, y = ctypes.c_double(), ctypes.c_double()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    last_key, last_x, last_y = 0, 0.0, 0.0  # the last character's text object and origin
    pending_high = 0
    order = text_order or {}
    unplaced = len(order)
    run: Run | None = None
    ends: dict[int, int] = {}  # a run over several text objects: its index, its last place

    def close(run: Run) -> None:
        if run.last_place != run.place:
            ends[len(chars)] = run.last_place
        chars.append(run.char())
        places.append(run.place)

    for index in range(count):
        code = codes[index]
        if run is not None and (code == SPACE or not runs):
            close(run)
            run = None
        if code == SPACE:
            if chars and not chars[-1].text.isspace():
                places.append(ends.get(len(chars) - 1, places[-1]))
                chars.append(space_after(chars[-1]))
                if is_generated(address, index):
                    guessed.add(len(chars) - 1)
            continue
        if 0xD800 <= code < 0xDC00:
            pending_high = code
            continue
        key = text_object_at(address, index)
        if not key:  # PDFium's own line breaks belong to no text object
            continue
        shared = objects.get(key)
        opens = shared is None  # the first character of its text object
        if shared is None:
            shared = objects[key] = text_objects.read(index, key)
        if code == HYPHEN_MARK or pending_high:
            text = char_text(code, pending_high)
            code, pending_high = ord(text[0]), 0
        else:
            text = chr(code)
        char_origin(address, index, x_at, y_at)
        at_x, at_y = x.value, y.value
        if at_x == last_x and at_y == last_y and key == last_key and (chars or run):
            if runs:
                text_page.close()
                return None
            chars[-1] = one_glyph(chars[-1], text, handle, index, frame)
            continue
        last_key, last_x, last_y = key, at_x, at_y
        if runs and shared.level and code not in LIGATURE_CODES and not text.isspace():
            left, right, baseline = shared.span(at_x, at_y, code)
            place = order.get(key, unplaced)
            if run is not None and run.takes(key, left, baseline):
                run.add(text, left, right)
                continue
            if (
                opens
                and run is not None
                and key in order
                and run.goes_on(shared, place, left, baseline)
            ):
                run.add(text, left, right)
                run.key, run.last_place = key, place
                continue
            if run is not None:
                close(run)
            run = Run(shared, key, place, text, left, right, baseline)
            continue
        if run is not None:
            close(run)
            run = None
        chars.append(shared.box(text, at_x, at_y, code))
        places.append(order.get(key, unplaced))
    if run is not None:
        close(run)
    text_page.close()
    if ends and not whole_objects(chars, places, ends):
        return None
    chars, places = kept_spaces(chars, places, guessed, ends)
    if any(later < earlier for earlier, later in itertools.pairwise(places)):
        chars = [char for _, _, char in sorted(zip(places, itertools.count(), chars))]
    return chars


class Run:
    """Level characters of one text object (or of text objects set alike, each next in the
    content) on one baseline, each right of the last and
    within the word gap of it by more than rounding could change: no word test can part them,
    so they are carried as one ``Char`` (their text, their box, and the last one's edges, for
    the word test against what follows). The words are those the characters give, read at a
    fraction of the cost: a page of text holds thousands of characters and hundreds of runs.
    Edges are compared unrounded here with a margin (``RUN_MARGIN``), and rounded once per run.
    """

    __slots__ = (
        "shared",
        "key",
        "place",
        "texts",
        "left",
        "right",
        "last_left",
        "last_right",
        "baseline",
        "reach",
        "last_place",
    )

    def __init__(
        self,
        shared: TextObject,
        key: int,
        place: int,
        text: str,
        left: float,
        right: float,
        baseline: float,
    ) -> None:
        self.shared, self.key, self.place, self.texts = shared, key, place, [text]
        self.left, self.right, self.last_left, self.last_right = left, right, left, right
        self.baseline = baseline
        # no word test may part a run: neither a table cell's (points) nor a page's (size)
        tolerance = min(X_TOLERANCE, reading.WORD_GAP * shared.height)
        self.reach = tolerance + WIDTH_ROUNDING * shared.height - RUN_MARGIN
        self.last_place = place

    def takes(self, key: int, left: float, baseline: float) -> bool:
        """Whether a character starting at ``left`` continues the run's last one."""
        return (
            key == self.key
            and baseline == self.baseline
            and self.last_left + RUN_MARGIN < left < self.last_right + self.reach
        )

    def goes_on(self, shared: TextObject, place: int, left: float, baseline: float) -> bool:
        """Whether the first character of the text object next in the content, set alike,
        continues the run: some producers make one text object per glyph. One starting
        before the middle of the last is that glyph printed again (a shadow), not the next."""
        return (
            shared is self.shared
            and place == self.last_place + 1
            and baseline == self.baseline
            and (self.last_left + self.last_right) / 2 < left < self.last_right + self.reach
        )

    def add(self, text: str, left: float, right: float) -> None:
        self.texts.append(text)
        self.last_left, self.last_right = left, right
        if right > self.right:
            self.right = right

    def char(self) -> Char:
        last_x0, last_x1 = round(self.last_left, PLACES), round(self.last_right, PLACES)
        left, right = round(self.left, PLACES), round(self.right, PLACES)
        text = "".join(self.texts)
        return self.shared.run_char(text, left, right, self.baseline, last_x0, last_x1)


def space_after(char: Char) -> Char:
    """A space where ``char`` (or the last character of its run) ends: no wider than nothing,
    in its style."""
    end = char.last_x1
    return Char._make((" ", end, char.top, end, *char[4:9], end, end))


def whole_objects(chars: list[Char], places: list[int], ends: dict[int, int]) -> bool:
    """Whether each run over several text objects holds all of them but its last: sorted by
    content order, the run stands where its first object does, so a character of one of
    them found elsewhere (PDFium moved it) would no longer come before the objects after."""
    owner = {place: index for index, last in ends.items() for place in range(places[index], last)}
    return all(
        owner.get(place, index) == index
        for index, (char, place) in enumerate(zip(chars, places, strict=True))
        if char.text != " "
    )


def kept_spaces(
    chars: list[Char], places: list[int], guessed: set[int], ends: dict[int, int]
) -> tuple[list[Char], list[int]]:
    """The characters without the spaces PDFium made up from a gap alone.

    PDFium puts a space where it drops a text object that prints nothing (a space on its
    own, which pdfplumber reads), and also wherever a gap looks wide enough to it; pdfplumber
    cuts a word at the first, and at the second only when the gap is wider than its
    tolerance (``begins_word`` tests that). So a made-up space stays only where the text
    objects between its neighbours' objects, in content order, are there and gave no character.
    """
    if not guessed:
        return chars, places
    printed = set(places)
    printed.update(
        place for index, last in ends.items() for place in range(places[index], last + 1)
    )
    kept_chars, kept_places = [], []
    for index, (char, place) in enumerate(zip(chars, places, strict=True)):
        if index in guessed and index + 1 < len(chars):
            between = range(place + 1, places[index + 1])
            if not between or any(p in printed for p in between):
                continue
        kept_chars.append(char)
        kept_places.append(place)
    return kept_chars, kept_places


def char_codes(text_page: pdfium.PdfTextPage, count: int) -> list[int]:
    """Every character's code, read in one call (one per character where the text holds
    characters beyond the Basic Multilingual Plane and the two do not line up), and asked
    one by one where the text has a placeholder."""
    text = text_page.get_text_range(0, count) if count else ""
    if len(text) != count:
        return [raw.FPDFText_GetUnicode(text_page.raw, index) for index in range(count)]
    return [
        raw.FPDFText_GetUnicode(text_page.raw, index) if char == UNREAD else ord(char)
        for index, char in enumerate(text)
    ]


def one_glyph(char: Char, text: str, handle: Any, index: int, frame: PageFrame) -> Char:
    """A glyph that prints several letters (a ligature, "ffi") is one character in pdfminer,
    as wide as the glyph; PDFium splits it into letters at one origin. They are joined again,
    the glyph's width read from PDFium's box of it (its width table has the one letter's)."""
    box = raw.FS_RECTF()
    raw.FPDFText_GetLooseCharBox(handle, index, box)
    corners = [
        apply(frame.to_page, x, y) for x in (box.left, box.right) for y in (box.bottom, box.top)
    ]
    right = max(char.x1, *(x for x, _ in corners))
    return char._replace(text=char.text + text, x1=right, last_x1=right)


def char_text(code: int, high: int) -> str:
    if code == HYPHEN_MARK:
        return "-"
    if high and 0xDC00 <= code < 0xE000:
        return chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
    return chr(code)


class TextObjects:
    """A page's text objects, each read from PDFium once (font, size, matrix).

    Some producers make one text object per glyph, so reading one is kept cheap: the buffers
    PDFium writes into are made once per page, and objects alike share one ``TextObject``.
    """

    def __init__(
        self, address: ctypes.c_void_p, frame: PageFrame, descents: dict[str, float]
    ) -> None:
        self.address, self.frame, self.descents = address, frame, descents
        self.fonts: dict[int, Font] = {}
        self.alike: dict[tuple[float, ...], TextObject] = {}
        self.matrix = raw.FS_MATRIX()
        self.size = ctypes.c_float()
        self.matrix_at, self.size_at = ctypes.byref(self.matrix), ctypes.byref(self.size)

    def read(self, index: int, text_object: int) -> TextObject:
        """The text object ``text_object`` that character ``index`` belongs to."""
        matrix, frame = self.matrix, self.frame
        char_matrix(self.address, index, self.matrix_at)
        object_font_size(text_object, self.size_at)
        font_key = object_font(text_object) or 0
        size = self.size.value
        key = (font_key, size, matrix.a, matrix.b, matrix.c, matrix.d)
        known = self.alike.get(key)
        if known is not None:
            return known
        font = self.fonts.get(font_key)
        if font is None:
            handle = ctypes.cast(font_key, raw.FPDF_FONT)
            font = self.fonts[font_key] = font_of(handle, self.descents)
        linear: Matrix = (matrix.a, matrix.b, matrix.c, matrix.d, 0.0, 0.0)
        a, b, c, d, _, _ = multiply(linear, (*frame.to_page[:4], 0.0, 0.0))
        ra, rb, rc, rd, _, _ = multiply(linear, frame.rotation)
        shared = TextObject(font, size, (a, b), (c, d), frame.to_page, (ra, rb, rc, rd))
        self.alike[key] = shared
        return shared


def font_of(handle: Any, descents: dict[str, float]) -> Font:
    name = font_name(handle)
    standard = STANDARD_DESCENTS.get(STANDARD_STYLES.sub("", name))
    if standard is not None and not raw.FPDFFont_GetIsEmbedded(handle):
        descent = standard / 1000
    elif name in descents:
        descent = descents[name]
    else:
        value = ctypes.c_float()
        raw.FPDFFont_GetDescent(handle, 1.0, value)
        descent = value.value
    return Font(handle, name, descent, {})


def font_name(font: Any) -> str:
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", errors="replace")


def chars_to_words(chars: list[Char]) -> list[Word] | None:
    """pdfplumber's ``extract_words`` (x tolerance ``WORD_GAP`` of the size, y tolerance 3,
    split at a change of font or size, lines clustered by top), keeping upright words as
    ``pdf.read_page`` does; None when runs of characters overlap on a line (text printed
    over text), where their characters would interleave: the page is then read character by
    character."""
    words: list[Word] = []
    for (upright, _, _), run in itertools.groupby(chars, STYLE):
        if not upright:
            continue
        for line in cluster_by_top(list(run)):
            line.sort(key=LEFT)
            if not runs_apart(line):
                return None
            words.extend(line_words(line, reading.WORD_GAP))
    return words


def runs_apart(line: list[Char]) -> bool:
    """Whether, on a line sorted by left edge, each run ends left of what follows it and
    nothing starts inside one: then sorting its characters one by one would give the same
    order. A single character's last left edge is its left edge."""
    return all(
        after.x0 > before.last_x0
        for before, after in itertools.pairwise(line)
        if before.last_x0 != before.x0 or after.last_x0 != after.x0
    )


T = TypeVar("T")


def cluster_by_top(chars: list[Char]) -> list[list[Char]]:
    return cluster(chars, TOP)


def cluster(items: list[T], key: Callable[[T], float]) -> list[list[T]]:
    """pdfplumber's ``cluster_objects``: distinct keys chained within the tolerance (3); each
    cluster keeps its items in their order."""
    values = sorted(set(map(key, items)))
    cluster_of: dict[float, int] = {}
    number, last = 0, values[0] if values else 0.0
    for value in values:
        if value > last + Y_TOLERANCE:
            number += 1
        cluster_of[value] = number
        last = value
    groups: list[list[T]] = [[] for _ in range(number + 1)]
    for item in items:
        groups[cluster_of[key(item)]].append(item)
    return groups


def cell_text(chars: list[Char]) -> str:
    """pdfplumber's ``extract_text`` (not laid out) on a cell's characters: words cut as in
    ``extract_words`` without the font split, upright and turned text each its own way; the
    words clustered into lines by their tops; lines joined by newlines."""
    words: list[Word] = []
    for upright, run in itertools.groupby(chars, lambda c: c.upright):
        if upright:
            for line in cluster_by_top(list(run)):
                line.sort(key=lambda c: c.x0)
                words.extend(line_words(line, None))
        else:
            for column in cluster(list(run), lambda c: c.x0):
                column.sort(key=lambda c: (c.top, c.bottom))
                words.extend(turned_words(column))
    lines = cluster(words, lambda w: w.top)
    return "\n".join(" ".join(word.text for word in line) for line in lines)


def line_words(line: list[Char], gap: float | None) -> Iterator[Word]:
    """The words of one line of upright characters, left to right: a space ends a word, and
    so does a character left of the last one, past the gap tolerance after it (``gap`` times
    the last one's size, or pdfplumber's fixed points when None; with room for PDFium's
    rounding of widths) or off its line (``begins_word``, inlined: this runs once per
    character)."""
    current: list[Char] = []
    left = right = top = size = 0.0
    for char in line:
        text, x0, char_top, _, _, _, _, char_size, _, last_x0, last_x1 = char
        if text.isspace():
            if current:
                yield merged(current)
            current = []
            continue
        if current and (
            x0 < left
            or x0 > right + (X_TOLERANCE if gap is None else gap * size) + WIDTH_ROUNDING * size
            or abs(char_top - top) > Y_TOLERANCE
        ):
            yield merged(current)
            current = []
        current.append(char)
        left, right, top, size = last_x0, last_x1, char_top, char_size
    if current:
        yield merged(current)


def turned_words(column: list[Char]) -> Iterator[Word]:
    """The words of a column of characters running down the page, as pdfplumber cuts turned
    text: at a space, or where a character is above the last one, below it past the gap
    tolerance, or off its column."""
    current: list[Char] = []
    for char in column:
        if char.text.isspace():
            if current:
                yield merged(current)
            current = []
            continue
        previous = current[-1] if current else None
        if previous is not None and (
            char.top < previous.top
            or char.top > previous.bottom + Y_TOLERANCE
            or abs(char.x0 - previous.x0) > X_TOLERANCE
        ):
            yield merged(current)
            current = []
        current.append(char)
    if current:
        yield merged(current)


def merged(chars: list[Char]) -> Word:
    """One word of its characters: their text (ligatures spelled out) and the box of all."""
    if len(chars) == 1 and LIGATURE_CHARS.isdisjoint(chars[0].text):  # a run makes most words
        text, x0, top, x1, bottom, _, font, size, *_ = chars[0]
        return Word(text, x0, top, x1, bottom, font, size)
    texts = [char.text for char in chars]
    text = "".join(texts)
    if not LIGATURE_CHARS.isdisjoint(text):
        text = "".join(LIGATURES.get(part, part) for part in texts)
    first = chars[0]
    return Word(
        text,
        min(map(LEFT, chars)),
        min(map(TOP, chars)),
        max(map(RIGHT, chars)),
        max(map(BOTTOM, chars)),
        first.font,
        first.size,
    )


@dataclass
class Graphics:
    """What a page's objects hold besides text: painted paths as pdfminer classes them,
    images (box, larger pixel side), and the content order of its text objects (by address)."""

    shapes: list[Shape]
    images: list[tuple[tuple[float, float, float, float], int]]
    text_order: dict[int, int]


def page_graphics(page: pdfium.PdfPage, frame: PageFrame) -> Graphics:
    """The page's objects in content order, those inside forms (XObjects) included."""
    found = Graphics([], [], {})
    address = ctypes.cast(page.raw, ctypes.c_void_p).value or 0
    count = raw.FPDFPage_CountObjects(page.raw)
    walk([page_object_at(address, i) for i in range(count)], frame.to_page, found)
    return found


def walk(objects: list[int], outer: Matrix, found: Graphics) -> None:
    for address in objects:
        kind = object_type(address)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            found.text_order[address] = len(found.text_order)
            continue
        handle = ctypes.cast(address, raw.FPDF_PAGEOBJECT)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            found.shapes.extend(path_shapes(handle, multiply(object_matrix(handle), outer)))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            found.images.append(image_box(handle, outer))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            inner = multiply(object_matrix(handle), outer)
            count = form_object_count(address)
            walk([form_object_at(address, i) for i in range(count)], inner, found)


def object_matrix(handle: Any) -> Matrix:
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(handle, matrix):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def image_box(handle: Any, outer: Matrix) -> tuple[tuple[float, float, float, float], int]:
    """An image's box (its unit square through its matrix) and its larger pixel side."""
    matrix = multiply(object_matrix(handle), outer)
    corners = [apply(matrix, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
    xs = [p[0] for p in corners]
    ys = [p[1] for p in corners]
    width, height = ctypes.c_uint(), ctypes.c_uint()
    raw.FPDFImageObj_GetImagePixelSize(handle, width, height)
    return (min(xs), min(ys), max(xs), max(ys)), max(width.value, height.value)


def path_shapes(handle: Any, matrix: Matrix) -> Iterator[Shape]:
    """pdfminer's ``paint_path``: each subpath a line, a rect or a curve.

    A curve keeps only the end point of each Bézier segment, as pdfminer does; a closed
    subpath ends at its start point (pdfminer's ``h``).
    """
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(handle, fill_mode, stroke)
    fill = fill_mode.value != 0
    x, y = ctypes.c_float(), ctypes.c_float()
    subpath: list[tuple[str, Point]] = []
    beziers = 0
    for index in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = apply(matrix, x.value, y.value)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if subpath:
                yield from classify(subpath, fill)
            subpath, beziers = [("m", point)], 0
            continue
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            beziers += 1
            if beziers % 3:
                continue  # a control point: pdfminer keeps the curve's end point only
            subpath.append(("c", point))
        else:
            subpath.append(("l", point))
        if raw.FPDFPathSegment_GetClose(segment) and subpath:
            subpath.append(("h", subpath[0][1]))
    if subpath:
        yield from classify(subpath, fill)


def classify(subpath: list[tuple[str, Point]], fill: bool) -> Iterator[Shape]:
    shape = "".join(op for op, _ in subpath)
    points = [point for _, point in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    if shape in {"mlh", "ml"}:
        yield Shape("line", (points[0], points[1]), fill)
        return
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        closed = points[0] == points[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if closed and square:
            yield Shape("rect", (points[0], points[2]), fill)
            return
    if len(points) > 1 or shape == "m":
        yield Shape("curve", tuple(points), fill)


def bullet_marks(shapes: list[Shape]) -> list[Mark]:
    """``pdf.bullet_marks``: small filled squarish curves and rects."""
    marks = []
    for shape in [s for s in shapes if s.kind == "curve"] + [s for s in shapes if s.kind == "rect"]:
        x0, top, x1, bottom = shape.box
        width, height = x1 - x0, bottom - top
        is_small = (
            min(width, height) >= reading.MARK_MIN_SIDE
            and max(width, height) <= reading.MARK_MAX_SIDE
        )
        if shape.fill and is_small and max(width, height) <= 2 * min(width, height):
            marks.append(Mark(x0, top, x1, bottom))
    return marks


def printed_once(chars: list[Char]) -> list[Char]:
    """The characters without those printed again over themselves (``reading.overprinted``);
    a run is compared whole, and where copies part into runs otherwise, the runs overlap and
    the page is read again one by one (``chars_to_words``)."""
    copies = reading.overprinted([(c.text, c.font, c.size, c.x0, c.top) for c in chars])
    return [char for index, char in enumerate(chars) if index not in copies] if copies else chars


def cut_by_cells(table: Table, chars: list[Char]) -> bool:
    """Whether a run of characters reaches over the side of a cell it is in: a cell takes
    the characters whose middle lies in it, so each of the run's would have to be placed."""
    x0, top, x1, bottom = table.bbox
    runs = sorted(
        ((char.top + char.bottom) / 2, char.x0, char.x1)
        for char in chars
        if char.last_x0 != char.x0 and char.x0 < x1 and char.x1 > x0
    )
    if not runs:
        return False
    middles = [middle for middle, _, _ in runs]
    for row in table.rows:
        for cell in row:
            if cell is None:
                continue
            left, top, right, bottom = cell.bbox
            band = runs[bisect.bisect_left(middles, top) : bisect.bisect_left(middles, bottom)]
            if any(x0 < right and x1 > left and (x0 < left or x1 >= right) for _, x0, x1 in band):
                return True
    return False


def edges(shapes: list[Shape]) -> list[ruling.Edge]:
    """pdfplumber's ``Page.edges``: lines, then the four sides of each rect, then each
    segment of each curve."""
    lines = [line_edge(s) for s in shapes if s.kind == "line"]
    sides = [side for s in shapes if s.kind == "rect" for side in rect_edges(s)]
    segments = [seg for s in shapes if s.kind == "curve" for seg in curve_edges(s)]
    return lines + sides + segments


def line_edge(shape: Shape) -> ruling.Edge:
    x0, top, x1, bottom = shape.box
    return ruling.edge(x0, top, x1, bottom, "h" if top == bottom else "v")


def rect_edges(shape: Shape) -> list[ruling.Edge]:
    x0, top, x1, bottom = shape.box
    return [
        ruling.edge(x0, top, x1, top, "h"),
        ruling.edge(x0, bottom, x1, bottom, "h"),
        ruling.edge(x0, top, x0, bottom, "v"),
        ruling.edge(x1, top, x1, bottom, "v"),
    ]


def curve_edges(shape: Shape) -> list[ruling.Edge]:
    found = []
    for (ax, ay), (bx, by) in itertools.pairwise(shape.points):
        orientation = "v" if ax == bx else ("h" if ay == by else "")
        found.append(ruling.edge(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), orientation))
    return found


def ruled_tables(
    width: float, height: float, chars: list[Char], shapes: list[Shape]
) -> list[Table]:
    """The tables the page's rules draw, found as pdfplumber's table finder finds them."""
    box = operator.itemgetter(1, 2, 3, 4)  # a Char's x0, top, x1, bottom
    return ruling.ruled_tables(width, height, edges(shapes), chars, box, cell_text)


def render_for_ocr(
    page: pdfium.PdfPage, images: list[tuple[tuple[float, float, float, float], int]]
) -> Any:
    """The page in pixels at its scan's own resolution, rendered as pdfplumber renders it."""
    largest = max(images, key=lambda image: area(image[0]), default=None)
    if largest is None:
        resolution = ocr.render_resolution(None, 0.0)
    else:
        (x0, top, x1, bottom), pixels = largest
        resolution = ocr.render_resolution(pixels, max(x1 - x0, bottom - top))
    bitmap = page.render(
        scale=resolution / 72,
        no_smoothtext=True,
        no_smoothpath=True,
        no_smoothimage=True,
        prefer_bgrx=True,
    )
    return bitmap.to_pil().convert("RGB")


def area(box: tuple[float, float, float, float]) -> float:
    x0, top, x1, bottom = box
    return (x1 - x0) * (bottom - top)
