"""Booklet spreads (reportlab canvas): a designed plan exported as spreads, two pages a sheet.

Each landscape PDF page holds two printed pages side by side (left page, gutter, right page),
each with its own running header and its own printed page number at its outer bottom corner
(even numbers on the left). The first PDF page is the cover alone, either one portrait half or
the full spread width. Text flows down the left page, then the right one, in one or two columns
a page. A pillar opens a fresh page with a large coloured numeral ("01") over its title; goals
are bold headings, activities bullets with field lines under some of them; coloured sidebar
boxes carry a quote or a statistic (not plan content). Some documents start every pillar on a
right-hand page whose facing left page holds nothing but a full-bleed image box.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, GOAL_WORDS, LEAD_KEYS, TIMELINE_KEYS, colour, reportlab_fonts
from . import _outline_common as oc
from ._canvas_kit import draw_bullet, hexc, pick_bullet, tint, wrap

NAME = "booklet-spreads"
# Printed page sizes (one half of a spread): half letter and 6 x 9 in.
HALVES = {"half-letter": (396.0, 612.0), "six-by-nine": (432.0, 648.0)}
STATISTICS = [
    ("{n}%", "of residents surveyed said they feel safe walking in their neighborhood at night"),
    ("{n}", "community meetings were held while this plan was drafted"),
    ("{n}%", "of calls for service are now answered within the response-time target"),
    ("{n}", "employees took part in the planning workshops"),
    ("{n}%", "drop in injury collisions on the corridors we focused on last year"),
]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 4),
        goal_leads=opt.get("goal_leads", 0.0),
        activity_leads=0.9,
        milestones="timeline",
        front_matter=opt.get("front_matter", True),
        pillar_descriptions=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    numbering = opt["numbering"]
    number_levels(plan, ("arabic", "none" if numbering == "none" else "dotted"))
    for pillar in plan["pillars"]:
        pillar["number"] = f"{int(pillar['number']):02d}"  # printed as the numeral "01"
        for goal in pillar["goals"]:
            for act in goal["activities"]:
                if rng.random() < 0.3:  # field lines under some activities only
                    act["leads"], act["milestones"] = [], []
    style = {
        "fonts": rng.random(),
        "size": rng.choice([8.5, 9, 9.5]),
        "accent": colour(rng),
        "bullet": rng.random(),
        "half": opt.get("half", "half-letter"),
        "cover": opt["cover"],
        "columns": opt["columns"],  # 1, 2 or "mixed" (front matter 1, pillars 2)
        "pillar_right": opt.get("pillar_right", False),
        "numbering": numbering,
        "goal_leads": shape.goal_leads > 0,
        "goal_word": rng.choice(GOAL_WORDS) if numbering == "word" else "",
        "lead_key": rng.choice(LEAD_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "time_key": rng.choice(TIMELINE_KEYS),
        "fields_inline": opt.get("fields_inline", rng.random() < 0.5),
        "header_section": rng.random() < 0.5,
        "sidebar_share": rng.choice([0.25, 0.35]),
    }
    extras = {
        "agency": agency,
        "style": style,
        "quote": oc.quote(rng, agency),
        "sidebars": [sidebar_text(rng, agency) for _ in range(12)],
    }
    return Doc(spec.slug, NAME, "reportlab-canvas", spec.split, rng, plan, extras, notes(style))


def sidebar_text(rng: random.Random, agency) -> tuple[str, str]:
    """A sidebar's (big line, small line): a statistic or a pull quote (never a node)."""
    if rng.random() < 0.5:
        big, small = rng.choice(STATISTICS)
        return big.replace("{n}", str(rng.choice([12, 18, 24, 37, 64, 81, 240]))), small
    q, who = oc.quote(rng, agency)
    return f"\u201c{q}\u201d", who


