"""Annual report with the strategic plan as one part (python-docx -> LibreOffice Writer).

Cover, contents, the chief's message, who we are (mission, vision, values), a year in review
(a Heading 2 per division with accomplishment bullets and a statistics table: not nodes), then
the plan part: its title as Heading 1, pillars as Heading 2, goals as Heading 3 with a goal-lead
line, activities as bullets with a field line or as a small Activity/Lead/Timeline table per
goal. Appendices after the plan (organisational chart, crime statistics, glossary) are not nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from docx.shared import Inches, Pt, RGBColor

from ..content import Shape, make_plan, number_levels, person
from ..producers import docx_pdf
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_LEAD_KEYS, LEAD_KEYS, STATUS_KEYS, TIMELINE_KEYS, level_words
from . import _docx_annual_text as txt
from . import _docx_common as dc

NAME = "docx-annual-report"


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(5, 6),
        goals=(2, 3),
        activities=(2, 4),
        goal_leads=0.8,
        activity_leads=0.85,
        milestones="timeline",
        goal_status=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape)
    scheme = rng.choice([("arabic", "dotted"), ("upper", "letter-dotted")])
    number_levels(plan, scheme)
    st = dc.draw_style(rng)
    dc.caps_titles(plan, st)
    st.update(
        {
            "mode": spec.options["mode"],
            "words": level_words(rng, 2),
            "sep": rng.choice([": ", " \u2013 ", ". "]),
            "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
            "status_key": rng.choice(STATUS_KEYS),
            "lead_key": rng.choice(LEAD_KEYS),
            "timeline_key": rng.choice(TIMELINE_KEYS),
            "typed_dots": rng.random() < 0.5,
            "year": plan["period"]["start"] - 1,
            "bullet_style": rng.choice(["List Bullet", "List Bullet 2"]),
        }
    )
    w = st["words"]
    notes = [
        f"An annual report for {st['year']}; the plan is Part Two, titled by its plan title "
        "(Heading 1). Pillars are Heading 2 "
        f"('{w[0]} {plan['pillars'][0]['number']}{st['sep'].strip()} ...'), goals Heading 3 "
        f"('{w[1]} N ...', numbering {scheme[1]}).",
        f"Goal fields: '{st['goal_lead_key']}' -> leads"
        + (f", '{st['status_key']}' -> status" if shape.goal_status else "")
        + ".",
        (
            "Activities are bullets (number null), each followed by one italic field line "
            f"'{st['lead_key']}: X | {st['timeline_key']}: Y'"
            if st["mode"] == "fields"
            else "Activities are rows of a small table per goal (Activity, "
            f"{st['lead_key']}, {st['timeline_key']})"
        )
        + "; the timeline is the activity's one "
        "milestone (lead = the activity's first lead).",
        "Not nodes: cover, contents, chief's message, year in review (Heading 2 per division "
        "with accomplishment bullets and 'By the Numbers' tables, before the plan), appendices "
        "after the plan (organisational chart text, crime statistics table, glossary), footer.",
    ]
    return Doc(
        spec.slug,
        NAME,
        "libreoffice-writer",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": st},
        notes,
    )


def front(d, doc: Doc) -> None:
    """Cover, contents, chief's message, who we are."""
    plan, agency, st, rng = doc.plan, doc.extras["agency"], doc.extras["style"], doc.rng
    year = st["year"]
    dc.cover(
        d,
        st,
        agency,
        [plan["agency"], f"{year} Annual Report", f"including the {plan['title']}"],
        rng,
    )
    entries = [
        ("Message from the " + agency.chief_title, 3, 0),
        ("Who We Are", 4, 0),
        (f"{year} Year in Review", 5, 0),
    ]
    entries += [(div, 5 + i, 1) for i, div in enumerate(txt.DIVISIONS)]
    entries += [
        (plan["title"], 11, 0),
        ("Appendix A: Organizational Chart", 22, 0),
        ("Appendix B: Crime Statistics", 23, 0),
        ("Appendix C: Glossary", 24, 0),
    ]
    dc.toc(d, entries, st["typed_dots"], 8.5 - 2 * st["margin"])
    d.add_paragraph("Message from the " + agency.chief_title, "Heading 1")
    dc.body(
        d,
        f"{year} was a year of steady progress for the {plan['agency']}. Our officers "
        "and professional staff answered more calls than ever, welcomed new colleagues "
        "and strengthened the partnerships that make our work possible.",
        st,
    )
    dc.body(
        d,
        "This report looks back at what we achieved, and it looks forward. Its second "
        f"part is the {plan['title']}, which sets out where we will focus through "
        f"{plan['period']['end']} and who is responsible for each commitment.",
        st,
    )
    dc.body(
        d,
        "I want to thank the city council, our labor associations and the many "
        "residents who took part in the planning sessions. Your voices shaped this "
        "plan.",
        st,
    )
    par = d.add_paragraph()
    par.add_run(agency.chief).bold = True
    par.add_run(f", {agency.chief_title}")
    dc.page_break(d)
    d.add_paragraph("Who We Are", "Heading 1")
    dc.mission_page(d, st, plan, "Heading 2")


