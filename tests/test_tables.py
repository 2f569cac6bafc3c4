"""Action-plan tables on synthetic PDFs: column sets and orders, ruled and unruled, and a
table that runs across pages; plus the glossary and targets read from the LAPD sample."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from parsed import sample
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import planparse
from planparse.glossary import find_glossary
from planparse.targets import find_targets

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8)
SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6)
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.5)
INTRO = "This plan sets out what the department will do over the next three years and who leads it."


def table(rows: list[list[str]], ruled: bool, widths: list[float]) -> Table:
    cells = [[Paragraph(text, CELL) for text in row] for row in rows]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
    return Table(cells, colWidths=widths, repeatRows=1, style=TableStyle(style))


def build(path: Path, sections: list[tuple[str, list[tuple[str, Table]]]]) -> Path:
    story: list = [Paragraph(INTRO, BODY)]
    for pillar, goals in sections:
        story.append(Paragraph(pillar, HEAD))
        story.append(Paragraph(INTRO, BODY))
        for goal, grid in goals:
            story += [Paragraph(goal, SUB), grid, Spacer(1, 14)]
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


def summary(plan: planparse.Plan) -> list[tuple[str, list[tuple[str, list[str], list]]]]:
    return [
        (
            goal.title,
            [
                (a.text, a.leads, [(m.period, m.text, m.lead) for m in a.milestones])
                for a in goal.activities
            ],
        )
        for pillar in plan.pillars
        for goal in pillar.goals
    ]


def test_tables_ruled_action_steps_with_target_dates(tmp_path: Path) -> None:
    header = ["Action Steps", "Responsible", "Target Date", "Status"]
    first = table(
        [
            header,
            ["1. Recruit ten school crossing guards", "Traffic Unit", "FY26", "In progress"],
            ["2. Install speed feedback signs near schools", "Public Works", "Q3 2026", "Planned"],
            ["", "Traffic Unit", "Annually", ""],
        ],
        ruled=True,
        widths=[200, 110, 80, 80],
    )
    second = table(
        [header, ["1. Publish monthly collision maps", "Crime Analysis", "2027", "Ongoing"]],
        ruled=True,
        widths=[200, 110, 80, 80],
    )
    path = build(
        tmp_path / "ruled.pdf",
        [
            ("Focus Area 1: Safer Streets", [("Strategy A: Calm school zones", first)]),
            ("Focus Area 2: Open Data", [("Strategy A: Share crash data", second)]),
        ],
    )
    plan = planparse.parse(path)

    assert [p.title for p in plan.pillars] == ["Safer Streets", "Open Data"]
    assert summary(plan) == [
        (
            "Calm school zones",
            [
                (
                    "Recruit ten school crossing guards",
                    ["Traffic Unit"],
                    [("2026", "FY26", "Traffic Unit")],
                ),
                (
                    "Install speed feedback signs near schools",
                    ["Public Works", "Traffic Unit"],
                    [("2026", "Q3 2026", "Public Works"), (None, "Annually", "Traffic Unit")],
                ),
            ],
        ),
        (
            "Share crash data",
            [
                (
                    "Publish monthly collision maps",
                    ["Crime Analysis"],
                    [("2027", "2027", "Crime Analysis")],
                )
            ],
        ),
    ]
    assert [a.number for a in plan.pillars[0].goals[0].activities] == ["1", "2"]
    # rows disagree on status in the first goal; the second goal's one row gives its status
    assert [g.status for p in plan.pillars for g in p.goals] == [None, "Ongoing"]


def test_tables_unruled_year_columns_with_bullets(tmp_path: Path) -> None:
    grid = table(
        [
            ["Strategy", "Year 1 (2025)", "Year 2 (2026)", "Responsible"],
            [
                "Expand the cadet program",
                "• Enroll 20 cadets",
                "• Enroll 30 cadets",
                "Training Bureau",
            ],
            ["Open a wellness room", "• Choose a site", "• Open the room", "Peer Support"],
        ],
        ruled=False,
        widths=[160, 120, 120, 100],
    )
    other = table(
        [
            ["Strategy", "Year 1 (2025)", "Year 2 (2026)", "Responsible"],
            ["Hire two analysts", "• Post the jobs", "• Train the analysts", "Crime Analysis"],
        ],
        ruled=False,
        widths=[160, 120, 120, 100],
    )
    path = build(
        tmp_path / "unruled.pdf",
        [
            ("Priority 1: People", [("Objective A: Grow the workforce", grid)]),
            ("Priority 2: Data", [("Objective A: Build analysis capacity", other)]),
        ],
    )
    plan = planparse.parse(path)

    activities = summary(plan)[0][1]
    assert activities == [
        (
            "Expand the cadet program",
            ["Training Bureau"],
            [
                ("2025", "Enroll 20 cadets", "Training Bureau"),
                ("2026", "Enroll 30 cadets", "Training Bureau"),
            ],
        ),
        (
            "Open a wellness room",
            ["Peer Support"],
            [("2025", "Choose a site", "Peer Support"), ("2026", "Open the room", "Peer Support")],
        ),
    ]


def test_tables_across_pages_merge_into_one_goal(tmp_path: Path) -> None:
    rows = [["Task", "Owner", "Timeline", "Measure"]]
    rows += [
        [f"{n}. Train patrol squad {n} in crisis response", f"Squad {n}", "2026", "Hours"]
        for n in range(1, 31)
    ]
    long_table = table(rows, ruled=True, widths=[220, 90, 70, 70])
    short = table([rows[0], rows[1]], ruled=True, widths=[220, 90, 70, 70])
    path = build(
        tmp_path / "spanning.pdf",
        [
            ("Goal 1: Crisis Response", [("Initiative A: Train every squad", long_table)]),
            ("Goal 2: Follow-up", [("Initiative A: Review the training", short)]),
        ],
    )
    plan = planparse.parse(path)

    pages = {a.source.page for a in plan.pillars[0].goals[0].activities if a.source}
    assert len(pages) >= 2, "the test table must run onto a second page"
    (goal,) = plan.pillars[0].goals
    assert [a.number for a in goal.activities] == [str(n) for n in range(1, 31)]
    assert goal.activities[29].leads == ["Squad 30"]
    assert goal.activities[29].milestones[0].period == "2026"


def test_tables_non_plan_ruled_box_stays_text(tmp_path: Path) -> None:
    contacts = table(
        [["Name", "Phone"], ["Front desk", "555 0100"], ["Records", "555 0101"]],
        ruled=True,
        widths=[150, 150],
    )
    path = build(tmp_path / "contacts.pdf", [("Goal 1: Contacts", [("Goal 2: Phones", contacts)])])
    from planparse.blocks import build_blocks
    from planparse.layout import lay_out
    from planparse.pdf import read_pdf

    texts = " ".join(b.text for b in build_blocks(lay_out(read_pdf(path))))
    assert "Front desk" in texts


STATISTICS = [
    ["Year", "Burglaries", "Robberies", "Assaults"],
    ["2021", "1,204", "332", "918"],
    ["2022", "1,150", "301", "877"],
]


def statistics_page(path: Path, logo: bool = False) -> Path:
    """A page whose only text is a ruled statistics table (no role header: not a plan table),
    with a small logo image above it when ``logo``."""
    canvas = Canvas(str(path), pagesize=letter)
    if logo:
        buffer = io.BytesIO()
        Image.new("RGB", (16, 16), "navy").save(buffer, "PNG")
        buffer.seek(0)
        canvas.drawImage(ImageReader(buffer), 500, 720, 24, 24)
    canvas.setFont("Helvetica", 10)
    for r, row in enumerate(STATISTICS):
        for c, text in enumerate(row):
            canvas.rect(72 + 110 * c, 600 - 24 * r, 110, 24)
            canvas.drawString(76 + 110 * c, 608 - 24 * r, text)
    canvas.showPage()
    canvas.save()
    return path


def test_tables_non_plan_ruled_table_text_flows_row_by_row(tmp_path: Path) -> None:
    from planparse.blocks import build_blocks
    from planparse.layout import lay_out
    from planparse.pdf import read_pdf

    (page,) = lay_out(read_pdf(statistics_page(tmp_path / "statistics.pdf")))
    assert page.tables == []  # not read as an action-plan table ...
    assert len(page.forms) == 1  # ... but kept apart as another ruled table
    texts = " ".join(block.text for block in build_blocks([page]))
    assert texts == " ".join(" ".join(row) for row in STATISTICS)


def test_tables_small_image_beside_a_table_is_not_a_scan(tmp_path: Path) -> None:
    plan = planparse.parse(statistics_page(tmp_path / "statistics.pdf", logo=True))
    assert plan.kind == "unknown"
    assert any("not recognised as a plan" in warning for warning in plan.warnings)


def lapd() -> planparse.Plan:
    return sample("lapd-2023-2025")


def test_tables_lapd_glossary_holds_defined_acronyms() -> None:
    glossary = lapd().glossary
    assert glossary["CSP"] == "Community Safety Partnership"
    assert glossary["LACMTA"] == "Los Angeles County Metropolitan Transportation Authority"
    assert glossary["GRYD"] == "Gang Reduction and Youth Development"
    assert "CST" not in glossary  # printed after words that do not spell it
    assert lapd().expand("OSO") == "OSO"  # an undefined lead code stays as printed
    assert lapd().expand("CSP") == "Community Safety Partnership"


def test_tables_lapd_targets_on_milestones() -> None:
    milestones = [
        m
        for p in lapd().pillars
        for g in p.goals
        for a in g.activities
        for m in a.milestones
        if m.text.startswith("Reduce Part-1 Crime")
    ]
    (target,) = milestones[0].targets
    assert (target.direction, target.value, target.unit) == ("decrease", 10.0, "%")
    assert "Part-1 Crime" in target.metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Increase GRYD referrals by 3% as a means of prevention.", ("increase", 3.0, "%")),
        ("Raise the number of officers from 6 to 12 per shift.", ("increase", 12.0, "per shift")),
        ("Reach 100% completion of ICS 300/400 training.", ("reach", 100.0, "%")),
        ("Keep illegal dispensaries below 100 citywide.", ("at_most", 100.0, None)),
        ("Members shall receive at least eight hours of training.", ("at_least", 8.0, "hours")),
        ("Cut response times by 2 minutes.", ("decrease", 2.0, "minutes")),
    ],
)
def test_tables_targets_phrasings(text: str, expected: tuple) -> None:
    (target,) = find_targets(text)
    assert (target.direction, target.value, target.unit) == expected


def test_tables_targets_none_without_a_number() -> None:
    assert find_targets("Hold monthly meetings with residents.") == []


def test_tables_glossary_needs_matching_initials() -> None:
    glossary = find_glossary(
        ["Work with the Senior Lead Officer (SLO) and the Office of Operations (OO).", "(XYZ)"]
    )
    assert glossary == {"SLO": "Senior Lead Officer", "OO": "Office of Operations"}


def test_tables_year_columns_without_years_stay_apart(tmp_path: Path) -> None:
    header = ["Strategy", "Year 1", "Year 2", "Year 3", "Lead"]
    rows = [header, ["Open a cadet post", "Plan it", "Open it", "Review it", "Training"]]
    widths = [150, 90, 90, 90, 80]
    path = build(
        tmp_path / "years.pdf",
        [
            ("Pillar 1: People", [("Goal A: Cadets", table(rows, ruled=True, widths=widths))]),
            ("Pillar 2: Places", [("Goal A: Posts", table(rows, ruled=True, widths=widths))]),
        ],
    )
    (activity,) = planparse.parse(path).pillars[0].goals[0].activities
    assert [(m.period, m.text) for m in activity.milestones] == [
        (None, "Plan it"),
        (None, "Open it"),
        (None, "Review it"),
    ]


def test_tables_row_group_over_a_page_break_keeps_both_pages() -> None:
    """A continued table (no header of its own) whose first row has no activity cell
    continues the last activity of the page before: that activity keeps both pages."""
    from planparse.models import Activity
    from planparse.tables import TableReader
    from planparse.types import Cell
    from planparse.types import Table as Grid

    def row(*texts: str, top: float) -> list[Cell | None]:
        return [Cell(text, (72.0 + 100 * i, top, 160.0 + 100 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    first = Grid((72, 100, 460, 140), [row("Action", "Lead", "2025", "2026", top=100),
                                       row("Open a wellness room", "Peer Support", "Choose a site",
                                           "", top=120)])  # fmt: skip
    rest = Grid((72, 60, 460, 80), [row("", "Peer Support", "", "Open the room", top=60)])
    reader, activities = TableReader(), list[Activity]()
    reader.activities(first, 3, activities)
    reader.activities(rest, 4, activities)
    (activity,) = activities
    assert [m.text for m in activity.milestones] == ["Choose a site", "Open the room"]
    assert [(s.page, s.bbox[1]) for s in activity.sources] == [(3, 120.0), (4, 60.0)]


def test_tables_cells_of_ocr_words_keep_their_confidence() -> None:
    from planparse.tables import source
    from planparse.text_tables import find_text_tables
    from planparse.types import Line, Word

    def line(text: str, x: float, top: float, confidence: float | None) -> Line:
        words, left = [], x
        for part in text.split():
            words.append(Word(part, left, top, left + 6 * len(part), top + 10, "Helvetica", 10,
                              confidence))  # fmt: skip
            left += 6 * len(part) + 4
        return Line(1, words)

    def grid(confidences: list[float | None]) -> list[Line]:
        texts = ["Action", "Lead", "Due", "Open a wellness room", "Peer Support", "2026"]
        cells = enumerate(zip(texts, confidences, strict=True))
        return [
            line(text, (72, 300, 420)[i % 3], 100 + 20 * (i // 3), conf)
            for i, (text, conf) in cells
        ]

    (found,) = find_text_tables(grid([90, 90, 90, 80, 60, 70]))
    activity_cell, lead_cell, _ = found.rows[1]
    assert activity_cell is not None
    assert lead_cell is not None
    assert activity_cell.ocr_confidence == 80.0
    assert source(lead_cell, 1).ocr_confidence == 60.0
    (text_layer,) = find_text_tables(grid([None] * 6))
    assert all(cell is None or cell.ocr_confidence is None for r in text_layer.rows for cell in r)


def test_tables_unruled_row_number_run_into_its_text_is_cut_at_the_column_edge() -> None:
    """A row number the layout joined to its activity text ('1.1.2 Assign ...') still splits
    into the '#' and the activity columns the header set; a paragraph below ends the table."""
    from builders import line

    from planparse.text_tables import find_text_tables

    header = [line("#", x0=60, top=100, bold=True), line("Initiative", x0=110, top=100, bold=True),
              line("Responsible", x0=380, top=100, bold=True),
              line("Timeline", x0=490, top=100, bold=True)]  # fmt: skip
    first = [line("1.1.1", x0=60, top=120), line("Launch an etching event", x0=110, top=120),
             line("CID", x0=380, top=120), line("Q3 2025", x0=490, top=120)]  # fmt: skip
    joined = line("1.1.2", x0=60, top=140)
    joined.words.extend(line("Assign a crime analyst", x0=110, top=140).words)
    joined.refresh()
    second = [joined, line("CID, Patrol Captain", x0=380, top=140), line("2026", x0=490, top=140)]
    after = line("A closing paragraph that runs right across every column of the page", top=190)
    (table,) = find_text_tables([*header, *first, *second, after])
    rows = [[cell.text if cell else None for cell in row] for row in table.rows]
    assert rows[2] == ["1.1.2", "Assign a crime analyst", "CID, Patrol Captain", "2026"]
    assert len(rows) == 3


def test_tables_unruled_cell_run_into_the_next_at_its_edge_is_cut_there() -> None:
    """An activity set up to an em from the lead column, the layout joining the two: a gap of
    twice the line's usual space before a word that starts at the column edge cuts the line
    there; the same gap before a word inside a column does not."""
    from builders import line

    from planparse.text_tables import find_text_tables
    from planparse.types import Line, Word

    def tight(text: str, top: float) -> Line:
        """A line of 10-point words 2.5 points apart, narrower than the builder's spaces."""
        words, left = [], 60.0
        for part in text.split():
            words.append(Word(part, left, top, left + 5 * len(part), top + 10, "Helvetica", 10))
            left += 5 * len(part) + 2.5
        return Line(1, words)

    def rows_with_lead_after(edge_gap: float) -> list[list[str | None]]:
        """The table's rows when the lead column starts ``edge_gap`` after the activity and
        the lead's text one em after it."""
        action = tight("Host a community meeting twice", 140)
        edge, lead = action.x1 + edge_gap, action.x1 + 10  # one em: four usual spaces
        header = [line("Action", x0=60, top=100, bold=True),
                  line("Lead", x0=edge, top=100, bold=True),
                  line("2026", x0=edge + 120, top=100, bold=True)]  # fmt: skip
        first = [line("Open a wellness room", x0=60, top=120), line("HR", x0=edge, top=120),
                 line("Pilot", x0=edge + 120, top=120)]  # fmt: skip
        action.words.extend(line("Human Resources", x0=lead, top=140).words)
        action.refresh()
        (table,) = find_text_tables([*header, *first, action])
        return [[cell.text if cell else None for cell in row] for row in table.rows]

    assert rows_with_lead_after(10)[2] == ["Host a community meeting twice", "Human Resources", ""]
    assert len(rows_with_lead_after(4)) == 2  # the lead's text starts inside its column


