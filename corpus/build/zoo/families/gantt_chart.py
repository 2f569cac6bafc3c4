"""Landscape Gantt chart of the plan (reportlab canvas): activity rows, quarter columns, bars.

Each page has a title block and a legend; a coloured band names the pillar (repeated with
"(continued)" when a pillar runs onto a second page), goal rows group the activity rows, and
each activity row has its number, text, a Lead cell, shaded bars in the quarter cells
("2026 Q1" .. "2027 Q4", text-free, not milestones) and a Target Completion cell, which is the
activity's one milestone.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.pdfgen import canvas

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node, normalise_period
from ..styles import GOAL_WORDS, PILLAR_WORDS, colour, reportlab_fonts
from ._canvas_kit import block, height, hexc, tint, wrap

NAME = "gantt-chart"
MONTH_END = {1: "Mar", 2: "Jun", 3: "Sep", 4: "Dec"}
TARGETS = {
    "q-y": lambda y, q: f"Q{q} {y}",
    "y-q": lambda y, q: f"{y} Q{q}",
    "qtr": lambda y, q: f"Qtr {q}, {y}",
    "month": lambda y, q: f"{MONTH_END[q]} {y}",
    "fy": lambda y, q: f"FY{str(y)[2:]} Q{q}",
}
PAGES = {"letter": letter, "legal": legal, "tabloid": (792.0, 1224.0)}


def schedule(rng: random.Random, plan: Node, years: list[int], fmt: str) -> None:
    """Give every activity a bar (first and last quarter) and its Target Completion milestone,
    the quarter its bar ends in (or "Ongoing", bar to the chart's end, period null)."""
    n = 4 * len(years)
    for _, act in ((g, a) for p in plan["pillars"] for g in p["goals"] for a in g["activities"]):
        first = rng.randint(0, n - 2)
        if rng.random() < 0.1:
            last, text = n - 1, "Ongoing"
        else:
            last = min(n - 1, first + rng.randint(0, 5))
            text = TARGETS[fmt](years[last // 4], last % 4 + 1)
        act["_span"] = (first, last)
        lead = act["leads"][0] if act["leads"] else None
        act["milestones"] = [{"period": normalise_period(text), "text": text, "lead": lead}]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 4),
        goals=spec.options.get("goals", (2, 3)),
        activities=spec.options.get("activities", (2, 4)),
        activity_leads=1.0,
        pillar_descriptions=False,
        front_matter=False,
    )
    plan, agency = make_plan(rng, shape)
    start = plan["period"]["start"]
    years = list(range(start, start + rng.choice([2, 3])))
    plan["period"]["end"] = years[-1]
    plan["title"] = (
        f"{start}-{years[-1]} Strategic Plan"
        if rng.random() < 0.6
        else f"Strategic Plan {start}\u2013{years[-1]}"
    )
    fmt = rng.choice(sorted(TARGETS))
    schedule(rng, plan, years, fmt)
    act_scheme = spec.options.get("acts") or rng.choice(["dotted", "none", "lower"])
    number_levels(plan, ("arabic", "dotted", act_scheme))
    style = {
        "years": years,
        "fonts": rng.random(),
        "size": rng.choice([7, 7.5, 8, 8.5]),
        "accent": colour(rng),
        "page": spec.options.get("page", "letter"),
        "pillar_word": rng.choice(PILLAR_WORDS),
        "goal_word": rng.choice(GOAL_WORDS + [""]),
        "grouped_header": rng.random() < 0.5,
        "diamonds": rng.random() < 0.6,
        "summary_bars": rng.random() < 0.5,
        "zebra": rng.random() < 0.5,
        "lead_head": rng.choice(["Lead", "Lead Unit", "Lead"]),
        "target_head": rng.choice(["Target Completion", "Target Completion", "Target Date"]),
        "revised": f"{rng.choice(['January', 'March', 'July', 'October'])} {start}",
    }
    notes = [
        f"Gantt chart, {len(years) * 4} quarter columns ({years[0]} Q1 to {years[-1]} Q4); "
        "shaded bar cells are text-free and NOT milestones.",
        f"The '{style['target_head']}' cell (format e.g. {TARGETS[fmt](years[-1], 2)!r}) is the "
        "activity's one milestone: text as printed, period normalised, lead = the row's first "
        "lead ('Ongoing' -> period null).",
        "Lead cell: one or two leads separated by ' / ', one gold string each.",
        f"Pillars are page bands '{style['pillar_word'].upper()} N: title', repeated with "
        "'(continued)' when a pillar runs onto another page (one node).",
        f"Goal rows: '{(style['goal_word'] + ' ') if style['goal_word'] else ''}N.M title'; "
        f"activity numbers: {act_scheme}.",
        "Not nodes: title block (prepared by, revision date, page x of y), legend, column headers.",
    ]
    return Doc(
        spec.slug,
        NAME,
        "reportlab-canvas",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style},
        notes,
    )


