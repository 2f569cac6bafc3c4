"""Balanced-scorecard plan (reportlab platypus + canvas drawing): a strategy map, then scorecards.

The strategy map (landscape, one page or two) stacks three to five horizontal perspective
bands, each labelled at its left by a rotated or a boxed side label, each holding two to four
objective shapes (rounded boxes or ellipses, centred wrapped text, a code like "C1" or none)
joined by arrows drawn from the objectives of a lower band to those they enable above. Then one
scorecard page per perspective: a table Objective | Measure | Target | Initiative | Owner (the
wording varies), one row per objective, one or several initiatives per cell (bullets or
semicolons), ruled or zebra-striped rows. Perspectives are pillars, objectives goals (the map
repeats them: a summary repeat), initiatives activities; measures are not nodes.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

from ..content import (
    MONTHS,
    PERSPECTIVES,
    THEMES,
    Shape,
    lead_list,
    make_activity,
    make_agency,
)
from ..spec import Doc, DocSpec, Family, Node, normalise_period
from . import _tables_common as tc

NAME = "balanced-scorecard"
MARGIN = 36.0
LABEL_W = 84.0
VIEW_SETS = {
    3: ("community", "process", "learning"),
    4: ("community", "process", "learning", "resources"),
    5: ("safety", "community", "process", "learning", "resources"),
}
QUESTIONS = {
    "community": "How do the residents and partners we serve experience our work?",
    "safety": "Which public safety results must we deliver for the city?",
    "process": "Which internal processes must we perform well to deliver those results?",
    "learning": "How must our people learn, grow and stay well to sustain the work?",
    "resources": "How do we manage the money, facilities and equipment entrusted to us?",
}
COLUMNS = {
    "code": ["Code", "#", "Ref."],
    "objective": ["Objective", "Strategic Objective", "Objectives"],
    "measure": ["Measure", "KPI", "Performance Measure", "Indicator"],
    "target": ["Target", "FY{yy} Target", "Target Value"],
    "initiative": ["Initiative", "Initiatives", "Key Initiatives"],
    "owner": ["Owner", "Responsible", "Objective Owner", "Accountable"],
}
PLAIN_TARGETS = [
    "At least {hi}%",
    "Reduce by {lo}% from baseline",
    "Increase of {lo}% over baseline",
    "{hi}% satisfaction or higher",
    "Top quartile of peer agencies",
    "Under {s} seconds on average",
]
DATED_TARGETS = [
    "{plain} by {month} {year}",
    "Complete by {month} {year}",
    "In place by FY{yy}",
    "Launch by Q{q} {year}",
]
LEGENDS = [
    "Arrows show how objectives in a lower perspective enable those above them.",
    "Read from the bottom up: each perspective supports the one above it.",
]


def plain_target(rng: random.Random) -> str:
    return rng.choice(PLAIN_TARGETS).format(
        hi=rng.choice([80, 85, 90, 95]), lo=rng.choice([5, 10, 15, 20]), s=rng.choice([60, 90, 120])
    )


def dated_target(rng: random.Random, start: int, end: int) -> str:
    year = rng.randint(start, end)
    return rng.choice(DATED_TARGETS).format(
        plain=rng.choice(["At least 90%", "Full coverage", "Reduce by 10%"]),
        month=rng.choice(MONTHS),
        year=year,
        yy=str(year)[2:],
        q=rng.randint(1, 4),
    )


def measure(rng: random.Random, theme: str) -> str:
    return (
        tc.measures_text(rng, theme)
        if rng.random() < 0.4
        else rng.choice(tc.MEASURES.get(theme, tc.GENERIC_MEASURES))
    )


def make_objective(
    rng: random.Random,
    theme_key: str,
    title: str,
    code: str | None,
    used: set[str],
    ctx: dict[str, Any],
) -> Node:
    """One objective: goal lead(s) or per-initiative leads, initiatives, target and measure;
    a dated target (only on one-initiative rows) is that initiative's one milestone."""
    theme, per_initiative = THEMES[theme_key], ctx["owner"] == "initiative"
    leads = [] if per_initiative else lead_list(rng, theme, rng.choice([1, 1, 2]))
    shape = Shape(activity_leads=1.0 if per_initiative else 0.0, milestones="none")
    goal: Node = {
        "number": code,
        "title": title,
        "description": None,
        "leads": leads,
        "status": None,
        "updated": None,
        "activities": [],
    }
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        act = make_activity(rng, theme, used, ctx["agency"], shape, ctx["start"], ctx["end"], leads)
        act["text"] = act["text"].rstrip(".")
        act["leads"] = act["leads"][:1]
        goal["activities"].append(act)
    dated = len(goal["activities"]) == 1 and rng.random() < 0.7
    target = dated_target(rng, ctx["start"], ctx["end"]) if dated else plain_target(rng)
    if dated:
        act = goal["activities"][0]
        lead = act["leads"][0] if act["leads"] else None
        act["milestones"] = [{"period": normalise_period(target), "text": target, "lead": lead}]
    goal["_target"], goal["_measure"] = target, measure(rng, theme_key)
    return goal


