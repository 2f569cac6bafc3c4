"""Designer frames (reportlab canvas): a plan exported from a desktop-publishing tool.

What is printed is ordinary (pillar openers with big numerals or coloured bands, numbered goal
headings, bulleted activities with a "Lead: X  |  Target: Y" field line, one or two columns,
sidebar boxes, a running footer) but the PDF's internals are not. Text frames are written to the
content stream out of reading order (reversed, shuffled, chrome first, the right column before
the left, a pillar's heading after its goals); lines are broken into many small text objects
(word by word or in fragments at explicit positions, tracked, kerned glyph by glyph, letter by
letter); headings are letter-spaced capitals or drawn twice (a shadow offset by under a point
in another colour); body text may use the ligature glyphs "ﬁ" and "ﬂ".
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from ..content import STATUSES, Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import (
    GOAL_LEAD_KEYS,
    GOAL_WORDS,
    LEAD_KEYS,
    PILLAR_WORDS,
    STATUS_KEYS,
    TIMELINE_KEYS,
    colour,
    reportlab_fonts,
)
from . import _outline_common as oc
from ._canvas_kit import draw_bullet, has_glyph, hexc, pick_bullet, tint

NAME = "designer-frames"
W, H = 612.0, 792.0
MARGIN, FOOT, GAP = 50.0, 46.0, 18.0
LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}
STATISTICS = [
    ("{n}%", "of residents surveyed rate their trust in the department as high"),
    ("{n}", "neighborhood meetings shaped the priorities in this plan"),
    ("{n}%", "of priority calls were answered within the response-time goal"),
    ("{n}", "employees volunteered for the planning working groups"),
]
SEPARATORS = ["  |  ", "   \u00b7   ", "  /  ", "    "]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3) if opt["columns"] == 1 else (3, 4),
        activities=(2, 4) if opt["columns"] == 1 else (3, 5),
        goal_leads=opt.get("goal_leads", 0.0),
        activity_leads=0.9,
        milestones="timeline",
        front_matter=opt.get("front_matter", True),
        pillar_descriptions=rng.random() < 0.6,
        goal_status=opt.get("goal_status", False),
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    goal_scheme = {"word": "dotted", "dotted": "dotted", "letter": "upper", "arabic": "arabic"}
    number_levels(plan, ("arabic", goal_scheme[opt["goal_numbering"]]))
    for pillar in plan["pillars"]:
        if opt["opener"] == "numeral" and opt.get("two_digit", True):
            pillar["number"] = f"{int(pillar['number']):02d}"
        if opt.get("pillar_caps"):
            pillar["title"] = pillar["title"].upper()
        for goal in pillar["goals"]:
            if opt.get("goal_caps"):
                goal["title"] = goal["title"].upper()
            if shape.goal_status:
                goal["status"] = rng.choice(STATUSES) if rng.random() < 0.7 else None
            for act in goal["activities"]:
                if rng.random() < 0.25:  # field lines under most activities, not all
                    act["leads"], act["milestones"] = [], []
    style = {
        "fonts": rng.random(),
        "size": rng.choice([9, 9.5, 10]),
        "accent": colour(rng),
        "bullet": rng.random(),
        "draw": rng.random(),
        "order": opt["order"],  # "reverse" | "chrome-first" | "shuffle"
        "frames": opt["frames"],  # "column" (one frame per column) | "block"
        "heading_after": opt.get("heading_after", False),
        "columns": opt["columns"],  # 1, 2 or "mixed" (front matter 1, pillars 2)
        "modes": opt["modes"],  # how body lines are broken into text objects
        "tracking": rng.choice([0.25, 0.4, 0.6]),
        "opener": opt["opener"],  # "numeral" | "band"
        "pillar_word": rng.choice(PILLAR_WORDS).upper(),
        "pillar_caps": opt.get("pillar_caps", False),
        "caps_space": rng.choice([0.12, 0.18, 0.25]),
        "caps_glyphs": opt.get("caps_glyphs", False),
        "goal_caps": opt.get("goal_caps", False),
        "shadow": opt.get("shadow", "none"),  # "none" | "pillar" | "goal" | "both"
        "shadow_offset": rng.choice([0.4, 0.6, 0.8]),
        "shadow_under": rng.random() < 0.6,
        "ligatures": opt.get("ligatures", False),
        "goal_numbering": opt["goal_numbering"],
        "goal_status": shape.goal_status,
        "goal_word": rng.choice(GOAL_WORDS),
        "lead_key": opt.get("lead_key", rng.choice(LEAD_KEYS)),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "status_key": rng.choice(STATUS_KEYS),
        "time_key": opt.get("time_key", rng.choice(TIMELINE_KEYS)),
        "separator": rng.choice(SEPARATORS),
        "sidebar_share": rng.choice([0.3, 0.45]),
    }
    extras = {
        "agency": agency,
        "style": style,
        "sidebars": [sidebar_text(rng, agency) for _ in range(12)],
    }
    return Doc(spec.slug, NAME, "reportlab-canvas", spec.split, rng, plan, extras, notes(style))


def sidebar_text(rng: random.Random, agency) -> tuple[str, str]:
    """A sidebar's (big line, small line): a statistic or a pull quote (never a node)."""
    if rng.random() < 0.5:
        big, small = rng.choice(STATISTICS)
        return big.replace("{n}", str(rng.choice([14, 22, 36, 71, 88, 120]))), small
    q, who = oc.quote(rng, agency)
    return f"\u201c{q}\u201d", who


