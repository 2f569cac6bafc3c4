"""layout.lay_out on synthetic PDFs: running margins, reading order, bullet markers."""

from __future__ import annotations

from pathlib import Path

import pytest
from synthetic import Page, SyntheticPdf

from planparse.layout import lay_out
from planparse.pdf import read_pdf
from planparse.types import Document, Line, PageContent, PageLayout

PROSE = (
    "Officers of the harbour patrol meet residents at the ferry landing every week and "
    "record what they hear in a shared log that supervisors review before each shift."
)


def layout_of(path: Path) -> list[PageLayout]:
    return lay_out(read_pdf(path))


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def line_with(lines: list[Line], fragment: str) -> Line:
    found = [line for line in lines if fragment in line.text]
    assert len(found) == 1, (fragment, texts(lines))
    return found[0]


@pytest.mark.parametrize("footer", ["Page {page}", "{page}", "{page} of 3"])
def test_layout_running_header_and_page_number_footer_are_dropped(make_pdf, footer):
    pdf = SyntheticPdf(header="Lakeshore County Sheriff's Office | Community Plan", footer=footer)
    for number in range(1, 4):
        page = pdf.page()
        page.heading(f"Chapter {number}", 72, 110, "Times-Bold", 17)
        page.paragraph(PROSE, 72, 140)
        # The same words, at the same place on every page, but in mid-page: body text.
        page.text("Lakeshore County Sheriff's Office | Community Plan", 72, 400, "Times-Roman", 11)
        page.text("Served with pride since 1911", 72, 420, "Times-Italic", 11)
    layouts = layout_of(make_pdf(pdf))

    assert len(layouts) == 3
    for number, layout in enumerate(layouts, start=1):
        dropped = {line.role: line.text for line in layout.dropped}
        assert dropped == {
            "header": "Lakeshore County Sheriff's Office | Community Plan",
            "footer": footer.format(page=number),
        }
        body = texts(layout.lines)
        assert f"Chapter {number}" in body
        assert "Lakeshore County Sheriff's Office | Community Plan" in body
        assert "Served with pride since 1911" in body


def test_layout_margin_text_on_one_page_only_is_kept(make_pdf):
    pdf = SyntheticPdf(footer="{page}")
    cover = pdf.page()
    cover.text("Draft for council review", 54, 36, "Courier", 9)  # in the header band, once
    cover.heading("Harbour District Safety Plan", 72, 300, "Times-Bold", 24)
    for _ in range(2):
        pdf.page().paragraph(PROSE, 72, 120)
    layouts = layout_of(make_pdf(pdf))

    assert "Draft for council review" in texts(layouts[0].lines)
    assert texts(layouts[0].dropped) == ["1"]


def test_layout_numbered_heading_at_page_top_is_not_a_running_header(make_pdf):
    """'GOAL 1', 'GOAL 2', ... repeat once digits are masked; a big heading is still body."""
    pdf = SyntheticPdf(header="Briar Glen Police | Plan Update", footer="{page}")
    for number in range(1, 4):
        page = pdf.page()
        y = page.heading(f"GOAL {number}", 54, 76, "Times-Bold", 22) + 4  # 0.75in top margin
        page.paragraph(PROSE, 54, y, font="Times-Roman", size=11)
    layouts = layout_of(make_pdf(pdf))

    for number, layout in enumerate(layouts, start=1):
        assert texts(layout.dropped) == ["Briar Glen Police | Plan Update", str(number)]
        assert texts(layout.lines)[0] == f"GOAL {number}"


def test_layout_numbered_kicker_in_a_margin_is_kept_when_the_body_prints_another(make_pdf):
    """Sections that start at the top of a page put their small "PRIORITY 1" kicker in the
    header band; one that starts mid-page prints "PRIORITY 3" in the body: they are headings,
    while a running header whose numbers the cover repeats ("Plan 2024") is still dropped."""
    pdf = SyntheticPdf(header="Briar Glen Police | Plan 2024", footer="{page}")
    cover = pdf.page()
    cover.heading("Briar Glen Police | Plan 2024", 54, 300, "Times-Bold", 22)
    for number in (1, 2):
        page = pdf.page()
        page.text(f"PRIORITY {number}", 54, 52, "Helvetica-Bold", 8)
        y = page.heading(f"Safer Streets {number}", 54, 64, "Times-Bold", 18) + 4
        y = page.paragraph(PROSE, 54, y, font="Times-Roman", size=11)
        if number == 2:
            page.text("PRIORITY 3", 54, y + 30, "Helvetica-Bold", 8)
            page.heading("Safer Streets 3", 54, y + 42, "Times-Bold", 18)
    layouts = layout_of(make_pdf(pdf))

    assert texts(layouts[1].dropped) == ["Briar Glen Police | Plan 2024", "2"]
    assert texts(layouts[1].lines)[0] == "PRIORITY 1"
    assert "PRIORITY 2" in texts(layouts[2].lines)
    assert "PRIORITY 3" in texts(layouts[2].lines)


