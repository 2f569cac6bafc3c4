"""Lines in reading order -> blocks: headings, paragraphs, list items and run-in labels.

Heading levels come from style rank (size, then weight) among the styles the document
uses for headings, so "level 1" means the document's biggest heading style wherever
it is printed. Roles are decided from layout only; what a block *means* is for the
structure recognisers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from math import inf

from planparse import enumerators
from planparse.geometry import centre_inside
from planparse.types import Block, BlockKind, Line, PageLayout, Table, Word, half_point
from planparse.vocabulary import field_key

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
ALIGNED_EM = 0.1  # ems two left edges may differ by and still be one text edge
RUN_ON_GLYPHS = "—–•▪·"  # a paragraph opening with one of these may be a run-on list
SPACE_EM = 0.2  # the narrowest word space, in ems: a word needs this much room after the last
LIST_REACH = 4  # blocks back (the last item's field lines) where a list may go on
RULE_CHARS = "=-~*_"  # typed rules: an underline or a separator of one repeated character
MIN_RULE_CHARS = 3
UNDERLINE_STEP = 2.0  # ems from a text line's top to its underline's, at most
UNDERLINE_SLACK = 0.25  # an underline is as long as its text, give or take this share
COLUMN_ROWS = 2.0  # ems above and below a line where the next column's text is beside it
COLUMN_GAP = 3.0  # ems of blank between two lines that part one column from a strip beyond
UNFINISHED = re.compile(r"(?:&|\band|\bof|\bfor|\bthe|,|-)$", re.I)  # a heading line mid-phrase


@dataclass(frozen=True)
class BlockSettings:
    heading_size_ratio: float = 1.12  # bigger than body text by this much: a heading
    heading_max_words: int = 18  # a bold line longer than this is emphasis, not a heading
    paragraph_gap_ratio: float = 1.35  # line step above this many leadings: a new block
    indent_tolerance: float = 4.0  # points a continuation line may stray from the text edge
    size_tolerance: float = 0.06  # relative size difference still read as one size (OCR)


DEFAULT_BLOCKS = BlockSettings()


def build_blocks(pages: list[PageLayout], settings: BlockSettings = DEFAULT_BLOCKS) -> list[Block]:
    lines = [line for page in pages for line in page.lines]
    if not lines and not any(page.tables for page in pages):
        return []
    body_size = dominant_size(lines) if lines else 0.0
    leading = typical_leading(pages)
    forms = {page.number: page.forms for page in pages}
    page_lines = {page.number: page.lines for page in pages}
    blocks: list[Block] = []
    stream, underlined = drop_underlines(reading_stream(pages))
    for item in stream:
        if isinstance(item, tuple):
            page_number, table = item
            blocks.append(Block(kind="table", lines=[], table=table, table_page=page_number))
            continue
        for line, head in run_in_head(item, blocks[-1] if blocks else None):
            underline = id(line) in underlined
            kind = "heading" if head or underline else line_kind(line, body_size, settings)
            sequel = next_in_list(blocks, line) if kind == "paragraph" else None
            if sequel is not None:
                blocks.append(Block(kind="item", lines=[line], number=sequel.value))
                continue
            previous = blocks[-1] if blocks else None
            if (
                previous
                and previous.lines
                and (
                    continues(previous, line, kind, leading, settings)
                    or wraps_full_item(previous, line, page_lines[line.page], leading, settings)
                )
                and same_ruled_cell(previous.lines[-1], line, forms.get(line.page, []))
            ):
                previous.add(line)
            else:
                blocks.append(new_block(line, kind))
    blocks = [part for block in blocks for part in split_run_on_list(block)]
    blocks = [lone_dash_item(blocks, at, settings) for at in range(len(blocks))]
    blocks = split_side_labels(blocks)
    blocks = interleave_side_headings(blocks)
    blocks = distribute_row_labels(blocks)
    blocks = restore_field_rows(blocks)
    demote_prose_headings(blocks, settings)
    rank_headings(blocks)
    return blocks


def same_ruled_cell(last: Line, line: Line, forms: list[Table]) -> bool:
    """Whether two lines of a page share one cell of its ruled boxes, or both lie outside
    them: a rule between two lines ends a block (a goal row over its first label row)."""
    return last.page != line.page or ruled_cell(last, forms) == ruled_cell(line, forms)


def ruled_cell(line: Line, forms: list[Table]) -> tuple[int, int, int] | None:
    """(box, row, column) of the ruled cell a line's centre is in; None outside every box."""
    for number, form in enumerate(forms):
        if not centre_inside(line.bbox, form.bbox):
            continue
        for r, row in enumerate(form.rows):
            for c, cell in enumerate(row):
                if cell is not None and centre_inside(line.bbox, cell.bbox):
                    return (number, r, c)
        return (number, -1, -1)
    return None


