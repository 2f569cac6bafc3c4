"""Draw what the parser saw over a page image: blocks by role, reading order, dropped margins,
and the document tree (each entry's depth and the plan level it was read as).

When a heuristic misreads a new PDF, a picture shows in a minute what a text dump hides: a
column read out of order, a heading ranked too deep, a footer kept as body text. Rendering
goes through `pdf.page_image` so that pdf.py stays the only module importing pdfplumber.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from planparse import images, pdf
from planparse.blocks import build_blocks
from planparse.files import write_atomically
from planparse.geometry import BBox, union
from planparse.layout import lay_out
from planparse.levels import best_reading
from planparse.structure import split_contents
from planparse.tree import build_tree
from planparse.types import Block, Line

Colour = tuple[int, int, int]


# Warm colours for headings, darkest/most alarming for level 1; cool ones for body roles.
HEADING_COLOURS: tuple[Colour, ...] = (
    (214, 39, 40),
    (255, 127, 14),
    (227, 119, 194),
    (148, 103, 189),
    (140, 86, 75),
    (188, 189, 34),
    (230, 171, 2),
    (128, 0, 0),
    (255, 0, 255),
    (90, 60, 20),
)
KIND_COLOURS: dict[str, Colour] = {
    "paragraph": (31, 119, 180),
    "item": (44, 160, 44),
    "label": (23, 190, 207),
}
DROPPED_COLOUR: Colour = (128, 128, 128)
TAGS = {"paragraph": "P", "item": "•", "label": "K", "header": "hdr", "footer": "ftr"}
FILL_ALPHA = 40  # light enough to read the text under a box
TAG_POINTS = 7.0  # tag text height in PDF points, so tags scale with the resolution
MIN_TAG_PIXELS = 9  # below this, tags stop being readable at low resolutions


@dataclass(frozen=True)
class Box:
    """One thing to draw, in PDF points: a block's lines on this page, or a dropped line."""

    bbox: BBox
    colour: Colour
    tag: str
    order: int | None = None  # reading-order index among the page's blocks; None if dropped
    struck: bool = False  # dropped header/footer lines are struck through

    @property
    def label(self) -> str:
        return self.tag if self.order is None else f"{self.order} {self.tag}"


def heading_colour(level: int) -> Colour:
    """Levels deeper than the palette share its last colour; the "H<n>" tag tells them apart."""
    return HEADING_COLOURS[min(max(level, 1), len(HEADING_COLOURS)) - 1]


def block_colour(block: Block) -> Colour:
    return heading_colour(block.level) if block.kind == "heading" else KIND_COLOURS[block.kind]


def block_tag(block: Block, tree_tags: dict[int, str] | None = None) -> str:
    """The block's role ("H2", "P", "•", "K"), then what the tree made of it: its depth in
    the document tree and, for an entry of a plan level, that level ("d1 goal")."""
    role = f"H{block.level}" if block.kind == "heading" else TAGS[block.kind]
    extra = (tree_tags or {}).get(id(block))
    return f"{role} {extra}" if extra else role


def tree_tags(blocks: list[Block]) -> dict[int, str]:
    """Per block (by identity): the tree depth of the entry it starts and its plan level in
    the reading the tree would give ("d0 pillar", "d2 activity", "d1")."""
    body, contents = split_contents(blocks)
    tree = build_tree(body)
    reading = best_reading(tree, body, contents)
    levels = {}
    if reading is not None:
        levels = {reading.pillar_family: "pillar", reading.goal_family: "goal",
                  reading.activity_family: "activity"}  # fmt: skip
    tags: dict[int, str] = {}
    for root in tree.roots:
        for entry in root.walk():
            depth, parent = 0, entry.parent
            while parent is not None:
                depth, parent = depth + 1, parent.parent
            level = levels.get(entry.family)
            for block in entry.blocks:
                tags[id(block)] = f"d{depth} {level}" if level else f"d{depth}"
    return tags


def enclose(lines: Iterable[Line]) -> BBox:
    return union(line.bbox for line in lines)


def page_boxes(path: Path, page_number: int, password: str | None = None) -> list[Box]:
    """Run the pipeline over the whole document, then keep what lies on one page.

    The whole document is read because heading ranks and running headers are decided across
    pages: parsing one page alone would draw different roles than the real run produces. A
    block that runs over from the previous page is boxed by its lines on this page only.
    """
    layouts = lay_out(pdf.read_pdf(path, password))
    if not 1 <= page_number <= len(layouts):
        raise ValueError(
            f"page {page_number} is out of range: {Path(path).name} has {len(layouts)} pages"
        )
    every = build_blocks(layouts)
    tags = tree_tags(every)
    blocks = [b for b in every if any(ln.page == page_number for ln in b.lines)]
    boxes = [
        Box(
            enclose(ln for ln in block.lines if ln.page == page_number),
            block_colour(block),
            block_tag(block, tags),
            order,
        )
        for order, block in enumerate(blocks, start=1)
    ]
    boxes += [
        Box(line.bbox, DROPPED_COLOUR, TAGS.get(line.role, line.role), struck=True)
        for line in layouts[page_number - 1].dropped
    ]
    return boxes