def test_tables_lead_cell_with_several_units_gives_one_lead_each() -> None:
    from planparse.models import Activity
    from planparse.tables import TableReader
    from planparse.types import Cell
    from planparse.types import Table as Grid

    def cell(text: str) -> Cell:
        return Cell(text, (0.0, 0.0, 10.0, 10.0))

    rows = [[cell("Action"), cell("Lead"), cell("Due")],
            [cell("Open a wellness room"), cell("Wellness Unit / HR"), cell("2026")]]  # fmt: skip
    activities: list[Activity] = []
    TableReader().activities(Grid(bbox=(0.0, 0.0, 10.0, 10.0), rows=rows), 1, activities)
    (activity,) = activities
    assert activity.leads == ["Wellness Unit", "HR"]
    assert [m.lead for m in activity.milestones] == ["Wellness Unit"]


def test_tables_unruled_band_rows_head_their_rows_and_a_heading_after_ends_the_table() -> None:
    """Goal and initiative bands printed across an unruled table (larger type, one line from
    the table's left edge) are band rows; a heading followed by prose is not."""
    from builders import line

    from planparse.text_tables import find_text_tables

    def cells(top: float, *texts: str) -> list:
        return [line(text, x0=x, top=top) for text, x in zip(texts, (60, 230, 400), strict=False)]

    lines = [*cells(100, "Action", "Lead", "FY 2026"),
             line("Goal A: Attract and Retain Talent", size=13, bold=True, x0=60, top=118),
             line("Initiative A.1: Create clear career paths", size=11, bold=True, x0=60, top=136),
             *cells(152, "Shorten hiring", "Recruitment Team", "Publish a report"),
             line("Initiative A.2: Hire officers who reflect the community", size=11, x0=60,
                  top=170),
             *cells(186, "Launch a cadet program", "HR Manager", "Draft a plan"),
             line("Closing Remarks", size=13, bold=True, x0=60, top=204),
             line("We thank every member of the department for the work of this plan year.",
                  top=222)]  # fmt: skip
    (table,) = find_text_tables(lines)
    rows = [[cell.text if cell else None for cell in row] for row in table.rows]
    assert rows[1:] == [
        ["Goal A: Attract and Retain Talent", None, None],
        ["Initiative A.1: Create clear career paths", None, None],
        ["Shorten hiring", "Recruitment Team", "Publish a report"],
        ["Initiative A.2: Hire officers who reflect the community", None, None],
        ["Launch a cadet program", "HR Manager", "Draft a plan"],
    ]


