"""blocks.build_blocks on synthetic PDFs: heading ranks, wrapping, items, labels, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import line
from synthetic import SyntheticPdf

from planparse.blocks import build_blocks, split_side_labels
from planparse.layout import lay_out
from planparse.pdf import read_pdf
from planparse.types import Block

BODY = (
    "The marina unit keeps a small boat on call through the summer months and shares its "
    "schedule with the harbour master so that rescues and patrols never overlap."
)


def blocks_of(path: Path) -> list[Block]:
    return build_blocks(lay_out(read_pdf(path)))


def summary(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in blocks]


@pytest.mark.parametrize(
    ("fonts", "sizes"),
    [
        (("Times-Bold", "Times-Bold", "Times-Bold"), (24, 17, 13.5)),
        (("Helvetica", "Helvetica", "Helvetica"), (21, 16, 13)),
        (("Courier-Bold", "Helvetica-Bold", "Times-Bold"), (19, 15, 12.5)),
    ],
)
def test_blocks_heading_levels_ranked_by_size(make_pdf, fonts, sizes):
    pdf = SyntheticPdf()
    page = pdf.page()
    y = 80.0
    # Printed smallest first on the first page, so rank cannot come from order.
    for name, font, size in zip(
        ["Minor", "Middle", "Major"], fonts[::-1], sizes[::-1], strict=True
    ):
        y = page.heading(f"{name} Heading", 72, y, font, size) + 6
        y = page.paragraph(BODY, 72, y, font="Times-Roman", size=10) + 10
    y = page.heading("Another Major Heading", 72, y, fonts[0], sizes[0]) + 6
    page.paragraph(BODY, 72, y, font="Times-Roman", size=10)
    blocks = blocks_of(make_pdf(pdf))

    headings = {b.text: b.level for b in blocks if b.kind == "heading"}
    assert headings == {
        "Minor Heading": 3,
        "Middle Heading": 2,
        "Major Heading": 1,
        "Another Major Heading": 1,
    }
    assert [b.kind for b in blocks].count("paragraph") == 4


@pytest.mark.parametrize(("font", "size"), [("Helvetica-Bold", 18), ("Times-Bold", 15)])
def test_blocks_wrapped_heading_is_one_block(make_pdf, font, size):
    title = "Strengthening Relationships With Neighbourhood Associations And Local Schools"
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading(title, 72, 90, font, size, width=300)
    page.paragraph(BODY, 72, y + 8, font="Times-Roman", size=10.5)
    blocks = blocks_of(make_pdf(pdf))

    assert len(blocks[0].lines) >= 2
    assert summary(blocks) == [("heading", title), ("paragraph", BODY)]


@pytest.mark.parametrize("glyph", ["•", None])
def test_blocks_wrapped_bullet_item_is_one_item(make_pdf, glyph):
    first = (
        "Expand the cadet programme to every high school in the district and report the "
        "number of cadets who later apply to the academy"
    )
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading("Recruitment", 60, 90, "Helvetica-Bold", 14)
    page.bullets(
        [first, "Hold two open days"],
        70,
        y + 6,
        width=260,
        glyph=glyph,
        font="Helvetica",
        size=9.5,
        indent=12,
    )
    blocks = blocks_of(make_pdf(pdf))

    assert summary(blocks) == [
        ("heading", "Recruitment"),
        ("item", first),
        ("item", "Hold two open days"),
    ]
    assert len(blocks[1].lines) >= 3


def test_blocks_wrapped_bullet_without_hanging_indent_is_one_item(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    page.heading("Schools", 72, 90, "Helvetica-Bold", 14)
    page.text("•", 80, 120, "Times-Roman", 11)
    page.text("Visit every middle school twice a year with the school", 92, 120, "Times-Roman", 11)
    page.text("resource officer and a member of the youth council", 80, 133.2, "Times-Roman", 11)
    blocks = blocks_of(make_pdf(pdf))

    assert summary(blocks) == [
        ("heading", "Schools"),
        (
            "item",
            "Visit every middle school twice a year with the school resource officer and a "
            "member of the youth council",
        ),
    ]


@pytest.mark.parametrize(("size", "leading"), [(10.0, 12.0), (11.5, 15.0)])
def test_blocks_paragraphs_split_at_larger_gap(make_pdf, size, leading):
    second = (
        "Volunteers answer the front desk telephone on weekends, which frees sworn staff "
        "for calls in the field and shortens the wait at the counter."
    )
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.paragraph(BODY, 72, 100, width=250, font="Times-Roman", size=size, leading=leading)
    page.paragraph(
        second, 72, y + 0.8 * leading, width=250, font="Times-Roman", size=size, leading=leading
    )
    blocks = blocks_of(make_pdf(pdf))

    assert summary(blocks) == [("paragraph", BODY), ("paragraph", second)]


@pytest.mark.parametrize(
    ("label", "value"),
    [("Responsible Manager:", "Captain of Support Services"), ("Status:", "In progress")],
)
def test_blocks_run_in_bold_label_is_label_block(make_pdf, label, value):
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading("Objective 2.4", 72, 90, "Times-Bold", 16)
    y = page.paragraph(BODY, 72, y + 6, font="Times-Roman", size=10.5)
    page.key_value(label, value, 72, y + 8, font="Times-Roman", bold_font="Times-Bold", size=10.5)
    blocks = blocks_of(make_pdf(pdf))

    assert [b.kind for b in blocks] == ["heading", "paragraph", "label"]
    assert (blocks[2].label, blocks[2].text) == (label.rstrip(":"), value)


def test_blocks_numbered_items_take_their_number(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading("Focus: Safer Roads", 72, 90, "Helvetica-Bold", 15)
    page.numbered(
        [
            ("1.1", "Add speed signs near the two elementary schools"),
            ("1.2", "Run a motorcycle safety course each spring"),
            ("1.10", "Publish collision maps online"),
        ],
        72,
        y + 6,
        font="Times-Roman",
        size=10,
    )
    blocks = blocks_of(make_pdf(pdf))

    assert [(b.kind, b.number, b.text) for b in blocks[1:]] == [
        ("item", "1.1", "Add speed signs near the two elementary schools"),
        ("item", "1.2", "Run a motorcycle safety course each spring"),
        ("item", "1.10", "Publish collision maps online"),
    ]


def test_blocks_line_end_hyphen_joins_without_space(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    page.text("The unit will form a multi-", 72, 100, "Times-Roman", 11)
    page.text("disciplinary team with county social workers.", 72, 113.2, "Times-Roman", 11)
    blocks = blocks_of(make_pdf(pdf))

    assert summary(blocks) == [
        ("paragraph", "The unit will form a multi-disciplinary team with county social workers.")
    ]


def blocks_of_lines(*lines: object) -> list[Block]:
    from planparse.types import PageLayout

    return build_blocks([PageLayout(1, 612, 792, list(lines), [])])  # type: ignore[arg-type]


def test_blocks_item_runs_on_in_the_smaller_type_of_its_fields() -> None:
    """'1.1.1 Hold coffee events. — Champion:' wraps its field values in smaller type aligned
    with the item's text: one item. A smaller line after a finished sentence stays apart."""
    from builders import line

    numbered = line("1.1.1", x0=78, top=100)
    numbered.words.extend(
        line("Hold coffee events each quarter. — Champion:", x0=118, top=100).words
    )
    numbered.refresh()
    wrapped = line("Community Relations Manager, Completion: 2028", size=8.5, x0=118, top=112)
    body = [line(f"Body text line {n} of the page.", x0=78, top=300 + 12 * n) for n in range(6)]
    (item, *_) = blocks_of_lines(numbered, wrapped, *body)
    assert item.kind == "item"
    assert item.text.endswith("Champion: Community Relations Manager, Completion: 2028")
    done = line("1.1.2", x0=78, top=100)
    done.words.extend(line("Hold coffee events each quarter.", x0=118, top=100).words)
    done.refresh()
    note = line("Photo: the spring session.", size=8.5, x0=118, top=112)
    first, second, *_ = blocks_of_lines(done, note, *body)
    assert first.text == "Hold coffee events each quarter."
    assert second.text == "Photo: the spring session."


