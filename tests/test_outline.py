"""Numbered-outline plans ('1.' / '1.1' / '1.1.1') and dotted level numbers ('Objective 1.2')."""

from __future__ import annotations

from synthetic import SyntheticPdf

import planparse


def outline_plan(pdf: SyntheticPdf) -> None:
    page = pdf.page()
    page.heading("Briar Glen Police Department", 72, 200, "Helvetica-Bold", 24)
    page.heading("Strategic Plan 2025-2029", 72, 240, "Helvetica-Bold", 18)
    page = pdf.page()
    y = page.heading("1. Community Trust", 60, 90, "Helvetica-Bold", 17) + 6
    y = page.paragraph("Trust grows when residents see and shape our work.", 60, y) + 8
    y = page.heading("1.1 Open the department to residents", 60, y, "Helvetica-Bold", 12.5) + 4
    y = page.paragraph("1.1.1 Host a quarterly open house at each station", 72, y) + 4
    y = page.paragraph("1.1.2 Publish stop data every month", 72, y) + 4
    y = page.key_value("Lead:", "Community Affairs Office", 60, y + 6, size=11) + 10
    y = page.heading("1.2 Listen to young people", 60, y, "Helvetica-Bold", 12.5) + 4
    page.bullets(["Form a youth advisory council", "Visit each high school"], 72, y, size=11)
    page = pdf.page()
    y = page.heading("2. Workforce", 60, 90, "Helvetica-Bold", 17) + 10
    y = page.heading("2.1 Recruit locally", 60, y, "Helvetica-Bold", 12.5) + 4
    y = page.paragraph("2.1.1 Run a cadet program with the community college", 72, y) + 4
    y = page.heading("2.2 Support officer wellness", 60, y + 6, "Helvetica-Bold", 12.5) + 4
    page.bullets(["Fund a peer support team"], 72, y, size=11)


def test_outline_numbers_give_levels(make_pdf) -> None:
    pdf = SyntheticPdf(footer="{page}")
    outline_plan(pdf)
    plan = planparse.parse(make_pdf(pdf))

    assert plan.kind == "strategic_plan"
    assert [(p.number, p.title) for p in plan.pillars] == [
        ("1", "Community Trust"),
        ("2", "Workforce"),
    ]
    assert plan.pillars[0].description == "Trust grows when residents see and shape our work."
    goals = [(g.number, g.title, g.leads, [(a.number, a.text) for a in g.activities])
             for p in plan.pillars for g in p.goals]  # fmt: skip
    assert goals == [
        ("1.1", "Open the department to residents", ["Community Affairs Office"],
         [("1.1.1", "Host a quarterly open house at each station"),
          ("1.1.2", "Publish stop data every month")]),
        ("1.2", "Listen to young people", [],
         [(None, "Form a youth advisory council"), (None, "Visit each high school")]),
        ("2.1", "Recruit locally", [],
         [("2.1.1", "Run a cadet program with the community college")]),
        ("2.2", "Support officer wellness", [], [(None, "Fund a peer support team")]),
    ]  # fmt: skip


def test_outline_dotted_numbers_after_level_words(make_pdf) -> None:
    pdf = SyntheticPdf()
    for number, title, objectives in [
        ("1", "Safer Roads", [("1.1", "Cut injury crashes"), ("1.2", "Enforce school zones")]),
        ("2", "Modern Tools", [("2.1", "Replace the records system")]),
    ]:
        page = pdf.page()
        y = page.heading(f"Goal {number}: {title}", 60, 90, "Times-Bold", 18) + 8
        for objective, text in objectives:
            y = page.heading(f"Objective {objective}: {text}", 60, y, "Times-Bold", 13) + 4
            y = page.bullets([f"Report progress on {text.lower()}"], 72, y, size=11) + 8
    plan = planparse.parse(make_pdf(pdf))

    assert [(g.number, g.title) for p in plan.pillars for g in p.goals] == [
        ("1.1", "Cut injury crashes"),
        ("1.2", "Enforce school zones"),
        ("2.1", "Replace the records system"),
    ]


def areas_over_goals(pdf: SyntheticPdf, areas: list[tuple[str, list[str]]]) -> None:
    number = 0
    for area, goals in areas:
        page = pdf.page()
        y = page.heading(area, 60, 90, "Helvetica-Bold", 22) + 10
        for goal in goals:
            number += 1
            y = page.heading(f"Goal {number}: {goal}", 60, y, "Helvetica-Bold", 13) + 4
            y = page.bullets([f"Track progress on {goal.lower()}"], 72, y, size=11) + 8


def test_outline_plain_headings_over_a_single_level_family(make_pdf) -> None:
    pdf = SyntheticPdf()
    areas_over_goals(
        pdf,
        [
            ("COMMUNITY TRUST", ["Host listening sessions", "Publish stop data"]),
            ("WORKFORCE", ["Hire locally"]),
        ],
    )
    plan = planparse.parse(make_pdf(pdf))

    assert [(p.number, p.title) for p in plan.pillars] == [
        (None, "COMMUNITY TRUST"),
        (None, "WORKFORCE"),
    ]
    assert [[(g.number, g.title, len(g.activities)) for g in p.goals] for p in plan.pillars] == [
        [("1", "Host listening sessions", 1), ("2", "Publish stop data", 1)],
        [("3", "Hire locally", 1)],
    ]


def test_outline_one_title_over_goals_keeps_goals_as_pillars(make_pdf) -> None:
    pdf = SyntheticPdf()
    areas_over_goals(pdf, [("OUR GOALS", ["Host listening sessions", "Hire locally"])])
    plan = planparse.parse(make_pdf(pdf))

    assert [(p.number, p.title) for p in plan.pillars] == [
        ("1", "Host listening sessions"),
        ("2", "Hire locally"),
    ]
    assert [g.title for g in plan.pillars[0].goals] == ["Track progress on host listening sessions"]
