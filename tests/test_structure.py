"""planparse.parse end to end on synthetic plans: each recogniser on a look of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pdfplumber
import pytest
from synthetic import Page, SyntheticPdf

import planparse
from planparse.models import Activity, Goal, Pillar, Plan

INTRO = (
    "Since the last plan the department has grown by a third, and residents told us in "
    "twelve listening sessions what they expect from their officers in the years ahead."
)


def cover(pdf: SyntheticPdf, agency: str, title: str, font: str = "Times-Bold") -> Page:
    page = pdf.page()
    page.heading(agency, 72, 260, font, 26)
    page.heading(title, 72, 300, font, 20)
    return page


def nodes(plan: Plan) -> Iterator[tuple[Pillar | Goal | Activity, str]]:
    """Every node with a source and the text it was read from."""
    for pillar in plan.pillars:
        yield pillar, pillar.title
        for goal in pillar.goals:
            yield goal, goal.title
            for activity in goal.activities:
                yield activity, activity.text


# (a) ------------------------------------------------------------------------------------


GOAL_PAGES = [
    ("Safer Neighbourhoods", ["Reduce burglaries on the east side",
                              "Restore the foot patrol downtown"]),
    ("A Trusted Department", ["Publish use-of-force data every quarter",
                              "Survey residents each year", "Recruit from local colleges"]),
]  # fmt: skip


def goal_pages(pdf: SyntheticPdf, split_header: bool) -> None:
    """One page per "GOAL n" header with an intro and bullets under it, in two looks.

    Inline: "GOAL 1 - Title" in one Helvetica line, glyph bullets. Split: a large bare
    "GOAL 1" over a Times-Italic title line, bullets drawn as filled circles.
    """
    for number, (title, bullets) in enumerate(GOAL_PAGES, start=1):
        page = pdf.page()
        if split_header:
            y = page.heading(f"GOAL {number}", 60, 130, "Times-Bold", 26) + 2
            y = page.heading(title, 60, y, "Times-Italic", 15) + 4
        else:
            y = page.heading(f"GOAL {number} - {title}", 60, 110, "Helvetica-Bold", 17) + 4
        y = page.paragraph(INTRO, 60, y, font="Helvetica", size=10) + 6
        page.bullets(bullets, 72, y, glyph=None if split_header else "•", font="Helvetica", size=10)


@pytest.mark.parametrize("split_header", [False, True], ids=["inline", "split"])
def test_structure_goal_headings_over_bullets_make_pillars_of_goals(make_pdf, split_header):
    pdf = SyntheticPdf(footer="{page}")
    cover(pdf, "Maple Hollow Police Department", "Strategic Plan 2025-2029")
    goal_pages(pdf, split_header)
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "strategic_plan"
    assert [(p.number, p.title) for p in plan.pillars] == [
        (str(n), title) for n, (title, _) in enumerate(GOAL_PAGES, start=1)
    ]
    assert [[g.title for g in p.goals] for p in plan.pillars] == [b for _, b in GOAL_PAGES]
    assert all(not g.activities for p in plan.pillars for g in p.goals)
    assert [p.description for p in plan.pillars] == [INTRO, INTRO]


# (b) ------------------------------------------------------------------------------------


def three_level_plan(pdf: SyntheticPdf) -> None:
    """Pillar pages with goal sub-headers, bullets and Lead / Status lines (Times, Courier)."""
    pillars = [
        ("Pillar 1: Community Trust", [
            ("Goal 1: Open Data", ["Post arrest statistics monthly", "Launch a records portal"],
             "Records Section and Crime Analysis Unit", "Ongoing"),
            ("Goal 2: Youth Outreach", ["Coach a summer basketball league"],
             "Community Affairs Office", "Planned"),
        ]),
        ("Pillar 2: Modern Equipment", [
            ("Goal 1: Fleet Renewal", ["Replace ten patrol cars with hybrids",
                                       "Fit every car with a trauma kit"],
             "Fleet Services", "Complete"),
        ]),
    ]  # fmt: skip
    for pillar_title, goals in pillars:
        page = pdf.page()
        y = page.heading(pillar_title, 54, 96, "Courier-Bold", 18) + 6
        for goal_title, bullets, lead, status in goals:
            y = page.heading(goal_title, 54, y + 8, "Times-Bold", 13.5) + 4
            y = page.bullets(bullets, 66, y, font="Times-Roman", size=11, indent=12) + 4
            y = page.key_value("Lead:", lead, 54, y, "Times-Roman", "Times-Bold", 11)
            y = page.key_value("Status:", status, 54, y + 2, "Times-Roman", "Times-Bold", 11)


def test_structure_pillar_goal_headers_with_bullets_and_fields(make_pdf):
    pdf = SyntheticPdf(header="Cedar Falls Police Department", footer="Page {page}")
    cover(pdf, "Cedar Falls Police Department", "Five-Year Strategic Plan 2024-2028")
    three_level_plan(pdf)
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "strategic_plan"
    assert [(p.number, p.title) for p in plan.pillars] == [
        ("1", "Community Trust"),
        ("2", "Modern Equipment"),
    ]
    goals = [
        (g.number, g.title, g.leads, g.status, [a.text for a in g.activities])
        for p in plan.pillars
        for g in p.goals
    ]
    assert goals == [
        ("1", "Open Data", ["Records Section", "Crime Analysis Unit"], "Ongoing",
         ["Post arrest statistics monthly", "Launch a records portal"]),
        ("2", "Youth Outreach", ["Community Affairs Office"], "Planned",
         ["Coach a summer basketball league"]),
        ("1", "Fleet Renewal", ["Fleet Services"], "Complete",
         ["Replace ten patrol cars with hybrids", "Fit every car with a trauma kit"]),
    ]  # fmt: skip


# (c) ------------------------------------------------------------------------------------


def test_structure_infographic_columns_of_numbered_items(make_pdf):
    sections = [
        ("Crime Reduction", [("1.1", "Target repeat offenders"), ("1.2", "Map hot spots weekly")]),
        ("Staff Wellness", [("2.1", "Fund a peer support team"), ("2.2", "Add a gym")]),
        ("Engagement", [("3.1", "Hold ward meetings"), ("3.2", "Start a citizen academy"),
                        ("3.3", "Translate notices")]),
    ]  # fmt: skip
    pdf = SyntheticPdf()
    cover(pdf, "Pine Ridge Police Department", "Strategic Plan 2026-2028", font="Helvetica-Bold")
    page = pdf.page()
    page.heading("Plan Overview", 36, 80, "Helvetica-Bold", 24)
    page.columns(
        sections, y=130, heading_font="Helvetica-Bold", heading_size=14, font="Helvetica", size=9
    )
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "strategic_plan"
    assert [p.title for p in plan.pillars] == [title for title, _ in sections]
    assert [[(g.number, g.title) for g in p.goals] for p in plan.pillars] == [
        list(items) for _, items in sections
    ]


# (d) ------------------------------------------------------------------------------------


def policy_page(pdf: SyntheticPdf, header: str, procedure: str) -> None:
    """A one-page policy: numbered header, three bold section titles, prose with 'shall'."""
    page = pdf.page()
    y = page.heading(header, 72, 90, "Helvetica-Bold", 16) + 6
    sections = [
        ("Purpose", "This policy explains how recordings are made, kept and reviewed."),
        ("Procedure", procedure),
        ("Retention", "The records unit must keep flagged recordings until the case is closed."),
    ]
    for title, text in sections:
        y = page.heading(title, 72, y, "Helvetica-Bold", 11.5) + 2
        y = page.paragraph(text, 72, y, font="Times-Roman", size=10.5) + 8


def test_structure_policy_directives_become_activities(make_pdf):
    pdf = SyntheticPdf()
    policy_page(
        pdf,
        "4-12 - Use of Body Cameras",
        "Every officer shall activate the camera before arriving at a call for service. "
        "Each supervisor shall audit recordings at least twice a month. "
        "Recordings are stored for ninety days.",
    )
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "policy"
    assert plan.title == "Use of Body Cameras"
    (pillar,) = plan.pillars
    assert (pillar.number, pillar.title) == ("4-12", "Use of Body Cameras")
    assert [g.title for g in pillar.goals] == ["Purpose", "Procedure", "Retention"]
    purpose, procedure, retention = pillar.goals
    assert purpose.activities == []
    assert purpose.description == "This policy explains how recordings are made, kept and reviewed."
    assert [(a.text, a.leads) for a in procedure.activities] == [
        (
            "Every officer shall activate the camera before arriving at a call for service.",
            ["Every officer"],
        ),
        ("Each supervisor shall audit recordings at least twice a month.", ["Each supervisor"]),
    ]
    assert procedure.description == "Recordings are stored for ninety days."
    (milestone,) = procedure.activities[1].milestones
    assert milestone.text.endswith("twice a month")
    assert (milestone.period, milestone.lead) == (None, "Each supervisor")
    assert [a.leads for a in retention.activities] == [["The records unit"]]


def test_structure_policy_dotted_number_header(make_pdf):
    pdf = SyntheticPdf()
    policy_page(
        pdf,
        "4.12 - Use of Body Cameras",
        "Every officer shall activate the camera before arriving at a call for service. "
        "Each supervisor shall audit recordings at least twice a month.",
    )
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "policy"
    assert plan.title == "Use of Body Cameras"
    assert [(p.number, p.title) for p in plan.pillars] == [("4.12", "Use of Body Cameras")]
    assert [g.title for g in plan.pillars[0].goals] == ["Purpose", "Procedure", "Retention"]


def test_structure_policy_plural_subject_is_lead(make_pdf):
    pdf = SyntheticPdf()
    policy_page(
        pdf,
        "4-12 - Use of Body Cameras",
        "Officers shall activate the camera before arriving at a call for service. "
        "Supervisors shall audit recordings at least twice a month.",
    )
    plan = planparse.parse(make_pdf(pdf))

    procedure = plan.pillars[0].goals[1]
    assert [a.leads for a in procedure.activities] == [["Officers"], ["Supervisors"]]
    assert [m.lead for m in procedure.activities[1].milestones] == ["Supervisors"]


# (e) ------------------------------------------------------------------------------------


def test_structure_plain_prose_is_not_a_plan(make_pdf):
    pdf = SyntheticPdf()
    page = pdf.page()
    y = 90.0
    for paragraph in [
        INTRO,
        "The weather on the coast was mild this spring, and the annual parade drew a large "
        "and cheerful crowd to the boardwalk on a Saturday afternoon.",
        "A new bakery opened beside the library, and the council approved a bench near the "
        "bus stop after a short discussion about the colour of the paint.",
    ]:
        y = page.paragraph(paragraph, 72, y, font="Times-Roman", size=11) + 12
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "unknown"
    assert plan.pillars == []
    assert plan.warnings


# (f) ------------------------------------------------------------------------------------


@pytest.mark.parametrize("contents_title", ["Table of Contents", "In This Plan"])
def test_structure_contents_page_is_not_pillars(make_pdf, contents_title):
    pdf = SyntheticPdf(footer="{page}")
    cover(pdf, "Alder Creek Police Department", "Strategic Plan 2025-2027")
    toc = pdf.page()
    y = toc.heading(contents_title, 72, 90, "Times-Bold", 20) + 10
    for number, (title, page_number) in enumerate(
        [("Traffic Safety", 2), ("Mental Health Response", 2), ("Appendix", 3)], start=1
    ):
        y = toc.leader_entry(f"{number}. {title}", page_number, 72, y, font="Times-Roman") + 6
    page = pdf.page()
    y = page.heading("Traffic Safety", 60, 90, "Helvetica-Bold", 16) + 4
    y = (
        page.bullets(
            ["Add two motor officers", "Enforce school-zone limits"],
            72,
            y,
            font="Helvetica",
            size=10,
        )
        + 10
    )
    y = page.heading("Mental Health Response", 60, y, "Helvetica-Bold", 16) + 4
    page.bullets(
        ["Pair a clinician with each shift", "Train dispatch to triage crisis calls"],
        72,
        y,
        font="Helvetica",
        size=10,
    )
    pdf.page().paragraph("Appendix text for reference only.", 72, 90)
    plan = planparse.parse(make_pdf(pdf))

    assert [p.title for p in plan.pillars] == ["Traffic Safety", "Mental Health Response"]
    assert all(node.source.page != 1 for node, _ in nodes(plan))
    assert not any(re.search(r"\.{4}", text) for _, text in nodes(plan))
    assert [len(p.goals) for p in plan.pillars] == [2, 2]


# (g) ------------------------------------------------------------------------------------


def words_in(pdf: pdfplumber.PDF, page: int, bbox: tuple[float, float, float, float]) -> set[str]:
    x0, top, x1, bottom = bbox
    region = pdf.pages[page - 1].crop((x0 - 1, top - 1, x1 + 1, bottom + 1))
    return {w["text"] for w in region.extract_words()}


def test_structure_source_page_is_where_text_is_printed(make_pdf):
    pdf = SyntheticPdf(header="Cedar Falls Police Department", footer="Page {page}")
    cover(pdf, "Cedar Falls Police Department", "Five-Year Strategic Plan 2024-2028")
    three_level_plan(pdf)
    # A last page whose goal's bullets run onto the page after it.
    page = pdf.page()
    y = page.heading("Pillar 3: Careers", 54, 96, "Courier-Bold", 18) + 14
    y = page.heading("Goal 1: Hiring", 54, 620, "Times-Bold", 13.5) + 4
    page.bullets(["Shorten the background check"], 66, y, font="Times-Roman", size=11)
    pdf.page().bullets(
        ["Offer a signing bonus", "Pay tuition for degrees"], 66, 96, font="Times-Roman", size=11
    )
    path = make_pdf(pdf)
    plan = planparse.parse(path)

    found = list(nodes(plan))
    assert len(found) == 15
    pages = {text: node.source.page for node, text in found}
    assert pages["Careers"] == 4
    assert pages["Shorten the background check"] == 4
    assert pages["Offer a signing bonus"] == 5
    with pdfplumber.open(path) as document:
        for node, text in found:
            printed = words_in(document, node.source.page, node.source.bbox)
            assert set(text.split()) <= printed, (text, node.source)


def test_structure_source_bbox_covers_title_under_bare_header(make_pdf):
    pdf = SyntheticPdf(footer="{page}")
    goal_pages(pdf, split_header=True)
    path = make_pdf(pdf)
    plan = planparse.parse(path)

    assert [p.title for p in plan.pillars] == [title for title, _ in GOAL_PAGES]
    with pdfplumber.open(path) as document:
        for pillar in plan.pillars:
            printed = words_in(document, pillar.source.page, pillar.source.bbox)
            assert set(pillar.title.split()) <= printed, (pillar.title, pillar.source)


# (h) ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agency", "title_lines", "title"),
    [
        ("Springfield Police Department", ["Strategic Plan 2024-2027"],
         "Strategic Plan 2024-2027"),
        ("SPRINGFIELD POLICE DEPARTMENT", ["Strategic Plan", "2024 - 2027"],
         "Strategic Plan 2024 - 2027"),
    ],
)  # fmt: skip
def test_structure_cover_gives_agency_title_and_period(make_pdf, agency, title_lines, title):
    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading(agency, 90, 240, "Helvetica-Bold", 22) + 20
    for line in title_lines:
        y = page.heading(line, 90, y, "Helvetica", 30) + 8
    page.paragraph("Prepared for the City Council, March 2024", 90, 700, font="Helvetica", size=9)
    body = pdf.page()
    y = body.heading("Patrol", 72, 90, "Helvetica-Bold", 16) + 4
    body.bullets(["Staff every beat around the clock"], 80, y, font="Helvetica", size=10)
    plan = planparse.parse(make_pdf(pdf))

    assert plan.agency == "Springfield Police Department"
    assert plan.title == title
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (2024, 2027)


def test_structure_cover_fiscal_year_period(make_pdf):
    pdf = SyntheticPdf()
    cover(pdf, "Northgate Police Department", "Strategic Plan FY2025 - FY2027")
    body = pdf.page()
    y = body.heading("Patrol", 72, 90, "Helvetica-Bold", 16) + 4
    body.bullets(["Staff every beat around the clock"], 80, y, font="Helvetica", size=10)
    plan = planparse.parse(make_pdf(pdf))

    assert plan.title == "Strategic Plan FY2025 - FY2027"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (2025, 2027)


def test_structure_item_over_a_page_break_keeps_a_source_on_each_page(make_pdf):
    pdf = SyntheticPdf(footer="Page {page}")
    cover(pdf, "Cedar Falls Police Department", "Five-Year Strategic Plan 2024-2028")
    three_level_plan(pdf)
    page = pdf.page()
    page.heading("Pillar 3: Careers", 54, 96, "Courier-Bold", 18)
    y = page.heading("Goal 1: Hiring", 54, 660, "Times-Bold", 13.5) + 4
    page.bullets(["Shorten the background check for applicants who"], 66, y, size=11)
    pdf.page().text("already hold a state certificate", 80, 96, size=11)
    plan = planparse.parse(make_pdf(pdf))

    activity = plan.pillars[-1].goals[0].activities[0]
    assert activity.text.endswith("who already hold a state certificate")
    assert [s.page for s in activity.sources] == [4, 5]
    assert activity.source == activity.sources[0]
    one_page = plan.pillars[0].goals[0].activities[0]
    assert one_page.source is not None
    assert one_page.sources == []


@pytest.mark.parametrize("layout", ["beside", "below"])
def test_structure_policy_header_form_gives_number_and_title(layout: str) -> None:
    from planparse.recognisers.policy import form_header
    from planparse.types import Cell, Table

    def cell(text: str, x: float, top: float) -> Cell:
        return Cell(text, (x, top, x + 100, top + 12))

    if layout == "beside":
        rows = [[cell("Policy Number:", 72, 80), cell("842", 172, 80)],
                [cell("Subject:", 72, 92), cell("Body-Worn Cameras", 172, 92)]]  # fmt: skip
    else:
        rows = [[cell("Policy Number", 72, 80), cell("Title", 172, 80)],
                [cell("817", 72, 92), cell("Early Intervention System", 172, 92)]]  # fmt: skip
    found = form_header([(1, Table((72, 80, 272, 104), rows))])
    assert found is not None
    assert found[:2] == (("842", "Body-Worn Cameras") if layout == "beside" else
                         ("817", "Early Intervention System"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "schedule"),
    [
        ("The supervisor shall complete the review within 30 days of the alert.", "within 30 days"),
        ("Supervisors shall receive training within six months of promotion.",
         "within six months of promotion"),
        ("Supervisors shall meet with the employee at least every two weeks.",
         "at least every two weeks"),
        ("The unit shall purge the records after three years.", "after three years"),
        ("The unit shall publish a report each quarter.", "each quarter"),
        ("Employees should review the dashboard at least quarterly.", "at least quarterly"),
        ("Officers shall upload recordings before the end of each shift.",
         "before the end of each shift"),
    ],
)  # fmt: skip
def test_structure_policy_deadlines_and_frequencies_as_printed(
    sentence: str, schedule: str
) -> None:
    from planparse.nlp import directive

    found = directive(sentence)
    assert found is not None
    assert found.schedules == [schedule]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Supervisors conducting a monitoring period shall meet with the employee.",
         "Supervisors conducting a monitoring period"),
        ("The supervisor investigating a complaint should view the recording.",
         "The supervisor investigating a complaint"),
        ("All members issued a camera shall complete the training.", "All members issued a camera"),
        ("Officers assigned to patrol shall wear a camera.", "Officers assigned to patrol"),
        ("Officer involved shootings shall be reviewed by the chief.", None),
        ("Recordings made by officers shall be kept for a year.", None),
        ("Any complaint alleging officer misconduct shall be logged.", None),
        ("The assigned supervisor shall complete the review.", "The assigned supervisor"),
        ("Each unit commander assigned to a station shall report.",
         "Each unit commander assigned to a station"),
    ],
)  # fmt: skip
def test_structure_directive_subject_keeps_the_modifier_of_an_actor(
    sentence: str, lead: str | None
) -> None:
    """An actor followed by a participle ('Supervisors conducting ...') leads with its
    restrictive modifier kept; a bare singular actor before a participle names a thing, and
    a passive's agent ('made by officers') is no subject."""
    from planparse.nlp import directive

    found = directive(sentence)
    assert found is not None
    assert found.lead == lead