def test_blocks_one_regular_word_among_bold_ones_is_no_run_in_head() -> None:
    from builders import line

    from planparse.types import Line

    bold, regular = line("A. Open", bold=True), line("a", x0=120)
    rest = line("real-time crime center", bold=True, x0=130)
    heading = Line(1, [*bold.words, *regular.words, *rest.words])
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    (block, *_) = blocks_of_lines(heading, *body)
    assert block.text == "A. Open a real-time crime center"


def test_blocks_run_on_dash_list_is_one_item_per_dash() -> None:
    """'—Attend events. —Build a program.' set as one paragraph is two items; a dash inside a
    sentence ('a — b') starts none."""
    from builders import line

    first = line("—Attend at least 3 recruiting events each year. —Build a mentoring", top=100)
    second = line("program for every new hire. —Launch a cadet program — with schools.", top=112)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    items = [b for b in blocks_of_lines(first, second, *body) if b.kind == "item"]
    assert [b.text for b in items] == [
        "Attend at least 3 recruiting events each year.",
        "Build a mentoring program for every new hire.",
        "Launch a cadet program — with schools.",
    ]


def test_blocks_bold_title_wraps_onto_a_line_that_ends_with_a_full_stop() -> None:
    from builders import line

    title = line("2 Use data to guide", bold=True, top=100)
    rest = line("deployment.", bold=True, top=112)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    (heading, *_) = blocks_of_lines(title, rest, *body)
    assert (heading.kind, heading.text) == ("heading", "2 Use data to guide deployment.")