def draw_page(
    path: Path,
    page_number: int,
    output: Path,
    *,
    resolution: int = 100,
    password: str | None = None,
) -> Path:
    """Render one page with the parser's blocks drawn over it and save it as a PNG at `output`."""
    boxes = page_boxes(path, page_number, password)
    image = pdf.page_image(Path(path), page_number, resolution, password)
    font = tag_font(image.scale)
    for box in boxes:
        opaque = (*box.colour, 255)
        image.draw_rect(box.bbox, fill=(*box.colour, FILL_ALPHA), stroke=opaque, stroke_width=2)
        if box.struck:
            x0, top, x1, bottom = box.bbox
            middle = (top + bottom) / 2
            image.draw_line(((x0, middle), (x1, middle)), stroke=opaque, stroke_width=2)
    for box in boxes:  # tags after all boxes, so no box's fill dims another block's tag
        draw_tag(image, box, font)
    draw_legend(image, boxes, font)
    png = io.BytesIO()
    image.save(png, quantize=False)  # quantizing would shift the role colours
    return write_atomically(output, png.getvalue())


def tag_font(scale: float) -> images.Font:
    """DejaVu has the "•" glyph that Pillow's built-in font may lack; fall back if it is absent."""
    return images.font("DejaVuSans-Bold.ttf", max(MIN_TAG_PIXELS, round(TAG_POINTS * scale)))


def to_pixels(image: pdf.PageImage, x: float, y: float) -> tuple[int, int]:
    """PDF points -> image pixels, the same mapping pdfplumber uses for draw_rect."""
    return (round((x - image.bbox[0]) * image.scale), round((y - image.bbox[1]) * image.scale))


def draw_tag(image: pdf.PageImage, box: Box, font: images.Font) -> None:
    """A filled tab sitting on the box's top-left corner, inside the box when at the page top."""
    x, y = to_pixels(image, box.bbox[0], box.bbox[1])
    left, top, right, bottom = image.draw.textbbox((0, 0), box.label, font=font)
    width, height = round(right - left) + 4, round(bottom - top) + 2
    y = y - height if y >= height else y
    image.draw.rectangle((x, y, x + width, y + height), fill=(*box.colour, 255))
    image.draw.text((x + 2 - left, y + 1 - top), box.label, fill=(255, 255, 255), font=font)


def draw_legend(image: pdf.PageImage, boxes: list[Box], font: images.Font) -> None:
    """A key in whichever page corner or edge hides the least of the drawn boxes."""
    levels = sorted(
        {int(b.tag[1:].split()[0]) for b in boxes if b.tag[:1] == "H" and b.order is not None}
    )
    entries = [(f"H{n} heading", heading_colour(n)) for n in levels]
    entries += [
        ("P paragraph", KIND_COLOURS["paragraph"]),
        ("• item", KIND_COLOURS["item"]),
        ("K label (key: value)", KIND_COLOURS["label"]),
        ("hdr/ftr dropped", DROPPED_COLOUR),
        ("n = reading order", (0, 0, 0)),
        ("dN level = tree depth, plan level", (0, 0, 0)),
    ]
    sizes = [image.draw.textbbox((0, 0), text, font=font) for text, _ in entries]
    row = round(max(b[3] - b[1] for b in sizes)) + 4
    swatch = row - 4
    width = swatch + 12 + round(max(b[2] - b[0] for b in sizes))
    height = row * len(entries) + 6
    drawn = [to_pixels(image, *b.bbox[:2]) + to_pixels(image, *b.bbox[2:]) for b in boxes]
    x, y = quiet_spot(image.annotated.size, width, height, drawn)
    image.draw.rectangle((x, y, x + width, y + height), fill=(255, 255, 255, 230), outline="black")
    for i, ((text, colour), (left, top, _, _)) in enumerate(zip(entries, sizes, strict=True)):
        row_y = y + 3 + i * row
        image.draw.rectangle((x + 4, row_y + 2, x + 4 + swatch, row_y + 2 + swatch), fill=colour)
        image.draw.text((x + swatch + 8 - left, row_y + 2 - top), text, fill="black", font=font)


def quiet_spot(
    page: tuple[int, int], width: int, height: int, drawn: list[tuple[int, int, int, int]]
) -> tuple[int, int]:
    """The corner (or, failing that, edge middle) that covers least, preferring top-right."""
    right, low = page[0] - width - 4, page[1] - height - 4
    middle_x, middle_y = (page[0] - width) // 2, (page[1] - height) // 2
    spots = [(right, 4), (right, low), (4, low), (4, 4)]
    spots += [(middle_x, low), (middle_x, 4), (right, middle_y), (4, middle_y)]
    return min(
        spots,
        key=lambda c: sum(overlap((c[0], c[1], c[0] + width, c[1] + height), d) for d in drawn),
    )


def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0) * max(height, 0)
