"""Pages of words -> text lines in reading order, running headers and footers set aside.

A "line" here is a horizontal run of words with no wide gap: a row of a two-column
page is two lines. Reading order comes from a recursive XY-cut over those lines,
so columns are read top to bottom before the next column starts.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planparse import geometry
from planparse.columns import header_columns, matrix_columns
from planparse.enumerators import is_list_marker, list_enumerator
from planparse.fields import read_fields
from planparse.geometry import BBox
from planparse.tables import BULLET_LINE
from planparse.text_tables import find_text_tables
from planparse.types import Cell, Document, Line, Mark, PageContent, PageLayout, Table, Word
from planparse.vocabulary import (
    LETTER_BULLETS,
    OCR_BULLET_LETTERS,
    is_marker_glyph,
    is_symbol_font,
)
from planparse.zebra import filled_bands, with_unfilled_rows

DROP_CAP_RATIO = 1.8
SMALL_CAPS_RATIO = (0.6, 0.9)  # small capitals against the full capital that opens the word
SMALL_CAPS_GAP_EM = 0.15  # the parts of a small-caps word touch: no space, no baseline shift
SPACED_RUN_MIN = 4  # single letters in a row before they can be one letter-spaced run
SPACED_GAP_MAX_EM = 1.2  # letters further apart are a row of marks (matrix cells), not type
SPACED_WORD_BREAK = 1.8  # a gap this many times a spaced run's letter gap parts two words
SPACED_GAP_FLOOR_EM = 0.05  # touching letters say nothing of the spacing: gaps from here up
DIGITS = re.compile(r"\d+")
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I)
NUMBER_LABEL = re.compile(r"^(?:[^\W\d]+\s+)?\d{1,4}$")  # "7", "Slide 7": a caption's number
CAPTION_REACH_EM = 1.5  # a caption sits within this many ems under its frame


@dataclass(frozen=True)
class LayoutSettings:
    word_gap_em: float = 1.0  # a wider gap between words starts a new line segment
    same_row_em: float = 0.45  # word tops within this many ems sit on one row
    margin_band: float = 0.09  # share of page height where running headers/footers live
    column_gap_em: float = 0.8  # narrowest gutter that separates columns
    aligned_rows: float = 0.8  # share of label rows aligned with values: a table, not columns
    marker_reach: float = 24.0  # points between a bullet shape and its text
    gutter_rows: int = 3  # rows that must share a gap for it to be a column gutter
    gutter_share: float = 0.5  # of the rows reaching across a gutter that have a gap there
    outlier_gap: float = 2.5  # a gap this many times the row's usual gap is a cut
    min_gaps_for_usual: int = 4  # a row needs this many gaps to say what its usual gap is
    even_gaps: float = 1.25  # a short row's gaps within this ratio: a justified line's spaces
    column_gap_max_em: float = 2.0  # justification never stretches a space this wide
    marker_gap_em: float = 0.5  # a bullet after a gap this wide starts another item
    gutter_pages: float = 0.5  # share of the text pages a gutter recurs on: the layout's own
    background_share: float = 0.9  # of the page a box covers: a background, not a frame


DEFAULT_LAYOUT = LayoutSettings()
TAB_GAP_EM = 0.6  # wider than any word space: a tab after a bullet
MIN_LETTER_BULLETS = 3  # lines opening with one OCR-read bullet letter at one x: a list
SAME_X_EM = 0.5  # ems two lines' left edges may differ by and still start at one x
MONO_MIN_LETTERS = 3  # words this long show a font's pitch
MONO_MIN_WORDS = 3  # words of a row that must share one pitch for it to be monospaced
MONO_PITCH_SPREAD = 1.03  # their pitches within this ratio: a monospaced font
MONO_SPACES = 1.5  # in monospaced type, a bullet stands after more than one space
KICKER_RATIO = 1.3  # a kicker's heading is set this much larger than it
SAME_SIZE = 0.05  # sizes within this share of each other are one type size
ROW_SLACK = 0.2  # ems two lines' tops may differ by and still start one row
WRAP_LEADING = 1.4  # ems from a heading line's top to its wrapped line's, at most


def lay_out(document: Document, settings: LayoutSettings = DEFAULT_LAYOUT) -> list[PageLayout]:
    rows = [rows_of(page.words, settings) for page in document.pages]
    gutters = document_gutters(rows, settings)
    pages = [
        (page, page_lines(page, page_rows, page_gutters_found, settings))
        for page, page_rows, page_gutters_found in zip(document.pages, rows, gutters, strict=True)
    ]
    repeated = repeated_margin_texts(pages, settings)
    captions = frame_captions(pages)
    layouts = []
    previous: list[Table] = []
    for page, lines in pages:
        body, dropped = [], []
        running = {id(line): running_role(line, page, settings, repeated) for line in lines}
        content = [line for line in lines if running[id(line)] is None]
        ruled = action_tables(page, lines, content, previous)
        for line in lines:
            role = running[id(line)]
            if role:
                line.role = role
                dropped.append(line)
            elif id(line) in captions:
                line.role = "caption"
                dropped.append(line)
            elif not any(inside(line, table) for table in ruled):
                body.append(line)  # text of other ruled boxes (a header form) stays in the flow
        tables = ruled + find_text_tables(body)
        previous = tables
        body = [line for line in body if not any(inside(line, t) for t in tables)]
        forms = [table for table in page.tables if table not in ruled]
        frames = reading_frames(body, page, tables, settings)
        ordered = read_forms_by_row(read_in_frames(body, frames, settings), forms)
        layouts.append(
            PageLayout(page.number, page.width, page.height, ordered, dropped, tables, forms)
        )
    return layouts


def page_lines(
    page: PageContent, rows: list[list[Word]], gutters: list[float], settings: LayoutSettings
) -> list[Line]:
    lines = [
        Line(page.number, join_drop_cap(join_letter_spacing(join_small_caps(segment))))
        for row in rows
        for segment in split_at_gaps(row, settings, gutters)
    ]
    lines = read_letter_bullets(attach_marker_segments(lines))
    attach_shape_markers(lines, page.marks, settings)
    return lines


def action_tables(
    page: PageContent, lines: list[Line], content: list[Line], previous: list[Table]
) -> list[Table]:
    """The page's action-plan tables, each with the rows a ruling finder misses read in: its
    ruled tables, then the filled header rows standing alone (a zebra table whose first row is
    unfilled) that no table read so far holds (a filled row in a header's columns is one).
    Tables are read top down, each down to the next ruled table with a header of its own at
    most: a ruled run of filled rows without one, under a table on the same page, is part of
    it (a continued table tops a page). Rows are read from the ``content`` lines, the page's
    running headers and footers left out; a header row repeated atop each page is read from
    all the ``lines``, though it repeats in the page's top band like a running header."""
    headed = [table for table in plan_tables(page.tables, []) if not opens_items(table.rows[0])]
    headers = [
        table
        for table in filled_bands(page.frames, lines, page.tables)
        if header_columns(table.rows[0]) is not None
    ]
    found: list[Table] = []
    for table in sorted(plan_tables(page.tables, previous) + headers, key=lambda t: t.bbox[1]):
        if any(geometry.centre_inside(table.bbox, other.bbox) for other in found):
            continue
        end = min((t.bbox[1] for t in headed if t.bbox[1] > table.bbox[3]), default=None)
        held = [line for line in content if end is None or line.bottom <= end]
        frames = [frame for frame in page.frames if end is None or frame[3] <= end]
        found.append(with_drawn_bullets(with_unfilled_rows(table, held, frames), lines))
    return found


def opens_items(row: list[Cell | None]) -> bool:
    """Whether a cell of the row opens with a list number or bullet: a row of items, which
    no header row is, though its words may read as role words."""
    firsts = [cell.text.strip().splitlines()[0] for cell in row if cell and cell.text.strip()]
    return any(list_enumerator(text) or BULLET_LINE.match(text) for text in firsts)


def plan_tables(tables: list[Table], previous: list[Table]) -> list[Table]:
    """Action-plan tables: a header of role words, a responsibility matrix, or the previous
    page's table continued.

    Other ruled boxes (a values panel, a form) stay in the text flow as ordinary lines.
    """
    widths = {len(table.rows[0]) for table in previous}
    return [
        table
        for table in tables
        if header_columns(table.rows[0]) is not None
        or matrix_columns(table.rows) is not None
        or len(table.rows[0]) in widths
    ]


def with_drawn_bullets(table: Table, lines: list[Line]) -> Table:
    """The table with a bullet glyph before each cell line that opens with a bullet drawn as a
    shape: a ruled cell's text is read from its characters, which a drawn bullet has none of,
    and a cell listing several items must still read as a list."""
    rows = [[cell and bulleted(cell, lines) for cell in row] for row in table.rows]
    return replace(table, rows=rows)


def bulleted(cell: Cell, lines: list[Line]) -> Cell:
    held = sorted(
        (line for line in lines if geometry.centre_inside(line.bbox, cell.bbox)),
        key=lambda line: line.top,
    )
    texts = cell.text.splitlines()
    if not any(line.marker for line in held) or len(held) != len(texts):
        return cell
    marked = [
        f"{line.marker} {text}" if line.marker and not BULLET_LINE.match(text) else text
        for line, text in zip(held, texts, strict=True)
    ]
    return replace(cell, text="\n".join(marked))


def read_forms_by_row(ordered: list[Line], forms: list[Table]) -> list[Line]:
    """The text of other ruled tables (a statistics table, a form) read row by row, cell by
    cell, where the table stands in the reading order: the XY-cut alone would read such a table
    column by column, a year's figures pages apart from their labels."""
    for form in forms:
        held = [line for line in ordered if inside(line, form)]
        if len(held) < 2 or not all(in_one_cell(line, form) for line in held):
            continue
        if columns_in_a_cell(held, form):
            continue
        rest = [line for line in ordered if not inside(line, form)]
        above = [i for i, line in enumerate(rest) if line.bottom <= form.bbox[1] + 1]
        position = max(above) + 1 if above else 0
        rows = sorted(held, key=lambda line: (*cell_position(line, form), line.top, line.x0))
        ordered = rest[:position] + rows + rest[position:]
    return ordered


def in_one_cell(line: Line, table: Table) -> bool:
    """Whether a line lies within one cell: text running across the rules (a Gantt chart's
    bars and labels, a grid drawn behind a layout) is not a table's text."""
    slack = 0.25 * line.size
    return any(
        cell is not None and geometry.contains(cell.bbox, line.bbox, slack)
        for row in table.rows
        for cell in row
    )


def columns_in_a_cell(lines: list[Line], table: Table) -> bool:
    """Whether a cell holds two lines side by side on one row, apart: a grid ruled around a
    layout's columns (a row label beside a matrix column under one rule), whose cells are
    not a form's, so its text keeps the reading order of its columns."""
    by_cell: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        by_cell.setdefault(cell_position(line, table), []).append(line)
    return any(
        b.x0 - a.x1 >= min(a.size, b.size) and abs(a.top - b.top) <= 0.5 * min(a.size, b.size)
        for held in by_cell.values()
        for a in held
        for b in held
    )


def cell_position(line: Line, table: Table) -> tuple[int, int]:
    """(row, column) of the cell a line sits in; past the last row for a line in no cell."""
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is not None and geometry.centre_inside(line.bbox, cell.bbox):
                return (r, c)
    return (len(table.rows), 0)


def inside(line: Line, table: Table) -> bool:
    return geometry.centre_inside(line.bbox, table.bbox)


def rows_of(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Group words whose tops agree within a fraction of their size, left to right."""
    rows = geometry.cluster(
        words,
        key=lambda w: w.top,
        tolerance=lambda w, first: settings.same_row_em * min(w.size, first.size),
    )
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def wide_gaps(row: list[Word], settings: LayoutSettings) -> list[tuple[float, float]]:
    """(start, end) of the gaps in a row wider than an ordinary word space."""
    return [
        (left.x1, right.x0)
        for left, right in zip(row, row[1:], strict=False)
        if right.x0 - left.x1 > settings.word_gap_em * min(left.size, right.size)
    ]


def page_gutters(rows: list[list[Word]], settings: LayoutSettings) -> list[float]:
    """Where a column gutter runs down the page: an x that a wide gap covers in most of the
    rows that reach across it (at least ``gutter_rows`` of them). The gaps of justified text
    fall anywhere and make no gutter."""
    gaps = [gap for row in rows for gap in wide_gaps(row, settings)]
    gutters: list[float] = []
    for start, end in gaps:
        centre = (start + end) / 2
        if any(abs(centre - g) < end - start for g in gutters):
            continue
        covering = gutter_rows_at(centre, rows, gaps, settings)
        if covering >= settings.gutter_rows:
            gutters.append(centre)
    return gutters


def gutter_rows_at(
    centre: float, rows: list[list[Word]], gaps: list[tuple[float, float]], settings: LayoutSettings
) -> int:
    """How many rows have a wide gap over ``centre``; 0 unless they are ``gutter_share`` of
    the rows that reach across it (the gaps of justified text fall anywhere)."""
    covering = sum(1 for a, b in gaps if a <= centre <= b)
    across = sum(1 for row in rows if row[0].x0 < centre < row[-1].x1)
    return covering if covering >= settings.gutter_share * across else 0


def document_gutters(rows: list[list[list[Word]]], settings: LayoutSettings) -> list[list[float]]:
    """Each page's column gutters: those its own rows prove, and those of the document's page
    template that it shows in too few rows to prove them alone."""
    proven = [page_gutters(page_rows, settings) for page_rows in rows]
    recurring = recurring_gutters(proven, rows, settings)
    return [
        own + weakly_shown(recurring, page_rows, settings)
        for own, page_rows in zip(proven, rows, strict=True)
    ]


def recurring_gutters(
    proven: list[list[float]], rows: list[list[list[Word]]], settings: LayoutSettings
) -> list[float]:
    """Gutters of the document's page template: an x proven a gutter on ``gutter_pages`` of
    the pages with text (two at least), within an em of the text's usual size."""
    sizes = [word.size for page_rows in rows for row in page_rows for word in row]
    if not sizes:
        return []
    em = statistics.median(sizes)
    text_pages = sum(1 for page_rows in rows if page_rows)
    centres = [(g, n) for n, gutters in enumerate(proven) for g in gutters]
    groups = geometry.cluster(centres, key=lambda c: c[0], tolerance=lambda c, first: em)
    return [
        statistics.median(g for g, _ in group)
        for group in groups
        if len({n for _, n in group}) >= max(2, settings.gutter_pages * text_pages)
    ]


def weakly_shown(
    recurring: list[float], rows: list[list[Word]], settings: LayoutSettings
) -> list[float]:
    """The document's recurring gutters this page shows, in however few rows (fewer than
    prove a gutter on one page): one row with its gap there will do, if most rows across it
    have one too."""
    gaps = [gap for row in rows for gap in wide_gaps(row, settings)]
    return [centre for centre in recurring if gutter_rows_at(centre, rows, gaps, settings) >= 1]


def split_at_gaps(
    row: list[Word],
    settings: LayoutSettings,
    gutters: list[float] = (),  # type: ignore[assignment]
) -> list[list[Word]]:
    """Cut a row at a gap that lies on a column gutter, then each column's part where a gap
    stands out among that part's own gaps: the even, wide gaps of a justified line leave it
    whole, even beside a column set with narrower spaces."""
    columns = [[row[0]]]
    for word in row[1:]:
        previous = columns[-1][-1]
        wide = word.x0 - previous.x1 > settings.word_gap_em * min(word.size, previous.size)
        if wide and any(previous.x1 <= g <= word.x0 for g in gutters):
            columns.append([word])
        else:
            columns[-1].append(word)
    return [segment for column in columns for segment in split_stretched(column, settings)]


def split_stretched(row: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Cut a row (one column's part of it) where a wide gap stands out among its own gaps,
    is wider than justification stretches a space, or comes before a bullet (a dash that
    ends the row marks nothing: "2025 –" runs on to "2026" on the next line)."""
    usual = usual_gap(row, settings)
    space = monospace_space(row)
    segments = [[row[0]]]
    for index, word in enumerate(row[1:], start=1):
        previous = segments[-1][-1]
        gap = word.x0 - previous.x1
        em = min(word.size, previous.size)
        wide = gap > settings.word_gap_em * em
        stretched = gap > settings.outlier_gap * usual and wide
        marks = is_marker_word(word) and word is not row[-1]
        spaced = gap > max(settings.marker_gap_em * em, MONO_SPACES * space)
        if (
            spaced
            and (marks or fields_in_other_type(previous, row[index:]))
            or (wide and (stretched or gap > settings.column_gap_max_em * em))
        ):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def fields_in_other_type(previous: Word, rest: list[Word]) -> bool:
    """Whether the rest of a row is a field line set in another size than the text before it
    ("... at  Lead: Office of the Chief | Target: Q4 2027" in smaller type beside a key
    result's first line): a part of its own, however close it comes."""
    first = rest[0]
    if abs(first.size - previous.size) <= SAME_SIZE * previous.size or ":" not in first.text:
        return False
    return bool(read_fields(" ".join(word.text for word in rest)))


def monospace_space(row: list[Word]) -> float:
    """The width of one space when the row is set in a monospaced font (every word's letters
    one pitch apart, the pitch a space takes too), else 0. Courier's single space is wider than
    a proportional font's gap before a bullet, so "PRIORITY 1 - TITLE" would part at its "-"."""
    pitches = sorted((w.x1 - w.x0) / len(w.text) for w in row if len(w.text) >= MONO_MIN_LETTERS)
    if len(pitches) < MONO_MIN_WORDS or pitches[-1] > MONO_PITCH_SPREAD * pitches[0]:
        return 0.0
    return pitches[len(pitches) // 2]


def usual_gap(row: list[Word], settings: LayoutSettings) -> float:
    """A row's usual space between words: the median of its gaps when it has enough of them;
    in a short row, its smallest gap when all its gaps are about even (the last, stretched line
    of a justified column); else 0, and any wide gap stands out."""
    spaces = sorted(right.x0 - left.x1 for left, right in zip(row, row[1:], strict=False))
    if len(spaces) >= settings.min_gaps_for_usual:
        return spaces[len(spaces) // 2]
    if len(spaces) >= 2 and spaces[-1] <= settings.even_gaps * spaces[0]:
        return spaces[0]
    return 0.0


def join_drop_cap(words: list[Word]) -> list[Word]:
    """A large initial capital set beside its paragraph ('T' + 'he aim') rejoins its word."""
    if len(words) < 2:
        return words
    cap, rest = words[0], words[1]
    is_drop_cap = len(cap.text) == 1 and cap.text.isupper() and rest.text[:1].islower()
    if not is_drop_cap or cap.size < DROP_CAP_RATIO * rest.size:
        return words
    return [rejoined([cap, rest], rest), *words[2:]]


def rejoined(parts: list[Word], style: Word) -> Word:
    """One word of parts a size or spacing change set apart, in the style of ``style``."""
    return Word(
        "".join(part.text for part in parts),
        parts[0].x0,
        style.top,
        parts[-1].x1,
        style.bottom,
        style.font,
        style.size,
        style.confidence,
    )


def join_small_caps(words: list[Word]) -> list[Word]:
    """Small capitals rejoin their word: a word processor sets 'Objective' in small caps as a
    full-size 'O' touching a smaller 'BJECTIVE' on the same baseline, which the size change
    splits in two. The joined word keeps the size most of its letters are set in."""
    joined: list[Word] = []
    for word in words:
        cap = joined[-1] if joined else None
        if cap is not None and small_caps_tail(cap, word):
            joined[-1] = rejoined([cap, word], word)
        else:
            joined.append(word)
    return joined


def small_caps_tail(cap: Word, word: Word) -> bool:
    """Whether ``word`` continues ``cap`` in small capitals: capitals only, touching it, set
    smaller on its baseline."""
    letters = word.text.rstrip(".,:;")
    return (
        cap.text[-1:].isupper()
        and letters.isalpha()
        and letters.isupper()
        and word.x0 - cap.x1 <= SMALL_CAPS_GAP_EM * cap.size
        and SMALL_CAPS_RATIO[0] <= word.size / cap.size <= SMALL_CAPS_RATIO[1]
        and abs(word.bottom - cap.bottom) <= SMALL_CAPS_GAP_EM * cap.size
    )


def join_letter_spacing(words: list[Word]) -> list[Word]:
    """Letter-spaced type (a heading in tracked capitals) reads one letter a word, its letter
    gaps wider than any word test allows: a run of single letters of one font and size is
    joined back into words, parted only where a gap is well over the run's own letter gap
    (the word space plus the spacing), so word gaps are judged against the spacing."""
    out: list[Word] = []
    start = 0
    while start < len(words):
        end = start + 1
        while end < len(words) and spaced_pair(words[end - 1], words[end]):
            end += 1
        run = words[start:end]
        out += spaced_words(run) if len(run) >= SPACED_RUN_MIN else run
        start = end
    return out


def spaced_pair(left: Word, right: Word) -> bool:
    """Two single letters of one style side by side, no further apart than spaced type sets."""
    gap = right.x0 - left.x1
    return (
        len(left.text) == len(right.text) == 1
        and left.text.isalnum()
        and right.text.isalnum()
        and left.font == right.font
        and abs(left.size - right.size) <= SAME_SIZE * left.size
        and 0 <= gap <= SPACED_GAP_MAX_EM * left.size
    )


def spaced_words(run: list[Word]) -> list[Word]:
    """The words of a letter-spaced run: letters joined across gaps near the narrowest."""
    gaps = [right.x0 - left.x1 for left, right in zip(run, run[1:], strict=False)]
    letter_gap = max(min(gaps), SPACED_GAP_FLOOR_EM * run[0].size)
    groups = [[run[0]]]
    for word, gap in zip(run[1:], gaps, strict=True):
        if gap > SPACED_WORD_BREAK * letter_gap:
            groups.append([word])
        else:
            groups[-1].append(word)
    return [rejoined(group, group[0]) for group in groups]


def is_marker_text(text: str) -> bool:
    return is_marker_glyph(text) or is_list_marker(text)


def is_marker_word(word: Word) -> bool:
    """A bullet: a marker glyph, or any single character set in a symbol or dingbat font
    (ZapfDingbats prints its square bullet as the letter "n")."""
    return is_marker_glyph(word.text) or (len(word.text) == 1 and is_symbol_font(word.font))


def is_gutter_marker(word: Word) -> bool:
    """A bullet when it stands alone left of its text: a marker word, or a letter Word prints
    as a bullet (its second-level "o"), which inside a line is a word like any other."""
    return is_marker_word(word) or word.text in LETTER_BULLETS


def attach_marker_segments(lines: list[Line]) -> list[Line]:
    """A lone bullet glyph or enumerator in a gutter belongs to the text just right of it on
    its row, wherever the row grouping put the two: a smaller glyph sits a little lower than
    its text and may fall into the next row of a page of columns."""
    result = list(lines)
    glyphs = [
        line
        for line in lines
        if len(line.words) == 1 and (is_marker_text(line.text) or is_gutter_marker(line.words[0]))
    ]
    for glyph in glyphs:
        texts = [i for i, text in enumerate(result) if text is not glyph and marks(glyph, text)]
        if texts and glyph in result:
            nearest = min(texts, key=lambda i: result[i].x0)
            result[nearest] = marked(glyph, result[nearest])
            result.remove(glyph)
    return [glyph_to_marker(line) for line in result]


def marks(glyph: Line, text: Line) -> bool:
    """Whether a bullet or number line is printed just left of a line of text, on its row."""
    return (
        text.marker is None
        and 0 < text.x0 - glyph.x1 <= 4 * text.size
        and abs(glyph.top - text.top) <= 0.5 * text.size
    )


def marked(glyph: Line, text: Line) -> Line:
    word = glyph.words[0]
    if is_gutter_marker(word):
        return Line(text.page, text.words, marker="•", marker_x0=word.x0)
    return Line(text.page, [word, *text.words])


def glyph_to_marker(line: Line) -> Line:
    """A bullet glyph that starts a line becomes the line's marker, not its text; so does a
    letter Word prints as a bullet ("o") when a tab's gap, wider than a space, parts it from
    the text."""
    if len(line.words) < 2:
        return line
    first, second = line.words[0], line.words[1]
    tabbed = first.text in LETTER_BULLETS and second.x0 - first.x1 >= TAB_GAP_EM * line.size
    if is_marker_word(first) or tabbed:
        return Line(line.page, line.words[1:], marker="•", marker_x0=first.x0)
    return line


def read_letter_bullets(lines: list[Line]) -> list[Line]:
    """Bullets an OCR engine read as a letter ("e Equip every vehicle"): a letter of
    ``OCR_BULLET_LETTERS`` opening a line before a capital, where at least
    ``MIN_LETTER_BULLETS`` lines of the page open with that letter at one x."""
    opened = [line for line in lines if line.marker is None and letter_bullet(line)]
    marked_lines = {
        id(line)
        for line in opened
        if sum(
            1
            for other in opened
            if other.words[0].text == line.words[0].text
            and abs(other.x0 - line.x0) <= SAME_X_EM * line.size
        )
        >= MIN_LETTER_BULLETS
    }
    return [
        Line(line.page, line.words[1:], marker="•", marker_x0=line.x0)
        if id(line) in marked_lines
        else line
        for line in lines
    ]


def letter_bullet(line: Line) -> bool:
    return (
        len(line.words) > 1
        and line.words[0].text in OCR_BULLET_LETTERS
        and line.words[1].text[:1].isupper()
    )


def attach_shape_markers(lines: list[Line], marks: list[Mark], settings: LayoutSettings) -> None:
    for mark in marks:
        centre = (mark.top + mark.bottom) / 2
        for line in lines:
            if (
                line.marker is None
                and line.top <= centre <= line.bottom
                and 0 <= line.x0 - mark.x1 <= settings.marker_reach
            ):
                line.marker, line.marker_x0 = "•", mark.x0
                break


def running_role(
    line: Line, page: PageContent, settings: LayoutSettings, repeated: set[str]
) -> str | None:
    """The role ("header", "footer") of a running header or footer: a line in the page's top
    or bottom band repeated on other pages (digits aside) or a page number; else None."""
    role = margin_role(line, page, settings)
    if role and (mask_digits(line.text) in repeated or PAGE_NUMBER.match(line.text)):
        return role
    return None


def margin_role(line: Line, page: PageContent, settings: LayoutSettings) -> str | None:
    """Whether a line sits in the top or bottom band of the page as a viewer sees it."""
    _, top, _, bottom = page.view
    band = settings.margin_band * (bottom - top)
    if line.bottom <= top + band:
        return "header"
    if line.top >= bottom - band:
        return "footer"
    return None


def mask_digits(text: str) -> str:
    return DIGITS.sub("#", text.casefold())


def repeated_margin_texts(
    pages: list[tuple[PageContent, list[Line]]], settings: LayoutSettings
) -> set[str]:
    """Texts printed in a page margin on two or more pages: running headers and footers.

    Not a numbered label that the body also prints with a number no margin shows: "PRIORITY 1"
    and "PRIORITY 2" over sections that start at the top of a page, "PRIORITY 3" over one in
    mid-page, are the document's own headings (a running header printed on the cover too, the
    title, carries the same numbers there)."""
    seen: Counter[str] = Counter()
    in_margins: dict[str, set[tuple[str, ...]]] = {}
    in_body: dict[str, set[tuple[str, ...]]] = {}
    heads: dict[str, bool] = {}  # whether every margin copy of a numbered text is a kicker
    for page, lines in pages:
        for line in lines:
            margin = margin_role(line, page, settings)
            where = in_margins if margin else in_body
            numbers = tuple(DIGITS.findall(line.text))
            where.setdefault(mask_digits(line.text), set()).add(numbers)
            if margin and numbers:
                key = mask_digits(line.text)
                heads[key] = heads.get(key, True) and kicker_over_heading(line, lines)
        seen.update({mask_digits(line.text) for line in lines if margin_role(line, page, settings)})
    return {
        text
        for text, count in seen.items()
        if count >= 2
        and not in_body.get(text, set()) - in_margins[text] - {()}
        and not (heads.get(text) and len(in_margins[text]) == count)
    }


def frame_captions(pages: list[tuple[PageContent, list[Line]]]) -> set[int]:
    """Number labels centred under drawn frames, in one wording under two frames or more: the
    numbers under the slides of a handout page ("Slide 7", "7"), page furniture, not text."""
    found: dict[str, list[Line]] = {}
    for page, lines in pages:
        for line in lines:
            if NUMBER_LABEL.match(line.text.strip()) and any(
                captions_frame(line, frame) for frame in page.frames
            ):
                found.setdefault(mask_digits(line.text.strip()), []).append(line)
    return {id(line) for same in found.values() if len(same) >= 2 for line in same}


def captions_frame(line: Line, frame: BBox) -> bool:
    """A line set just under a frame and centred on it (within a tenth of its width)."""
    x0, _, x1, bottom = frame
    centre = (line.x0 + line.x1) / 2
    return 0 <= line.top - bottom <= CAPTION_REACH_EM * line.size and abs(
        centre - (x0 + x1) / 2
    ) <= 0.1 * (x1 - x0)


def kicker_over_heading(line: Line, lines: list[Line]) -> bool:
    """A line set right over a line in larger type at its left edge, within a line of it:
    a kicker ("FOCUS AREA 2" over its section's title), not a running header."""
    return any(
        other.size > line.size * KICKER_RATIO
        and abs(other.x0 - line.x0) <= 0.5 * line.size
        and 0 <= other.top - line.bottom <= line.size
        for other in lines
    )


def reading_frames(
    lines: list[Line], page: PageContent, tables: list[Table], settings: LayoutSettings
) -> list[BBox]:
    """The page's drawn boxes and images that bound a region of the reading order: each holds
    two lines or more and no line runs across its edge. A page-sized background, a box on a
    table (its border, a cell) and a box overlapping a larger frame without holding it are not
    frames."""
    page_area = page.width * page.height
    ruled = [table.bbox for table in [*page.tables, *tables]]
    frames: list[BBox] = []
    for box in sorted(set(page.frames), key=area, reverse=True):
        if area(box) >= settings.background_share * page_area:
            continue
        if any(geometry.overlap(box, table) > 0 for table in ruled):
            continue
        if any(
            geometry.overlap(box, frame) > 0 and not geometry.contains(frame, box)
            for frame in frames
        ):
            continue
        held = sum(1 for line in lines if geometry.centre_inside(line.bbox, box))
        if held >= 2 and not any(crosses_edge(line, box) for line in lines):
            frames.append(box)
    return frames


def area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def crosses_edge(line: Line, box: BBox) -> bool:
    """Whether a line lies partly in a box and partly out (beyond a quarter em's slack)."""
    slack = 0.25 * line.size
    x0, top, x1, bottom = line.bbox
    core = (x0 + slack, top + slack, x1 - slack, bottom - slack)
    return geometry.overlap(core, box) > 0 and not geometry.contains(box, line.bbox, slack)


def read_in_frames(lines: list[Line], frames: list[BBox], settings: LayoutSettings) -> list[Line]:
    """Lines in reading order, the lines of each frame read together, in order, never
    interleaved with those outside it: the XY-cut treats a frame as one region and cuts
    around it, then reads inside it the same way (frames within frames included)."""
    outermost = [f for f in frames if not any(g != f and geometry.contains(g, f) for g in frames)]
    regions: list[list[Line]] = []
    placed: set[int] = set()
    for frame in outermost:
        held = [
            line
            for line in lines
            if id(line) not in placed and geometry.centre_inside(line.bbox, frame)
        ]
        placed.update(id(line) for line in held)
        inner = [f for f in frames if f != frame and geometry.contains(frame, f)]
        if held:
            regions.append(read_in_frames(held, inner, settings))
    regions += wrapped_headings([line for line in lines if id(line) not in placed])
    return [line for region in xy_cut(regions, settings) for line in region]


def wrapped_headings(lines: list[Line]) -> list[list[Line]]:
    """Each line a region, but a bold line wrapped onto the next (same style, same left
    edge, a line's leading below) one region with it: no cut parts a heading's lines, and a
    margin label wrapped over two lines ("Performance / Measures") reads whole beside its
    values."""
    regions: list[list[Line]] = []
    bold: list[list[Line]] = []  # regions ending in a bold line near enough to wrap onto
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        bold = [r for r in bold if line.top - r[-1].top <= WRAP_LEADING * r[-1].size]
        above = next((r for r in bold if wraps_onto(r[-1], line)), None) if line.bold else None
        if above is not None:
            above.append(line)
            continue
        regions.append([line])
        if line.bold:
            bold.append(regions[-1])
    order = {id(line): index for index, line in enumerate(lines)}
    return sorted(regions, key=lambda region: order[id(region[0])])


def wraps_onto(last: Line, line: Line) -> bool:
    return (
        last.bold
        and line.bold
        and abs(line.size - last.size) <= SAME_SIZE * last.size
        and abs(line.x0 - last.x0) <= ROW_SLACK * last.size
        and 0 < line.top - last.top <= WRAP_LEADING * last.size
    )


def xy_cut(regions: list[list[Line]], settings: LayoutSettings) -> list[list[Line]]:
    """Recursive XY-cut over regions (a line, or the lines of a frame): split at the widest
    whitespace gutter, columns before rows; a label/value table is not split into columns."""

    def lines_of(group: Sequence[list[Line]]) -> list[Line]:
        return [line for region in group for line in region]

    def min_gutter(group: Sequence[list[Line]]) -> float:
        return settings.column_gap_em * statistics.median(line.size for line in lines_of(group))

    def label_table(left: list[list[Line]], right: list[list[Line]]) -> bool:
        lefts, rights = lines_of(left), lines_of(right)
        return (
            rows_aligned(lefts, rights, settings)
            or side_headings(lefts, rights)
            or fields_beside(lefts, rights)
        )

    def box(region: list[Line]) -> BBox:
        return region[0].bbox if len(region) == 1 else geometry.union(line.bbox for line in region)

    return geometry.xy_cut(regions, box, min_gutter, label_table)


def side_headings(left: list[Line], right: list[Line]) -> bool:
    """True for headings set in a margin column beside the text they head (or a worksheet's
    labels beside their values): the left column holds no body text and no more headings
    than the text has lines, and each heading (a left line with no left line just above it;
    its wrapped lines and smaller field lines follow it) is larger than the text, or bold
    beside text mostly regular, and starts on the row of a line of the text. Such a page
    reads down by rows, each heading before its text, not column after column."""
    if not left or not right:
        return False
    text_size = statistics.median(line.size for line in right)
    starts = [
        line
        for line in left
        if not any(0 < line.top - other.top <= 1.5 * other.size for other in left)
    ]
    if len(starts) > len(right):
        return False  # more headings than lines of text beside them: a column of its own
    regular = sum(not line.bold for line in right) * 2 > len(right)
    if not all(line.bold and regular or line.size > text_size for line in starts):
        return False  # bold beside bold text of its size: a column of the same kind
    if any(not line.bold and abs(line.size - text_size) < SAME_SIZE * text_size for line in left):
        return False  # body text in the left column: a column of its own, not a margin
    tops = [line.top for line in right]
    if len(starts) == 1 and starts[0].top <= min(tops) + ROW_SLACK * starts[0].size:
        return False  # one heading beside the top of its text reads the same either way
    return all(any(abs(line.top - top) <= ROW_SLACK * line.size for top in tops) for line in starts)


def fields_beside(left: list[Line], right: list[Line]) -> bool:
    """True for field lines set beside the entries they belong to, each on its entry's first
    row ("Lead: X · Target: 2028" right of a key result). Cut into columns, every entry's
    fields would read after all the entries; cut into rows first, each entry's band reads its
    text, wrapped lines included, and then its fields."""
    rows = geometry.cluster(right, lambda line: line.top, lambda line, first: ROW_SLACK * line.size)
    if len(rows) < 2 or not all(read_fields(line.text) for line in right):
        return False  # fields of one entry: its text reads first either way
    tops = [line.top for line in left]
    return all(any(abs(line.top - top) <= ROW_SLACK * line.size for top in tops) for line in right)


def rows_aligned(left: list[Line], right: list[Line], settings: LayoutSettings) -> bool:
    """True for a label/value table (labels on the left sharing rows with their values).

    Prose columns set in one font also share rows, so the left side must look like labels.
    """
    labels = sum(1 for line in left if line.bold or line.text.endswith(":"))
    if labels < settings.aligned_rows * len(left):
        return False
    right_tops = [round(line.top) for line in right]
    shared = sum(1 for line in left if any(abs(line.top - top) <= 2 for top in right_tops))
    return shared >= settings.aligned_rows * max(len(left), len(right))