def add_arrows(rng: random.Random, plan: Node) -> None:
    """Each objective below the top band points to one or two objectives of the band above
    (by position), so the map's arrows are drawn from the seed."""
    bands = [p["goals"] for p in plan["pillars"]]
    for upper, lower in zip(bands, bands[1:], strict=False):
        for i, goal in enumerate(lower):
            near = round(i * (len(upper) - 1) / max(1, len(lower) - 1))
            targets = {near}
            if rng.random() < 0.35:
                targets.add(rng.randrange(len(upper)))
            goal["_arrows"] = sorted(targets)


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    agency = make_agency(rng)
    start = rng.randint(2025, 2027)
    end = start + rng.choice([2, 3, 4])
    plan: Node = {
        "kind": "strategic_plan",
        "agency": agency.name,
        "title": rng.choice(
            [f"{start}-{end} Strategic Plan", f"Balanced Scorecard {start}\u2013{end}"]
        ),
        "period": {"start": start, "end": end},
        "mission": None,
        "vision": None,
        "values": [],
        "pillars": [],
    }
    if opt["vision"]:
        plan["vision"] = rng.choice(
            [
                f"A safe {agency.city} where every resident trusts and partners with the police.",
                "To be the most trusted and professional law enforcement agency in the region.",
            ]
        )
    ctx = {"agency": agency, "start": start, "end": end, "owner": opt["owner"]}
    used: set[str] = set()
    for key in VIEW_SETS[opt["views"]]:
        view = PERSPECTIVES[key]
        pool = [(t, g) for t in view.goal_themes for g in THEMES[t].goals]
        picks = rng.sample(pool, rng.randint(2, min(4, len(pool))))
        pillar: Node = {
            "number": None,
            "title": rng.choice(view.wordings),
            "description": QUESTIONS[key] if opt["questions"] else None,
            "goals": [],
            "_key": key,
        }
        for i, (theme_key, title) in enumerate(picks, 1):
            code = f"{view.code}{i}" if opt["codes"] else None
            goal = make_objective(rng, theme_key, title, code, used, ctx)
            goal["_theme"] = theme_key
            pillar["goals"].append(goal)
        plan["pillars"].append(pillar)
    add_arrows(rng, plan)
    look = tc.draw_look(rng)
    yy = str(start)[2:]
    cols = {k: rng.choice(v).replace("{yy}", yy) for k, v in COLUMNS.items()}
    look.extras.update(
        cols=cols,
        legend=rng.choice(LEGENDS),
        kicker=rng.choice(["Balanced Scorecard", "Scorecard", "Perspective"]),
        **opt,
    )
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "look": look},
        notes(plan, look.extras),
    )


