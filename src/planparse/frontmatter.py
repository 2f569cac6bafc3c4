"""Plan-level fields from the cover and first pages: agency, title, period, mission, vision,
values. Every rule keys on layout and generic vocabulary, never on one agency's wording."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel

from planparse.clean import (
    SINGLE_YEAR,
    YEAR_RANGE,
    clean_text,
    is_all_caps,
    title_case,
    year_range,
)
from planparse.models import Period
from planparse.types import Block

AGENCY = re.compile(
    r"\b((?:[A-Z][\w.'’é-]*\s+){1,5}?(?:County\s+)?"
    r"(?:Police|Sheriff(?:'s|’s)?|Public Safety|Marshal(?:'s|’s)?)\s+"
    r"(?:Department|Office|Bureau|Service|Agency|Division))\b",
    re.IGNORECASE,
)
PLAN_WORDS = re.compile(r"\b(?:strategic|plan|goals|priorities|roadmap|framework)\b", re.I)
MISSION = re.compile(r"^(?:our\s+)?mission(?:\s+statement)?:?$", re.I)
VISION = re.compile(r"^(?:our\s+)?vision(?:\s+statement)?:?$", re.I)
VALUES = re.compile(r"^(?:our\s+)?(?:core\s+)?values?(?:\s+statement)?:?$", re.I)
VALUES_SENTENCE = re.compile(
    r"\b(?:core\s+)?values\s+(?:of|are|:)\s+((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+)+"
    r"and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
VALUE_SEPARATOR = re.compile(r"\s+[\u00b7\u2022|]\s+")
"""Between the names of a values list printed on one line: 'Service · Trust · Courage'."""
FRONT_PAGES = 6


class FrontMatter(BaseModel):
    agency: str | None = None
    title: str | None = None
    period: Period | None = None
    mission: str | None = None
    vision: str | None = None
    values: list[str] = []


def read_front_matter(blocks: Sequence[Block], metadata: dict[str, str]) -> FrontMatter:
    agency = find_agency(blocks, metadata)
    title = find_title(blocks, metadata, agency)
    return FrontMatter(
        agency=agency,
        title=title,
        period=find_period(title, blocks),
        mission=statement_after(blocks, MISSION),
        vision=statement_after(blocks, VISION),
        values=find_values(blocks),
    )


def cover_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The first page's headings: where a plan prints its agency and title."""
    if not blocks:
        return []
    first = blocks[0].page
    return [b for b in blocks if b.page == first and b.kind == "heading"]


def find_agency(blocks: Sequence[Block], metadata: dict[str, str]) -> str | None:
    sources = [b.text for b in cover_blocks(blocks)]
    sources += [metadata.get("Author", ""), metadata.get("Title", "")]
    sources += [b.text for b in blocks if b.page - blocks[0].page < 2]
    for text in sources:
        if match := AGENCY.search(text):
            name = clean_text(match.group(1))
            return title_case(name) if is_all_caps(name) else name
    return None


def find_title(blocks: Sequence[Block], metadata: dict[str, str], agency: str | None) -> str | None:
    """The cover heading that names the plan, joined with a heading that completes it."""
    cover = cover_blocks(blocks)
    for index, block in enumerate(cover):
        if not re.search(r"\bplan\b", block.text, re.I):
            continue
        title = strip_agency(block.text, agency)
        following = cover[index + 1] if index + 1 < len(cover) else None
        if following and not SINGLE_YEAR.search(title) and SINGLE_YEAR.search(following.text):
            title = f"{title} {following.text}"
        return with_metadata_casing(title, metadata, agency)
    meta = strip_agency(metadata.get("Title", ""), agency)
    return meta if PLAN_WORDS.search(meta) else None


def strip_agency(text: str, agency: str | None) -> str:
    if agency:
        text = re.sub(re.escape(agency), "", text, flags=re.I)
    return clean_text(text.strip(" -–—|:"))


def with_metadata_casing(title: str, metadata: dict[str, str], agency: str | None) -> str:
    """An ALL-CAPS cover title takes the metadata's casing when the words are the same."""
    meta = strip_agency(metadata.get("Title", ""), agency)
    if is_all_caps(title) and meta.casefold() == title.casefold() and not is_all_caps(meta):
        return meta
    return title


