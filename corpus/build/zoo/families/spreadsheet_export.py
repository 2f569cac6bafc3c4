"""A spreadsheet action plan printed to PDF (reportlab platypus): gridded sheet, values repeated.

What Excel or Sheets prints: landscape pages, small type, a thin grey grid round every cell, a
bold shaded header row repeated at the top of every page, a footer with the sheet name and
"Page N of M", and a short title block (agency, plan title, period) above the table on page 1
only. The hierarchy lives in columns whose values repeat on every row (nothing merged, nothing
printed once): the pillar and goal cells of an action row name its pillar and goal, so each
distinct value is one node, in first-appearance order. Each row is one activity; its Due cell is
the activity's one milestone; its Responsible cell the activity's leads (one or two units).
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from ..content import STATUSES, Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from . import _tables_common as tc

NAME = "spreadsheet-export"
SHEETS = ["Action Plan", "Sheet1", "Implementation", "Action Items", "Plan Tracker"]
LEAD_KEYS = ["Responsible Party", "Responsible", "Lead", "Owner", "Lead Unit"]
DUE_KEYS = ["Due Date", "Due", "Target", "Target Date", "Completion"]

# Per layout: the columns in print order, each (key, header, relative width). Keys: pnum/ptitle
# (pillar number and title), gnum/gtitle, anum/atext, lead, start, due, status.
LAYOUTS = {
    "numbered": [
        ("pnum", "Goal #", 0.05),
        ("ptitle", "Goal", 0.13),
        ("gnum", "Objective #", 0.06),
        ("gtitle", "Objective", 0.17),
        ("atext", "Action Step", 0.3),
        ("lead", None, 0.13),
        ("due", None, 0.08),
        ("status", "Status", 0.08),
    ],
    "named": [
        ("ptitle", "Priority Area", 0.14),
        ("gtitle", "Strategy", 0.2),
        ("atext", "Tactic", 0.32),
        ("lead", None, 0.13),
        ("start", "Start", 0.07),
        ("due", None, 0.07),
        ("status", "Status", 0.07),
    ],
    "codes": [
        ("anum", "ID", 0.08),
        ("ptitle", "Pillar", 0.14),
        ("gtitle", "Goal", 0.19),
        ("atext", "Action", 0.32),
        ("lead", None, 0.13),
        ("due", None, 0.07),
        ("status", "Status", 0.07),
    ],
    "wrapped": [
        ("ptitle", "Pillar", 0.12),
        ("gtitle", "Objective", 0.12),
        ("anum", "#", 0.05),
        ("atext", "Activity", 0.37),
        ("lead", None, 0.15),
        ("due", None, 0.09),
        ("status", "Status", 0.1),
    ],
}
SCHEMES = {
    "numbered": ("arabic", "dotted", "none"),
    "named": ("none", "none", "none"),
    "codes": ("none", "none", "none"),
    "wrapped": ("none", "none", "dotted"),
}


def code_numbers(plan: Node) -> None:
    """Activity IDs in one column, 'G1.O2.A3': the activity's printed number; the pillar and
    goal print no number of their own."""
    for pi, pillar in enumerate(plan["pillars"], 1):
        for gi, goal in enumerate(pillar["goals"], 1):
            for ai, act in enumerate(goal["activities"], 1):
                act["number"] = f"G{pi}.O{gi}.A{ai}"


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    layout = spec.options["layout"]
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=0.9,
        milestones="timeline",
        timeline_schemes=("quarter", "month", "fiscal", "year"),
        ongoing=0.15,
        pillar_descriptions=False,
        front_matter=False,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, SCHEMES[layout])
    if layout == "codes":
        code_numbers(plan)
    for act in (a for p in plan["pillars"] for g in p["goals"] for a in g["activities"]):
        act["_status"] = rng.choice(STATUSES)
        act["_start"] = f"Q{rng.randint(1, 4)} {plan['period']['start']}"
    look = tc.draw_look(rng)
    look.size = rng.choice([7, 7.5, 8, 8.5, 9])
    heads = {"lead": rng.choice(LEAD_KEYS), "due": rng.choice(DUE_KEYS)}
    columns = [(k, h or heads[k], w) for k, h, w in LAYOUTS[layout]]
    sep = rng.choice(["; ", "; ", " / "])
    look.extras.update(
        columns=columns,
        sep=sep,
        sheet=rng.choice(SHEETS),
        shade=rng.choice(["#d9d9d9", "#dce6f1", "#e2efda", "#fce4d6"]),
        grid=rng.choice([0.25, 0.4, 0.5]),
    )
    names = " | ".join(h for _, h, _ in columns)
    level = {k: h for k, h, _ in columns}
    notes = [
        f"One sheet printed landscape: columns '{names}'; thin grey grid, bold shaded header "
        "row repeated on every page, footer with the sheet name and 'Page N of M', a title "
        "block (agency, plan title, period) on page 1 only.",
        f"Every row repeats its '{level['ptitle']}' and '{level['gtitle']}' cells: each "
        "distinct value is one pillar / goal, in first-appearance order; each row is one "
        f"activity ('{level['atext']}').",
        f"'{level['lead']}' holds the activity's leads (two joined by "
        f"{tc.sep_name(sep)}); '{level['due']}' is its one milestone (period normalised, null "
        "for Ongoing/Annually/Quarterly; lead = the activity's first lead).",
        "Not nodes: the title block, the footer, "
        + ("the Start column, " if "start" in level else "")
        + "the Status column (the schema has no activity status).",
    ]
    if layout == "numbered":
        notes.append(
            f"'{level['pnum']}' is the pillar number (1), '{level['gnum']}' the goal number "
            "(1.2); action steps print no number."
        )
    elif layout == "codes":
        notes.append(
            "The ID column ('G1.O2.A3') is the activity's number; pillars and goals print no "
            "number of their own."
        )
    elif layout == "wrapped":
        notes.append(
            f"The '{level['gtitle']}' column is narrow: the goal title wraps onto several lines "
            f"in every row; '#' is the activity number (1.2.3); pillars and goals are unnumbered."
        )
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "look": look},
        notes,
    )


def cell_values(pillar: Node, goal: Node, act: Node, sep: str) -> dict[str, str]:
    """What each column prints on an activity's row (markup-escaped, leads joined)."""
    due = act["milestones"][0]["text"] if act["milestones"] else ""
    values = {
        "pnum": pillar["number"] or "",
        "ptitle": pillar["title"],
        "gnum": goal["number"] or "",
        "gtitle": goal["title"],
        "anum": act["number"] or "",
        "atext": act["text"],
        "start": act["_start"],
        "due": due,
        "status": act["_status"],
    }
    out = {k: escape(v) for k, v in values.items()}
    out["lead"] = sep.join(escape(lead) for lead in act["leads"])
    return out


