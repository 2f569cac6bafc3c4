"""A portrait narrative plan whose action plan is wide tables on turned pages (reportlab platypus).

The narrative part is portrait: cover, mission / vision / values, one page per pillar (heading,
description, goal headings each with a short description). The ACTION PLAN part prints one wide
table per pillar (Goal | Action | Lead | Timeline, or phased period columns), continued over
pages with its header row repeated; the goal cell is printed in a goal's first row only. The
action pages are set the ways real PDFs set a wide page: (a) a portrait MediaBox with /Rotate 90
or 270 and the content drawn turned so the page displays upright; (b) landscape MediaBoxes mixed
with portrait ones; (c) portrait pages with the table drawn turned a quarter (text running bottom
to top, no /Rotate) under an upright running footer. Some documents add (d) a narrative page
stored upside down with /Rotate 180, or print-shop pages: a MediaBox with bleed, a CropBox at the
trim, crop marks and a slug line outside the crop (not shown, not nodes).
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import THEMES, Shape, make_activity, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import GOAL_WORDS, PILLAR_WORDS
from . import _tables_common as tc
from .ruled_action_table import phase_labels

NAME = "rotated-pages"
PORTRAIT = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)
MARGIN = 54.0
BLEED = 36.0  # print-shop pages: the paper beyond the trim that holds marks and the slug
COLUMNS = {
    "goal": ["Goal", "Objective", "Goal / Objective"],
    "text": ["Action", "Action Step", "Strategy", "Key Action"],
    "lead": ["Lead", "Responsible", "Lead Unit", "Owner"],
    "date": ["Timeline", "Target Date", "Timeframe"],
}
# How each way of setting a wide page maps the displayed landscape frame (u, v) onto the paper's
# user space, given the bleed b: (a, b, c, d, e, f) of the PDF matrix, the page's /Rotate, and
# whether reportlab is given the landscape size (it swaps the MediaBox when /Rotate is 90/270).
TURNS = {
    "rotate90": (lambda b: (0, 1, -1, 0, b + PORTRAIT[0], b), 90),
    "rotate270": (lambda b: (0, -1, 1, 0, b, b + PORTRAIT[1]), 270),
    "landscape": (lambda b: (1, 0, 0, 1, b, b), 0),
    "sideways": (lambda b: (0, 1, -1, 0, b + PORTRAIT[0], b), 0),
}


def lengthen(rng: random.Random, plan: Node, agency, shape: Shape, n: int) -> Node:
    """Give one goal ``n`` activities, so its pillar's table runs over two or more pages."""
    pillar = plan["pillars"][rng.randrange(len(plan["pillars"]))]
    goal = pillar["goals"][-1]
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
            make_activity(rng, THEMES[pillar["_theme"]], used, agency, shape, start, end, [])
        )
    return goal


def describe(goal: Node, end: int) -> str:
    """A goal's short narrative paragraph, from what its actions act on."""
    objects = list(dict.fromkeys(a["_obj"] for a in goal["activities"]))[:2]
    focus = " and ".join(objects)
    return (
        f"Work under this goal centres on {focus}, with progress reported each year through {end}."
    )


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    turns, extra, variant = spec.options["turns"], spec.options["extra"], spec.options["columns"]
    start = rng.randint(2024, 2027)
    labels = phase_labels(rng, start)
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=0.9,
        milestones="phased" if variant == "phased" else "timeline",
        phases=labels,
        phase_fill=0.7,
        front_matter=True,
    )
    plan, agency = make_plan(rng, shape, start=start)
    long_goal = lengthen(rng, plan, agency, shape, rng.randint(12, 15))
    act_scheme = rng.choice(["none", "dotted"])
    number_levels(plan, ("arabic", "dotted", act_scheme))
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        goal["description"] = describe(goal, plan["period"]["end"])
    look = tc.draw_look(rng)
    look.size = rng.choice([8.5, 9, 9.5])
    if look.caps:
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    cols = {k: rng.choice(v) for k, v in COLUMNS.items()}
    words = [rng.choice(PILLAR_WORDS), rng.choice(GOAL_WORDS)]
    drawn_cell = rng.choice(["full", "number"])
    look.extras.update(
        turns=turns,
        extra=extra,
        variant=variant,
        labels=labels,
        cols=cols,
        words=words,
        goal_cell=spec.options.get("goal_cell", drawn_cell),
        grid=rng.random() < 0.6,
        sep=rng.choice(["; ", " / "]),
        flip_page=rng.randrange(len(plan["pillars"])),
    )
    notes = notes_for(plan, look, long_goal)
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


