"""Acronyms a document defines in its own text: 'Community Safety Partnership (CSP)'.

A definition counts only when the words before the parenthesis spell the acronym by their
initials (small joining words may be skipped), so '(CST)' after 'Community Trust
Assessments' is not taken for a definition. The first definition printed wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ACRONYM = re.compile(r"\(([A-Z][A-Za-z&-]{1,9})\)")
JOINING = {"of", "and", "the", "for", "on", "in", "to", "&", "a", "an", "with", "through"}
WORD = re.compile(r"[\w'’-]+|&")


def find_glossary(texts: Iterable[str]) -> dict[str, str]:
    glossary: dict[str, str] = {}
    for text in texts:
        for match in ACRONYM.finditer(text):
            acronym = match.group(1)
            if acronym in glossary or sum(c.isupper() for c in acronym) < 2:
                continue
            expansion = spelled_out(text[: match.start()], acronym)
            if expansion:
                glossary[acronym] = expansion
    return glossary


def spelled_out(before: str, acronym: str) -> str | None:
    """The words ending ``before`` whose initials spell ``acronym`` (a plural 's' dropped)."""
    letters = [c.lower() for c in acronym.rstrip("s") if c.isalpha()]
    words = [(m.group(), m.start()) for m in WORD.finditer(before)]
    position = len(letters)
    start = None
    for word, offset in reversed(words):
        if position == 0:
            break
        initial = word[0].lower()
        if initial == letters[position - 1] and word.lower() not in JOINING - {"a"}:
            position -= 1
            start = offset
        elif word.lower() in JOINING and start is not None:
            continue
        else:
            return None
    if position or start is None:
        return None
    return re.sub(r"\s+", " ", before[start:]).strip(" ,;:")
