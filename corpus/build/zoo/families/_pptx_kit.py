"""Shared drawing helpers for the slide families (python-pptx, converted by LibreOffice Impress).

Everything is drawn on the blank layout with explicit text boxes, so fonts, colours, bullet
glyphs and title bars come from the document's seeded look rather than from a template. Text
boxes always wrap and never auto-shrink, so every printed string stays in the text layer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ..styles import PALETTE, SYSTEM_FONTS

# Bullet glyphs that DejaVu Sans draws and LibreOffice writes into the text layer.
SLIDE_BULLETS = ["\u2022", "\u25aa", "\u25a0", "\u2013", "\u27a2", "\u25b6", "\u2713", "\u25cf"]
TITLE_BARS = ("band", "underline", "stripe", "plain", "block")
ALIGN = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}
ANCHOR = {"t": MSO_ANCHOR.TOP, "m": MSO_ANCHOR.MIDDLE, "b": MSO_ANCHOR.BOTTOM}


@dataclass(frozen=True)
class Look:
    """One deck's visual identity, drawn from its seed."""

    font: str
    title_font: str
    accent: str
    accent2: str
    bar: str  # one of TITLE_BARS
    title_size: int
    body_size: int
    bullet: str
    sub_bullet: str
    caps_kicker: bool
    dark_divider: bool  # divider slides: accent background (True) or light with a side panel


def draw_look(rng: random.Random, body_sizes: tuple[int, ...] = (16, 17, 18, 20)) -> Look:
    """A deck look: fonts, two palette colours, a title-bar style, sizes and bullets."""
    accent, accent2 = rng.sample(PALETTE, 2)
    font = rng.choice(SYSTEM_FONTS)
    title_font = font if rng.random() < 0.5 else rng.choice(SYSTEM_FONTS)
    bullets = rng.sample(SLIDE_BULLETS, 2)
    return Look(
        font,
        title_font,
        accent,
        accent2,
        rng.choice(TITLE_BARS),
        rng.choice([26, 28, 30, 32]),
        rng.choice(body_sizes),
        bullets[0],
        bullets[1],
        rng.random() < 0.6,
        rng.random() < 0.75,
    )


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def tint(hex_colour: str, share: float) -> str:
    """The colour mixed with white (share 0 = colour, 1 = white), for light panels."""
    c = [int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(v + (255 - v) * share):02x}" for v in c)


def new_deck(widescreen: bool = True) -> tuple[Presentation, float, float]:
    """An empty presentation, 16:9 (13.33 x 7.5 in) or 4:3 (10 x 7.5 in); sizes in inches."""
    prs = Presentation()
    width = 13.333 if widescreen else 10.0
    prs.slide_width, prs.slide_height = Inches(width), Inches(7.5)
    return prs, width, 7.5


