"""Strategy on a page (reportlab canvas): one landscape matrix, a column per pillar.

A title block and a mission / vision band across the top, then 3-5 pillar columns side by side
(header in a coloured box with a "Priority 1" kicker, a drawn icon with the number in it, or a
plain bold title), the column's goals as bold lines or tinted boxes with 1-3 activity bullets
beneath, and a values strip at the bottom; 7-10 pt text wrapped in narrow columns, columns
apart by whitespace or thin vertical rules, their heights unequal. The row-labelled variant
labels matrix rows at the left ("Goal", "Key Initiatives", "Measures of Success", "Lead") so
that a pillar's goal sits in one row band and its initiatives in the next; the two-page variant
prints goals only in the matrix and a detailed list (goals, activities, leads) on page 2.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import LEAD_KEYS, PALETTE, PILLAR_WORDS, colour, reportlab_fonts
from ._canvas_kit import block, draw_bullet, hexc, pick_bullet, tint, website, wrap
from ._outline_common import dedupe_goals

NAME = "plan-on-a-page"
W, H = landscape(letter)
MARGIN = 0.4 * 72
MEASURES = [
    "Share of residents who rate our service good or excellent",
    "Median response time to priority one calls",
    "Community meetings held each quarter",
    "Sworn and civilian staff retention rate",
    "Clearance rate for violent crime",
    "Complaints resolved within 30 days",
    "Training hours per employee each year",
    "Volunteer hours donated",
    "Injury collisions at the top ten intersections",
    "Employees using wellness resources",
]
ROW_LABELS = {
    "goal": ["Goal", "Our Goal", "Objective"],
    "initiatives": ["Key Initiatives", "Strategies", "What We Will Do"],
    "measures": ["Measures of Success", "How We Measure Success", "Key Measures"],
    "lead": ["Lead", "Champion", "Executive Lead"],
}
DETAIL_HEADINGS = ["Action Plan Detail", "Implementation Detail", "Our Actions in Detail"]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    rows = opt["layout"] == "rows"
    two_page = opt.get("detail", False)
    shape = Shape(
        pillars=(opt["columns"], opt["columns"]),
        goals=(1, 1) if rows else (2, 3),
        activities=(2, 3) if rows else (1, 3),
        goal_leads=1.0 if rows else 0.0,
        activity_leads=0.8 if two_page else 0.0,
        pillar_descriptions=False,
    )
    plan, agency = make_plan(rng, shape)
    dedupe_goals(plan)
    header = opt["header"]
    number_levels(plan, ("none" if header == "plain" else "arabic", opt["goal_numbers"], "none"))
    style = {
        "fonts": rng.random(),
        "bullet": rng.random(),
        "size": rng.choice([8.5, 9, 9.5, 10]),
        "accent": colour(rng),
        "column_colours": rng.sample(PALETTE, opt["columns"]) if rng.random() < 0.6 else None,
        "word": rng.choice(PILLAR_WORDS),
        "rules": opt.get("rules", False),
        "band": rng.choice(["side", "stacked"]),
        "values": rng.choice(["boxes", "dots"]),
        "labels": {k: rng.choice(v) for k, v in ROW_LABELS.items()},
        "measures": {p["title"]: rng.sample(MEASURES, rng.choice([1, 2])) for p in plan["pillars"]},
        "detail_heading": rng.choice(DETAIL_HEADINGS),
        "lead_key": rng.choice(LEAD_KEYS),
    }
    notes = [
        f"One landscape letter page laid out as a matrix of {opt['columns']} pillar columns"
        + (", plus a second page with the detailed list" if two_page else "")
        + f"; column header '{header}'"
        + (
            f" (kicker '{style['word']} N' over the title, number its own string)"
            if header == "box"
            else " (number drawn inside a shape above the title)"
            if header == "icon"
            else " (title only, unnumbered)"
        )
        + (", thin vertical rules between columns" if style["rules"] else "")
        + ".",
        "Not nodes: the mission / vision band (plan fields), the values strip (plan values), "
        "the footer.",
    ]
    if rows:
        labels = style["labels"]
        notes += [
            f"Row-labelled matrix: row labels at the left ('{labels['goal']}', "
            f"'{labels['initiatives']}', '{labels['measures']}', '{labels['lead']}') are not "
            "nodes. Mapping (schema levels: pillar > goal > activity): each column is a pillar "
            f"whose '{labels['goal']}' band holds its single goal; the '{labels['initiatives']}' "
            f"band's bullets are that goal's activities; the '{labels['lead']}' band names the "
            "goal's leads.",
            f"The '{labels['measures']}' band is not nodes (performance measures).",
        ]
    else:
        notes.append(
            "Free-flowing columns: bold goal "
            + ("boxes" if opt["goal_style"] == "boxes" else "lines")
            + (" numbered 1.1" if opt["goal_numbers"] == "dotted" else " (unnumbered)")
            + (
                ", no activities in the matrix"
                if two_page
                else ", each with its activity bullets beneath"
            )
            + "."
        )
    if two_page:
        notes.append(
            f"Page 2 ('{style['detail_heading']}') lists every pillar and goal again with the "
            f"activities, each ending '({style['lead_key']}: X)' when it has a lead; the page-1 "
            "matrix is a summary of the same nodes (one node each)."
        )
    return Doc(
        spec.slug,
        NAME,
        "reportlab-canvas",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style, "options": opt},
        notes,
    )


@dataclass
class Piece:
    """One wrapped run of text in a column: face, size, colour, indent, box or bullet."""

    text: str
    font: str
    size: float
    ink: object
    indent: float = 0.0
    bullet: bool = False
    box: object = None  # a fill colour drawn behind the text
    gap: float = 0.0  # space above


class Page:
    """The document being drawn, with its fonts, sizes and colours."""

    def __init__(self, doc: Doc, out: Path) -> None:
        self.doc, self.plan, self.st = doc, doc.plan, doc.extras["style"]
        self.opt = doc.extras["options"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.accent = hexc(self.st["accent"])
        self.bullet = pick_bullet(random.Random(self.st["bullet"]), self.fonts.regular)
        self.c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
        self.c.setTitle(self.plan["title"])
        self.c.setAuthor(self.plan["agency"])

    def colour_of(self, i: int) -> str:
        cols = self.st["column_colours"]
        return cols[i] if cols else self.st["accent"]

    # top and bottom of page 1

    def title_block(self, s: float) -> float:
        c, f = self.c, self.fonts
        top = H - MARGIN
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 1.1)
        c.drawString(MARGIN, top - s * 1.1, self.plan["agency"].upper())
        c.setFillColor(colors.black)
        c.setFont(f.bold, s * 2.2)
        c.drawString(MARGIN, top - s * 3.4, self.plan["title"])
        c.setStrokeColor(self.accent)
        c.setLineWidth(1.5)
        c.line(MARGIN, top - s * 4.3, W - MARGIN, top - s * 4.3)
        return top - s * 5

    def mission_band(self, top: float, s: float, draw: bool = True) -> float:
        """Mission and vision side by side or one above the other on a tinted band."""
        c, f, plan = self.c, self.fonts, self.plan
        pad, label_w = s * 0.7, s * 6
        parts = [("MISSION", plan["mission"]), ("VISION", plan["vision"])]
        side = self.st["band"] == "side"
        full = W - 2 * MARGIN - 2 * pad
        col = (full - s * 2) / 2 if side else full
        text_w = col - label_w
        rows = [len(wrap(t, f.regular, s, text_w)) * s * 1.25 for _, t in parts]
        body = max(rows) if side else sum(rows) + s * 0.4
        hgt = body + 2 * pad
        if draw:
            c.setFillColor(tint(self.st["accent"], 0.12))
            c.rect(MARGIN, top - hgt, W - 2 * MARGIN, hgt, stroke=0, fill=1)
            y = top - pad - s
            for i, (label, text) in enumerate(parts):
                x = MARGIN + pad + (i * (col + s * 2) if side else 0)
                c.setFillColor(self.accent)
                c.setFont(f.bold, s)
                c.drawString(x, y, label)
                end = block(c, text, x + label_w, y, f.regular, s, text_w, fill=colors.black)
                if not side:
                    y = end - s * 0.4
        return top - hgt - s * 1.2

    def values_strip(self, s: float) -> float:
        """The values along the bottom (plan values, not nodes); returns the strip's top."""
        c, f, values = self.c, self.fonts, self.plan["values"]
        y = MARGIN + s * 1.6
        c.setFillColor(self.accent)
        c.setFont(f.bold, s)
        c.drawString(MARGIN, y, "OUR VALUES")
        x = MARGIN + c.stringWidth("OUR VALUES", f.bold, s) + s * 1.5
        c.setFont(f.bold if self.st["values"] == "boxes" else f.regular, s)
        for i, value in enumerate(values):
            w = c.stringWidth(value, c._fontname, s)
            if self.st["values"] == "boxes":
                c.setFillColor(tint(self.st["accent"], 0.18))
                c.rect(x - s * 0.5, y - s * 0.45, w + s, s * 1.5, stroke=0, fill=1)
                x_next = x + w + s * 2
            else:
                if i:
                    c.setFillColor(self.accent)
                    c.drawString(x - s * 1.2, y, "\u2022")
                x_next = x + w + s * 2.4
            c.setFillColor(colors.black)
            c.drawString(x, y, value)
            x = x_next
        c.setFillColor(colors.grey)
        c.setFont(f.regular, s * 0.8)
        c.drawRightString(W - MARGIN, MARGIN * 0.5, website(self.plan["agency"]))
        return y + s * 2

    # column content

    def header_pieces(self, i: int, pillar: Node, w: float, s: float) -> tuple[float, list]:
        """Height of a column header and a function drawing it at (x, top)."""
        f, kind = self.fonts, self.opt["header"]
        hexcol = self.colour_of(i)
        ts = s * 1.2
        lines = wrap(pillar["title"], f.bold, ts, w - s * 1.2)
        if kind == "box":
            hgt = s * 1.6 + len(lines) * ts * 1.2 + s * 0.8
        elif kind == "icon":
            hgt = s * 3.6 + len(lines) * ts * 1.2 + s * 0.3
        else:
            hgt = len(lines) * ts * 1.2 + s * 0.9
        return hgt, [hexcol, lines, ts]

    def draw_header(self, i: int, pillar: Node, x: float, top: float, w: float, s: float) -> None:
        c, f, kind = self.c, self.fonts, self.opt["header"]
        hgt, (hexcol, lines, ts) = self.header_pieces(i, pillar, w, s)
        if kind == "box":
            c.setFillColor(hexc(hexcol))
            c.rect(x, top - hgt, w, hgt, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(f.bold, s * 0.85)
            c.drawString(x + s * 0.6, top - s * 1.2, f"{self.st['word']} {pillar['number']}")
            y = top - s * 1.6 - ts
        elif kind == "icon":
            r = s * 1.4
            cx, cy = x + w / 2, top - r - s * 0.2
            c.setFillColor(hexc(hexcol))
            if i % 2:
                p = c.beginPath()
                p.moveTo(cx, cy + r)
                p.lineTo(cx + r, cy)
                p.lineTo(cx, cy - r)
                p.lineTo(cx - r, cy)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            else:
                c.circle(cx, cy, r, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(f.bold, s * 1.3)
            c.drawCentredString(cx, cy - s * 0.45, pillar["number"])
            y = top - s * 3.6 - ts * 0.4
            c.setFillColor(hexc(hexcol))
        else:
            y = top - ts
            c.setFillColor(hexc(hexcol))
        c.setFont(f.bold, ts)
        for line in lines:
            if kind == "icon":
                c.drawCentredString(x + w / 2, y, line)
            else:
                c.drawString(x + (s * 0.6 if kind == "box" else 0), y, line)
            y -= ts * 1.2
        if kind == "plain":
            c.setStrokeColor(hexc(hexcol))
            c.setLineWidth(1.2)
            c.line(x, top - hgt + s * 0.3, x + w, top - hgt + s * 0.3)

    def goal_pieces(self, i: int, goal: Node, s: float, activities: bool) -> list[Piece]:
        f = self.fonts
        boxed = self.opt.get("goal_style") == "boxes"
        text = f"{goal['number']} {goal['title']}" if goal["number"] else goal["title"]
        out = [
            Piece(
                text,
                f.bold,
                s,
                colors.black,
                box=tint(self.colour_of(i), 0.16) if boxed else None,
                gap=s * 0.7,
            )
        ]
        if activities:
            for act in goal["activities"]:
                out.append(Piece(act["text"], f.regular, s * 0.95, colors.black, s * 1.1, True))
        return out

    def piece_height(self, p: Piece, w: float) -> float:
        inner = w - p.indent - (p.size * 0.8 if p.box else 0)
        return (
            p.gap
            + len(wrap(p.text, p.font, p.size, inner)) * p.size * 1.22
            + (p.size * 0.5 if p.box else p.size * 0.1)
        )

    def draw_pieces(
        self, pieces: list[Piece], x: float, top: float, w: float, hexcol: str
    ) -> float:
        c = self.c
        y = top
        for p in pieces:
            y -= p.gap
            hgt = self.piece_height(p, w) - p.gap
            pad = p.size * 0.4 if p.box else 0.0
            if p.box is not None:
                c.setFillColor(p.box)
                c.rect(x, y - hgt, w, hgt, stroke=0, fill=1)
            if p.bullet:
                draw_bullet(
                    c,
                    self.bullet,
                    x + p.indent - p.size * 0.9,
                    y - p.size,
                    p.size,
                    hexc(hexcol),
                    self.fonts.regular,
                )
            block(
                c,
                p.text,
                x + p.indent + pad,
                y - p.size - pad * 0.5,
                p.font,
                p.size,
                w - p.indent - 2 * pad,
                leading=p.size * 1.22,
                fill=p.ink,
            )
            y -= hgt
        return y

    # the two matrices

    def free_columns(self, top: float, bottom: float) -> None:
        pillars = self.plan["pillars"]
        with_acts = not self.opt.get("detail")
        n = len(pillars)

        def layout(s: float) -> tuple[float, float, list[list[Piece]]]:
            gap = s * 1.6
            w = (W - 2 * MARGIN - gap * (n - 1)) / n
            cols = [
                [q for g in p["goals"] for q in self.goal_pieces(i, g, s, with_acts)]
                for i, p in enumerate(pillars)
            ]
            return gap, w, cols

        def need(s: float) -> float:
            gap, w, cols = layout(s)
            return max(
                self.header_pieces(i, p, w, s)[0] + sum(self.piece_height(q, w) for q in col)
                for i, (p, col) in enumerate(zip(pillars, cols, strict=True))
            )

        s = fitted_size(self.st["size"], need, top - bottom)
        gap, w, cols = layout(s)
        for i, (pillar, col) in enumerate(zip(pillars, cols, strict=True)):
            x = MARGIN + i * (w + gap)
            self.draw_header(i, pillar, x, top, w, s)
            hgt = self.header_pieces(i, pillar, w, s)[0]
            end = self.draw_pieces(col, x, top - hgt, w, self.colour_of(i))
            if self.st["rules"] and i:
                self.c.setStrokeColor(colors.HexColor("#999999"))
                self.c.setLineWidth(0.5)
                self.c.line(x - gap / 2, top, x - gap / 2, min(end, top - need(s)))

    def row_matrix(self, top: float, bottom: float) -> None:
        """Row bands labelled at the left: goal, initiatives, measures, lead."""
        c, f, pillars = self.c, self.fonts, self.plan["pillars"]
        n = len(pillars)
        labels = self.st["labels"]

        def bands(s: float, w: float) -> list[list[list[Piece]]]:
            out: list[list[list[Piece]]] = [[], [], [], []]
            for i, p in enumerate(pillars):
                goal = p["goals"][0]
                out[0].append(self.goal_pieces(i, goal, s, False))
                out[1].append(
                    [
                        Piece(
                            a["text"], f.regular, s * 0.95, colors.black, s * 1.1, True, gap=s * 0.3
                        )
                        for a in goal["activities"]
                    ]
                )
                out[2].append(
                    [
                        Piece(
                            m,
                            f.italic,
                            s * 0.9,
                            colors.HexColor("#333333"),
                            s * 1.1,
                            True,
                            gap=s * 0.3,
                        )
                        for m in self.st["measures"][p["title"]]
                    ]
                )
                out[3].append(
                    [Piece(", ".join(goal["leads"]), f.regular, s, colors.black, gap=s * 0.3)]
                )
            return out

        def geometry(s: float) -> tuple[float, float, float]:
            label_w, gap = s * 8.5, s * 1.4
            w = (W - 2 * MARGIN - label_w - gap * n) / n
            return label_w, gap, w

        def band_heights(s: float) -> tuple[float, list[float]]:
            label_w, gap, w = geometry(s)
            head = max(self.header_pieces(i, p, w, s)[0] for i, p in enumerate(pillars))
            rows = [
                max(sum(self.piece_height(q, w) for q in cell) for cell in band) + s * 0.8
                for band in bands(s, w)
            ]
            return head, rows

        s = fitted_size(
            self.st["size"], lambda s: (lambda h: h[0] + sum(h[1]))(band_heights(s)), top - bottom
        )
        label_w, gap, w = geometry(s)
        head, rows = band_heights(s)
        x0 = MARGIN + label_w + gap
        for i, p in enumerate(pillars):
            self.draw_header(i, p, x0 + i * (w + gap), top, w, s)
        y = top - head
        names = [labels["goal"], labels["initiatives"], labels["measures"], labels["lead"]]
        for name, band, hgt in zip(names, bands(s, w), rows, strict=True):
            c.setStrokeColor(colors.HexColor("#888888"))
            c.setLineWidth(0.5)
            c.line(MARGIN, y, W - MARGIN, y)
            c.setFillColor(self.accent)
            block(c, name.upper(), MARGIN, y - s * 1.4, f.bold, s * 0.9, label_w - s * 0.5)
            for i, cell in enumerate(band):
                self.draw_pieces(cell, x0 + i * (w + gap), y - s * 0.2, w, self.colour_of(i))
            y -= hgt
        c.line(MARGIN, y, W - MARGIN, y)
        if self.st["rules"]:
            for i in range(1, n):
                xr = x0 + i * (w + gap) - gap / 2
                c.line(xr, top - head, xr, y)

    # page 2

    def detail_page(self) -> None:
        """Every pillar, goal and activity again in three flowing columns."""
        c, f = self.c, self.fonts
        s = self.st["size"] * 0.95
        cols, gap = 3, s * 2
        w = (W - 2 * MARGIN - gap * (cols - 1)) / cols
        c.setFillColor(self.accent)
        c.setFont(f.bold, s * 1.8)
        c.drawString(MARGIN, H - MARGIN - s * 1.8, self.st["detail_heading"])
        top = H - MARGIN - s * 3.5
        pieces: list[tuple[Piece, str]] = []
        for i, pillar in enumerate(self.plan["pillars"]):
            hexcol = self.colour_of(i)
            head = f"{self.st['word']} {pillar['number']}: {pillar['title']}"
            pieces.append((Piece(head, f.bold, s * 1.15, hexc(hexcol), gap=s * 1.0), hexcol))
            for goal in pillar["goals"]:
                text = f"{goal['number']} {goal['title']}" if goal["number"] else goal["title"]
                pieces.append((Piece(text, f.bold, s, colors.black, gap=s * 0.6), hexcol))
                for act in goal["activities"]:
                    line = act["text"]
                    if act["leads"]:
                        line += f" ({self.st['lead_key']}: {', '.join(act['leads'])})"
                    pieces.append(
                        (
                            Piece(
                                line, f.regular, s * 0.95, colors.black, s * 1.1, True, gap=s * 0.2
                            ),
                            hexcol,
                        )
                    )
        col, y = 0, top
        for piece, hexcol in pieces:
            hgt = self.piece_height(piece, w)
            if y - hgt < MARGIN + s * 2 and y < top:
                col, y = col + 1, top
                piece.gap = 0.0
                hgt = self.piece_height(piece, w)
            y = self.draw_pieces([piece], MARGIN + col * (w + gap), y, w, hexcol)
        c.setFillColor(colors.grey)
        c.setFont(f.regular, s * 0.8)
        c.drawRightString(W - MARGIN, MARGIN * 0.5, f"{self.plan['agency']}  |  Page 2")


def fitted_size(size: float, need, room: float) -> float:
    """The body size at which the matrix fills most of its room: it grows up to 10 pt while
    the columns stay under 85% of the room and shrinks (to 6.5 pt) while they overflow."""
    while size < 10 and need(size + 0.25) < room * 0.85:
        size += 0.25
    while size > 6.5 and need(size) > room:
        size -= 0.25
    return size


def render(doc: Doc, out: Path) -> None:
    page = Page(doc, out)
    s = page.st["size"]
    y = page.title_block(s)
    y = page.mission_band(y, s)
    bottom = page.values_strip(s) + s * 0.6
    if page.opt["layout"] == "rows":
        page.row_matrix(y, bottom)
    else:
        page.free_columns(y, bottom)
    page.c.showPage()
    if page.opt.get("detail"):
        page.detail_page()
        page.c.showPage()
    page.c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "plan-on-a-page-1",
                9371,
                "dev",
                {
                    "layout": "free",
                    "columns": 4,
                    "header": "box",
                    "goal_numbers": "dotted",
                    "goal_style": "boxes",
                },
            ),
            DocSpec(
                "plan-on-a-page-2",
                9372,
                "dev",
                {
                    "layout": "rows",
                    "columns": 3,
                    "header": "plain",
                    "goal_numbers": "none",
                    "rules": True,
                },
            ),
            DocSpec(
                "plan-on-a-page-3",
                9373,
                "dev",
                {
                    "layout": "free",
                    "columns": 5,
                    "header": "icon",
                    "goal_numbers": "none",
                    "goal_style": "lines",
                    "detail": True,
                },
            ),
            DocSpec(
                "plan-on-a-page-4",
                9374,
                "test",
                {
                    "layout": "free",
                    "columns": 3,
                    "header": "plain",
                    "goal_numbers": "dotted",
                    "goal_style": "lines",
                    "rules": True,
                },
            ),
            DocSpec(
                "plan-on-a-page-5",
                9375,
                "dev",
                {
                    "layout": "free",
                    "columns": 4,
                    "header": "plain",
                    "goal_numbers": "none",
                    "goal_style": "lines",
                },
            ),
            DocSpec(
                "plan-on-a-page-6",
                9376,
                "dev",
                {
                    "layout": "free",
                    "columns": 5,
                    "header": "box",
                    "goal_numbers": "dotted",
                    "goal_style": "lines",
                    "rules": True,
                    "detail": True,
                },
            ),
            DocSpec(
                "plan-on-a-page-7",
                9377,
                "dev",
                {
                    "layout": "rows",
                    "columns": 4,
                    "header": "icon",
                    "goal_numbers": "none",
                },
            ),
        ],
        build,
        render,
    )
]
