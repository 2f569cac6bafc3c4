"""A strategic-plan slide deck printed as handouts (reportlab canvas): 2, 3 or 6 slides a page.

Portrait pages as PowerPoint prints handouts: each slide a framed, scaled-down rectangle
(40-50 % for two a page, about a third for three or six), its number under it; ruled note lines
beside each slide for three a page; a page header with the deck's title and date and a footer
with the page number. The deck: a title slide, an agenda listing the pillars (a summary
repeat, not nodes), mission / vision / values, a divider slide per pillar ("Pillar 2" over its
title), one slide per goal (continued on a "(cont.)" slide when its activities do not fit),
activity bullets with lead and target fields as sub-bullets, one joined sub-bullet, a
parenthetical or a plain line, a goal "Owner: X" line, and a closing "Questions?" slide. Six a
page run across the 2 x 3 grid row by row or down its columns. Sizes are relative within a
slide: the text layer holds 3-14 pt type.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from ..content import MONTHS, Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import PALETTE, level_words, reportlab_fonts
from ._canvas_kit import block, draw_bullet, height, hexc, pick_bullet, tint, wrap

NAME = "slide-handouts"
OWNER_KEYS = ["Owner", "Goal Owner", "Goal Lead", "Executive Sponsor"]
LEAD_KEYS = ["Lead", "Responsible", "Lead Unit", "Assigned To"]
TARGET_KEYS = ["Target", "Target Date", "Due", "Complete By"]
FIELDS = ("sub", "joined", "paren", "line")
SLIDE_W = {True: 960.0, False: 720.0}  # slide units (points of the full-size slide)
SLIDE_H = 540.0


def build(spec: DocSpec) -> Doc:
    """Content, numbering, fields and handout layout of one deck, drawn from its seed."""
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 5) if opt["cont"] else (2, 3),
        goal_leads=0.85,
        activity_leads=0.7,
        milestones="timeline",
        timeline_schemes=("fiscal", "fiscal", "quarter", "month", "year"),
        pillar_descriptions=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    numbered = opt["numbered"]
    number_levels(
        plan, (rng.choice(["arabic", "roman", "upper"]), "dotted" if numbered else "none")
    )
    words = level_words(rng, 2)
    style = {
        "per_page": opt["per_page"],
        "order": opt.get("order", "rows"),
        "widescreen": opt["widescreen"],
        "words": words,
        "numbered": numbered,
        "dash": rng.choice([" \u2014 ", ": ", " \u2013 "]),
        "fields": opt["fields"],
        "owner_key": rng.choice(OWNER_KEYS),
        "lead_key": rng.choice(LEAD_KEYS),
        "target_key": rng.choice(TARGET_KEYS),
        "owner_at": rng.choice(["bottom", "top"]),
        "per_slide": 3 if opt["cont"] else 99,
        "fonts": rng.random(),
        "bullet": rng.random(),
        "accent": rng.choice(PALETTE),
        "bar": rng.choice(["band", "underline", "plain"]),
        "title_size": rng.choice([28, 30, 32]),
        "body_size": rng.choice([17, 18, 20]),
        "date": f"{rng.choice(MONTHS)} {rng.randint(3, 27)}, {plan['period']['start'] - 1}",
        "slide_label": rng.choice(["Slide {n}", "{n}"]),
        "page_label": rng.choice(["Page {n}", "{n}", "Page {n} of {total}"]),
    }
    lead_note = {
        "sub": f"level-1 sub-bullets '{style['lead_key']}: X' and '{style['target_key']}: Y'",
        "joined": f"one level-1 sub-bullet '{style['lead_key']}: X | {style['target_key']}: Y'",
        "paren": f"a parenthetical '({style['lead_key']}: X; {style['target_key']}: Y)' closing "
        "the bullet",
        "line": f"a smaller italic unbulleted line '{style['lead_key']}: X   "
        f"{style['target_key']}: Y' under the bullet",
    }[style["fields"]]
    notes = [
        f"Handouts, {style['per_page']} slides a page"
        + (
            f" ({'row by row' if style['order'] == 'rows' else 'column by column'})"
            if style["per_page"] == 6
            else ""
        )
        + f", {'16:9' if style['widescreen'] else '4:3'} slides scaled into framed boxes; "
        "slide numbers under each slide, page header (title, date) and footer (page number).",
        f"Pillars are divider slides '{words[0]} N' over the title; goals are slides titled "
        + (
            f"'{words[1]} N.M{style['dash'].rstrip()} title'."
            if numbered
            else f"'{words[1]}: title' (unnumbered, number null)."
        ),
        f"Activities are the goal slide's level-0 bullets; their lead and target are {lead_note}."
        " The target is the activity's one milestone (lead = the activity's first lead).",
        f"Goal leads from an '{style['owner_key']}: X' line at the {style['owner_at']} of the "
        "goal slide (repeated on a continued slide).",
        "Not nodes: title slide, agenda slide (pillar titles: a summary repeat), 'Questions?' "
        "slide, page headers and footers, slide numbers, the goal slide's small kicker repeating "
        "its pillar.",
    ]
    if opt["cont"]:
        notes.append(
            "A goal with more than three activities continues on a second slide titled "
            "'<title> (cont.)': one goal node."
        )
    if shape.pillar_descriptions:
        notes.append("Pillar descriptions: the italic sentence on each divider slide.")
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


def goal_title(goal: Node, st: dict) -> str:
    if st["numbered"]:
        return f"{st['words'][1]} {goal['number']}{st['dash']}{goal['title']}"
    return f"{st['words'][1]}: {goal['title']}"


def field_parts(act: Node, st: dict) -> list[str]:
    parts = []
    if act["leads"]:
        parts.append(f"{st['lead_key']}: {', '.join(act['leads'])}")
    if act["milestones"]:
        parts.append(f"{st['target_key']}: {act['milestones'][0]['text']}")
    return parts


def activity_items(act: Node, st: dict) -> list[tuple[str, str]]:
    """(kind, text) lines of one activity: 'bullet', 'sub' (level-1 bullet) or 'line'."""
    parts = field_parts(act, st)
    mode = st["fields"]
    if mode == "paren" and parts:
        return [("bullet", f"{act['text']} ({'; '.join(parts)})")]
    items = [("bullet", act["text"])]
    if mode == "sub":
        items += [("sub", p) for p in parts]
    elif mode == "joined" and parts:
        items.append(("sub", " | ".join(parts)))
    elif parts:
        items.append(("line", "   ".join(parts)))
    return items


class Deck:
    """The slides of the deck as drawing closures in slide units, and the handout pages."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.plan, self.st = doc, doc.plan, doc.extras["style"]
        self.agency = doc.extras["agency"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.bullet = pick_bullet(random.Random(self.st["bullet"]), self.fonts.regular)
        self.accent = hexc(self.st["accent"])
        self.w = SLIDE_W[self.st["widescreen"]]
        self.h = SLIDE_H
        self.c: canvas.Canvas | None = None

    # --- slides (each draws in a 0..w x 0..h box, y up) -------------------------------------

    def title_bar(self, c, text: str, kicker: str | None) -> float:
        """The slide title (wrapped), optional kicker above it; returns the y below."""
        f, st = self.fonts, self.st
        size = st["title_size"] * 0.85
        lines = wrap(text, f.bold, size, self.w - 80)
        top = self.h - 30
        bar_h = (18 if kicker else 0) + len(lines) * size * 1.15 + 24
        if st["bar"] == "band":
            c.setFillColor(self.accent)
            c.rect(0, self.h - bar_h - 10, self.w, bar_h + 10, stroke=0, fill=1)
        ink = colors.white if st["bar"] == "band" else self.accent
        if kicker:
            c.setFillColor(ink)
            c.setFont(f.regular, 13)
            c.drawString(40, top - 8, kicker)
            top -= 20
        block(c, text, 40, top - size, f.bold, size, self.w - 80, size * 1.15, fill=ink)
        y = self.h - bar_h - 10
        if st["bar"] == "underline":
            c.setStrokeColor(self.accent)
            c.setLineWidth(3)
            c.line(40, y + 6, self.w - 40, y + 6)
        return y - 22

    def items_height(self, items: list[tuple[str, str]]) -> float:
        s = self.st["body_size"]
        total = 0.0
        for kind, text in items:
            size, indent, font = self.item_font(kind, s)
            total += height(text, font, size, self.w - 80 - indent) + size * 0.45
        return total

    def item_font(self, kind: str, s: float) -> tuple[float, float, str]:
        f = self.fonts
        if kind == "bullet":
            return s, 26.0, f.regular
        if kind == "sub":
            return s * 0.8, 58.0, f.regular
        return s * 0.78, 26.0, f.italic

    def draw_items(self, c, items: list[tuple[str, str]], y: float) -> float:
        s = self.st["body_size"]
        for kind, text in items:
            size, indent, font = self.item_font(kind, s)
            if kind in ("bullet", "sub"):
                draw_bullet(c, self.bullet, 40 + indent - 22, y - size, size, self.accent, font)
            grey = colors.HexColor("#444444") if kind != "bullet" else colors.black
            y = block(c, text, 40 + indent, y - size, font, size, self.w - 80 - indent, fill=grey)
            y += size - size * 0.45
        return y

    def title_slide(self, c) -> None:
        f, plan = self.fonts, self.plan
        c.setFillColor(self.accent)
        c.rect(0, self.h * 0.38, self.w, self.h * 0.34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f.bold, 20)
        c.drawString(50, self.h * 0.64, plan["agency"].upper())
        block(c, plan["title"], 50, self.h * 0.50, f.bold, 40, self.w - 100, fill=colors.white)
        who = "Board of Supervisors" if self.agency.chief_title == "Sheriff" else "City Council"
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(f.regular, 18)
        c.drawString(50, self.h * 0.28, f"Presented to the {who} \u2022 {self.st['date']}")
        c.drawString(50, self.h * 0.22, f"{self.agency.chief}, {self.agency.chief_title}")

    def agenda_slide(self, c) -> None:
        y = self.title_bar(c, "Agenda", None)
        items = [("bullet", "Mission, vision and values")]
        items += [("bullet", p["title"]) for p in self.plan["pillars"]]
        items.append(("bullet", "Questions and discussion"))
        self.draw_items(c, items, y)

    def mvv_slide(self, c) -> None:
        f, plan = self.fonts, self.plan
        y = self.title_bar(c, "Mission, Vision and Values", None)
        s = self.st["body_size"]
        for label, text in (("Our Mission", plan["mission"]), ("Our Vision", plan["vision"])):
            c.setFillColor(self.accent)
            c.setFont(f.bold, s)
            c.drawString(40, y - s, label)
            y = block(c, text, 40, y - s * 2.3, f.regular, s * 0.9, self.w - 80, fill=colors.black)
            y -= s * 0.6
        c.setFillColor(self.accent)
        c.setFont(f.bold, s)
        c.drawString(40, y - s, "Our Values")
        block(
            c,
            "  \u2022  ".join(plan["values"]),
            40,
            y - s * 2.3,
            f.regular,
            s * 0.9,
            self.w - 80,
            fill=colors.black,
        )

    def divider(self, c, pillar: Node) -> None:
        f, st = self.fonts, self.st
        c.setFillColor(self.accent)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f.bold, 24)
        c.drawString(60, self.h * 0.66, f"{st['words'][0].upper()} {pillar['number']}")
        y = block(
            c, pillar["title"], 60, self.h * 0.54, f.bold, 40, self.w - 120, fill=colors.white
        )
        if pillar["description"]:
            block(
                c,
                pillar["description"],
                60,
                y - 14,
                f.italic,
                18,
                self.w - 120,
                fill=tint(st["accent"], 0.25),
            )

    def goal_slide(self, c, pillar: Node, goal: Node, acts: list[Node], cont: bool) -> None:
        f, st = self.fonts, self.st
        title = goal_title(goal, st) + (" (cont.)" if cont else "")
        kicker = f"{st['words'][0]} {pillar['number']}: {pillar['title']}"
        y = self.title_bar(c, title, kicker)
        owner = f"{st['owner_key']}: {', '.join(goal['leads'])}" if goal["leads"] else None
        s = st["body_size"]
        if owner and st["owner_at"] == "top":
            c.setFillColor(self.accent)
            c.setFont(f.bold, s * 0.8)
            c.drawRightString(self.w - 40, y - s * 0.4, owner)
            y -= s * 1.4
        items = [it for act in acts for it in activity_items(act, st)]
        self.draw_items(c, items, y)
        if owner and st["owner_at"] == "bottom":
            c.setFillColor(tint(st["accent"], 0.15))
            c.rect(40, 22, self.w - 80, s * 1.7, stroke=0, fill=1)
            c.setFillColor(self.accent)
            c.setFont(f.bold, s * 0.85)
            c.drawString(52, 22 + s * 0.55, owner)

    def closing(self, c) -> None:
        f = self.fonts
        c.setFillColor(self.accent)
        c.setFont(f.bold, 54)
        c.drawCentredString(self.w / 2, self.h * 0.55, "Questions?")
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(f.regular, 18)
        c.drawCentredString(
            self.w / 2, self.h * 0.40, f"{self.agency.chief}, {self.agency.chief_title}"
        )
        c.drawCentredString(self.w / 2, self.h * 0.34, self.plan["agency"])

    def goal_chunks(self, goal: Node) -> list[list[Node]]:
        """The goal's activities split over slides: at most ``per_slide`` a slide, and no more
        than fit under the title."""
        room = self.h - 150 - (self.st["body_size"] * 2 if goal["leads"] else 0)
        chunks: list[list[Node]] = [[]]
        for act in goal["activities"]:
            trial = chunks[-1] + [act]
            items = [it for a in trial for it in activity_items(a, self.st)]
            too_many = len(trial) > self.st["per_slide"]
            if chunks[-1] and (too_many or self.items_height(items) > room):
                chunks.append([act])
            else:
                chunks[-1] = trial
        return chunks

    def slides(self) -> list:
        """Every slide as a function of the canvas, in deck order."""
        out = [self.title_slide, self.agenda_slide, self.mvv_slide]
        for pillar in self.plan["pillars"]:
            out.append(lambda c, p=pillar: self.divider(c, p))
            for goal in pillar["goals"]:
                for i, acts in enumerate(self.goal_chunks(goal)):
                    out.append(
                        lambda c, p=pillar, g=goal, a=acts, k=i: self.goal_slide(c, p, g, a, k > 0)
                    )
        out.append(self.closing)
        return out