def split_run_on_list(block: Block) -> list[Block]:
    """A paragraph set as a run-on list ("—Attend recruiting events. —Build a mentoring
    program.") is one item per dash: each dash that opens the paragraph or follows the end
    of a sentence starts an item."""
    if block.kind != "paragraph" or not block.lines:
        return [block]
    glyph = block.lines[0].words[0].text[:1]
    if glyph not in RUN_ON_GLYPHS:
        return [block]
    items: list[list[Line]] = []
    previous: Word | None = None
    for line in block.lines:
        pieces: list[list[Word]] = [[]]
        for word in line.words:
            starts = word.text.startswith(glyph) and len(word.text) > 1
            if starts and (previous is None or SENTENCE_END.search(previous.text)):
                pieces.append([replace(word, text=word.text[1:])])
            else:
                pieces[-1].append(word)
            previous = word
        if pieces[0]:
            if not items:
                return [block]
            items[-1].append(Line(line.page, pieces[0]))
        items += [
            [Line(line.page, piece, marker=glyph, marker_x0=piece[0].x0)] for piece in pieces[1:]
        ]
    if len(items) < 2:
        return [block]
    return [Block(kind="item", lines=lines) for lines in items]


def lone_dash_item(blocks: list[Block], at: int, settings: BlockSettings) -> Block:
    """A paragraph of one dash item ("—Partner with retailers.") beside an item of a list
    whose dash stands at the same edge is that list's item too (a list of one dash is no
    run-on list by itself)."""
    block = blocks[at]
    if block.kind != "paragraph" or not block.lines:
        return block
    first = block.lines[0]
    glyph = first.words[0].text[:1]
    if glyph not in RUN_ON_GLYPHS or len(first.words[0].text) < 2:
        return block
    neighbours = [blocks[i] for i in (at - 1, at + 1) if 0 <= i < len(blocks)]
    if not any(in_list_at(other, first.x0, block.page, settings) for other in neighbours):
        return block
    word = replace(first.words[0], text=first.words[0].text[1:])
    opened = Line(first.page, [word, *first.words[1:]], marker=glyph, marker_x0=first.x0)
    return Block(kind="item", lines=[opened, *block.lines[1:]])


def in_list_at(block: Block, x0: float, page: int, settings: BlockSettings) -> bool:
    """Whether a block is a list item on the page whose marker stands at ``x0``."""
    marker_x0 = block.lines[0].marker_x0 if block.lines else None
    if block.kind != "item" or block.page != page or marker_x0 is None:
        return False
    return abs(marker_x0 - x0) <= settings.indent_tolerance


def split_side_labels(blocks: list[Block]) -> list[Block]:
    """Labels in a left column beside their text ("Mission" | statement, "Vision" | ...): the
    labels run together into headings of several lines and the statements into paragraphs
    across labels. Where every label line is level with a line of the text beside, each label
    becomes its own heading followed by the text from its line to the next label's."""
    result: list[Block] = []
    at = 0
    while at < len(blocks):
        end = label_window(blocks, at)
        labels = [b for b in blocks[at:end] if b.kind == "heading"]
        text = [b for b in blocks[at:end] if b.kind != "heading"]
        rows = [line for block in labels for line in block.lines]
        if len(rows) >= 2 and text and len(rows) > len(labels) and level_with(rows, text):
            result += labelled_rows(rows, text)
            at = end
            continue
        result.append(blocks[at])
        at += 1
    return result


def label_window(blocks: list[Block], at: int) -> int:
    """The end of the run from ``at`` of headings at one edge in one style and of paragraphs
    printed right of them on their page; ``at`` itself when it is no such heading."""
    first = blocks[at]
    if first.kind != "heading" or not first.lines:
        return at
    end = at + 1
    while end < len(blocks) and blocks[end].lines and blocks[end].page == first.page:
        block = blocks[end]
        if block.kind == "heading" and not same_side_style(block, first):
            break
        if block.kind == "paragraph" and block.bbox[0] <= first.bbox[2]:
            break
        if block.kind not in ("heading", "paragraph"):
            break
        end += 1
    return end