def test_blocks_item_fields_in_a_smaller_parenthetical_beside_or_under_it() -> None:
    """'(Assigned To: Peer Support; Timeline: 2027)' set in smaller type right of the item's
    last line, wrapping onto the next, is part of the item."""
    from builders import line

    first = line("Grow the explorer post to", size=10.5, x0=332, top=134)
    last = line("twenty members", size=10.5, x0=332, top=149)
    opening = line("(Assigned To: Peer Support;", size=8.6, x0=420, top=150)
    closing = line("Timeline: February 2027)", size=8.6, x0=332, top=164)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    (item, *_) = blocks_of_lines(first.__class__(1, first.words, marker="•", marker_x0=320),
                                 last, opening, closing, *body)  # fmt: skip
    assert item.kind == "item"
    assert item.text.endswith("(Assigned To: Peer Support; Timeline: February 2027)")


def test_blocks_bracketed_numbers_under_a_lead_in_are_items() -> None:
    """A manual's list numbered '(1)', '(2)' under its lead-in sentence is one item per
    number, each keeping its number; the sentence after the list is a paragraph again."""
    from builders import line

    lead_in = line("The unit shall track the following:", x0=72, top=100)
    listed = [line(f"({n}) Indicator number {n};", x0=104, top=100 + 14 * n) for n in (1, 2)]
    after = line("The captain shall review the thresholds.", x0=72, top=142)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(lead_in, *listed, after, *body)
    assert [(b.kind, b.number, b.text) for b in blocks[:4]] == [
        ("paragraph", None, "The unit shall track the following:"),
        ("item", "1", "Indicator number 1;"),
        ("item", "2", "Indicator number 2;"),
        ("paragraph", None, "The captain shall review the thresholds."),
    ]