def test_tables_unruled_bold_band_that_fits_the_first_column_is_a_band() -> None:
    """A bold band short enough to fit the first column (set unlike the regular cells under
    it) is a band row, also after a note across the table; a bold activity over a regular
    line of its own cell is not, nor is a bold line in a table whose cells are all bold."""
    from builders import line

    from planparse.text_tables import find_text_tables

    def cells(top: float, *texts: str, bold: bool = False) -> list:
        xs = (60, 230, 400)
        return [line(text, x0=x, top=top, bold=bold) for text, x in zip(texts, xs, strict=False)]

    lines = [*cells(100, "Action", "Lead", "FY 2026", bold=True),
             *cells(118, "Shorten hiring", "Recruitment Team", "Publish a report"),
             line("Measures: time to hire across every division and unit of the force", x0=60,
                  top=136),
             line("Goal B: Reduce Crime", bold=True, x0=60, top=154),
             line("Initiative B.1: Patrol", bold=True, x0=60, top=172),
             *cells(190, "Map hot spots", "Crime Analysis", "Pilot a map"),
             line("Train analysts", bold=True, x0=60, top=208),
             line("in mapping", x0=60, top=220),
             *cells(240, "Share data", "Records Unit", "Publish a feed")]  # fmt: skip
    (table,) = find_text_tables(lines)
    rows = [[cell.text if cell else None for cell in row] for row in table.rows]
    assert [row for row in rows if row[1] is None] == [
        ["Measures: time to hire across every division and unit of the force", None, None],
        ["Goal B: Reduce Crime", None, None],
        ["Initiative B.1: Patrol", None, None],
    ]
    assert ["Train analysts\nin mapping", "", ""] in rows
    all_bold = [*cells(100, "Action", "Lead", "FY 2026", bold=True),
                *cells(118, "Shorten hiring", "Recruitment Team", "Publish a report", bold=True),
                line("Train analysts", bold=True, x0=60, top=136),
                *cells(154, "Share data", "Records Unit", "Publish a feed", bold=True)]  # fmt: skip
    (table,) = find_text_tables(all_bold)
    assert all(None not in row for row in table.rows)


