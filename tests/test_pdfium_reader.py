"""The PDFium reader against the reference (pdfplumber) reader, on small PDFs drawn here."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from test_errors import TEXT, looping_xref_pdf, pages_pdf, stream, write

from planparse import pdf, pdfium_reader
from planparse.errors import CorruptPDFError, EncryptedPDFError, NotAPDFError
from planparse.pipeline import parse
from planparse.types import Document, Mark, PageContent, Word

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HEIGHT = 792.0
SLACK = 0.05  # points: PDFium works in single precision and whole width units


def draw(path: Path, paint: Callable[[Canvas], None], **options: object) -> Path:
    """One letter-size page painted by ``paint`` (reportlab's origin: bottom left)."""
    sheet = Canvas(str(path), pagesize=(612, HEIGHT), **options)  # type: ignore[arg-type]
    paint(sheet)
    sheet.showPage()
    sheet.save()
    return path


def both(path: Path) -> tuple[Document, Document]:
    return pdf.read_pdf(path), pdfium_reader.read_pdf(path)


def same_word(a: Word, b: Word) -> bool:
    return (
        a.text == b.text
        and a.font.split("+")[-1] == b.font.split("+")[-1]
        and (a.bold, a.italic) == (b.bold, b.italic)
        and abs(a.size - b.size) < SLACK
        and all(abs(p - q) < SLACK for p, q in zip(box(a), box(b), strict=True))
    )


def box(thing: Word | Mark) -> tuple[float, float, float, float]:
    return (thing.x0, thing.top, thing.x1, thing.bottom)


def only_page(document: Document) -> PageContent:
    assert len(document.pages) == 1
    return document.pages[0]


def styled_text(sheet: Canvas) -> None:
    sheet.setFont("Helvetica-Bold", 20)
    sheet.drawString(72, 700, "Goal 1: Safer Streets")
    sheet.setFont("Times-Italic", 11)
    sheet.drawString(72, 670, "Measured every quarter, reported in public.")
    sheet.setFont("Helvetica", 9)
    sheet.drawString(72, 650, "Lead:")
    sheet.drawString(95.5, 650, "Patrol")  # 1 pt after "Lead:" ends: too close to cut
    sheet.drawString(124.5, 650, "Bureau")  # 4.5 pt after "Patrol": a gap that ends a word
    sheet.setFont("Courier", 10)
    sheet.drawString(300, 650, "Due: 2026")


def test_pdfium_reader_words_match_the_reference_reader(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "styled.pdf", styled_text))
    left, right = only_page(reference), only_page(fast)
    assert [w.text for w in right.words] == [w.text for w in left.words]
    assert all(same_word(a, b) for a, b in zip(left.words, right.words, strict=True))
    assert "Lead:Patrol" in [w.text for w in right.words]  # as pdfplumber joins them
    assert {w.text for w in right.words if w.bold} == {"Goal", "1:", "Safer", "Streets"}
    assert (right.width, right.height) == (left.width, left.height) == (612, HEIGHT)


def placed_words(sheet: Canvas) -> None:
    """Words a layout tool placed one by one, no space printed between them: at 8 pt a space
    is 2.2 pt wide, under any fixed tolerance of points; in large type a tracked word's
    letters stand 3.5 pt apart, over it."""
    x = 72.0
    for word in ("Hire", "more", "officers"):
        sheet.setFont("Helvetica", 8)
        sheet.drawString(x, 700, word)
        x += sheet.stringWidth(word + " ", "Helvetica", 8)
    sheet.setFont("Helvetica-Bold", 30)
    sheet.drawString(72, 640, "TRUST", charSpace=3.5)


def test_both_readers_part_words_at_a_gap_relative_to_their_size(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "placed.pdf", placed_words))
    left, right = only_page(reference), only_page(fast)
    assert [w.text for w in left.words] == ["Hire", "more", "officers", "TRUST"]
    assert all(same_word(a, b) for a, b in zip(left.words, right.words, strict=True))