def notes(st: dict) -> list[str]:
    cover = (
        "a portrait cover alone (half the spread's width)"
        if st["cover"] == "half"
        else "a cover across the whole spread"
    )
    cols = {1: "one text column", 2: "two text columns", "mixed": "one column (front matter)"}
    goal_label = {
        "word": f"'{st['goal_word']} 1.2' (number '1.2')",
        "dotted": "'1.2' (number '1.2')",
        "none": "unnumbered (number null)",
    }[st["numbering"]]
    fields_how = (
        "on one line ('Key: X  |  Key: Y')" if st["fields_inline"] else "on a line per field"
    )
    return [
        f"Spreads: each landscape PDF page holds two printed pages side by side; the first PDF "
        f"page is {cover}. Each half has its own running header "
        + (
            "(agency left, the current pillar's title right)"
            if st["header_section"]
            else "(the agency)"
        )
        + " and its printed page number at its outer bottom corner (even left, odd right); "
        "headers, page numbers and the cover are not nodes.",
        f"Each printed page has {cols[st['columns']]}"
        + (", pillar pages two columns" if st["columns"] == "mixed" else "")
        + "; text flows down the left page, then the right page.",
        "A pillar opens a fresh page with a large coloured numeral printed as its own string "
        "(number '01', as printed) over the title and an optional description"
        + (
            "; every pillar starts on a right-hand page whose facing left page is a full-bleed "
            "image box (a drawn rectangle, no text)"
            if st["pillar_right"]
            else ""
        )
        + ".",
        f"Goals are bold headings {goal_label}"
        + (
            f", some with a '{st['goal_lead_key']}: X' line (the goal's leads)"
            if st["goal_leads"]
            else ""
        )
        + ". Activities are bullets; under most of them the fields "
        f"'{st['lead_key']}: X' and '{st['time_key']}: Y' {fields_how}; the timeline is the "
        "activity's one milestone (lead = the activity's first lead).",
        "Coloured sidebar boxes with a statistic or a pull quote sit in the text flow; they "
        "are not plan content. Mission, vision and values come from the front-matter page.",
    ]


@dataclass
class Line:
    """One printed line of a block: text, face, size, colour, indent, bullet flag, space before."""

    text: str
    font: str
    size: float
    color: str = "#222222"
    indent: float = 0.0
    bullet: bool = False
    before: float = 0.0


@dataclass
class Block:
    """Lines kept together in one column, or a box drawn by ``draw`` (height given)."""

    lines: list[Line] = field(default_factory=list)
    height: float = 0.0
    draw: Callable[[float, float, float], None] | None = None  # (x, top, width)

    def measure(self) -> float:
        if self.draw is not None:
            return self.height
        return sum(ln.before + ln.size * 1.3 for ln in self.lines)