def notes(st: dict) -> list[str]:
    order = {
        "reverse": "in reverse reading order (the footer first, the page read bottom to top)",
        "chrome-first": "footer and sidebar boxes first, then the columns right to left",
        "shuffle": "in a shuffled order",
    }[st["order"]]
    frames = "one text frame per column" if st["frames"] == "column" else "one frame per block"
    modes = {
        "whole": "whole lines",
        "words": "word by word at explicit positions (no space characters)",
        "fragments": "in fragments of one to three words at explicit positions",
        "tracked": f"with tracking (character spacing {st['tracking']} pt)",
        "kerned": "glyph by glyph with per-glyph spacing adjustments",
    }
    opener = (
        "a large coloured numeral (its own string, number as printed) over the title"
        if st["opener"] == "numeral"
        else f"a coloured band with '{st['pillar_word']} N' (number 'N') over the title"
    )
    caps = (
        f"letter-spaced capitals (character spacing {st['caps_space']} em"
        + (", each letter its own string" if st["caps_glyphs"] else "")
        + "; gold keeps the capitals as printed)"
    )
    goal_label = {
        "word": f"'{st['goal_word']} 1.2' (number '1.2')",
        "dotted": "'1.2' (number '1.2')",
        "letter": "'A.' restarting per pillar (number 'A')",
        "arabic": "'1.' restarting per pillar (number '1')",
    }[st["goal_numbering"]]
    shadow = {
        "none": "",
        "pillar": "Pillar titles",
        "goal": "Goal headings",
        "both": "Pillar titles and goal headings",
    }[st["shadow"]]
    out = [
        f"Content stream: text frames ({frames}) are written {order}"
        + (", a pillar's opener after its goals" if st["heading_after"] else "")
        + "; the printed page reads normally, top to bottom and column by column.",
        "Body lines are drawn " + ", ".join(modes[m] for m in st["modes"]) + " (mixed per line).",
        f"A pillar opens a fresh page with {opener}"
        + (f"; pillar titles in {caps}" if st["pillar_caps"] else "")
        + "; its description is the pillar's description.",
        f"Goals are bold headings {goal_label}, the number a separate coloured run"
        + (f", titles in {caps}" if st["goal_caps"] else "")
        + "; a goal's field line (if any) holds "
        f"'{st['goal_lead_key']}: X' (leads)"
        + (f" and '{st['status_key']}: Y' (status)." if st["goal_status"] else "."),
        f"Activities are bullets with a field line '{st['lead_key']}: X{st['separator']}"
        f"{st['time_key']}: Y' (key and value separate runs); the timeline is the activity's "
        "one milestone (lead = the activity's first lead).",
        "Sidebar boxes (statistic or quote), the running footer and the title block are not "
        "nodes; mission, vision and values come from the front-matter sections.",
    ]
    if shadow:
        out.append(
            f"{shadow} are drawn twice (a shadow {st['shadow_offset']} pt away in a lighter "
            "colour, then the heading); the gold holds the text once."
        )
    if st["ligatures"]:
        out.append(
            "Body text prints the ligature glyphs U+FB01 and U+FB02 for 'fi' and 'fl'; the gold "
            "holds the plain letters."
        )
    return out