def shadowed_heading(sheet: Canvas) -> None:
    """A heading with a drop shadow: the text in grey, then again 0.6 pt up and left in
    black; and two letters printed one over the other's edge, far enough apart to be two."""
    sheet.setFont("Helvetica-Bold", 18)
    sheet.setFillColorRGB(0.7, 0.7, 0.7)
    sheet.drawString(72.6, 699.4, "Safer Streets")
    sheet.setFillColorRGB(0, 0, 0)
    sheet.drawString(72, 700, "Safer Streets")
    sheet.setFont("Helvetica", 10)
    sheet.drawString(72, 650, "ll")


def test_both_readers_read_a_shadowed_heading_once(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "shadow.pdf", shadowed_heading))
    left, right = only_page(reference), only_page(fast)
    assert [w.text for w in left.words] == ["Safer", "Streets", "ll"]
    assert all(same_word(a, b) for a, b in zip(left.words, right.words, strict=True))


def test_pdfium_reader_drops_a_character_printed_again_over_itself() -> None:
    """PDFium keeps a shadow's copy of a glyph in some files (designer-frames-4's tracked
    capitals); the fast reader drops what the reference drops: the same character in the
    same font and size within a tenth of its size of an earlier one."""
    first = char("I", 62.0, 69.0, 62.0)
    shadow = first._replace(x0=62.8, x1=69.8, last_x0=62.8, last_x1=69.8, top=700.8)
    apart = first._replace(x0=72.3, x1=79.3, last_x0=72.3, last_x1=79.3)
    assert pdfium_reader.printed_once([first, shadow, apart]) == [first, apart]
    assert pdfium_reader.printed_once([first, apart]) == [first, apart]


def tricky_runs(sheet: Canvas, *, struck: bool) -> None:
    """Text that reading characters in runs must not change: kerned gaps inside one text
    object, one line from two text objects out of left-to-right order, letters whose gaps sit
    a fraction past the word gap, and (``struck``) text printed over other text."""
    sheet.setFont("Helvetica", 11)
    sheet.drawString(72, 700, "Overprinted heading")
    if struck:
        sheet.drawString(75, 700, "struck through")
    text = sheet.beginText(72, 670)
    text.setFont("Helvetica", 10)
    text._code.append("[(Kerned) -400 (gap) -290 (ok) 50 (tight)] TJ")  # gaps of 4, 2.9 pt
    sheet.drawText(text)
    sheet.drawString(200, 640, "right part")
    sheet.drawString(72, 640, "left part")
    sheet.setFont("Helvetica", 9)
    for index, letter in enumerate("spaced"):
        sheet.drawString(72 + index * 8.0005, 610, letter)


@pytest.mark.parametrize("struck", [False, True])
def test_pdfium_reader_runs_give_the_words_characters_give(tmp_path: Path, struck: bool) -> None:
    path = draw(tmp_path / "runs.pdf", lambda sheet: tricky_runs(sheet, struck=struck))
    reference, fast = only_page(pdf.read_pdf(path)), only_page(pdfium_reader.read_pdf(path))
    assert [w.text for w in fast.words] == [w.text for w in reference.words]
    assert all(same_word(a, b) for a, b in zip(reference.words, fast.words, strict=True))
    document = pdfium_reader.pdfium.PdfDocument(path)
    page = document[0]
    frame = pdfium_reader.PageFrame.of(page)
    order = pdfium_reader.page_graphics(page, frame).text_order
    one_by_one = pdfium_reader.page_chars(page, frame, None, order)
    in_runs = pdfium_reader.page_chars(page, frame, None, order, runs=True)
    page.close()
    document.close()
    assert one_by_one is not None
    assert in_runs is not None
    assert len(in_runs) < len(one_by_one)  # runs did form
    words = pdfium_reader.chars_to_words(in_runs)
    if struck:  # runs overlap: the page is read again one character at a time
        assert words is None
    else:
        assert words == pdfium_reader.chars_to_words(one_by_one)


def glyph_objects(sheet: Canvas) -> None:
    """Text set as some producers set it: every glyph its own text object."""
    sheet.setFont("Helvetica", 11)
    for y, line in ((700, "Each glyph its own object"), (680, "Lead: Patrol Bureau")):
        x = 72.0
        for letter in line:
            sheet.drawString(x, y, letter)
            x += sheet.stringWidth(letter, "Helvetica", 11)


