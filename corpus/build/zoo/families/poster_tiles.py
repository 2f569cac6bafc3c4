"""One-page strategic-plan poster (reportlab canvas): pillar tiles listing goals as bullets.

A header with agency and plan title, a mission/vision strip, then 3-6 coloured pillar tiles
(in 3 columns, 2 rows, or 5 narrow columns), each with its number in a drawn circular badge or a
kicker line and 2-5 goals as short bullet lines. Two levels only: goals have no activities.
A statistics strip and a quote with attribution are printed as non-nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter, portrait
from reportlab.pdfgen import canvas

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import PALETTE, PILLAR_WORDS, colour, reportlab_fonts
from ._canvas_kit import block, draw_bullet, height, hexc, pick_bullet, tint, website, wrap

NAME = "poster-tiles"
STATS = [
    ("{n:,}", "calls for service answered", 9000, 90000),
    ("{n}%", "of 911 calls answered within 15 seconds", 90, 99),
    ("{n}", "community meetings held last year", 40, 160),
    ("{n:,}", "volunteer hours donated", 1200, 9000),
    ("{n}", "sworn and civilian employees", 80, 600),
    ("{n}%", "of residents who feel safe in their neighborhood", 70, 92),
    ("{n}", "youth reached through school programs", 300, 2400),
    ("{n} min", "average response to priority one calls", 4, 9),
]
QUOTES = [
    "This plan is our promise to the community: clear priorities, honest measures and a "
    "department that shows up for every neighborhood.",
    "Public safety is something we build together. These priorities came from the people "
    "we serve, and we will report back to them every year.",
    "Our people are our greatest strength. This plan invests in them so they can keep "
    "serving our residents with skill and compassion.",
]
PAGES = {"letter": letter, "tabloid": (792.0, 1224.0)}


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    layout = spec.options["layout"]
    n = {"cols3": 3, "rows2": rng.choice([4, 6]), "cols5": 5}[layout]
    shape = Shape(
        pillars=(n, n),
        goals=(3, 5) if layout == "cols3" else (2, 4),
        activities=(0, 0),
        pillar_descriptions=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape)
    for pillar in plan["pillars"]:
        seen: set[str] = set()
        pillar["goals"] = [
            g for g in pillar["goals"] if not (g["title"] in seen or seen.add(g["title"]))
        ]
    label = rng.choice(["badge", "badge-above", "kicker", "none"])
    scheme = "none" if label == "none" else rng.choice(["arabic", "arabic", "upper", "roman"])
    number_levels(plan, (scheme, "none"))
    if rng.random() < 0.4:
        plan["values"] = []
    orient = landscape if layout == "cols5" else rng.choice([portrait, landscape])
    style = {
        "layout": layout,
        "label": label,
        "word": rng.choice(PILLAR_WORDS),
        "fonts": rng.random(),
        "bullet": rng.random(),
        "page": "tabloid" if layout == "rows2" else "letter",
        "orient": orient.__name__,
        "size": rng.choice([8.5, 9, 9.5, 10, 11]),
        "accent": colour(rng),
        "tile_colours": rng.sample(PALETTE, n) if rng.random() < 0.6 else None,
        "fill": rng.choice(["solid", "tint", "outline"]),
        "rounded": rng.random() < 0.5,
        "header": rng.choice(["band", "plain"]),
        "caps_titles": rng.random() < 0.3,
        "stats": [
            fmt.format(n=rng.randint(lo, hi)) + "|" + text
            for fmt, text, lo, hi in rng.sample(STATS, rng.choice([3, 4]))
        ],
        "quote": rng.choice(QUOTES),
    }
    if style["caps_titles"]:
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    notes = [
        f"One-page poster, layout '{layout}' ({n} pillar tiles), page {style['page']} "
        f"{style['orient']}; pillar label '{label}'"
        + (" (number drawn as its own string)" if label != "none" else " (unnumbered)")
        + ".",
        "Two levels: each tile's bullet lines are goals, with no activities.",
        "Not nodes: the statistics strip, the quote with its attribution, the footer.",
    ]
    if style["caps_titles"]:
        notes.append("Pillar titles are printed in ALL CAPS and kept as printed.")
    if plan["pillars"][0]["description"]:
        notes.append("Each tile's italic tagline under its title is the pillar description.")
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


class Poster:
    """The page being drawn and the document's fonts, sizes and colours."""

    def __init__(self, doc: Doc, out: Path) -> None:
        self.doc, self.plan, self.st = doc, doc.plan, doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.size = self.st["size"]
        size = PAGES[self.st["page"]]
        self.w, self.h = landscape(size) if self.st["orient"] == "landscape" else portrait(size)
        self.margin = 0.45 * 72 if self.st["page"] == "letter" else 0.6 * 72
        self.accent = hexc(self.st["accent"])
        self.bullet = pick_bullet(random.Random(self.st["bullet"]), self.fonts.regular)
        self.c = canvas.Canvas(str(out), pagesize=(self.w, self.h), invariant=1)
        self.c.setTitle(self.plan["title"])
        self.c.setAuthor(self.plan["agency"])

    def header(self, top: float) -> float:
        """Agency name and plan title; returns the y below the header."""
        c, f, s = self.c, self.fonts, self.size
        band = self.st["header"] == "band"
        hgt = s * 5.2
        if band:
            c.setFillColor(self.accent)
            c.rect(0, top - hgt, self.w, hgt + (self.h - top), stroke=0, fill=1)
        ink = colors.white if band else self.accent
        c.setFillColor(ink)
        c.setFont(f.bold, s * 1.2)
        c.drawString(self.margin, top - s * 1.6, self.plan["agency"].upper())
        c.setFillColor(colors.white if band else colors.black)
        c.setFont(f.bold, s * 2.6)
        c.drawString(self.margin, top - s * 4.3, self.plan["title"])
        if not band:
            c.setStrokeColor(self.accent)
            c.setLineWidth(2)
            c.line(self.margin, top - hgt, self.w - self.margin, top - hgt)
        return top - hgt - s * 1.2

    def mission_strip(self, top: float) -> float:
        """Mission and vision side by side (values beneath when printed) on a tinted strip."""
        c, f, s, plan = self.c, self.fonts, self.size, self.plan
        gap, pad = s * 1.5, s * 0.8
        col = (self.w - 2 * self.margin - gap - 2 * pad) / 2
        parts = [("OUR MISSION", plan["mission"]), ("OUR VISION", plan["vision"])]
        body = max(height(t, f.regular, s, col) for _, t in parts)
        hgt = pad * 2 + s * 1.6 + body
        if plan["values"]:
            hgt += s * 1.8
        c.setFillColor(tint(self.st["accent"], 0.12))
        c.rect(self.margin, top - hgt, self.w - 2 * self.margin, hgt, stroke=0, fill=1)
        for i, (label, text) in enumerate(parts):
            x = self.margin + pad + i * (col + gap)
            c.setFillColor(self.accent)
            c.setFont(f.bold, s * 0.95)
            c.drawString(x, top - pad - s, label)
            block(c, text, x, top - pad - s * 2.4, f.regular, s, col, fill=colors.black)
        if plan["values"]:
            c.setFillColor(self.accent)
            c.setFont(f.bold, s * 0.95)
            y = top - hgt + pad
            c.drawString(self.margin + pad, y, "OUR VALUES")
            c.setFillColor(colors.black)
            c.setFont(f.regular, s)
            c.drawString(self.margin + pad + s * 7.5, y, "  \u00b7  ".join(plan["values"]))
        return top - hgt - s * 1.2

    def tile(
        self, i: int, pillar: Node, x: float, top: float, w: float, s: float, tile_h: float | None
    ) -> float:
        """Draw (``tile_h`` given) or only measure one tile; returns its content height."""
        c, f, st = self.c, self.fonts, self.st
        hexcol = st["tile_colours"][i] if st["tile_colours"] else st["accent"]
        solid = st["fill"] == "solid"
        ink = colors.white if solid else colors.black
        head_ink = colors.white if solid else hexc(hexcol)
        draw = tile_h is not None
        if draw:
            self.tile_box(x, top, w, tile_h, hexcol)
        pad = s * 0.9
        inner = w - 2 * pad
        y = top - pad - (s * 0.5 if st["fill"] == "tint" else 0)
        y = self.tile_label(pillar, x + pad, y, inner, s, head_ink, hexcol, draw)
        if pillar["description"]:
            if draw:
                block(c, pillar["description"], x + pad, y - s, f.italic, s * 0.9, inner, fill=ink)
            y -= height(pillar["description"], f.italic, s * 0.9, inner) + s * 0.3
        y -= s * 0.4
        indent = s * 1.2
        for goal in pillar["goals"]:
            if draw:
                draw_bullet(
                    c, self.bullet, x + pad, y - s, s, head_ink if not solid else ink, f.regular
                )
                block(
                    c,
                    goal["title"],
                    x + pad + indent,
                    y - s,
                    f.regular,
                    s,
                    inner - indent,
                    fill=ink,
                )
            y -= height(goal["title"], f.regular, s, inner - indent) + s * 0.45
        return top - y + pad

    def tile_box(self, x: float, top: float, w: float, h: float, hexcol: str) -> None:
        c, st = self.c, self.st
        mode = st["fill"]
        c.setFillColor(
            hexc(hexcol)
            if mode == "solid"
            else tint(hexcol, 0.13)
            if mode == "tint"
            else colors.white
        )
        c.setStrokeColor(hexc(hexcol))
        c.setLineWidth(1.5)
        stroke = 1 if mode == "outline" else 0
        if st["rounded"]:
            c.roundRect(x, top - h, w, h, 8, stroke=stroke, fill=1)
        else:
            c.rect(x, top - h, w, h, stroke=stroke, fill=1)
        if mode == "tint":
            c.setFillColor(hexc(hexcol))
            c.rect(x, top - self.size * 0.45, w, self.size * 0.45, stroke=0, fill=1)

    def tile_label(
        self, pillar: Node, x: float, y: float, w: float, s: float, ink, hexcol, draw: bool
    ) -> float:
        """The pillar's number (badge or kicker) and title; returns the y below them."""
        c, f, label = self.c, self.fonts, self.st["label"]
        ts = s * 1.25
        r = s * 1.25
        if label == "badge":
            tw = w - 2 * r - s * 0.6
            th = height(pillar["title"], f.bold, ts, tw)
            if draw:
                self.badge(pillar["number"], x + r, y - r, r, ink, hexcol)
                block(
                    c, pillar["title"], x + 2 * r + s * 0.6, y - ts * 0.95, f.bold, ts, tw, fill=ink
                )
            return y - max(2 * r, th) - s * 0.5
        if label == "badge-above":
            if draw:
                self.badge(pillar["number"], x + w / 2, y - r, r, ink, hexcol)
            y -= 2 * r + s * 0.4
        elif label == "kicker":
            if draw:
                c.setFillColor(ink)
                c.setFont(f.bold, s * 0.85)
                c.drawString(x, y - s * 0.85, f"{self.st['word'].upper()} {pillar['number']}")
            y -= s * 1.4
        align = "center" if label == "badge-above" else "left"
        if draw:
            block(c, pillar["title"], x, y - ts * 0.95, f.bold, ts, w, fill=ink, align=align)
        return y - height(pillar["title"], f.bold, ts, w) - s * 0.3

    def badge(self, number: str, cx: float, cy: float, r: float, ink, hexcol) -> None:
        """A filled circle with the pillar number as its own string."""
        c = self.c
        solid = self.st["fill"] == "solid"
        c.setFillColor(colors.white if solid else hexc(hexcol))
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.setFillColor(hexc(hexcol) if solid else colors.white)
        fs = r * (1.1 if len(number) < 3 else 0.8)
        c.setFont(self.fonts.bold, fs)
        c.drawCentredString(cx, cy - fs * 0.35, number)

    def tiles(self, top: float, bottom: float) -> float:
        """Lay the tiles out in the document's grid: the text grows (or shrinks) to fill the
        space, and tiles end a little below their longest content. Returns their bottom y."""
        pillars = self.plan["pillars"]
        cols = {"cols3": 3, "cols5": 5, "rows2": (len(pillars) + 1) // 2}[self.st["layout"]]
        rows = -(-len(pillars) // cols)
        gap = self.size * 1.2
        w = (self.w - 2 * self.margin - gap * (cols - 1)) / cols
        room = (top - bottom - gap * (rows - 1)) / rows

        def need(s: float) -> float:
            return max(self.tile(i, p, 0, 0, w, s, None) for i, p in enumerate(pillars))

        s = self.size
        while s < self.size * 2 and need(s + 0.25) < room * 0.8:
            s += 0.25
        while s > 6 and need(s) > room:
            s -= 0.25
        tile_h = min(room, need(s) + s * 1.5)
        for i, pillar in enumerate(pillars):
            row, col = divmod(i, cols)
            self.tile(
                i, pillar, self.margin + col * (w + gap), top - row * (tile_h + gap), w, s, tile_h
            )
        return top - rows * tile_h - (rows - 1) * gap

    def stats(self, top: float) -> float:
        """The statistics strip: big figures with short labels (not nodes)."""
        c, f, s = self.c, self.fonts, self.size
        items = [t.split("|") for t in self.st["stats"]]
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 0.9)
        c.drawString(self.margin, top - s, "BY THE NUMBERS")
        w = (self.w - 2 * self.margin) / len(items)
        for i, (fig, label) in enumerate(items):
            x = self.margin + i * w
            c.setFillColor(self.accent)
            c.setFont(f.bold, s * 2.2)
            c.drawString(x, top - s * 3.3, fig)
            block(c, label, x, top - s * 4.6, f.regular, s * 0.85, w - s, fill=colors.black)
        return top - s * 7

    def quote(self, top: float) -> None:
        """A quote from the chief or sheriff, with its attribution (not a node)."""
        c, f, s = self.c, self.fonts, self.size
        agency = self.doc.extras["agency"]
        w = self.w - 2 * self.margin - s * 3
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 3.5)
        c.drawString(self.margin, top - s * 2.5, "\u201c")
        y = block(
            c,
            f"\u201c{self.st['quote']}\u201d",
            self.margin + s * 2.2,
            top - s * 1.2,
            f.italic,
            s * 1.05,
            w,
            fill=colors.HexColor("#333333"),
        )
        short = agency.chief_title.split()[0]
        c.setFont(f.bold, s * 0.95)
        c.drawString(self.margin + s * 2.2, y - s * 0.2, f"\u2014 {short} {agency.chief}")

    def footer(self) -> None:
        c, f, s = self.c, self.fonts, self.size
        c.setFillColor(colors.grey)
        c.setFont(f.regular, s * 0.8)
        c.drawString(self.margin, self.margin * 0.6, website(self.plan["agency"]))
        c.drawRightString(
            self.w - self.margin,
            self.margin * 0.6,
            f"{self.plan['agency']}  |  {self.plan['title']}",
        )


def render(doc: Doc, out: Path) -> None:
    poster = Poster(doc, out)
    s = poster.size
    y = poster.header(poster.h - poster.margin * 0.3)
    y = poster.mission_strip(y)
    quote_h = (
        s
        * 1.25
        * len(
            wrap(
                poster.st["quote"],
                poster.fonts.italic,
                s * 1.05,
                poster.w - 2 * poster.margin - s * 3,
            )
        )
        + s * 3
    )
    bottom = poster.margin + s * 1.2 + quote_h + s * 7
    y = poster.tiles(y, bottom)
    y = poster.stats(y - s * 1.6 - (y - bottom) * 0.4)
    poster.quote(y)
    poster.footer()
    poster.c.showPage()
    poster.c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec("poster-tiles-1", 2001, "dev", {"layout": "cols3"}),
            DocSpec("poster-tiles-2", 2002, "dev", {"layout": "rows2"}),
            DocSpec("poster-tiles-3", 2003, "test", {"layout": "cols5"}),
            DocSpec("poster-tiles-4", 2051, "dev", {"layout": "cols5"}),
            DocSpec("poster-tiles-5", 2052, "dev", {"layout": "rows2"}),
        ],
        build,
        render,
    )
]