class Chart:
    """Page geometry, fonts and column positions of one Gantt document."""

    def __init__(self, doc: Doc, out: Path) -> None:
        self.plan, self.st = doc.plan, doc.extras["style"]
        self.agency = doc.extras["agency"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.s = self.st["size"]
        self.w, self.h = landscape(PAGES[self.st["page"]])
        self.m = 0.45 * 72
        self.accent = hexc(self.st["accent"])
        self.c = canvas.Canvas(str(out), pagesize=(self.w, self.h), invariant=1)
        self.c.setTitle(self.plan["title"])
        self.c.setAuthor(self.plan["agency"])
        self.quarters = [(y, q) for y in self.st["years"] for q in range(1, 5)]
        width = self.w - 2 * self.m
        self.x_num = self.m
        self.x_act = self.m + self.s * 4.5
        self.x_lead = self.m + width * 0.36
        self.x_q = self.x_lead + width * 0.13
        self.x_target = self.m + width - self.s * 9
        self.qw = (self.x_target - self.x_q) / len(self.quarters)

    def title_block(self, page: int, pages: int) -> float:
        """Agency, plan title and document fields at the top; returns the y below."""
        c, f, s, top = self.c, self.fonts, self.s, self.h - self.m
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 1.9)
        c.drawString(self.m, top - s * 1.9, self.plan["agency"])
        c.setFillColor(colors.black)
        c.setFont(f.regular, s * 1.4)
        c.drawString(self.m, top - s * 3.8, self.plan["title"])
        c.setFont(f.italic, s * 1.1)
        c.drawString(self.m, top - s * 5.4, "Implementation Timeline and Work Plan")
        bw = s * 24
        x = self.w - self.m - bw
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.6)
        c.rect(x, top - s * 5.8, bw, s * 5.8, stroke=1, fill=0)
        c.setFont(f.regular, s * 0.95)
        rows = [
            ("Prepared by", "Planning and Research Unit"),
            ("Revised", self.st["revised"]),
            ("Sheet", f"{page} of {pages}"),
        ]
        for i, (k, v) in enumerate(rows):
            y = top - s * (1.6 + 1.7 * i)
            c.drawString(x + s * 0.6, y, k)
            c.drawString(x + s * 8, y, v)
        return top - s * 7.2

    def header(self, top: float) -> float:
        """Column headings, the quarter cells either grouped under years or stacked."""
        c, f, s = self.c, self.fonts, self.s
        hgt = s * 3.4
        c.setFillColor(tint(self.st["accent"], 0.2))
        c.rect(self.m, top - hgt, self.w - 2 * self.m, hgt, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(f.bold, s)
        y = top - hgt + s * 0.9
        c.drawString(self.x_num + 2, y, "#")
        c.drawString(self.x_act, y, "Goal / Activity")
        c.drawString(self.x_lead + 2, y, self.st["lead_head"])
        head = self.st["target_head"].split()
        for i, word in enumerate(head):
            c.drawString(self.x_target + 3, y + s * 1.2 * (len(head) - 1 - i), word)
        for i, (yr, q) in enumerate(self.quarters):
            cx = self.x_q + (i + 0.5) * self.qw
            if self.st["grouped_header"]:
                c.drawCentredString(cx, y, f"Q{q}")
                if q == 1:
                    c.drawCentredString(self.x_q + (i + 2) * self.qw, y + s * 1.3, str(yr))
            else:
                c.drawCentredString(cx, y + s * 1.2, str(yr))
                c.drawCentredString(cx, y, f"Q{q}")
        return top - hgt

    def band(self, pillar: Node, top: float, cont: bool) -> float:
        """The pillar band (page or band header)."""
        c, f, s = self.c, self.fonts, self.s
        hgt = s * 2.4
        c.setFillColor(self.accent)
        c.rect(self.m, top - hgt, self.w - 2 * self.m, hgt, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f.bold, s * 1.3)
        text = f"{self.st['pillar_word'].upper()} {pillar['number']}: {pillar['title']}"
        c.drawString(
            self.m + s * 0.6, top - hgt + s * 0.75, text + (" (continued)" if cont else "")
        )
        return top - hgt

    def row_height(self, kind: str, node: Node) -> float:
        s, f = self.s, self.fonts
        if kind == "goal":
            return height(self.goal_text(node), f.bold, s, self.x_lead - self.x_num - 6) + s
        lines = max(
            len(wrap(node["text"], f.regular, s, self.x_lead - self.x_act - 6)),
            len(wrap(" / ".join(node["leads"]), f.regular, s, self.x_q - self.x_lead - 6)),
            len(
                wrap(
                    node["milestones"][0]["text"], f.regular, s, self.w - self.m - self.x_target - 4
                )
            ),
        )
        return lines * s * 1.25 + s * 0.8

    def goal_text(self, goal: Node) -> str:
        word = self.st["goal_word"]
        return f"{word + ' ' if word else ''}{goal['number']}  {goal['title']}"

    def goal_row(self, goal: Node, top: float) -> float:
        c, f, s = self.c, self.fonts, self.s
        hgt = self.row_height("goal", goal)
        c.setFillColor(tint(self.st["accent"], 0.1))
        c.rect(self.m, top - hgt, self.w - 2 * self.m, hgt, stroke=0, fill=1)
        block(
            c,
            self.goal_text(goal),
            self.x_num + 2,
            top - s * 1.25,
            f.bold,
            s,
            self.x_lead - self.x_num - 6,
            fill=colors.black,
        )
        if self.st["summary_bars"]:
            spans = [a["_span"] for a in goal["activities"]]
            first, last = min(a for a, _ in spans), max(b for _, b in spans)
            c.setFillColor(colors.HexColor("#444444"))
            c.rect(
                self.x_q + first * self.qw + 1,
                top - hgt / 2 - s * 0.2,
                (last - first + 1) * self.qw - 2,
                s * 0.4,
                stroke=0,
                fill=1,
            )
        return top - hgt

    def act_row(self, act: Node, top: float, shade: bool) -> float:
        c, f, s = self.c, self.fonts, self.s
        hgt = self.row_height("act", act)
        if shade:
            c.setFillColor(colors.HexColor("#f3f3f3"))
            c.rect(self.m, top - hgt, self.w - 2 * self.m, hgt, stroke=0, fill=1)
        y = top - s * 1.25
        c.setFillColor(colors.black)
        c.setFont(f.regular, s)
        if act["number"]:
            c.drawString(self.x_num + 2, y, act["number"])
        block(c, act["text"], self.x_act, y, f.regular, s, self.x_lead - self.x_act - 6)
        block(
            c,
            " / ".join(act["leads"]),
            self.x_lead + 2,
            y,
            f.regular,
            s,
            self.x_q - self.x_lead - 6,
        )
        first, last = act["_span"]
        c.setFillColor(tint(self.st["accent"], 0.55))
        c.rect(
            self.x_q + first * self.qw + 1,
            top - hgt / 2 - s * 0.45,
            (last - first + 1) * self.qw - 2,
            s * 0.9,
            stroke=0,
            fill=1,
        )
        if self.st["diamonds"] and act["milestones"][0]["period"]:
            self.diamond(self.x_q + (last + 0.5) * self.qw, top - hgt / 2, s * 0.6)
        block(
            c,
            act["milestones"][0]["text"],
            self.x_target + 3,
            y,
            f.regular,
            s,
            self.w - self.m - self.x_target - 4,
            fill=colors.black,
        )
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.setLineWidth(0.4)
        c.line(self.m, top - hgt, self.w - self.m, top - hgt)
        return top - hgt

    def diamond(self, cx: float, cy: float, r: float) -> None:
        c = self.c
        p = c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        c.setFillColor(self.accent)
        c.drawPath(p, stroke=0, fill=1)

    def grid(self, top: float, bottom: float) -> None:
        """Light vertical rules between quarter cells, darker between years."""
        c = self.c
        for i in range(len(self.quarters) + 1):
            c.setStrokeColor(colors.HexColor("#999999" if i % 4 == 0 else "#dddddd"))
            c.setLineWidth(0.5)
            x = self.x_q + i * self.qw
            c.line(x, top, x, bottom)
        c.line(self.x_lead, top, self.x_lead, bottom)

    def legend(self) -> None:
        c, f, s = self.c, self.fonts, self.s
        y = self.m + s * 0.3
        c.setFont(f.bold, s)
        c.setFillColor(colors.black)
        c.drawString(self.m, y, "Legend:")
        x = self.m + s * 6
        c.setFillColor(tint(self.st["accent"], 0.55))
        c.rect(x, y - s * 0.1, s * 3, s * 0.9, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(f.regular, s)
        c.drawString(x + s * 3.6, y, "Scheduled work")
        x += s * 14
        if self.st["diamonds"]:
            self.diamond(x + s * 0.6, y + s * 0.35, s * 0.6)
            c.setFillColor(colors.black)
            c.drawString(x + s * 1.8, y, "Target quarter")
            x += s * 12
        if self.st["summary_bars"]:
            c.setFillColor(colors.HexColor("#444444"))
            c.rect(x, y + s * 0.15, s * 3, s * 0.4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x + s * 3.6, y, "Goal span (all activities)")
        c.setFillColor(colors.grey)
        c.drawRightString(
            self.w - self.m,
            y,
            f"{self.plan['agency']}  \u00b7  {self.agency.chief_title} {self.agency.chief}",
        )


def paginate(chart: Chart, plan: Node) -> list[list[tuple[str, Node, bool]]]:
    """Rows per page: each pillar starts a page; a pillar that overflows continues on the next
    page under a repeated '(continued)' band."""
    room = chart.h - 2 * chart.m - chart.s * 7.2 - chart.s * 3.4 - chart.s * 2.4 - chart.s * 3
    pages: list[list[tuple[str, Node, bool]]] = []
    for pillar in plan["pillars"]:
        page: list[tuple[str, Node, bool]] = [("pillar", pillar, False)]
        used = 0.0
        for goal in pillar["goals"]:
            rows = [("goal", goal)] + [("act", a) for a in goal["activities"]]
            for kind, node in rows:
                need = chart.row_height(kind, node)
                if kind == "goal":  # keep a goal row with its first activity
                    need += chart.row_height("act", rows[1][1])
                if used + need > room:
                    pages.append(page)
                    page, used = [("pillar", pillar, True)], 0.0
                    if kind == "act":
                        page.append(("goal", goal, True))
                        used += chart.row_height("goal", goal)
                page.append((kind, node, False))
                used += chart.row_height(kind, node)
        pages.append(page)
    return pages


def render(doc: Doc, out: Path) -> None:
    chart = Chart(doc, out)
    pages = paginate(chart, doc.plan)
    for n, rows in enumerate(pages, 1):
        y = chart.title_block(n, len(pages))
        y = chart.band(rows[0][1], y, rows[0][2])
        y = chart.header(y)
        top = y
        for i, (kind, node, _cont) in enumerate(rows[1:]):
            if kind == "goal":
                y = chart.goal_row(node, y)
            else:
                y = chart.act_row(node, y, chart.st["zebra"] and i % 2 == 0)
        chart.grid(top, y)
        chart.legend()
        chart.c.showPage()
    chart.c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec("gantt-chart-1", 2101, "dev", {"page": "letter", "acts": "dotted"}),
            DocSpec(
                "gantt-chart-2",
                2102,
                "test",
                {"page": "legal", "goals": (3, 4), "activities": (3, 5)},
            ),
            DocSpec(
                "gantt-chart-3",
                2151,
                "dev",
                {"page": "legal", "goals": (3, 4), "activities": (3, 5)},
            ),
        ],
        build,
        render,
    )
]