def test_pdfium_reader_joins_text_objects_of_one_glyph_into_runs(tmp_path: Path) -> None:
    path = draw(tmp_path / "glyphs.pdf", glyph_objects)
    reference, fast = only_page(pdf.read_pdf(path)), only_page(pdfium_reader.read_pdf(path))
    assert [w.text for w in fast.words] == [w.text for w in reference.words]
    assert all(same_word(a, b) for a, b in zip(reference.words, fast.words, strict=True))
    document = pdfium_reader.pdfium.PdfDocument(path)
    page = document[0]
    frame = pdfium_reader.PageFrame.of(page)
    order = pdfium_reader.page_graphics(page, frame).text_order
    in_runs = pdfium_reader.page_chars(page, frame, None, order, runs=True)
    page.close()
    document.close()
    assert in_runs is not None
    assert [c.text for c in in_runs if not c.text.isspace()][:2] == ["Each", "glyph"]


def char(text: str, x0: float, x1: float, last_x0: float) -> pdfium_reader.Char:
    upright = pdfium_reader.matrix_orientation(1.0, 0.0, 0.0, 1.0)
    return pdfium_reader.Char(
        text, x0, 700.0, x1, 710.0, True, "Helvetica", 10.0, upright, last_x0, x1
    )


def test_a_run_over_text_objects_must_hold_all_but_its_last() -> None:
    run = char("ab", 72.0, 82.0, 77.0)  # from the objects at places 3 and 4
    moved = char("c", 90.0, 95.0, 90.0)
    assert pdfium_reader.whole_objects([run, moved], [3, 5], {0: 4})
    assert pdfium_reader.whole_objects([run, moved], [3, 4], {0: 4})  # the last goes on
    assert not pdfium_reader.whole_objects([run, moved], [3, 3], {0: 4})  # PDFium moved it


def test_pdfium_reader_reads_a_word_over_a_cell_side_as_the_reference(tmp_path: Path) -> None:
    def paint(sheet: Canvas) -> None:
        for x in (72, 250, 420, 540):
            sheet.line(x, 560, x, 470)
        for y in (560, 530, 500, 470):
            sheet.line(72, y, 540, y)
        sheet.setFont("Helvetica", 10)
        sheet.drawString(236, 542, "acrossrule")  # starts in column one, ends in column two
        sheet.drawString(76, 512, "Hire two analysts")
        sheet.drawString(254, 512, "Chief of Staff")

    reference, fast = both(draw(tmp_path / "across.pdf", paint))
    left, right = only_page(reference), only_page(fast)
    texts = [[cell and cell.text for cell in row] for row in right.tables[0].rows]
    assert texts == [[cell and cell.text for cell in row] for row in left.tables[0].rows]
    assert "acrossrule" not in str(texts)  # the cells part the word as the reference does


def shapes(sheet: Canvas) -> None:
    sheet.setFont("Helvetica", 11)
    for row, y in enumerate((700, 680, 660)):
        sheet.circle(80, y + 3, 2, stroke=0, fill=1)  # a bullet drawn as a shape
        sheet.drawString(90, y, f"Activity number {row + 1}")
    sheet.rect(78, 638, 4, 4, stroke=0, fill=1)  # a square bullet
    sheet.drawString(90, 637, "A square-bulleted activity")
    sheet.circle(80, 620, 2, stroke=1, fill=0)  # an outline: no mark
    sheet.rect(300, 500, 200, 100, stroke=0, fill=1)  # a panel, far too big to be a bullet


def test_pdfium_reader_bullet_shapes_match(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "bullets.pdf", shapes))
    left, right = only_page(reference), only_page(fast)
    assert len(right.marks) == len(left.marks) == 4
    for a, b in zip(left.marks, right.marks, strict=True):
        assert all(abs(p - q) < SLACK for p, q in zip(box(a), box(b), strict=True))


def ruled_table(sheet: Canvas) -> None:
    columns, rows = (72, 250, 420, 540), (700, 670, 640, 610)
    for x in columns:
        sheet.line(x, rows[0], x, rows[-1])
    for y in rows:
        sheet.line(columns[0], y, columns[-1], y)
    cells = [
        ["Action", "Lead", "Due"],
        ["Hire two analysts", "Chief of Staff", "2025"],
        ["Open a substation", "Patrol Bureau", "2026"],
    ]
    sheet.setFont("Helvetica", 10)
    for row, texts in enumerate(cells):
        for column, text in enumerate(texts):
            sheet.drawString(columns[column] + 4, rows[row] - 18, text)


