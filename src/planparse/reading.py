"""What both readers share: the limits on a document and its deadline, the wording of what
went wrong, and the sizes that tell a bullet from a frame, so the reference and the fast
reader fail, warn and measure alike without either loading the other's library."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planparse.errors import LimitExceededError, ParseTimeoutError
from planparse.geometry import BBox, centre_inside
from planparse.types import PageContent

MARK_MIN_SIDE = 1.5
MARK_MAX_SIDE = 8.0
# A gap wider than this share of the font size ends a word even where no space is printed:
# a tool that places each word (or fragment) at its own position prints no spaces, and a
# fixed tolerance of points would join small words and part large tracked ones.
WORD_GAP = 0.15
MIN_TABLE_EDGES = 8  # fewer ruling edges than this cannot draw a table grid
MAX_TABLE_AREA = 0.9  # a "table" covering more of the page is a layout grid, not data
CROP_SLACK = 0.5  # points a CropBox may fall short of the page and still show all of it

# Defaults generous enough for any real plan (budget books run to hundreds of pages).
MAX_PAGES = 2000
MAX_MB = 200.0
TIMEOUT = 300.0  # seconds per document
MEGABYTE = 1024 * 1024

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


DEFAULT_LIMITS = Limits()


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


def listed_pages(numbers: list[int]) -> str:
    """Page numbers for a warning: the first ten, then an ellipsis."""
    return ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")


def skipped_warning(numbers: list[int]) -> str:
    listed = listed_pages(numbers)
    if len(numbers) == 1:
        return f"page {listed} could not be read (damaged) and was left out"
    return f"pages {listed} could not be read (damaged) and were left out"


def unread_warning(pages: list[PageContent]) -> list[str]:
    """Text set in another direction than the rest of its page is not read (a sideways label
    beside a table, a mirrored word): say so, rather than drop it silently."""
    unread = [page for page in pages if page.unread_chars]
    if not unread:
        return []
    listed = listed_pages([page.number for page in unread])
    count = sum(page.unread_chars for page in unread)
    return [
        f"{count} characters printed in another direction than the rest of their page "
        f"(sideways or mirrored) were not read (page{'s' if len(unread) > 1 else ''} {listed})"
    ]


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


def frame_boxes(boxes: list[BBox]) -> list[BBox]:
    """Boxes that may frame a group of lines (a panel, a card, an image): rectangles, filled
    shapes and images larger than a bullet each way, each box once."""
    large = (box for box in boxes if min(box[2] - box[0], box[3] - box[1]) > MARK_MAX_SIDE)
    return sorted(set(large))


def show_only(content: PageContent, shown: BBox) -> None:
    """Keep what a viewer shows of a page whose CropBox is smaller than the page (a print-shop
    file: bleed, crop marks and a slug line outside the trim); words, marks, frames and tables
    centred outside the box are not on the page as displayed. Coordinates stay the page's."""
    x0, top, x1, bottom = shown
    width, height = content.width - CROP_SLACK, content.height - CROP_SLACK
    if max(x0, top) <= CROP_SLACK and x1 >= width and bottom >= height:
        return
    content.shown = shown
    content.words = [
        w for w in content.words if centre_inside((w.x0, w.top, w.x1, w.bottom), shown)
    ]
    content.marks = [
        m for m in content.marks if centre_inside((m.x0, m.top, m.x1, m.bottom), shown)
    ]
    content.frames = [box for box in content.frames if centre_inside(box, shown)]
    content.tables = [table for table in content.tables if centre_inside(table.bbox, shown)]


OVERPRINT = 0.1  # of the type size: a character printed again within this is one character
Glyph = tuple[str, str, float, float, float]  # text, font name, size, x0, top


def overprinted(glyphs: Sequence[Glyph]) -> set[int]:
    """The indices of characters printed again over an earlier one: a heading drawn twice a
    fraction apart (a shadow, an outline, fake bold) reads once. A copy is the same text in
    the same font and size within ``OVERPRINT`` of its size of an earlier one; the first
    printed is kept. Both readers ask it, so both read such a heading alike."""
    seen: dict[tuple[Any, ...], list[tuple[float, float]]] = {}
    copies: set[int] = set()
    for index, (text, font, size, x0, top) in enumerate(glyphs):
        if text.isspace():
            continue
        size = round(size, 2)  # one size, whatever its last float digits
        reach = OVERPRINT * size
        style = (text, font, size)
        cell = (round(x0 / reach), round(top / reach))
        near = [
            point
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for point in seen.get((*style, cell[0] + dx, cell[1] + dy), ())
        ]
        if any(abs(x - x0) <= reach and abs(y - top) <= reach for x, y in near):
            copies.add(index)
        else:
            seen.setdefault((*style, *cell), []).append((x0, top))
    return copies