def notes_for(plan: Node, look: tc.Look, long_goal: Node) -> list[str]:
    """What this document tests and the judgment calls behind its gold."""
    ex = look.extras
    cols = ex["cols"]
    setting = {
        "rotate90": "portrait MediaBox with /Rotate 90, content drawn turned so the page "
        "displays upright (landscape)",
        "rotate270": "portrait MediaBox with /Rotate 270, content drawn turned so the page "
        "displays upright (landscape)",
        "landscape": "landscape MediaBox (wider than tall) among portrait pages",
        "sideways": "portrait page, no /Rotate, the table drawn turned a quarter (text runs "
        "bottom to top) under an upright running footer",
    }
    ways = (
        setting[ex["turns"][0]]
        if len(ex["turns"]) == 1
        else "; ".join(setting[t] for t in ex["turns"]) + " (alternating per pillar)"
    )
    periods = (
        f"'{cols['date']}' is the activity's one milestone (period normalised, null for "
        "Ongoing/Annually/Quarterly; lead = the activity's first lead)"
        if ex["variant"] == "timeline"
        else f"period columns {' | '.join(ex['labels'])}: each filled cell is one milestone "
        "(its column's normalised period, the activity's first lead)"
    )
    head = (
        f"'{cols['goal']} | {cols['text']} | {cols['lead']} | "
        + (cols["date"] if ex["variant"] == "timeline" else " | ".join(ex["labels"]))
        + "'"
    )
    out = [
        f"Narrative part portrait: '{ex['words'][0]} N: title' pillar pages with their "
        f"description, '{ex['words'][1]} N.M title' goal headings each followed by the goal's "
        "description (one sentence).",
        f"ACTION PLAN part: one table per pillar, columns {head}, under an 'ACTION PLAN' kicker "
        "and the pillar heading repeated; action pages: " + ways + ".",
        "The goal cell is printed in the goal's first row only ("
        + ("number and title" if ex["goal_cell"] == "full" else "number only")
        + "); later rows, and rows continued onto the next page, belong to the goal above. The "
        "pillar and goal printed again in the action plan are the narrative's nodes, not new "
        "ones.",
        f"'{cols['lead']}' holds the activity's leads (two joined by {tc.sep_name(ex['sep'])}); "
        + periods
        + ".",
        f"Goal {long_goal['number']} has {len(long_goal['activities'])} activities: its "
        "pillar's table continues over pages with the header row repeated; one goal.",
        "Not nodes: cover, running footer, the action plan's introduction and closing "
        "'Monitoring progress' page.",
    ]
    if ex["extra"] == "rotate180":
        out.append(
            f"The page of {ex['words'][0]} {plan['pillars'][ex['flip_page']]['number']} is stored "
            "upside down with /Rotate 180 (it displays upright)."
        )
    if ex["extra"] == "crop":
        out.append(
            "Print-shop file: every page's MediaBox has a 36 pt bleed, its CropBox is the trim; "
            "crop marks and a slug line (job, proof, sheet) lie outside the CropBox: not shown, "
            "not nodes."
        )
    return out


