"""Horizontal-rule-only strategy tables (reportlab platypus): "# | Strategy | Owner | Timeline".

Each pillar starts a page with a heading and narrative; each goal has a heading, sometimes a goal
lead line, then a table drawn with horizontal rules only (no vertical lines, no cell shading):
the "#" column holds the activity number ("1.2.3"), the Owner column the activity's lead(s), the
Timeline column one target date (the activity's one milestone). One goal per document is long
enough that its table continues onto the next page with the header row repeated (platypus
repeatRows=1): still one goal. Cover, executive summary, contents page, measures paragraphs,
running footer and glossary appendix are not nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import THEMES, Shape, make_activity, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_LEAD_KEYS, GOAL_WORDS, PILLAR_WORDS
from . import _tables_common as tc

NAME = "hrule-table"
COLUMNS = {
    "num": ["#", "No.", "Ref."],
    "text": ["Strategy", "Action", "Initiative", "Tactic"],
    "lead": ["Owner", "Lead", "Responsible", "Lead Unit"],
    "date": ["Timeline", "Target Date", "Timeframe", "Completion"],
}


def lengthen(rng: random.Random, plan: Node, agency, shape: Shape, n: int) -> Node:
    """Give the second goal of one pillar (not the first) ``n`` activities, so its table,
    which starts below the first goal's, must run onto the next page."""
    pillar = plan["pillars"][1 if len(plan["pillars"]) > 2 else 0]
    goal = pillar["goals"][1]
    printed = [a["text"] for p in plan["pillars"] for g in p["goals"] for a in g["activities"]]
    used = {
        raw
        for t in THEMES.values()
        for raw, _ in t.activities
        if any(x.startswith(raw.split("{n}")[0]) for x in printed)
    }
    start, end = plan["period"]["start"], plan["period"]["end"]
    while len(goal["activities"]) < n:
        goal["activities"].append(
            make_activity(
                rng, THEMES[pillar["_theme"]], used, agency, shape, start, end, goal["leads"]
            )
        )
    goal["_long"] = True
    return goal


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 3),
        activities=(2, 5),
        goal_leads=0.5,
        activity_leads=0.9,
        milestones="timeline",
        front_matter=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape)
    long_goal = lengthen(rng, plan, agency, shape, rng.randint(20, 22))
    schemes = rng.choice(
        [("arabic", "dotted", "dotted"), ("upper", "letter-dotted", "letter-dotted")]
    )
    number_levels(plan, schemes)
    look = tc.draw_look(rng)
    if look.caps:
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        goal["_measures"] = rng.random() < 0.35
    cols = {k: rng.choice(v) for k, v in COLUMNS.items()}
    look.extras.update(
        words=[rng.choice(PILLAR_WORDS), rng.choice(["", *GOAL_WORDS])],
        cols=cols,
        goal_lead_key=rng.choice(GOAL_LEAD_KEYS),
        rule=rng.choice([0.4, 0.6, 0.8]),
        sep=rng.choice([", ", " / ", "; "]),
    )
    notes = [
        f"Pillars '{look.extras['words'][0]} N' open a page; goals '{look.extras['words'][1]} "
        f"N.M' headings; one table per goal, horizontal rules only (no vertical lines).",
        f"Columns '{cols['num']} | {cols['text']} | {cols['lead']} | {cols['date']}': the "
        f"'{cols['num']}' cell is the activity number ({schemes[2]}), '{cols['lead']}' the "
        f"activity leads (several joined by {tc.sep_name(look.extras['sep'])}), "
        f"'{cols['date']}' the one "
        "milestone (period normalised, null for Ongoing/Annually/Quarterly; lead = the "
        "activity's first lead).",
        f"Goal {long_goal['number']} has {len(long_goal['activities'])} activities: its table "
        "continues onto the next page with the header row repeated; it is one goal.",
        f"Goal leads printed as '{look.extras['goal_lead_key']}: ...' under some goal headings.",
        "Not nodes: cover, contents page (dot leaders), executive summary, mission/vision/values "
        "when printed, 'Measures of success' paragraphs under some goals, running footer, "
        "Appendix A glossary.",
    ]
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


def goal_table(goal: Node, look: tc.Look, st: dict, width: float):
    """Horizontal rules only: a heavy rule over and under the header, hairlines between rows."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    ex = look.extras
    cols = ex["cols"]
    data = [[tc.para(cols[k], st["head_cell"]) for k in ("num", "text", "lead", "date")]]
    for act in goal["activities"]:
        date = act["milestones"][0]["text"] if act["milestones"] else ""
        data.append(
            [
                tc.para(act["number"], st["cellb"]),
                tc.para(act["text"], st["cell"]),
                tc.lines(act["leads"], st["cell"], ex["sep"]),
                tc.para(date, st["cell"]),
            ]
        )
    accent = colors.HexColor(look.accent)
    table = Table(data, colWidths=[w * width for w in (0.1, 0.54, 0.22, 0.14)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.6, accent),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, accent),
                ("LINEBELOW", (0, 1), (-1, -1), ex["rule"], colors.HexColor("#9a9a9a")),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, accent),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    table.spaceBefore, table.spaceAfter = 4, 10
    return table


def goal_story(goal: Node, theme: str, look: tc.Look, st: dict, width: float, rng) -> list:
    word = look.extras["words"][1]
    label = f"{word} {goal['number']}" if word else goal["number"]
    # the long goal's heading does not keep with its table, so the table splits in place
    story = [tc.para(f"{label}  {goal['title']}", st["h2long" if goal.get("_long") else "h2"])]
    if goal["leads"]:
        story.append(
            tc.para(f"{look.extras['goal_lead_key']}: {', '.join(goal['leads'])}", st["small"])
        )
    story.append(goal_table(goal, look, st, width))
    if goal["_measures"]:
        story.append(
            tc.para(f"Measures of success: {tc.measures_text(rng, theme)}.", st["measure"])
        )
    return story


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak

    look, plan, agency = doc.extras["look"], doc.plan, doc.extras["agency"]
    st = tc.paragraph_styles(look)
    st["head_cell"] = ParagraphStyle(
        "hc", parent=st["head"], textColor=colors.HexColor(look.accent)
    )
    st["measure"] = ParagraphStyle(
        "ms", parent=st["small"], fontName=look.fonts.italic, spaceAfter=10
    )
    st["h2long"] = ParagraphStyle("h2long", parent=st["h2"], keepWithNext=0)
    rng = random.Random(doc.rng.random())
    width = letter[0] - 108
    story = tc.cover(plan, agency, look, st, width)
    story += tc.summary_page(plan, agency, rng, st, with_contents=True)
    story += tc.mvv(plan, st)
    word = look.extras["words"][0]
    for pillar in plan["pillars"]:
        story.append(PageBreak())
        colon = "" if look.pillar_mark == "kicker" else ":"
        story += tc.pillar_heading(
            f"{word} {pillar['number']}{colon}", pillar["title"], look, st, width
        )
        if pillar["description"]:
            story.append(tc.para(pillar["description"], st["body"]))
        for goal in pillar["goals"]:
            story += goal_story(goal, pillar["_theme"], look, st, width, rng)
    story += tc.glossary(plan, st, width, look)
    tc.build_pdf(out, story, plan, look, letter, two_pass=True)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("hrule-table-1", 1101, "dev"),
            DocSpec("hrule-table-2", 1102, "test"),
            DocSpec("hrule-table-3", 1103, "dev"),
            DocSpec("hrule-table-4", 1151, "dev"),
            DocSpec("hrule-table-5", 1152, "dev"),
        ],
        build,
        render,
    )
]