def notes(plan: Node, ex: dict[str, Any]) -> list[str]:
    cols = ex["cols"]
    names = [cols[k] for k in ("objective", "measure", "target", "initiative")]
    if ex["codes"] and ex["code_place"] == "column":
        names.insert(0, cols["code"])
    if ex["owner"] == "objective":
        names.append(cols["owner"])
    views = len(plan["pillars"])
    return [
        f"Strategy map on {'one landscape page' if ex['map_pages'] == 1 else 'two landscape pages'}"
        f": {views} perspective bands, each with a {ex['label']} side label; objectives drawn "
        f"as {'rounded boxes' if ex['shape'] == 'round' else 'ellipses'} with their title "
        "centred and wrapped inside"
        + (", the code on its own line above it" if ex["codes"] else " (no codes)")
        + "; arrows (lines with drawn arrowheads) from objectives of a lower band to those "
        "above. The map's objectives are the scorecards' rows: a summary repeat, nodes once."
        + (" The plan's vision is printed in a banner over the map." if ex["vision"] else ""),
        "Perspectives are pillars (numbers null; the band label and the scorecard heading "
        "print the same title); objectives are goals"
        + (
            " numbered by their codes (printed "
            + (
                f"in a {cols['code']!r} column"
                if ex["code_place"] == "column"
                else "before the title in the objective cell"
            )
            + ")"
            if ex["codes"]
            else " (numbers null)"
        )
        + "; initiatives are activities (printed "
        + ("as bullets, one per line" if ex["listing"] == "bullets" else "joined by semicolons")
        + ", numbers null).",
        f"Scorecard tables, one per perspective on its own page, columns '{' | '.join(names)}', "
        f"{'ruled rows' if ex['rows'] == 'ruled' else 'zebra-striped rows'}; header repeated "
        "if a table runs on."
        + (
            " Each perspective's heading is followed by its guiding question: the pillar "
            "description."
            if ex["questions"]
            else ""
        ),
        (
            f"Owner: the '{cols['owner']}' cell is the objective's goal lead(s) (joined by ', '); "
            "initiatives have no leads."
            if ex["owner"] == "objective"
            else "No owner column: each initiative ends with '(Lead: X)', the activity's one "
            "lead; goals have no leads."
        ),
        f"'{cols['target']}': a target that is a deadline ('... by June 2027', 'In place by "
        "FY27', 'Launch by Q2 2026') is a milestone, text the whole target as printed, period "
        "normalised, lead the initiative's lead (null when owners are per objective); the "
        "generator prints dated targets only on one-initiative rows, so the milestone belongs "
        "to that initiative. Other targets ('At least 90%') and the "
        f"'{cols['measure']}' column are not nodes; a year in the column header is not a "
        "milestone.",
        "Not nodes: the map's title block and legend line, the running footer.",
    ]


def arrow(c, x0: float, y0: float, x1: float, y1: float, colour) -> None:
    """A line from (x0, y0) to (x1, y1) ending in a filled arrowhead."""
    angle = math.atan2(y1 - y0, x1 - x0)
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    c.setLineWidth(0.9)
    c.line(x0, y0, x1 - 5 * math.cos(angle), y1 - 5 * math.sin(angle))
    head = c.beginPath()
    head.moveTo(x1, y1)
    for turn in (2.7, -2.7):
        head.lineTo(x1 + 7 * math.cos(angle + turn), y1 + 7 * math.sin(angle + turn))
    head.close()
    c.drawPath(head, stroke=0, fill=1)


