"""Responsibility matrices (reportlab platypus): one column per unit, a mark for who is responsible.

The action plan is printed as tables whose rows are activities and whose columns, after the
activity column, are the department's units ("Patrol | Investigations | Support Services", or
abbreviations such as "PATROL | CID"). A mark in a unit's cell says the unit is responsible: two
kinds (filled and empty circles, or "L" and "S") tell the lead from a supporting unit, and a
legend line says which is which; one kind ("X" or a check mark) marks every responsible unit. An
optional Timeline column at the right gives each activity one milestone. Goals are either
headings above one table each, or shaded band rows (with pillar bands) in one long table
continued across pages with its header repeated. The grid is fully ruled, or unruled with only
a shaded header row. Cover, executive summary, mission/vision/values, legend, running footer and
the glossary appendix are not nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, make_units, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_WORDS, PILLAR_WORDS, register_ttf
from . import _tables_common as tc

NAME = "responsibility-matrix"
# Mark kinds: (lead mark, support mark or None, legend line or None).
MARKS = {
    "circles": ("\u25cf", "\u25cb", "\u25cf Lead    \u25cb Support"),
    "letters": ("L", "S", "L = Lead    S = Support"),
    "cross": ("X", None, "X = Responsible unit"),
    "check": ("\u2713", None, None),
}


def assign(rng: random.Random, act: Node, units: list[str], two_kinds: bool) -> None:
    """Mark the activity's responsible units: a lead (sometimes two) and supports, or, with one
    mark kind, one to three units; the gold leads are the lead-marked units in column order."""
    k = rng.choice([1, 1, 2, 2, 3]) if two_kinds else rng.choice([1, 1, 2, 3])
    chosen = rng.sample(range(len(units)), min(len(units), k + (1 if two_kinds else 0)))
    leads = set(chosen[: 2 if two_kinds and rng.random() < 0.15 else 1]) if two_kinds else None
    marks: dict[int, str] = {}
    for i in chosen:
        marks[i] = "lead" if leads is None or i in leads else "support"
    act["_marks"] = marks
    act["leads"] = [units[i] for i in sorted(marks) if marks[i] == "lead"]
    for milestone in act["milestones"]:
        milestone["lead"] = act["leads"][0] if act["leads"] else None


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opts = spec.options
    start = rng.randint(2024, 2027)
    timeline = opts["timeline"]
    shape = Shape(
        pillars=(3, 4) if opts["bands"] else (2, 3),
        goals=(2, 3),
        activities=(3, 5),
        milestones="timeline" if timeline else "none",
        pillar_descriptions=not opts["bands"],
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape, start=start)
    number_levels(plan, rng.choice([("arabic", "dotted"), ("upper", "letter-dotted")]))
    look = tc.draw_look(rng)
    units = make_units(rng, rng.randint(4, 6), abbreviated=rng.random() < 0.4)
    lead_mark, support_mark, legend = MARKS[opts["marks"]]
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            for act in goal["activities"]:
                assign(rng, act, units, support_mark is not None)
    words = [rng.choice(["", *PILLAR_WORDS]), rng.choice(["", *GOAL_WORDS])]
    look.extras.update(
        words=words,
        units=units,
        marks=(lead_mark, support_mark),
        legend=legend,
        timeline=timeline,
        bands=opts["bands"],
        ruled=opts["ruled"],
        activity_head=rng.choice(["Activity", "Action", "Strategy", "Key Activities", "Task"]),
        timeline_head=rng.choice(["Timeline", "Target Date"]),
    )
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "look": look},
        notes_for(look),
    )


def notes_for(look: tc.Look) -> list[str]:
    """What this document tests and the judgment calls behind its gold."""
    ex = look.extras
    pw, gw = (w or "(number only)" for w in ex["words"])
    lead_mark, support_mark = ex["marks"]
    head = f"{ex['activity_head']} | {' | '.join(ex['units'])}"
    if ex["timeline"]:
        head += f" | {ex['timeline_head']}"
    grid = "fully ruled" if ex["ruled"] else "unruled, shaded header row only"
    out = [
        f"Responsibility matrix: columns '{head}' ({grid}).",
    ]
    if support_mark:
        out.append(
            f"Two mark kinds: '{lead_mark}' marks the lead unit, '{support_mark}' a supporting "
            f"unit (legend line '{ex['legend']}' above the tables). An activity's leads are the "
            "units marked as lead, in column order, named as the header prints them; supporting "
            "units are not leads and are not stored."
        )
    else:
        legend = f" (legend line '{ex['legend']}')" if ex["legend"] else " (no legend)"
        out.append(
            f"One mark kind '{lead_mark}'{legend}: every marked unit is responsible, so an "
            "activity's leads are all its marked units, in column order, named as the header "
            "prints them."
        )
    if ex["timeline"]:
        out.append(
            f"The '{ex['timeline_head']}' column is the activity's one milestone: text as printed, "
            "period normalised (null for 'Ongoing', 'Annually', 'Quarterly'), lead the "
            "activity's first lead."
        )
    if ex["bands"]:
        out.append(
            f"One table for the whole plan, continued across pages with its header repeated: "
            f"shaded pillar band rows ('{pw}') and goal band rows ('{gw}') span all columns; "
            "the rows below a goal band are its activities. A pillar or goal continued onto a "
            "later page is one node."
        )
    else:
        out.append(
            f"Pillar headings ('{pw}') and goal headings ('{gw}'), one matrix table per goal."
        )
    out.append(
        "Not nodes: cover, executive summary, mission/vision/values when printed, the legend "
        "line, running footer with page numbers, Appendix A glossary of acronyms."
    )
    return out


def label(word: str, number: str, title: str) -> str:
    return f"{word} {number}: {title}" if word else f"{number} {title}"


def header_row(look: tc.Look, st: dict) -> list:
    ex = look.extras
    names = [ex["activity_head"], *ex["units"]]
    if ex["timeline"]:
        names.append(ex["timeline_head"])
    return [tc.para(n, st["head_cell"]) for n in names]


def activity_row(act: Node, look: tc.Look, st: dict) -> list:
    ex = look.extras
    lead_mark, support_mark = ex["marks"]
    kinds = {"lead": lead_mark, "support": support_mark}
    marks = [
        tc.para(kinds[act["_marks"][i]] if i in act["_marks"] else "", st["mark"])
        for i in range(len(ex["units"]))
    ]
    row = [tc.para(act["text"], st["cell"]), *marks]
    if ex["timeline"]:
        row.append(tc.para(act["milestones"][0]["text"], st["cell"]))
    return row


def matrix(rows: list, cmds: list, look: tc.Look, width: float):
    """A matrix table: wide activity column, narrow unit columns, repeated header row."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    ex = look.extras
    n = len(ex["units"])
    # a unit column at least as wide as its longest header word (a word cannot wrap, and one
    # wider than its cell would print into the next cell)
    heads = rows[0][1 : 1 + n]
    longest = max(
        stringWidth(word, head.style.fontName, head.style.fontSize)
        for head in heads
        for word in head.text.split()
    )
    unit = max(min(0.1, 0.56 / n), (longest + 6) / width)
    tail = [0.11] if ex["timeline"] else []
    widths = [1 - sum(tail) - unit * n, *([unit] * n), *tail]
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
    lines = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666"))] if ex["ruled"] else []
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), tc.tint(look.accent, 0.3)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *lines,
                *cmds,
            ]
        )
    )
    table.spaceBefore, table.spaceAfter = 4, 10
    return table