def action_table(pillar: Node, look: tc.Look, st: dict, width: float):
    """One pillar's action table: goal cell in a goal's first row only, header repeated."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    ex = look.extras
    cols = ex["cols"]
    periods = ex["labels"] if ex["variant"] == "phased" else [cols["date"]]
    data = [[tc.para(h, st["head"]) for h in (cols["goal"], cols["text"], cols["lead"], *periods)]]
    for goal in pillar["goals"]:
        label = (
            goal["number"] if ex["goal_cell"] == "number" else f"{goal['number']} {goal['title']}"
        )
        for i, act in enumerate(goal["activities"]):
            text = f"{act['number']} {act['text']}" if act["number"] else act["text"]
            if ex["variant"] == "phased":
                by_column = {m["_column"]: m["text"] for m in act["milestones"]}
                dates = [tc.para(by_column.get(lab, ""), st["cell"]) for lab in periods]
            else:
                printed = act["milestones"][0]["text"] if act["milestones"] else ""
                dates = [tc.para(printed, st["cell"])]
            data.append(
                [
                    tc.para(label if i == 0 else "", st["cellb"]),
                    tc.para(text, st["cell"]),
                    tc.lines(act["leads"], st["cell"], ex["sep"]),
                    *dates,
                ]
            )
    if ex["variant"] == "phased":
        n = len(periods)
        widths = [0.13, 0.27, 0.15, *([0.45 / n] * n)]
    else:
        widths = [0.22, 0.48, 0.16, 0.14]
    table = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
    accent = colors.HexColor(look.accent)
    rules = (
        [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666"))]
        if ex["grid"]
        else [
            ("LINEABOVE", (0, 0), (-1, 0), 1.4, accent),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ]
    )
    table.setStyle(
        TableStyle(
            [
                *rules,
                ("BACKGROUND", (0, 0), (-1, 0), tc.tint(look.accent, 0.2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.spaceBefore, table.spaceAfter = 4, 10
    return table


def narrative(plan: Node, look: tc.Look, st: dict) -> list:
    """The portrait part: mission / vision / values, then a page per pillar."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    width = PORTRAIT[0] - 2 * MARGIN
    words = look.extras["words"]
    story = tc.mvv(plan, st)
    for index, pillar in enumerate(plan["pillars"]):
        flipped = look.extras["extra"] == "rotate180" and index == look.extras["flip_page"]
        story.append(NextPageTemplate("flipped" if flipped else "portrait"))
        story.append(PageBreak())
        colon = "" if look.pillar_mark == "kicker" else ":"
        label = f"{words[0]} {pillar['number']}{colon}"
        story += tc.pillar_heading(label, pillar["title"], look, st, width, toc=False)
        story.append(tc.para(pillar["description"], st["body"]))
        for goal in pillar["goals"]:
            story.append(tc.para(f"{words[1]} {goal['number']}  {goal['title']}", st["h2"]))
            story.append(tc.para(goal["description"], st["body"]))
        story.append(NextPageTemplate("portrait"))
    return story


