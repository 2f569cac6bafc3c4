"""OCR on a synthetic scan: a page the test draws, rasterises, tilts, speckles and saves as an
image-only PDF, read back with Tesseract and fed to the layout and block stages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from synthetic import SyntheticPdf

import planparse
from planparse import ocr
from planparse.blocks import build_blocks
from planparse.errors import OCRUnavailableError
from planparse.layout import lay_out
from planparse.ocr import OcrError, needs_ocr, ocr_page, tesseract_available
from planparse.pdf import page_image, read_pdf
from planparse.types import Document, PageContent, Word

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(),
    reason="the tesseract program is not installed (apt-get install -y tesseract-ocr)",
)

DPI = 200
TILT = 0.7  # degrees, counter-clockwise, as a scanner feeds a page slightly askew
SECTIONS = [
    (
        "Community Trust",
        [
            ("1.1", "Host quarterly town hall meetings in every district"),
            ("1.2", "Expand the volunteer program for seniors and students"),
            ("1.3", "Publish use-of-force data on the city website"),
        ],
    ),
    (
        "Safer Streets",
        [
            ("2.1", "Add two traffic officers to the downtown corridor"),
            ("2.2", "Reduce response times to priority calls"),
            ("2.3", "Equip patrol cars with new radios"),
        ],
    ),
    (
        "Modern Tools",
        [
            ("3.1", "Replace the records system by the end of the year"),
            ("3.2", "Train every officer in crisis intervention"),
            ("3.3", "Review body-worn camera footage policies"),
        ],
    ),
]


def draw_plan(path: Path) -> Path:
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading("Lakeside Police Department", x=36, y=80, size=22)
    y = page.paragraph(
        "Our plan for the next three years sets out what we will do and how we will measure it.",
        x=36,
        y=y + 10,
        width=540,
        font="Helvetica",
        size=11,
    )
    page.columns(
        SECTIONS,
        y=y + 30,
        heading_font="Helvetica-Bold",
        heading_size=14,
        font="Helvetica",
        size=11,
    )
    return pdf.save(path)


def scan(native: Path, path: Path) -> Path:
    """Rasterise the page, tilt it, speckle it and save it as an image-only PDF."""
    picture = page_image(native, 1, resolution=DPI).original.convert("L")
    tilted = picture.rotate(TILT, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(tilted).copy()
    rng = np.random.default_rng(7)
    rows, columns = rng.integers(0, pixels.shape[0], 600), rng.integers(0, pixels.shape[1], 600)
    pixels[rows, columns] = 60
    canvas = Canvas(str(path), pagesize=(612, 792), invariant=1)
    canvas.drawImage(ImageReader(Image.fromarray(pixels)), 0, 0, width=612, height=792)
    canvas.save()
    return path


@pytest.fixture(scope="module")
def native(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return draw_plan(tmp_path_factory.mktemp("ocr") / "native.pdf")


@pytest.fixture(scope="module")
def scanned(native: Path) -> Path:
    return scan(native, native.with_name("scanned.pdf"))


@pytest.fixture(scope="module")
def words(scanned: Path) -> list[Word]:
    return ocr_page(page_image(scanned, 1, resolution=DPI).original, 612.0)


def as_document(words: list[Word], path: Path) -> Document:
    page = PageContent(
        number=1,
        width=612.0,
        height=792.0,
        words=[Word(w.text, w.x0, w.top, w.x1, w.bottom, w.font, w.size) for w in words],
        image_area=612.0 * 792.0,
    )
    return Document(path=path, metadata={}, pages=[page])


@needs_tesseract
def test_ocr_reads_the_printed_words(native: Path, words: list[Word]) -> None:
    printed = [w.text for w in read_pdf(native).pages[0].words]
    read = [w.text for w in words]
    found = sum(1 for text in printed if text in read)
    assert found >= 0.97 * len(printed), sorted(set(printed) - set(read))
    assert len(read) <= len(printed) + 2, sorted(set(read) - set(printed))


@needs_tesseract
def test_ocr_puts_words_where_they_are_printed(native: Path, words: list[Word]) -> None:
    """The tilt is undone and pixels become points: each word lands on its printed box."""
    printed = read_pdf(native).pages[0].words
    for word in words:
        offsets = [
            max(abs(word.x0 - twin.x0), abs(word.bottom - twin.bottom))
            for twin in printed
            if twin.text == word.text
        ]
        assert not offsets or min(offsets) < 3, word


@needs_tesseract
def test_ocr_estimates_size_and_weight(words: list[Word]) -> None:
    by_text = {w.text: w for w in words}
    body, heading = by_text["quarterly"], by_text["Trust"]
    assert 10 <= body.size <= 12.5
    assert heading.size >= 1.15 * body.size
    assert "Bold" in heading.font
    assert "Bold" not in body.font
    assert all(0 <= w.confidence <= 100 for w in words)


@needs_tesseract
def test_ocr_words_feed_the_layout_and_block_stages(scanned: Path, words: list[Word]) -> None:
    blocks = build_blocks(lay_out(as_document(words, scanned)))
    headings = [b.text for b in blocks if b.kind == "heading"]
    items = [(b.number, b.text) for b in blocks if b.kind == "item"]
    assert headings[0] == "Lakeside Police Department"
    assert [title for title, _ in SECTIONS] == headings[1:]
    assert items == [item for _, section in SECTIONS for item in section]


def test_ocr_without_tesseract_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "tesseract-not-installed-here")
    assert not tesseract_available()
    with pytest.raises(OcrError, match="tesseract-ocr"):
        ocr_page(Image.new("L", (100, 100), 255), 72.0)


def word(text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, 100.0, x1, 111.0, "OCR", 11.0, 90.0)


@pytest.mark.parametrize(
    ("texts", "repaired"),
    [
        (["Explore", "Al", "tools"], ["Explore", "AI", "tools"]),
        (["Chief", "Al", "Smith"], ["Chief", "Al", "Smith"]),
        (["new", "CAD/RMS", "(5WAT)"], ["new", "CAD/RMS", "(SWAT)"]),
        (["All", "officers"], ["All", "officers"]),
    ],
)
def test_ocr_restores_acronyms_the_lexicon_knows(texts: list[str], repaired: list[str]) -> None:
    words = [word(text, 60.0 * i, 60.0 * i + 40) for i, text in enumerate(texts)]
    assert [w.text for w in ocr.repair(words)] == repaired


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        (["body", "-worn", "cameras"], ["body-worn", "cameras"]),
        (["the", "use", "-of", "-force", "policy"], ["the", "use-of-force", "policy"]),
        (["use", "-", "of", "-", "force"], ["use-of-force"]),
        (["2025", "-2027"], ["2025", "-2027"]),
    ],
)
def test_ocr_joins_compounds_split_at_a_hyphen(texts: list[str], joined: list[str]) -> None:
    """Parts a word space apart join only when the lexicon knows the compound."""
    words = [word(text, 40.0 * i, 40.0 * i + 30) for i, text in enumerate(texts)]
    assert [w.text for w in ocr.repair(words)] == joined


def test_ocr_joins_parts_printed_without_a_space() -> None:
    words = [word("self-", 0.0, 30.0), word("discipline", 30.5, 80.0)]
    assert [w.text for w in ocr.repair(words)] == ["self-discipline"]


@pytest.mark.parametrize(
    ("mode", "texts", "image_share", "expected"),
    [
        ("auto", [], 1.0, True),
        ("auto", ["Loading..."], 0.95, True),
        ("auto", ["A", "page", "of", "real", "text", "with", "plenty", "of", "words"], 1.0, False),
        ("auto", [], 0.1, False),
        ("auto", ["(cid:12)"] * 40, 1.0, True),
        ("always", ["A", "page", "of", "real", "text", "with", "plenty", "of", "words"], 0.0, True),
        ("never", [], 1.0, False),
    ],
)
def test_ocr_needed_only_for_image_pages(
    mode: ocr.OcrMode, texts: list[str], image_share: float, expected: bool
) -> None:
    assert needs_ocr(mode, texts, image_share) is expected


@pytest.mark.parametrize(
    ("pixels", "shown", "dpi"),
    [
        (2550, 1224.0, 150),
        (2550, 612.0, 300),
        (600, 612.0, 150),
        (5100, 612.0, 400),
        (None, 0, 300),
    ],
)
def test_ocr_renders_at_the_scan_resolution(pixels: int | None, shown: float, dpi: int) -> None:
    assert ocr.render_resolution(pixels, shown) == dpi


@needs_tesseract
def test_ocr_without_the_language_names_its_package() -> None:
    page = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(page).rectangle((40, 80, 360, 120), fill=0)
    with pytest.raises(OcrError, match="tesseract-ocr-xyz"):
        ocr_page(page, 192.0, language="xyz")


def test_ocr_mixed_document_reads_only_image_pages(tmp_path: Path) -> None:
    """A native page stays native; only the image-only page goes through Tesseract."""
    if not tesseract_available():
        pytest.skip("the tesseract program is not installed (apt-get install -y tesseract-ocr)")
    text_page = tmp_path / "text.pdf"
    sheet = Canvas(str(text_page), pagesize=(612, 792))
    sheet.setFont("Helvetica-Bold", 18)
    sheet.drawString(72, 700, "Goal 1: Safer Parks")
    sheet.save()
    picture = page_image(text_page, 1, resolution=DPI).original.convert("L")
    mixed = tmp_path / "mixed.pdf"
    sheet = Canvas(str(mixed), pagesize=(612, 792))
    sheet.setFont("Helvetica-Bold", 18)
    sheet.drawString(72, 700, "Goal 2: Safer Streets")
    sheet.showPage()
    sheet.drawImage(ImageReader(picture), 0, 0, width=612, height=792)
    sheet.save()

    pages = read_pdf(mixed).pages
    assert pages[0].words
    assert not any(word.ocr for word in pages[0].words)
    assert pages[1].words
    assert all(word.ocr for word in pages[1].words)
    assert "Parks" in {word.text for word in pages[1].words}


def test_ocr_missing_tesseract_is_a_planparse_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    scanned_sample = Path(__file__).resolve().parent.parent / "samples"
    with pytest.raises(OCRUnavailableError, match="tesseract-ocr"):
        planparse.parse(scanned_sample / "tustin-pd-2025-2027-scanned.pdf")


def test_ocr_roman_numerals_read_as_look_alikes_are_restored() -> None:
    from planparse.ocr import restore_numeral

    caps = Word("WORKFORCE", 0, 0, 50, 10, "Helvetica", 10)
    lower = Word("health", 0, 0, 50, 10, "Helvetica", 10)
    assert restore_numeral("Il.", None) == "II."
    assert restore_numeral("Ill", caps) == "III"
    assert restore_numeral("Ill", lower) == "Ill"  # the word, at a sentence start
    assert restore_numeral("I.", None) == "I."


def layer_page(
    number: int, heading_size: float, body_sizes: list[float], image: bool
) -> PageContent:
    """A page of a searchable scan: a heading and body words, each sized to its own box."""
    words = [Word("Heading", 72.0, 80.0, 160.0, 80.0 + heading_size, "Helvetica", heading_size)]
    for i, size in enumerate(body_sizes):
        top = 120.0 + 14.0 * i
        words.append(Word(f"word{i}", 72.0, top, 110.0, top + size, "Helvetica", size))
    area = 612.0 * 792.0 if image else 0.0
    return PageContent(number, 612.0, 792.0, words, image_area=area)


def test_ocr_text_layer_sizes_snap_to_one_size_per_style_across_pages() -> None:
    """A scanner's OCR layer sizes each word to its box: the same heading style measured 17.6
    on one page and 18.4 on the next is one size, as is the body's jitter; a page without a
    page image, or with a few set sizes, keeps its sizes."""
    jitter = [9.5 * (1 + d / 100) for d in (-4.7, -3.1, -2.2, -1.3, -0.4, 0.6, 1.5, 2.4, 3.3, 4.6)]
    pages = [layer_page(1, 17.6, jitter, True), layer_page(2, 18.4, jitter[::-1], True)]
    ocr.snap_text_layers(pages)
    headings = {page.words[0].size for page in pages}
    body = {w.size for page in pages for w in page.words[1:]}
    assert len(headings) == 1
    assert len(body) == 1
    assert headings != body
    printed = [layer_page(1, 17.6, jitter, False), layer_page(2, 18.0, [9.5] * 10, True)]
    ocr.snap_text_layers(printed)
    assert [w.size for w in printed[0].words] == [17.6, *jitter]
    assert {w.size for w in printed[1].words} == {18.0, 9.5}


def test_ocr_snapped_sizes_close_together_merge_and_distinct_ones_stay() -> None:
    """The local means of one heading style can settle a little apart (17.7 and 18.1); they
    are one size, while a title at 16 and pillars at 18 stay two."""
    sizes = [17.7, 18.1, 16.0, 9.5]
    words = [Word("Heading", 72.0, 80.0, 160.0, 80.0 + s, "Helvetica", s) for s in sizes]
    merged = [w.size for w in ocr.merge_modes(words)]
    assert merged[0] == merged[1]
    assert len({merged[1], merged[2], merged[3]}) == 3


def searchable_scan(path: Path) -> Path:
    """Two scanned pages, each a page image under an invisible text layer whose OCR engine
    sized every word to its box: the heading style measured 17.6 and 18.4, the body jittered."""
    canvas = Canvas(str(path), pagesize=(612, 792), invariant=1)
    paper = ImageReader(Image.new("L", (306, 396), 235))
    for heading_size, shifts in ((17.6, (-4, -2, 0, 1, 3, 4)), (18.4, (4, 2, -1, -3, 0, -4))):
        canvas.drawImage(paper, 0, 0, width=612, height=792)
        placed = [("Heading", 72.0, 700.0, heading_size)] + [
            (f"word{i}{j}", 72.0 + 60 * j, 660.0 - 16 * i, 9.5 * (1 + (d + j) / 100))
            for i, d in enumerate(shifts)
            for j in range(3)
        ]
        for text, x, y, size in placed:
            layer = canvas.beginText(x, y)
            layer.setTextRenderMode(3)
            layer.setFont("Helvetica", size)
            layer.textOut(text)
            canvas.drawText(layer)
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_readers_read_a_searchable_scan_from_its_text_layer_one_size_per_style(
    tmp_path: Path, reader: str
) -> None:
    from planparse import pdfium_reader

    path = searchable_scan(tmp_path / "searchable.pdf")
    read = read_pdf if reader == "pdfplumber" else pdfium_reader.read_pdf
    pages = read(path).pages
    assert [page.ocr_confidence for page in pages] == [None, None]
    headings = {page.words[0].size for page in pages if page.words[0].text == "Heading"}
    assert len(headings) == 1
    assert len({w.size for page in pages for w in page.words[1:]}) == 1