def test_structure_will_directs_only_an_actor() -> None:
    from planparse.nlp import directive

    found = directive("The Records Unit will respond to requests within ten business days.")
    assert found is not None
    assert (found.lead, found.schedules) == ("The Records Unit", ["within ten business days"])
    assert directive("This policy will help residents understand the process.") is None


def test_structure_labelled_fields_printed_as_headings_and_items_are_fields_not_activities() -> (
    None
):
    """'Executive Sponsor: X' beside a goal's title (set bold, like a heading) is the goal's
    lead; 'Measure: Y' bulleted under an action is that action's field, not another action."""
    from builders import heading, item

    from planparse.recognisers.labelled import LabelledHeadings
    from planparse.structure import Contents

    blocks = [
        heading("COMMITMENT 1", 18),
        heading("Community Connection", 24),
        heading("Initiative 1.1 — Strengthen relationships with residents", 16),
        heading("Executive Sponsor: Community Engagement Unit", 11, x0=445),
        item("Translate key materials into eight languages."),
        item("Measure: number of partner agencies engaged", x0=110),
        item("Host a community meeting in each district twice a year."),
        heading("COMMITMENT 2", 18),
        heading("Advance Technology", 24),
        heading("Initiative 2.1 — Modernize dispatch", 16),
        item("Replace the records system. (Lead: IT Division)"),
    ]
    pillars = LabelledHeadings().build(blocks, Contents(entries=[])).pillars
    goal = pillars[0].goals[0]
    assert goal.leads == ["Community Engagement Unit"]
    assert [a.text for a in goal.activities] == [
        "Translate key materials into eight languages.",
        "Host a community meeting in each district twice a year.",
    ]