def level_with(rows: list[Line], text: list[Block]) -> bool:
    """Each label line starts level with a line of the text (the first with the first)."""
    tops = sorted(line.top for block in text for line in block.lines)
    size = rows[0].size
    level = all(any(abs(row.top - top) <= 0.5 * size for top in tops) for row in rows)
    return level and abs(min(row.top for row in rows) - tops[0]) <= 0.5 * size


def labelled_rows(rows: list[Line], text: list[Block]) -> list[Block]:
    """Each label as a heading, then the text lines from its row to the next label's, in the
    blocks they were in (a block cut where a label's row starts)."""
    rows = sorted(rows, key=lambda line: line.top)
    starts = [row.top - 0.5 * row.size for row in rows[1:]]
    result: list[Block] = []
    for row, start, end in zip(rows, [-inf, *starts], [*starts, inf], strict=True):
        result.append(new_block(row, "heading"))
        for block in text:
            lines = [line for line in block.lines if start <= line.top < end]
            if lines:
                part = new_block(lines[0], block.kind)
                for line in lines[1:]:
                    part.add(line)
                result.append(part)
    return result


def interleave_side_headings(blocks: list[Block]) -> list[Block]:
    """Side headings read as one column: two or more headings in one style in a left margin,
    each with only its own field lines ("Lead: X") under it, then the text column beside them
    (no heading of its own). Each block of the text column goes back under the heading printed
    level with or above it."""
    result: list[Block] = []
    at = 0
    while at < len(blocks):
        units = side_units(blocks, at)
        after = at + sum(len(unit) for unit in units)
        beside = text_beside(blocks, after, units) if len(units) >= 2 else []
        if not beside:
            result.append(blocks[at])
            at += 1
            continue
        tops = [unit[0].bbox[1] - 0.5 * unit[0].size for unit in units[1:]]
        for unit, start, end in zip(units, [-inf, *tops], [*tops, inf], strict=True):
            result += [*unit, *(block for block in beside if start <= block.bbox[1] < end)]
        at = after + len(beside)
    return result


def distribute_row_labels(blocks: list[Block]) -> list[Block]:
    """A matrix whose rows are labelled at the left ("Goal", "Strategies", "Lead") under a row
    of column headers: read by rows, each label comes once, before the columns. Each column
    reads down instead, under its header, with each row's label before its part of the row,
    as if every column were printed with its own labels."""
    result: list[Block] = []
    at = 0
    while at < len(blocks):
        labels = [unit[0] for unit in side_units(blocks, at)]
        after = at + len(labels)
        matrix = row_matrix(labels, blocks, after) if len(labels) >= 2 else None
        if matrix is None:
            result.append(blocks[at])
            at += 1
            continue
        columns, taken = matrix
        tops = [label.bbox[1] - 0.5 * label.size for label in labels[1:]]
        for headers, cell in columns:
            result += headers
            for label, start, end in zip(labels, [-inf, *tops], [*tops, inf], strict=True):
                row = [b for b in cell if start <= b.bbox[1] < end]
                if row:
                    result += [Block(kind="heading", lines=list(label.lines)), *row]
        at = after + taken
    return result


MatrixColumn = tuple[list[Block], list[Block]]  # a column's header blocks and its body blocks