def test_blocks_dash_items_set_apart_or_run_in_are_one_list() -> None:
    """A list whose dashes are run into some items ('—Provide') and set apart from others
    ('— Create', the dash a marker): a run-in dash at the marker's edge opens the next item
    instead of wrapping the one above, and a lone run-in dash paragraph beside the list's
    items is an item of it; a dash paragraph far from any list stays a paragraph."""
    from builders import line

    from planparse.types import Line

    def run_in(text: str, top: float) -> Line:
        return line(f"—{text}", x0=55, top=top)

    apart = line("Create a supervisor academy for", x0=66, top=100, marker="—")
    apart.marker_x0 = 55
    lines = [
        apart,
        line("newly promoted sergeants.", x0=66, top=112),
        run_in("Provide training to every", 124),
        line("sworn member.", x0=66, top=136),
    ]
    body = [line(f"Body text line {n} of the page.", x0=55, top=300 + 12 * n) for n in range(6)]
    far = line("—A dash remark set on its own.", x0=55, top=500)
    blocks = blocks_of_lines(*lines, *body, far)
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        ("item", "Create a supervisor academy for newly promoted sergeants."),
        ("item", "Provide training to every sworn member."),
    ]
    assert (blocks[-1].kind, blocks[-1].text) == ("paragraph", "—A dash remark set on its own.")