def test_tables_gantt_shaded_cells_are_not_milestones_and_target_completion_is() -> None:
    """A Gantt table: text-free (shaded) period cells give nothing, a period cell with text is
    a milestone of its column's period, the "Target Completion" cell a dated milestone."""
    from planparse.models import Activity
    from planparse.tables import TableReader
    from planparse.types import Cell
    from planparse.types import Table as Grid

    def cell(text: str) -> Cell:
        return Cell(text, (0.0, 0.0, 10.0, 10.0))

    header = [cell("Action"), cell("Lead"), cell("FY 2025"), cell("FY 2026"),
              cell("Target Completion")]  # fmt: skip
    row = [cell("Open a wellness room"), cell("HR"), cell(""), cell("Pilot in one station"),
           cell("June 2026")]  # fmt: skip
    activities: list[Activity] = []
    TableReader().activities(Grid(bbox=(0.0, 0.0, 10.0, 10.0), rows=[header, row]), 1, activities)
    (activity,) = activities
    assert [(m.text, m.period) for m in activity.milestones] == [
        ("Pilot in one station", "2026"), ("June 2026", "2026")
    ]  # fmt: skip


def test_tables_two_column_slide_table_with_rows_set_larger_than_its_header() -> None:
    """'Actions | Lead' over rows in bigger regular type (a slide) is a table; a line
    that prints a field ("Owner: X") or starts mid-sentence is never a column label."""
    from builders import line

    from planparse.text_tables import find_text_tables

    lines = [line("Actions", size=13, bold=True, x0=61, top=150),
             line("Lead", size=13, bold=True, x0=668, top=150),
             line("Deploy directed patrols to hot spots.", size=16, x0=61, top=190),
             line("Deputy Chief", size=15, bold=True, x0=668, top=190),
             line("Review unsolved assaults monthly.", size=16, x0=61, top=225),
             line("CID", size=15, bold=True, x0=668, top=225)]  # fmt: skip
    (table,) = find_text_tables(lines)
    assert [[c.text if c else None for c in row] for row in table.rows[1:]] == [
        ["Deploy directed patrols to hot spots.", "Deputy Chief"],
        ["Review unsolved assaults monthly.", "CID"],
    ]
    cards = [line("Goal Owner: Training Unit", x0=61, top=100),
             line("the plan period, not just", x0=300, top=100),
             line("• Review the field training program", x0=61, top=120),
             line("• Build an online course", x0=300, top=120)]  # fmt: skip
    assert find_text_tables(cards) == []


def test_tables_unnamed_first_column_beside_a_lead_column_holds_the_activities() -> None:
    """A header that names only a lead column ('Our commitments | Lead', no role word over
    the first column) is an action table when the first column's cells read as activities,
    clauses longer than the leads' names; a roster of units and their leads is not."""
    from builders import line

    from planparse.columns import table_columns
    from planparse.models import Activity
    from planparse.tables import TableReader
    from planparse.text_tables import find_text_tables

    def table_lines(rows: list[tuple[str, str]]) -> list:
        lines = [line("Our commitments", bold=True, x0=61, top=150),
                 line("Lead", bold=True, x0=400, top=150)]  # fmt: skip
        for n, (first, lead) in enumerate(rows):
            lines += [line(first, x0=61, top=170 + 20 * n), line(lead, x0=400, top=170 + 20 * n)]
        return lines

    (table,) = find_text_tables(table_lines([
        ("Deploy directed patrols to the busiest corners.", "Deputy Chief"),
        ("Review every unsolved assault each month.", "CID")]))  # fmt: skip
    activities: list[Activity] = []
    TableReader().activities(table, 1, activities)
    assert [(a.text, a.leads) for a in activities] == [
        ("Deploy directed patrols to the busiest corners.", ["Deputy Chief"]),
        ("Review every unsolved assault each month.", ["CID"]),
    ]
    roster = table_lines([("Patrol Division", "Captain Ruiz"), ("Records Unit", "Ms Okafor")])
    assert find_text_tables(roster) == []
    assert table_columns(table.rows) is not None


