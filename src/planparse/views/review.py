"""The review page: the plan's tree beside the pages it was read from, so a person can check an
import against the PDF in minutes.

Each node shows a crop of the page region it was read from (its ``source`` page and bbox) and
links to that page, where a box marks the region; warnings come first. The page is one
self-contained HTML file: each page image is inlined once, as a CSS background, and every crop
shows part of it by background size and offset, so crops cost no bytes of their own. There is
no script and no network access; Jinja2's autoescaping escapes every document string, and
style attributes are built here from numbers only.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path

from planparse import pdf as pdf_reader
from planparse.models import Plan, Source
from planparse.nodes import Entry, entries
from planparse.templates import render

RESOLUTION = 96  # page image pixels per inch: small body text stays legible in a crop
JPEG_QUALITY = 60
CROP_WIDTH = 560  # widest crop drawn, in CSS pixels; wider regions are scaled down
CROP_MARGIN = 4.0  # PDF points of page around a node's bbox, so its first letters show
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PageView:
    number: int
    width: int  # pixels of the rendered image
    height: int
    data_uri: str


@dataclass(frozen=True)
class Crop:
    """A window onto a page image: CSS box size, background size and offset, in pixels."""

    page: int
    style: str
    box: str  # the marker on the full page, as percentages


@dataclass(frozen=True)
class Fact:
    """One item of a node's facts line: its leads, a printed field, a page link."""

    text: str
    kind: str = ""
    href: str | None = None


@dataclass(frozen=True)
class ReviewNode:
    entry: Entry
    anchor: str
    crop: Crop | None
    facts: list[Fact]


def render_review(plan: Plan, pdf: str | Path | None, *, password: str | None = None) -> str:
    """The review page of ``plan``, drawing its pages from ``pdf`` (none drawn without one)."""
    pages = render_pages(Path(pdf), pages_to_draw(plan), password) if pdf is not None else {}
    nodes = [review_node(entry, pages) for entry in entries(plan)]
    context = dict(
        plan=plan,
        nodes=nodes,
        pages=list(pages.values()),
        boxes={number: [n for n in nodes if n.crop and n.crop.page == number] for number in pages},
        cropped=sum(1 for node in nodes if node.crop is not None),
    )
    return render("planparse.views", "review.html.j2", context)


def pages_to_draw(plan: Plan) -> list[int]:
    """Every page of the document (what was missed matters too), else every page cited."""
    if plan.document is not None and plan.document.pages:
        return list(range(1, plan.document.pages + 1))
    cited = {source.page for entry in entries(plan) for source in sources(entry)}
    return sorted(cited)


def sources(entry: Entry) -> list[Source]:
    node = entry.node
    return [*([node.source] if node.source else []), *node.sources]


def render_pages(path: Path, numbers: list[int], password: str | None) -> dict[int, PageView]:
    views = {}
    for number in numbers:
        image = pdf_reader.page_image(path, number, RESOLUTION, password).original.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
        views[number] = PageView(number, *image.size, f"data:image/jpeg;base64,{encoded}")
    return views


def review_node(entry: Entry, pages: dict[int, PageView]) -> ReviewNode:
    source = entry.source
    crop = crop_of(source, pages[source.page]) if source and source.page in pages else None
    also = sorted({s.page for s in sources(entry)} - ({source.page} if source else set()))
    facts = [Fact(f"lead: {'; '.join(entry.leads)}", "lead")] if entry.leads else []
    facts += [Fact(f"{name}: {value}") for name, value in entry.details]
    if source is not None:
        facts.append(Fact(f"p. {source.page}", href=f"#page-{source.page}"))
    facts += [Fact(f"also p. {page}", href=f"#page-{page}") for page in also]
    return ReviewNode(entry, f"node-{entry.path}", crop, facts)


def crop_of(source: Source, page: PageView) -> Crop:
    """The CSS that shows the node's region of the page image, scaled to fit CROP_WIDTH."""
    pixels = RESOLUTION / POINTS_PER_INCH
    x0, top, x1, bottom = source.bbox
    left = max(0.0, (x0 - CROP_MARGIN) * pixels)
    upper = max(0.0, (top - CROP_MARGIN) * pixels)
    right = min(float(page.width), (x1 + CROP_MARGIN) * pixels)
    lower = min(float(page.height), (bottom + CROP_MARGIN) * pixels)
    width, height = max(right - left, 1.0), max(lower - upper, 1.0)
    scale = min(1.0, CROP_WIDTH / width)
    style = (
        f"width:{width * scale:.0f}px;height:{height * scale:.0f}px;"
        f"background-size:{page.width * scale:.0f}px {page.height * scale:.0f}px;"
        f"background-position:-{left * scale:.0f}px -{upper * scale:.0f}px"
    )
    box = (
        f"left:{100 * left / page.width:.2f}%;top:{100 * upper / page.height:.2f}%;"
        f"width:{100 * width / page.width:.2f}%;height:{100 * height / page.height:.2f}%"
    )
    return Crop(source.page, style, box)