def action_plan(plan: Node, look: tc.Look, st: dict) -> list:
    """The turned part: an introduction, then each pillar's table on new action pages."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    width = LANDSCAPE[0] - 2 * MARGIN
    words = look.extras["words"]
    story: list = [NextPageTemplate(f"action-{look.extras['turns'][0]}"), PageBreak()]
    story.append(tc.para("Action Plan", st["h1"]))
    story.append(
        tc.para(
            "The tables below list every action in this plan, the unit that leads it and when "
            "we expect to deliver it. They are reviewed each quarter by the command staff.",
            st["body"],
        )
    )
    turns = look.extras["turns"]
    for index, pillar in enumerate(plan["pillars"]):
        if index:
            story += [NextPageTemplate(f"action-{turns[index % len(turns)]}"), PageBreak()]
        story.append(tc.para("ACTION PLAN", st["kicker_kept"]))
        story.append(tc.para(f"{words[0]} {pillar['number']}: {pillar['title']}", st["h2_split"]))
        story.append(action_table(pillar, look, st, width))
    story += [NextPageTemplate("portrait"), PageBreak()]
    story.append(tc.para("Monitoring Progress", st["h1"]))
    story.append(
        tc.para(
            f"The {plan['agency']} will publish a progress report every six months. Each unit "
            "lead reports the status of their actions to the planning team, and the plan is "
            "updated once a year.",
            st["body"],
        )
    )
    return story


def page_template(name: str, turn: str, look: tc.Look, plan: Node, bleed: float, slug: str):
    """A page template that sets the paper, its /Rotate and CropBox, marks outside the crop,
    the running footer, and draws the frame's content through the turn."""
    from reportlab.platypus import Frame, PageTemplate

    if turn in ("portrait", "flipped"):
        frame_size, rotation = PORTRAIT, 180 if turn == "flipped" else 0
        matrix = (
            (-1, 0, 0, -1, bleed + PORTRAIT[0], bleed + PORTRAIT[1])
            if turn == "flipped"
            else (1, 0, 0, 1, bleed, bleed)
        )
    else:
        make, rotation = TURNS[turn]
        frame_size, matrix = LANDSCAPE, make(bleed)
    paper = LANDSCAPE if turn == "landscape" else PORTRAIT
    given = paper[::-1] if rotation in (90, 270) else paper  # reportlab swaps these back
    pagesize = (given[0] + 2 * bleed, given[1] + 2 * bleed)

    def footer(canvas, document, size) -> None:
        canvas.setFont(look.fonts.regular, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(MARGIN, MARGIN * 0.5, f"{plan['agency']}  \u2022  {plan['title']}")
        canvas.drawRightString(size[0] - MARGIN, MARGIN * 0.5, f"Page {document.page}")

    def on_page(canvas, document) -> None:
        if bleed:
            canvas.setCropBox((bleed, bleed, bleed + paper[0], bleed + paper[1]))
            print_marks(canvas, paper, bleed, f"{slug}  sheet {document.page}")
        if turn == "sideways":  # the footer stays upright on the portrait paper
            canvas.saveState()
            canvas.translate(bleed, bleed)
            footer(canvas, document, PORTRAIT)
            canvas.restoreState()
        canvas.transform(*matrix)  # not restored: the frame's content is drawn through it
        if turn != "sideways" and document.page > 1:
            canvas.saveState()
            footer(canvas, document, frame_size)
            canvas.restoreState()

    frame = Frame(MARGIN, MARGIN, frame_size[0] - 2 * MARGIN, frame_size[1] - 2 * MARGIN, id=name)
    template = PageTemplate(name, [frame], onPage=on_page, pagesize=pagesize)
    template.rotation = rotation  # the doc template sets the page's /Rotate from this
    return template


def print_marks(canvas, paper: tuple[float, float], bleed: float, slug: str) -> None:
    """Crop marks at the trim's corners and the printer's slug line, all outside the CropBox."""
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0)
    right, top = bleed + paper[0], bleed + paper[1]
    for x, y, dx, dy in (
        (bleed, bleed, -1, -1),
        (right, bleed, 1, -1),
        (bleed, top, -1, 1),
        (right, top, 1, 1),
    ):
        canvas.line(x + dx * 6, y, x + dx * (bleed - 4), y)
        canvas.line(x, y + dy * 6, x, y + dy * (bleed - 4))
    canvas.setFont("Helvetica", 6)
    canvas.drawString(bleed + 12, bleed * 0.35, slug)
    canvas.restoreState()


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate

    look, plan, agency = doc.extras["look"], doc.plan, doc.extras["agency"]
    ex = look.extras
    st = tc.paragraph_styles(look)
    # the kicker stays with its heading; the heading does not keep with its table, which
    # splits in place under it
    st["kicker_kept"] = ParagraphStyle("kicker_kept", parent=st["kicker"], keepWithNext=1)
    st["h2_split"] = ParagraphStyle("h2_split", parent=st["h2"], keepWithNext=0)
    bleed = BLEED if ex["extra"] == "crop" else 0.0
    slug = f"{agency.short} strategic plan  \u00b7  print proof 2"
    story = tc.cover(plan, agency, look, st, PORTRAIT[0] - 2 * MARGIN)
    story += narrative(plan, look, st)
    story += action_plan(plan, look, st)
    document = BaseDocTemplate(
        str(out),
        pagesize=PORTRAIT,
        title=plan["title"],
        author=plan["agency"],
        invariant=1,
    )
    document.addPageTemplates(
        [
            page_template("portrait", "portrait", look, plan, bleed, slug),
            page_template("flipped", "flipped", look, plan, bleed, slug),
            *(page_template(f"action-{t}", t, look, plan, bleed, slug) for t in ex["turns"]),
        ]
    )
    document.build(story)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "rotated-pages-1",
                9301,
                "dev",
                {"turns": ["rotate90", "rotate270"], "extra": None, "columns": "timeline"},
            ),
            DocSpec(
                "rotated-pages-2",
                9302,
                "dev",
                {"turns": ["landscape"], "extra": "crop", "columns": "phased"},
            ),
            DocSpec(
                "rotated-pages-3",
                9303,
                "dev",
                {
                    "turns": ["sideways"],
                    "extra": "rotate180",
                    "columns": "phased",
                    "goal_cell": "full",
                },
            ),
            DocSpec(
                "rotated-pages-4",
                9304,
                "test",
                {"turns": ["sideways"], "extra": "crop", "columns": "timeline"},
            ),
        ],
        build,
        render,
    )
]