def year_in_review(d, doc: Doc) -> None:
    """A Heading 2 per division: narrative, accomplishment bullets, a statistics table."""
    st, rng = doc.extras["style"], doc.rng
    dc.page_break(d)
    d.add_paragraph(f"{st['year']} Year in Review", "Heading 1")
    for i, (division, (text, items)) in enumerate(txt.DIVISIONS.items()):
        if i and i % 2 == 0:
            dc.page_break(d)
        d.add_paragraph(division, "Heading 2")
        dc.body(d, text, st)
        for extra in rng.sample(txt.SECOND, 2):
            dc.body(d, extra, st)
        d.add_paragraph("Highlights of the year:").runs[0].bold = True
        for item in txt.accomplishments(rng, rng.sample(items, min(len(items), 4))):
            d.add_paragraph(item, st["bullet_style"])
    simple_table(
        d,
        "By the Numbers",
        ["Measure", str(st["year"] - 1), str(st["year"])],
        txt.stat_rows(rng, st["year"]),
    )
    dc.page_break(d)
    simple_table(d, "Employee Recognition", ["Award", "Recipient"], txt.award_rows(rng, person))
    simple_table(
        d, "Budget Overview", ["Category", f"FY{st['year']} Actual", "Change"], txt.budget_rows(rng)
    )


def simple_table(d, heading: str | None, labels: list[str], rows: list) -> None:
    """A Heading 2 and a plain grid table with a grey header row (not nodes)."""
    if heading:
        d.add_paragraph(heading, "Heading 2")
    table = d.add_table(rows=1, cols=len(labels))
    table.style = d.styles["Table Grid"]
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        dc.shade(cell, "D9D9D9")
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    d.add_paragraph()


def goal_block(d, goal: Node, st: dict) -> None:
    """A goal: Heading 3, its fields, then its activities (bullets + fields, or a table)."""
    d.add_paragraph(f"{st['words'][1]} {goal['number']}{st['sep']}{goal['title']}", "Heading 3")
    if goal["leads"]:
        dc.key_line(d, [(st["goal_lead_key"], "; ".join(goal["leads"]))])
    if goal["status"]:
        dc.key_line(d, [(st["status_key"], goal["status"])])
    if st["mode"] == "fields":
        for act in goal["activities"]:
            d.add_paragraph(act["text"], st["bullet_style"])
            pairs = [(st["lead_key"], ", ".join(act["leads"]))] if act["leads"] else []
            pairs += [(st["timeline_key"], m["text"]) for m in act["milestones"]]
            if pairs:
                dc.key_line(d, pairs, False, " | ", 0.5, True, st["size"] - 1)
        return
    table = d.add_table(rows=1, cols=3)
    table.style = d.styles["Table Grid"]
    for cell, label in zip(
        table.rows[0].cells, ["Activity", st["lead_key"], st["timeline_key"]], strict=True
    ):
        run = cell.paragraphs[0].add_run(label)
        run.bold, run.font.color.rgb = True, RGBColor(255, 255, 255)
        dc.shade(cell, st["accent"])
    for act in goal["activities"]:
        cells = table.add_row().cells
        cells[0].text = act["text"]
        cells[1].text = "\n".join(act["leads"])
        cells[2].text = "; ".join(m["text"] for m in act["milestones"])
    dc.fix_table(table, [w * (8.5 - 2 * st["margin"]) / 6.5 for w in (3.9, 1.5, 1.1)])
    d.add_paragraph().paragraph_format.space_after = Pt(2)


def plan_part(d, doc: Doc) -> None:
    plan, st = doc.plan, doc.extras["style"]
    dc.page_break(d)
    d.add_paragraph(plan["title"], "Heading 1")
    dc.body(
        d,
        "The plan that follows was adopted this year after a twelve-month process of "
        "community meetings, employee surveys and review by the city council. It "
        f"organises our work into {len(plan['pillars'])} priorities; each goal names "
        "its owner and each activity its lead and timeline.",
        st,
    )
    for i, pillar in enumerate(plan["pillars"]):
        if i:
            dc.page_break(d)
        d.add_paragraph(
            f"{st['words'][0]} {pillar['number']}{st['sep']}{pillar['title']}", "Heading 2"
        )
        if pillar["description"]:
            dc.body(d, pillar["description"], st)
        for goal in pillar["goals"]:
            goal_block(d, goal, st)


def appendices(d, doc: Doc) -> None:
    """Organisational chart as indented text, crime statistics table, glossary."""
    agency, st, rng = doc.extras["agency"], doc.extras["style"], doc.rng
    dc.page_break(d)
    d.add_paragraph("Appendix A: Organizational Chart", "Heading 1")
    for level, text in txt.ORG:
        par = d.add_paragraph(text.format(chief_title=agency.chief_title))
        par.paragraph_format.left_indent = Inches(0.4 * level)
        par.paragraph_format.space_after = Pt(1)
        if level == 0:
            par.runs[0].bold = True
    dc.page_break(d)
    d.add_paragraph("Appendix B: Crime Statistics", "Heading 1")
    y = st["year"]
    dc.body(d, "Reported Part I offenses, three-year comparison.", st)
    simple_table(
        d, None, ["Offense", str(y - 2), str(y - 1), str(y), "Change"], txt.crime_rows(rng)
    )
    d.add_paragraph("Appendix C: Glossary", "Heading 1")
    for term, meaning in txt.GLOSSARY:
        par = d.add_paragraph()
        par.add_run(term + ". ").bold = True
        par.add_run(meaning)


def render(doc: Doc, out: Path) -> None:
    st, plan = doc.extras["style"], doc.plan
    d = dc.new_document(st)
    dc.add_footer(d, f"{plan['agency']}  \u2022  {st['year']} Annual Report")
    front(d, doc)
    year_in_review(d, doc)
    plan_part(d, doc)
    appendices(d, doc)
    docx_pdf(d, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-writer",
        __doc__.splitlines()[0],
        [
            DocSpec("docx-annual-report-fields", 4201, "dev", {"mode": "fields"}),
            DocSpec("docx-annual-report-tables", 4202, "test", {"mode": "table"}),
            DocSpec("docx-annual-report-tables-2", 4251, "dev", {"mode": "table"}),
        ],
        build,
        render,
    )
]