class Spreads:
    """A spread layout engine: halves, columns, running headers and printed page numbers."""

    def __init__(self, doc: Doc, out: Path):
        from reportlab.pdfgen import canvas

        self.doc, self.st = doc, doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.size, self.accent = self.st["size"], self.st["accent"]
        self.bullet = pick_bullet(random.Random(self.st["bullet"]), self.fonts.regular)
        self.hw, self.h = HALVES[self.st["half"]]
        self.c = canvas.Canvas(str(out), pagesize=(2 * self.hw, self.h), invariant=1)
        self.c.setTitle(doc.plan["title"])
        self.c.setAuthor(doc.plan["agency"])
        self.outer, self.inner, self.top_m, self.bottom_m = 40.0, 34.0, 52.0, 50.0
        self.page_no = 2  # the cover is page 1; spreads open on an even left page
        self.side = 0  # 0 left half, 1 right half
        self.ncols, self.col, self.y = 1, 0, 0.0
        self.col_top = 0.0
        self.section = ""
        self.used = [False, False]
        self.image_left = False

    # geometry -------------------------------------------------------------------------
    def frame(self, side: int) -> tuple[float, float]:
        """(x, width) of a half's text frame: outer margin at the sheet edge, inner at the fold."""
        if side == 0:
            return self.outer, self.hw - self.outer - self.inner
        return self.hw + self.inner, self.hw - self.outer - self.inner

    def column(self) -> tuple[float, float]:
        x, w = self.frame(self.side)
        gap = 14.0
        cw = (w - gap * (self.ncols - 1)) / self.ncols
        return x + self.col * (cw + gap), cw

    def col_width(self) -> float:
        return self.column()[1]

    # pages ------------------------------------------------------------------------------
    def start_half(self, ncols: int) -> None:
        self.ncols, self.col = ncols, 0
        self.col_top = self.y = self.h - self.top_m
        self.used[self.side] = True

    def finish_spread(self) -> None:
        for side in (0, 1):
            if side == 0 and self.image_left:
                continue
            if self.used[side]:
                self.chrome(side, self.page_no + side)
        self.c.showPage()
        self.page_no += 2
        self.side, self.used, self.image_left = 0, [False, False], False

    def next_half(self, ncols: int) -> None:
        if self.side == 0:
            self.side = 1
        else:
            self.finish_spread()
        self.start_half(ncols)

    def chrome(self, side: int, number: int) -> None:
        """Running header and printed page number of one half (not nodes)."""
        c, f = self.c, self.fonts
        x, w = self.frame(side)
        c.setFont(f.regular, self.size * 0.8)
        c.setFillColor("#777777")
        head = (
            self.doc.plan["agency"]
            if side == 0 or not self.st["header_section"]
            else self.section or self.doc.plan["title"]
        )
        if side == 0:
            c.drawString(x, self.h - 30, head)
            c.drawString(x, 26, str(number))
        else:
            c.drawRightString(x + w, self.h - 30, head)
            c.drawRightString(x + w, 26, str(number))
        c.setStrokeColor("#cccccc")
        c.setLineWidth(0.5)
        c.line(x, self.h - 36, x + w, self.h - 36)

    def image_spread(self) -> None:
        """Move to a fresh spread whose left half is a full-bleed image box only."""
        if self.used[0] or self.used[1]:
            self.finish_spread()
        self.c.setFillColor(tint(self.accent, 0.55))
        self.c.rect(0, 0, self.hw, self.h, stroke=0, fill=1)
        self.c.setFillColor(tint(self.accent, 0.8))
        self.c.rect(self.hw * 0.15, self.h * 0.3, self.hw * 0.5, self.h * 0.35, stroke=0, fill=1)
        self.image_left, self.used[0], self.side = True, True, 1
        self.start_half(self.pillar_cols())

    def pillar_cols(self) -> int:
        cols = self.st["columns"]
        return 2 if cols == "mixed" else int(cols)

    # flow -------------------------------------------------------------------------------
    def place(self, block: Block) -> None:
        need = block.measure()
        bottom = self.bottom_m
        if self.y - need < bottom and self.y < self.col_top:
            self.next_column()
        x, w = self.column()
        if block.draw is not None:
            block.draw(x, self.y, w)
            self.y -= need
            return
        for ln in block.lines:
            step = ln.before + ln.size * 1.3
            if self.y - step < bottom:
                self.next_column()
                x, w = self.column()
                step = ln.size * 1.3
            self.y -= step
            if ln.bullet:
                draw_bullet(
                    self.c,
                    self.bullet,
                    x + ln.indent - 11,
                    self.y,
                    ln.size,
                    hexc(self.accent),
                    self.fonts.regular,
                )
            self.c.setFont(ln.font, ln.size)
            self.c.setFillColor(ln.color)
            self.c.drawString(x + ln.indent, self.y, ln.text)

    def next_column(self) -> None:
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
        else:
            self.next_half(self.ncols)

    def lines(
        self,
        text: str,
        font: str,
        size: float,
        color: str = "#222222",
        indent: float = 0,
        bullet: bool = False,
        before: float = 0,
    ) -> list[Line]:
        out = [
            Line(t, font, size, color, indent)
            for t in wrap(text, font, size, self.col_width() - indent)
        ]
        out[0].bullet, out[0].before = bullet, before
        return out

    def save(self) -> None:
        if self.used[0] or self.used[1]:
            self.finish_spread()
        self.c.save()