def row_matrix(
    labels: list[Block], blocks: list[Block], at: int
) -> tuple[list[MatrixColumn], int] | None:
    """The columns of a matrix right of row labels, and how many blocks from ``at`` it takes:
    the blocks from ``at`` on the labels' page right of them, in any reading order; the
    headings above the first label, in two or more columns side by side whose tops are level
    (a column's header may be a kicker over a title), and every other block below them under
    one column's headers; every label level with the top of a block of some column. None
    when the blocks are no such matrix."""
    first, page = labels[0], labels[0].page
    right = max(label.bbox[2] for label in labels)
    end = at
    while end < len(blocks) and blocks[end].lines and blocks[end].page == page:
        if blocks[end].bbox[0] <= right:
            break
        end += 1
    found = blocks[at:end]
    above = [b for b in found if b.bbox[3] <= first.bbox[1]]
    if not above or any(b.kind != "heading" for b in above):
        return None
    heads = header_columns(above)
    if len(heads) < 2 or not all(level(column[0], heads[0][0]) for column in heads):
        return None
    cells: list[list[Block]] = [[] for _ in heads]
    for block in found:
        if any(block is header for header in above):
            continue
        if block.bbox[1] < first.bbox[1] - 0.5 * first.size:
            return None
        overlaps = [overlap(block, column) for column in heads]
        if max(overlaps) <= 0:
            return None
        cells[overlaps.index(max(overlaps))].append(block)
    tops = [b.bbox[1] for cell in cells for b in cell]
    if not all(any(abs(label.bbox[1] - top) <= label.size for top in tops) for label in labels):
        return None
    columns = [
        (joined_headers(column), sorted(cell, key=lambda b: b.bbox[1]))
        for column, cell in zip(heads, cells, strict=True)
    ]
    return columns, len(found)


def header_columns(headers: list[Block]) -> list[list[Block]]:
    """Headers grouped into the columns they stand in (overlapping across), left to right,
    each column's top down."""
    columns: list[list[Block]] = []
    for block in sorted(headers, key=lambda b: b.bbox[0]):
        column = columns[-1] if columns else None
        if column is not None and block.bbox[0] < max(b.bbox[2] for b in column):
            column.append(block)
        else:
            columns.append([block])
    return [sorted(column, key=lambda b: b.bbox[1]) for column in columns]


def overlap(block: Block, column: list[Block]) -> float:
    """How far a block's span across the page overlaps a column's headers'."""
    left = min(b.bbox[0] for b in column)
    right = max(b.bbox[2] for b in column)
    return min(block.bbox[2], right) - max(block.bbox[0], left)


def joined_headers(column: list[Block]) -> list[Block]:
    """A column's headers, a title the reading order cut into pieces (lines interleaved with
    the next column's) put back together: one heading in one style runs on in the next under
    it, a line's step apart."""
    joined: list[Block] = []
    for block in column:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.style == block.style
            and 0 < block.bbox[1] - last.lines[-1].top <= 2 * last.size
        ):
            joined[-1] = Block(kind="heading", lines=[*last.lines, *block.lines])
        else:
            joined.append(block)
    return joined


def side_units(blocks: list[Block], at: int) -> list[list[Block]]:
    """The headings from ``at`` on, one after another in one column of one page, each with
    the smaller lines (its fields) printed under it in that column."""
    units: list[list[Block]] = []
    while at < len(blocks) and blocks[at].kind == "heading" and blocks[at].lines:
        heading = blocks[at]
        if units and not same_side_style(heading, units[0][0]):
            break
        unit = [heading]
        at += 1
        while at < len(blocks) and is_field_under(blocks[at], heading):
            unit.append(blocks[at])
            at += 1
        units.append(unit)
    return units


def is_field_under(block: Block, heading: Block) -> bool:
    """A line in smaller type under a heading, at its edge (its "Lead:" line)."""
    return (
        block.kind in ("paragraph", "label")
        and block.page == heading.page
        and same_edge(block, heading)
        and block.size < heading.size
    )


def same_side_style(heading: Block, first: Block) -> bool:
    """A heading printed like the first of a margin's headings: same page, edge and type."""
    same_type = abs(heading.size - first.size) <= 0.05 * first.size and heading.bold == first.bold
    return heading.page == first.page and same_edge(heading, first) and same_type


def same_edge(block: Block, other: Block) -> bool:
    return abs(block.bbox[0] - other.bbox[0]) <= 0.5 * other.size


def text_beside(blocks: list[Block], at: int, units: list[list[Block]]) -> list[Block]:
    """The blocks from ``at`` on printed right of the side headings on their page, when the
    first starts level with the first heading (a column beside them, not text after them)."""
    page, first = units[0][0].page, units[0][0]
    right = max(block.bbox[2] for unit in units for block in unit)
    beside: list[Block] = []
    while at < len(blocks) and blocks[at].lines and blocks[at].page == page:
        if blocks[at].bbox[0] <= right or blocks[at].kind == "heading":
            break  # a heading starts a column of its own, not the text of the side headings
        beside.append(blocks[at])
        at += 1
    if not beside or abs(beside[0].bbox[1] - first.bbox[1]) > first.size:
        return []
    return beside


