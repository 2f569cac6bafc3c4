"""Small inputs for stage tests, built directly as Lines and Blocks (no PDF involved)."""

from __future__ import annotations

from planparse.levels import best_reading
from planparse.models import Pillar
from planparse.structure import Contents
from planparse.tree import build_tree
from planparse.types import Block, Line, Word

# A small two-pillar plan: (pillar, [(goal, [activity, ...]), ...]), drawn by ``plan_blocks``.
PLAN = [
    ("Safe Streets", [("Calm traffic", ["Add speed bumps", "Run school patrols"]),
                      ("Reduce burglary", ["Map hot spots"])]),
    ("Trusted Police", [("Publish data", ["Post use-of-force reports"]),
                        ("Listen first", ["Hold district meetings", "Survey residents"])]),
]  # fmt: skip

CHAR_WIDTH = 0.5  # of the type size: enough for boxes that do not overlap


def line(
    text: str,
    *,
    size: float = 10.0,
    bold: bool = False,
    x0: float = 72.0,
    top: float = 100.0,
    page: int = 1,
    marker: str | None = None,
) -> Line:
    """A line of words set in one style, left to right from ``x0``."""
    words, left = [], x0
    font = "Helvetica-Bold" if bold else "Helvetica"
    for part in text.split():
        right = left + CHAR_WIDTH * size * len(part)
        words.append(Word(part, left, top, right, top + size, font, size))
        left = right + CHAR_WIDTH * size
    return Line(page, words, marker=marker, marker_x0=x0 - 12 if marker else None)


def heading(text: str, size: float = 14.0, *, bold: bool = True, **where: float) -> Block:
    return Block(kind="heading", lines=[line(text, size=size, bold=bold, **where)])


def item(text: str, *, x0: float = 90.0, numbered: bool = False, **where: float) -> Block:
    found = line(text, x0=x0, marker=None if numbered else "•", **where)
    return Block(kind="item", lines=[found])


def paragraph(text: str, **where: float) -> Block:
    return Block(kind="paragraph", lines=[line(text, **where)])


def label(key: str, value: str, **where: float) -> Block:
    return Block(kind="label", lines=[line(f"{key}: {value}", **where)], label=key)


def plan_blocks(
    pillars: list[tuple[str, list[tuple[str, list[str]]]]],
    *,
    pillar_size: float = 18.0,
    goal_size: float = 13.0,
) -> list[Block]:
    """Pillar headings over goal headings over bulleted activities, one page per pillar."""
    blocks: list[Block] = []
    for page, (pillar, goals) in enumerate(pillars, start=2):
        blocks.append(heading(pillar, pillar_size, page=page))
        blocks.append(paragraph(f"Why {pillar.lower()} matters to the city.", page=page))
        for goal, activities in goals:
            blocks.append(heading(goal, goal_size, page=page))
            blocks += [item(text, page=page) for text in activities]
    return blocks


def read(blocks: list[Block], names: list[str] | None = None) -> list[Pillar]:
    """The pillars of the best reading of some blocks (document names as a contents page
    would give them)."""
    contents = Contents(entries=[], document_names=names or [])
    reading = best_reading(build_tree(blocks), blocks, contents)
    return reading.pillars if reading else []