def test_tables_unruled_rows_spaced_out_like_their_first_gap_stay_one_table() -> None:
    """A slide table whose rows are set far apart keeps growing while each gap is within twice
    the widest gap above it; a much wider gap ends it."""
    from builders import line

    from planparse.text_tables import find_text_tables

    def row(top: float, action: str, lead: str) -> list:
        return [line(action, size=16, x0=61, top=top), line(lead, size=15, x0=668, top=top)]

    lines = [line("Actions", size=13, bold=True, x0=61, top=150),
             line("Lead", size=13, bold=True, x0=668, top=150),
             *row(189, "Deploy directed patrols.", "Deputy Chief"),
             *row(245, "Review unsolved assaults.", "CID"),
             *row(320, "Assign a crime analyst.", "PSB Lieutenant"),
             *row(560, "A later paragraph.", "Elsewhere")]  # fmt: skip
    (table,) = find_text_tables(lines)
    assert [row[1].text for row in table.rows[1:] if row[1]] == [
        "Deputy Chief", "CID", "PSB Lieutenant"
    ]  # fmt: skip


def test_tables_unruled_full_row_at_the_column_edges_continues_after_a_wider_gap() -> None:
    """Tall slide rows under a one-line first row: a gap wider than twice the first one still
    continues the table when a full row starts at the column edges; a lone line after the same
    gap, or a full row much farther down, ends it."""
    from builders import line

    from planparse.text_tables import find_text_tables

    def row(top: float, action: str, lead: str) -> list:
        return [line(action, size=16, x0=61, top=top), line(lead, size=15, x0=668, top=top)]

    header = [line("Actions", size=13, bold=True, x0=61, top=150),
              line("Lead", size=13, bold=True, x0=668, top=150)]  # fmt: skip
    tall = [*header, *row(189, "Staff the crime center.", "IT Division"),
            *row(265, "Apply for grant funding.", "Crime Center"),
            line("Supervisor", size=15, x0=668, top=283),
            *row(341, "Expand the call-in program.", "IT Division")]  # fmt: skip
    (table,) = find_text_tables(tall)
    assert [row[1].text for row in table.rows[1:] if row[1]] == [
        "IT Division", "Crime Center\nSupervisor", "IT Division"
    ]  # fmt: skip
    lone = [*header, *row(189, "Staff the crime center.", "IT Division"),
            line("A closing remark on the slide.", size=16, x0=61, top=265)]  # fmt: skip
    (table,) = find_text_tables(lone)
    assert len(table.rows) == 2
    far = [*header, *row(189, "Staff the crime center.", "IT Division"),
           *row(400, "Apply for grant funding.", "Crime Center")]  # fmt: skip
    (table,) = find_text_tables(far)
    assert len(table.rows) == 2


def test_tables_unruled_group_cell_wraps_beside_the_next_rows_action() -> None:
    """An objective printed once beside two actions keeps wrapping in its own column while the
    second action starts: the second action is a row of its own, the objective one cell."""
    from builders import line

    from planparse.text_tables import find_text_tables

    lines = [line("Objective", bold=True, x0=60, top=100),
             line("Actions", bold=True, x0=200, top=100), line("Lead", bold=True, x0=420, top=100),
             line("2.2 Support the", x0=60, top=120),
             line("Open a fitness room with", x0=200, top=120),
             line("Wellness Unit", x0=420, top=120),
             line("health of every", x0=60, top=132), line("equipment.", x0=200, top=132),
             line("Provide wellness", x0=200, top=150), line("HR", x0=420, top=150),
             line("employee", x0=60, top=144), line("workshops.", x0=200, top=162)]  # fmt: skip
    (table,) = find_text_tables(lines)
    rows = [[c.text.replace("\n", " ") if c else None for c in row] for row in table.rows[1:]]
    assert rows == [
        ["2.2 Support the health of every employee", "Open a fitness room with equipment.",
         "Wellness Unit"],
        ["", "Provide wellness workshops.", "HR"],
    ]  # fmt: skip


