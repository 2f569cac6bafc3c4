"""Blocks -> a document tree: headers and list entries nested by rank, with their content.

An *entry* is a header (a heading block, with a kicker line or number badge above its title
merged in) or a list item. Each entry has a *family*: entries printed the same way (the same
level word and numbering depth, or the same type style when unnumbered) are one family, so a
plan's "Goal 1" ... "Goal 7" are one family wherever they appear. Entries nest by rank:
headings above items, bigger type above smaller, shallower numbers above deeper ("1" above
"1.1"), level words in the order the document first uses them; an item nests under the item
whose text it is indented beneath. A section runs to the next entry of the same or higher
rank, whatever its wording, so an appendix heading closes the section before it.

Paragraphs, field lines and tables are the content of the entry they follow. What the tree
means as a plan is decided in ``levels``.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from planparse import enumerators
from planparse.clean import normalise
from planparse.columns import header_columns
from planparse.enumerators import Enumerator
from planparse.fields import as_field, read_fields
from planparse.geometry import union
from planparse.tables import list_items
from planparse.types import Block, Cell, Table, half_point
from planparse.vocabulary import CONTINUED, FIELD_KEY

# Prose: a sentence of four words or more, then another ("St. Louis" or "Dr. King" is no end).
TWO_SENTENCES = re.compile(r"^(?:\S+\s+){3,}\S*[a-z]{2}[.!?]\s+[A-Z]")
MAX_ATTRIBUTION_WORDS = 8  # "— Deputy Chief Dana Okafor, Patrol Division"
MAX_CAPITAL_TITLE_WORDS = 8  # "1. SAFE NEIGHBORHOODS AND STRONG COMMUNITIES"
QUOTE_MARKS = "“\"‘'«"  # a text that opens with one of these is a quotation
OUTLINE_ORDER = {"ROMAN": 0, "upper": 1, "arabic": 2, "dotted": 2, "mixed": 2, "lower": 3,
                 "roman": 4, "none": 5}  # fmt: skip
# A kicker line ("STRATEGIC GOAL 3", "2") may sit this many blocks above its title.
KICKER_REACH = 2
FURNITURE_RATIO = 2.0  # a repeat of a title set at under half its size is furniture
OUTDENT_EM = 0.5  # content this far left of an item's text is not the item's
INDENT_EM = 0.6  # an item this far right of another's edge is indented under it
MAX_FIELDED_WORDS = 60  # an activity set as a paragraph is a sentence or two, not an essay

FamilyKey = tuple[object, ...]


@dataclass(eq=False)
class Entry:
    """A header or list item, what it contains, and where it sits in the tree."""

    position: int  # index of its first block in the document's blocks
    blocks: list[Block]  # the header's blocks (kicker, badge, title) or the item's block
    kind: str  # "heading" or "item"
    enumerator: Enumerator | None
    title: str
    size: float
    bold: bool
    x0: float
    x1: float
    family: FamilyKey = ()
    word_rank: int = 0  # its level word's place in the document's first-use order
    rank_style: tuple[float, bool] | None = None  # its family's size and weight, for ranking
    band: bool = False  # a table row printed across the table, over the group cells under it
    content: list[Block] = field(default_factory=list)  # paragraphs, fields, tables after it
    children: list[Entry] = field(default_factory=list)
    parent: Entry | None = None

    @property
    def block(self) -> Block:
        """The block that carries the title (a header's last block)."""
        return self.blocks[-1]

    @property
    def page(self) -> int:
        return self.blocks[0].page

    @property
    def number(self) -> str | None:
        return self.enumerator.value if self.enumerator else None

    def walk(self) -> Iterable[Entry]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Tree:
    """The document's entries as a forest, the blocks before the first entry, the families."""

    roots: list[Entry]
    preamble: list[Block]
    level_words: set[str]

    def entries(self) -> list[Entry]:
        return [entry for root in self.roots for entry in root.walk()]

    def families(self) -> dict[FamilyKey, list[Entry]]:
        found: dict[FamilyKey, list[Entry]] = {}
        for entry in self.entries():
            found.setdefault(entry.family, []).append(entry)
        return found


def build_tree(blocks: Sequence[Block]) -> Tree:
    """The tree of a document's body blocks (contents pages already removed)."""
    words = enumerators.learn_level_words(entry_texts(blocks))
    entries, preamble = collect_entries(blocks, words)
    word_order = first_words(entries)
    headers = [entry for entry in entries if entry.kind == "heading"]
    repair_misread_first_numerals(headers)
    for entry in headers:
        entry.family = family_of(entry, word_order)
    share_family_style(headers)
    roots = merge_repeated(merge_continued(drop_empty_copies(drop_running_repeats(nest(entries)))))
    for entry in reversed(entries):  # innermost first, so a block can climb several levels
        if entry.kind == "item" and entry.parent is not None:
            hand_back_outdented(entry)
    for root in roots:
        for entry in root.walk():
            if entry.kind == "item":
                entry.family = family_of(entry, word_order)
    return Tree(roots, preamble, words)


def entry_texts(blocks: Sequence[Block]) -> list[str]:
    """Texts where a level word and number may start: headings, items, field keys, and the
    band rows and group cells of tables."""
    texts = []
    for block in blocks:
        if block.lines and block.kind in ("heading", "item", "label", "paragraph"):
            texts.append(block.lines[0].text)
        elif block.table is not None:
            texts += [" ".join(cell.text.split()) for cell in naming_cells(block.table)]
    return texts


def naming_cells(table: Table) -> list[Cell]:
    """The cells that name a pillar or goal inside a table: its band rows, and the group
    cells of each run of rows between bands whose first column names groups of rows (as
    ``split_at_bands`` reads them)."""
    rows = table.rows
    bands = band_rows(table)
    named = list(bands)
    edges = [0, *bands, len(rows)]
    for start, end in zip(edges, edges[1:], strict=False):
        part = Table(table.bbox, [rows[0], *rows[start + 1 : end]])
        if len(part.rows) > 1 and group_column(part) is not None:
            named += [i for i in range(start + 1, end) if rows[i] and rows[i][0] is not None]
    return [cell for i in sorted(named) if (cell := rows[i][0]) is not None and cell.text.strip()]


MAX_LIST_TITLE_WORDS = 8  # a header set as body text is a short line


def collect_entries(blocks: Sequence[Block], words: set[str]) -> tuple[list[Entry], list[Block]]:
    """Headers and items in order, each with the blocks that follow it as content."""
    entries: list[Entry] = []
    preamble: list[Block] = []
    index = 0
    grouped: tuple[str, ...] | None = None  # the header of the last table split at groups
    while index < len(blocks):
        table = blocks[index].table
        bands = table is not None and bool(band_rows(table))
        if table is not None and (bands or group_column(table, grouped) is not None):
            parts = (
                split_at_bands(blocks[index], index, words)
                if bands
                else split_at_groups(blocks[index], index, words, grouped)
            )
            grouped = grouped if bands else header_texts(table)
            for part in parts:
                if isinstance(part, Entry):
                    entries.append(part)
                else:
                    (entries[-1].content if entries else preamble).append(part)
            index += 1
            continue
        field_line = as_field(blocks[index])
        if field_line is None and fielded_paragraph(blocks, index):
            item = Block(kind="item", lines=list(blocks[index].lines))
            entries.append(item_entry(item, index, words))
            index += 1
            continue
        entry, index = (None, index) if field_line else entry_at(blocks, index, words)
        if entry is not None:
            entries.append(entry)
            continue
        (entries[-1].content if entries else preamble).append(field_line or blocks[index])
        index += 1
    return entries, preamble


def fielded_paragraph(blocks: Sequence[Block], index: int) -> bool:
    """A paragraph with field lines of its own under it ("Responsible: ... Complete By: ...")
    is an item, not a description, when a neighbouring paragraph has field lines with keys
    in common: siblings printed the same way. A header's description with the header's own
    "Lead:" line over items that print "Responsible:" stands alone."""
    keys = field_keys(blocks, index)
    if not keys:
        return False
    after = index + 1
    while after < len(blocks) and as_field(blocks[after]) is not None:
        after += 1
    before = index - 1
    while before >= 0 and as_field(blocks[before]) is not None:
        before -= 1
    neighbours = [after] + ([before] if before < index - 1 else [])
    return any(keys & field_keys(blocks, at) for at in neighbours)


def field_keys(blocks: Sequence[Block], index: int) -> set[str]:
    """The keys of the field lines right under a short paragraph (none for other blocks)."""
    if not 0 <= index < len(blocks) or blocks[index].kind != "paragraph":
        return set()
    if len(blocks[index].text.split()) > MAX_FIELDED_WORDS:
        return set()
    keys: set[str] = set()
    for block in blocks[index + 1 :]:
        if as_field(block) is None:
            break
        keys.update(" ".join(f.key.casefold().split()) for f in read_fields(block.text))
    return keys


def band_rows(table: Table) -> list[int]:
    """Rows printed across the whole table (one cell, the others merged into it): the bands
    that name a pillar or goal inside an action-plan table."""
    return [
        index
        for index, row in enumerate(table.rows[1:], start=1)
        if len(row) > 1
        and row[0] is not None
        and row[0].text.strip()
        and all(cell is None for cell in row[1:])
    ]


def split_at_bands(block: Block, index: int, words: set[str]) -> list[Entry | Block]:
    """A table split at its band rows: each band a header entry, the rows up to the next band
    a table of their own (under the table's header row) in that header's content. A band
    that is a field line ("Performance Measures: ...") is a field of the header above."""
    assert block.table is not None
    header, rows = block.table.rows[0], block.table.rows
    bands = set(band_rows(block.table))
    parts: list[Entry | Block] = []
    pending: list[list[Cell | None]] = []

    def flush() -> None:
        if pending:
            part = sub_table(block, header, pending)
            grouped = part.table is not None and group_column(part.table) is not None
            parts.extend(split_at_groups(part, index, words) if grouped else [part])
            pending.clear()

    for number, row in enumerate(rows[1:], start=1):
        if number not in bands:
            pending.append(row)
            continue
        flush()
        cell = row[0]
        assert cell is not None
        if FIELD_KEY.match(cell.text.partition(":")[0].strip()):
            continue  # a measure or note printed across the table: not a node
        parts.append(cell_entry(cell, block, index, words, band=True))
    flush()
    return parts


def group_column(table: Table, grouped: tuple[str, ...] | None = None) -> int | None:
    """The column that names each group of rows ("Strategic Objective" or "Goal" before
    "Action Items"): the first column, when it comes before the activity column, holds no
    lead, date or measure, and is printed only on the first row of each group. A table
    under the same header row as the last one split at groups (``grouped``) continues it
    on a new page: its first rows, without a group cell, go on with the group above."""
    columns = header_columns(table.rows[0])
    if columns is None or len(columns) < 2:
        return None
    activity = [i for i, column in enumerate(columns) if column.role == "activity"]
    if columns[0].role not in ("activity", "other") or not activity or activity[-1] == 0:
        return None
    if grouped is not None and header_texts(table) == grouped:
        return 0
    cells = [row[0] if row else None for row in table.rows[1:]]
    filled = [cell is not None and bool(cell.text.strip()) for cell in cells]
    if all(filled) and filled and lists_per_row(table, activity[-1]):
        # objectives with their measures, one a row, are a scorecard (tables.scorecard_goals)
        return None if any(column.role == "measure" for column in columns) else 0
    return 0 if any(filled) and not all(filled) and filled[0] else None


def lists_per_row(table: Table, column: int) -> bool:
    """Whether the activity column holds a list in some row (one row per goal, its
    activities listed in one cell): then a group cell on every row still names a group."""
    cells = [row[column] for row in table.rows[1:] if len(row) > column]
    return any(cell is not None and list_items(cell.text) for cell in cells)


def header_texts(table: Table) -> tuple[str, ...]:
    """A table's header row as printed, to tell a continued table by."""
    return tuple(normalise(cell.text) if cell is not None else "" for cell in table.rows[0])


def split_at_groups(
    block: Block, index: int, words: set[str], grouped: tuple[str, ...] | None = None
) -> list[Entry | Block]:
    """A table whose first activity column names each group of rows: every named cell a
    header entry, its rows (that column left out) a table of their own in its content."""
    assert block.table is not None
    column = group_column(block.table, grouped)
    assert column is not None
    named = title_column(block.table, column)
    naming = {column} if named is None else {column, named}
    rows = [[cell for i, cell in enumerate(row) if i not in naming] for row in block.table.rows]
    parts: list[Entry | Block] = []
    pending: list[list[Cell | None]] = []

    def flush() -> None:
        if pending:
            parts.append(sub_table(block, rows[0], pending))
            pending.clear()

    for original, row in zip(block.table.rows[1:], rows[1:], strict=True):
        cell = original[column] if column < len(original) else None
        if cell is not None and cell.text.strip():
            flush()
            title = original[named] if named is not None and named < len(original) else None
            if title is not None:
                cell = replace(cell, text=f"{cell.text.strip()} {title.text}")
            parts.append(cell_entry(cell, block, index, words))
        pending.append(row)
    flush()
    return parts


TITLE_ROLES = ("other", "activity")  # what a group title column's header may read as


def title_column(table: Table, column: int) -> int | None:
    """The column beside a group column of bare numbers ("1.2") that prints each group's
    title: before the last activity column, in no role but that (a "Strategic Goal" header
    reads as an activity's), filled wherever a number is."""
    columns = header_columns(table.rows[0])
    beside = column + 1
    if columns is None or beside >= len(columns) or columns[beside].role not in TITLE_ROLES:
        return None
    if not any(c.role == "activity" for c in columns[beside + 1 :]):
        return None
    pairs = [(row[column], row[beside] if len(row) > beside else None) for row in table.rows[1:]]
    named = [(number, title) for number, title in pairs if number and number.text.strip()]
    if not named or not all(enumerators.is_number_alone(number.text) for number, _ in named):
        return None
    return beside if all(title and title.text.strip() for _, title in named) else None


def sub_table(block: Block, header: list[Cell | None], rows: list[list[Cell | None]]) -> Block:
    """Some rows of a table under its header row, as a table block of its own, boxed by the
    cells that have a place on the page (else by the whole table)."""
    assert block.table is not None
    boxes = [c.bbox for row in rows for c in row if c is not None and c.bbox[2] > c.bbox[0]]
    table = Table(bbox=union(boxes) if boxes else block.table.bbox, rows=[header, *rows])
    return Block(kind="table", lines=[], table=table, table_page=block.page)


def cell_entry(
    cell: Cell, block: Block, index: int, words: set[str], *, band: bool = False
) -> Entry:
    """A header entry for a table cell that names a band (``band``) or group of rows."""
    holder = Block(kind="table", lines=[], table=Table(cell.bbox, [[cell]]),
                   table_page=block.page)  # fmt: skip
    text = " ".join(cell.text.split())
    found = enumerators.parse(text, words) or worded_title(text, words)
    title = title_of(found) if found is not None and found.text else text
    entry = make_entry(index, [holder], "heading", found, title, holder)
    entry.band = band
    return entry


def entry_at(blocks: Sequence[Block], index: int, words: set[str]) -> tuple[Entry | None, int]:
    """The entry starting at ``index`` and the index after it, or (None, index)."""
    block = blocks[index]
    if block.kind == "heading" and not is_quotation(block.text):
        return header_at(blocks, index, words)
    if block.kind == "item":
        if attribution(blocks, index):
            return None, index
        if capital_title(block):
            as_heading = Block(kind="heading", lines=list(block.lines))  # its number kept
            found = enumerators.parse(as_heading.text, words)
            if found is not None and found.text:
                title = title_of(found)
                return make_entry(
                    index, [as_heading], "heading", found, title, as_heading
                ), index + 1
        return item_entry(block, index, words), index + 1
    if block.kind in ("paragraph", "label") and block.lines:
        found = enumerators.parse(block.lines[0].text, words)
        if found is not None and found.text and (found.word or bold_title(block)):
            return make_entry(index, [block], "heading", found, title_of(found), block), index + 1
        if block.kind == "paragraph" and found is not None and found.text and found.punctuation:
            item = Block(kind="item", lines=list(block.lines))  # "A. Reduce crime" in body type
            return item_entry(item, index, words), index + 1
        if block.kind == "paragraph" and titles_a_list(blocks, index):
            return make_entry(index, [block], "heading", None, block.text, block), index + 1
    return None, index


def titles_a_list(blocks: Sequence[Block], index: int) -> bool:
    """A short line in body type, no sentence, right over a list indented under it: the
    list's header in a plan typed as nested lists ("Technology and Innovation" over its
    bulleted goals), though it is set like the text."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or following.kind != "item" or len(block.lines) != 1:
        return False
    text = block.text.strip()
    titled = text[:1].isupper() and len(text.split()) <= MAX_LIST_TITLE_WORDS
    if not titled or text[-1] in ".:;,!?":
        return False
    edge = following.lines[0].marker_x0 or following.lines[0].x0
    return edge - block.bbox[0] >= 0.5 * block.size


def capital_title(block: Block) -> bool:
    """A numbered line set bold in capitals ("1. SAFE NEIGHBORHOODS"): a heading, though the
    blocks stage took its number for a list item's."""
    letters = [c for c in block.text if c.isalpha()]
    short = len(block.text.split()) <= MAX_CAPITAL_TITLE_WORDS
    return block.bold and short and len(letters) > 3 and all(c.isupper() for c in letters)


def attribution(blocks: Sequence[Block], index: int) -> bool:
    """A short line right after a quotation, set as a list item ("— Chief Arturo Oyelaran"):
    the quote's attribution, not an item."""
    block = blocks[index]
    quoted = index > 0 and blocks[index - 1].text[:1] in QUOTE_MARKS
    return quoted and len(block.text.split()) <= MAX_ATTRIBUTION_WORDS


def bold_title(block: Block) -> bool:
    """A numbered line set bold, one sentence at most ("1 Create clear career paths."): a
    title, though the full stop kept the blocks stage from calling it a heading."""
    return block.bold and len(block.lines) <= 2 and not TWO_SENTENCES.search(block.text)


def is_quotation(text: str) -> bool:
    """A pull quote or its attribution, a statistic set large ("71,000", "15%"), or prose set
    large (two sentences): furniture or text, never a header."""
    if not text:
        return False
    if text[0] in '“"‘' or (text[0] in "—–" and len(text.split()) <= MAX_ATTRIBUTION_WORDS):
        return True
    if not any(c.isalpha() for c in text) and enumerators.parse(text) is None:
        return True
    return TWO_SENTENCES.search(text) is not None


def header_at(blocks: Sequence[Block], index: int, words: set[str]) -> tuple[Entry | None, int]:
    """A heading, with a kicker ("GOAL 2", a bare number, a bare level word and its number)
    above its title merged into one header that takes the title's style."""
    block = blocks[index]
    found = enumerators.parse(block.text, words)
    if found is not None and found.text:
        return make_entry(index, [block], "heading", found, title_of(found), block), index + 1
    worded = worded_title(block.text, words)
    if found is None and worded is not None:
        return make_entry(index, [block], "heading", worded, title_of(worded), block), index + 1
    kicker = found or bare_word(block.text, words)
    if kicker is None:
        return make_entry(index, [block], "heading", None, strip_continued(block.text), block), (
            index + 1
        )
    end = index + 1
    number = heading_after(blocks, end, block.page)
    if kicker.value == "" and number is not None:
        numbered = enumerators.parse(number.text, words)
        if numbered is not None and not numbered.text:  # "GOAL" over "2"
            kicker = Enumerator(numbered.value, numbered.scheme, numbered.depth, kicker.word,
                                numbered.punctuation, "")  # fmt: skip
            end += 1
    title = heading_after(blocks, end, block.page)
    if title is None and kicker.word and kicker.value:
        side = text_after(blocks, end, block.page)
        if side is not None:  # "Key Result 2" beside its text, set as body type
            return make_entry(index, [block, side], "heading", kicker, side.text, block), end + 1
    own = enumerators.parse(title.text, words) if title is not None else None
    if title is None or (own is not None and own.text) or kicker.value == "":
        if kicker.value == "" or found is None:  # a level word alone: an ordinary heading
            return make_entry(index, [block], "heading", None, block.text, block), index + 1
        return None, index  # a number alone, no title: not a header
    parts = list(blocks[index : end + 1])
    return make_entry(index, parts, "heading", kicker, strip_continued(title.text), title), end + 1


def heading_after(blocks: Sequence[Block], index: int, page: int) -> Block | None:
    """The heading block at ``index`` when it is on the same page, else None."""
    if index < len(blocks) and blocks[index].kind == "heading" and blocks[index].page == page:
        return blocks[index]
    return None


def text_after(blocks: Sequence[Block], index: int, page: int) -> Block | None:
    """The paragraph at ``index`` when it is on the same page and is not a field line."""
    if index < len(blocks) and blocks[index].kind == "paragraph" and blocks[index].page == page:
        return None if as_field(blocks[index]) else blocks[index]
    return None


def worded_title(text: str, words: set[str]) -> Enumerator | None:
    """A level word and a colon or dash before a title, with no number: "Objective: Reduce
    repeat calls", "Goal — Safer roads"."""
    parts = re.split(r"\s*([:—–])\s*", text, maxsplit=1)
    if len(parts) != 3 or not parts[2].strip():
        return None
    word, separator, rest = parts
    known = words | set(enumerators.LEVEL_WORD_PRIOR)
    if " ".join(word.split()).casefold() not in known:
        return None
    return Enumerator("", "none", 1, " ".join(word.split()), separator, rest.strip())


def bare_word(text: str, words: set[str]) -> Enumerator | None:
    """A level word alone ("GOAL"), waiting for its number on the next line."""
    word = " ".join(text.split())
    if word.casefold() in words:
        return Enumerator("", "arabic", 1, word, "", "")
    return None


def item_entry(block: Block, index: int, words: set[str]) -> Entry:
    """An item and its printed number, read from its first line as printed ("1. reduce",
    "ii) train"), whatever the blocks stage made of it."""
    found = enumerators.parse(block.lines[0].text, words) if block.lines else None
    if found is None or not found.text:
        return make_entry(index, [block], "item", None, block.text, block)
    title = block.text if block.number is not None else title_of_item(block.text, found)
    return make_entry(index, [block], "item", found, title, block)


def title_of_item(text: str, found: Enumerator) -> str:
    """An item's text without its number (the whole text when the number was left in)."""
    again = enumerators.parse(text)
    return title_of(again) if again is not None and again.value == found.value else text


def title_of(found: Enumerator) -> str:
    return strip_continued(found.text.lstrip(":.-–— ").strip())


def strip_continued(text: str) -> str:
    """A title without its "(continued)" mark; a title that is only the mark stays."""
    stripped = CONTINUED.sub("", text)
    return stripped if stripped.strip() else text


def make_entry(
    position: int,
    blocks: list[Block],
    kind: str,
    found: Enumerator | None,
    title: str,
    styled: Block,
) -> Entry:
    x0, _, x1, _ = styled.bbox
    return Entry(
        position=position,
        blocks=blocks,
        kind=kind,
        enumerator=found,
        title=title,
        size=half_point(styled.size),
        bold=styled.bold,
        x0=x0,
        x1=x1,
    )


def repair_misread_first_numerals(headers: list[Entry]) -> None:
    """A scan's "I." read as "1.": an OCR'd arabic 1 whose next arabic or roman header in the
    same type is roman II is roman I, so the numerals are one family."""
    for at, first in enumerate(headers):
        found = first.enumerator
        if found is None or (found.scheme, found.value) != ("arabic", "1") or not ocr_read(first):
            continue
        following = next(
            (
                e.enumerator
                for e in headers[at + 1 :]
                if (e.size, e.bold) == (first.size, first.bold)
                and e.enumerator is not None
                and e.enumerator.scheme in ("arabic", "ROMAN")
            ),
            None,
        )
        if following is not None and (following.scheme, following.value) == ("ROMAN", "II"):
            first.enumerator = replace(found, scheme="ROMAN", value="I")


def ocr_read(entry: Entry) -> bool:
    """Whether the entry's text came from OCR (its numbers may be misread glyphs)."""
    return any(word.ocr for block in entry.blocks for line in block.lines for word in line.words)


def first_words(entries: list[Entry]) -> dict[str, int]:
    """How numbering styles rank within one type style: level words in the order the document
    first prints them, then bare numbers in the usual outline order (I. over A. over 1. over
    a. over i.), which holds even where the first numeral was misread."""
    order: dict[str, int] = {}
    for entry in entries:
        found = entry.enumerator
        if entry.kind == "heading" and found and found.word:
            order.setdefault(numbering_name(found), len(order))
    base = len(order)
    for scheme, rank in OUTLINE_ORDER.items():
        order[f"|{scheme}"] = base + rank
    return order


def numbering_name(found: Enumerator) -> str:
    word = found.word.casefold() if found.word else ""
    return f"{word}|{found.scheme}"


def family_of(entry: Entry, word_order: dict[str, int]) -> FamilyKey:
    """Entries printed the same way share a family: kind, style and numbering; items also by
    how deep they sit among items (a sub-bullet is not its parent's sibling). A level word
    and its numbering name a family whatever the type ("Goal B" set large, "Goal A" as a
    table band, a slide title shrunk to fit)."""
    found = entry.enumerator
    numbering: tuple[object, ...] = ()
    if found is not None:
        entry.word_rank = word_order.get(numbering_name(found), 0)
        numbering = (entry.word_rank, found.scheme, found.depth)
    if entry.kind == "item":
        depth = 0
        parent = entry.parent
        while parent is not None and parent.kind == "item":
            depth, parent = depth + 1, parent.parent
        return ("item", depth, numbering[1:])
    if found is not None and found.word:
        return ("heading", "word", numbering)
    return ("heading", entry.size, entry.bold, numbering)


def share_family_style(headers: list[Entry]) -> None:
    """Members of one family rank alike: by the family's median size and usual weight (a long
    slide title shrunk to fit is still its family's rank). A copy of a title set at under half
    the size of its largest copy does not count: a tiny repeat of a section's title (a slide's
    kicker naming its pillar) is furniture and must not set the rank of the headings it repeats."""
    by_family: dict[FamilyKey, list[Entry]] = {}
    for entry in headers:
        by_family.setdefault(entry.family, []).append(entry)
    for members in by_family.values():
        largest: dict[str, float] = {}
        for entry in members:
            title = normalise(entry.title)
            largest[title] = max(largest.get(title, 0.0), entry.size)
        styles = [e for e in members if e.size * FURNITURE_RATIO >= largest[normalise(e.title)]]
        size = statistics.median(e.size for e in styles)
        bold = sum(e.bold for e in styles) * 2 >= len(styles)
        for entry in members:
            entry.rank_style = (size, bold)


def rank(entry: Entry) -> tuple[object, ...]:
    """Smaller ranks enclose larger ones: headings before items, bigger type first (the
    family's usual size and weight), then numbering style (``first_words``), then depth.
    Unnumbered headings take rank 0 of their type style, so they are peers of the first-used
    level word or of "I." numerals set in the same style, and enclose later styles. A band
    row across a table encloses the group cells of the rows under it, whatever their numbering
    ("1. Title" bands over "Objective 1.1" cells)."""
    if entry.kind == "item":
        return (1,)
    found = entry.enumerator
    size, bold = entry.rank_style or (entry.size, entry.bold)
    return (0, -size, not bold, not entry.band, entry.word_rank, found.depth if found else 1)


def encloses(outer: Entry, inner: Entry) -> bool:
    """Whether ``inner``, met after ``outer``, belongs inside it."""
    a, b = outer.enumerator, inner.enumerator
    if (
        a is not None
        and b is not None
        and b.parent is not None
        and b.parent == a.value
        and not rank(inner) < rank(outer)
    ):
        return True  # "1.2" inside "1", "A.1" inside "A"; not inside a lesser "KR 1"
    if outer.kind == "item" and inner.kind == "item":
        return indented_under(outer, inner) or outline_under(outer, inner)
    if outer.family == inner.family:
        return False
    if a is not None and b is not None and a.key == b.key:
        # "2.1" after "1.3": siblings' children do not nest; but a list printed otherwise that
        # starts again at one under an entry ("1." section, then the "1" cells of its table)
        # is that entry's content
        return b.last == 1 and a.depth == 1 and rank(outer) < rank(inner)
    return rank(outer) < rank(inner)


def indented_under(outer: Entry, inner: Entry) -> bool:
    """An item whose text starts inside an earlier item's text, further right, is its child.
    Two bulleted items compare where their bullets stand: a bullet set apart from its text
    and one run into it ("— Create", "—Provide") are one list's siblings. A list continued
    at the top of the next page keeps its indents: the page margins stay where they were."""
    if not 0 <= inner.page - outer.page <= 1:
        return False
    em = max(outer.size, 1.0)
    outer_edge, inner_edge = marker_edge(outer), marker_edge(inner)
    if outer_edge is None or inner_edge is None:
        outer_edge, inner_edge = outer.x0, inner.x0
    return outer_edge + INDENT_EM * em <= inner_edge < outer.x1 - em


def same_list(item: Entry, other: Entry) -> bool:
    """Two items numbered alike, or bulleted alike in one type, whose numbers or bullets
    stand at one edge are one list's members (in a column its parent's indent, printed in
    the column before, says nothing of)."""
    a, b = item.enumerator, other.enumerator
    if item.kind != "item" or other.kind != "item":
        return False
    if a is None and b is None:  # a list goes on over one page break at most
        near = 0 <= other.page - item.page <= 1
        return near and bulleted_alike(item, other) and at_one_edge(item, other)
    if a is None or b is None:
        return False
    same_numbering = a.key == b.key and a.punctuation == b.punctuation
    return same_numbering and at_one_edge(item, other)


def at_one_edge(item: Entry, other: Entry) -> bool:
    """Whether two entries start at one edge: closer than an indent (``indented_under``)."""
    return abs(item.x0 - other.x0) < INDENT_EM * max(item.size, 1.0)


def bulleted_alike(item: Entry, other: Entry) -> bool:
    """Two items opening with one bullet glyph, set in one type."""
    mark = item.block.lines[0].marker
    return (
        bool(mark) and mark == other.block.lines[0].marker and item.block.style == other.block.style
    )


def outline_under(outer: Entry, inner: Entry) -> bool:
    """A numbered item flush with an earlier one but numbered in a later outline style
    ("(i)" after "1)", "a." after "1.") is its child: plain text typed without indentation
    shows its levels by numbering alone."""
    a, b = outer.enumerator, inner.enumerator
    if a is None or b is None or not 0 <= inner.page - outer.page <= 1:
        return False
    deeper = OUTLINE_ORDER.get(a.scheme, 0) < OUTLINE_ORDER.get(b.scheme, 0)
    return deeper and at_one_edge(outer, inner)


def marker_edge(item: Entry) -> float | None:
    """Where an item's bullet stands, if it has one."""
    lines = item.block.lines
    return lines[0].marker_x0 if lines and lines[0].marker else None


def hand_back_outdented(item: Entry) -> None:
    """Content printed left of an item's text (a goal's "Lead:" line after its last bullet)
    belongs to the entry the item sits in, not to the item."""
    for at, block in enumerate(item.content):
        if block.lines and outdented(block, item.x0, item.size):
            assert item.parent is not None
            item.parent.content.extend(item.content[at:])
            del item.content[at:]
            return


def outdented(block: Block, text_x0: float, size: float) -> bool:
    """Whether a block starts left of an item's text by more than ``OUTDENT_EM``: printed at
    the margin of what encloses the item, it is no part of the item."""
    return block.bbox[0] < text_x0 - OUTDENT_EM * max(size, 1.0)


def drop_running_repeats(roots: list[Entry]) -> list[Entry]:
    """A heading that repeats an enclosing header's title (a band naming the pillar on every
    goal page) is furniture: its content and children go to its parent."""
    for root in roots:
        for entry in list(root.walk()):
            if entry.kind == "heading" and repeats_ancestor(entry):
                parent = entry.parent
                assert parent is not None
                at = parent.children.index(entry)
                parent.children[at : at + 1] = entry.children
                for child in entry.children:
                    child.parent = parent
                parent.content.extend(entry.content)
    return roots


def merge_continued(roots: list[Entry]) -> list[Entry]:
    """A header repeated on a later page ("(continued)", the same number and title) under the
    same parent continues the first one: its content and children move there, once."""

    def merge(siblings: list[Entry]) -> None:
        first: dict[tuple[FamilyKey, str | None, str], Entry] = {}
        for entry in list(siblings):
            if entry.kind != "heading":
                continue
            key = (entry.family, entry.number, normalise(entry.title))
            if key not in first:
                first[key] = entry
                continue
            kept = first[key]
            kept.content.extend(entry.content)
            kept.children.extend(entry.children)
            for child in entry.children:
                child.parent = kept
            siblings.remove(entry)
        for entry in siblings:
            merge(entry.children)

    merge(roots)
    return roots


def merge_repeated(roots: list[Entry]) -> list[Entry]:
    """A numbered header printed again later outside the first, with the same family, number
    and title (a pillar's narrative page, then its part of the action plan), continues the
    first: its content and children move there, and headers among them that repeat a
    sibling's number continue that sibling (``merge_numbered_copies``)."""
    first: dict[tuple[object, ...], Entry] = {}
    for entry in [e for root in roots for e in root.walk()]:
        if entry.kind != "heading" or entry.number is None or untitled(entry):
            continue
        kept = first.setdefault(header_key(entry), entry)
        if kept is entry or descends_from(entry, kept):
            continue
        siblings = entry.parent.children if entry.parent else roots
        siblings.remove(entry)
        adopt(kept, entry)
        merge_numbered_copies(kept.children)
    return roots


def merge_numbered_copies(siblings: list[Entry]) -> None:
    """A header that repeats an earlier sibling's number with no title of its own or the same
    title (the group cell "1.2" of an action table under its goal heading "Goal 1.2 Reduce
    crime") continues that sibling."""
    by_number: dict[str, Entry] = {}
    for entry in list(siblings):
        if entry.kind != "heading" or entry.number is None:
            continue
        kept = by_number.setdefault(entry.number, entry)
        if kept is not entry and (
            untitled(entry) or normalise(entry.title) == normalise(kept.title)
        ):
            siblings.remove(entry)
            adopt(kept, entry)


def untitled(entry: Entry) -> bool:
    """A header whose title is its number and nothing else ("1.2" or "Goal 1.2" in a table's
    goal column)."""
    if entry.number is None:
        return False
    again = enumerators.parse(entry.title)
    alone = again is not None and again.value == entry.number and not title_of(again)
    return alone or normalise(entry.title) == normalise(entry.number)


def descends_from(entry: Entry, ancestor: Entry) -> bool:
    parent = entry.parent
    while parent is not None and parent is not ancestor:
        parent = parent.parent
    return parent is ancestor


def adopt(kept: Entry, copy: Entry) -> None:
    """The copy's content and children, moved to the header it continues."""
    kept.content.extend(copy.content)
    kept.children.extend(copy.children)
    for child in copy.children:
        child.parent = kept


def drop_empty_copies(roots: list[Entry]) -> list[Entry]:
    """A header that owns nothing and repeats the number and title of a header of its family
    that owns something (a priorities-at-a-glance list, goal tiles on an overview slide) is a
    summary copy: it leaves the tree."""
    entries = [e for root in roots for e in root.walk() if e.kind == "heading"]
    owners = {(e.family, e.number, normalise(e.title)) for e in entries if owns(e)}
    for entry in entries:
        if not owns(entry) and (entry.family, entry.number, normalise(entry.title)) in owners:
            siblings = entry.parent.children if entry.parent else roots
            siblings.remove(entry)
    return roots


def owns(entry: Entry) -> bool:
    return bool(entry.children or entry.content)


def repeats_ancestor(entry: Entry) -> bool:
    title = normalise(entry.title)
    ancestor = entry.parent
    while ancestor is not None:
        if normalise(ancestor.title) == title:
            return True
        ancestor = ancestor.parent
    return False


# (a header's key, a list family) -> the last number of that list under the header or its copies
ListEnds = dict[tuple[tuple[object, ...], FamilyKey], int | None]


def nest(entries: list[Entry]) -> list[Entry]:
    """Entries as a forest: each under the nearest open entry that encloses it, or that repeats
    the header its list was going on under ("2. Staffing (continued)" on the next page, then
    the "3" of the list begun under "2. Staffing"), or beside the open header of its own
    family (a sibling stays under its sibling's parent)."""
    roots: list[Entry] = []
    stack: list[Entry] = []
    last_under: ListEnds = {}
    for entry in entries:
        kept = depth_after_break(stack, entry)
        if kept is not None:  # a list going on at the top of the next column or page
            del stack[kept:]
        while kept is None and stack and not encloses(stack[-1], entry):
            if goes_on_under(stack[-1], entry, last_under):
                break
            sibling = stack.pop()
            if (
                entry.kind == "heading"
                and sibling.kind == "heading"
                and sibling.family == entry.family
            ) or same_list(sibling, entry):
                break
        if stack:
            entry.parent = stack[-1]
            stack[-1].children.append(entry)
            if entry.enumerator is not None:
                last_under[header_key(stack[-1]), entry.family] = entry.enumerator.last
        else:
            roots.append(entry)
        stack.append(entry)
    return roots


def depth_after_break(stack: list[Entry], entry: Entry) -> int | None:
    """How much of the stack stays open for an item printed after a column or page break
    (above the entry before it on the same page, the next column, or on a later page): its
    indent is the new column's and cannot be compared with the items before it, so its number
    says where it goes. The next number of the nearest open item numbered alike is that
    item's sibling; a first number ("a.") under an item of another numbering that has none
    yet begins that item's list. None when the break does not apply or says nothing."""
    found = entry.enumerator
    if entry.kind != "item" or not stack:
        return None
    before = stack[-1]
    if entry.page == before.page and entry.block.bbox[1] >= before.block.bbox[1]:
        return None
    if found is None:
        return bullet_after_column_break(stack, entry)
    if found.last is None:
        return None
    for at in range(len(stack) - 1, -1, -1):
        item = stack[at]
        if item.kind != "item":
            break
        if item.enumerator is not None and item.enumerator.key == found.key:
            same_style = item.enumerator.punctuation == found.punctuation
            return at if same_style and item.enumerator.last == found.last - 1 else None
    opens_list = found.last == 1 and before.kind == "item" and not before.children
    return len(stack) if opens_list and before.enumerator is not None else None


def bullet_after_column_break(stack: list[Entry], entry: Entry) -> int | None:
    """Where a bulleted item at the top of the next column of its page goes: its indent is
    the new column's, so it is the sibling of the nearest open item bulleted alike (the same
    glyph, in the same type); None when no open item is."""
    if entry.page != stack[-1].page or not entry.block.lines[0].marker:
        return None
    for at in range(len(stack) - 1, -1, -1):
        if stack[at].kind != "item":
            return None
        if bulleted_alike(stack[at], entry):
            return at
    return None


def header_key(entry: Entry) -> tuple[object, ...]:
    """What a header's repeat on a later page shares with it: family, number and title."""
    return (entry.family, entry.number, normalise(entry.title))


def goes_on_under(header: Entry, entry: Entry, last_under: ListEnds) -> bool:
    """Whether ``entry`` is the next number of a list begun under this header or an earlier
    copy of it."""
    if entry.kind != "heading" or entry.enumerator is None or entry.enumerator.last is None:
        return False
    last = last_under.get((header_key(header), entry.family))
    return last is not None and entry.enumerator.last == last + 1