def restore_field_rows(blocks: list[Block]) -> list[Block]:
    """Fields printed on one row ("Responsible: X    Complete By: Y") that the reading order
    split: a field read after later blocks, level with an earlier field left of it, goes back
    after that field when every block read between lies left of it (the later text of the
    same column, not a column of its own: a card beside with its own fields stays)."""
    result: list[Block] = []
    for block in blocks:
        mate = row_mate(result, block) if block.kind == "label" else None
        if mate is None:
            result.append(block)
            continue
        at = mate + 1
        while at < len(result) and result[at].kind == "label" and level(result[at], block):
            at += 1  # after any field already put back on the row
        result.insert(at, block)
    return result


def row_mate(read: list[Block], field_block: Block) -> int | None:
    """Where the earlier field on ``field_block``'s row stands in ``read``, if blocks not on
    its row were read between them and all of them lie left of it."""
    x0 = field_block.bbox[0]
    for at in range(len(read) - 1, -1, -1):
        block = read[at]
        if block.page != field_block.page or not block.lines:
            return None
        if block.kind == "label" and level(block, field_block) and block.bbox[2] < x0:
            between = read[at + 1 :]
            moved = [b for b in between if not level(b, field_block)]
            return at if moved and all(b.bbox[2] < x0 for b in between) else None
        if block.bbox[2] >= x0:
            return None
    return None


def level(block: Block, other: Block) -> bool:
    """Whether two blocks start on one printed row."""
    return abs(block.bbox[1] - other.bbox[1]) <= 0.5 * min(block.size, other.size)


def run_in_head(line: Line, previous: Block | None) -> list[tuple[Line, bool]]:
    """A bold lead-in followed by regular text on one line is a run-in head and its text:
    "Open a real-time crime center. This work builds on..." splits after the bold words, the
    first part marked True (a heading). Bold words that end a bold heading wrapped onto this
    line continue it. A bold key ending in a colon is a field label (``run_in_label``)."""
    bold = 0
    while bold < len(line.words) and line.words[bold].bold:
        bold += 1
    if bold == 0 or line.words[bold - 1].text.endswith(":"):
        return [(line, False)]
    wraps_heading = (
        previous is not None
        and previous.kind == "heading"
        and previous.bold
        and abs(previous.lines[-1].size - line.size) < 0.5
        and not SENTENCE_END.search(previous.text)
    )
    if bold == len(line.words):
        return [(line, False)]
    if bold < 2 and not wraps_heading:
        return [(line, False)]
    rest = Line(line.page, line.words[bold:])
    if rest.bold:  # one regular word among bold ones (an OCR misread style) is no lead-in
        return [(line, False)]
    head = Line(line.page, line.words[:bold], marker=line.marker, marker_x0=line.marker_x0)
    return [(head, True), (rest, False)]


def reading_stream(pages: list[PageLayout]) -> list[Line | tuple[int, Table]]:
    """Each page's lines in reading order, every table placed after the last line above it."""
    stream: list[Line | tuple[int, Table]] = []
    for page in pages:
        items: list[Line | tuple[int, Table]] = list(page.lines)
        for table in sorted(page.tables, key=lambda t: t.bbox[1], reverse=True):
            above = [i for i, line in enumerate(page.lines) if line.bottom <= table.bbox[1] + 1]
            position = max(above) + 1 if above else 0
            items.insert(position, (page.number, table))
        stream.extend(items)
    return stream


def next_in_list(blocks: list[Block], line: Line) -> enumerators.Enumerator | None:
    """The number of a line that goes on with the list of the last item ("(ii)" after
    "(i)"): numbers an item never opens alone ("(iv)" may run inside a legal sentence) open
    one when they are the next of a list."""
    found = enumerators.parse(line.text)
    if found is None or not found.text:
        return None
    last = next((b for b in reversed(blocks[-LIST_REACH:]) if b.kind == "item"), None)
    if last is None or last.number is None:
        return None
    before = enumerators.parse(last.lines[0].text)
    if before is None or before.punctuation != found.punctuation:
        return None
    return found if enumerators.follows(before, found) else None