def test_pdfium_reader_ruled_tables_match(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "table.pdf", ruled_table))
    left, right = only_page(reference), only_page(fast)
    assert len(left.tables) == len(right.tables) == 1
    texts = [[cell and cell.text for cell in row] for row in right.tables[0].rows]
    assert texts == [[cell and cell.text for cell in row] for row in left.tables[0].rows]
    assert texts[1] == ["Hire two analysts", "Chief of Staff", "2025"]
    for a, b in zip(left.tables[0].bbox, right.tables[0].bbox, strict=True):
        assert abs(a - b) < SLACK


def turned(sheet: Canvas) -> None:
    """A page turned by /Rotate 90 (reportlab stores its MediaBox landscape, so it shows
    portrait), some of its text turned to read upright once the page is turned."""
    sheet.setPageRotation(90)
    sheet.rotate(90)
    sheet.setFont("Helvetica-Bold", 16)
    sheet.drawString(72, -100, "Pillar 2: Community Trust")
    sheet.setFont("Helvetica", 10)
    sheet.drawString(72, -130, "Meet every neighborhood council twice a year.")
    sheet.rotate(-90)
    sheet.drawString(72, 72, "Printed across the turned page")  # not upright once turned


def test_pdfium_reader_turns_a_rotated_page_as_the_reference_does(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "rotated.pdf", turned))
    left, right = only_page(reference), only_page(fast)
    assert (right.width, right.height) == (left.width, left.height) == (612, HEIGHT)
    assert [w.text for w in right.words] == [w.text for w in left.words]
    assert "Pillar" in [w.text for w in right.words]
    assert "across" not in [w.text for w in right.words]
    assert all(same_word(a, b) for a, b in zip(left.words, right.words, strict=True))


def picture(sheet: Canvas) -> None:
    image = Image.new("RGB", (40, 20), "gray")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    sheet.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 100, 400, width=200, height=100)
    sheet.setFont("Helvetica", 10)
    sheet.drawString(72, 700, "A caption beside a picture")


def test_pdfium_reader_image_area_matches(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "image.pdf", picture))
    assert only_page(fast).image_area == pytest.approx(only_page(reference).image_area, abs=1.0)
    assert only_page(fast).image_area == pytest.approx(200 * 100, abs=1.0)


def panel_and_picture(sheet: Canvas) -> None:
    picture(sheet)
    sheet.setFillGray(0.9)
    sheet.rect(300, 560, 200, 120, stroke=1, fill=1)  # a panel
    sheet.rect(72, 560, 4, 4, stroke=0, fill=1)  # a bullet: no frame


def test_both_readers_read_drawn_panels_and_image_boxes_as_frames(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "frames.pdf", panel_and_picture))
    expected = [(100, 292, 300, 392), (300, 112, 500, 232)]
    for document in (reference, fast):
        frames = sorted(only_page(document).frames)
        assert len(frames) == 2
        for found, wanted in zip(frames, sorted(expected), strict=True):
            assert found == pytest.approx(wanted, abs=1.0)


def test_pdfium_reader_refuses_what_the_reference_refuses(tmp_path: Path) -> None:
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>not a pdf</body></html>")
    with pytest.raises(NotAPDFError, match="web page"):
        pdfium_reader.read_pdf(html)
    locked = draw(tmp_path / "locked.pdf", styled_text, encrypt="secret")
    with pytest.raises(EncryptedPDFError, match="give its password"):
        pdfium_reader.read_pdf(locked)
    with pytest.raises(EncryptedPDFError, match="not the password"):
        pdfium_reader.read_pdf(locked, "wrong")
    opened = pdfium_reader.read_pdf(locked, "secret")
    assert "Safer" in [w.text for w in only_page(opened).words]