def draw_cover(sp: Spreads) -> None:
    """The cover: one portrait half (its own PDF page) or the full spread width."""
    c, f, plan = sp.c, sp.fonts, sp.doc.plan
    full = sp.st["cover"] == "full"
    w = 2 * sp.hw if full else sp.hw
    c.setPageSize((w, sp.h))
    c.setFillColor(sp.accent)
    c.rect(0, 0, w, sp.h, stroke=0, fill=1)
    x = sp.hw + 40 if full else 40
    width = sp.hw - 80
    y = sp.h * 0.62
    c.setFillColor("#ffffff")
    for ln in wrap(plan["agency"], f.bold, 22, width):
        c.setFont(f.bold, 22)
        c.drawString(x, y, ln)
        y -= 27
    y -= 8
    c.setFont(f.regular, 15)
    c.drawString(x, y, plan["title"])
    if full:  # the back cover on the left half: an address line
        c.setFont(f.regular, 9)
        c.drawString(40, 60, f"{sp.doc.extras['agency'].city} \u2022 Serving since 1911")
    c.showPage()
    c.setPageSize((2 * sp.hw, sp.h))


def front_matter(sp: Spreads) -> None:
    plan, f, s = sp.doc.plan, sp.fonts, sp.size
    sp.start_half(1 if sp.st["columns"] == "mixed" else int(sp.st["columns"]))
    intro = oc.intro_paragraphs(plan, sp.doc.extras["agency"])
    sp.place(
        Block(
            sp.lines(
                "Message from the " + sp.doc.extras["agency"].chief_title,
                f.bold,
                s * 1.6,
                sp.accent,
            )
        )
    )
    for t in intro:
        sp.place(Block(sp.lines(t, f.regular, s, before=4)))
    if plan["mission"]:
        for label, text in (
            ("Our Mission", plan["mission"]),
            ("Our Vision", plan["vision"]),
            ("Our Values", " \u00b7 ".join(plan["values"])),
        ):
            sp.place(
                Block(
                    sp.lines(label, f.bold, s * 1.25, sp.accent, before=10)
                    + sp.lines(text, f.regular, s, before=2)
                )
            )


def pillar_opener(sp: Spreads, pillar: dict) -> Block:
    """The opener across the page's width: numeral, title, description."""
    f, s = sp.fonts, sp.size
    x, width = sp.frame(sp.side)
    title = wrap(pillar["title"], f.bold, s * 1.9, width)
    desc = wrap(pillar["description"], f.italic, s * 1.05, width) if pillar["description"] else []
    height = s * 4.2 + len(title) * s * 2.3 + len(desc) * s * 1.4 + 16

    def draw(_x: float, top: float, _w: float) -> None:
        c = sp.c
        y = top - s * 3.6
        c.setFillColor(sp.accent)
        c.setFont(f.bold, s * 4.2)
        c.drawString(x, y, pillar["number"])
        y -= s * 0.8
        c.setFont(f.bold, s * 1.9)
        for ln in title:
            y -= s * 2.2
            c.drawString(x, y, ln)
        c.setFillColor("#444444")
        c.setFont(f.italic, s * 1.05)
        for ln in desc:
            y -= s * 1.4
            c.drawString(x, y, ln)

    return Block(height=height, draw=draw)


