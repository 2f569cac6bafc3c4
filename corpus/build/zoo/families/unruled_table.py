"""Action tables with no rules at all (reportlab canvas): whitespace-separated columns.

Each pillar is a large heading over its own table ("Objective | Action Steps | Lead | Due",
wording drawn per document). Only the header row has a shaded background; no lines anywhere.
The objective column holds the goal (number + title) once, beside the first of its rows, and
every row is one activity whose Due cell is its one milestone. Cells wrap onto two lines.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter, portrait
from reportlab.pdfgen import canvas

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import PILLAR_WORDS, colour, reportlab_fonts
from ._canvas_kit import block, height, hexc, tint, wrap

NAME = "unruled-table"
HEADS = (
    ["Objective", "Goal", "Strategic Objective", "Objective"],
    ["Action Steps", "Actions", "Strategies", "Key Actions", "Action Items"],
    ["Lead", "Responsible", "Lead Unit", "Owner"],
    ["Due", "Target Date", "Timeline", "Due By"],
)
WIDTHS = (0.26, 0.42, 0.18, 0.14)
INTRO = (
    "This action plan turns the department's priorities into specific, assigned steps. "
    "Each table below lists the objectives under one priority area, the actions we will "
    "take to reach them, the unit that leads each action and the date it is due. Progress "
    "is reviewed at the command staff meeting every quarter and reported to the public "
    "once a year."
)


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=0.9,
        milestones="timeline",
        pillar_descriptions=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    if rng.random() < 0.4:
        plan["mission"], plan["vision"], plan["values"] = None, None, []
    pillar_scheme = rng.choice(["arabic", "roman", "upper"])
    goal_scheme = rng.choice(["dotted", "dotted", "arabic"])
    act_scheme = spec.options.get("acts") or rng.choice(["none", "lower"])
    number_levels(plan, (pillar_scheme, goal_scheme, act_scheme))
    style = {
        "fonts": rng.random(),
        "size": rng.choice([8.5, 9, 9.5, 10]),
        "accent": colour(rng),
        "orient": spec.options.get("orient", "portrait"),
        "heads": [rng.choice(h) for h in HEADS],
        "word": rng.choice(PILLAR_WORDS),
        "heading": rng.choice(["word", "number", "stacked"]),
        "shade": rng.choice(["#d9d9d9", "tint", "accent"]),
        "lead_sep": rng.choice([", ", "; "]),
    }
    notes = [
        f"Unruled tables: columns '{' | '.join(style['heads'])}' separated only by whitespace; "
        "the header row alone is shaded. No horizontal or vertical rules.",
        "The objective cell (goal number + title) is printed once, beside its first activity "
        "row; each row is one activity (number: " + act_scheme + ") and its Due cell is the "
        "activity's one milestone (lead = the row's first lead; 'Ongoing'/'Annually' -> null).",
        f"Pillar headings are large text above each table (style '{style['heading']}'); a table "
        "that runs onto the next page repeats its header row under a '(continued)' heading.",
        f"Lead cells list several leads separated by '{style['lead_sep'].strip()}', one gold "
        "string each.",
        "Not nodes: the introduction paragraph, running header and page numbers.",
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


class Tables:
    """The page cursor, fonts and column geometry of one document."""

    def __init__(self, doc: Doc, out: Path) -> None:
        self.plan, self.st = doc.plan, doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.s = self.st["size"]
        orient = landscape if self.st["orient"] == "landscape" else portrait
        self.w, self.h = orient(letter)
        self.m = 0.75 * 72
        self.c = canvas.Canvas(str(out), pagesize=(self.w, self.h), invariant=1)
        self.c.setTitle(self.plan["title"])
        self.c.setAuthor(self.plan["agency"])
        self.accent = hexc(self.st["accent"])
        self.page = 1
        self.gutter = self.s * 1.2
        width = self.w - 2 * self.m
        self.cols, x = [], self.m
        for share in WIDTHS:
            self.cols.append((x, width * share - self.gutter))
            x += width * share
        self.y = self.h - self.m

    def new_page(self) -> None:
        self.running()
        self.c.showPage()
        self.page += 1
        self.y = self.h - self.m

    def running(self) -> None:
        c, f, s = self.c, self.fonts, self.s
        c.setFillColor(colors.grey)
        c.setFont(f.regular, s * 0.8)
        c.drawString(self.m, self.m * 0.55, f"{self.plan['agency']}  |  {self.plan['title']}")
        c.drawRightString(self.w - self.m, self.m * 0.55, f"Page {self.page}")

    def front(self) -> None:
        """Agency, title, the intro paragraph and (when printed) mission, vision and values."""
        c, f, s, plan = self.c, self.fonts, self.s, self.plan
        width = self.w - 2 * self.m
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 1.3)
        c.drawString(self.m, self.y - s * 1.3, plan["agency"].upper())
        c.setFillColor(colors.black)
        c.setFont(f.bold, s * 2.6)
        c.drawString(self.m, self.y - s * 4.2, plan["title"])
        self.y -= s * 6
        self.y = block(c, INTRO, self.m, self.y, f.regular, s, width) - s * 0.6
        for label, text in (("Mission", plan["mission"]), ("Vision", plan["vision"])):
            if text:
                c.setFont(f.bold, s)
                c.setFillColor(self.accent)
                c.drawString(self.m, self.y, label)
                self.y = (
                    block(
                        c,
                        text,
                        self.m + s * 6,
                        self.y,
                        f.regular,
                        s,
                        width - s * 6,
                        fill=colors.black,
                    )
                    - s * 0.4
                )
        if plan["values"]:
            c.setFont(f.bold, s)
            c.setFillColor(self.accent)
            c.drawString(self.m, self.y, "Values")
            c.setFillColor(colors.black)
            c.setFont(f.regular, s)
            c.drawString(self.m + s * 6, self.y, "   ".join(plan["values"]))
            self.y -= s * 1.6
        self.y -= s

    def heading(self, pillar: Node, cont: bool) -> None:
        """The pillar heading in large text (plus its description the first time)."""
        c, f, s, st = self.c, self.fonts, self.s, self.st
        big = s * 1.9
        suffix = " (continued)" if cont else ""
        c.setFillColor(self.accent)
        if st["heading"] == "stacked":
            c.setFont(f.bold, s * 1.1)
            c.drawString(self.m, self.y - s * 1.1, f"{st['word'].upper()} {pillar['number']}")
            self.y -= s * 1.6
            text = pillar["title"] + suffix
        elif st["heading"] == "word":
            text = f"{st['word']} {pillar['number']}: {pillar['title']}{suffix}"
        else:
            text = f"{pillar['number']}. {pillar['title']}{suffix}"
        self.y = block(c, text, self.m, self.y - big, f.bold, big, self.w - 2 * self.m) + big
        self.y -= s * 0.8
        if pillar["description"] and not cont:
            self.y = (
                block(
                    c,
                    pillar["description"],
                    self.m,
                    self.y - s,
                    f.italic,
                    s,
                    self.w - 2 * self.m,
                    fill=colors.HexColor("#333333"),
                )
                + s * 0.2
            )
        self.y -= s * 0.6

    def header_row(self) -> None:
        c, f, s, st = self.c, self.fonts, self.s, self.st
        hgt = s * 2
        shade = st["shade"]
        c.setFillColor(
            self.accent
            if shade == "accent"
            else tint(st["accent"], 0.18)
            if shade == "tint"
            else hexc(shade)
        )
        c.rect(self.m - s * 0.4, self.y - hgt, self.w - 2 * self.m + s * 0.8, hgt, stroke=0, fill=1)
        c.setFillColor(colors.white if shade == "accent" else colors.black)
        c.setFont(f.bold, s)
        for (x, _), label in zip(self.cols, st["heads"], strict=True):
            c.drawString(x, self.y - hgt + s * 0.65, label)
        self.y -= hgt + s * 0.6

    def cells(self, goal: Node, act: Node, first: bool) -> list[str]:
        number = f"{act['number']}. " if act["number"] else ""
        lead = self.st["lead_sep"].join(act["leads"])
        goal_text = f"{goal['number']} {goal['title']}" if first else ""
        return [goal_text, number + act["text"], lead, act["milestones"][0]["text"]]

    def row_heights(self, goal: Node) -> list[float]:
        """Each activity row's height; the last grows if the objective cell is taller."""
        f, s = self.fonts, self.s
        out = []
        for act in goal["activities"]:
            texts = self.cells(goal, act, False)[1:]
            lines = max(
                len(wrap(t, f.regular, s, w))
                for t, (_, w) in zip(texts, self.cols[1:], strict=True)
            )
            out.append(lines * s * 1.25 + s * 0.55)
        obj = height(self.cells(goal, goal["activities"][0], True)[0], f.bold, s, self.cols[0][1])
        out[-1] += max(0.0, obj - sum(out))
        return out

    def group(self, goal: Node) -> None:
        """One objective and its activity rows: objective lines first, then row by row."""
        c, f, s = self.c, self.fonts, self.s
        c.setFillColor(colors.black)
        x0, w0 = self.cols[0]
        block(c, self.cells(goal, goal["activities"][0], True)[0], x0, self.y - s, f.bold, s, w0)
        for act, hgt in zip(goal["activities"], self.row_heights(goal), strict=True):
            for text, (x, w) in zip(self.cells(goal, act, False)[1:], self.cols[1:], strict=True):
                block(c, text, x, self.y - s, f.regular, s, w)
            self.y -= hgt
        self.y -= s * 0.9

    def pillar(self, pillar: Node) -> None:
        bottom = self.m + self.s * 2
        if self.y - self.s * 12 < bottom:
            self.new_page()
        self.heading(pillar, False)
        self.header_row()
        for goal in pillar["goals"]:
            if self.y - sum(self.row_heights(goal)) < bottom:
                self.new_page()
                self.heading(pillar, True)
                self.header_row()
            self.group(goal)
        self.y -= self.s * 1.5


def render(doc: Doc, out: Path) -> None:
    t = Tables(doc, out)
    t.front()
    for pillar in doc.plan["pillars"]:
        t.pillar(pillar)
    t.running()
    t.c.showPage()
    t.c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec("unruled-table-1", 2201, "dev", {"acts": "lower"}),
            DocSpec("unruled-table-2", 2202, "test", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-3", 2203, "dev", {"orient": "landscape", "acts": "lower"}),
            DocSpec("unruled-table-4", 2204, "dev", {"acts": "none"}),
            DocSpec("unruled-table-5", 2205, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-6", 2206, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-7", 2207, "dev", {"acts": "lower"}),
            DocSpec("unruled-table-8", 2208, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-9", 2209, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-10", 2210, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-11", 2211, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-12", 2212, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-13", 2213, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-14", 2214, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-15", 2215, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-16", 2216, "dev", {"orient": "landscape", "acts": "none"}),
            DocSpec("unruled-table-17", 2217, "dev", {"orient": "landscape", "acts": "none"}),
        ],
        build,
        render,
    )
]
