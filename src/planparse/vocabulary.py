"""The words and glyphs planparse recognises, each defined once: list markers, field keys and
table column roles, number words.

Field keys ("Lead:", "Status:") and table header words ("Lead", "Status") name the same roles,
so one table of role words serves both.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

# Glyphs printed before a list item (private-use code points are how Symbol and Wingdings
# bullets come out of Word exports). Dashes and "*" also mark items, but a leading dash in
# running text is not removed as a glyph.
BULLET_CHARS = "•●◦▪■□◆◇►▸‣⁃∙·○❖➢➤✓✔\uf0b7\uf0a7\uf076\uf0d8"
DASH_MARKERS = "-–—*"
MARKER_GLYPHS = frozenset(BULLET_CHARS + DASH_MARKERS)
# Letters that Word prints as bullets: its default second-level bullet is a lowercase "o" set in
# a monospaced font. Only a lone letter in a gutter, set apart from the text it marks, is one.
LETTER_BULLETS = frozenset("o")
# Letters an OCR engine reads a round bullet as; only a column of lines that each open with
# the same one, before a capital, makes them bullets (no sentence starts "e Equip").
OCR_BULLET_LETTERS = frozenset("eo")
# Unicode categories of one-character words that mark items: symbols, arrows, closing marks
# such as "›" and "»", private use; but not the punctuation text itself starts or ends with.
MARKER_CATEGORIES = frozenset({"So", "Sm", "Pf", "Co"})
# and the signs a notice starts with ("© 2027 City of ...", "® Reg. U.S.")
TEXT_PUNCTUATION = frozenset("\"'“”‘’()[]{}$#%&@/\\.,;:!?+=<>|~^`©®")
# An undecodable glyph ("(cid:12)"): as a lone word it is a bullet in a font without a map.
CID_GLYPH = re.compile(r"\(cid:\d+\)")
LEADING_GLYPH = re.compile(rf"^(?:[{BULLET_CHARS}]|{CID_GLYPH.pattern})\s*")


def is_marker_glyph(text: str) -> bool:
    """Whether a whole word is a list-marker glyph: a bullet, a dash, an unmapped glyph, or any
    single symbol or arrow ("›", "→", "❖", "✦") that no sentence starts with."""
    if text in MARKER_GLYPHS or CID_GLYPH.fullmatch(text) is not None:
        return True
    return (
        len(text) == 1
        and unicodedata.category(text) in MARKER_CATEGORIES
        and text not in TEXT_PUNCTUATION
    )


SYMBOL_FONTS = ("dingbat", "symbol", "wingding", "webding")


def is_symbol_font(font: str) -> bool:
    """Whether a font draws pictures for letters (ZapfDingbats, Symbol, Wingdings)."""
    name = font.casefold()
    return any(part in name for part in SYMBOL_FONTS)


Role = Literal["activity", "milestone", "target_date", "lead", "status", "measure", "unit", "other"]
# The roles of field keys and table columns, in the order they are tried (first match wins).
ROLE_WORDS: list[tuple[Role, str]] = [
    (
        "lead",
        r"lead|leads|owners?|responsib\w*|assigned|accountab\w*|champions?|sponsors?"
        r"|point\s+of\s+contact",
    ),
    ("status", r"status|progress"),
    ("target_date", r"target|due|deadline|complet\w*|timeline|time\s*frame|date"),
    ("milestone", r"milestones?|year\s*\d|fy\s*\d+|q[1-4]|phase\s*\d|(?:19|20)\d{2}"),
    ("measure", r"measures?|metrics?|kpis?|indicators?|outcomes?"),
    (
        "activity",
        r"activit\w*|actions?|strateg\w*|tasks?|objectives?|initiatives?|tactics?|steps?",
    ),
]
ROLE_PATTERNS = [(role, re.compile(rf"\b(?:{words})\b", re.I)) for role, words in ROLE_WORDS]

# Responsibility matrices: a unit's column holds a mark where the unit is responsible for the
# row's activity. Two kinds tell the lead from a supporting unit: the filled or heavier glyph,
# "L"/"P" (lead, primary) lead; the empty one, "S" (support) supports. One kind ("X", a check
# mark) marks every responsible unit. A legend ("● Lead ○ Support") may say otherwise.
LEAD_MARKS = frozenset("●◉■◆▲★✓✔✗✘XxLP")
SUPPORT_MARKS = frozenset("○◯◦□◇△☆S")
MATRIX_MARKS = LEAD_MARKS | SUPPORT_MARKS
# A legend entry: a mark then the role it stands for ("● Lead", "S = Support", "X: Responsible").
LEGEND_ENTRY = re.compile(
    rf"(?:^|\s)([{''.join(sorted(MATRIX_MARKS))}])\s*[=:\-–—]?\s*"
    r"(lead\w*|primary|responsib\w*|owner|support\w*|secondary|assist\w*|partner\w*)\b",
    re.I,
)
LEAD_ROLE_WORDS = re.compile(r"^(?:lead\w*|primary|responsib\w*|owner)$", re.I)

# The key of the field that dates a goal ("Most recent update:", "As of:"), matched whole.
UPDATED_KEY = re.compile(r"^(?:most\s+recent\s+update|(?:last\s+)?updated?|as\s+of)$", re.I)

# The whole key of a field line ("Goal Owner(s):", "Target Date:", "Status:"), with an optional
# level word before it; a key that is not one of these is not a field (a title with a colon).
FIELD_KEY = re.compile(
    r"^(?:(?:goal|action|activity|objective|strategy|initiative|project|item)\s+)?"
    r"(?:(?:executive\s+)?leads?(?:\s+(?:unit|division|agency|bureau|person|staff|office))?"
    r"|owners?(?:\(s\))?"
    r"|responsib(?:le|ility)(?:\s+(?:party|manager|unit|person|division|bureau|office))?"
    r"|accountable|assigned\s+to|champions?|(?:executive\s+)?sponsor|point\s+of\s+contact"
    r"|timeline|time\s*frame|target(?:\s+(?:date|completion))?|due(?:\s+date)?|deadline"
    r"|complete\s+by|completion(?:\s+date)?|target\s+completion\s+date"
    r"|(?:current\s+)?status|progress|(?:most\s+recent\s+|last\s+)?updated?|as\s+of"
    r"|(?:performance\s+)?measures?(?:\s+of\s+success)?|kpis?|metrics?"
    r"|(?:key\s+)?performance\s+indicators|how\s+(?:we\s+will|will\s+we)\s+measure\s+success)$",
    re.I,
)

# "Owner ........ Patrol Bureau": a key and its value parted by a typed dot leader
LEADER_FIELD = re.compile(r"^(?P<key>[^\W\d][^.:]*?)\s*\.{3,}\s*(?P<value>\S.*)$")


def field_key(text: str) -> tuple[str, str] | None:
    """(key, value) of a "Key: value" or "Key ..... value" line whose key is a field key."""
    key, colon, value = text.partition(":")
    if not colon and (leader := LEADER_FIELD.match(text)):
        key, value = leader["key"], leader["value"]
    key = " ".join(key.split())
    if not value.strip() or not FIELD_KEY.match(key):
        return None
    return key, value.strip()


# A value that is a date and nothing else ("June 2026", "Q3 2027", "FY28", "2029"): after a
# date key printed without its colon ("Complete by June 2026") it makes the line a field.
DATE_VALUE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+"
    r"|q[1-4]\s+|(?:spring|summer|fall|autumn|winter)\s+)?(?:fy\s?'?\d{2}(?:\d{2})?|(?:19|20)\d{2})$",
    re.I,
)

# A timeline that names no date ("(Annually)", "(Ongoing)" closing a step): a milestone with
# no period, as the schema's "Annually", "Ongoing".
FREQUENCY_WORDS = ["annually", "quarterly", "monthly", "weekly", "daily", "yearly", "biennially"]
RECURRING = re.compile(
    rf"^(?:ongoing|continuous(?:ly)?|(?:semi-?|bi-?)?(?:{'|'.join(FREQUENCY_WORDS)}))$", re.I
)

# "(continued)" after a title repeated on the next page, in its common spellings.
CONTINUED = re.compile(r"\s*[-–—:]?\s*\(?(?:continued|cont(?:'d|\.)?)\)?\s*$", re.I)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip

# Nouns that name who does something: a directive's subject is a lead only if its head is one,
# and "X Section and Y Unit" joins two leads only when X ends with one.
ACTOR_NOUNS = {
    "department", "member", "commander", "officer", "station", "unit", "division", "bureau",
    "supervisor", "personnel", "employee", "staff", "chief", "captain", "lieutenant", "sergeant",
    "deputy", "sheriff", "manager", "director", "team", "agency", "office", "command", "detective",
    "investigator", "coordinator", "administrator", "section", "squad", "area", "precinct",
    "district", "watch", "academy", "council", "committee", "board", "commission", "city",
}  # fmt: skip
# the actor nouns that title one person ("Deputy Chief of Operations" heads what follows "of";
# "Office of Emergency Services" is an office's name, which may wrap after "of Emergency")
PERSON_TITLES = {
    "commander", "officer", "supervisor", "chief", "captain", "lieutenant", "sergeant", "deputy",
    "sheriff", "manager", "director", "detective", "investigator", "coordinator", "administrator",
}  # fmt: skip