def frames(
    per_page: int, order: str, aspect: float
) -> tuple[list[tuple[float, float, float]], bool]:
    """Slide boxes (x, top, width) on a letter page in the handout's order, and whether the
    page has ruled note lines beside them."""
    pw, ph = letter
    if per_page == 2:
        w = 4.6 * 72
        return [((pw - w) / 2, ph - 90, w), ((pw - w) / 2, ph / 2 - 20, w)], False
    if per_page == 3:
        w = 3.0 * 72
        step = (ph - 150) / 3
        return [(54, ph - 80 - i * step, w) for i in range(3)], True
    w = 3.3 * 72
    gap_x = pw - 2 * w - 2 * 60
    step = (ph - 140) / 3
    cells = [(r, col) for r in range(3) for col in range(2)]
    if order == "columns":
        cells = [(r, col) for col in range(2) for r in range(3)]
    return [(60 + col * (w + gap_x), ph - 80 - r * step, w) for r, col in cells], False


def render(doc: Doc, out: Path) -> None:
    """Draw the handout pages: frames, scaled slides, slide numbers, note lines, header, footer."""
    deck = Deck(doc)
    st, plan = deck.st, deck.plan
    slides = deck.slides()
    boxes, notes = frames(st["per_page"], st["order"], deck.h / deck.w)
    pages = -(-len(slides) // len(boxes))
    pw, ph = letter
    c = canvas.Canvas(str(out), pagesize=letter, invariant=1)
    c.setTitle(plan["title"])
    c.setAuthor(plan["agency"])
    f = deck.fonts
    for page in range(pages):
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(f.regular, 9)
        c.drawString(54, ph - 40, f"{plan['agency']} \u2013 {plan['title']}")
        c.drawRightString(pw - 54, ph - 40, st["date"])
        label = st["page_label"].format(n=page + 1, total=pages)
        c.drawRightString(pw - 54, 30, label)
        for i, (x, top, w) in enumerate(boxes):
            n = page * len(boxes) + i
            if n >= len(slides):
                break
            k = w / deck.w
            h = deck.h * k
            c.saveState()
            c.translate(x, top - h)
            c.scale(k, k)
            p = c.beginPath()
            p.rect(0, 0, deck.w, deck.h)
            c.clipPath(p, stroke=0, fill=0)
            slides[n](c)
            c.restoreState()
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.rect(x, top - h, w, h, stroke=1, fill=0)
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont(f.regular, 7)
            c.drawCentredString(x + w / 2, top - h - 10, st["slide_label"].format(n=n + 1))
            if notes:
                c.setStrokeColor(colors.HexColor("#999999"))
                c.setLineWidth(0.4)
                for j in range(8):
                    ly = top - 8 - j * (h - 8) / 7
                    c.line(x + w + 36, ly, pw - 54, ly)
        c.showPage()
    c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "slide-handouts-two",
                9501,
                "dev",
                {
                    "per_page": 2,
                    "widescreen": True,
                    "numbered": True,
                    "fields": "sub",
                    "cont": False,
                },
            ),
            DocSpec(
                "slide-handouts-notes",
                9502,
                "dev",
                {
                    "per_page": 3,
                    "widescreen": False,
                    "numbered": False,
                    "fields": "joined",
                    "cont": True,
                },
            ),
            DocSpec(
                "slide-handouts-columns",
                9503,
                "dev",
                {
                    "per_page": 6,
                    "order": "columns",
                    "widescreen": True,
                    "numbered": True,
                    "fields": "paren",
                    "cont": False,
                },
            ),
            DocSpec(
                "slide-handouts-grid",
                9504,
                "test",
                {
                    "per_page": 6,
                    "order": "rows",
                    "widescreen": False,
                    "numbered": True,
                    "fields": "line",
                    "cont": True,
                },
            ),
        ],
        build,
        render,
    )
]