# ---------------------------------------------------------------------------------------------
# layout


def measure(text: str, font: str, size: float, space: float = 0.0) -> float:
    """Advance width of a string drawn with ``space`` points of character spacing."""
    return pdfmetrics.stringWidth(text, font, size) + space * len(text)


def wrap(text: str, font: str, size: float, width: float, space: float = 0.0) -> list[str]:
    """Greedy word wrap by measured width (character spacing included)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and measure(trial, font, size, space) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line] if line else lines or [""]


def show(c, x: float, y: float, text: str, font: str, size: float, space: float) -> None:
    """One text object with its character spacing always set: the text state outlives a
    text object, so a run must not inherit the spacing of the run drawn before it."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    c.drawText(t)


@dataclass
class Line:
    """One printed line: runs of (text, font) side by side, drawn in ``mode``."""

    runs: list[tuple[str, str]]
    size: float
    color: str = "#222222"
    indent: float = 0.0
    before: float = 0.0
    bullet: bool = False
    mode: str = "whole"
    space: float = 0.0  # character spacing in points
    shadow: bool = False
    leading: float = 1.32

    def step(self) -> float:
        return self.before + self.size * self.leading


@dataclass
class Block:
    """Lines kept together in one column, or a box drawn by ``draw`` (its height given)."""

    lines: list[Line] = field(default_factory=list)
    height: float = 0.0
    draw: Callable[[float, float, float], list[Callable]] | None = None  # -> ops
    chrome: bool = False

    def measure(self) -> float:
        return self.height if self.draw is not None else sum(ln.step() for ln in self.lines)


@dataclass
class Frame:
    """A text frame: what the content stream writes in one go."""

    region: str  # "body", "opener" or "chrome"
    column: int
    ops: list[Callable] = field(default_factory=list)


