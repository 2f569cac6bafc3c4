"""Completeness checks: what the document promises against what was parsed.

Extractors that silently drop items are the worst kind (design.md): a gap in printed
numbering, a stated count ("built on five pillars") or contents entries that disagree
with the parsed plan each become a warning on the plan, never a silent loss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planparse.models import Plan
from planparse.vocabulary import NUMBER_WORDS

PILLAR_NOUNS = r"pillars|focus areas|strategic goals|goals|priorities|strategic priorities"
STATED_COUNT = re.compile(
    rf"\b(?P<count>{'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+(?:\w+\s+){{0,2}}(?P<noun>{PILLAR_NOUNS})\b",
    re.I,
)


def completeness_warnings(plan: Plan, texts: Sequence[str]) -> list[str]:
    return [*numbering_gaps(plan), *stated_counts(plan, texts)]


def numbering_gaps(plan: Plan) -> list[str]:
    """Sibling numbers that skip (1, 2, 4 or A, B, D) mean an item was probably lost."""
    warnings = []
    groups = [("pillars", [p.number for p in plan.pillars])]
    for pillar in plan.pillars:
        groups.append((f"goals of '{pillar.title}'", [g.number for g in pillar.goals]))
        for goal in pillar.goals:
            groups.append((f"activities of '{goal.title}'", [a.number for a in goal.activities]))
    for where, numbers in groups:
        missing = skipped(numbers)
        if missing:
            warnings.append(f"numbering skips {', '.join(missing)} among the {where}")
    return warnings


def skipped(numbers: Sequence[str | None]) -> list[str]:
    """Numbers missing from a run of plain integers or single capital letters."""
    printed = [n for n in numbers if n]
    ordinals = [ordinal(n) for n in printed]
    values = [v for v in ordinals if v is not None]
    if len(values) < 2 or len(values) != len(ordinals) or len(set(values)) != len(values):
        return []
    letters = all(n.isalpha() for n in printed)
    gaps = [v for v in range(min(values), max(values) + 1) if v not in set(values)]
    return [chr(ord("A") + v - 1) if letters else str(v) for v in gaps]


def ordinal(number: str) -> int | None:
    if number.isdigit():
        return int(number)
    if len(number) == 1 and "A" <= number <= "Z":
        return ord(number) - ord("A") + 1
    return None


def stated_counts(plan: Plan, texts: Sequence[str]) -> list[str]:
    """'Built on five pillars' in the text, against the number of pillars parsed."""
    for text in texts:
        match = STATED_COUNT.search(text)
        if not match:
            continue
        word = match.group("count").lower()
        stated = NUMBER_WORDS.get(word) or int(word)
        if plan.pillars and stated != len(plan.pillars) and stated > 1:
            return [
                f"the document speaks of {match.group(0)!r} but {len(plan.pillars)} pillars "
                "were found"
            ]
        return []
    return []