def mark_style() -> ParagraphStyle:
    """A cell style in a font that has circles and check marks (base-14 fonts do not)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not Path(path).exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("MatrixMarks", path))
    return ParagraphStyle("marks", parent=CELL, fontName="MatrixMarks")


def matrix_table(rows: list[list[str]], ruled: bool, widths: list[float]) -> Table:
    style = mark_style()
    cells = [[Paragraph(text, style) for text in row] for row in rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
    return Table(cells, colWidths=widths, repeatRows=1, style=TableStyle(commands))


def test_tables_ruled_responsibility_matrix_leads_are_the_filled_marks(tmp_path: Path) -> None:
    grid = matrix_table(
        [
            ["Activity", "North Unit", "South Unit", "Lab", "Timeline"],
            ["Open a storefront office", "\u25cf", "\u25cb", "", "FY26"],
            ["Test every kit within a month", "\u25cb", "\u25cf", "\u25cf", "2027"],
        ],
        ruled=True,
        widths=[200, 60, 60, 60, 60],
    )
    other = matrix_table(
        [
            ["Activity", "North Unit", "South Unit", "Lab", "Timeline"],
            ["Add a van", "", "\u25cf", "", "2028"],
        ],
        ruled=True,
        widths=[200, 60, 60, 60, 60],
    )
    path = build(
        tmp_path / "matrix.pdf",
        [
            ("Priority 1: Service", [("Goal A: Reach", grid)]),
            ("Priority 2: Fleet", [("Goal A: Move", other)]),
        ],
    )

    assert summary(planparse.parse(path))[0][1] == [
        ("Open a storefront office", ["North Unit"], [("2026", "FY26", "North Unit")]),
        ("Test every kit within a month", ["South Unit", "Lab"], [("2027", "2027", "South Unit")]),
    ]


def test_tables_unruled_matrix_of_one_mark_kind_makes_every_marked_unit_a_lead(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action", "Alpha", "Bravo", "Charlie"],
        ["Hold a town hall in every ward", "\u2713", "", "\u2713"],
        ["Print the annual report", "", "\u2713", ""],
    ]
    grid = matrix_table(rows, ruled=False, widths=[220, 60, 60, 60])
    other = matrix_table(
        [rows[0], ["Answer every letter within a week", "\u2713", "\u2713", ""]],
        ruled=False,
        widths=[220, 60, 60, 60],
    )
    path = build(
        tmp_path / "checks.pdf",
        [
            ("Priority 1: Trust", [("Goal A: Listen", grid)]),
            ("Priority 2: Records", [("Goal A: Answer", other)]),
        ],
    )

    assert summary(planparse.parse(path))[0][1] == [
        ("Hold a town hall in every ward", ["Alpha", "Charlie"], []),
        ("Print the annual report", ["Bravo"], []),
    ]


def cells(rows: list[list[str]]) -> list[list]:
    from planparse.types import Cell

    return [[Cell(text, (0.0, 0.0, 10.0, 10.0)) for text in row] for row in rows]


def test_tables_matrix_lead_mark_from_legend_vocabulary_or_order() -> None:
    from planparse.columns import lead_marks, matrix_legend

    assert matrix_legend(["\u25cb Lead  \u25cf Support"]) == {"\u25cb": True, "\u25cf": False}
    assert matrix_legend(["X = Responsible unit"]) == {"X": True}
    assert matrix_legend(["S shall support L in every case the plan lists here"]) == {}
    inverted = matrix_legend(["\u25cb Lead \u25cf Support"])
    assert lead_marks(["\u25cf", "\u25cb"], inverted) == {"\u25cb"}
    assert lead_marks(["\u25cf", "\u25cb"], {"\u25cf": False}) == {"\u25cb"}  # the one unnamed
    assert lead_marks(["S", "L"], {}) == {"L"}  # the lead letter
    assert lead_marks(["\u25cb", "\u25cf"], {}) == {"\u25cf"}  # the filled circle
    assert lead_marks(["\u25cb", "\u25a1"], {}) == {"\u25cb"}  # neither: the first printed
    assert lead_marks(["X"], {}) == {"X"}


def test_tables_matrix_columns_need_unit_headers_over_marks_only() -> None:
    from planparse.columns import table_columns

    matrix = table_columns(
        cells([["Task", "PATROL", "CID", "Target Date"], ["Add a beat", "L", "S", "2026"]])
    )
    assert matrix is not None
    assert [(c.role, c.unit, c.lead_marks) for c in matrix[1:3]] == [
        ("unit", "PATROL", {"L"}),
        ("unit", "CID", {"L"}),
    ]
    gantt = table_columns(cells([["Task", "2025", "2026", "Lead"], ["Add a beat", "X", "X", "HR"]]))
    assert gantt is not None
    assert [c.role for c in gantt] == [
        "activity",
        "milestone",
        "milestone",
        "lead",
    ]
    three_kinds = [["Task", "A", "B", "C"], ["Add a beat", "\u25cf", "\u25cb", "X"]]
    assert table_columns(cells(three_kinds)) is None
    words = [["Task", "A", "B"], ["Add a beat", "Yes", "No"]]
    assert table_columns(cells(words)) is None
    one_unit = [["Task", "A", "Notes"], ["Add a beat", "X", "See the annex"]]
    assert table_columns(cells(one_unit)) is None


def test_tables_unruled_letter_matrices_under_goal_headings_stay_apart(tmp_path: Path) -> None:
    head = ["Task", "PATROL", "CID", "TRNG", "REC"]
    widths = [260, 50, 50, 50, 50]
    first = matrix_table(
        [head, ["Hold a town hall in every ward", "L", "S", "", ""],
         ["Answer every letter within a week", "S", "L", "L", ""]],
        ruled=False, widths=widths,
    )  # fmt: skip
    second = matrix_table([head, ["Train every clerk", "", "", "L", "S"]], False, widths)
    lone = matrix_table([head, ["Buy two vans", "L", "", "", ""]], False, widths)  # one unit marked
    path = build(
        tmp_path / "letters.pdf",
        [
            ("Priority 1: Trust", [("Goal 1.1: Listen", first), ("Goal 1.2: Teach", second)]),
            ("Priority 2: Fleet", [("Goal 2.1: Move", lone)]),
        ],
    )

    assert summary(planparse.parse(path)) == [
        (
            "Listen",
            [
                ("Hold a town hall in every ward", ["PATROL"], []),
                ("Answer every letter within a week", ["CID", "TRNG"], []),
            ],
        ),
        ("Teach", [("Train every clerk", ["TRNG"], [])]),
        ("Move", [("Buy two vans", ["PATROL"], [])]),
    ]


def test_tables_unruled_leads_set_bold_and_larger_than_the_header_are_cells() -> None:
    """A slide table: 'Action | Lead' in 13-point bold, actions in 17-point roman, each lead in
    16-point bold beside its action, one wrapping onto two more lines; the rows spaced out.
    Bold and larger than the header, the leads are still cells (beside their action, or
    wrapping the lead above); a bold line alone after the table still ends it."""
    from builders import line

    from planparse.text_tables import find_text_tables

    header = [line("Action", x0=61, top=150, size=13, bold=True),
              line("Lead", x0=668, top=150, size=13, bold=True)]  # fmt: skip
    rows = []
    for n, (top, lead) in enumerate([(189, ["Recruitment Team"]),
                                     (265, ["Backgrounds Unit,", "Personnel and Training",
                                            "Division"]),
                                     (341, ["Human Resources Manager"])]):  # fmt: skip
        rows.append(line(f"Hold recruiting event number {n + 1} with partners", x0=61, top=top,
                         size=17))  # fmt: skip
        rows += [line(text, x0=668, top=top + 19.2 * k, size=16, bold=True)
                 for k, text in enumerate(lead)]  # fmt: skip
    after = line("Next Steps for the Unit", x0=61, top=420, size=20, bold=True)
    (table,) = find_text_tables([*header, *rows, after])
    cells = [[cell.text if cell else None for cell in row] for row in table.rows]
    assert [row[1] for row in cells[1:]] == [
        "Recruitment Team",
        "Backgrounds Unit,\nPersonnel and Training\nDivision",  # a cell keeps its lines
        "Human Resources Manager",
    ]


def test_tables_unruled_header_labels_may_wrap_onto_a_second_line() -> None:
    """'Special' over 'Operations' in a bold header row is one label; the roman cells below
    stay cells."""
    from builders import line

    from planparse.text_tables import with_wrapped_labels

    header = [line("Action", x0=60, top=100, bold=True), line("Patrol", x0=300, top=100, bold=True),
              line("Special", x0=380, top=100, bold=True)]  # fmt: skip
    wrap = line("Operations", x0=380, top=112, bold=True)
    cells = [line("Open a crime center", x0=60, top=140), line("X", x0=300, top=140)]
    joined, wraps = with_wrapped_labels(header, [*header, wrap, *cells])
    assert [label.text for label in joined] == ["Action", "Patrol", "Special Operations"]
    assert wraps == [wrap]
    roman = [line("Action", x0=60, top=100), line("Lead", x0=300, top=100)]
    under = line("Crime Analysis", x0=300, top=112)
    assert with_wrapped_labels(roman, [*roman, under])[1] == []


def test_tables_unruled_kicker_over_the_next_heading_is_not_the_last_row() -> None:
    """A short line closer to the heading after the table than to the table's last row is that
    heading's kicker ("FOCUS AREA IV" over its title), not a row of the table."""
    from builders import line

    from planparse.text_tables import find_text_tables

    def cells(top: float, *texts: str) -> list:
        return [line(text, x0=x, top=top) for text, x in zip(texts, (60, 230, 400), strict=False)]

    lines = [*cells(100, "Action", "Lead", "Timeline"),
             *cells(118, "Shorten hiring", "Recruitment Team", "2027"),
             *cells(136, "Launch a cadet program", "HR Manager", "2028"),
             line("FOCUS AREA IV", bold=True, x0=60, top=164),
             line("Training and Development", size=17, bold=True, x0=60, top=178)]  # fmt: skip
    (table,) = find_text_tables(lines)
    rows = [[cell.text if cell else None for cell in row] for row in table.rows]
    assert rows[-1] == ["Launch a cadet program", "HR Manager", "2028"]


