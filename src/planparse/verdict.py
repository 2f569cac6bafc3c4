"""Plan or not: decided apart from how a document's levels were read, from what it shows.

A strategic plan names itself one on its cover ("2025-2028 Strategic Plan") or, failing that,
prints a numbered hierarchy of level words ("Goal 1", "Objective 1.2") that explains most of
its structure. A news release, an annual report of accomplishments, a statistics report or a
web page may have headings over bullets, but not those. Policies are decided by their own
reading (directive sentences under a numbered policy header).
"""

from __future__ import annotations

from collections.abc import Sequence

from planparse import enumerators
from planparse.frontmatter import FrontMatter
from planparse.levels import evidence
from planparse.recognisers.registry import Recognition
from planparse.types import Block

MIN_UNTITLED_EVIDENCE = 0.5  # share of structure an untitled plan's reading must explain


def not_a_plan(front: FrontMatter, recognition: Recognition, body: Sequence[Block]) -> str | None:
    """Why the reading is not a plan, or None when it is one."""
    if recognition.kind == "policy":
        return None
    if not recognition.pillars:
        return "no pillar, goal or directive structure was found"
    if front.title:
        return None
    score = evidence(recognition.pillars, body)
    words = numbered_level_words(body)
    if score >= MIN_UNTITLED_EVIDENCE and words:
        return None
    if not words:
        return "no plan title on the cover and no numbered goals, objectives or priorities"
    return (
        f"no plan title on the cover, and its numbered levels explain too little of it "
        f"({score:.0%} of its headings, items and tables)"
    )


def numbered_level_words(body: Sequence[Block]) -> set[str]:
    """Level words of the common vocabulary that the headings print before several numbers."""
    headings = [b.text for b in body if b.kind == "heading"]
    learned = enumerators.learn_level_words(headings, with_prior=False)
    return {w for w in learned if w in enumerators.LEVEL_WORD_PRIOR}