class Designer:
    """Pages of frames: a column flow that records drawing operations, written per page in
    the document's frame order rather than in reading order."""

    def __init__(self, doc: Doc, out: Path):
        from reportlab.pdfgen import canvas

        self.doc, self.st = doc, doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.size, self.accent = self.st["size"], self.st["accent"]
        self.bullet = pick_bullet(random.Random(self.st["bullet"]), self.fonts.regular)
        self.rng = random.Random(self.st["draw"])
        self.c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
        self.c.setTitle(doc.plan["title"])
        self.c.setAuthor(doc.plan["agency"])
        self.page_no = 0
        self.frames: list[Frame] = []
        self.ncols, self.col, self.y, self.col_top = 1, 0, 0.0, 0.0
        self.open = False

    # geometry ---------------------------------------------------------------------------
    def column(self) -> tuple[float, float]:
        width = (W - 2 * MARGIN - GAP * (self.ncols - 1)) / self.ncols
        return MARGIN + self.col * (width + GAP), width

    def col_width(self) -> float:
        return self.column()[1]

    # pages ------------------------------------------------------------------------------
    def new_page(self, ncols: int) -> None:
        if self.open:
            self.finish_page()
        self.page_no += 1
        self.ncols, self.col = ncols, 0
        self.col_top = self.y = H - MARGIN
        self.frames, self.open = [], True

    def finish_page(self) -> None:
        self.footer()
        for frame in self.frame_order():
            for op in frame.ops:
                op()
        self.c.showPage()
        self.open = False

    def frame_order(self) -> list[Frame]:
        frames = list(self.frames)  # reading order: openers, columns in order, chrome last
        if self.st["heading_after"]:
            frames = [f for f in frames if f.region != "opener"] + [
                f for f in frames if f.region == "opener"
            ]
        order = self.st["order"]
        if order == "reverse":
            return frames[::-1]
        if order == "chrome-first":
            chrome = [f for f in frames if f.region == "chrome"]
            rest = [f for f in frames if f.region != "chrome"]
            return chrome + sorted(rest, key=lambda f: -f.column)
        self.rng.shuffle(frames)
        return frames

    def footer(self) -> None:
        f, plan = self.fonts, self.doc.plan
        size = self.size * 0.8
        left = f"{plan['agency']}{self.st['separator']}{plan['title']}"
        ops = [
            lambda: self.c.setFillColor("#777777"),
            self.text_op(left, f.regular, size, MARGIN, FOOT - 20, "fragments"),
            self.text_op(
                str(self.page_no),
                f.regular,
                size,
                W - MARGIN - measure(str(self.page_no), f.regular, size),
                FOOT - 20,
                "whole",
            ),
        ]
        self.frames.append(Frame("chrome", -1, ops))

    def next_column(self) -> None:
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page(self.ncols)

    # drawing ----------------------------------------------------------------------------
    def pick_mode(self) -> str:
        return self.rng.choice(self.st["modes"])

    def text_op(
        self, text: str, font: str, size: float, x: float, y: float, mode: str, space: float = 0
    ) -> Callable[[], None]:
        """One run drawn in ``mode`` as a deferred operation; words and fragments are chosen
        now so the output does not depend on the frame order."""
        c = self.c
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        if mode in ("words", "fragments") and len(words) > 1:
            pieces: list[tuple[int, str]] = []
            i = 0
            while i < len(words):
                n = 1 if mode == "words" else self.rng.randint(1, 3)
                group = words[i : i + n]
                start = group[0][0]
                end = group[-1][0] + len(group[-1][1])
                pieces.append((start, text[start:end]))
                i += n
            spots = [(x + measure(text[:s], font, size, space), t) for s, t in pieces]

            def draw_pieces() -> None:
                for px, t in spots:
                    show(c, px, y, t, font, size, space)

            return draw_pieces
        if mode == "glyphs":
            spots = [
                (x + measure(text[:i], font, size, space), ch)
                for i, ch in enumerate(text)
                if not ch.isspace()
            ]

            def draw_glyphs() -> None:
                for px, ch in spots:
                    show(c, px, y, ch, font, size, 0.0)

            return draw_glyphs
        if mode == "kerned":
            kerns = [0.0 if ch == " " else round(self.rng.uniform(-0.2, 0.3), 2) for ch in text]

            def draw_kerned() -> None:
                t = c.beginText(x, y)
                t.setFont(font, size)
                for ch, k in zip(text, kerns, strict=True):
                    t.setCharSpace(space + k)
                    t.textOut(ch)
                t.setCharSpace(0)
                c.drawText(t)

            return draw_kerned

        def draw_whole() -> None:
            show(c, x, y, text, font, size, space)

        return draw_whole

    def line_ops(self, ln: Line, x: float, y: float, color, dx=0.0, dy=0.0) -> list[Callable]:
        ops: list[Callable] = [lambda: self.c.setFillColor(color)]
        cursor = x + ln.indent + dx
        for text, font in ln.runs:
            ops.append(self.text_op(text, font, ln.size, cursor, y + dy, ln.mode, ln.space))
            cursor += measure(text, font, ln.size, ln.space)
        return ops

    def shadow_colour(self, color: str):
        return tint(color, 0.35) if color != "#ffffff" else tint(self.accent, 0.55)

    def placed_ops(self, placed: list[tuple[Line, float, float]]) -> list[Callable]:
        """Ops of placed lines; a run of shadowed lines is drawn twice, the shadow copy of
        the whole run first (under) or last (over), so each copy stays whole in the stream."""
        ops: list[Callable] = []
        d = self.st["shadow_offset"]
        i = 0
        while i < len(placed):
            j = i
            while j < len(placed) and placed[j][0].shadow:
                j += 1
            if j == i:
                ln, x, y = placed[i]
                ops += self.bullet_ops(ln, x, y) + self.line_ops(ln, x, y, ln.color)
                i += 1
                continue
            run = placed[i:j]
            main = [op for ln, x, y in run for op in self.line_ops(ln, x, y, ln.color)]
            shade = [
                op
                for ln, x, y in run
                for op in self.line_ops(ln, x, y, self.shadow_colour(ln.color), d, -d)
            ]
            ops += shade + main if self.st["shadow_under"] else main + shade
            i = j
        return ops

    def bullet_ops(self, ln: Line, x: float, y: float) -> list[Callable]:
        if not ln.bullet:
            return []
        return [
            lambda: draw_bullet(
                self.c,
                self.bullet,
                x + ln.indent - 11,
                y,
                ln.size,
                hexc(self.accent),
                self.fonts.regular,
            )
        ]

    def add_ops(self, region: str, ops: list[Callable]) -> None:
        last = self.frames[-1] if self.frames else None
        column = -1 if region != "body" else self.col
        merge = (
            self.st["frames"] == "column"
            and region == "body"
            and last is not None
            and last.region == "body"
            and last.column == column
        )
        if merge and last is not None:
            last.ops += ops
        else:
            self.frames.append(Frame(region, column, ops))

    # flow -------------------------------------------------------------------------------
    def place(self, block: Block) -> None:
        need = block.measure()
        if self.y - need < FOOT and self.y < self.col_top:
            self.next_column()
        x, w = self.column()
        region = "chrome" if block.chrome else "body"
        if block.draw is not None:
            self.add_ops(region, block.draw(x, self.y, w))
            self.y -= need
            return
        placed: list[tuple[Line, float, float]] = []
        for ln in block.lines:
            step = ln.step()
            if self.y - step < FOOT:
                self.add_ops(region, self.placed_ops(placed))
                placed = []
                self.next_column()
                x, w = self.column()
                step = ln.size * ln.leading
            self.y -= step
            placed.append((ln, x, self.y))
        self.add_ops(region, self.placed_ops(placed))

    def printed(self, text: str, font: str) -> str:
        """Body text as the tool set it: ligature glyphs where the font has them."""
        if not self.st["ligatures"]:
            return text
        for pair, glyph in LIGATURES.items():
            if has_glyph(font, glyph):
                text = text.replace(pair, glyph)
        return text

    def body(
        self,
        text: str,
        font: str,
        size: float,
        color: str = "#222222",
        indent: float = 0,
        bullet: bool = False,
        before: float = 0,
        width: float | None = None,
    ) -> list[Line]:
        """A wrapped body paragraph, each line in a mode drawn from the document's modes."""
        width = (width or self.col_width()) - indent
        slack = 0.9 if set(self.st["modes"]) & {"tracked", "kerned"} else 1.0
        out = [
            self.tracked(Line([(self.printed(t, font), font)], size, color, indent))
            for t in wrap(text, font, size, width * slack)
        ]
        out[0].bullet, out[0].before = bullet, before
        return out

    def tracked(self, ln: Line) -> Line:
        """Give a body line one of the document's modes; a tracked line is drawn whole with
        the document's character spacing (measured, so runs after it stay in place)."""
        mode = self.pick_mode()
        if mode == "tracked":
            ln.mode, ln.space = "whole", self.st["tracking"]
        else:
            ln.mode = mode
        return ln

    def heading(
        self,
        text: str,
        font: str,
        size: float,
        color: str,
        caps: bool,
        shadow: bool,
        before: float = 0,
        width: float | None = None,
        indent: float = 0,
    ) -> list[Line]:
        """A heading: letter-spaced capitals (one run, or letter by letter) or plain, maybe
        shadowed."""
        width = (width or self.col_width()) - indent
        text = text.upper() if caps else text
        space = size * self.st["caps_space"] if caps else 0.0
        mode = "glyphs" if caps and self.st["caps_glyphs"] else "whole"
        out = [
            Line([(t, font)], size, color, indent, mode=mode, space=space, shadow=shadow)
            for t in wrap(text, font, size, width, space)
        ]
        out[0].before = before
        return out

    def save(self) -> None:
        if self.open:
            self.finish_page()
        self.c.save()