def test_pdfium_reader_asks_the_reference_of_pages_it_finds_nothing_on(tmp_path: Path) -> None:
    """An empty page stays an empty page; one PDFium cannot decode is named as damaged."""
    unreadable = b"<< /Length 4 /Filter /NoSuchDecode >>\nstream\nxxxx\nendstream"
    blank = write(tmp_path, "blank.pdf", pages_pdf([stream(TEXT), stream(b"")]))
    damaged = write(tmp_path, "damaged.pdf", pages_pdf([stream(TEXT), unreadable]))
    read = pdfium_reader.read_pdf(blank)
    assert [page.number for page in read.pages] == [1, 2]
    assert not read.pages[1].words
    assert not read.warnings
    read = pdfium_reader.read_pdf(damaged)
    assert [page.number for page in read.pages] == [1]
    assert read.warnings == ["page 2 could not be read (damaged) and was left out"]


def test_pdfium_reader_leaves_a_rebuilt_cross_reference_to_the_reference(tmp_path: Path) -> None:
    """PDFium rebuilds a table that loops or points wrong; the reference reader names it."""
    with pytest.raises(CorruptPDFError, match="in a loop"):
        pdfium_reader.read_pdf(write(tmp_path, "loop.pdf", looping_xref_pdf()))
    shifted = pages_pdf([stream(TEXT)]).replace(b"/MediaBox [0 0 612 792]", b"/MediaBox 5")
    with pytest.raises(CorruptPDFError, match="damaged"):
        pdfium_reader.read_pdf(write(tmp_path, "box.pdf", shifted))


def test_parse_rejects_an_unknown_reader(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown reader"):
        parse(draw(tmp_path / "styled.pdf", styled_text), reader="mupdf")  # type: ignore[arg-type]


def test_cli_reader_option_gives_the_same_plan() -> None:
    plans = []
    for reader in ("pdfium", "pdfplumber"):
        command = [
            sys.executable,
            "-m",
            "planparse",
            "parse",
            str(SAMPLES / "tustin-pd-2025-2027.pdf"),
        ]
        done = subprocess.run(
            [*command, "--reader", reader], capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr
        plan = json.loads(done.stdout)
        del plan["document"]  # provenance: parse time differs
        plans.append(plan)
    assert plans[0] == plans[1]


def same_plan(reference: object, fast: object) -> bool:
    """Equal JSON, but for source boxes within a point: the readers differ below that."""
    if isinstance(reference, dict) and isinstance(fast, dict):
        return reference.keys() == fast.keys() and all(
            near_box(reference[key], fast[key])
            if key == "bbox"
            else same_plan(reference[key], fast[key])
            for key in reference
        )
    if isinstance(reference, list) and isinstance(fast, list):
        return len(reference) == len(fast) and all(
            same_plan(a, b) for a, b in zip(reference, fast, strict=True)
        )
    return reference == fast


def near_box(reference: list[float], fast: list[float]) -> bool:
    return all(abs(a - b) < 1.0 for a, b in zip(reference, fast, strict=True))


def test_same_plan_sees_a_difference() -> None:
    plan = {"title": "Plan", "source": {"page": 1, "bbox": [1.0, 2.0, 3.0, 4.0]}}
    moved = {"title": "Plan", "source": {"page": 1, "bbox": [1.2, 2.0, 3.0, 4.0]}}
    assert same_plan(plan, moved)
    assert not same_plan(plan, {**moved, "title": "Plans"})
    assert not same_plan(plan, {"title": "Plan", "source": {"page": 1, "bbox": [3, 2, 3, 4]}})


@pytest.mark.slow
@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.pdf")))
def test_samples_parse_the_same_with_both_readers(sample: str) -> None:
    unread = {"document"}  # provenance: the time a parse took differs
    reference = parse(SAMPLES / sample, reader="pdfplumber").model_dump(mode="json", exclude=unread)
    fast = parse(SAMPLES / sample, reader="pdfium").model_dump(mode="json", exclude=unread)
    assert same_plan(reference, fast)


def doubled_heading(sheet: Canvas) -> None:
    """Fake bold: a heading printed twice at exactly the same place."""
    sheet.setFont("Helvetica", 18)
    sheet.drawString(72, 700, "Safer Streets")
    sheet.drawString(72, 700, "Safer Streets")


def test_both_readers_read_a_heading_printed_twice_in_place_once(tmp_path: Path) -> None:
    reference, fast = both(draw(tmp_path / "doubled.pdf", doubled_heading))
    left, right = only_page(reference), only_page(fast)
    assert [w.text for w in left.words] == ["Safer", "Streets"]
    assert all(same_word(a, b) for a, b in zip(left.words, right.words, strict=True))