def drop_underlines(
    stream: list[Line | tuple[int, Table]],
) -> tuple[list[Line | tuple[int, Table]], set[int]]:
    """A plain-text heading is underlined with a row of "=" or "-" as long as it is (typed on
    the next line): the row goes, and the line it underlines is a heading (its ``id``)."""
    kept: list[Line | tuple[int, Table]] = []
    underlined: set[int] = set()
    for item in stream:
        above = kept[-1] if kept else None
        if isinstance(item, Line) and isinstance(above, Line) and underlines(item, above):
            underlined.add(id(above))
            continue
        kept.append(item)
    return kept, underlined


def underlines(rule: Line, text: Line) -> bool:
    """Whether a line is a typed rule under the line above, flush with it and about as long."""
    drawn = "".join(rule.text.split())
    if len(drawn) < MIN_RULE_CHARS or len(set(drawn)) != 1 or drawn[0] not in RULE_CHARS:
        return False
    step = rule.top - text.top
    width = text.x1 - text.x0
    return (
        rule.page == text.page
        and 0 < step <= UNDERLINE_STEP * text.size
        and abs(rule.x0 - text.x0) <= ALIGNED_EM * text.size
        and abs((rule.x1 - rule.x0) - width) <= UNDERLINE_SLACK * width
        and any(ch.isalnum() for ch in text.text)
    )


def demote_prose_headings(blocks: list[Block], settings: BlockSettings) -> None:
    """Large type alone does not make a heading: long regular-weight text is prose."""
    for block in blocks:
        long = len(block.text.split()) > settings.heading_max_words
        if block.kind == "heading" and not block.bold and long:
            block.kind = "paragraph"


