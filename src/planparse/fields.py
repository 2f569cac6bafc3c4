"""One reader for every way a plan prints a field: "Lead: X" on its own line, several pairs on
one line ("Owner: X | Due: FY27 | Status: On Track"), a parenthetical at the end of an item
("(Lead: X; Timeline: Q3 2026)"), whatever their style. Keys are found by pattern
(``vocabulary.FIELD_KEY``, a level word before the key allowed) and mapped to roles by the
vocabulary that table columns share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planparse.clean import clean_text, normalise_period
from planparse.columns import column_of
from planparse.models import Activity, Goal, Milestone, Source
from planparse.types import Block
from planparse.vocabulary import (
    ACTOR_NOUNS,
    DATE_VALUE,
    FIELD_KEY,
    PERSON_TITLES,
    RECURRING,
    UPDATED_KEY,
    field_key,
)

_WORD_BEFORE = re.compile(r"[A-Za-z][\w()'’/&.-]*$")
MAX_KEY_WORDS = 4  # "Target Completion Date", "Goal Owner(s)"
MAX_VALUE_WORDS = 12  # a value printed under its key names a unit or two
_PARENTHETICAL = re.compile(r"\s*\(([^()]*:[^()]*)\)\s*\.?\s*$")
# a spaced hyphen is the dash of a typist or a web page ("... first year - Lead: X")
_AFTER_SENTENCE = re.compile(r"(?:[.!?]|\s[|·•–—;-])\s*$")
_TRAILING_SEPARATOR = re.compile(r"(?:\s+-|\s*[|·•–—;])?\s*$")
# a speck before a value too; after it, a spaced slash as well ("Lead: X  /  Target: Y")
_SEPARATORS = re.compile(r"^[\s|;,•·–—.:]+|(?:[\s|;,•·–—]|\s/)+$")
_AND = re.compile(r"\s+and\s+(?=[A-Z])")
_AMPERSAND = re.compile(r"\s+&\s+")
# A date in brackets or after a dash and "by" at the end of an item: "(Q2 2026)", " – by FY27".
_BARE_DATE = re.compile(r"(?:\s*\(([^():]*)\)|\s+[–—-]\s+by\s+([^():]*?))\s*\.?\s*$")
_SPAN = re.compile(r"\s*[–—-]\s*")
LEAD_SEPARATORS = re.compile(r"\s*(?:;|,|\s/\s|\n)\s*")


@dataclass(frozen=True)
class Field:
    """One printed field: its key as printed, its role, its value."""

    key: str
    role: str  # "lead", "target_date", "milestone", "status", "updated", "measure"
    value: str


def role_of(key: str) -> str | None:
    """The role of a field key, or None when the words are not a field key."""
    key = " ".join(key.split())
    if not FIELD_KEY.match(key):
        return None
    if UPDATED_KEY.match(key) or re.search(r"\bupdated?\b|\bas\s+of\b", key, re.I):
        return "updated"
    role = column_of(key).role
    return role if role not in ("activity", "other") else None


def read_fields(text: str) -> list[Field]:
    """Every "Key: value" pair of a field line, in order; [] unless it starts with a key."""
    found = [k for colon in re.finditer(r":", text) if (k := key_before(text, colon.start()))]
    if not found or text[: found[0][0]].strip(" |;,•·–—("):
        return []
    fields = []
    for index, (_, end, name, role) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) else len(text)
        value = _SEPARATORS.sub("", text[end:stop])
        if value.count(")") > value.count("("):  # the parenthetical's own closing bracket
            value = value[: value.rindex(")")]
        value, date = clean_text(value), ""
        if role == "lead":  # "Lead: Backgrounds Unit – by FY2026": a date closes it
            value, date = closing_date(value)
        if value:
            fields.append(Field(name, role, value))
        if date:
            fields.append(Field("", "target_date", date))
    return fields


def closing_date(text: str) -> tuple[str, str]:
    """A text without the bare date closing it ("Backgrounds Unit – by FY2026", "Patrol
    (Q2 2026)"), and that date; the text whole and "" when none closes it."""
    match = _BARE_DATE.search(text)
    date = next((group for group in match.groups() if group is not None), "") if match else ""
    if match is None or not (is_date(date) or RECURRING.match(date.strip())):
        return text, ""
    return text[: match.start()].rstrip(), date.strip()


def key_before(text: str, colon: int) -> tuple[int, int, str, str] | None:
    """The longest field key of up to four words ending at a colon: (start, end after the
    colon, key, role), or None."""
    words: list[tuple[int, str]] = []
    position = colon
    for _ in range(MAX_KEY_WORDS):
        head = text[:position].rstrip()
        match = _WORD_BEFORE.search(head)
        if not match:
            break
        words.insert(0, (match.start(), match.group(0)))
        position = match.start()
    for first in range(len(words)):
        start = words[first][0]
        if start and text[start - 1] not in " |;,(•·–—\t":
            continue
        key = " ".join(word for _, word in words[first:])
        role = role_of(key)
        if role is not None:
            return start, colon + 1, key, role
    return None


def key_chars(text: str) -> int:
    """Characters of the field keys printed in a text ("Lead:", "Target Date:"): printed
    structure that no node keeps as text."""
    if ":" not in text:
        return 0
    keys = (key_before(text, colon.start()) for colon in re.finditer(r":", text))
    return sum(end - start for start, end, _, _ in filter(None, keys))


def trailing_fields(text: str) -> tuple[str, list[Field]]:
    """An item's text without the fields printed after it, and those fields: a trailing
    parenthetical ("Open a wellness room (Lead: Peer Support; Timeline: 2026)") or field pairs
    after its last sentence ("Open a wellness room. Lead: Peer Support · Due: 2026")."""
    match = _PARENTHETICAL.search(text)
    if match:
        fields = read_fields(match.group(1))
        if fields:
            return text[: match.start()].rstrip(), fields
    for colon in re.finditer(r":", text):
        key = key_before(text, colon.start())
        if key is None or not _AFTER_SENTENCE.search(text[: key[0]]):
            continue
        fields = read_fields(text[key[0] :])
        if fields:  # "... dispatch. Lead: IT Division · Target Date: 2026"
            return _TRAILING_SEPARATOR.sub("", text[: key[0]]), fields
    return text, []


def activity_fields(text: str) -> tuple[str, list[Field]]:
    """An activity's text and the fields printed after it: those of ``trailing_fields``, and a
    bare date closing the line ("Replace the records system (Q2 2026)", "... – by June
    2026"), which is the activity's target date though no key names it."""
    rest, date = closing_date(text)
    if not date:
        return trailing_fields(text)
    rest, fields = trailing_fields(rest)
    return rest, [*fields, Field("", "target_date", date)]


def is_date(value: str) -> bool:
    """A date alone ("June 2026", "FY27") or a span of two ("FY2026 – FY2027")."""
    parts = _SPAN.split(value.strip())
    return len(parts) <= 2 and all(DATE_VALUE.match(part) for part in parts)


def split_leads(value: str) -> list[str]:
    """Leads as printed, one per value: split at ";", "," and " / ", at "and" only where it
    joins two whole names ("Records Section and Crime Analysis Unit", "Lt. Roehl and Peer
    Support"), never inside one ("Personnel and Training Division"), and at "&" only between
    two names each whole by itself ("Patrol Bureau & PSB Lieutenant", "Captain & SVU"; not
    "Professional Standards & Training")."""
    leads = []
    for part in (piece for joined in LEAD_SEPARATORS.split(value) for piece in ampersands(joined)):
        pieces: list[str] = []
        for piece in _AND.split(part):
            if pieces and not joins_two_names(pieces[-1], piece):
                pieces[-1] = f"{pieces[-1]} and {piece}"
            else:
                pieces.append(piece)
        leads += [lead for piece in pieces if (lead := clean_text(piece))]
    return leads


def ampersands(text: str) -> list[str]:
    """The names either side of each "&" when all are whole names, else the text whole."""
    parts = [part.strip() for part in _AMPERSAND.split(text)]
    if len(parts) > 1 and all(part and whole_name(part) for part in parts):
        return parts
    return [text]


def leads_of_lines(lines: list[str]) -> list[str]:
    """Leads printed one per line (a table cell), each printed name split at its separators."""
    return [lead for name in printed_names(lines) for lead in split_leads(name)]


def printed_names(lines: list[str]) -> list[str]:
    """A lead cell's names as printed, wrapped lines joined: a line that stops short of a
    whole name ("Personnel and", "Real-Time Crime Center") wraps onto the next, and so does
    one that a lone role word, a separator or a small word continues ("PSB" over
    "Lieutenant;", "/ Patrol", "of Operations")."""
    names: list[str] = []
    for line in filter(None, (" ".join(line.split()) for line in lines)):
        word = line.rstrip(",;")
        role_word = " " not in word and word.casefold().rstrip("s") in ACTOR_NOUNS
        continued = line[0] in "/,;&" or line[0].islower()
        if names and (not whole_name(names[-1]) or role_word or continued):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    return names


def whole_name(text: str) -> bool:
    """A unit or role name, or an acronym, that ends where it should ("Backgrounds Unit",
    "CEU", "Deputy Chief of Operations"), not one cut at a joining word or a comma. After a
    separator only the name that follows it counts ("Manager; Employee" stops short of
    "Employee Services Unit")."""
    if text.endswith((",", ";", "&", "/")):
        return False
    name = LEAD_SEPARATORS.split(text)[-1].strip() or text
    last = name.split()[-1]
    if last.casefold() in ("and", "of", "the", "for"):
        return False
    return names_a_unit(name) or (last.isupper() and len(last) >= 2) or heads_something(name)


def heads_something(name: str) -> bool:
    """A person's title qualified by what they head: "Deputy Chief of Operations", "Director
    of Training" (a title before "of", a capitalised word after it)."""
    head, of, tail = name.rpartition(" of ")
    title = head.split()[-1].casefold().rstrip("s") if head.split() else ""
    return bool(of) and title in PERSON_TITLES and tail[:1].isupper()


def joins_two_names(left: str, right: str) -> bool:
    """Whether "left and right" names two leads: a one-word left side is part of a compound
    name ("Personnel and Training Division") unless it is itself a unit, or an acronym before
    a whole name ("RTCC and Support Services Bureau")."""
    acronym = left.isupper() and len(left) >= 2 and " " not in left
    return (
        names_a_unit(left)
        or (len(left.split()) >= 2 and len(right.split()) >= 2)
        or (acronym and whole_name(right))
    )


def names_a_unit(text: str) -> bool:
    """Two or more words ending in a unit or role noun: 'Records Section', 'Patrol Captain'."""
    words = text.split()
    return len(words) >= 2 and words[-1].casefold().rstrip("s") in ACTOR_NOUNS


def apply_to_activity(activity: Activity, fields: list[Field], source: Source | None) -> None:
    """Lead fields add leads; a timeline or target date is the activity's milestone."""
    for field in fields:
        if field.role == "lead":
            activity.leads.extend(lead for lead in split_leads(field.value)
                                  if lead not in activity.leads)  # fmt: skip
        elif field.role in ("target_date", "milestone"):
            milestone = Milestone(period=normalise_period(field.value), text=field.value)
            milestone.source = source
            activity.milestones.append(milestone)
    for milestone in activity.milestones:
        milestone.lead = milestone.lead or (activity.leads[0] if activity.leads else None)


def apply_to_goal(goal: Goal, fields: list[Field]) -> bool:
    """Lead, status and updated fields fill the goal; False if none of them was one."""
    used = False
    for field in fields:
        if field.role == "lead":
            goal.leads.extend(lead for lead in split_leads(field.value) if lead not in goal.leads)
        elif field.role == "status":
            goal.status = goal.status or field.value
        elif field.role == "updated":
            goal.updated = goal.updated or field.value
        else:
            continue
        used = True
    return used


def as_field(block: Block) -> Block | None:
    """A heading, item or paragraph printed as "Key: value" with a field key (a lead, a
    status, a date, a measure) is a field line of the entry above it, whatever its style."""
    if block.kind not in ("heading", "item", "paragraph") or not block.lines:
        return None
    key, colon, value = block.text.partition(":")
    if not colon and (typed := field_key(block.text)):
        return Block(kind="label", lines=list(block.lines), label=typed[0])
    if not colon:
        key = dated_key(block.text) or ""
        value = block.text[len(key) :]
    if not key or not value.strip() or not FIELD_KEY.match(" ".join(key.split())):
        return None
    return Block(kind="label", lines=list(block.lines), label=key.strip())


def dated_key(text: str) -> str | None:
    """The date key of a line printed without its colon ("Complete by June 2026"): a key
    of the date role followed by a date and nothing else."""
    if not text.rstrip()[-1:].isdigit():  # every date value ends in a year's digits
        return None
    words = text.split()
    for count in range(min(MAX_KEY_WORDS, len(words) - 1), 0, -1):
        key = " ".join(words[:count])
        if role_of(key) == "target_date" and DATE_VALUE.match(" ".join(words[count:])):
            return key
    return None


def fold_labelled_sections(blocks: list[Block]) -> list[Block]:
    """Field keys printed alone above their values, as a worksheet labels its sections: a
    measures key ("Performance Measures", "How We Will Measure Success") and the list under it
    are context, not nodes, so they leave the body; a lead or status key ("Lead Unit") over a
    short value becomes one "Key: value" field line, as if printed on one line."""
    folded: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        role = section_role(block)
        value = blocks[at + 1] if at + 1 < len(blocks) else None
        if role == "measure":
            at += 1
            while at < len(blocks) and blocks[at].kind == "item":
                at += 1
            continue
        if role in ("lead", "status") and value is not None and short_value(value):
            key = block.text.rstrip(" :")
            folded.append(Block(kind="label", lines=[*block.lines, *value.lines], label=key))
            at += 2
            continue
        folded.append(block)
        at += 1
    return folded


def section_role(block: Block) -> str | None:
    """The role of a heading or paragraph that is a field key and nothing else."""
    if block.kind not in ("heading", "paragraph") or not block.lines:
        return None
    return role_of(block.text.rstrip(" :"))


def short_value(block: Block) -> bool:
    """A field's value printed under its key: a name or two on a line of their own, not a
    sentence."""
    return (
        block.kind == "paragraph"
        and len(block.text.split()) <= MAX_VALUE_WORDS
        and not block.text.endswith(".")
    )


def label_text(block: Block) -> str:
    """A field line as printed, key included."""
    return f"{block.label}: {block.text}" if block.label else block.text
