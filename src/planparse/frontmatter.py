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
    join_lines,
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
# A cover naming another document before the plan it holds ("2024 Annual Report including
# the 2025-2027 Strategic Plan"): the plan's own name is the capitalised phrase ending it.
HOLDING_DOCUMENT = re.compile(
    r"\b(?:report|review|update|budget)\b.*\b(?:including|containing|featuring|with)\b.*\bplan\b",
    re.I,
)
PLAN_NAME = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2,4}\s+)?(?:[A-Z][\w'’-]*\s+)*Plan"
    r"(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?$"
)
PLAN_WORDS = re.compile(
    r"\b(?:strategic|plan|goals|priorities|roadmap|framework|scorecard)\b", re.I
)
# The word a cover title names its document by: a plan, or a balanced scorecard (a plan's
# perspectives, objectives and initiatives under its method's name).
TITLE_NOUN = re.compile(r"\b(?:plan|scorecard)\b", re.I)
MISSION = re.compile(r"^(?:our\s+)?mission(?:\s+statement)?:?$", re.I)
VISION = re.compile(r"^(?:our\s+)?vision(?:\s+statement)?:?$", re.I)
VALUES = re.compile(r"^(?:our\s+)?(?:core\s+)?values?(?:\s+statement)?:?$", re.I)
VALUES_SENTENCE = re.compile(
    r"\b(?:core\s+)?values\s+(?:of|are|:)\s+((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+)+"
    r"and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
NAME_SEPARATOR = re.compile(r"\s*(?:[,;·•|/]|\s[–—-]\s|\band\b)\s*")
MAX_NAME_WORDS = 3
NAME_SPACING = 0.6  # of the type size: wider than any word space, even a justified line's
# "Mission. The department..." / "Our Values: Trust, ...": a label of one to four words, a stop
RUN_IN_LABEL = re.compile(r"^(\w+(?:\s+\w+){0,3})\s*[.:–—]\s+")
MIN_STATEMENT_WORDS = 5  # as under a heading (``next_text_block``)
FRONT_PAGES = 6
MAX_TITLE_LINES = 3  # a title set in body type: a few short lines
MAX_TITLE_WORDS = 16


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
    """The cover heading that names the plan, joined with a heading that completes it; in a
    document set all in body type, the short line it opens with."""
    cover = cover_blocks(blocks) + opening_line(blocks)
    for index, block in enumerate(cover):
        if not TITLE_NOUN.search(block.text):
            continue
        title = plan_name(strip_agency(without_subtitle(block), agency))
        following = cover[index + 1] if index + 1 < len(cover) else None
        if following and not SINGLE_YEAR.search(title) and SINGLE_YEAR.search(following.text):
            title = f"{title} {following.text}"
        return with_metadata_casing(title, metadata, agency)
    meta = strip_agency(metadata.get("Title", ""), agency)
    return meta if PLAN_WORDS.search(meta) else None


def plan_name(title: str) -> str:
    """The plan's own name in a cover that names the document holding it first."""
    if not HOLDING_DOCUMENT.search(title):
        return title
    found = PLAN_NAME.search(title)
    return found.group(0) if found and found.start() > 0 else title


def without_subtitle(block: Block) -> str:
    """A title block's text up to its line that names the plan with its years and ends
    there ("2025-2029 Strategic Plan", "Strategic Plan 2024-2026"): a line after that one
    ("Action Plan") is a subtitle."""
    for index, line in enumerate(block.lines[:-1]):
        text = line.text.strip()
        named = SINGLE_YEAR.search(text) and re.search(r"\bplan\b", text, re.I)
        if named and re.search(r"(?:\bplan|\d)$", text, re.I):
            return join_lines([line.text for line in block.lines[: index + 1]])
    return block.text


def opening_line(blocks: Sequence[Block]) -> list[Block]:
    """The document's first block when it comes before any heading and reads as a title: a
    paragraph of a few short lines, not a sentence."""
    first = blocks[0] if blocks else None
    if first is None or first.kind != "paragraph" or first.text.rstrip().endswith("."):
        return []
    short = len(first.lines) <= MAX_TITLE_LINES and len(first.text.split()) <= MAX_TITLE_WORDS
    return [first] if short else []


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


def is_statement_heading(text: str) -> bool:
    """Whether a heading introduces the mission, the vision or the values, which are plan
    fields: the list under a 'Core Values' heading is never a pillar and its goals."""
    return any(p.match(text.strip()) for p in (MISSION, VISION, VALUES))


def statement_after(blocks: Sequence[Block], heading: re.Pattern[str]) -> str | None:
    """The text under a 'Mission' / 'Vision' heading, or of a 'Mission:' run-in label (a
    label block, or a paragraph opening with the word and a stop: "Vision. A city where...")."""
    for index, block in enumerate(blocks):
        if block.kind == "label" and block.label and heading.match(block.label):
            return block.text
        if block.kind == "heading" and heading.match(block.text):
            body = next_text_block(blocks, index)
            return body.text if body else None
        if block.kind == "paragraph" and (statement := run_in_statement(block.text, heading)):
            return statement
    return None


def run_in_statement(text: str, heading: re.Pattern[str]) -> str | None:
    statement = run_in(text, heading)
    return statement if statement and len(statement.split()) >= MIN_STATEMENT_WORDS else None


def run_in(text: str, label: re.Pattern[str]) -> str | None:
    """What follows a run-in label the pattern names and a stop ("Vision. ...", "Values: ...")."""
    opening = RUN_IN_LABEL.match(text)
    if opening is None or not label.match(opening.group(1)):
        return None
    return text[opening.end() :]


def next_text_block(blocks: Sequence[Block], index: int) -> Block | None:
    heading = blocks[index]
    for block in blocks[index + 1 : index + 4]:
        if block.kind == "heading" and block.bold and block.size <= heading.size:
            return None
        if len(block.text.split()) >= MIN_STATEMENT_WORDS:
            return block
    return None


def find_values(blocks: Sequence[Block]) -> list[str]:
    """The values under a values heading (a list, or one line of names between separators),
    after a run-in values label, or named in a sentence ("our values are A, B and C")."""
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not VALUES.match(block.text):
            continue
        rest = blocks[index + 1 :]
        names = value_names(rest) or listed_after(block, rest)
        row = names_in_row(block, rest)  # a row read as a list stops at the first name
        names = row if len(row) > len(names) else names
        if names:
            return names
    for block in blocks:
        listed = run_in_values(block)
        if listed and (names := listed_names(listed)):
            return names
    for block in blocks:
        if match := VALUES_SENTENCE.search(block.text):
            return [v for v in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(1)) if v]
    return []


def run_in_values(block: Block) -> str | None:
    """The text after a run-in values label: a bold label block ("**Our Values:** Trust,
    Service") or a paragraph opening with the word and a stop ("Values: Trust, Service")."""
    if block.kind == "label" and block.label and VALUES.match(block.label):
        return block.text
    return run_in(block.text, VALUES) if block.kind == "paragraph" else None


def listed_after(heading: Block, blocks: Sequence[Block]) -> list[str]:
    """The names of the paragraph right under a heading, or beside it as a side label's
    text, when it is only names between separators ("Trust, Service", "Trust · Service")."""
    following = blocks[0] if blocks else None
    if following is None or following.kind != "paragraph":
        return []
    if not stacked(heading, following) and not beside(heading, following):
        return []
    names = listed_names(following.text)
    if not names:
        return spaced_names(following)
    return names + wrapped_names(following, blocks[1:])


def wrapped_names(first: Block, blocks: Sequence[Block]) -> list[str]:
    """Names of a separated list's next lines where it wrapped at a separator, which then
    reads as the bullet of a one-line item at the list's edge ("· Stewardship")."""
    names: list[str] = []
    previous = first
    for block in blocks:
        marker = block.lines[0].marker_x0 if block.lines else None
        at_edge = marker is not None and abs(marker - first.bbox[0]) <= 0.5 * first.size
        if block.kind != "item" or len(block.lines) != 1 or block.style != first.style:
            break
        if not at_edge or not stacked(previous, block):
            break
        more = listed_names(block.text) or [block.text.strip(" .")]
        if not all(is_name(name) for name in more):
            break
        names.extend(more)
        previous = block
    return names


def spaced_names(block: Block) -> list[str]:
    """Names on one line set apart by wide spaces instead of separators ("Trust   Service")."""
    if len(block.lines) != 1:
        return []
    line = block.lines[0]
    names: list[list[str]] = []
    for previous, word in zip([None, *line.words], line.words, strict=False):
        if previous is None or word.x0 - previous.x1 > NAME_SPACING * line.size:
            names.append([])
        names[-1].append(word.text)
    return listed_names(" · ".join(" ".join(name) for name in names))


def beside(label: Block, block: Block) -> bool:
    """A block starting level with a label, right of it on its page."""
    level = abs(block.bbox[1] - label.bbox[1]) <= 0.5 * label.size
    return block.page == label.page and level and block.bbox[0] >= label.bbox[2]


def names_in_row(heading: Block, blocks: Sequence[Block]) -> list[str]:
    """Names set in one row right of a run-in heading ("OUR VALUES  Trust · Service"), where
    the separators between them read as bullets and part the row into blocks."""
    row: list[Block] = []
    for block in blocks:
        if not beside(heading, block) or block.kind not in ("paragraph", "item", "heading"):
            break
        if len(block.lines) > 1:
            break
        if row and block.style != row[0].style:
            break
        row.append(block)
    return listed_names(" · ".join(block.text for block in row))


def listed_names(text: str) -> list[str]:
    """Two or more short capitalised names between separators, or nothing: a sentence has
    longer parts, or lower-case ones."""
    names = [part.strip(" .") for part in NAME_SEPARATOR.split(text)]
    names = [name for name in names if name]
    if len(names) < 2:
        return []
    return names if all(is_name(name) for name in names) else []


def is_name(text: str) -> bool:
    """A value's name: capitalised, a few words (a sentence has more, or starts lower-case)."""
    return bool(text) and text[0].isupper() and len(text.split()) <= MAX_NAME_WORDS


def value_names(blocks: Sequence[Block]) -> list[str]:
    """Names of a values list: run-in labels, list items or one name per line, in one style."""
    names: list[str] = []
    first = blocks[0] if blocks else None
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


def stacked(previous: Block, block: Block) -> bool:
    """The next entry of one list: same page, overlapping columns, within two lines below."""
    if block is previous:
        return True
    x0, top, x1, _ = block.bbox
    px0, _, px1, pbottom = previous.bbox
    overlaps = x0 < px1 and px0 < x1
    return block.page == previous.page and overlaps and top - pbottom <= 2 * previous.size