def find_period(title: str | None, blocks: Sequence[Block]) -> Period | None:
    """Years from the title; a single title year widens to a stated 'YYYY-YYYY ... plan' range."""
    if not title:
        return None
    if match := YEAR_RANGE.search(title):
        return period_from(match)
    years = SINGLE_YEAR.findall(title)
    if not years:
        return None
    start = int(years[0])
    for block in blocks[:200]:
        for match in YEAR_RANGE.finditer(block.text):
            tail = block.text[match.end() : match.end() + 40]
            if year_range(match)[0] == start and re.search(r"\bplan\b", tail, re.I):
                return period_from(match)
    return Period(start=start, end=start)


def period_from(match: re.Match[str]) -> Period:
    start, end = year_range(match)
    return Period(start=start, end=end)


def statement_after(blocks: Sequence[Block], heading: re.Pattern[str]) -> str | None:
    """The text under a 'Mission' / 'Vision' heading, or of a 'Mission:' run-in label."""
    for index, block in enumerate(blocks):
        if block.kind == "label" and block.label and heading.match(block.label):
            return block.text
        if block.kind == "heading" and heading.match(block.text):
            body = next_text_block(blocks, index)
            return body.text if body else None
    return None


def next_text_block(blocks: Sequence[Block], index: int) -> Block | None:
    heading = blocks[index]
    for block in blocks[index + 1 : index + 4]:
        if block.kind == "heading" and block.bold and block.size <= heading.size:
            return None
        if len(block.text.split()) >= 5:
            return block
    return None


def find_values(blocks: Sequence[Block]) -> list[str]:
    for index, block in enumerate(blocks):
        names = value_names(blocks[index + 1 :]) if block.kind == "heading" else []
        if names and VALUES.match(block.text):
            return names
    for block in blocks:
        if match := VALUES_SENTENCE.search(block.text):
            return [v for v in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(1)) if v]
    return []


def value_names(blocks: Sequence[Block]) -> list[str]:
    """Names of a values list: run-in labels, list items, one name per line in one style, or
    names between list separators in a paragraph."""
    names: list[str] = []
    first = blocks[0] if blocks else None
    if first is not None and first.kind == "paragraph":
        return separated_names(first, blocks[1:])
    for previous, block in zip([first, *blocks], blocks, strict=False):
        if first is None or previous is None or block.kind != first.kind:
            break
        if block.style != first.style or not stacked(previous, block):
            break
        if block.kind == "label" and block.label:
            names.append(block.label)
        elif block.kind == "item":
            names.append(re.split(r"\s*[:–—-]\s+", block.text)[0])
        elif block.kind == "heading":
            names.extend(clean_text(line.text) for line in block.lines)
        else:
            break
    return [name for name in names if 0 < len(name.split()) <= 4]


def separated_names(block: Block, after: Sequence[Block]) -> list[str]:
    """The names of a list printed as text between list separators (middle dot, bullet, bar).
    A line wrapped at a separator reads as an item whose marker is that separator, printed at
    the paragraph's left edge: its names continue the list."""
    names = short_names(block.text)
    if len(names) < 2:
        return []
    previous = block
    for wrapped in after:
        marker_x0 = wrapped.lines[0].marker_x0
        if wrapped.kind != "item" or marker_x0 is None or wrapped.style != block.style:
            break
        if abs(marker_x0 - block.bbox[0]) > block.size / 2 or not stacked(previous, wrapped):
            break
        more = short_names(wrapped.text)
        if not more:
            break
        names += more
        previous = wrapped
    return names


def short_names(text: str) -> list[str]:
    """The parts of ``text`` between list separators, or none when one is no name (a sentence:
    a name has at most four words)."""
    parts = VALUE_SEPARATOR.split(text.strip())
    return parts if all(0 < len(part.split()) <= 4 for part in parts) else []


def stacked(previous: Block, block: Block) -> bool:
    """The next entry of one list: same page, overlapping columns, within two lines below."""
    if block is previous:
        return True
    x0, top, x1, _ = block.bbox
    px0, _, px1, pbottom = previous.bbox
    overlaps = x0 < px1 and px0 < x1
    return block.page == previous.page and overlaps and top - pbottom <= 2 * previous.size