def test_layout_numbered_kicker_over_every_section_title_is_kept(make_pdf):
    """Every section starts at a page top with its "FOCUS AREA N" kicker in the header band,
    right over its larger title: numbered differently on each page and heading a title, they
    are kickers, while the running header beside them is still dropped."""
    pdf = SyntheticPdf(header="Briar Glen Police | Plan", footer="{page}")
    for number in (1, 2, 3):
        page = pdf.page()
        page.text(f"FOCUS AREA {number}", 54, 62, "Helvetica-Bold", 7)
        y = page.heading(f"Safer Streets {number}", 54, 80, "Times-Bold", 14) + 4
        page.paragraph(PROSE, 54, y, font="Times-Roman", size=11)
    layouts = layout_of(make_pdf(pdf))

    for number, layout in enumerate(layouts, start=1):
        assert texts(layout.dropped) == ["Briar Glen Police | Plan", str(number)]
        assert texts(layout.lines)[:2] == [f"FOCUS AREA {number}", f"Safer Streets {number}"]


def test_layout_two_columns_read_left_column_before_right(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    page.heading("Year in Review", 54, 80, "Helvetica-Bold", 20)
    left = [f"West side note {n}: the precinct answered calls on the riverside." for n in range(6)]
    right = [f"East side note {n}: volunteers staffed the kiosk at the market." for n in range(6)]
    y_left = y_right = 120.0
    for text in left:
        y_left = page.paragraph(text, 54, y_left, width=230, font="Times-Roman", size=10.5)
    for text in right:
        y_right = page.paragraph(text, 318, y_right, width=230, font="Times-Roman", size=10.5)
    (layout,) = layout_of(make_pdf(pdf))

    assert layout.lines[0].text == "Year in Review"
    body = layout.lines[1:]
    sides = ["west" if line.x0 < 306 else "east" for line in body]
    assert sides == ["west"] * sides.count("west") + ["east"] * sides.count("east")
    assert sides.count("west") == sides.count("east") >= 6
    for side in ("west", "east"):
        tops = [line.top for line, s in zip(body, sides, strict=True) if s == side]
        assert tops == sorted(tops)


@pytest.mark.parametrize("count", [3, 5])
def test_layout_numbered_item_columns_read_column_by_column(make_pdf, count):
    titles = ["Prevention", "Response", "Wellness", "Technology", "Partnerships"][:count]
    sections = [
        (title, [(f"{c}.{i}", f"Action {c}.{i} for {title.lower()}") for i in range(1, 4)])
        for c, title in enumerate(titles, start=1)
    ]
    pdf = SyntheticPdf()
    page = pdf.page()
    page.heading("Our Priorities at a Glance", 36, 72, "Helvetica-Bold", 22)
    page.columns(
        sections, y=120, heading_font="Courier-Bold", heading_size=12, font="Helvetica", size=8.5
    )
    (layout,) = layout_of(make_pdf(pdf))

    numbers = [line.words[0].text for line in layout.lines if line.words[0].text[:1].isdigit()]
    expected = [f"{c}.{i}" for c in range(1, count + 1) for i in range(1, 4)]
    assert numbers == expected
    # Each column's heading comes just before its own items.
    order = texts(layout.lines)
    for c, title in enumerate(titles, start=1):
        assert order.index(title) < order.index(line_with(layout.lines, f"Action {c}.1").text)
        if c > 1:
            assert order.index(line_with(layout.lines, f"Action {c - 1}.3").text) < order.index(
                title
            )


@pytest.mark.parametrize(("glyph", "indent"), [("•", 16.0), ("–", 18.0), ("•", 6.0)])
def test_layout_bullet_glyph_becomes_line_marker(make_pdf, glyph, indent):
    pdf = SyntheticPdf()
    page = pdf.page()
    page.heading("Next Steps", 72, 90, "Times-Bold", 15)
    page.bullets(
        ["Train every dispatcher in crisis calls", "Publish quarterly dashboards"],
        90,
        120,
        glyph=glyph,
        font="Times-Roman",
        size=11,
        indent=indent,
    )
    (layout,) = layout_of(make_pdf(pdf))

    assert texts(layout.lines) == [
        "Next Steps",
        "Train every dispatcher in crisis calls",
        "Publish quarterly dashboards",
    ]
    assert [line.marker for line in layout.lines] == [None, "•", "•"]


def test_layout_bullet_drawn_as_filled_circle_becomes_marker(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    page.paragraph("Three commitments for the coming year:", 60, 100, font="Helvetica", size=10)
    page.bullets(
        ["Walk the beat downtown", "Answer every email within two days"],
        72,
        130,
        glyph=None,
        font="Helvetica",
        size=10,
        indent=12,
    )
    (layout,) = layout_of(make_pdf(pdf))

    assert [(line.text, line.marker) for line in layout.lines] == [
        ("Three commitments for the coming year:", None),
        ("Walk the beat downtown", "•"),
        ("Answer every email within two days", "•"),
    ]


@pytest.mark.parametrize(("label", "value"), [("Lead:", "Traffic Unit"), ("Owner:", "Chief")])
def test_layout_key_value_line_stays_one_line(make_pdf, label, value):
    pdf = SyntheticPdf()
    page: Page = pdf.page()
    y = page.heading("Goal 3: Quieter Streets", 72, 90, "Helvetica-Bold", 14)
    page.key_value(label, value, 72, y + 6, font="Times-Roman", bold_font="Times-Bold", size=11)
    (layout,) = layout_of(make_pdf(pdf))

    assert texts(layout.lines) == ["Goal 3: Quieter Streets", f"{label} {value}"]
    line = layout.lines[1]
    assert [w.bold for w in line.words] == [True] + [False] * len(value.split())
    assert line.marker is None


def test_layout_side_headings_read_before_the_text_beside_them() -> None:
    """Pillar names set in a margin column, each on the row of the first line it heads, read
    row by row; two columns of prose still read column after column."""
    from builders import line

    from planparse.layout import DEFAULT_LAYOUT, read_in_frames

    def text(top: float, x0: float = 206) -> list:
        return [line(f"Activity line {n} of this section.", x0=x0, top=top + 14 * n)
                for n in range(4)]  # fmt: skip

    first, second = (
        line("Safety", size=12, bold=True, x0=54, top=100),
        line("Trust", size=12, bold=True, x0=54, top=200),
    )
    ordered = read_in_frames([first, second, *text(100), *text(200)], [], DEFAULT_LAYOUT)
    assert [ln.text for ln in ordered].index("Trust") == 5
    prose = [*text(100, x0=54), *text(100, x0=306)]
    assert [ln.x0 for ln in read_in_frames(prose, [], DEFAULT_LAYOUT)] == [54] * 4 + [306] * 4


def test_layout_side_headings_with_their_field_lines_but_never_a_lone_tile() -> None:
    """A side heading may carry a smaller "Lead:" line under it; a statistics tile (one big
    number beside its label) or a column of body text is no margin of side headings."""
    from builders import line

    from planparse.layout import side_headings

    def text(top: float) -> list:
        return [line(f"Activity line {n} of this goal.", x0=218, top=top + 13 * n)
                for n in range(6)]  # fmt: skip

    goal = [line("Reduce vacancies", size=11.6, bold=True, x0=54, top=100),
            line("Lead: Training Division", size=8.9, x0=54, top=114)]  # fmt: skip
    other = [line("Create career paths", size=11.6, bold=True, x0=54, top=200),
             line("Lead: Recruitment Team", size=8.9, x0=54, top=214)]  # fmt: skip
    assert side_headings([*goal, *other], [*text(100), *text(200)])
    tile = [line("4,500", size=20, bold=True, x0=54, top=100)]
    assert not side_headings(tile, [line("residents surveyed", x0=218, top=100)])
    body = [line("Body text in the left column.", x0=54, top=100 + 13 * n) for n in range(3)]
    assert not side_headings([*goal, *body], [*text(100), *text(200)])


def test_geometry_items_on_one_row_read_left_to_right() -> None:
    from planparse.geometry import by_rows

    boxes = [(206.0, 263.0, 300.0, 273.0), (54.0, 263.4, 150.0, 275.0), (54.0, 290.0, 90.0, 300.0)]
    assert by_rows(boxes, lambda b: b) == [boxes[1], boxes[0], boxes[2]]


def tile_words(x0: float, lines: list[str], top: float = 100.0) -> list:
    """The words of a tile: a title, then (after a gap wider than the gutter between tiles)
    its lines of text."""
    from builders import line

    title, *body = lines
    found = list(line(title, x0=x0, top=top).words)
    for n, text in enumerate(body):
        found += line(text, x0=x0, top=top + 40 + 14 * n).words
    return found


def tiles_page(frames: list) -> PageContent:
    """Two tiles side by side, 15 points apart, the second set a line lower (its title no
    header level with the first's): the row gap under their titles is wider than the gap
    between them, so an XY-cut that knew no frames would read title, title, text, text."""
    left = tile_words(60, ["Public Safety", "Patrol every", "ward weekly"])
    right = tile_words(60 + 65 + 15, ["Community Trust", "Meet residents", "every month"], 112.0)
    return PageContent(1, 612, 792, left + right, frames=frames)


def test_layout_lines_in_a_drawn_frame_are_read_together() -> None:
    tiles = [(50, 90, 132, 180), (135, 90, 230, 180)]
    (layout,) = lay_out(Document(Path("tiles.pdf"), {}, [tiles_page(tiles)]))
    assert texts(layout.lines) == [
        "Public Safety",
        "Patrol every",
        "ward weekly",
        "Community Trust",
        "Meet residents",
        "every month",
    ]
    (unframed,) = lay_out(Document(Path("tiles.pdf"), {}, [tiles_page([])]))
    assert texts(unframed.lines)[:2] == ["Public Safety", "Community Trust"]


def test_layout_backgrounds_cut_lines_and_table_boxes_are_not_frames() -> None:
    """A page-sized background, a box that a line runs across, and a box on a ruled table
    bound no region; a box holding two lines does."""
    from builders import line

    from planparse.layout import DEFAULT_LAYOUT, reading_frames
    from planparse.types import Cell, Table

    lines = [line("A card title", x0=60, top=100), line("Its text", x0=60, top=114)]
    lines += [
        line("Short", x0=60, top=200),
        line("A heading running out of its band", x0=60, top=214),
    ]
    lines += [line("Cell one", x0=60, top=300), line("Cell two", x0=60, top=314)]
    card, page_box, band = (55, 95, 200, 130), (0, 0, 612, 792), (55, 195, 150, 230)
    table_box = (55, 295, 200, 330)
    table = Table(table_box, [[Cell("Cell one", table_box)], [Cell("Cell two", table_box)]])
    page = PageContent(1, 612, 792, [], tables=[table], frames=[card, page_box, band, table_box])
    assert reading_frames(lines, page, [], DEFAULT_LAYOUT) == [card]


def test_layout_a_gutter_recurring_on_most_pages_cuts_a_page_with_one_row() -> None:
    """Two columns 12 points apart: a gap no wider than the row's own spaces allow, so only a
    gutter cuts it. Two pages prove the gutter with many rows; the third has one row, too few
    to prove it alone, and is cut there because the document's other pages show it."""
    from builders import line

    def row(top: float) -> list:
        left = line("Our officers walk the beat", x0=60, top=top)
        return [*left.words, *line("Residents meet us weekly", x0=left.x1 + 12, top=top).words]

    columns = [
        PageContent(n, 612, 792, [w for k in range(6) for w in row(100 + 14 * k)]) for n in (1, 2)
    ]
    last = PageContent(3, 612, 792, row(100))
    layouts = lay_out(Document(Path("columns.pdf"), {}, [*columns, last]))
    assert texts(layouts[2].lines) == ["Our officers walk the beat", "Residents meet us weekly"]
    (alone,) = lay_out(Document(Path("columns.pdf"), {}, [last]))
    assert len(alone.lines) == 1


def test_layout_the_even_gaps_of_a_short_justified_line_do_not_cut_it() -> None:
    """The last line of a justified column, stretched to its width: two or three words with
    gaps of about one em, too few to say the row's usual space, but even, so not a cut; a gap
    that stands out beside an ordinary space still cuts."""
    from planparse.layout import DEFAULT_LAYOUT, split_at_gaps
    from planparse.types import Word

    def row(*placed: tuple[str, float]) -> list[Word]:
        return [
            Word(text, x0, 100, x0 + 5 * len(text), 110, "Helvetica", 10) for text, x0 in placed
        ]

    justified = row(("headquarters", 64), ("with", 136), ("community", 169))  # gaps 12, 13
    assert len(split_at_gaps(justified, DEFAULT_LAYOUT)) == 1
    labelled = row(("Patrol", 64), ("lead", 97), ("Chief", 130))  # gaps 3, 13
    assert [[w.text for w in s] for s in split_at_gaps(labelled, DEFAULT_LAYOUT)] == [
        ["Patrol", "lead"],
        ["Chief"],
    ]


def test_layout_a_justified_column_beside_another_keeps_its_wide_spaces() -> None:
    """A row that crosses a column gutter: its left column's line is justified (every space
    about 1.3 em), its right column's set with narrow spaces. The row is cut at the gutter
    only; measured against the right column's spaces, the left one's would look stretched."""
    from planparse.layout import DEFAULT_LAYOUT, split_at_gaps
    from planparse.types import Word

    def placed(words: list[str], x0: float, space: float) -> list[Word]:
        row = []
        for text in words:
            row.append(Word(text, x0, 100, x0 + 5 * len(text), 110, "Helvetica", 10))
            x0 += 5 * len(text) + space
        return row

    left = placed(["Initiative", "1.1", "Strengthen", "policing"], 50, 13)
    right = placed(["Initiative", "1.2", "Remove", "illegal", "firearms", "from", "our"], 330, 5)
    cut = split_at_gaps(left + right, DEFAULT_LAYOUT, gutters=[310.0])
    assert [[w.text for w in segment] for segment in cut] == [
        ["Initiative", "1.1", "Strengthen", "policing"],
        ["Initiative", "1.2", "Remove", "illegal", "firearms", "from", "our"],
    ]


def test_layout_a_dash_that_ends_a_row_is_no_bullet() -> None:
    """'Complete By: 2025 –' wraps onto '2026': a dash with nothing after it on its row marks
    no item, so the row stays whole; a dash before text after a wide gap still opens one."""
    from planparse.layout import DEFAULT_LAYOUT, split_at_gaps
    from planparse.types import Word

    def row(*placed: tuple[str, float]) -> list[Word]:
        return [
            Word(text, x0, 100, x0 + 5 * len(text), 110, "Helvetica", 10) for text, x0 in placed
        ]

    ending = row(("Complete", 64), ("By:", 109), ("2025", 129), ("–", 155.3))  # 0.53 em
    assert len(split_at_gaps(ending, DEFAULT_LAYOUT)) == 1
    listed = row(("Lead:", 64), ("CID", 94), ("–", 129), ("Patrol", 139))
    assert [[w.text for w in s] for s in split_at_gaps(listed, DEFAULT_LAYOUT)] == [
        ["Lead:", "CID"],
        ["–", "Patrol"],
    ]


def test_layout_a_smaller_bullet_a_little_lower_marks_the_text_beside_it() -> None:
    """On a page of columns the row grouping can put a small bullet glyph, set a little lower
    than its text, after that text and after another column's line: it still marks it."""
    from planparse.layout import attach_marker_segments
    from planparse.types import Word

    def one_line(text: str, x0: float, top: float, size: float, font: str = "Times-Roman") -> Line:
        words, left = [], x0
        for part in text.split():
            words.append(
                Word(part, left, top, left + 0.5 * size * len(part), top + size, font, size)
            )
            left += 0.5 * size * (len(part) + 1)
        return Line(1, words)

    text = one_line("Create clear career paths", 350, 293.2, 10.5)
    other = one_line("Exceed state training", 645, 291.3, 10.5)
    glyph = one_line("n", 337.3, 293.5, 7.35, font="ZapfDingbats")
    read = attach_marker_segments([text, other, glyph])
    assert [(line.text, line.marker) for line in read] == [
        ("Create clear career paths", "•"),
        ("Exceed state training", None),
    ]


def test_layout_words_second_level_o_in_a_gutter_marks_the_text_beside_it() -> None:
    """Word's level-2 bullet is a letter "o" in a monospaced font, a tab left of its text: the
    lone "o" is that line's marker, so the wrapped item stays one; an "o" inside a line stays."""
    from planparse.layout import attach_marker_segments
    from planparse.types import Word

    def one_line(text: str, x0: float, top: float, font: str = "LiberationSerif") -> Line:
        words, left = [], x0
        for part in text.split():
            words.append(Word(part, left, top, left + 5 * len(part), top + 10, font, 10))
            left += 5 * (len(part) + 1)
        return Line(1, words)

    glyph = one_line("o", 108, 395, font="LiberationMono")
    text = one_line("Attend recruiting events at colleges", 126, 395)
    inner = one_line("Say o and mean it", 126, 420)
    read = attach_marker_segments([glyph, text, inner])
    assert [(line.text, line.marker, line.marker_x0) for line in read] == [
        ("Attend recruiting events at colleges", "•", 108),
        ("Say o and mean it", None, None),
    ]


def test_layout_typed_o_and_a_tab_before_the_text_is_a_bullet() -> None:
    """Word's second-level bullet typed as the letter "o" and a tab: a marker; an "o" followed
    by a word space is a word."""
    from planparse.layout import glyph_to_marker
    from planparse.types import Word

    def typed(gap: float) -> Line:
        o = Word("o", 108.0, 100.0, 114.0, 112.0, "Helvetica", 12.0)
        text = Word("Assign", 114.0 + gap, 100.0, 150.0 + gap, 112.0, "Helvetica", 12.0)
        return Line(1, [o, text])

    tabbed = glyph_to_marker(typed(12.0))
    assert (tabbed.marker, tabbed.text, tabbed.marker_x0) == ("•", "Assign", 108.0)
    assert glyph_to_marker(typed(3.0)).marker is None


def test_layout_bullets_read_as_a_letter_by_ocr_are_markers_in_a_column_of_them() -> None:
    """A scanner's OCR reads a round bullet as "e" or "o": three lines opening with that
    letter before a capital at one x are a list; two, a letter before a lowercase word, or
    letters at different x are words."""
    from builders import line

    from planparse.layout import read_letter_bullets

    items = [
        line(f"e {text}", x0=60.4 + i * 0.3, top=100.0 + 20 * i)
        for i, text in enumerate(["Equip every vehicle", "Staff the center", "Complete an audit"])
    ]
    read = read_letter_bullets([*items, line("e mail the unit", x0=60.0, top=160.0)])
    assert [(r.marker, r.text) for r in read] == [
        ("•", "Equip every vehicle"),
        ("•", "Staff the center"),
        ("•", "Complete an audit"),
        (None, "e mail the unit"),
    ]
    assert read[0].marker_x0 == items[0].x0
    assert all(r.marker is None for r in read_letter_bullets(items[:2]))
    spread = [line("o Equip", x0=60.0 + 20 * i, top=100.0 + 20 * i) for i in range(3)]
    assert all(r.marker is None for r in read_letter_bullets(spread))


def test_layout_fields_beside_their_entries_read_with_each_entry() -> None:
    """Key results with their fields on each one's first row, right of text that wraps: the
    rows are read before the columns, so each entry's wrapped text comes before its fields;
    one entry's fields alone do not hold the columns together."""
    from builders import line

    from planparse.layout import DEFAULT_LAYOUT, fields_beside, read_in_frames

    def entry(top: float, words: str, lead: str) -> list[Line]:
        return [
            line(words, x0=120, top=top),
            line("and reports every quarter.", x0=120, top=top + 12),
            line(f"Lead: {lead} · Target: 2027", size=8, x0=330, top=top),
        ]

    first, second = (
        entry(100, "Hire two crime analysts", "Crime Analysis"),
        entry(140, "Open a substation downtown", "Patrol Bureau"),
    )
    ordered = [ln.text for ln in read_in_frames([*first, *second], [], DEFAULT_LAYOUT)]
    assert ordered == [ln.text for ln in [*first, *second]]
    assert not fields_beside(first[:2], first[2:])


def test_layout_field_line_in_other_type_is_cut_from_the_text_it_follows() -> None:
    """A field line set in smaller type just after an item's first line, nearer than a
    column gap: a segment of its own; the same words in the item's type stay on its line."""
    from planparse.layout import DEFAULT_LAYOUT, split_at_gaps
    from planparse.types import Word

    def row(field_size: float) -> list[Word]:
        text = [Word("Sign", 72, 100, 90, 110, "Helvetica", 10.0),
                Word("mutual", 93, 100, 123, 110, "Helvetica", 10.0)]  # fmt: skip
        left = 123 + 0.8 * field_size  # wider than a space, narrower than an em
        key = Word("Lead:", left, 100.5, left + 20, 108.5, "Helvetica", field_size)
        value = Word("OES", left + 22, 100.5, left + 38, 108.5, "Helvetica", field_size)
        return [*text, key, value]

    assert [[w.text for w in s] for s in split_at_gaps(row(8.0), DEFAULT_LAYOUT)] == [
        ["Sign", "mutual"],
        ["Lead:", "OES"],
    ]
    assert len(split_at_gaps(row(10.0), DEFAULT_LAYOUT)) == 1


def test_layout_small_capitals_rejoin_the_capital_that_opens_their_word() -> None:
    """'Lead Unit' in small caps prints a full-size 'L' touching a smaller 'EAD' on the same
    baseline: one word 'LEAD'. A word set apart, or a smaller word raised off the baseline
    (a superscript), stays a word of its own."""
    from planparse.layout import join_small_caps
    from planparse.types import Word

    def word(text: str, x0: float, size: float, bottom: float = 112.0) -> Word:
        return Word(
            text, x0, bottom - size, x0 + 0.6 * size * len(text), bottom, "Arial-Bold", size
        )

    cap_l = word("L", 72.0, 10.0)
    ead = word("EAD", cap_l.x1 + 0.05, 8.0)
    cap_u = word("U", ead.x1 + 3.0, 10.0)
    nit = word("NIT", cap_u.x1, 8.0)
    joined = join_small_caps([cap_l, ead, cap_u, nit])
    assert [(w.text, w.size) for w in joined] == [("LEAD", 8.0), ("UNIT", 8.0)]
    apart = word("EAD", cap_l.x1 + 3.0, 8.0)
    raised = word("ST", cap_l.x1, 8.0, bottom=108.0)
    assert [w.text for w in join_small_caps([cap_l, apart])] == ["L", "EAD"]
    assert [w.text for w in join_small_caps([cap_l, raised])] == ["L", "ST"]


def test_layout_side_headings_count_headings_not_their_wrapped_lines() -> None:
    """Worksheet labels in a margin column, some wrapped over two lines ("Performance /
    Measures"): the margin is sparse by its headings, so it reads beside its text by rows."""
    from builders import line

    from planparse.layout import side_headings

    left, right = [], []
    for top in (100.0, 200.0):
        left += [line("Goal", bold=True, x0=58, top=top),
                 line("Performance", bold=True, x0=58, top=top + 40),
                 line("Measures", bold=True, x0=58, top=top + 52)]  # fmt: skip
        right += [line(f"Value line {n} of this row.", x0=157, top=top + 20 * n) for n in range(5)]
    assert side_headings(left, right)
    band = [line("Goal A.1", bold=True, x0=58, top=140), line("Purpose", bold=True, x0=58, top=157)]
    values = [line(f"Value line {n}.", x0=157, top=top) for n, top in enumerate((140, 157, 171))]
    assert side_headings(band, values)  # one worksheet's rows: a label for each value
    lower = [line("Measures", bold=True, x0=58, top=171)]
    assert side_headings(lower, values)  # one label beside the text's last row: by rows
    assert not side_headings(band[:1], values)  # one beside its first row reads either way


def spaced(text: str, x0: float, top: float, size: float, spacing: float) -> list:
    """Letter-spaced type as a reader gives it: each letter its own word, ``spacing`` apart,
    a word space (a quarter em) plus the spacing twice between words."""
    from planparse.types import Word

    found, left = [], x0
    for part in text.split():
        for letter in part:
            found.append(Word(letter, left, top, left + 0.6 * size, top + size, "Bold", size))
            left += 0.6 * size + spacing
        left += 0.25 * size + spacing
    return found


def test_layout_letter_spaced_capitals_read_as_words_judged_by_their_spacing() -> None:
    words = spaced("TAKE CARE OF OUR TEAM", 60, 100, 16, 4.0) + spaced("A B C", 60, 140, 10, 2.0)
    (layout,) = lay_out(Document(Path("spaced.pdf"), {}, [PageContent(1, 612, 792, words)]))
    assert texts(layout.lines) == ["TAKE CARE OF OUR TEAM", "A B C"]  # three letters: no run


def test_layout_a_row_of_single_marks_far_apart_is_not_letter_spacing() -> None:
    from builders import line

    marks = [w for x in (300, 340, 380, 420) for w in line("X", x0=x, top=100).words] + line(
        "Patrol Division", x0=60, top=100
    ).words
    (layout,) = lay_out(Document(Path("marks.pdf"), {}, [PageContent(1, 612, 792, marks)]))
    assert "XXXX" not in " ".join(texts(layout.lines))


def test_layout_an_indented_second_heading_line_reads_before_the_field_line_under_it() -> None:
    """A hanging heading's second line sits right of the field line below it, a gutter clear:
    the two are one above the other, not two columns."""
    from builders import line

    words = (
        line("Objective 1.1 Strengthen relationships", x0=50, top=100, bold=True).words
        + line("with residents", x0=166, top=114, bold=True).words
        + line("Owner: CEU", x0=50, top=128).words
    )
    (layout,) = lay_out(Document(Path("hang.pdf"), {}, [PageContent(1, 612, 792, words)]))
    assert texts(layout.lines) == [
        "Objective 1.1 Strengthen relationships",
        "with residents",
        "Owner: CEU",
    ]


def test_layout_a_short_right_column_is_read_after_the_whole_left_column() -> None:
    """Under a full-width heading, the right column ends high; the left one runs on past a
    paragraph gap wider than the gutter. That gap is where the right column ends, not a
    break across the page: the left column is read to its end first."""
    from builders import line

    words = line("SAFE STREETS AND STRONG NEIGHBORHOODS EVERYWHERE", x0=50, top=60, size=20).words
    for n in range(4):
        words += line(f"Left item {n} of the first goal", x0=50, top=110 + 14 * n).words
    for n in range(3):
        words += line(f"Left item {n} of the next goal", x0=50, top=200 + 14 * n).words
    for n in range(3):
        words += line(f"Right item {n} runs on", x0=330, top=110 + 14 * n).words
    (layout,) = lay_out(Document(Path("short.pdf"), {}, [PageContent(1, 612, 792, words)]))
    order = [text.split()[0] for text in texts(layout.lines)[1:]]
    assert order == ["Left"] * 7 + ["Right"] * 3


def test_layout_a_margin_label_wrapped_over_two_lines_reads_whole_beside_its_values() -> None:
    """Read by rows beside its values, 'Performance / Measures' stays one label: a bold line
    wrapped onto the next at its left edge is one region of the cut."""
    from builders import line

    from planparse.layout import DEFAULT_LAYOUT, read_in_frames

    labels = [line("Goal 1.1", bold=True, x0=58, top=100),
              line("Performance", bold=True, x0=58, top=140),
              line("Measures", bold=True, x0=58, top=152)]  # fmt: skip
    values = [line(f"Value line {n} of this row.", x0=157, top=100 + 13 * n) for n in range(6)]
    ordered = [ln.text for ln in read_in_frames([*labels, *values], [], DEFAULT_LAYOUT)]
    assert ordered.index("Measures") == ordered.index("Performance") + 1


def handout_page(captions: int) -> PageContent:
    """Slides drawn as framed boxes, each with two lines of text and, for the first
    ``captions`` of them, a small "Slide N" label centred just under the frame."""
    from builders import line

    frames, words = [], []
    for n, top in enumerate((100.0, 300.0), 1):
        frames.append((100.0, top, 300.0, top + 100))
        words += line(f"Goal {n} heading", x0=110, top=top + 10).words
        words += line("Its first activity", x0=110, top=top + 30).words
        if n <= captions:
            words += line(f"Slide {n}", size=7, x0=187.75, top=top + 104).words
    return PageContent(1, 612, 792, words, frames=frames)


def test_layout_number_labels_centred_under_frames_are_dropped() -> None:
    (layout,) = lay_out(Document(Path("handout.pdf"), {}, [handout_page(2)]))
    assert "Slide 1" not in texts(layout.lines)
    assert [(line.text, line.role) for line in layout.dropped] == [
        ("Slide 1", "caption"),
        ("Slide 2", "caption"),
    ]
    (single,) = lay_out(Document(Path("handout.pdf"), {}, [handout_page(1)]))
    assert "Slide 1" in texts(single.lines)  # one label under one frame is no recurring caption


def test_layout_a_copyright_sign_opens_a_notice_not_a_bullet() -> None:
    from builders import line

    from planparse.layout import glyph_to_marker

    notice = glyph_to_marker(line("© 2027 City of Glenport. All rights reserved."))
    assert (notice.marker, notice.text) == (None, "© 2027 City of Glenport. All rights reserved.")
    assert glyph_to_marker(line("› Publish crash data")).marker == "•"


def test_layout_a_single_courier_space_before_a_dash_parts_no_words(make_pdf):
    """In a monospaced font one space is a whole character cell, wider than the gap that sets
    a proportional bullet apart: 'PRIORITY 1 - TITLE' stays one line, its dash no bullet; a
    dash after two spaces still opens an item."""
    pdf = SyntheticPdf()
    page = pdf.page()
    page.text("PRIORITY 1 - INVEST IN OUR PEOPLE", 72, 100, "Courier", 10)
    page.text("Hire staff now  - Buy radios for every car", 72, 124, "Courier", 10)
    (layout,) = layout_of(make_pdf(pdf))

    assert texts(layout.lines) == [
        "PRIORITY 1 - INVEST IN OUR PEOPLE",
        "Hire staff now",
        "Buy radios for every car",
    ]
    assert [line.marker for line in layout.lines] == [None, None, "•"]


def test_layout_a_bullet_drawn_in_a_table_cell_marks_its_line_in_the_cell_text() -> None:
    """A ruled cell's text comes from its characters; a bullet drawn as a shape has none, so
    the line it marks gets the glyph, and the cell lists its items as printed."""
    from builders import line

    from planparse.layout import with_drawn_bullets
    from planparse.types import Cell, Table

    first = line("Walk the beat", x0=80, top=100, marker="•")
    wrapped = line("downtown", x0=80, top=112)
    second = line("Answer email", x0=80, top=124, marker="•")
    box = (70, 95, 200, 140)
    text = "Walk the beat\ndowntown\nAnswer email"
    table = Table(box, [[Cell("Action", (70, 80, 200, 95))], [Cell(text, box)]])
    cell = with_drawn_bullets(table, [first, wrapped, second]).rows[1][0]
    assert cell is not None
    assert cell.text == "• Walk the beat\ndowntown\n• Answer email"


def test_layout_a_row_of_column_headers_reads_with_its_columns() -> None:
    """Two column headers level over their columns, more space under the header row than
    between the columns: each header still reads with its column, not the headers first."""
    from planparse.geometry import xy_cut

    header_a, header_b = (404.0, 145.0, 507.0, 157.0), (592.0, 145.0, 657.0, 157.0)
    column_a = [(404.0, 175.0 + 24 * i, 575.0, 195.0 + 24 * i) for i in range(6)]
    column_b = [(592.0, 175.0 + 24 * i, 760.0, 195.0 + 24 * i) for i in range(5)]
    boxes = [header_a, header_b, *column_a, *column_b]
    order = xy_cut(boxes, lambda box: box, lambda items: 7.0)
    assert order == [header_a, *column_a, header_b, *column_b]


def test_layout_bold_lines_beside_bold_lines_of_their_size_are_no_side_headings() -> None:
    """Columns of bold goal lines side by side share rows, each line level with one beside
    it: that is two columns of one kind, not headings in a margin beside their text, which
    is set unlike them (regular, or smaller)."""
    from builders import line

    from planparse.layout import side_headings

    left = [line(f"1.{n} Goal", bold=True, x0=29, top=204 + 33 * n) for n in range(3)]
    right = [line(f"2.{n} Goal", bold=True, x0=179, top=204 + 33 * n) for n in range(3)]
    right += [line("wrapped on", bold=True, x0=179, top=216 + 33 * n) for n in range(3)]
    assert not side_headings(left, right)
    text = [line("Text of the section", x0=179, top=204 + 33 * n) for n in range(3)]
    assert side_headings(left, text)


def test_layout_a_grid_ruled_around_labelled_columns_keeps_their_reading_order() -> None:
    """A form is read row by row, cell by cell; a grid whose cell holds a row label beside a
    column's text (two lines level and apart under one rule) is a layout's frame: its lines
    keep the order the columns gave them."""
    from builders import line

    from planparse.layout import read_forms_by_row
    from planparse.types import Cell, Table

    def grid() -> Table:
        left = Cell("", (20.0, 90.0, 300.0, 200.0))
        right = Cell("", (300.0, 90.0, 580.0, 200.0))
        return Table(bbox=(20.0, 90.0, 580.0, 200.0), rows=[[left, right]])

    label = line("GOAL", x0=30.0, top=100.0)
    first = line("Calm traffic", x0=130.0, top=100.0)
    second = line("Listen first", x0=330.0, top=100.0)
    under = line("CHAMPION", x0=30.0, top=150.0)
    columns = [label, under, first, second]
    assert read_forms_by_row(columns, [grid()]) == columns
    form = [line("Year", x0=30.0, top=100.0), line("2026", x0=330.0, top=100.0)]
    form.append(line("Total", x0=30.0, top=150.0))
    assert [x.text for x in read_forms_by_row(form, [grid()])] == ["Year", "Total", "2026"]
