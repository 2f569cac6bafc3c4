"""Shared structure helpers: what is not content (contents pages, summary repeats), node
provenance, and the goal-level fields printed as 'Label: value'."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from planparse.clean import clean_text, normalise
from planparse.fields import apply_to_goal, label_text, read_fields
from planparse.models import Goal, Source
from planparse.similarity import most_similar, text_similarity
from planparse.types import Block, Table
from planparse.vocabulary import field_key

CONTENTS_HEADING = re.compile(r"^(?:table\s+of\s+)?contents$", re.I)
CONTENTS_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$")
SAME_TITLE = 88.0
MIN_LEADERS = 3  # dot-leader entries that make a page a contents page


@dataclass
class Contents:
    """Table-of-contents entries: not content, but the best-cased titles a plan prints; and
    the document's own name (title, agency) as the cover prints it, which is never a node."""

    entries: list[str]
    document_names: list[str] = field(default_factory=list)
    forms: list[tuple[int, Table]] = field(default_factory=list)  # (page, ruled box) not plans

    def names_document(self, text: str) -> bool:
        """Whether a heading is the document's title or agency printed again."""
        return normalise(text) in {normalise(name) for name in self.document_names}

    def casing_for(self, title: str) -> str:
        """An ALL-CAPS body title takes the casing of its contents entry, when there is one."""
        for entry in self.entries:
            if entry.casefold() == title.casefold():
                return entry
        return title


def split_contents(blocks: Sequence[Block]) -> tuple[list[Block], Contents]:
    """Drop contents pages and dot-leader entries from the content, keeping their titles. A
    contents page is one headed "Contents" or one whose text is mostly dot-leader entries,
    whatever its heading says ("In This Plan", "Inside")."""
    contents_pages = {
        b.page for b in blocks if b.kind == "heading" and CONTENTS_HEADING.match(b.text)
    }
    leaders: Counter[int] = Counter(b.page for b in blocks if contents_entry(b))
    others: Counter[int] = Counter(
        b.page for b in blocks if b.kind != "heading" and not contents_entry(b)
    )
    contents_pages |= {
        page for page, count in leaders.items() if count >= MIN_LEADERS and count > others[page]
    }
    body, entries = [], []
    for block in blocks:
        if block.page in contents_pages or contents_entry(block):
            for line in block.lines:
                entry = clean_text(CONTENTS_LEADER.sub("", line.text))
                entries.append(re.sub(r"^[^:]{1,30}:\s*", "", entry))
        else:
            body.append(block)
    return body, Contents(entries=[e for e in entries if e])


def contents_entry(block: Block) -> bool:
    """A dot-leader line ending in a number, unless its key is a field's: "Due ...... 2026"
    typed under an action is its date, not a contents entry's page."""
    return bool(CONTENTS_LEADER.search(block.text)) and field_key(block.text) is None


def source_of(block: Block) -> Source:
    """Page and box of a block, with the OCR confidence of its words when it was OCR'd."""
    return Source(
        page=block.page,
        bbox=rounded(block.bbox),
        ocr_confidence=ocr_confidence(block),
    )


def provenance(block: Block) -> dict[str, Any]:
    """A node's ``source`` and, when the block runs over pages, ``sources`` (one per page)."""
    boxes = block.page_boxes()
    if not boxes:  # a table's block has cells, no lines
        return {"source": source_of(block)}
    confidence = ocr_confidence(block)
    sources = [Source(page=p, bbox=rounded(box), ocr_confidence=confidence) for p, box in boxes]
    return (
        {"source": sources[0]} if len(sources) == 1 else {"source": sources[0], "sources": sources}
    )


def rounded(bbox: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = (round(v, 1) for v in bbox)
    return (x0, top, x1, bottom)


def ocr_confidence(block: Block) -> float | None:
    """Letter-weighted mean confidence of a block's OCR'd words."""
    read = [(w.confidence, len(w.text)) for ln in block.lines for w in ln.words if w.ocr]
    letters = sum(count for _, count in read)
    if not letters:
        return None
    return round(sum(conf * count for conf, count in read if conf is not None) / letters, 1)


def same_title(a: str, b: str) -> bool:
    return text_similarity(normalise(a), normalise(b)) >= SAME_TITLE


class Titles:
    """Titles normalised once, to ask 'is this text one of them?' many times cheaply."""

    def __init__(self, titles: Sequence[str]) -> None:
        self.normalised = [normalise(title) for title in titles]

    def match(self, text: str, *, skip: int | None = None) -> int | None:
        """Index of a title the text repeats (ignoring the one at ``skip``), or None."""
        found = most_similar(normalise(text), self.normalised, score_cutoff=SAME_TITLE, limit=2)
        return next((index for _, _, index in found if index != skip), None)


def apply_goal_field(goal: Goal, block: Block) -> bool:
    """Put a lead, status or updated field line ('Responsible Manager:', 'Executive Sponsor:',
    'Status:') on the goal, read by the one field reader; False if it holds none."""
    return apply_to_goal(goal, read_fields(label_text(block)))