# ---------------------------------------------------------------------------------------------
# content


def title_block(d: Designer) -> None:
    plan, f, s = d.doc.plan, d.fonts, d.size
    width = W - 2 * MARGIN
    lines = [
        Line([(t, f.bold)], s * 2.4, d.accent, space=0.6 if "tracked" in d.st["modes"] else 0)
        for t in wrap(plan["agency"], f.bold, s * 2.4, width * 0.9)
    ]
    lines.append(Line([(plan["title"], f.regular)], s * 1.6, "#333333", before=2))
    ops = []
    y = d.y
    for ln in lines:
        y -= ln.step()
        ops += d.line_ops(ln, MARGIN, y, ln.color)
    d.frames.append(Frame("opener", -1, ops))
    d.y = d.col_top = y - s * 2


def front_matter(d: Designer) -> None:
    plan, f, s, st = d.doc.plan, d.fonts, d.size, d.st
    d.new_page(1 if st["columns"] == "mixed" else int(st["columns"]))
    title_block(d)
    caps_labels = st["pillar_caps"] or st["goal_caps"]
    label = "A Message from the " + d.doc.extras["agency"].chief_title
    d.place(Block(d.heading(label, f.bold, s * 1.3, d.accent, caps_labels, False)))
    for t in oc.intro_paragraphs(plan, d.doc.extras["agency"]):
        d.place(Block(d.body(t, f.regular, s, before=4)))
    if not plan["mission"]:
        return
    for name, text in (("Our Mission", plan["mission"]), ("Our Vision", plan["vision"])):
        d.place(
            Block(
                d.heading(name, f.bold, s * 1.25, d.accent, caps_labels, False, before=10)
                + d.body(text, f.regular, s, before=2)
            )
        )
    values = d.heading("Our Values", f.bold, s * 1.25, d.accent, caps_labels, False, before=10)
    for value in plan["values"]:
        values += d.body(value, f.regular, s, indent=12, bullet=True, before=2)
    d.place(Block(values))
    d.place(sidebar(d, d.doc.extras["sidebars"][-1]))


