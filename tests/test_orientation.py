"""Pages read in their text's own orientation: a landscape action-plan page set sideways, by
the page's /Rotate or by a rotated text matrix, parses like the same page printed upright, and
``inspect`` draws it the right way up. Text in a second direction is reported, not dropped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from test_tables import BODY, HEAD, INTRO, SUB, table

import planparse
from planparse import pdf, pdfium_reader
from planparse.geometry import Orientation, text_orientation
from planparse.inspect_page import draw_page
from planparse.pipeline import Reader

WIDE, TALL = landscape(letter)  # the plan's own frame: 792 x 612 points
PILLARS = [
    ("Focus Area 1: Safer Streets", "Strategy A: Calm school zones"),
    ("Focus Area 2: Open Data", "Strategy A: Share crash data"),
]
ROWS = [
    ("Recruit ten school crossing guards", "Traffic Unit", "FY26"),
    ("Publish monthly collision maps", "Crime Analysis", "2027"),
]


def draw_plan(canvas: Canvas) -> None:
    """A landscape action-plan page (pillars, goals, ruled tables) in a 792 x 612 frame."""
    y = TALL - 40
    story: list = [Paragraph(INTRO, BODY)]
    for (pillar, goal), (activity, lead, due) in zip(PILLARS, ROWS, strict=True):
        rows = [["Action Steps", "Responsible", "Target Date"], [f"1. {activity}", lead, due]]
        story += [Paragraph(pillar, HEAD), Paragraph(INTRO, BODY), Paragraph(goal, SUB)]
        story.append(table(rows, ruled=True, widths=[380, 160, 120]))
    for flowable in story:
        _, height = flowable.wrapOn(canvas, WIDE - 144, y)
        y -= height
        flowable.drawOn(canvas, 72, y)
        y -= 8


TURNS = {  # the page's own frame drawn turned: pdf.py must turn it back
    "matrix": (0, 1, -1, 0, TALL, 0),  # a quarter turn on a portrait page, without /Rotate
    "upside-down": (-1, 0, 0, -1, WIDE, TALL),
    "mirror": (-1, 0, 0, 1, WIDE, 0),
}


def landscape_plan(path: Path, turn: str) -> Path:
    """The page printed upright ("none"), set on a portrait page with /Rotate 90 ("rotate"),
    or drawn through one of the ``TURNS`` matrices."""
    sideways = turn in ("rotate", "matrix")
    canvas = Canvas(str(path), pagesize=(TALL, WIDE) if sideways else (WIDE, TALL))
    if turn == "rotate":
        canvas.setPageRotation(90)  # reportlab then stores the landscape MediaBox itself
    elif turn in TURNS:
        canvas.transform(*TURNS[turn])
    draw_plan(canvas)
    canvas.showPage()
    canvas.save()
    return path


def plan_outline(plan: planparse.Plan) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (goal.title, a.text, a.leads, [m.text for m in a.milestones])
        for pillar in plan.pillars
        for goal in pillar.goals
        for a in goal.activities
    ]


READERS = ["pdfplumber", "pdfium"]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("turn", ["rotate", *TURNS])
def test_orientation_sideways_landscape_plan_parses_like_upright(
    tmp_path: Path, turn: str, reader: Reader
) -> None:
    upright = planparse.parse(landscape_plan(tmp_path / "upright.pdf", "none"), reader=reader)
    sideways = planparse.parse(landscape_plan(tmp_path / f"{turn}.pdf", turn), reader=reader)

    assert plan_outline(upright) == [
        ("Calm school zones", "Recruit ten school crossing guards", ["Traffic Unit"], ["FY26"]),
        ("Share crash data", "Publish monthly collision maps", ["Crime Analysis"], ["2027"]),
    ]
    assert sideways.model_dump(exclude={"document"}) == upright.model_dump(exclude={"document"})


def test_orientation_inspect_draws_a_sideways_page_the_right_way_up(tmp_path: Path) -> None:
    upright = pdf.page_image(landscape_plan(tmp_path / "upright.pdf", "none"), 1, 40).original
    sideways = landscape_plan(tmp_path / "rotate.pdf", "rotate")
    turned = pdf.page_image(sideways, 1, 40).original
    assert turned.size == upright.size
    difference = ImageChops.difference(turned.convert("L"), upright.convert("L"))
    assert ImageStat.Stat(difference).mean[0] < 2  # the same picture, not one turned on its side

    with Image.open(draw_page(sideways, 1, tmp_path / "page.png", resolution=40)) as drawn:
        assert drawn.size == upright.size


@pytest.mark.parametrize("reader", READERS)
def test_orientation_text_in_a_second_direction_is_reported(tmp_path: Path, reader: Reader) -> None:
    path = landscape_plan(tmp_path / "labelled.pdf", "none")
    canvas = Canvas(str(path), pagesize=(WIDE, TALL))
    draw_plan(canvas)
    canvas.saveState()
    canvas.translate(30, 200)
    canvas.rotate(90)
    canvas.drawString(0, 0, "DRAFT FOR REVIEW")  # a sideways label in the margin
    canvas.restoreState()
    canvas.showPage()
    canvas.save()

    plan = planparse.parse(path, reader=reader)
    assert plan_outline(plan)[0][0] == "Calm school zones"
    (warning,) = [w for w in plan.warnings if "another direction" in w]
    assert warning.startswith("14 characters")
    assert warning.endswith("(page 1)")


@pytest.mark.parametrize(
    ("matrix", "expected"),
    [
        ((1, 0, 0, 1), Orientation()),
        ((0, -1, 1, 0), Orientation(swap=True, flip_y=True)),  # reads down the page
        ((0, 1, -1, 0), Orientation(swap=True, flip_x=True)),  # reads up the page
        ((-1, 0, 0, -1), Orientation(flip_x=True, flip_y=True)),  # upside down
        ((-1, 0, 0, 1), Orientation(flip_x=True)),  # mirrored
        ((1, 0, 0.3, 1), Orientation()),  # italic shear stays upright
    ],
)
def test_orientation_of_a_text_matrix(matrix: tuple[float, ...], expected: Orientation) -> None:
    assert pdf.char_orientation(matrix) == expected


def test_orientation_turns_points_into_the_reading_frame() -> None:
    down_the_page = text_orientation(baseline=(0, 1), down=(-1, 0))
    # on a 612 x 792 page, text running down at x = 300 starts at the frame's top left
    assert down_the_page.size(612, 792) == (792, 612)
    assert down_the_page.point(300, 100, 612, 792) == (100, 312)
    assert down_the_page.box((290, 100, 302, 200), 612, 792) == (100, 310, 200, 322)


@pytest.mark.parametrize("turn", ["rotate", *TURNS])
def test_orientation_fast_reader_turns_pages_as_the_reference_does(
    tmp_path: Path, turn: str
) -> None:
    """Also on a page whose box does not start at the origin (both readers shift it alike)."""
    printed = landscape_plan(tmp_path / f"{turn}.pdf", turn).read_bytes()
    shifted = re.sub(
        rb"/MediaBox \[ 0 0 (\d+) (\d+) \]",
        lambda box: b"/MediaBox [ 10 20 %d %d ]" % (int(box[1]) + 10, int(box[2]) + 20),
        printed,
    )
    assert shifted != printed
    path = tmp_path / "shifted.pdf"
    path.write_bytes(shifted)
    reference, fast = pdf.read_pdf(path).pages[0], pdfium_reader.read_pdf(path).pages[0]
    assert (fast.width, fast.height) == (reference.width, reference.height) == (WIDE, TALL)
    assert [(w.text, round(w.x0, 1), round(w.top, 1)) for w in fast.words] == [
        (w.text, round(w.x0, 1), round(w.top, 1)) for w in reference.words
    ]


def print_shop_file(path: Path) -> Path:
    """Two landscape pages as a print shop gets them: a 36 pt bleed round the trim, the trim
    as the CropBox, a slug line outside it, a running footer inside it near its foot."""
    bleed = 36
    canvas = Canvas(str(path), pagesize=(WIDE + 2 * bleed, TALL + 2 * bleed))
    for number in (1, 2):
        canvas.setCropBox((bleed, bleed, bleed + WIDE, bleed + TALL))
        canvas.setFont("Helvetica", 6)
        canvas.drawString(bleed, bleed / 3, f"proof 3 plate {number}")  # outside the CropBox
        canvas.setFont("Helvetica", 8)
        canvas.drawString(bleed + 54, bleed + 27, f"Open Data Plan page {number}")
        canvas.saveState()
        canvas.translate(bleed, bleed)
        draw_plan(canvas)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("read", [pdf.read_pdf, pdfium_reader.read_pdf])
def test_orientation_only_what_the_crop_box_shows_is_read(tmp_path: Path, read) -> None:
    """Words outside the CropBox are not on the page a viewer sees; the running footer is
    found in the bottom band of the box shown, not of the larger paper."""
    from planparse.layout import lay_out

    document = read(print_shop_file(tmp_path / "print.pdf"))
    page = document.pages[0]
    assert page.shown == pytest.approx((36, 36, 36 + WIDE, 36 + TALL))
    texts = [w.text for p in document.pages for w in p.words]
    assert "proof" not in texts
    assert "Calm" in texts
    (first, _) = lay_out(document)
    assert "Open Data Plan page 1" in [line.text for line in first.dropped]
