"""Measurable targets in activity and milestone text, as structured data.

Four phrasings cover what plans print: a change 'by N%' after an increase/decrease verb,
'from A to B <unit>', a level to reach ('100% completion of X', 'N% of X'), and a bound
('below 100', 'at least 4 hours'). The metric is the wording the phrase applies to.
"""

from __future__ import annotations

import re

from planparse.models import Target
from planparse.vocabulary import NUMBER_WORDS

NUMBER = rf"(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})"
UP = r"increas\w*|rais\w*|grow\w*|expand\w*|improv\w*|boost\w*|doubl\w*"
DOWN = r"reduc\w*|decreas\w*|lower\w*|cut\w*|declin\w*|drop\w*"
UNIT = r"(%|percent\b|(?:per|a|each)\s+\w+|hours?\b|days?\b|minutes?\b|officers?\b|\w+s\b)?"
CHANGE = re.compile(
    rf"\b(?P<verb>{UP}|{DOWN})\s+(?P<metric>[^.;]{{3,80}}?)\s+by\s+{NUMBER}\s*{UNIT}", re.I
)
SPAN = re.compile(rf"(?P<metric>\b[^.;]{{3,60}}?)\s+from\s+{NUMBER}\s+to\s+{NUMBER}\s*{UNIT}", re.I)
REACH = re.compile(
    rf"{NUMBER}\s*%\s+(?P<metric>(?:(?:completion|compliance|participation|coverage)\b|of\s)"
    r"(?:(?!\d+\s*%)[^.;]){0,60})",
    re.I,
)
BOUNDS = r"below|under|fewer than|less than|no more than|at least|a minimum of|more than|over"
BOUND = re.compile(
    rf"(?P<metric>\b[^.;]{{3,60}}?)\s+(?P<bound>{BOUNDS})\s+{NUMBER}\s*{UNIT}"
    r"(?P<after>[^.;,()]{0,60})",
    re.I,
)
# Keywords each phrase cannot match without, tested first: the full SPAN and BOUND patterns
# try a 3-60 character metric at every position, which dominated enrichment of long plans.
SPAN_KEYWORD = re.compile(r"\sfrom\s", re.I)
BOUND_KEYWORD = re.compile(rf"\s(?:{BOUNDS})\s+{NUMBER}", re.I)
AFTER_END = re.compile(r"\s+(?:to|for|on|in|at|that|which|by|with|and)\s.*$", re.I)
DOWN_WORDS = re.compile(DOWN, re.I)
LEADING_VERB = re.compile(rf"{UP}|{DOWN}|achiev\w*|maintain\w*|keep\w*|reach\w*", re.I)
AT_MOST = {"below", "under", "fewer than", "less than", "no more than"}
TRAILING = re.compile(r"^(?:the|a|an|all|each|every|of)\s+|\s+(?:to|in|of|by)$", re.I)


def find_targets(text: str) -> list[Target]:
    """Every target phrase in the text, each phrase once."""
    unique: dict[str, Target] = {}
    for found in [*changes(text), *spans(text), *levels(text), *bounds(text)]:
        unique.setdefault(found.text, found)
    return list(unique.values())


def changes(text: str) -> list[Target]:
    result = []
    for match in CHANGE.finditer(text):
        direction = "decrease" if DOWN_WORDS.fullmatch(match.group("verb")) else "increase"
        result.append(
            target(match, match.group("metric"), direction, match.group(3), match.group(4))
        )
    return result


def spans(text: str) -> list[Target]:
    result: list[Target] = []
    if not SPAN_KEYWORD.search(text):
        return result
    for match in SPAN.finditer(text):
        start, end = number(match.group(2)), number(match.group(3))
        direction = "increase" if end > start else "decrease"
        result.append(
            target(match, match.group("metric"), direction, match.group(3), match.group(4))
        )
    return result


def levels(text: str) -> list[Target]:
    if "%" not in text:
        return []
    return [
        target(match, match.group("metric"), "reach", match.group(1), "%")
        for match in REACH.finditer(text)
    ]


def bounds(text: str) -> list[Target]:
    result: list[Target] = []
    if not BOUND_KEYWORD.search(text):
        return result
    for match in BOUND.finditer(text):
        direction = "at_most" if match.group("bound").lower() in AT_MOST else "at_least"
        metric, unit = match.group("metric"), match.group(4)
        if len(tidy(metric).split()) <= 1:
            metric = f"{unit or ''} {AFTER_END.sub('', match.group('after'))}"
            unit = None
        result.append(target(match, metric, direction, match.group(3), unit))
    return result


def target(
    match: re.Match[str], metric: str, direction: str, value: str, unit: str | None
) -> Target:
    return Target(
        metric=tidy(metric),
        direction=direction,
        value=number(value),
        unit="%" if unit and unit.lower() in ("%", "percent") else (unit or None),
        text=match.group(0).strip(),
    )


def tidy(metric: str) -> str:
    """The metric's own words: no leading change verb or article, no dangling preposition."""
    words = metric.strip(" ,").split()[-12:]
    if words and LEADING_VERB.fullmatch(words[0]):
        words = words[1:]
    return TRAILING.sub("", " ".join(words)).strip(" ,")


def number(text: str) -> float:
    return float(NUMBER_WORDS.get(text.lower(), text.replace(",", "")))