def sidebar(d: Designer, text: tuple[str, str]) -> Block:
    f, s = d.fonts, d.size
    big, small = text
    width = d.col_width()
    big_size = s * (2.6 if len(big) < 6 else 1.15)
    big_lines = wrap(big, f.bold, big_size, width - 16)
    small_lines = wrap(small, f.regular, s * 0.9, width - 16)
    height = 16 + len(big_lines) * big_size * 1.2 + len(small_lines) * s * 1.15 + 10

    def draw(x: float, top: float, w: float) -> list[Callable]:
        c = d.c
        box_top = top - 6

        def box() -> None:
            c.setFillColor(tint(d.accent, 0.16))
            c.rect(x, box_top - height + 8, w, height - 8, stroke=0, fill=1)
            c.setFillColor(d.accent)

        ops: list[Callable] = [box]
        y = box_top - 8
        for ln in big_lines:
            y -= big_size * 1.05
            ops.append(d.text_op(ln, f.bold, big_size, x + 8, y, "whole"))
        ops.append(lambda: c.setFillColor("#333333"))
        for ln in small_lines:
            y -= s * 1.15
            small = d.tracked(Line([(ln, f.regular)], s * 0.9))
            ops.append(d.text_op(ln, f.regular, s * 0.9, x + 8, y, small.mode, small.space))
        return ops

    return Block(height=height, draw=draw, chrome=True)


