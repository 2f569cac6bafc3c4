"""Plans whose levels are headings with a level word and a number: "PILLAR 1", "GOAL 2",
"Initiative A:", "Focus Area 3". The first level word met in the body is the pillar level,
the second the goal level; list items below the lowest level are its children."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planparse import enumerators
from planparse.clean import clean_text
from planparse.fields import (
    activity_fields,
    apply_to_activity,
    as_field,
    label_text,
    read_fields,
)
from planparse.models import Activity, Goal, Pillar, Source
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents, apply_goal_field, provenance, same_title, source_of
from planparse.tables import TableReader
from planparse.tree import outdented
from planparse.types import Block
from planparse.vocabulary import CONTINUED

MIN_OWNERS = 2


@dataclass
class Header:
    start: int  # position of the header's first block
    index: int  # position of the block that ends the header (title included)
    word: str  # the level word, casefolded; "" for a plain heading owning a family
    number: str | None
    title: str
    block: Block
    last: Block  # the header's last block: its title when printed on its own line

    @property
    def source(self) -> Source:
        """Where the header and its title are printed (one box when on one page)."""
        first = source_of(self.block)
        if self.last.page != self.block.page:
            return first
        x0, top, x1, bottom = zip(first.bbox, source_of(self.last).bbox, strict=True)
        return Source(page=first.page, bbox=(min(x0), min(top), max(x1), max(bottom)))


@register("labelled")
class LabelledHeadings:
    """Level words with numbers: "PILLAR 1" / "GOAL 1" pages, "Initiative A:" captions."""

    def detect(self, blocks: Sequence[Block]) -> float:
        families = level_families(find_headers(blocks))
        if len(families) >= 2:
            return 0.9
        return 0.7 if families else 0.0

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        headers = find_headers(blocks)
        families = level_families(headers)
        headers = [h for h in headers if h.word in families]
        if len(families) == 1 and (owners := unlabelled_pillars(blocks, headers)):
            families = ["", families[0]]
            headers = sorted([*owners, *headers], key=lambda header: header.start)
        elif len(families) == 1 and (goals := unlabelled_goals(blocks, headers)):
            families = [families[0], ""]
            headers = sorted([*headers, *goals], key=lambda header: header.start)
        pillars: list[Pillar] = []
        for position, header in enumerate(headers):
            end = headers[position + 1].start if position + 1 < len(headers) else len(blocks)
            body = list(blocks[header.index + 1 : end])
            if header.word == families[0]:
                add_pillar(pillars, header, body, contents, has_goal_level=len(families) > 1)
            elif pillars:
                add_goal(pillars[-1], header, body)
        return Recognition(kind="strategic_plan", pillars=pillars)


def unlabelled_pillars(blocks: Sequence[Block], headers: list[Header]) -> list[Header]:
    """Plain headings set larger than a lone level family, each owning some of its headers.

    'COMMUNITY TRUST' over 'Goal 1' / 'Goal 2' makes the plain headings the pillar level;
    it takes two such owners, so a single 'Our Goals' title does not swallow the plan.
    """
    top = min(header.block.level for header in headers)
    candidates = [
        index
        for index, block in enumerate(blocks)
        if block.kind == "heading" and 0 < block.level < top and not level_header(block.text)
    ]
    owners = []
    for position, index in enumerate(candidates):
        end = candidates[position + 1] if position + 1 < len(candidates) else len(blocks)
        if any(index < header.start < end for header in headers):
            block = blocks[index]
            owners.append(Header(index, index, "", None, block.text, block, block))
    return owners if len(owners) >= MIN_OWNERS else []


def unlabelled_goals(blocks: Sequence[Block], headers: list[Header]) -> list[Header]:
    """Plain headings set smaller than a lone level family, each over list items, under two
    or more of its headers: 'Strategic Direction A' over 'Hire officers who reflect the
    community' over its lettered steps makes the plain headings the goal level (not the
    steps). Of several such styles, the one under most headers."""
    bottom = max(header.block.level for header in headers)
    printed = {index for header in headers for index in range(header.start, header.index + 1)}
    found: dict[int, list[Header]] = {}
    owners: dict[int, set[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.level <= bottom or level_header(block.text):
            continue
        if index in printed:  # a header's own title line ("GOAL 1" over its title)
            continue
        above = [header.start for header in headers if header.start < index]
        if not above or not heads_items(blocks, index):
            continue
        found.setdefault(block.level, []).append(
            Header(index, index, "", None, block.text, block, block)
        )
        owners.setdefault(block.level, set()).add(max(above))
    levels = [level for level, held in owners.items() if len(held) >= MIN_OWNERS]
    if not levels:
        return []
    return found[max(levels, key=lambda level: (len(owners[level]), -level))]


def heads_items(blocks: Sequence[Block], index: int) -> bool:
    """Whether list items that are not field lines follow a heading before the next one."""
    for block in blocks[index + 1 :]:
        if block.kind == "heading":
            return False
        if block.kind == "item" and as_field(block) is None:
            return True
    return False


def find_headers(blocks: Sequence[Block]) -> list[Header]:
    """The level headers, with the document's own level words ("Goal Area 2") learned from
    its headings as well as the common ones."""
    words = enumerators.learn_level_words(b.text for b in blocks if b.kind == "heading")
    headers = []
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        header = header_at(blocks, index, words)
        if header:
            headers.append(header)
    return headers


def header_at(
    blocks: Sequence[Block], index: int, words: Iterable[str] = enumerators.LEVEL_WORD_PRIOR
) -> Header | None:
    """A level header at ``index``, its number and title possibly in the next headings."""
    block = blocks[index]
    text, end = block.text, index
    if (
        enumerators.is_level_word(text)
        and index + 1 < len(blocks)
        and enumerators.is_number_alone(blocks[index + 1].text)
    ):
        text, end = f"{text} {blocks[index + 1].text}", index + 1
    found = level_header(text, words)
    if found is None or found.word is None:
        return None
    title = CONTINUED.sub("", found.text)
    if not title and end + 1 < len(blocks) and blocks[end + 1].kind == "heading":
        following = blocks[end + 1]
        if not level_header(following.text, words):
            title, end = CONTINUED.sub("", following.text), end + 1
    return Header(index, end, found.word.casefold(), found.value, title, block, blocks[end])


def level_header(
    text: str, words: Iterable[str] = enumerators.LEVEL_WORD_PRIOR
) -> enumerators.Enumerator | None:
    """A level word and its number ("GOAL 2", "Initiative A:"), read by the grammar."""
    found = enumerators.parse(text, words)
    return found if found is not None and found.word else None


def level_families(headers: list[Header]) -> list[str]:
    """Level words that form a numbered family, in order of first appearance.

    A word forms a family when it is printed with two or more numbers, or when its headers
    sit under two or more headers of a family (numbering that restarts in each pillar).
    """
    numbers: dict[str, set[str | None]] = {}
    for header in headers:
        numbers.setdefault(header.word, set()).add(header.number)
    families = {word for word, seen in numbers.items() if len(seen) >= 2}
    parents: dict[str, set[tuple[str, str | None]]] = {}
    parent: tuple[str, str | None] | None = None
    for header in headers:
        if header.word in families:
            parent = (header.word, header.number)
        elif parent is not None:
            parents.setdefault(header.word, set()).add(parent)
    families |= {word for word, seen in parents.items() if len(seen) >= 2}
    return [word for word in numbers if word in families][:2]


def add_pillar(
    pillars: list[Pillar],
    header: Header,
    body: list[Block],
    contents: Contents,
    has_goal_level: bool,
) -> None:
    if pillars and header.number is not None and pillars[-1].number == header.number:
        return
    paragraphs = [b.text for b in body if b.kind == "paragraph"]
    pillar = Pillar(
        number=header.number,
        title=clean_text(contents.casing_for(header.title)),
        description=" ".join(paragraphs) or None,
        source=header.source,
    )
    if not has_goal_level:
        pillar.goals = [
            Goal(number=b.number, title=b.text, **provenance(b)) for b in body if b.kind == "item"
        ]
    pillars.append(pillar)


def add_goal(pillar: Pillar, header: Header, body: list[Block]) -> None:
    """A goal header and what follows it; a repeated header continues the goal before it."""
    previous = pillar.goals[-1] if pillar.goals else None
    repeated = previous is not None and (
        previous.number == header.number
        if header.number is not None
        else same_title(previous.title, clean_text(header.title))
    )
    goal = previous if repeated else None
    if goal is None:
        goal = Goal(number=header.number, title=clean_text(header.title), source=header.source)
        pillar.goals.append(goal)
    description = []
    tables = TableReader()
    last_item: Block | None = None
    for block in body:
        field = as_field(block) if block.kind != "label" else None
        if block.table is not None:
            tables.activities(block.table, block.page, goal.activities)
        elif field is not None:  # "Executive Sponsor: X" by the title, "Measure: Y" under an item
            if goal.activities and not field_outdented(field, last_item):
                last = goal.activities[-1]
                apply_to_activity(last, read_fields(label_text(field)), last.source)
            else:
                apply_goal_field(goal, field)
        elif block.kind == "item":
            text, fields = activity_fields(block.text)
            activity = Activity(number=block.number, text=text, **provenance(block))
            apply_to_activity(activity, fields, activity.source)
            goal.activities.append(activity)
            last_item = block
        elif block.kind == "label" and apply_goal_field(goal, block):
            continue
        elif block.kind == "paragraph" and not goal.activities:
            description.append(block.text)
        elif block.kind == "heading" and same_title(block.text, pillar.title):
            continue
    goal.status = goal.status or tables.status
    if description:
        goal.description = " ".join(filter(None, [goal.description, *description]))


def field_outdented(field: Block, item: Block | None) -> bool:
    """A field printed left of the last item's text (a goal's "Lead Unit" after its steps, at
    the goal's margin) is the goal's, not the item's."""
    if item is None or not field.lines or not item.lines:
        return False
    return outdented(field, item.bbox[0], item.size)
