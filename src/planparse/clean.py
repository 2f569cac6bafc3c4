"""Text rules of the schema: no glyphs, no hyphenation breaks, single spaces, numbers apart."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from planparse import enumerators
from planparse.vocabulary import LEADING_GLYPH

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
YEAR_RANGE = re.compile(
    r"(?<![\d.])(?:FY\s?)?((?:19|20)\d{2})\s*(?:-|–|—|to|through)\s*(?:FY\s?)?((?:19|20)?\d{2})\b"
    r"|\bFY\s?'?(\d{2})\s*[-–—]\s*(?:FY\s?'?)?(\d{2})\b",
    re.IGNORECASE,
)
FISCAL_YEAR = re.compile(r"\bFY\s?'?(\d{2}|\d{4})\b", re.IGNORECASE)
SINGLE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?!\d)")
# Two dated ends joined by a dash: "Q4 2025 – Q2 2026", "June 2025 - March 2027".
DATE_SPAN = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*[-–—]\s*(?:[A-Za-z]+\.?\s*\d?\s*)?((?:19|20)\d{2})(?!\d)"
)


def clean_text(text: str) -> str:
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u00ad", "")
    return " ".join(LEADING_GLYPH.sub("", text.strip()).split())


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a line-end hyphen stays a hyphen with no space after it.

    Published plans break lines at real compound hyphens ("problem-/solving"); without a
    lexicon a soft hyphen cannot be told from a real one, so the printed hyphen is kept.
    """
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith("-") and len(text) > 1 and text[-2].isalnum() and line[0].isalnum():
            text += line
        else:
            text += " " + line
    return clean_text(text)


def split_number(text: str) -> tuple[str | None, str]:
    """'1.2 Strengthen ...' -> ('1.2', 'Strengthen ...'), read by the enumerator grammar with no
    level words ("Goal 1" stays text); text without a number is unchanged."""
    return enumerators.strip(text, level_words=())


def normalise_period(text: str) -> str | None:
    """'2023 - 2024' -> '2023-2024', 'Q4 2025 – Q2 2026' -> '2025-2026', 'FY27' -> '2027',
    '2025' -> '2025'; None if no year."""
    if match := YEAR_RANGE.search(text):
        start, end = year_range(match)
        return f"{start}-{end}"
    if (match := DATE_SPAN.search(text)) and match.group(1) != match.group(2):
        return f"{match.group(1)}-{match.group(2)}"
    if match := FISCAL_YEAR.search(text):
        year = match.group(1)
        return year if len(year) == 4 else "20" + year
    if match := SINGLE_YEAR.search(text):
        return match.group(1)
    return None


def year_range(match: re.Match[str]) -> tuple[int, int]:
    """Both ends of a YEAR_RANGE match as four-digit years ('FY25-FY27' -> 2025, 2027)."""
    if match.group(1):
        start, end = match.group(1), match.group(2)
    else:
        start, end = "20" + match.group(3), match.group(4)
    if len(end) == 2:
        end = start[:2] + end
    return int(start), int(end)


def title_case(text: str) -> str:
    """ALL CAPS name -> Title Case, for names a document prints only in capitals."""
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}
    words = text.lower().split()
    return " ".join(
        word if i and word in small else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "&": " and ",
    }
)
# Trailing list punctuation and a dangling "and" ("...identified; and"), repeated.
_TRAILING = re.compile(r"(?:[\s.;,:]|(?<![^\s.;,:])and)+$")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Reduce text to what matters for matching, so typography and list endings never count
    (kept per text: the stages match the same titles against each other many times)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_CHARS)
    return _TRAILING.sub("", " ".join(text.split()))
