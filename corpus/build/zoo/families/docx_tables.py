"""Word action-plan tables (python-docx -> LibreOffice Writer): one table per pillar.

Each pillar is a Heading 1 with an intro paragraph and a Word table: a shaded header row
repeated on every page, goal rows merged across all columns ("Goal 2.1: ..."), then one row
per activity with a lead column (several leads as several cell paragraphs), a target-date
column (the activity's one milestone) and a "Notes"/"Resources" column that is not a node.
Some documents follow each table with performance measures (bullets that are not nodes).
"""

from __future__ import annotations

import random
from pathlib import Path

from docx.shared import Pt, RGBColor

from ..content import Shape, make_plan, number_levels
from ..producers import docx_pdf
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_WORDS, PILLAR_WORDS
from . import _docx_common as dc

NAME = "docx-tables"
NOTES = [
    "Existing budget",
    "Requires grant funding",
    "Coordinate with City IT",
    "Overtime funded by state traffic safety grant",
    "Staffing neutral",
    "Capital request submitted",
    "Partner MOU required",
    "Vendor selected",
    "Training hours: 8 per officer",
    "Included in the operating budget",
    "Pending council approval",
    "Uses existing software licenses",
    "",
    "",
    "Asset forfeiture funds",
    "Two additional FTEs requested",
]
MEASURES = [
    "Percent change in reported incidents compared with the three-year average",
    "Resident satisfaction score in the annual survey",
    "Number of participants and hours delivered",
    "Median response time to priority 1 calls",
    "Share of employees who rate the department a good place to work",
]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(4, 5),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=0.95,
        milestones="timeline",
        front_matter=rng.random() < 0.7,
    )
    plan, agency = make_plan(rng, shape)
    act_scheme = spec.options.get("activities", rng.choice(["dotted", "arabic", "none"]))
    number_levels(plan, ("arabic", "dotted", act_scheme))
    st = dc.draw_style(rng)
    dc.caps_titles(plan, st)
    st.update(
        {
            "pillar_word": rng.choice(PILLAR_WORDS[:4] + ["Strategic Priority"]),
            "goal_word": rng.choice([w for w in GOAL_WORDS if w != "Strategy"]),
            "act_col": rng.choice(["Action Item", "Strategy", "Action Step", "Activity"]),
            "lead_col": rng.choice(["Lead", "Lead Unit", "Responsible", "Owner"]),
            "time_col": rng.choice(["Timeline", "Target Date", "Target Completion"]),
            "notes_col": rng.choice(["Notes", "Resources", "Resources Needed"]),
            "number_col": act_scheme != "none",
            "measures": rng.random() < 0.5,
            "group_sep": rng.choice([": ", " \u2013 ", " "]),
            "group_fill": rng.choice(["DCE6F1", "EDEDED", "FDE9D9", "E2EFDA", "F2F2F2"]),
            "typed_dots": rng.random() < 0.5,
        }
    )
    for act in (a for p in plan["pillars"] for g in p["goals"] for a in g["activities"]):
        act["_note"] = rng.choice(NOTES)
    notes = [
        f"One Word table per pillar ('{st['pillar_word']} N' Heading 1). Goal rows are merged "
        f"across all columns ('{st['goal_word']} N.M{st['group_sep'].strip() or ' '}title') "
        "-> goals; the shaded header row repeats on each page (not a node).",
        f"Activity rows: columns {'#, ' if st['number_col'] else ''}'{st['act_col']}', "
        f"'{st['lead_col']}' (several leads as several cell paragraphs), '{st['time_col']}' "
        f"(the one milestone, lead = the row's first lead) and '{st['notes_col']}' (no role, "
        "not a node)."
        + (
            f" Activity numbers ({act_scheme}) in the # column."
            if st["number_col"]
            else " No activity numbers (null)."
        ),
        "Not nodes: cover, contents page, chief's letter, planning process, acronym glossary"
        + (", 'How we will measure success' bullets after each table" if st["measures"] else "")
        + ", running footer.",
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


def header_row(table, labels: list[str], st: dict) -> None:
    row = table.rows[0]
    dc.repeat_header(row)
    for cell, label in zip(row.cells, labels, strict=True):
        dc.shade(cell, st["accent"])
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        run.font.color.rgb = RGBColor(255, 255, 255)


def goal_row(table, goal: Node, st: dict) -> None:
    """A group row: every cell merged into one, shaded, bold goal label and title."""
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    dc.shade(merged, st["group_fill"])
    merged.paragraphs[0].paragraph_format.keep_with_next = True
    run = merged.paragraphs[0].add_run(
        f"{st['goal_word']} {goal['number']}{st['group_sep']}{goal['title']}"
    )
    run.bold = True


def activity_row(table, act: Node, st: dict) -> None:
    cells = table.add_row().cells
    i = 0
    if st["number_col"]:
        cells[0].text = act["number"]
        i = 1
    cells[i].text = act["text"]
    for k, lead in enumerate(act["leads"]):
        par = cells[i + 1].paragraphs[0] if k == 0 else cells[i + 1].add_paragraph()
        par.add_run(lead)
    cells[i + 2].text = "; ".join(m["text"] for m in act["milestones"])
    cells[i + 3].text = act["_note"]
    for cell in cells[i + 3 :]:
        for par in cell.paragraphs:
            for run in par.runs:
                run.italic = True


def pillar_table(d, pillar: Node, st: dict) -> None:
    labels = ([] if not st["number_col"] else ["#"]) + [
        st["act_col"],
        st["lead_col"],
        st["time_col"],
        st["notes_col"],
    ]
    widths = ([0.55] if st["number_col"] else []) + [2.9, 1.45, 1.0, 1.2]
    widths = [w * (8.5 - 2 * st["margin"]) / sum(widths) for w in widths]
    table = d.add_table(rows=1, cols=len(labels))
    table.style = d.styles["Table Grid"]
    table.autofit = False
    header_row(table, labels, st)
    for goal in pillar["goals"]:
        goal_row(table, goal, st)
        for act in goal["activities"]:
            activity_row(table, act, st)
    dc.fix_table(table, widths)
    for row in table.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                par.paragraph_format.space_after = Pt(2)
                for run in par.runs:
                    run.font.size = Pt(st["size"] - 1)


def acronyms(d, plan: Node) -> None:
    """A glossary of the short lead names used in the tables (not nodes)."""
    known = {
        "CID": "Criminal Investigations Division",
        "RTCC": "Real-Time Crime Center",
        "TSU": "Traffic Services Unit",
        "CEU": "Community Engagement Unit",
        "PSU": "Professional Standards Unit",
        "OES": "Office of Emergency Services",
        "HOT": "Homeless Outreach Team",
        "ASD": "Administrative Services Division",
        "SVU": "Special Victims Unit",
        "YSU": "Youth Services Unit",
        "FTE": "Full-time equivalent position",
        "MOU": "Memorandum of understanding",
    }
    d.add_paragraph("Glossary of Acronyms", "Heading 1")
    for short, long in known.items():
        par = d.add_paragraph()
        par.paragraph_format.space_after = Pt(1)
        par.add_run(short).bold = True
        par.add_run(f"\t{long}")


def render(doc: Doc, out: Path) -> None:
    st, plan, agency, rng = doc.extras["style"], doc.plan, doc.extras["agency"], doc.rng
    d = dc.new_document(st)
    dc.add_footer(d, f"{plan['agency']} {plan['title']}")
    dc.cover(d, st, agency, [plan["agency"], plan["title"], "Action Plan"], rng)
    entries = [("Message from the " + agency.chief_title, 3, 0), ("Planning Process", 4, 0)]
    entries += [
        (f"{st['pillar_word']} {p['number']}: {p['title']}", 5 + i, 0)
        for i, p in enumerate(plan["pillars"])
    ]
    entries.append(("Glossary of Acronyms", 5 + len(plan["pillars"]) * 2, 0))
    dc.toc(d, entries, st["typed_dots"], 8.5 - 2 * st["margin"])
    dc.chief_letter(d, st, agency, plan, rng)
    dc.page_break(d)
    d.add_paragraph("Planning Process", "Heading 1")
    dc.paragraphs(d, st, dc.PLANNING, rng)
    dc.mission_page(d, st, plan, "Heading 2")
    dc.body(
        d,
        "How to read the action tables: each table lists the goals of one "
        f"{st['pillar_word'].lower()}, the action items under each goal, the unit "
        "that leads the work and the date by which it is due.",
        st,
    )
    for pillar in plan["pillars"]:
        dc.page_break(d)
        d.add_paragraph(f"{st['pillar_word']} {pillar['number']}: {pillar['title']}", "Heading 1")
        if pillar["description"]:
            dc.body(d, pillar["description"], st)
        pillar_table(d, pillar, st)
        if st["measures"]:
            d.add_paragraph("How we will measure success", "Heading 3")
            for text in rng.sample(MEASURES, 2):
                d.add_paragraph(text, "List Bullet")
    dc.page_break(d)
    acronyms(d, plan)
    docx_pdf(d, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-writer",
        __doc__.splitlines()[0],
        [
            DocSpec("docx-tables-action-plan", 4101, "dev", {"activities": "dotted"}),
            DocSpec("docx-tables-merged-goals", 4102, "test", {"activities": "none"}),
            DocSpec("docx-tables-merged-goals-2", 4151, "dev", {"activities": "none"}),
            DocSpec("docx-tables-action-plan-2", 4152, "dev", {"activities": "dotted"}),
        ],
        build,
        render,
    )
]
