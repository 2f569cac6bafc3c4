"""One grammar for the numbers plans print before headings and items.

It reads arabic ("3."), dotted ("1.2.3"), roman ("IV.", "iv)"), letters ("A.", "b)", "(c)"),
mixed ("A.1.1", "2.b"), a manual's section code ("3-01/110.00"), a number alone (set apart in a
badge), and an optional level word before the number ("Goal 3:", "Strategic Direction 4 -",
"Action Item 5.1"). Which words are level words is learned from the document
(``learn_level_words``: a short phrase printed before several different numbers), with a
vocabulary of common ones only as a prior.

Every stage uses this module to find, strip or compare a printed number: ``parse`` and
``strip`` for any text, ``list_enumerator`` for the number that opens a list item,
``is_level_word`` and ``is_number_alone`` for a kicker printed on two lines, ``follows`` and
``restarts`` for sequences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Scheme = Literal["arabic", "dotted", "upper", "lower", "roman", "ROMAN", "mixed", "code", "none"]

# Words plans use for their levels; a prior only: the document's own words are learned.
LEVEL_WORD_PRIOR = (
    "pillar", "goal", "objective", "strategy", "initiative", "action", "action item", "tactic",
    "key result", "focus area", "area of focus", "priority", "priority area", "strategic priority",
    "strategic direction", "strategic goal", "strategic objective", "strategic initiative",
    "commitment", "theme", "outcome", "task", "activity", "step", "measure", "result",
)  # fmt: skip
_ROMAN = re.compile(r"^(?=[ivxlc])(?:x{0,3}|xl|l)(?:ix|iv|v?i{0,3})$", re.I)
_CODE = re.compile(r"\d+(?:[./-]\d+)*[/-]\d+(?:[./-]\d+)*")
_ARABIC = re.compile(r"\d+")
_OBJECTIVE_CODE = re.compile(r"^(?P<code>[A-Z]{1,3}-?\d{1,2})\s+(?P<text>\S.*)$", re.S)
ROW_NUMBER = re.compile(r"[A-Za-z]?\d{1,3}(?:\.[A-Za-z]?\d{1,3})*\.?")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = (
    r"(?:\d{1,3}(?:[./-]\d{1,3})*[/-]\d{1,3}(?:[./-]\d{1,3})*"  # 3-01/110.00: a manual's code
    r"|[A-Za-z]\.\d{1,3}(?:\.\d{1,3})*"  # A.1, A.1.1
    r"|\d{1,3}(?:\.\d{1,3})+(?:\.[a-z])?"  # 1.2, 1.2.3, 1.2.a
    r"|\d{1,3}\.[a-z]"  # 2.b
    r"|\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])"
)
# What sets the number apart from its text: ".", ")" or ":", a dash or colon after spaces
# ("1 - Title", "1. – Title", "Goal 1 : Title"), or only a space. A digit's ".", ")" or long
# dash may touch a capital ("1.Reduce", "Goal 1—Title"); a hyphen may not ("5-Year Plan"),
# nor a letter's stop ("A.B. Smith").
_APART = (
    r"(?P<close>[.):])?(?P<separator>\s*[-–—:](?=\s|$|[A-Z]))?"
    r"(?:\s+|$|(?<=\d[.):–—])(?=[A-Z]))"
)
_ENUMERATOR = re.compile(rf"^(?P<open>\(?)(?P<number>{_NUMBER}){_APART}")
_WORD = r"[A-Za-z][A-Za-z&'’]*"
# a level word, then its number after a space, "#", "No." or nothing ("GOAL2")
_WORDED = re.compile(
    rf"^(?P<word>{_WORD}(?:\s+{_WORD}){{0,3}}?)(?:\s*#\s*|\s+No\.\s*|\s+|(?=\d))"
    rf"(?P<number>{_NUMBER}){_APART}"
)
# A word that is only an enumerator, printed apart from its text ("1.", "a)", "(iv)", "2.3").


@dataclass(frozen=True)
class Enumerator:
    """A printed number: its parts, how it is written, and the text after it."""

    value: str  # as printed, without level word, brackets or punctuation: "1.2", "A", "iv"
    scheme: Scheme
    depth: int  # components: "3" -> 1, "1.2" -> 2, "A.1.1" -> 3; a code ("3-01/110.00") -> 1
    word: str | None  # the level word as printed ("Strategic Direction"), if any
    punctuation: str  # ".", ")", "()", ":", "-" or "" (a number alone or before a space)
    text: str  # what follows the number

    @property
    def key(self) -> tuple[str | None, Scheme, int]:
        """What makes two enumerators members of one family: word, scheme and depth."""
        return (self.word.casefold() if self.word else None, self.scheme, self.depth)

    @property
    def last(self) -> int | None:
        """The value of the last component as a number (roman and letters too), for sequences."""
        return position(self.value)

    @property
    def parent(self) -> str | None:
        """The value of the enclosing number: "1.2.3" -> "1.2"; None at depth 1."""
        return self.value.rsplit(".", 1)[0] if self.depth > 1 else None


def position(number: str) -> int | None:
    """Where a printed number stands in its sequence, by its last part: "2.3" -> 3, "C" -> 3,
    "iv" -> 4; None for what is not a number in a sequence ("3-01/110.00")."""
    scheme = scheme_of(number)
    if scheme is None or scheme == "code":
        return None  # a code names its section; it does not count
    return ordinal(number.rsplit(".", 1)[-1], scheme)


def ordinal(part: str, scheme: Scheme) -> int | None:
    """1 for "1", "a", "A", "i", "I"; None if the part is not a number of that scheme."""
    if part.isdigit():
        return int(part)
    if scheme in ("roman", "ROMAN") and _ROMAN.match(part):
        return roman_value(part)
    if len(part) == 1 and part.isalpha():
        return ord(part.casefold()) - ord("a") + 1
    return None


def roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for char, after in zip(text.casefold(), text.casefold()[1:] + " ", strict=True):
        value = values[char]
        total += -value if after in values and values[after] > value else value
    return total


def is_row_number(text: str) -> bool:
    """A cell that is a row's number and nothing else: "2", "1.3.", "A1", "G1.O2.A3" (a
    spreadsheet's ID column)."""
    return ROW_NUMBER.fullmatch(text) is not None