def blank(prs: Presentation, background: str | None = None):
    """A new slide on the blank layout, optionally with a solid background colour."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    if background:
        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = rgb(background)
    return slide


def rect(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str,
    line: str | None = None,
    shape=MSO_SHAPE.RECTANGLE,
):
    """A filled shape without text (bands, stripes, tiles, photo placeholders)."""
    shp = slide.shapes.add_shape(shape, Inches(x), Inches(y), Inches(w), Inches(h))
    shp.fill.solid()
    shp.fill.fore_color.rgb = rgb(fill)
    if line:
        shp.line.color.rgb = rgb(line)
        shp.line.width = Pt(0.75)
    else:
        shp.line.fill.background()
    shp.shadow.inherit = False
    return shp


def textbox(slide, x: float, y: float, w: float, h: float, anchor: str = "t"):
    """A wrapping, fixed-size text frame with small margins."""
    tf = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h)).text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = ANCHOR[anchor]
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(tf, side, Inches(0.05))
    return tf


def para(
    tf,
    text: str,
    font: str,
    size: float,
    colour: str = "#222222",
    bold: bool = False,
    italic: bool = False,
    align: str = "l",
    space_after: float = 0,
    first: bool = False,
):
    """Add (or, with first=True, fill the frame's first) paragraph holding one run."""
    p = tf.paragraphs[0] if first else tf.add_paragraph()
    p.alignment = ALIGN[align]
    run = p.add_run()
    run.text = text
    f = run.font
    f.name, f.size, f.bold, f.italic = font, Pt(size), bold, italic
    f.color.rgb = rgb(colour)
    if space_after:
        p.space_after = Pt(space_after)
    return p


def write(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    font: str,
    size: float,
    colour: str = "#222222",
    bold: bool = False,
    italic: bool = False,
    align: str = "l",
    anchor: str = "t",
):
    """One text box with one paragraph: titles, kickers, footers, owner lines."""
    tf = textbox(slide, x, y, w, h, anchor)
    para(tf, text, font, size, colour, bold, italic, align, first=True)
    return tf


def set_bullet(p, char: str, level: int, colour: str) -> None:
    """Give a paragraph a real bullet (a:buChar) at a level, with a hanging indent."""
    p.level = level
    ppr = p._p.get_or_add_pPr()
    step = int(Inches(0.38))
    ppr.set("marL", str(step * (level + 1)))
    ppr.set("indent", str(-int(Inches(0.3))))
    for tag in ("a:buClr", "a:buSzPct", "a:buFont", "a:buChar", "a:buNone"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    clr = ppr.makeelement(qn("a:buClr"), {})
    srgb = clr.makeelement(qn("a:srgbClr"), {"val": colour.lstrip("#").upper()})
    clr.append(srgb)
    font = ppr.makeelement(qn("a:buFont"), {"typeface": "DejaVu Sans"})
    buchar = ppr.makeelement(qn("a:buChar"), {"char": char})
    # schema order inside a:pPr: lnSpc, spcBef, spcAft, buClr..., buSzPct, buFont, buChar
    for el in (clr, font, buchar):
        ppr.append(el)


def bullets(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    items: list[tuple[str, int]],
    look: Look,
    size: float | None = None,
    colour: str = "#222222",
    gap: float = 8,
):
    """A bulleted text frame: items are (text, level); level 1 uses the smaller sub-bullet."""
    size = size or look.body_size
    tf = textbox(slide, x, y, w, h)
    for i, (text, level) in enumerate(items):
        s = size if level == 0 else size * 0.82
        p = para(
            tf,
            text,
            look.font,
            s,
            colour if level == 0 else "#444444",
            space_after=gap if level == 0 else gap / 2,
            first=i == 0,
        )
        set_bullet(
            p,
            look.bullet if level == 0 else look.sub_bullet,
            level,
            look.accent if level == 0 else "#666666",
        )
    return tf


def title_bar(
    slide,
    look: Look,
    width: float,
    title: str,
    kicker: str | None = None,
    size: float | None = None,
) -> float:
    """Draw a slide title in the deck's bar style; returns the y (in) where content starts."""
    size = fit_size(title, width - 1.4, size or look.title_size)
    on_dark = look.bar in ("band", "block")
    colour = "#ffffff" if on_dark else look.accent
    if look.bar == "band":
        rect(slide, 0, 0, width, 1.35, look.accent)
    elif look.bar == "block":
        rect(slide, 0, 0, width, 1.35, look.accent)
        rect(slide, 0, 1.35, width, 0.08, look.accent2)
    elif look.bar == "stripe":
        rect(slide, 0.45, 0.3, 0.12, 1.0, look.accent2)
    y = 0.18
    if kicker:
        kick = kicker.upper() if look.caps_kicker else kicker
        write(
            slide,
            0.7,
            0.12,
            width - 1.4,
            0.4,
            kick,
            look.font,
            12,
            tint(look.accent, 0.6) if on_dark else look.accent2,
            bold=True,
        )
        y = 0.45
    write(
        slide,
        0.7,
        y,
        width - 1.4,
        0.9,
        title,
        look.title_font,
        size,
        colour,
        bold=True,
        anchor="m" if not kicker else "t",
    )
    if look.bar == "underline":
        rect(slide, 0.7, 1.3, width - 1.4, 0.04, look.accent2)
    return 1.65


def fit_size(text: str, width: float, size: float, floor: float = 20) -> float:
    """A title size that keeps the title on one line of the bar (two at the floor size)."""
    while size > floor and len(text) * size * 0.63 / 72 > width * 0.95:
        size -= 1
    return size


def footer(
    slide,
    look: Look,
    width: float,
    height: float,
    left: str,
    number: int,
    right_text: str | None = None,
) -> None:
    """Small footer text with the slide number, as presenters' decks print it."""
    write(slide, 0.5, height - 0.45, width * 0.6, 0.3, left, look.font, 9, "#777777")
    label = right_text.format(n=number) if right_text else str(number)
    write(slide, width - 2.6, height - 0.45, 2.1, 0.3, label, look.font, 9, "#777777", align="r")


def divider(
    prs, look: Look, width: float, height: float, kicker: str, title: str, sub: str | None = None
):
    """A section-divider slide: kicker and big title on a coloured background."""
    if look.dark_divider:
        slide = blank(prs, look.accent)
        rect(slide, 0.8, 2.45, 1.4, 0.07, "#ffffff")
        fg, kc = "#ffffff", tint(look.accent, 0.55)
        x = 0.8
    else:
        slide = blank(prs, tint(look.accent, 0.9))
        rect(slide, 0, 0, width * 0.3, height, look.accent)
        fg, kc = look.accent, look.accent2
        x = width * 0.3 + 0.6
    kick = kicker.upper() if look.caps_kicker else kicker
    write(slide, x, 1.75, width - x - 0.6, 0.6, kick, look.font, 22, kc, bold=True)
    write(
        slide,
        x,
        2.7,
        width - x - 0.6,
        2.0,
        title,
        look.title_font,
        44 if width > 11 else 38,
        fg,
        bold=True,
    )
    if sub:
        write(
            slide,
            x,
            4.8,
            width - x - 0.8,
            1.8,
            sub,
            look.font,
            16,
            "#f0f0f0" if look.dark_divider else "#333333",
            italic=True,
        )
    return slide


def table(
    slide,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    look: Look,
    size: float = 11,
    row_height: float = 0.5,
):
    """A python-pptx table with a coloured header row and light banding."""
    shape = slide.shapes.add_table(
        len(rows),
        len(widths),
        Inches(x),
        Inches(y),
        Inches(sum(widths)),
        Inches(row_height * len(rows)),
    )
    tbl = shape.table
    for i, w in enumerate(widths):
        tbl.columns[i].width = Emu(int(Inches(w)))
    for r, row in enumerate(rows):
        tbl.rows[r].height = Emu(int(Inches(row_height if r else 0.45)))
        for c, value in enumerate(row):
            cell = tbl.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(
                look.accent if r == 0 else (tint(look.accent, 0.9) if r % 2 == 0 else "#ffffff")
            )
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            tf = cell.text_frame
            tf.word_wrap = True
            para(
                tf,
                value,
                look.font,
                size,
                "#ffffff" if r == 0 else "#222222",
                bold=r == 0,
                first=True,
            )
    return tbl


def title_slide(
    prs, look: Look, width: float, height: float, agency: str, title: str, subtitle: str
) -> None:
    """The opening slide: agency, plan title, a briefing line and a grey 'photo' panel."""
    slide = blank(prs)
    rect(slide, 0, 0, width * 0.42, height, look.accent)
    rect(slide, width * 0.42, height - 0.35, width * 0.58, 0.35, look.accent2)
    rect(slide, 0.6, 0.6, width * 0.42 - 1.2, 2.4, "#9a9a9a")  # stands in for a photo
    write(
        slide, 0.6, 3.3, width * 0.42 - 1.0, 1.4, agency, look.title_font, 26, "#ffffff", bold=True
    )
    x = width * 0.42 + 0.6
    write(slide, x, 2.2, width - x - 0.6, 1.8, title, look.title_font, 40, look.accent, bold=True)
    write(slide, x, 4.1, width - x - 0.6, 1.2, subtitle, look.font, 18, "#555555")


def agenda_slide(
    prs,
    look: Look,
    width: float,
    height: float,
    heading: str,
    items: list[str],
    number: int,
    foot: str,
) -> None:
    """An agenda slide (not nodes): numbered items naming the deck's sections."""
    slide = blank(prs)
    y = title_bar(slide, look, width, heading)
    tf = textbox(slide, 0.9, y + 0.2, width - 1.8, height - y - 1.0)
    for i, item in enumerate(items, 1):
        para(
            tf,
            f"{i:02d}   {item}",
            look.font,
            look.body_size + 2,
            "#333333",
            space_after=10,
            first=i == 1,
        )
    footer(slide, look, width, height, foot, number)


def mvv_slide(
    prs, look: Look, width: float, height: float, plan: dict, number: int, foot: str
) -> None:
    """Mission, vision and values on one slide: three labelled panels."""
    slide = blank(prs)
    y = title_bar(
        slide,
        look,
        width,
        rng_free_choice(plan, ("Who We Are", "Mission, Vision and Values", "Our Foundation")),
    )
    col = (width - 1.4 - 0.4) / 3
    blocks = [("Mission", plan["mission"]), ("Vision", plan["vision"])]
    for i, (label, text) in enumerate(blocks):
        x = 0.7 + i * (col + 0.2)
        rect(slide, x, y, col, height - y - 0.9, tint(look.accent, 0.9))
        write(
            slide,
            x + 0.15,
            y + 0.15,
            col - 0.3,
            0.5,
            label,
            look.title_font,
            20,
            look.accent,
            bold=True,
        )
        write(
            slide, x + 0.15, y + 0.75, col - 0.3, height - y - 1.8, text, look.font, 14, "#222222"
        )
    x = 0.7 + 2 * (col + 0.2)
    rect(slide, x, y, col, height - y - 0.9, look.accent)
    write(
        slide,
        x + 0.15,
        y + 0.15,
        col - 0.3,
        0.5,
        "Values",
        look.title_font,
        20,
        "#ffffff",
        bold=True,
    )
    tf = textbox(slide, x + 0.15, y + 0.75, col - 0.3, height - y - 1.8)
    for i, value in enumerate(plan["values"]):
        para(tf, value, look.font, 16, "#ffffff", bold=True, space_after=6, first=i == 0)
    footer(slide, look, width, height, foot, number)


def rng_free_choice(plan: dict, options: tuple[str, ...]) -> str:
    """A heading picked from the agency name, so no extra random draw shifts the deck."""
    return options[sum(map(ord, plan["agency"])) % len(options)]


def closing_slide(prs, look: Look, width: float, height: float, heading: str, contact: str) -> None:
    """The closing slide ("Questions?"): big type and a contact line."""
    slide = blank(prs, look.accent)
    write(
        slide,
        0.8,
        2.2,
        width - 1.6,
        1.6,
        heading,
        look.title_font,
        54,
        "#ffffff",
        bold=True,
        align="c",
    )
    write(
        slide, 0.8, 4.1, width - 1.6, 1.0, contact, look.font, 18, tint(look.accent, 0.7), align="c"
    )


def stats_slide(
    prs,
    look: Look,
    width: float,
    height: float,
    heading: str,
    stats: list[tuple[str, str]],
    number: int,
    foot: str,
) -> None:
    """Statistics tiles (not nodes): a big figure over a short caption."""
    slide = blank(prs)
    y = title_bar(slide, look, width, heading)
    n = len(stats)
    w = (width - 1.4 - 0.3 * (n - 1)) / n
    for i, (figure, caption) in enumerate(stats):
        x = 0.7 + i * (w + 0.3)
        rect(slide, x, y + 0.5, w, 3.4, tint(look.accent2, 0.85))
        write(
            slide,
            x,
            y + 0.8,
            w,
            1.3,
            figure,
            look.title_font,
            40,
            look.accent2,
            bold=True,
            align="c",
        )
        write(slide, x + 0.2, y + 2.2, w - 0.4, 1.5, caption, look.font, 14, "#333333", align="c")
    footer(slide, look, width, height, foot, number)


STAT_CAPTIONS = [
    ("{a},{b:03d}", "calls for service last year"),
    ("{s}", "sworn officers and deputies"),
    ("{m}.{d} min", "average priority-one response time"),
    ("{c}", "community meetings attended"),
    ("{p}%", "of residents who say they feel safe in their neighborhood"),
    ("{v}", "volunteer hours donated by residents"),
]


def make_stats(rng: random.Random, k: int = 3) -> list[tuple[str, str]]:
    """Invented headline figures for a 'where we are today' slide (not nodes)."""
    values = {
        "a": rng.randint(40, 160),
        "b": rng.randint(0, 999),
        "s": rng.randint(80, 420),
        "m": rng.randint(4, 9),
        "d": rng.randint(0, 9),
        "c": rng.randint(40, 260),
        "p": rng.randint(61, 88),
        "v": f"{rng.randint(2, 19)},{rng.randint(0, 999):03d}",
    }
    return [(fig.format(**values), cap) for fig, cap in rng.sample(STAT_CAPTIONS, k)]