def banded_table(plan: Node, look: tc.Look, st: dict, width: float):
    """The whole plan in one table: pillar and goal band rows above their activity rows."""
    from reportlab.lib import colors

    words = look.extras["words"]
    rows = [header_row(look, st)]
    cmds: list = []

    def band(text: str, style: str, fill) -> None:
        rows.append([tc.para(text, st[style])] + [""] * (len(rows[0]) - 1))
        r = len(rows) - 1
        cmds.extend([("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), fill)])

    for pillar in plan["pillars"]:
        band(
            label(words[0], pillar["number"], pillar["title"]),
            "pillar_band",
            colors.HexColor(look.accent),
        )
        for goal in pillar["goals"]:
            band(
                label(words[1], goal["number"], goal["title"]),
                "goal_band",
                tc.tint(look.accent, 0.15),
            )
            rows += [activity_row(act, look, st) for act in goal["activities"]]
    return matrix(rows, cmds, look, width)


def headed_tables(plan: Node, look: tc.Look, st: dict, width: float) -> list:
    """Pillar headings, goal headings, one matrix per goal."""
    from reportlab.platypus import CondPageBreak

    words = look.extras["words"]
    story: list = []
    for pillar in plan["pillars"]:
        plabel = f"{words[0]} {pillar['number']}:" if words[0] else pillar["number"]
        story.append(CondPageBreak(260))
        story += tc.pillar_heading(plabel, pillar["title"], look, st, width)
        if pillar["description"]:
            story.append(tc.para(pillar["description"], st["body"]))
        for goal in pillar["goals"]:
            story.append(tc.para(label(words[1], goal["number"], goal["title"]), st["h2"]))
            rows = [header_row(look, st)]
            rows += [activity_row(act, look, st) for act in goal["activities"]]
            story.append(matrix(rows, [], look, width))
    return story


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak

    look, plan, agency = doc.extras["look"], doc.plan, doc.extras["agency"]
    st = tc.paragraph_styles(look)
    s = look.size
    symbols = register_ttf("DejaVuSans")  # base-14 fonts have no circles or check marks
    st["head_cell"] = ParagraphStyle(
        "hc", parent=st["head"], fontSize=s * 0.8, leading=s, splitLongWords=0
    )
    st["mark"] = ParagraphStyle(
        "mk", parent=st["center"], fontName=symbols.regular, alignment=TA_CENTER
    )
    st["legend"] = ParagraphStyle("lg", parent=st["small"], fontName=symbols.regular)
    st["pillar_band"] = ParagraphStyle(
        "pb", parent=st["cellb"], fontSize=s * 1.25, leading=s * 1.55, textColor=colors.white
    )
    st["goal_band"] = ParagraphStyle("gb", parent=st["cellb"], fontSize=s * 1.05, leading=s * 1.35)
    rng = random.Random(doc.rng.random())
    pagesize = landscape(letter)
    width = pagesize[0] - 108
    story = tc.cover(plan, agency, look, st, width)
    story += tc.summary_page(plan, agency, rng, st, with_contents=False)
    story += tc.mvv(plan, st)
    story += [PageBreak(), tc.para("Action Plan", st["h1"])]
    if look.extras["legend"]:
        story.append(tc.para(look.extras["legend"], st["legend"]))
    if look.extras["bands"]:
        story.append(banded_table(plan, look, st, width))
    else:
        story += headed_tables(plan, look, st, width)
    story += tc.glossary(plan, st, width, look)
    tc.build_pdf(out, story, plan, look, pagesize, two_pass=False)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "responsibility-matrix-1",
                3401,
                "dev",
                {"marks": "circles", "ruled": True, "bands": False, "timeline": True},
            ),
            DocSpec(
                "responsibility-matrix-2",
                3402,
                "dev",
                {"marks": "check", "ruled": False, "bands": True, "timeline": False},
            ),
            DocSpec(
                "responsibility-matrix-3",
                3403,
                "test",
                {"marks": "letters", "ruled": False, "bands": False, "timeline": False},
            ),
            DocSpec(
                "responsibility-matrix-4",
                3404,
                "test",
                {"marks": "cross", "ruled": True, "bands": True, "timeline": True},
            ),
        ],
        build,
        render,
    )
]