def scheme_of(number: str) -> Scheme | None:
    """How a number is written; None for letters that are neither one letter nor a numeral."""
    if _ARABIC.fullmatch(number):
        return "arabic"
    if _DOTTED.fullmatch(number):
        return "dotted"
    if _CODE.fullmatch(number):
        return "code"
    if "." in number:
        return "mixed"
    if _ROMAN.match(number) and (len(number) > 1 or number in "IVXivx"):
        return "roman" if number.islower() else "ROMAN"
    if len(number) == 1:
        return "lower" if number.islower() else "upper"
    return None


def parse(text: str, level_words: Iterable[str] = LEVEL_WORD_PRIOR) -> Enumerator | None:
    """The enumerator at the start of ``text``, with a level word when it is one of
    ``level_words`` (casefolded); None when the text does not start with a number.

    A letter or roman numeral needs punctuation or brackets ("A.", "b)", "(iv)"), or to stand
    alone, so "A safe city" is not item A; a bare arabic number needs a capital after it
    ("1 Community Trust"), so "10 officers" is not item 10; a year is never a number here.
    """
    words = level_words if isinstance(level_words, tuple) else tuple(level_words)
    return parse_text(text.strip(), casefolded(words))


@lru_cache(maxsize=256)
def casefolded(words: tuple[str, ...]) -> frozenset[str]:
    """The level words as ``parse_text`` compares them (a document learns a few sets)."""
    return frozenset(word.casefold() for word in words)


@lru_cache(maxsize=65536)
def parse_text(text: str, words: frozenset[str]) -> Enumerator | None:
    """``parse`` of stripped text against casefolded level words: the same line is asked about
    by several stages (blocks, the tree, the levels), so each answer is kept."""
    worded = _WORDED.match(text)
    if worded and " ".join(worded.group("word").split()).casefold() in words:
        found = read(worded, text, " ".join(worded.group("word").split()))
        if found is not None:
            return found
    plain = _ENUMERATOR.match(text)
    return read(plain, text, None) if plain else None


def read(match: re.Match[str], text: str, word: str | None) -> Enumerator | None:
    """The enumerator a match of ``_ENUMERATOR`` or ``_WORDED`` found, if the number and what
    follows it make one."""
    number, rest = match.group("number"), text[match.end() :].strip()
    close, separator = match.group("close") or "", (match.group("separator") or "").strip()
    opening = "open" in match.groupdict() and match.group("open")
    scheme = scheme_of(number)
    if scheme is None or opening and close != ")":
        return None
    if scheme == "arabic" and (len(number) >= 4 or _YEAR.fullmatch(number)):
        return None  # a year or a count, not a number of the plan
    punctuation = "()" if opening else (close or separator)[:1]
    letters = scheme in ("upper", "lower", "roman", "ROMAN")
    numeral = scheme == "ROMAN" and len(number) > 1 and rest[:1].isupper()
    if word is None and letters and not punctuation and rest and not numeral:
        return None  # "A safe city", "I will": a letter needs its punctuation ("III SAFETY")
    counted = scheme in ("arabic", "code")
    if word is None and counted and not punctuation and rest[:1].islower():
        return None  # "10 officers were hired", "24/7 coverage"
    depth = 1 if scheme == "code" else number.count(".") + 1
    return Enumerator(number, scheme, depth, word, punctuation, rest)