def strategy_map_flowable(doc: Doc, bands: list[Node], first: bool):
    """The strategy map (or one of its two pages) as a flowable filling the frame."""
    from reportlab.platypus import Flowable

    from . import _canvas_kit as kit

    look, plan = doc.extras["look"], doc.plan
    ex, f = look.extras, look.fonts

    class StrategyMap(Flowable):
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.aw, self.ah = aw, ah
            return aw, ah - 1

        def draw(self) -> None:
            c, aw = self.canv, self.aw
            top = self.ah - 1
            accent = kit.hexc(look.accent)
            c.setFillColor(accent)
            c.setFont(f.bold, 17)
            c.drawString(0, top - 17, plan["agency"])
            c.setFont(f.regular, 11)
            c.setFillColor(kit.hexc("#333333"))
            c.drawString(0, top - 33, plan["title"])
            word = "Strategy Map" if first else "Strategy Map (continued)"
            c.setFont(f.bold, 13)
            c.setFillColor(accent)
            c.drawRightString(aw, top - 17, word)
            y = top - 46
            if first and plan["vision"]:
                lines = kit.wrap(f"Vision: {plan['vision']}", f.italic, 10, aw - 24)
                box = len(lines) * 13 + 10
                c.setFillColor(kit.tint(look.accent, 0.15))
                c.rect(0, y - box, aw, box, stroke=0, fill=1)
                kit.block(
                    c,
                    f"Vision: {plan['vision']}",
                    12,
                    y - 15,
                    f.italic,
                    10,
                    aw - 24,
                    13,
                    kit.hexc("#222222"),
                    "center",
                )
                y -= box + 8
            band_h = (y - 18) / len(bands)
            boxes: list[list[tuple[float, float, float, float]]] = []
            for i, pillar in enumerate(bands):
                bottom = y - (i + 1) * band_h
                boxes.append(self.band(pillar, bottom, band_h, i))
            for i in range(1, len(bands)):
                for goal, (x, b, w, h) in zip(bands[i]["goals"], boxes[i], strict=True):
                    for t in goal.get("_arrows", []):
                        tx, tb, tw, _ = boxes[i - 1][t]
                        arrow(c, x + w / 2, b + h, tx + tw / 2, tb, kit.hexc("#555555"))
            c.setFont(f.italic, 7.5)
            c.setFillColor(kit.hexc("#555555"))
            c.drawString(0, 4, ex["legend"])

        def band(self, pillar: Node, bottom: float, band_h: float, i: int) -> list:
            c, aw = self.canv, self.aw
            c.setFillColor(kit.tint(look.accent, 0.07 if i % 2 else 0.14))
            c.rect(0, bottom + 3, aw, band_h - 6, stroke=0, fill=1)
            mid = bottom + band_h / 2
            if ex["label"] == "rotated":
                lines = kit.wrap(pillar["title"], f.bold, 11, band_h - 16)
                c.saveState()
                c.translate(LABEL_W / 2, mid)
                c.rotate(90)
                c.setFillColor(kit.hexc(look.accent))
                c.setFont(f.bold, 11)
                for j, line in enumerate(lines):
                    c.drawCentredString(0, (len(lines) / 2 - j - 0.75) * 13, line)
                c.restoreState()
            else:
                c.setFillColor(kit.hexc(look.accent))
                c.rect(4, bottom + 9, LABEL_W - 8, band_h - 18, stroke=0, fill=1)
                lines = kit.wrap(pillar["title"], f.bold, 10, LABEL_W - 18)
                kit.block(
                    c,
                    pillar["title"],
                    9,
                    mid + len(lines) * 6 - 9,
                    f.bold,
                    10,
                    LABEL_W - 18,
                    12,
                    kit.hexc("#ffffff"),
                    "center",
                )
            goals = pillar["goals"]
            x0 = LABEL_W + 12
            slot = (aw - x0) / len(goals)
            w, h = min(slot - 26, 200), min(band_h - 28, 100)
            out = []
            for j, goal in enumerate(goals):
                x, b = x0 + j * slot + (slot - w) / 2, mid - h / 2
                self.objective(goal, x, b, w, h)
                out.append((x, b, w, h))
            return out

        def objective(self, goal: Node, x: float, b: float, w: float, h: float) -> None:
            c = self.canv
            c.setFillColor(kit.hexc("#ffffff"))
            c.setStrokeColor(kit.hexc(look.accent))
            c.setLineWidth(1.1)
            inner = w - 22 if ex["shape"] == "round" else w * 0.72
            if ex["shape"] == "round":
                c.roundRect(x, b, w, h, 9, stroke=1, fill=1)
            else:
                c.ellipse(x, b, x + w, b + h, stroke=1, fill=1)
            size = 9.5
            while size > 6.5:
                lines = kit.wrap(goal["title"], f.regular, size, inner)
                need = (len(lines) + (1 if goal["number"] else 0)) * size * 1.2
                if need <= h - 12:
                    break
                size -= 0.5
            lead = size * 1.2
            total = (len(lines) + (1 if goal["number"] else 0)) * lead
            y = b + h / 2 + total / 2 - size
            if goal["number"]:
                c.setFont(f.bold, size)
                c.setFillColor(kit.hexc(look.accent))
                c.drawCentredString(x + w / 2, y, goal["number"])
                y -= lead
            kit.block(
                c,
                goal["title"],
                x + (w - inner) / 2,
                y,
                f.regular,
                size,
                inner,
                lead,
                kit.hexc("#111111"),
                "center",
            )

    return StrategyMap()


def initiative_cell(goal: Node, ex: dict[str, Any], st: dict) -> list:
    def text(act: Node) -> str:
        return f"{act['text']} (Lead: {act['leads'][0]})" if act["leads"] else act["text"]

    if ex["listing"] == "semicolons":
        return [tc.para("; ".join(text(a) for a in goal["activities"]), st["cell"])]
    return [tc.para(f"\u2022 {text(a)}", st["bulleted"]) for a in goal["activities"]]


