"""Policy and directive documents: one numbered policy header, titled sections, and
directive sentences ("shall", "should", "is encouraged"). Each directive is an activity
whose subject, when it names an actor, is its lead; stated frequencies are milestones."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planparse import nlp
from planparse.clean import split_number
from planparse.models import Activity, Goal, Milestone, Pillar
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents, provenance
from planparse.types import Block

DIRECTIVE_WORD = re.compile(r"\b(?:shall|must)\b", re.I)
MIN_DIRECTIVES = 3


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
        start = policy_header(blocks)
        if start is None:
            start = next((i for i, b in enumerate(blocks) if b.kind == "heading"), 0)
        header = blocks[start]
        number, title = split_number(header.text)
        pillar = Pillar(number=number, title=title, **provenance(header))
        intro: list[str] = []
        goal: Goal | None = None
        for block in blocks[start + 1 :]:
            if block.kind == "heading":
                goal = Goal(title=block.text, **provenance(block))
                pillar.goals.append(goal)
            elif goal is None:
                intro.append(block.text)
            else:
                add_directives(goal, block)
        pillar.description = " ".join(intro) or None
        return Recognition(kind="policy", pillars=[pillar], title=title)


def policy_header(blocks: Sequence[Block]) -> int | None:
    """The largest heading that starts with a policy number ('3-01/110.00', '4.2')."""
    headings = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    for index, block in sorted(headings, key=lambda pair: pair[1].level):
        number, _ = split_number(block.text)
        if number and re.search(r"\d[./-]\d", number):
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