def list_enumerator(text: str) -> Enumerator | None:
    """The number that opens a numbered list item, with text after it: "1.", "1)" or "(1)"
    (a manual's or an order's list), an outline number ("1.2", "1.2.3"), a small letter
    ("a.", "b)", "(c)") or a small roman numeral ("ii.", "iv)": a browser's third list level;
    bracketed, "(iv)" runs inside a legal sentence). Capitals, capital roman numerals and
    level words number headings, and a bare "1" is a badge, so none of them opens an item;
    nor do parts of three digits ("817.1" numbers a manual's section, "0.021" is a value).
    """
    found = parse(text, ())
    if found is None or not found.text:
        return None
    if found.scheme != "roman" and any(len(p) > 2 for p in found.value.split(".")):
        return None
    letter = len(found.value) == 1 and found.value.islower()
    numeral = found.scheme == "roman" and found.value.islower() and found.punctuation in (".", ")")
    stopped = found.punctuation in (".", ")", "()")
    if found.scheme == "dotted" or numeral or stopped and (found.scheme == "arabic" or letter):
        return found
    return None


def is_level_word(text: str, level_words: Iterable[str] = LEVEL_WORD_PRIOR) -> bool:
    """Whether the whole text is one of the level words ("GOAL" printed above its "2")."""
    return " ".join(text.split()).casefold() in {word.casefold() for word in level_words}


def is_list_marker(text: str) -> bool:
    """Whether a word standing alone is an item's number set apart from its text ("1.", "2.3",
    "b)", "(iv)"): a number of one or two digits a part, a punctuated or bracketed letter or
    numeral; never a year or a count ("2025", "120") nor a bare letter ("A")."""
    found = parse(text, ())
    if found is None or found.text or found.scheme == "code":
        return False
    if found.scheme in ("arabic", "dotted"):
        return all(len(part) <= 2 for part in found.value.split("."))
    return bool(found.punctuation)


def is_number_alone(text: str) -> bool:
    """Whether the text is a number with nothing after it ("2", "IV", "3."): a badge or the
    second line of a kicker."""
    found = parse(text, ())
    return found is not None and not found.text


def learn_level_words(
    texts: Iterable[str], min_numbers: int = 2, *, with_prior: bool = True
) -> set[str]:
    """Short phrases printed before ``min_numbers`` or more different numbers in these texts
    (headings and item starts): the document's own level words, casefolded, with the prior's
    words that the document uses."""
    numbers: defaultdict[str, set[str]] = defaultdict(set)
    for text in texts:
        found = _WORDED.match(text.strip())
        if not found:
            continue
        word = " ".join(found.group("word").split())
        if not word[:1].isupper() or scheme_of(word) is not None:
            continue  # a level word is capitalised and is not itself a number ("II")
        enumerator = read(found, text.strip(), word)
        if enumerator is not None:
            numbers[word.casefold()].add(enumerator.value)
    learned = {word for word, seen in numbers.items() if len(seen) >= min_numbers}
    prior = {word for word in numbers if word in LEVEL_WORD_PRIOR} if with_prior else set()
    return learned | prior


def strip(text: str, level_words: Iterable[str] = LEVEL_WORD_PRIOR) -> tuple[str | None, str]:
    """('1.2', 'Strengthen ...') for '1.2 Strengthen ...'; (None, text) without a number."""
    found = parse(text, level_words)
    if found is None or not found.text:
        return None, text
    return found.value, found.text


def strip_code(text: str) -> tuple[str | None, str]:
    """('IP2', 'Modernize ...') for 'IP2  Modernize ...': a scorecard objective's code, capital
    letters naming its perspective and a number; (None, text) without one."""
    match = _OBJECTIVE_CODE.match(text)
    if match is None:
        return None, text
    return match.group("code"), match.group("text")


def follows(previous: Enumerator, current: Enumerator) -> bool:
    """Whether ``current`` is the next number after ``previous`` in one sequence."""
    if previous.key != current.key or previous.parent != current.parent:
        return False
    a, b = previous.last, current.last
    return a is not None and b is not None and b == a + 1


def restarts(numbers: Iterable[Enumerator]) -> bool:
    """Whether a run of numbers starts one sequence again ("A." ... "C.", then "A."; "1.1"
    then "2.1" is another sequence): they are numbered within a level above them."""
    started: set[tuple[tuple[str | None, Scheme, int], str | None]] = set()
    for found in numbers:
        if found.last != 1:
            continue
        if (found.key, found.parent) in started:
            return True
        started.add((found.key, found.parent))
    return False