def dominant_size(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[half_point(line.size)] += len(line.text)
    return weights.most_common(1)[0][0]


def typical_leading(pages: list[PageLayout]) -> dict[float, float]:
    """Most common top-to-top step between consecutive same-size lines, per size."""
    steps: dict[float, list[float]] = {}
    for page in pages:
        for upper, lower in zip(page.lines, page.lines[1:], strict=False):
            step = lower.top - upper.top
            if upper.size == lower.size and 0 < step < 3 * upper.size and upper.x0 < lower.x1:
                steps.setdefault(half_point(upper.size), []).append(round(step, 1))
    return {size: Counter(values).most_common(1)[0][0] for size, values in steps.items()}


def line_kind(line: Line, body_size: float, settings: BlockSettings) -> BlockKind:
    words = len(line.text.split())
    large = line.size >= settings.heading_size_ratio * body_size
    if line.marker or (enumerators.list_enumerator(line.text) and not large):
        return "item"
    if run_in_label(line):
        return "label"
    if large and words <= 3 * settings.heading_max_words:
        return "heading"
    if line.bold and words <= settings.heading_max_words and not SENTENCE_END.search(line.text):
        return "heading"
    if capital_numbered_title(line.text, settings):
        return "heading"
    return "paragraph"


def capital_numbered_title(text: str, settings: BlockSettings) -> bool:
    """Whether a line is a heading typed in plain text: a heading's number ("A.", "II.",
    "Priority 3:"; an item's "1." is not one) and a short title in capitals, in body type."""
    found = enumerators.parse(text)
    if found is None or enumerators.list_enumerator(text) is not None:
        return False
    title = found.text
    return (
        title.isupper()
        and len(title.split()) <= settings.heading_max_words
        and not SENTENCE_END.search(title)
    )


def run_in_label(line: Line) -> str | None:
    """'Responsible Manager: X' set as bold label then regular value -> 'Responsible Manager'."""
    label_words = []
    for word in line.words:
        if not word.bold:
            break
        label_words.append(word.text)
        if word.text.endswith(":"):
            rest = line.words[len(label_words) :]
            if rest and not any(w.bold for w in rest[:1]):
                return " ".join(label_words).rstrip(":")
            return None
    return None


def new_block(line: Line, kind: BlockKind) -> Block:
    label = run_in_label(line) if kind == "label" else None
    return Block(kind=kind, lines=[line], label=label)


def aligned_with(last: Line, line: Line, tolerance: float) -> bool:
    """Whether a line is set as a wrap of the line above: flush with one of its words (a
    heading left-aligned, or hanging under the title after its number), its centre or its
    right edge (a heading centred or set flush right)."""
    return (
        any(abs(line.x0 - word.x0) <= tolerance for word in last.words)
        or abs((line.x0 + line.x1) - (last.x0 + last.x1)) <= 2 * tolerance
        or abs(line.x1 - last.x1) <= tolerance
    )


def continues(
    block: Block, line: Line, kind: BlockKind, leading: dict[float, float], settings: BlockSettings
) -> bool:
    """Whether a line wraps the block before it rather than starting a new one."""
    last = block.lines[-1]
    if line.page != last.page:
        return (
            kind == "paragraph"
            and block.kind in ("paragraph", "item")
            and fits_page_turn(block, line)
        )
    step = line.top - last.top
    if block.kind in ("item", "paragraph") and open_parenthesis(block.text) and step > 0:
        return step <= 2 * max(last.size, line.size)  # "(Lead: X;" wrapping in smaller type
    beside = abs(step) <= 0.5 * last.size and line.x0 > last.x1  # the rest of the item's row
    below = 0 < step <= 2 * last.size
    if block.kind == "item" and (beside or below) and trailing_parenthetical(line, last):
        return True  # "(Assigned To: HOT; Timeline: 2029)" in smaller type, beside or under
    usual = leading.get(half_point(line.size), 1.2 * line.size)
    if step <= 0 or step > settings.paragraph_gap_ratio * usual:
        return False
    same_size = abs(line.size - last.size) <= max(0.6, settings.size_tolerance * last.size)
    if block.kind == "item" and kind == "paragraph" and trails_in_smaller_type(block, line):
        return True
    if block.kind == "heading" and enumerators.parse(line.text) is not None:
        return False  # "I. SAFETY" over "A. Reduce crime": a numbered line starts a header
    if block.kind == "heading" and same_size and UNFINISHED.search(last.text):
        return True
    if not same_size or line.bold != last.bold and kind != "paragraph":
        return False
    if block.kind == "heading":  # a bold title may end its last line with a full stop
        return (
            kind in ("heading", "paragraph")
            and line.bold == last.bold
            and (kind == "heading" or line.bold)
            and aligned_with(last, line, settings.indent_tolerance)
        )
    if kind not in ("paragraph",) or line.bold and not last.bold:
        return False
    text_edge = block.lines[-1].x0 if len(block.lines) > 1 else text_start(block.lines[0])
    if block.kind == "item" and opens_sibling_item(block, line, settings):
        return False
    if opens_own_field(block, line):
        return False
    if block.kind == "item":
        edges = [text_edge, block.lines[0].x0, block.lines[0].marker_x0]
        return any(
            edge is not None and abs(line.x0 - edge) <= settings.indent_tolerance for edge in edges
        )
    return line.x0 >= block.lines[0].x0 - 2 * settings.indent_tolerance and line.x0 <= (
        block.lines[0].x0 + 4 * line.size
    )


def wraps_full_item(
    block: Block,
    line: Line,
    page_lines: list[Line],
    leading: dict[float, float],
    settings: BlockSettings,
) -> bool:
    """A bold item's line that ran to the edge of its column goes on in the bold line under
    it, flush with its text or with its number (a run-in "1.1" with no hanging indent), whose
    first word could not have fitted above ("3. Improve communication with diverse" /
    "communities"): a wrap, though short and bold like a heading."""
    last = block.lines[-1]
    if block.kind != "item" or line.page != last.page or not (line.bold and last.bold):
        return False
    if abs(line.size - last.size) > settings.size_tolerance * last.size:
        return False
    usual = leading.get(half_point(line.size), 1.2 * line.size)
    if not 0 < line.top - last.top <= settings.paragraph_gap_ratio * usual:
        return False
    edges = [last.x0] if len(block.lines) > 1 else [text_start(block.lines[0])]
    if not (line.marker or enumerators.list_enumerator(line.text)):
        edges.append(block.lines[0].x0)
    if all(abs(line.x0 - edge) > settings.indent_tolerance for edge in edges):
        return False
    first_word = line.words[0]
    needed = first_word.x1 - first_word.x0 + SPACE_EM * last.size
    return column_right(block.lines[0], page_lines) - last.x1 < needed


def column_right(first: Line, page_lines: list[Line]) -> float:
    """The right edge of the column a line is set in: the furthest any line that starts
    within its span reaches, short of the text printed beside it on its row or the rows next
    to it (the next column of a matrix page, which may end a line or two above; a band above
    the columns, full-width or half, is no column's width)."""
    reach = COLUMN_ROWS * first.size
    beside = min(
        (
            other.x0
            for other in page_lines
            if other.x0 > first.x1
            and other.top < first.bottom + reach
            and other.bottom > first.top - reach
        ),
        default=float("inf"),
    )
    return max(
        (other.x1 for other in column_run(first, page_lines) if other.x1 <= beside),
        default=first.x1,
    )


def column_run(first: Line, page_lines: list[Line]) -> list[Line]:
    """The lines that start within a line's span and run on down the page with it, no gap
    wider than ``COLUMN_GAP`` ems between them: its column, not the strip printed far below
    or above it."""
    span = sorted(
        (other for other in page_lines if first.x0 - 1.0 <= other.x0 <= first.x1),
        key=lambda other: other.top,
    )
    at = next((i for i, other in enumerate(span) if other is first), None)
    if at is None:
        return [first]
    gap = COLUMN_GAP * first.size
    start = at
    while start > 0 and span[start].top - span[start - 1].bottom <= gap:
        start -= 1
    end = at + 1
    while end < len(span) and span[end].top - span[end - 1].bottom <= gap:
        end += 1
    return span[start:end]


def opens_own_field(block: Block, line: Line) -> bool:
    """Whether a "Lead: X" line typed under an item or under another field line is a field of
    its own, not a wrap: unless the line above ends with the first part of its key ("...
    Target" over "Completion: Q2 2029")."""
    if field_key(line.text) is None:
        return False
    last = block.lines[-1].text
    if block.kind != "item" and field_key(last) is None:
        return False
    return field_key(f"{last.split()[-1]} {line.text}") is None


def opens_sibling_item(block: Block, line: Line, settings: BlockSettings) -> bool:
    """A line at the item's marker edge that opens with a dash or bullet run into its first
    word ("—Provide training") is the next item of the list, not this item wrapping."""
    marker_x0 = block.lines[0].marker_x0
    first = line.words[0].text
    glyph = first[:1] in RUN_ON_GLYPHS and len(first) > 1
    return glyph and marker_x0 is not None and abs(line.x0 - marker_x0) <= settings.indent_tolerance


def trails_in_smaller_type(block: Block, line: Line) -> bool:
    """An item that stops mid-phrase ("... — Champion:", "Lead: CEU, Office of the") runs on
    in the smaller type its fields are set in, aligned with the item's text."""
    last = block.lines[-1]
    edge = last.x0 if len(block.lines) > 1 else text_start(block.lines[0])
    return (
        line.size < last.size
        and not line.bold
        and abs(line.x0 - edge) <= ALIGNED_EM * last.size
        and line.top - last.bottom <= last.size
        and not SENTENCE_END.search(block.text)
    )


def trailing_parenthetical(line: Line, last: Line) -> bool:
    """A line that opens a parenthetical of "Key: value" fields, in type no larger than the
    item's: the item's fields, printed on a line of their own (and maybe wrapping on)."""
    return line.size <= last.size and line.text.startswith("(") and ":" in line.text


def open_parenthesis(text: str) -> bool:
    """Whether the text ends inside a parenthesis it opened."""
    return text.count("(") > text.count(")")


def text_start(line: Line) -> float:
    """Where an item's text begins, after its number: continuation lines align there."""
    if enumerators.list_enumerator(line.text) and len(line.words) > 1:
        return line.words[1].x0
    return line.x0


def fits_page_turn(block: Block, line: Line) -> bool:
    """A paragraph or item may run onto the next page when it did not end a sentence, or
    when a parenthesis it opened is still open ("(Responsible: Support" turning the page to
    "Services Bureau; Timeline: 2027)") and the line, in its type, closes one."""
    last = block.lines[-1]
    if open_parenthesis(block.text) and ")" in line.text and abs(line.size - last.size) < 0.5:
        return True
    return not SENTENCE_END.search(block.text) and line.text[:1].islower()


def rank_headings(blocks: list[Block]) -> None:
    styles = sorted(
        {b.style for b in blocks if b.kind == "heading"}, key=lambda s: (-s[0], not s[1])
    )
    for block in blocks:
        if block.kind == "heading":
            block.level = styles.index(block.style) + 1