def test_tables_a_cell_of_running_text_names_no_column() -> None:
    """'Key Actions | 1. Coordinate outreach ... Owner: Patrol ...' (a worksheet row continued
    on a new page) is no header, though its second cell says 'Owner:'; 'Action | Owner' is."""
    from planparse.columns import header_columns
    from planparse.types import Cell

    steps = ("1. Coordinate encampment outreach with county social services.\n"
             "Owner: Neighborhood Policing Lieutenant\n2. Hold sobriety checkpoints.")  # fmt: skip
    row: list[Cell | None] = [Cell("Key Actions", (0, 0, 100, 40)), Cell(steps, (100, 0, 500, 40))]
    assert header_columns(row) is None
    named: list[Cell | None] = [Cell("Action", (0, 0, 100, 12)), Cell("Owner", (100, 0, 500, 12))]
    assert [c.role for c in header_columns(named) or []] == ["activity", "lead"]


def list_row_activities(rows: list[list[str | None]]) -> list:
    """The activities TableReader reads from rows of texts (None: merged with the cell above)."""
    from planparse.models import Activity
    from planparse.tables import TableReader
    from planparse.types import Cell
    from planparse.types import Table as Grid

    grid = [[None if text is None else Cell(text, (0.0, 0.0, 10.0, 10.0)) for text in row]
            for row in rows]  # fmt: skip
    activities: list[Activity] = []
    TableReader().activities(Grid(bbox=(0.0, 0.0, 10.0, 10.0), rows=grid), 1, activities)
    return [
        (a.number, a.text, a.leads, [(m.period, m.text, m.lead) for m in a.milestones])
        for a in activities
    ]


def test_tables_a_numbered_list_cell_is_one_activity_per_item_with_its_numbered_lead() -> None:
    """One row per goal: the activity cell lists numbered items (wrapped lines join their
    item), the lead and date cells list "1." items that go with the activity of that number."""
    rows = [["Strategies", "Lead Unit", "Timeline"],
            ["1. Hire two crime\nanalysts.\n2. Open a\nreal-time center.",
             "1. Crime Analysis\nUnit\n2. Patrol / RTCC", "1. FY26\n2. Q3 2027"]]  # fmt: skip
    assert list_row_activities(rows) == [
        ("1", "Hire two crime analysts.", ["Crime Analysis Unit"],
         [("2026", "FY26", "Crime Analysis Unit")]),
        ("2", "Open a real-time center.", ["Patrol", "RTCC"],
         [("2027", "Q3 2027", "Patrol")]),
    ]  # fmt: skip


def test_tables_a_list_cell_beside_one_lead_gives_it_to_every_item() -> None:
    """A lead cell of one name beside a list applies to each item; unnumbered date lines
    go with the items in order, a name wrapped over two lines stays one name."""
    rows = [["Action Items", "Responsible", "Due"],
            ["\u2022 Survey residents.\n\u2022 Publish the results\nonline.",
             "Community Affairs\nUnit", "2026\n2027"]]  # fmt: skip
    assert list_row_activities(rows) == [
        (None, "Survey residents.", ["Community Affairs Unit"],
         [("2026", "2026", "Community Affairs Unit")]),
        (None, "Publish the results online.", ["Community Affairs Unit"],
         [("2027", "2027", "Community Affairs Unit")]),
    ]  # fmt: skip


def test_tables_a_merged_lead_cell_is_the_lead_of_each_row_it_spans() -> None:
    rows = [["Action", "Lead", "Due"],
            ["Survey residents.", "Community Affairs Unit", "2026"],
            ["Publish the results.", None, "2027"]]  # fmt: skip
    assert [(text, leads) for _, text, leads, _ in list_row_activities(rows)] == [
        ("Survey residents.", ["Community Affairs Unit"]),
        ("Publish the results.", ["Community Affairs Unit"]),
    ]