def scorecard_table(pillar: Node, look: tc.Look, st: dict, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    ex = look.extras
    cols = ex["cols"]
    keys = ["objective", "measure", "target", "initiative"]
    share = {"code": 0.07, "objective": 0.21, "measure": 0.19, "target": 0.13, "initiative": 0.3}
    if ex["codes"] and ex["code_place"] == "column":
        keys.insert(0, "code")
    if ex["owner"] == "objective":
        keys.append("owner")
        share["owner"] = 0.15
    head = st["head_white"] if ex["rows"] == "zebra" else st["head"]
    data = [[tc.para(cols[k], head) for k in keys]]
    for goal in pillar["goals"]:
        title = goal["title"]
        if goal["number"] and ex["code_place"] == "cell":
            title = f"{goal['number']}  {title}"
        cells = {
            "code": tc.para(goal["number"] or "", st["cellb"]),
            "objective": tc.para(title, st["cellb"]),
            "measure": tc.para(goal["_measure"], st["cell"]),
            "target": tc.para(goal["_target"], st["cell"]),
            "initiative": initiative_cell(goal, ex, st),
            "owner": tc.para(", ".join(goal["leads"]), st["cell"]),
        }
        data.append([cells[k] for k in keys])
    total = sum(share[k] for k in keys)
    table = Table(data, colWidths=[share[k] / total * width for k in keys], repeatRows=1)
    accent = colors.HexColor(look.accent)
    rules: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if ex["rows"] == "zebra":
        rules += [
            ("BACKGROUND", (0, 0), (-1, 0), accent),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, tc.tint(look.accent, 0.12)]),
        ]
    else:
        rules += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.4, accent),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, accent),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.3, colors.HexColor("#b0b0b0")),
        ]
    table.setStyle(TableStyle(rules))
    table.spaceBefore = 6
    return table


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak

    look, plan = doc.extras["look"], doc.plan
    ex = look.extras
    st = tc.paragraph_styles(look)
    st["head_white"] = ParagraphStyle("hw", parent=st["head"], textColor=colors.white)
    st["bulleted"] = ParagraphStyle(
        "bl", parent=st["cell"], leftIndent=8, firstLineIndent=-8, spaceAfter=2
    )
    pagesize = landscape(letter)
    width = pagesize[0] - 2 * MARGIN
    pillars = plan["pillars"]
    split = (len(pillars) + 1) // 2 if ex["map_pages"] == 2 else len(pillars)
    story: list = [strategy_map_flowable(doc, pillars[:split], True), PageBreak()]
    if split < len(pillars):
        story += [strategy_map_flowable(doc, pillars[split:], False), PageBreak()]
    for n, pillar in enumerate(pillars):
        if n:
            story.append(PageBreak())
        label = ex["kicker"] if look.pillar_mark == "kicker" else ""
        story += tc.pillar_heading(label, pillar["title"], look, st, width, toc=False)
        if pillar["description"]:
            story.append(tc.para(pillar["description"], st["body"]))
        story.append(scorecard_table(pillar, look, st, width))
    tc.build_pdf(out, story, plan, look, pagesize, two_pass=False, margin=MARGIN)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "balanced-scorecard-1",
                9801,
                "dev",
                {
                    "views": 4,
                    "codes": True,
                    "code_place": "column",
                    "map_pages": 1,
                    "label": "rotated",
                    "shape": "round",
                    "rows": "ruled",
                    "owner": "objective",
                    "listing": "bullets",
                    "questions": False,
                    "vision": True,
                },
            ),
            DocSpec(
                "balanced-scorecard-2",
                9802,
                "test",
                {
                    "views": 3,
                    "codes": False,
                    "code_place": "column",
                    "map_pages": 1,
                    "label": "boxed",
                    "shape": "ellipse",
                    "rows": "zebra",
                    "owner": "objective",
                    "listing": "semicolons",
                    "questions": True,
                    "vision": False,
                },
            ),
            DocSpec(
                "balanced-scorecard-3",
                9803,
                "dev",
                {
                    "views": 5,
                    "codes": True,
                    "code_place": "cell",
                    "map_pages": 2,
                    "label": "boxed",
                    "shape": "round",
                    "rows": "zebra",
                    "owner": "initiative",
                    "listing": "bullets",
                    "questions": False,
                    "vision": True,
                },
            ),
            DocSpec(
                "balanced-scorecard-4",
                9804,
                "dev",
                {
                    "views": 4,
                    "codes": False,
                    "code_place": "column",
                    "map_pages": 2,
                    "label": "rotated",
                    "shape": "ellipse",
                    "rows": "ruled",
                    "owner": "objective",
                    "listing": "semicolons",
                    "questions": True,
                    "vision": False,
                },
            ),
        ],
        build,
        render,
    )
]