def sidebar(sp: Spreads, text: tuple[str, str]) -> Block:
    f, s = sp.fonts, sp.size
    big, small = text
    width = sp.col_width()
    big_size = s * (2.6 if len(big) < 6 else 1.15)
    big_lines = wrap(big, f.bold, big_size, width - 16)
    small_lines = wrap(small, f.regular, s * 0.9, width - 16)
    height = 16 + len(big_lines) * big_size * 1.2 + len(small_lines) * s * 1.15 + 10

    def draw(x: float, top: float, w: float) -> None:
        c = sp.c
        top -= 6
        c.setFillColor(tint(sp.accent, 0.18))
        c.rect(x, top - height + 8, w, height - 8, stroke=0, fill=1)
        y = top - 8
        c.setFillColor(sp.accent)
        c.setFont(f.bold, big_size)
        for ln in big_lines:
            y -= big_size * 1.05
            c.drawString(x + 8, y, ln)
        c.setFillColor("#333333")
        c.setFont(f.regular, s * 0.9)
        for ln in small_lines:
            y -= s * 1.15
            c.drawString(x + 8, y, ln)

    return Block(height=height, draw=draw)


def goal_blocks(sp: Spreads, pillar: dict, goal: dict) -> list[Block]:
    st, f, s = sp.st, sp.fonts, sp.size
    label = ""
    if goal["number"]:
        label = f"{st['goal_word']} {goal['number']}  ".lstrip()
    head = sp.lines(label + goal["title"], f.bold, s * 1.2, "#111111", before=10)
    if goal["leads"]:
        head += sp.lines(
            f"{st['goal_lead_key']}: {', '.join(goal['leads'])}",
            f.italic,
            s * 0.9,
            "#555555",
            before=1,
        )
    blocks = []
    for i, act in enumerate(goal["activities"]):
        lines = sp.lines(act["text"], f.regular, s, indent=12, bullet=True, before=3)
        fields = []
        if act["leads"]:
            fields.append(f"{st['lead_key']}: {', '.join(act['leads'])}")
        fields += [f"{st['time_key']}: {m['text']}" for m in act["milestones"]]
        if st["fields_inline"] and fields:
            lines += sp.lines("  |  ".join(fields), f.italic, s * 0.88, "#555555", 12, before=1)
        else:
            for fl in fields:
                lines += sp.lines(fl, f.italic, s * 0.88, "#555555", 12, before=1)
        blocks.append(Block(head + lines if i == 0 else lines))
    return blocks or [Block(head)]


def render(doc: Doc, out: Path) -> None:
    sp = Spreads(doc, out)
    draw_cover(sp)
    plan, st = doc.plan, sp.st
    rng = random.Random(st["sidebar_share"] * 1000 + len(plan["pillars"]))
    sidebars = list(doc.extras["sidebars"])
    front_matter(sp)
    for pillar in plan["pillars"]:
        sp.section = pillar["title"]
        if st["pillar_right"]:
            sp.image_spread()
        elif sp.used[sp.side]:
            sp.next_half(sp.pillar_cols())
        else:
            sp.start_half(sp.pillar_cols())
        opener = pillar_opener(sp, pillar)
        sp.place(opener)
        sp.col_top = sp.y - 6
        sp.y = sp.col_top
        for goal in pillar["goals"]:
            for block in goal_blocks(sp, pillar, goal):
                sp.place(block)
            if sidebars and rng.random() < st["sidebar_share"]:
                sp.place(sidebar(sp, sidebars.pop()))
    sp.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "booklet-spreads-1",
                8201,
                "dev",
                {"cover": "half", "columns": 1, "numbering": "word", "goal_leads": 0.4},
            ),
            DocSpec(
                "booklet-spreads-2",
                8202,
                "dev",
                {
                    "cover": "full",
                    "columns": 2,
                    "numbering": "dotted",
                    "pillar_right": True,
                    "half": "six-by-nine",
                    "fields_inline": True,
                },
            ),
            DocSpec(
                "booklet-spreads-3",
                8203,
                "dev",
                {
                    "cover": "half",
                    "columns": "mixed",
                    "numbering": "none",
                    "pillar_right": True,
                    "goal_leads": 0.3,
                    "fields_inline": False,
                },
            ),
            DocSpec(
                "booklet-spreads-4",
                8204,
                "test",
                {"cover": "full", "columns": 2, "numbering": "word", "half": "six-by-nine"},
            ),
        ],
        build,
        render,
    )
]
