"""Tests for planparse.inspect_page: the annotated page image used to debug heuristics."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from planparse import pdf
from planparse.inspect_page import HEADING_COLOURS, draw_page, heading_colour, page_boxes

SAMPLES = Path(__file__).parent.parent / "samples"
TRACY = SAMPLES / "tracy-pd-2025-2028.pdf"


def _page_image(path: Path, page_number: int, resolution: int, password: str | None = None):
    """Stand-in for pdf.page_image until it lands in pdf.py; same contract, via pdf.open_pdf."""
    with pdf.open_pdf(Path(path), password) as document:
        page = document.pages[page_number - 1]
        image = page.to_image(resolution=resolution)
        page.close()
    return image


@pytest.fixture(autouse=True)
def _page_image_available(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(pdf, "page_image"):
        monkeypatch.setattr(pdf, "page_image", _page_image, raising=False)


def test_draws_tracy_goal_page_as_png(tmp_path: Path) -> None:
    output = draw_page(TRACY, 8, tmp_path / "page8.png", resolution=50)

    assert output == tmp_path / "page8.png"
    assert output.exists()
    with Image.open(output) as image:
        assert image.format == "PNG"
        width, height = image.size
        colours = {colour for _, colour in image.convert("RGB").getcolors(1 << 24)}
    assert abs(width - 612 * 50 / 72) <= 1
    assert abs(height - 792 * 50 / 72) <= 1
    heading_colours = {box.colour for box in page_boxes(TRACY, 8) if box.tag.startswith("H")}
    assert heading_colours
    assert heading_colours <= set(HEADING_COLOURS)
    assert heading_colours & colours


def test_boxes_number_blocks_in_reading_order_and_keep_dropped_lines_apart() -> None:
    boxes = page_boxes(TRACY, 8)

    ordered = [box.order for box in boxes if box.order is not None]
    assert ordered == list(range(1, len(ordered) + 1))
    assert all(box.struck for box in boxes if box.order is None)


def test_heading_colours_differ_by_level_and_clamp_past_the_palette() -> None:
    assert heading_colour(1) != heading_colour(2)
    assert heading_colour(len(HEADING_COLOURS) + 5) == HEADING_COLOURS[-1]


@pytest.mark.parametrize("page_number", [0, 29])
def test_page_out_of_range_raises_value_error(tmp_path: Path, page_number: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        draw_page(TRACY, page_number, tmp_path / "nope.png")
    assert not (tmp_path / "nope.png").exists()
