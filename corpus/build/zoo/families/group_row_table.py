"""One long action-plan table with full-width pillar and goal band rows (reportlab platypus).

The whole plan is a single table, continued across many pages with the header row repeated:
"Action | Lead | Partners | Year 1 (2026) | Year 2 (2027) | Year 3 (2028)". Pillars ("1 Community
Trust") and goals ("1.1 ...") are shaded rows spanning every column; activity rows sit below
their goal; each non-empty year cell is one milestone (column's normalised period, the row's
lead). The Partners column names outside partners: no role in the gold, and not leads. Some
goals end with a spanning "Performance Measures" row (not a node). One document is big (60+
landscape pages). Cover, contents, executive summary, a priorities-at-a-glance list (a summary
repeat, not nodes), running footer and glossary appendix surround the table.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_WORDS, PILLAR_WORDS
from . import _tables_common as tc

NAME = "group-row-table"
PARTNERS = [
    "County Probation Department",
    "Unified School District",
    "District Attorney's Office",
    "Parks and Recreation Department",
    "Chamber of Commerce",
    "County Public Health",
    "Neighborhood Watch Council",
    "Regional Transit Authority",
    "State Highway Patrol",
    "Faith Leaders Roundtable",
    "Community College",
    "Public Works Department",
    "Housing Authority",
    "Local Business Association",
    "City Manager's Office",
    "Fire Department",
    "Youth Commission",
    "Victim Advocacy Coalition",
    "County Mental Health Board",
    "Library Services",
]
FOLLOW_UPS = [
    "Report progress to the command staff each quarter.",
    "Share results with the community advisory board.",
    "Document lessons learned for the annual report.",
    "Confirm funding in the next budget cycle.",
    "Adjust the approach based on the evaluation findings.",
    "Brief the City Council on outcomes.",
    "Track participation and outcomes in the monthly dashboard.",
]


def year_labels(rng: random.Random, start: int) -> list[str]:
    """Three year columns, printed the way plans do ("Year 1 (2026)", "FY 2026", "2026")."""
    form = rng.choice(["year-n", "fy", "plain"])
    years = [start, start + 1, start + 2]
    if form == "year-n":
        return [f"Year {i} ({y})" for i, y in enumerate(years, 1)]
    if form == "fy":
        return [f"FY {y}" for y in years]
    return [str(y) for y in years]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    big = spec.options.get("big", False)
    start = rng.randint(2025, 2027)
    labels = year_labels(rng, start)
    sizes = (
        dict(pillars=(8, 8), goals=(4, 6), activities=(9, 11))
        if big
        else dict(pillars=(3, 4), goals=(2, 4), activities=(3, 5))
    )
    shape = Shape(
        **sizes,
        activity_leads=0.95,
        milestones="phased",
        phases=labels,
        phase_fill=0.75,
        pillar_descriptions=False,
        front_matter=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape, start=start)
    number_levels(plan, rng.choice([("arabic", "dotted"), ("upper", "letter-dotted")]))
    look = tc.draw_look(rng)
    if big:
        look.size = 11
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        goal["_measures"] = rng.random() < 0.35
        for act in goal["activities"]:
            act["_partners"] = rng.sample(PARTNERS, rng.choice([0, 1, 1, 2, 2, 3]))
            for m in act["milestones"]:
                if rng.random() < (0.85 if big else 0.3):
                    m["text"] += " " + rng.choice(FOLLOW_UPS)
    words = [rng.choice(["", "", *PILLAR_WORDS]), rng.choice(["", "", *GOAL_WORDS])]
    look.extras.update(
        words=words,
        labels=labels,
        sep=rng.choice(["; ", " / ", ";<br/>"]),
        grid=rng.random() < 0.5,
        big=big,
    )
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "look": look},
        notes_for(words, labels, look),
    )


def notes_for(words: list[str], labels: list[str], look: tc.Look) -> list[str]:
    pw, gw = (w or "(number only)" for w in words)
    return [
        "The plan is one long table continued across pages with a repeated header row; "
        f"pillar band rows ('{pw}') and goal band rows ('{gw}') span all columns and are "
        "shaded; the rows below a goal band are its activities. A pillar or goal continued "
        "onto a later page is one node.",
        f"Columns 'Action | Lead | Partners | {' | '.join(labels)}': each non-empty year cell is "
        "one milestone with the column's normalised period and the row's lead (the first lead "
        f"when a cell holds several, joined by {tc.sep_name(look.extras['sep'])}).",
        "The Partners column names outside partners: not leads, not stored in the gold.",
        "Spanning 'Performance Measures:' rows after some goals are not nodes.",
        "Not nodes: cover, contents page, executive summary, mission/vision/values when printed, "
        "'Our Priorities at a Glance' list (a summary repeat), running footer, Appendix A.",
    ]


def band_text(word: str, number: str, title: str) -> str:
    return f"{word} {number}: {title}" if word else f"{number} {title}"


def table_rows(plan: Node, look: tc.Look, st: dict, rng) -> tuple[list, list]:
    """The table's rows and the style commands of its bands (pillar, goal, measures rows)."""
    from reportlab.lib import colors

    ex = look.extras
    rows = [[tc.para(t, st["head_cell"]) for t in ("Action", "Lead", "Partners", *ex["labels"])]]
    cmds = []

    def band(text: str, style: str, fill) -> None:
        rows.append([tc.para(text, st[style])] + [""] * (len(rows[0]) - 1))
        r = len(rows) - 1
        cmds.extend([("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), fill)])

    for pillar in plan["pillars"]:
        band(
            band_text(ex["words"][0], pillar["number"], pillar["title"]),
            "pillar_band",
            colors.HexColor(look.accent),
        )
        for goal in pillar["goals"]:
            band(
                band_text(ex["words"][1], goal["number"], goal["title"]),
                "goal_band",
                tc.tint(look.accent, 0.25),
            )
            for act in goal["activities"]:
                by_col = {m["_column"]: m["text"] for m in act["milestones"]}
                rows.append(
                    [
                        tc.para(act["text"], st["cell"]),
                        tc.lines(act["leads"], st["cell"], ex["sep"]),
                        tc.lines(act["_partners"], st["small_cell"], ";<br/>"),
                        *(tc.para(by_col.get(lab, ""), st["cell"]) for lab in ex["labels"]),
                    ]
                )
            if goal["_measures"]:
                band(
                    f"Performance Measures: {tc.measures_text(rng, pillar['_theme'])}.",
                    "measure",
                    tc.tint(look.accent, 0.06),
                )
    return rows, cmds


def plan_table(plan: Node, look: tc.Look, st: dict, width: float, rng):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    rows, cmds = table_rows(plan, look, st, rng)
    n = len(look.extras["labels"])
    widths = [0.25, 0.13, 0.13, *([0.49 / n] * n)]
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
    lines = (
        [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a"))]
        if look.extras["grid"]
        else [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a"))]
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2b2b2b")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *lines,
                *cmds,
            ]
        )
    )
    return table


def glance(plan: Node, look: tc.Look, st: dict) -> list:
    """A priorities-at-a-glance list: a summary repeat of the pillars, not nodes."""
    from reportlab.platypus import CondPageBreak

    words = look.extras["words"]
    out = [
        CondPageBreak(40 + 22 * len(plan["pillars"])),
        tc.para("Our Priorities at a Glance", st["h2"]),
    ]
    out += [
        tc.para(band_text(words[0], p["number"], p["title"]), st["glance"]) for p in plan["pillars"]
    ]
    return out


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak

    look, plan, agency = doc.extras["look"], doc.plan, doc.extras["agency"]
    st = tc.paragraph_styles(look)
    s = look.size
    st["head_cell"] = ParagraphStyle("hc", parent=st["head"], textColor=colors.white)
    st["pillar_band"] = ParagraphStyle(
        "pb", parent=st["cellb"], fontSize=s * 1.3, leading=s * 1.6, textColor=colors.white
    )
    st["goal_band"] = ParagraphStyle("gb", parent=st["cellb"], fontSize=s * 1.1, leading=s * 1.4)
    st["measure"] = ParagraphStyle("pm", parent=st["cell"], fontName=look.fonts.italic)
    st["glance"] = ParagraphStyle(
        "gl",
        parent=st["body"],
        fontName=look.fonts.bold,
        textColor=colors.HexColor(look.accent),
        spaceAfter=3,
    )
    st["small_cell"] = ParagraphStyle("sc", parent=st["cell"], fontSize=s * 0.9, leading=s * 1.1)
    rng = random.Random(doc.rng.random())
    pagesize = landscape(letter)
    width = pagesize[0] - 108
    story = tc.cover(plan, agency, look, st, width)
    story += tc.summary_page(plan, agency, rng, st, with_contents=True)
    story += tc.mvv(plan, st) + glance(plan, look, st)
    story += [
        PageBreak(),
        tc.para("Action Plan", st["h1"], (0, "Action Plan")),
        plan_table(plan, look, st, width, rng),
    ]
    story += tc.glossary(plan, st, width, look)
    tc.build_pdf(out, story, plan, look, pagesize, two_pass=True)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("group-row-table-1", 1201, "dev"),
            DocSpec("group-row-table-2", 1202, "test", {"big": True}),
            DocSpec("group-row-table-3", 1203, "dev"),
            DocSpec("group-row-table-4", 1251, "dev"),
        ],
        build,
        render,
    )
]
