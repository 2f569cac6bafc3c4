"""After structure: what the whole text says about the plan's nodes (acronyms, targets)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planparse.checks import completeness_warnings
from planparse.glossary import find_glossary
from planparse.models import Plan
from planparse.targets import find_targets
from planparse.types import Block


def enrich(plan: Plan, blocks: Sequence[Block]) -> None:
    """Fill the glossary and targets; warn where the text promises more than was found."""
    texts = list(printed_texts(blocks))
    plan.glossary = find_glossary(texts)
    plan.warnings.extend(completeness_warnings(plan, texts))
    for pillar in plan.pillars:
        for goal in pillar.goals:
            for activity in goal.activities:
                activity.targets = find_targets(activity.text)
                for milestone in activity.milestones:
                    milestone.targets = find_targets(milestone.text)


def printed_texts(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        if block.table is None:
            yield block.text
            continue
        for row in block.table.rows:
            yield from (" ".join(cell.text.split()) for cell in row if cell is not None)
