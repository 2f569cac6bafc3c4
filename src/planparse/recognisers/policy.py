"""Policy and directive documents: one numbered policy header, titled sections, and
directive sentences ("shall", "should", "is encouraged"). Each directive is an activity
whose subject, when it names an actor, is its lead; stated frequencies are milestones."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planparse import enumerators, nlp
from planparse.clean import split_number
from planparse.geometry import centre_inside
from planparse.models import Activity, Goal, Milestone, Pillar, Source
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents, provenance, rounded
from planparse.types import Block, Table

DIRECTIVE_WORD = re.compile(r"\b(?:shall|must)\b", re.I)
MIN_DIRECTIVES = 3
POLICY_SCHEMES = ("code", "dotted")  # a manual's section: "3-01/110.00", "4.2"


@register("policy")
class DirectivePolicy:
    """A policy-manual section: '3-01/110.00 - Title', bold section titles, 'shall' sentences."""

    def detect(self, blocks: Sequence[Block]) -> float:
        text = " ".join(b.text for b in blocks if b.kind in ("paragraph", "item"))
        directives = len(DIRECTIVE_WORD.findall(text))
        if directives < MIN_DIRECTIVES:
            return 0.0
        return 0.95 if policy_header(blocks) is not None else 0.5

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        pillar, body = policy_pillar(blocks, contents)
        intro: list[str] = []
        goal: Goal | None = None
        for block in body:
            if block.kind == "heading":
                section, name = enumerators.strip(block.text)
                goal = Goal(number=section, title=name, **provenance(block))
                pillar.goals.append(goal)
            elif goal is None:
                intro.append(block.text)
            else:
                add_directives(goal, block)
        pillar.description = " ".join(intro) or None
        return Recognition(kind="policy", pillars=[pillar], title=pillar.title)


def policy_pillar(blocks: Sequence[Block], contents: Contents) -> tuple[Pillar, list[Block]]:
    """The policy's pillar (number and title from its header form or its numbered header)
    and the blocks after the header."""
    form = form_header(contents.forms)
    if form is not None:
        number, title, page, box = form
        body = [b for b in blocks if not inside_form(b, [(page, Table(box, []))])]
        source = Source(page=page, bbox=rounded(box))
        return Pillar(number=number, title=title, source=source), body
    start = policy_header(blocks)
    if start is None:
        start = next((i for i, b in enumerate(blocks) if b.kind == "heading"), 0)
    header = blocks[start]
    number_found, title_found = split_number(header.text)
    pillar = Pillar(number=number_found, title=title_found, **provenance(header))
    return pillar, list(blocks[start + 1 :])


NUMBER_KEY = re.compile(
    r"^(?:(?:policy|directive|general\s+order|order|procedure)\s*)?(?:number|no\.?|#)\s*:?$", re.I
)
TITLE_KEY = re.compile(r"^(?:subject|title|policy\s+(?:title|name)|policy)\s*:?$", re.I)


def form_header(
    forms: list[tuple[int, Table]],
) -> tuple[str, str, int, tuple[float, float, float, float]] | None:
    """A policy's number and title read from the form at its head: a "Policy Number" cell
    and a "Subject" or "Title" cell, each with its value beside it or below it."""
    for page, table in forms:
        number, title = form_value(table, NUMBER_KEY), form_value(table, TITLE_KEY)
        if number and title:
            return number, title, page, table.bbox
    return None


def form_value(table: Table, key: re.Pattern[str]) -> str | None:
    """The value of the first cell whose whole text is the key: the next filled cell to its
    right, or else the cell below it."""
    rows = table.rows
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None or not key.match(" ".join(cell.text.split())):
                continue
            right = [x for x in row[c + 1 :] if x is not None and x.text.strip()]
            if right and not (NUMBER_KEY.match(right[0].text) or TITLE_KEY.match(right[0].text)):
                return " ".join(right[0].text.split())
            below = rows[r + 1][c] if r + 1 < len(rows) and c < len(rows[r + 1]) else None
            if below is not None and below.text.strip():
                return " ".join(below.text.split())
    return None


def inside_form(block: Block, forms: list[tuple[int, Table]]) -> bool:
    return any(
        page == block.page and centre_inside(block.bbox, table.bbox) for page, table in forms
    )


def policy_header(blocks: Sequence[Block]) -> int | None:
    """The largest heading that starts with a policy number ('3-01/110.00', '4.2')."""
    headings = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    for index, block in sorted(headings, key=lambda pair: pair[1].level):
        found = enumerators.parse(block.text, ())
        if found is not None and found.text and found.scheme in POLICY_SCHEMES:
            return index
    return None


def add_directives(goal: Goal, block: Block) -> None:
    """Items are activities as printed; a paragraph gives one activity per directive sentence."""
    if block.kind == "item":
        goal.activities.append(Activity(text=block.text, **provenance(block)))
        return
    described = []
    for sentence in nlp.sentences(block.text):
        found = nlp.directive(sentence)
        if found is None:
            described.append(sentence)
            continue
        leads = [found.lead] if found.lead else []
        milestones = [
            Milestone(text=s, lead=found.lead, **provenance(block)) for s in found.schedules
        ]
        goal.activities.append(
            Activity(text=sentence, leads=leads, milestones=milestones, **provenance(block))
        )
    if described:
        goal.description = " ".join(filter(None, [goal.description, *described]))