def pillar_opener(d: Designer, pillar: Node) -> None:
    """The opener across the page's width at the top of a fresh page: a numeral or a band,
    the title and the description; written to the stream as one frame."""
    f, s, st = d.fonts, d.size, d.st
    width = W - 2 * MARGIN
    shadow = st["shadow"] in ("pillar", "both")
    caps = st["pillar_caps"]
    ops: list[Callable] = []
    y = d.y
    if st["opener"] == "numeral":
        y -= s * 4.4
        ops += [
            lambda: d.c.setFillColor(d.accent),
            d.text_op(pillar["number"], f.bold, s * 4.6, MARGIN, y, "whole"),
        ]
        title = d.heading(pillar["title"], f.bold, s * 2.0, d.accent, caps, shadow, 4, width)
        placed = []
        for ln in title:
            y -= ln.step()
            placed.append((ln, MARGIN, y))
        ops += d.placed_ops(placed)
    else:
        title = d.heading(pillar["title"], f.bold, s * 1.9, "#ffffff", caps, shadow, 0, width - 24)
        kicker = f"{st['pillar_word']} {pillar['number']}"
        band_h = s * 2.6 + sum(ln.step() for ln in title) + s * 0.8
        top = y

        def band() -> None:
            d.c.setFillColor(d.accent)
            d.c.rect(MARGIN, top - band_h, width, band_h, stroke=0, fill=1)

        y -= s * 1.9
        ops += [
            band,
            lambda: d.c.setFillColor(tint("#ffffff", 0.85)),
            d.text_op(kicker, f.bold, s * 0.95, MARGIN + 12, y, "whole", s * 0.15),
        ]
        placed = []
        for ln in title:
            y -= ln.step()
            placed.append((ln, MARGIN + 12, y))
        ops += d.placed_ops(placed)
        y = top - band_h
    if pillar["description"]:
        y -= s * 0.6
        desc = d.body(pillar["description"], f.italic, s * 1.05, "#444444", width=width)
        placed = []
        for ln in desc:
            y -= ln.step()
            placed.append((ln, MARGIN, y))
        ops += d.placed_ops(placed)
    d.frames.append(Frame("opener", -1, ops))
    d.y = d.col_top = y - s * 1.4


def goal_label(st: dict, goal: Node) -> str:
    if st["goal_numbering"] == "word":
        return f"{st['goal_word']} {goal['number']}"
    if st["goal_numbering"] in ("letter", "arabic"):
        return f"{goal['number']}."
    return goal["number"]


def goal_head(d: Designer, goal: Node) -> list[Line]:
    """The goal heading: the number as its own coloured run, the title beside it (hanging)."""
    f, s, st = d.fonts, d.size, d.st
    size = s * 1.2
    label = goal_label(st, goal) + "  "
    caps, shadow = st["goal_caps"], st["shadow"] in ("goal", "both")
    indent = measure(label, f.bold, size)
    lines = d.heading(goal["title"], f.bold, size, "#111111", caps, shadow, 10, indent=indent)
    number = Line([(label.strip(), f.bold)], size, d.accent, 0, lines[0].before)
    lines[0].before, lines[0].leading = 0, 0  # on the number's baseline
    out = [number] + lines
    fields = []
    if goal["leads"]:
        fields.append((st["goal_lead_key"], ", ".join(goal["leads"])))
    if goal["status"]:
        fields.append((st["status_key"], goal["status"]))
    return out + field_lines(d, fields, 0, s * 0.9)