def test_blocks_side_headings_read_as_one_column_get_their_text_back() -> None:
    """Headings in a left margin, each with its 'Lead:' line, read one after another before
    the text column beside them: each item goes back under the heading level with or above
    it. Headings with text under them (not beside), and a cover's title lines in several types
    beside a column of its own (with a heading), keep their order."""
    from builders import line

    side = [line("Use data to guide deployment", size=12, bold=True, x0=54, top=100),
            line("Lead: Crime Center", size=9, x0=54, top=116),
            line("Strengthen cybersecurity", size=12, bold=True, x0=54, top=190),
            line("Lead: IT Division", size=9, x0=54, top=206)]  # fmt: skip
    beside = [line(text, x0=260, top=top, marker="•") for text, top in
              [("Integrate plate reader alerts.", 100), ("Replace the records system.", 130),
               ("Build an open data portal.", 190), ("Audit every network.", 220)]]  # fmt: skip
    body = [line(f"Body text line {n} of the page.", x0=54, top=400 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(*side, *beside, *body)
    assert [b.text for b in blocks[:8]] == [
        "Use data to guide deployment", "Lead: Crime Center",
        "Integrate plate reader alerts.", "Replace the records system.",
        "Strengthen cybersecurity", "Lead: IT Division",
        "Build an open data portal.", "Audit every network.",
    ]  # fmt: skip
    after = [line("Use data to guide deployment", size=12, bold=True, x0=54, top=100),
             line("Strengthen cybersecurity", size=12, bold=True, x0=54, top=150),
             line("Build an open data portal.", x0=260, top=190, marker="•")]  # fmt: skip
    assert [b.text for b in blocks_of_lines(*after, *body)[:3]] == [
        "Use data to guide deployment", "Strengthen cybersecurity", "Build an open data portal."
    ]  # fmt: skip
    cover = [line("Harbor Police Department", size=20, bold=True, x0=54, top=100),
             line("STRATEGIC PLAN", size=40, bold=True, x0=54, top=140),
             line("Areas of focus", size=12, bold=True, x0=400, top=100),
             line("Community trust", x0=400, top=120, marker="•")]  # fmt: skip
    assert [b.text for b in blocks_of_lines(*cover, *body)[:4]] == [
        "Harbor Police Department", "STRATEGIC PLAN", "Areas of focus", "Community trust"
    ]  # fmt: skip


def test_blocks_fields_on_one_row_read_apart_are_put_back_together() -> None:
    """'Responsible: X' and 'Complete By: Y' printed on one row under an item, the second read
    after the next item: it goes back after the first. A card's field beside another card
    (its own title read between) stays where it was read."""
    from builders import line

    from planparse.types import Line

    def field(key: str, value: str, x0: float, top: float) -> Line:
        found = line(key, bold=True, x0=x0, top=top, size=9)
        found.words.extend(line(value, x0=found.x1 + 4, top=top, size=9).words)
        found.refresh()
        return found

    first = line("1. Expand the peer support team.", x0=90, top=100)
    responsible = field("Responsible:", "Peer Support Team", 112, 114)
    second = line("2. Open a fitness room.", x0=90, top=128)
    due = field("Complete By:", "January 2027", 396, 114)
    body = [line(f"Body text line {n} of the page.", x0=90, top=300 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(first, responsible, second, due, *body)
    assert [b.text for b in blocks[:4]] == [
        "Expand the peer support team.", "Peer Support Team", "January 2027", "Open a fitness room."
    ]  # fmt: skip
    cards = [line("Safer Streets", size=14, bold=True, x0=60, top=100),
             field("Lead:", "Patrol Bureau", 60, 120),
             line("Trusted Police", size=14, bold=True, x0=320, top=100),
             field("Lead:", "Community Unit", 320, 120)]  # fmt: skip
    assert [b.text for b in blocks_of_lines(*cards, *body)[:4]] == [
        "Safer Streets", "Patrol Bureau", "Trusted Police", "Community Unit"
    ]  # fmt: skip


def test_blocks_an_open_parenthesis_carries_an_item_over_the_page_turn() -> None:
    """'... a week. (Responsible: Support' at the foot of a page, 'Services Bureau; Timeline:
    2027)' at the head of the next: one item; a finished item stays apart from the next page."""
    from builders import line

    from planparse.types import PageLayout

    first = line("Staff the crime center all week. (Responsible: Support", x0=126, top=700)
    turned = line("Services Bureau; Timeline: 2027)", x0=126, top=80, page=2)
    done = line("Open the center. (Responsible: RTCC)", x0=126, top=720, page=3)
    after = line("Timeline: 2028 for the second phase.", x0=126, top=96, page=4)
    first.marker = done.marker = "•"
    first.marker_x0 = done.marker_x0 = 112.0
    pages = [
        PageLayout(n, 612, 792, [found], [])
        for n, found in enumerate([first, turned, done, after], 1)
    ]
    blocks = build_blocks(pages)
    assert [b.text for b in blocks] == [
        "Staff the crime center all week. (Responsible: Support Services Bureau; Timeline: 2027)",
        "Open the center. (Responsible: RTCC)",
        "Timeline: 2028 for the second phase.",
    ]


def test_blocks_side_labels_each_head_the_text_level_with_them() -> None:
    """Labels in a left column run together, and so do their statements beside them; each
    label heads the text from its row to the next label's."""
    mission = Block(kind="heading", lines=[line("Mission", bold=True, x0=54.0, top=145.0)])
    statements = Block(
        kind="paragraph",
        lines=[
            line("The department protects life and property", x0=111.0, top=145.0),
            line("with the people it serves.", x0=111.0, top=157.0),
            line("A safe city where every resident trusts the police.", x0=111.0, top=173.0),
            line("Trust, Service, Courage", x0=111.0, top=188.0),
        ],
    )
    labels = Block(
        kind="heading",
        lines=[
            line("Vision", bold=True, x0=54.0, top=173.0),
            line("Values", bold=True, x0=54.0, top=188.0),
        ],
    )
    blocks = split_side_labels([mission, statements, labels])
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Mission"),
        ("paragraph", "The department protects life and property with the people it serves."),
        ("heading", "Vision"),
        ("paragraph", "A safe city where every resident trusts the police."),
        ("heading", "Values"),
        ("paragraph", "Trust, Service, Courage"),
    ]


def test_blocks_a_wrapped_heading_beside_one_paragraph_stays_whole() -> None:
    """A heading of two lines is one label when its second line has no text level with it."""
    heading = Block(
        kind="heading",
        lines=[
            line("Our Long", bold=True, x0=54.0, top=145.0),
            line("Heading", bold=True, x0=54.0, top=157.0),
        ],
    )
    text = Block(kind="paragraph", lines=[line("One line of text.", x0=111.0, top=145.0)])
    assert split_side_labels([heading, text]) == [heading, text]


def test_blocks_a_rule_between_two_bold_lines_ends_the_heading() -> None:
    """A ruled worksheet's goal row ('Objective 1.1: Expand peer support') over a label row
    ('Why It Matters') in the same bold type: the rule between the rows parts them. The same
    two lines with no ruled box around them read as one wrapped heading."""
    from planparse.types import Cell, PageLayout, Table

    goal = line("Objective 1.1: Expand peer support", bold=True, x0=60, top=100)
    why = line("Why It Matters", bold=True, x0=60, top=114)
    body = [line(f"Body text line {n} of the page.", x0=60, top=300 + 12 * n) for n in range(6)]
    grid = Table(
        (54, 96, 550, 140),
        [[Cell("Objective 1.1: Expand peer support", (54, 96, 550, 112)), None],
         [Cell("Why It Matters", (54, 112, 170, 140)), Cell("", (170, 112, 550, 140))]],
    )  # fmt: skip
    ruled = build_blocks([PageLayout(1, 612, 792, [goal, why, *body], [], forms=[grid])])
    assert [b.text for b in ruled[:2]] == ["Objective 1.1: Expand peer support", "Why It Matters"]
    assert blocks_of_lines(goal, why, *body)[0].text == (
        "Objective 1.1: Expand peer support Why It Matters"
    )


def test_blocks_a_heading_wraps_only_onto_a_line_set_in_line_with_it() -> None:
    """A bold line under a bold title continues it when flush left, centred or flush right
    with it; a bold label further left (a worksheet's next row, read by rows) starts anew."""
    body = [line(f"Body text line {n} of the page.", x0=72, top=400 + 12 * n) for n in range(6)]
    title = line("Lower property crime in high-burglary", bold=True, x0=157, top=100)
    for x0 in (157.0, 207.0):  # flush left; centred under the longer first line
        wrap = line("areas of the city", bold=True, x0=x0, top=113)
        (heading, *_) = blocks_of_lines(title, wrap, *body)
        assert heading.text == "Lower property crime in high-burglary areas of the city"
    label = line("Action Steps", bold=True, x0=58, top=113)
    (heading, *_) = blocks_of_lines(title, label, *body)
    assert heading.text == "Lower property crime in high-burglary"
    numbered = line("Objective 1.1 Strengthen relationships", bold=True, x0=50, top=100)
    hanging = line("with residents", bold=True, x0=numbered.words[2].x0, top=113)
    (heading, *_) = blocks_of_lines(numbered, hanging, *body)  # under the title, not the number
    assert heading.text == "Objective 1.1 Strengthen relationships with residents"


def test_blocks_a_bold_item_wraps_where_its_line_was_full() -> None:
    """'3. Improve communication with diverse' ran to the column's edge: the bold word under
    it, flush with its text, could not have fitted and is its wrap. Under a short bold item
    the same line would have fitted above: it starts a block of its own."""
    reach = line("a. Report complaint outcomes to the civilian", x0=326.0, top=340.0)
    full = line("3. Improve communication with diverse", bold=True, x0=310.0, top=300.0)
    wrap = line("communities", bold=True, x0=full.words[1].x0, top=312.0)
    assert [b.text for b in blocks_of_lines(full, wrap, reach)] == [
        "Improve communication with diverse communities",
        "Report complaint outcomes to the civilian",
    ]
    short = line("2. Strengthen security", bold=True, x0=310.0, top=300.0)
    under = line("communities", bold=True, x0=short.words[1].x0, top=312.0)
    assert len(blocks_of_lines(short, under, reach)) == 3


def test_blocks_a_line_underlined_with_a_typed_rule_is_a_heading() -> None:
    """Plain text underlines a heading with '=' or '-' as long as it: the rule goes and the
    line is a heading; a separator wider than the line above it is no underline."""
    from builders import line

    title = line("MISSION", top=100)
    rule = line("-------", top=112)
    text = line("We serve every resident.", top=124)
    separator = line("-" * 30, top=148)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(title, rule, text, separator, *body)
    assert summary(blocks[:3]) == [
        ("heading", "MISSION"),
        ("paragraph", "We serve every resident."),
        ("paragraph", "-" * 30),
    ]


def test_blocks_a_heading_number_before_a_title_in_capitals_is_a_heading() -> None:
    """In one type style, 'A. TAKE CARE OF OUR TEAM' is a heading; the same number before a
    sentence, or an item's '1.' before capitals, is not."""
    from builders import line

    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    capitals = line("A. TAKE CARE OF OUR TEAM", top=100)
    sentence = line("B. Take care of our team.", top=130)
    numbered = line("1. EMPLOYEE WELLNESS", top=160)
    blocks = blocks_of_lines(capitals, sentence, numbered, *body)
    assert [b.kind for b in blocks[:3]] == ["heading", "paragraph", "item"]


def test_blocks_field_lines_typed_under_an_item_are_fields_of_their_own() -> None:
    """'Lead: X' on the line under an item, at its text, and a dot-leader 'Due ..... Y' under
    that are one block each; a key wrapped over two lines ('Target' / 'Completion: Q2 2029')
    stays one field line."""
    from builders import line

    numbered = line("1.1 Improve case clearance rates", x0=72, top=100)
    lead = line("Owner ......... Patrol Unit", x0=92, top=112)
    due = line("Due ........... 2026", x0=92, top=124)
    wrapped = line("Responsible: Records Unit, Training Division Target", x0=92, top=150)
    rest = line("Completion: Q2 2029", x0=92, top=162)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(numbered, lead, due, wrapped, rest, *body)
    assert [b.text for b in blocks[:4]] == [
        "Improve case clearance rates",
        "Owner ......... Patrol Unit",
        "Due ........... 2026",
        "Responsible: Records Unit, Training Division Target Completion: Q2 2029",
    ]


def test_blocks_a_bracketed_numeral_that_goes_on_with_the_list_opens_an_item() -> None:
    """'(ii)' opens no item alone (it may run inside a sentence), but after the '(i)' item and
    its field line it is the list's next item, number apart from its text."""
    from builders import line

    first = line("(i) Post jobs at every college.", top=100)
    field = line("Target Date: 06/30/2026", top=112)
    second = line("(ii) Interview every applicant.", top=124)
    alone = line("(iv) of the state code applies.", top=160)
    body = [line(f"Body text line {n} of the page.", top=300 + 12 * n) for n in range(6)]
    blocks = blocks_of_lines(first, field, second, *body)
    assert [(b.kind, b.number, b.text) for b in blocks[:3]] == [
        ("item", "i", "Post jobs at every college."),
        ("paragraph", None, "Target Date: 06/30/2026"),
        ("item", "ii", "Interview every applicant."),
    ]
    (lone, *_) = blocks_of_lines(alone, *body)
    assert (lone.kind, lone.number) == ("paragraph", None)


def test_blocks_a_bold_item_wraps_flush_with_its_number_where_its_line_was_full() -> None:
    """'1.1 Hire officers who reflect the' ran to the column's edge and wraps flush with its
    run-in number (no hanging indent): 'community' is its wrap, not a heading. Under a short
    numbered item the same word would have fitted above; a numbered line at that edge is the
    next item."""
    reach = line("Build a mentoring program for every", x0=40.0, top=340.0)
    full = line("1.1 Hire officers who reflect the", bold=True, x0=33.0, top=300.0)
    wrap = line("community", bold=True, x0=33.0, top=312.0)
    assert [b.text for b in blocks_of_lines(full, wrap, reach)] == [
        "Hire officers who reflect the community",
        "Build a mentoring program for every",
    ]
    short = line("1.2 Create clear paths", bold=True, x0=33.0, top=300.0)
    assert len(blocks_of_lines(short, wrap, reach)) == 3
    after = line("1.2 Grow the cadet program", bold=True, x0=33.0, top=312.0)
    assert [b.number for b in blocks_of_lines(full, after, reach)][:2] == ["1.1", "1.2"]


def test_blocks_a_column_is_as_wide_as_its_lines_not_a_band_across_the_page() -> None:
    """On a matrix page a mission band runs across all the columns above them: the bold item
    '1.1 Hire officers who reflect the' still ran to the edge of its own column (whose next
    column's text is printed beside it), so 'community' under it is its wrap."""
    band = line(
        "The department protects life and property with the people of the city", x0=40.0, top=60.0
    )
    full = line("1.1 Hire officers who reflect the", bold=True, x0=33.0, top=300.0)
    beside = line("2.1 Modernize records", bold=True, x0=230.0, top=300.0)
    wrap = line("community", bold=True, x0=33.0, top=312.0)
    reach = line("Build a mentoring program for every", x0=40.0, top=340.0)
    texts = [b.text for b in blocks_of_lines(band, full, wrap, reach, beside)]
    assert "Hire officers who reflect the community" in texts


def test_blocks_row_labels_of_a_matrix_go_before_each_columns_part_of_their_row() -> None:
    """A matrix with its rows labelled at the left ('GOAL', 'LEAD') under two column headers,
    read labels first: each column reads down under its header, each label before the
    column's part of its row."""
    labels = [line("GOAL", bold=True, size=9, x0=28, top=172),
              line("LEAD", bold=True, size=9, x0=28, top=240)]  # fmt: skip
    headers = [line("Safe Streets", bold=True, size=12, x0=128, top=145),
               line("Trusted Police", bold=True, size=12, x0=344, top=145)]  # fmt: skip
    left = [line("Calm traffic", bold=True, x0=128, top=173),
            line("Traffic Unit", x0=128, top=240)]  # fmt: skip
    right = [line("Publish data", bold=True, x0=344, top=173),
             line("Records Unit", x0=344, top=240)]  # fmt: skip
    blocks = blocks_of_lines(*labels, *headers, *left, *right)
    assert [b.text for b in blocks] == [
        "Safe Streets", "GOAL", "Calm traffic", "LEAD", "Traffic Unit",
        "Trusted Police", "GOAL", "Publish data", "LEAD", "Records Unit",
    ]  # fmt: skip


def test_blocks_row_labels_of_a_matrix_under_kickers_and_centred_titles_read_by_column() -> None:
    """Column headers of a drawn number over a centred title, read across the page (the
    numbers, then the titles' lines interleaved from column to column): each column still
    reads down under its own number and whole title, its text starting left of the centred
    title, each row's label before the column's part of the row."""
    labels = [line("GOAL", bold=True, size=9, x0=28, top=231),
              line("LEAD", bold=True, size=9, x0=28, top=300)]  # fmt: skip
    numbers = [line("1", bold=True, size=13, x0=190, top=150),
               line("2", bold=True, size=13, x0=350, top=150)]  # fmt: skip
    titles = [line("Safe City", bold=True, size=12, x0=165, top=172),
              line("Trusted Police", bold=True, size=12, x0=318, top=172),
              line("Streets", bold=True, size=12, x0=172, top=186)]  # fmt: skip
    left = [line("Calm traffic", bold=True, x0=128, top=231),
            line("Traffic Unit", x0=128, top=300)]  # fmt: skip
    right = [line("Publish data", bold=True, x0=290, top=231),
             line("Records Unit", x0=290, top=300)]  # fmt: skip
    blocks = blocks_of_lines(*labels, *numbers, *titles, *left, *right)
    assert [b.text for b in blocks] == [
        "1", "Safe City Streets", "GOAL", "Calm traffic", "LEAD", "Traffic Unit",
        "2", "Trusted Police", "GOAL", "Publish data", "LEAD", "Records Unit",
    ]  # fmt: skip


def test_blocks_a_columns_edge_is_set_by_its_own_lines_near_the_next_column() -> None:
    """'1.3 Strengthen relationships' ran to its column's edge (the longest line in the
    column, '1.2 Build trust through shared'), so 'with residents' is its wrap. The next
    column ended a line above it, and a half-width mission band above and a values strip
    far below both start within the column's span: none of them is the column's width."""
    band = line("build safe and welcoming neighborhoods.", x0=96.0, top=113.0)
    full = line("1.2 Build trust through shared", bold=True, x0=30.0, top=236.0)
    short = line("1.3 Strengthen relationships", bold=True, x0=30.0, top=269.0)
    wrap = line("with residents", bold=True, x0=30.0, top=281.0)
    beside = line("2.3 Build a culture", bold=True, x0=200.0, top=255.0)
    values = line("Professionalism", bold=True, x0=120.0, top=559.0)
    texts = [b.text for b in blocks_of_lines(band, full, short, wrap, beside, values)]
    assert "Strengthen relationships with residents" in texts
