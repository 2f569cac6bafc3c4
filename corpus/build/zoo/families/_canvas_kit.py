"""Drawing helpers shared by the reportlab-canvas families (poster, Gantt, unruled table).

On a bare canvas every string is placed by hand, so these helpers wrap text with the font's
own metrics, draw a wrapped block line after line (a gold string's lines stay together in the
content stream), and pick bullets the document's font can actually print.
"""

from __future__ import annotations

import random

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from ..styles import BULLETS


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by measured width (no hyphenation, so gold words stay whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines or [""]


def block(
    c,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    width: float,
    leading: float | None = None,
    fill=None,
    align: str = "left",
) -> float:
    """Draw ``text`` wrapped to ``width`` with its first baseline at ``y``; return the baseline
    below the last line (top-down layout: y decreases)."""
    leading = leading or size * 1.25
    c.setFont(font, size)
    if fill is not None:
        c.setFillColor(fill)
    for line in wrap(text, font, size, width):
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        elif align == "right":
            c.drawRightString(x + width, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


def height(text: str, font: str, size: float, width: float, leading: float | None = None) -> float:
    """The height a :func:`block` of this text takes."""
    return len(wrap(text, font, size, width)) * (leading or size * 1.25)


def has_glyph(font: str, ch: str) -> bool:
    """Whether a registered font prints ``ch`` (base-14 fonts: whether cp1252 encodes it)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is not None and hasattr(face, "charToGlyph"):
        return ord(ch) in face.charToGlyph
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def pick_bullet(rng: random.Random, font: str) -> tuple[str, str]:
    """A bullet as (kind, glyph): a drawn circle or square, a glyph of the body font, or a
    ZapfDingbats dingbat (which extracts as a stray letter, as in many real PDFs)."""
    kind = rng.choice(["circle", "square", "glyph", "glyph", "zapf"])
    if kind == "glyph":
        glyphs = [b for b in BULLETS if has_glyph(font, b)]
        return kind, rng.choice(glyphs)
    if kind == "zapf":
        return kind, rng.choice(["l", "n", "u", "4", "t"])
    return kind, ""


def draw_bullet(
    c, bullet: tuple[str, str], x: float, y: float, size: float, fill, font: str
) -> None:
    """Draw a bullet whose left edge is ``x`` on the text baseline ``y``."""
    kind, glyph = bullet
    c.saveState()
    c.setFillColor(fill)
    c.setStrokeColor(fill)
    if kind == "circle":
        c.circle(x + size * 0.22, y + size * 0.32, size * 0.2, stroke=0, fill=1)
    elif kind == "square":
        s = size * 0.36
        c.rect(x + size * 0.04, y + size * 0.32 - s / 2, s, s, stroke=0, fill=1)
    elif kind == "zapf":
        c.setFont("ZapfDingbats", size * 0.7)
        c.drawString(x, y + size * 0.05, glyph)
    else:
        c.setFont(font, size)
        c.drawString(x, y, glyph)
    c.restoreState()


def hexc(value: str):
    return colors.HexColor(value)


def tint(value: str, share: float):
    """The colour mixed with white: ``share`` 0 is white, 1 the colour itself."""
    col = colors.HexColor(value)
    return colors.Color(
        1 - (1 - col.red) * share, 1 - (1 - col.green) * share, 1 - (1 - col.blue) * share
    )


def website(agency_name: str) -> str:
    """An invented web address for the footer, from the agency's name."""
    words = agency_name.replace("'", "").split()
    if "Sheriff" in words:
        return f"www.{words[0].lower()}sheriff.org"
    return f"www.{''.join(w.lower() for w in words[:-2])}pd.gov"