def field_lines(d: Designer, fields: list[tuple[str, str]], indent: float, size: float):
    """A field line of key and value runs ('Lead: ' bold, value italic) joined by the
    document's separator; one line per field when they do not fit."""
    f, sep = d.fonts, d.st["separator"]
    runs: list[tuple[str, str]] = []
    for i, (key, value) in enumerate(fields):
        if i:
            runs.append((sep, f.italic))
        runs += [(f"{key}: ", f.bold_italic), (value, f.italic)]
    if not runs:
        return []
    room = (d.col_width() - indent) * 0.88
    if sum(measure(t, font, size) for t, font in runs) <= room:
        return [d.tracked(Line(runs, size, "#555555", indent, 1))]
    out = []
    for key, value in fields:  # a line per field, a long value wrapped under its key
        label = f"{key}: "
        parts = wrap(value, f.italic, size, room - measure(label, f.bold_italic, size))
        out.append(
            d.tracked(
                Line([(label, f.bold_italic), (parts[0], f.italic)], size, "#555555", indent, 1)
            )
        )
        out += [d.tracked(Line([(p, f.italic)], size, "#555555", indent)) for p in parts[1:]]
    return out


def goal_blocks(d: Designer, goal: Node) -> list[Block]:
    st, f, s = d.st, d.fonts, d.size
    head = goal_head(d, goal)
    blocks = []
    for i, act in enumerate(goal["activities"]):
        lines = d.body(act["text"], f.regular, s, indent=12, bullet=True, before=3)
        fields = [(st["lead_key"], ", ".join(act["leads"]))] if act["leads"] else []
        fields += [(st["time_key"], m["text"]) for m in act["milestones"]]
        lines += field_lines(d, fields, 12, s * 0.88)
        blocks.append(Block(head + lines if i == 0 else lines))
    return blocks or [Block(head)]


def pillar_columns(st: dict) -> int:
    return 2 if st["columns"] == "mixed" else int(st["columns"])


def render(doc: Doc, out: Path) -> None:
    d = Designer(doc, out)
    st = d.st
    rng = random.Random(st["sidebar_share"] * 1000 + len(doc.plan["pillars"]))
    sidebars = list(doc.extras["sidebars"][:-1])
    front_matter(d)
    for pillar in doc.plan["pillars"]:
        d.new_page(pillar_columns(st))
        pillar_opener(d, pillar)
        for goal in pillar["goals"]:
            for block in goal_blocks(d, goal):
                d.place(block)
            if sidebars and rng.random() < st["sidebar_share"]:
                d.place(sidebar(d, sidebars.pop()))
    d.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "designer-frames-1",
                9201,
                "dev",
                {
                    "order": "chrome-first",
                    "frames": "column",
                    "columns": 2,
                    "modes": ["words", "whole", "words"],
                    "opener": "numeral",
                    "pillar_caps": True,
                    "goal_numbering": "word",
                    "goal_leads": 0.4,
                    "lead_key": "Lead",
                    "time_key": "Target",
                },
            ),
            DocSpec(
                "designer-frames-2",
                9202,
                "dev",
                {
                    "order": "reverse",
                    "frames": "block",
                    "columns": 1,
                    "modes": ["fragments", "tracked", "whole"],
                    "opener": "band",
                    "shadow": "pillar",
                    "ligatures": True,
                    "goal_numbering": "dotted",
                    "goal_leads": 0.6,
                    "goal_status": True,
                },
            ),
            DocSpec(
                "designer-frames-3",
                9203,
                "dev",
                {
                    "order": "shuffle",
                    "frames": "block",
                    "heading_after": True,
                    "columns": "mixed",
                    "modes": ["kerned", "whole", "fragments"],
                    "opener": "numeral",
                    "two_digit": False,
                    "goal_caps": True,
                    "shadow": "goal",
                    "goal_numbering": "letter",
                    "front_matter": False,
                },
            ),
            DocSpec(
                "designer-frames-4",
                9204,
                "test",
                {
                    "order": "shuffle",
                    "frames": "block",
                    "heading_after": True,
                    "columns": 2,
                    "modes": ["words", "fragments", "kerned", "tracked"],
                    "opener": "band",
                    "pillar_caps": True,
                    "caps_glyphs": True,
                    "shadow": "both",
                    "ligatures": True,
                    "goal_numbering": "arabic",
                    "goal_leads": 0.5,
                    "lead_key": "Assigned To",
                    "time_key": "Due",
                },
            ),
        ],
        build,
        render,
    )
]