def test_tables_scorecard_rows_under_a_pillar_heading_are_its_goals(tmp_path: Path) -> None:
    """A balanced scorecard: the pillar heading is followed by one table whose header names
    an objective column and an initiatives column; each row is a goal (its code the number),
    the initiatives its activities (bullets, or clauses between semicolons), the owner the
    goal's lead, and a target naming a date the milestone of a row's only activity."""
    header = ["Objective", "Measure", "Target", "Initiatives", "Owner"]
    widths = [100, 90, 80, 150, 80]
    community = table(
        [
            header,
            [
                "C1 Build trust with residents",
                "Trust score",
                "At least 85%",
                "\u2022 Hold a meeting in every district<br/>\u2022 Survey residents each year",
                "Community Unit",
            ],
            [
                "C2 Keep schools safe",
                "Incidents at schools",
                "Full coverage by June 2027",
                "Assign an officer to every high school",
                "Youth Services Unit",
            ],
        ],
        ruled=True,
        widths=widths,
    )
    workforce = table(
        [
            header,
            [
                "L1 Develop leaders at every rank",
                "Supervisors trained",
                "Reduce by 10% from baseline",
                "Open a supervisor academy; Pair new sergeants with mentors",
                "Training Unit",
            ],
        ],
        ruled=True,
        widths=widths,
    )
    path = tmp_path / "scorecard.pdf"
    story: list = [
        Paragraph("Fox Bluff Police Department", HEAD),
        Paragraph("2026-2028 Strategic Plan", SUB),
        Paragraph(INTRO, BODY),
        Paragraph("Community", HEAD),
        community,
        Spacer(1, 14),
        Paragraph("Our Workforce", HEAD),
        workforce,
    ]
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    plan = planparse.parse(path)

    assert [p.title for p in plan.pillars] == ["Community", "Our Workforce"]
    goals = [g for p in plan.pillars for g in p.goals]
    assert [(g.number, g.title, g.leads) for g in goals] == [
        ("C1", "Build trust with residents", ["Community Unit"]),
        ("C2", "Keep schools safe", ["Youth Services Unit"]),
        ("L1", "Develop leaders at every rank", ["Training Unit"]),
    ]
    assert summary(plan) == [
        (
            "Build trust with residents",
            [
                ("Hold a meeting in every district", [], []),
                ("Survey residents each year", [], []),
            ],
        ),
        (
            "Keep schools safe",
            [
                (
                    "Assign an officer to every high school",
                    [],
                    [("2027", "Full coverage by June 2027", None)],
                )
            ],
        ),
        (
            "Develop leaders at every rank",
            [("Open a supervisor academy", [], []), ("Pair new sergeants with mentors", [], [])],
        ),
    ]


def test_tables_a_strategy_map_before_the_scorecards_is_a_summary(tmp_path: Path) -> None:
    """A strategy map names each perspective in small bold type over its objectives (short
    bold codes and their titles) before the scorecards print the perspectives as headings
    over one table each: the map owns more blocks, the scorecards more cells, so the
    scorecard headings stay the pillars and the map is their summary."""
    small = ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=10, leading=13)
    code = ParagraphStyle("code", fontName="Helvetica-Bold", fontSize=9, leading=11)
    header = ["Objective", "Measure", "Target", "Initiatives", "Owner"]
    widths = [100, 90, 80, 150, 80]
    perspectives = {
        "Community": [
            ("Build trust with residents", "Hold a meeting in every district"),
            ("Keep schools safe", "Assign an officer to every high school"),
            ("Reach young people", "Run a summer youth camp"),
        ],
        "Our Workforce": [
            ("Develop leaders at every rank", "Open a supervisor academy"),
            ("Reduce overtime fatigue", "Cap consecutive shifts"),
            ("Expand peer support", "Train ten peer counselors"),
        ],
    }
    story: list = [
        Paragraph("Fox Bluff Police Department", HEAD),
        Paragraph("2026-2028 Strategic Plan", SUB),
    ]
    for title, rows in perspectives.items():
        story.append(Paragraph(title, small))
        for n, (objective, _) in enumerate(rows, 1):
            story += [Paragraph(f"{title[0]}{n}", code), Paragraph(objective, CELL)]
    for title, rows in perspectives.items():
        body = [[goal, "Share on track", "85%", step, "Training Unit"] for goal, step in rows]
        story += [Paragraph(title, HEAD), table([header, *body], ruled=True, widths=widths)]
    path = tmp_path / "map.pdf"
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    plan = planparse.parse(path)

    assert [p.title for p in plan.pillars] == list(perspectives)
    assert [[g.title for g in p.goals] for p in plan.pillars] == [
        [goal for goal, _ in rows] for rows in perspectives.values()
    ]


def test_tables_a_row_of_bullets_is_no_header_row() -> None:
    """A matrix row labelled 'STRATEGIES' beside bulleted items, one of them opening with a
    date word ('Complete ...'): read as labels it would head an activity and a date column,
    but a bulleted line is a list item, never a column's label."""
    from builders import line

    from planparse.text_tables import find_text_tables

    row = [line("STRATEGIES", bold=True, x0=28, top=270)]
    row += [
        line(text, x0=x0, top=270, marker="•")
        for text, x0 in (("Complete a cybersecurity", 140), ("Create a chaplain program", 300))
    ]
    under = [line(text, x0=x0, top=282) for text, x0 in (("audit", 140), ("that responds", 300))]
    assert find_text_tables([*row, *under]) == []
    plain = [line(text, x0=x0, top=270) for text, x0 in (("Action", 28), ("Complete by", 140))]
    assert len(find_text_tables([*plain, *under])) == 1


def test_tables_a_list_number_alone_on_its_line_opens_the_item_below_it() -> None:
    """A narrow lead cell prints "1." on a line of its own, the name wrapping under it: the
    number opens the item its next line starts; a year alone is no number of a list."""
    from planparse.tables import list_items, matching_leads
    from planparse.types import Cell

    cell = Cell("1.\nServices\nCaptain\n2. Wellness\nUnit", (0, 0, 60, 60))
    assert matching_leads(cell, 2) == [["Services Captain"], ["Wellness Unit"]]
    assert list_items("2026\n2027") is None


def test_tables_a_role_qualified_by_of_is_a_whole_lead_name() -> None:
    """Leads listed in order, wrapped in a narrow cell: "Deputy Chief of Operations" ends a
    name (a role noun before "of"), so the next line starts the next item's leads."""
    from planparse.tables import matching_leads
    from planparse.types import Cell

    lines = ["CID, Deputy", "Chief of", "Operations", "Investigations", "Division"]
    cell = Cell("\n".join(lines), (0, 0, 60, 60))
    assert matching_leads(cell, 2) == [
        ["CID", "Deputy Chief of Operations"],
        ["Investigations Division"],
    ]


def test_tables_an_office_of_a_wrapped_name_is_not_a_whole_lead_name() -> None:
    """An office's name wraps after "of Emergency" onto "Services Division": only a title
    of a person before "of" ends a name there."""
    from planparse.tables import matching_leads
    from planparse.types import Cell

    cell = Cell("Office of Emergency\nServices Division\nRTCC", (0, 0, 60, 60))
    assert matching_leads(cell, 2) == [["Office of Emergency Services Division"], ["RTCC"]]