def sheet_table(plan: Node, look: tc.Look, st: dict, width: float):
    """The whole plan as one gridded table, header repeated on each page."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    ex = look.extras
    keys = [k for k, _, _ in ex["columns"]]
    data = [[Paragraph(escape(h), st["head"]) for _, h, _ in ex["columns"]]]
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            for act in goal["activities"]:
                row = cell_values(pillar, goal, act, ex["sep"])
                data.append([Paragraph(row[k], st["cell"]) for k in keys])
    scale = sum(w for _, _, w in ex["columns"])
    table = Table(data, colWidths=[w / scale * width for _, _, w in ex["columns"]], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), ex["grid"], colors.HexColor("#a6a6a6")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ex["shade"])),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

    look, plan = doc.extras["look"], doc.plan
    f, s = look.fonts, look.size
    st = {
        "cell": ParagraphStyle("cell", fontName=f.regular, fontSize=s, leading=s * 1.18),
        "head": ParagraphStyle("head", fontName=f.bold, fontSize=s, leading=s * 1.18),
        "title": ParagraphStyle("title", fontName=f.bold, fontSize=s + 5, leading=(s + 5) * 1.25),
        "sub": ParagraphStyle("sub", fontName=f.regular, fontSize=s + 2, leading=(s + 2) * 1.3),
    }
    pagesize, margin = landscape(letter), 36
    width = pagesize[0] - 2 * margin
    period = plan["period"]
    total = {"pages": 0}

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(f.regular, 7)
        canvas.setFillGray(0.3)
        canvas.drawString(margin, margin * 0.5, look.extras["sheet"])
        canvas.drawRightString(
            pagesize[0] - margin,
            margin * 0.5,
            f"Page {document.page} of {total['pages'] or document.page}",
        )
        canvas.restoreState()

    def story() -> list:
        return [
            tc.para(plan["agency"], st["title"]),
            tc.para(plan["title"], st["sub"]),
            tc.para(f"Plan period: {period['start']} \u2013 {period['end']}", st["sub"]),
            Spacer(1, 8),
            sheet_table(plan, look, st, width),
        ]

    for _ in range(2):  # the first pass counts the pages the footer's "of M" needs
        sheet = BaseDocTemplate(
            str(out),
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=plan["title"],
            author=plan["agency"],
            invariant=1,
        )
        frame = Frame(margin, margin, width, pagesize[1] - 2 * margin, id="f")
        sheet.addPageTemplates([PageTemplate("sheet", [frame], onPage=footer)])
        sheet.build(story())
        total["pages"] = sheet.page


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("spreadsheet-export-1", 8101, "dev", {"layout": "numbered"}),
            DocSpec("spreadsheet-export-2", 8102, "dev", {"layout": "named"}),
            DocSpec("spreadsheet-export-3", 8103, "dev", {"layout": "codes"}),
            DocSpec("spreadsheet-export-4", 8104, "test", {"layout": "wrapped"}),
        ],
        build,
        render,
    )
]
