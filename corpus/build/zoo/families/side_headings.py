"""Side headings (reportlab canvas): the heading sits in a left margin column, its content right.

Reading order must pair each side heading with the right-column block that starts on its
line. The short document (1-2 pages) puts pillars in the side column and goals, activities
and "Responsible:" lines in the right column; the long one (6+ pages) gives each pillar a
full-width band and puts the goals (with their leads) in the side column.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ..content import Shape, make_plan
from ..spec import Doc, DocSpec, Family
from ..styles import TIMELINE_KEYS, colour, reportlab_fonts
from . import _outline_common as oc

NAME = "side-headings"
W, H = 612.0, 792.0
MARGIN, SIDE_W, GUTTER = 54.0, 132.0, 20.0
RIGHT_X = MARGIN + SIDE_W + GUTTER
RIGHT_W = W - MARGIN - RIGHT_X


@dataclass
class Line:
    """One right-column line: text, face, size, indent, colour and an optional bullet mark."""

    text: str
    font: str
    size: float
    indent: float = 0.0
    color: str = "#222222"
    bullet: bool = False


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    short = spec.options.get("short", False)
    shape = Shape(
        pillars=(3, 3) if short else (4, 5),
        goals=(2, 2) if short else (3, 4),
        activities=(2, 3) if short else (3, 4),
        goal_leads=0.5 if short else 0.8,
        activity_leads=0.95,
        milestones="timeline",
        front_matter=not short,
        pillar_descriptions=not short,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    style = {
        "fonts": rng.random(),
        "size": rng.choice([8.5, 9]) if short else rng.choice([9.5, 10, 10.5]),
        "accent": colour(rng),
        "short": short,
        "mark": rng.choice(["disc", "square", "dash"]),
        "time_key": rng.choice(TIMELINE_KEYS),
        "side_caps": rng.random() < 0.4 and not short,
    }
    if style["side_caps"]:
        for pillar in plan["pillars"]:
            for goal in pillar["goals"]:
                goal["title"] = goal["title"].upper()
    extras = {"agency": agency, "style": style, "quote": oc.quote(rng, agency)}
    return Doc(spec.slug, NAME, "reportlab-canvas", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    side = "pillars" if st["short"] else "goals (with their 'Lead:' line under the title)"
    return [
        f"Side headings: {side} are printed in a left margin column, their content in the "
        "right column starting on the same line; a layout-order reader interleaves the two, "
        "the content stream draws the heading first.",
        (
            "Short plan (1-2 pages): no cover, no mission; goals are bold lines in the right "
            "column."
            if st["short"]
            else "Long plan: each pillar is a full-width coloured band "
            "with its description below; goal titles "
            + ("in ALL CAPS (kept as printed)" if st["side_caps"] else "as printed")
            + "."
        ),
        f"Activities are bullets (drawn '{st['mark']}' marks, no glyph in the text layer) "
        f"followed by 'Responsible: X   {st['time_key']}: Y'; the timeline is the activity's "
        "one milestone (lead = the activity's first lead).",
        "No numbers: numbers are null. Not nodes: the title block, the introduction side "
        "sections, the pull quote and the running footer.",
    ]


class Page:
    """A tiny canvas layout engine: a cursor, page breaks and a running footer."""

    def __init__(self, out: Path, doc: Doc):
        from reportlab.pdfgen import canvas

        st = doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(st["fonts"]))
        self.size, self.accent, self.mark = st["size"], st["accent"], st["mark"]
        self.c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
        self.c.setTitle(doc.plan["title"])
        self.c.setAuthor(doc.plan["agency"])
        self.footer_text = f"{doc.plan['agency']}  |  {doc.plan['title']}"
        self.page, self.y = 1, H - MARGIN

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = H - MARGIN

    def footer(self) -> None:
        self.c.setFont(self.fonts.regular, 7.5)
        self.c.setFillColor("#666666")
        self.c.drawString(MARGIN, 30, self.footer_text)
        self.c.drawRightString(W - MARGIN, 30, str(self.page))

    def ensure(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.new_page()

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(text, font, size, width)

    def draw_mark(self, x: float, y: float, size: float) -> None:
        c = self.c
        c.setFillColor(self.accent)
        if self.mark == "disc":
            c.circle(x + 2, y + size * 0.33, 1.8, stroke=0, fill=1)
        elif self.mark == "square":
            c.rect(x, y + size * 0.18, 3.6, 3.6, stroke=0, fill=1)
        else:
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.9)
            c.line(x, y + size * 0.33, x + 5, y + size * 0.33)

    def block(self, side: list[Line], right: list[Line], gap: float = 10) -> None:
        """Side heading at the cursor, right lines from the same top; right lines may run on
        to the next page (the heading is not repeated: one node)."""
        lead = self.size * 1.35
        need = max(len(side), min(len(right), 4)) * lead
        self.ensure(need)
        top, y = self.y, self.y
        for ln in side:
            self.c.setFont(ln.font, ln.size)
            self.c.setFillColor(ln.color)
            y -= ln.size * 1.25
            self.c.drawString(MARGIN, y, ln.text)
        side_bottom, y = y, top
        for ln in right:
            if y - ln.size * 1.35 < MARGIN:
                self.new_page()
                y, side_bottom = self.y, self.y
            y -= ln.size * 1.35
            if ln.bullet:
                self.draw_mark(RIGHT_X + ln.indent - 10, y, ln.size)
            self.c.setFont(ln.font, ln.size)
            self.c.setFillColor(ln.color)
            self.c.drawString(RIGHT_X + ln.indent, y, ln.text)
        self.y = min(y, side_bottom) - gap

    def lines(
        self,
        text: str,
        font: str,
        size: float,
        indent: float = 0,
        color: str = "#222222",
        bullet: bool = False,
    ) -> list[Line]:
        """A right-column paragraph as wrapped lines (the first carries the bullet)."""
        out = [
            Line(t, font, size, indent, color, False)
            for t in self.wrap(text, font, size, RIGHT_W - indent)
        ]
        if out:
            out[0].bullet = bullet
        return out

    def side(self, text: str, font: str, size: float, color: str) -> list[Line]:
        return [Line(t, font, size, 0, color) for t in self.wrap(text, font, size, SIDE_W)]

    def band(self, text: str) -> None:
        """A full-width coloured band with a white title (the long plan's pillar heading)."""
        size = self.size * 1.7
        self.ensure(size * 3)
        self.c.setFillColor(self.accent)
        self.c.rect(MARGIN, self.y - size * 2, W - 2 * MARGIN, size * 2, stroke=0, fill=1)
        self.c.setFillColor("#ffffff")
        self.c.setFont(self.fonts.bold, size)
        self.c.drawString(MARGIN + 10, self.y - size * 1.35, text)
        self.y -= size * 2 + 12

    def save(self) -> None:
        self.footer()
        self.c.save()


def activity_lines(pg: Page, act: dict, st: dict) -> list[Line]:
    f = pg.fonts
    out = pg.lines(act["text"], f.regular, pg.size, 12, bullet=True)
    parts = []
    if act["leads"]:
        parts.append(f"Responsible: {', '.join(act['leads'])}")
    parts += [f"{st['time_key']}: {m['text']}" for m in act["milestones"]]
    if parts:
        out += pg.lines("    ".join(parts), f.italic, pg.size * 0.88, 12, "#555555")
    return out


def goal_right(pg: Page, goal: dict, st: dict) -> list[Line]:
    """The short plan's goal in the right column: bold title, lead line, activities."""
    f = pg.fonts
    out = pg.lines(goal["title"], f.bold, pg.size * 1.05)
    if goal["leads"]:
        out += pg.lines(f"Lead: {', '.join(goal['leads'])}", f.regular, pg.size * 0.9)
    for act in goal["activities"]:
        out += activity_lines(pg, act, st)
    return out


def render_short(pg: Page, doc: Doc) -> None:
    plan, st, f = doc.plan, doc.extras["style"], pg.fonts
    pg.c.setFont(f.bold, 16)
    pg.c.setFillColor(pg.accent)
    pg.c.drawString(MARGIN, pg.y - 16, plan["agency"])
    pg.c.setFont(f.regular, 12)
    pg.c.setFillColor("#333333")
    pg.c.drawString(MARGIN, pg.y - 34, plan["title"])
    pg.y -= 52
    for pillar in plan["pillars"]:
        right: list[Line] = []
        for goal in pillar["goals"]:
            right += goal_right(pg, goal, st) + [Line("", f.regular, pg.size * 0.5)]
        pg.block(pg.side(pillar["title"], f.bold, pg.size * 1.3, pg.accent), right, 6)
        pg.c.setStrokeColor("#bbbbbb")
        pg.c.line(MARGIN, pg.y + 3, W - MARGIN, pg.y + 3)
        pg.y -= 6


def render_long(pg: Page, doc: Doc) -> None:
    plan, st, f, agency = doc.plan, doc.extras["style"], pg.fonts, doc.extras["agency"]
    pg.y -= 200
    pg.c.setFont(f.bold, 26)
    pg.c.setFillColor(pg.accent)
    pg.c.drawString(MARGIN, pg.y, plan["agency"])
    pg.c.setFont(f.regular, 16)
    pg.c.drawString(MARGIN, pg.y - 28, plan["title"])
    pg.new_page()
    intro = oc.intro_paragraphs(plan, agency)
    pg.block(
        pg.side("Introduction", f.bold, pg.size * 1.2, pg.accent),
        [
            ln
            for t in intro
            for ln in pg.lines(t, f.regular, pg.size) + [Line("", f.regular, pg.size * 0.5)]
        ],
    )
    for label, text in (
        ("Our Mission", plan["mission"]),
        ("Our Vision", plan["vision"]),
        ("Our Values", ", ".join(plan["values"])),
    ):
        pg.block(
            pg.side(label, f.bold, pg.size * 1.2, pg.accent), pg.lines(text, f.regular, pg.size)
        )
    q, who = doc.extras["quote"]
    pg.block(
        [],
        pg.lines(f"\u201c{q}\u201d", f.italic, pg.size * 1.3, 0, pg.accent)
        + pg.lines(who, f.regular, pg.size * 0.85, 0, "#666666"),
    )
    for pillar in plan["pillars"]:
        pg.new_page()
        pg.band(pillar["title"])
        if pillar["description"]:
            for t in pg.wrap(pillar["description"], f.regular, pg.size, W - 2 * MARGIN):
                pg.y -= pg.size * 1.35
                pg.c.setFont(f.regular, pg.size)
                pg.c.setFillColor("#222222")
                pg.c.drawString(MARGIN, pg.y, t)
            pg.y -= 14
        for goal in pillar["goals"]:
            side = pg.side(goal["title"], f.bold, pg.size * 1.1, pg.accent)
            if goal["leads"]:
                side += pg.side(
                    f"Lead: {', '.join(goal['leads'])}", f.italic, pg.size * 0.85, "#555555"
                )
            right = [ln for a in goal["activities"] for ln in activity_lines(pg, a, st)]
            pg.block(side, right, 14)


def render(doc: Doc, out: Path) -> None:
    pg = Page(out, doc)
    (render_short if doc.extras["style"]["short"] else render_long)(pg, doc)
    pg.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec("side-headings-1", 7301, "dev", {"short": True}),
            DocSpec("side-headings-2", 7302, "test", {"short": False}),
            DocSpec("side-headings-3", 7303, "dev", {"short": False}),
            DocSpec("side-headings-4", 7351, "dev", {"short": False}),
            DocSpec("side-headings-5", 7352, "dev", {"short": True}),
        ],
        build,
        render,
    )
]
