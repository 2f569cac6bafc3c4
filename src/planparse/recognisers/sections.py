"""Plans whose pillars are plain headings over lists: a heading owns the bullets or numbered
items below it (infographic columns, two-column goal lists). Pillars may also be defined
once as run-in entries ("Promote Public Safety: ...") and listed again as headings later."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planparse import enumerators
from planparse.frontmatter import MISSION, VALUES, VISION
from planparse.models import Goal, Pillar
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents, Titles, provenance, same_title
from planparse.types import Block

MIN_DEFINITIONS = 2


@dataclass
class Section:
    heading: Block
    children: list[Block]  # the items (or run-in label entries) under the heading


@register("sections")
class HeadingsOverLists:
    """Headings that each own a list; summary lists that repeat other headings are skipped."""

    def detect(self, blocks: Sequence[Block]) -> float:
        sections = list_sections(blocks)
        numbers = (enumerators.parse(s.heading.text) for s in sections)
        if len(sections) < 2 or enumerators.restarts(n for n in numbers if n is not None):
            return 0.0  # "A." after "C.": the headings are numbered within a level above them
        return 0.6

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        pillars = [definition_pillar(entry) for entry in definitions(blocks)]
        for section in list_sections(blocks):
            pillar = next((p for p in pillars if same_title(p.title, section.heading.text)), None)
            if pillar is None:
                pillar = Pillar(title=section.heading.text, **provenance(section.heading))
                pillars.append(pillar)
            pillar.goals.extend(
                Goal(number=item.number, title=item.text, **provenance(item))
                for item in section.children
            )
        return Recognition(kind="strategic_plan", pillars=[p for p in pillars if p.goals])


def list_sections(blocks: Sequence[Block]) -> list[Section]:
    """Headings over lists, less summary lists that only repeat other headings."""
    headings = [b for b in blocks if b.kind == "heading"]
    titles = Titles([b.text for b in headings])
    return [s for s in sections_of(blocks, "item") if not is_summary(s, headings, titles)]


def sections_of(blocks: Sequence[Block], child_kind: str) -> list[Section]:
    sections = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or is_front_matter(block.text):
            continue
        children = []
        for following in blocks[index + 1 :]:
            if following.kind != child_kind:
                break
            children.append(following)
        if children:
            sections.append(Section(block, children))
    return sections


def is_front_matter(text: str) -> bool:
    return any(pattern.match(text) for pattern in (MISSION, VISION, VALUES))


def definitions(blocks: Sequence[Block]) -> list[Block]:
    """Run-in 'Name: description' entries under one heading: pillars defined in prose."""
    entries = []
    for section in sections_of(blocks, "label"):
        if len(section.children) >= MIN_DEFINITIONS:
            entries.extend(section.children)
    return entries


def definition_pillar(entry: Block) -> Pillar:
    return Pillar(title=entry.label or entry.text, description=entry.text, **provenance(entry))


def is_summary(section: Section, headings: list[Block], titles: Titles) -> bool:
    """A list whose items are other headings' titles (an 'areas of focus' box) repeats them."""
    own = headings.index(section.heading)
    repeats = sum(1 for item in section.children if titles.match(item.text, skip=own) is not None)
    return repeats >= max(2, len(section.children) // 2 + 1)
