"""Style draws shared by the families: fonts, colours, level words, bullets, field labels.

Each family calls these with its document's ``random.Random``, so font, size, heading marks,
bullet glyphs and level vocabulary vary per document, not per family.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

# (regular, bold, italic, bold-italic) TrueType files shipped by Debian's fonts-dejavu and
# fonts-liberation; reportlab registers them under the family name.
TTF_FAMILIES = {
    "DejaVuSans": (
        "dejavu/DejaVuSans",
        "dejavu/DejaVuSans-Bold",
        "dejavu/DejaVuSans-Oblique",
        "dejavu/DejaVuSans-BoldOblique",
    ),
    "DejaVuSerif": (
        "dejavu/DejaVuSerif",
        "dejavu/DejaVuSerif-Bold",
        "dejavu/DejaVuSerif-Italic",
        "dejavu/DejaVuSerif-BoldItalic",
    ),
    "DejaVuSansCondensed": (
        "dejavu/DejaVuSansCondensed",
        "dejavu/DejaVuSansCondensed-Bold",
        "dejavu/DejaVuSansCondensed-Oblique",
        "dejavu/DejaVuSansCondensed-BoldOblique",
    ),
    "LiberationSans": (
        "liberation/LiberationSans-Regular",
        "liberation/LiberationSans-Bold",
        "liberation/LiberationSans-Italic",
        "liberation/LiberationSans-BoldItalic",
    ),
    "LiberationSerif": (
        "liberation/LiberationSerif-Regular",
        "liberation/LiberationSerif-Bold",
        "liberation/LiberationSerif-Italic",
        "liberation/LiberationSerif-BoldItalic",
    ),
    "LiberationSansNarrow": (
        "liberation/LiberationSansNarrow-Regular",
        "liberation/LiberationSansNarrow-Bold",
        "liberation/LiberationSansNarrow-Italic",
        "liberation/LiberationSansNarrow-BoldItalic",
    ),
}
BASE14 = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
}
# Fonts for HTML (Chromium) and office documents (LibreOffice), all installed by Debian.
SYSTEM_FONTS = [
    "DejaVu Sans",
    "DejaVu Serif",
    "Liberation Sans",
    "Liberation Serif",
    "Liberation Sans Narrow",
    "DejaVu Sans Condensed",
]

PILLAR_WORDS = [
    "Pillar",
    "Focus Area",
    "Priority Area",
    "Strategic Direction",
    "Goal",
    "Strategic Priority",
    "Priority",
    "Strategic Goal",
    "Commitment",
    "Theme",
]
GOAL_WORDS = ["Goal", "Objective", "Strategy", "Initiative", "Outcome", "Strategic Objective"]
ACTIVITY_WORDS = [
    "Action",
    "Action Item",
    "Tactic",
    "Strategy",
    "Key Result",
    "Activity",
    "Task",
    "Measure of Progress",
]

# Unicode bullets, dingbats, a private-use glyph (as Word's Symbol bullets come out) and dashes.
BULLETS = [
    "\u2022",
    "\u25cf",
    "\u25aa",
    "\u25a0",
    "\u2013",
    "-",
    "\u25e6",
    "\u27a2",
    "\u2713",
    "\u25b6",
    "\u2023",
    "\u2043",
]
LEAD_KEYS = [
    "Lead",
    "Owner",
    "Responsible",
    "Lead Unit",
    "Responsible Party",
    "Assigned To",
    "Champion",
    "Accountable",
]
GOAL_LEAD_KEYS = [
    "Goal Owner",
    "Goal Owner(s)",
    "Goal Lead",
    "Responsible Manager",
    "Lead Division",
    "Executive Sponsor",
]
TIMELINE_KEYS = [
    "Timeline",
    "Target",
    "Target Date",
    "Due",
    "Complete By",
    "Completion",
    "Target Completion",
    "Timeframe",
]
STATUS_KEYS = ["Status", "Current Status", "Progress"]
UPDATED_KEYS = ["Updated", "As of", "Last Updated", "Most recent update"]

PALETTE = [
    "#1f3a5f",
    "#7a1f2b",
    "#0f5e4d",
    "#4b2e83",
    "#b5561d",
    "#23395b",
    "#2f4f4f",
    "#8c6d1f",
    "#00507a",
    "#5c3c10",
    "#3a3a3a",
    "#006d77",
]


@dataclass(frozen=True)
class Fonts:
    """A reportlab font family registered under four face names."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@cache
def register_ttf(name: str) -> Fonts:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = []
    for i, path in enumerate(TTF_FAMILIES[name]):
        face = f"{name}-{('R', 'B', 'I', 'BI')[i]}"
        pdfmetrics.registerFont(TTFont(face, f"/usr/share/fonts/truetype/{path}.ttf"))
        faces.append(face)
    addMapping(name, 0, 0, faces[0])
    addMapping(name, 1, 0, faces[1])
    addMapping(name, 0, 1, faces[2])
    addMapping(name, 1, 1, faces[3])
    return Fonts(*faces)


def reportlab_fonts(rng: random.Random, base14_share: float = 0.3) -> Fonts:
    """A font family for a reportlab document: a base-14 font or a registered TrueType."""
    if rng.random() < base14_share:
        return Fonts(*BASE14[rng.choice(sorted(BASE14))])
    return register_ttf(rng.choice(sorted(TTF_FAMILIES)))


def colour(rng: random.Random) -> str:
    return rng.choice(PALETTE)


def level_words(rng: random.Random, depth: int = 2) -> list[str]:
    """Distinct level words for the top ``depth`` levels ("Goal" may be the top level)."""
    top = rng.choice(PILLAR_WORDS)
    second = rng.choice([w for w in GOAL_WORDS if w != top])
    words = [top, second]
    if depth > 2:
        words.append(rng.choice([w for w in ACTIVITY_WORDS if w not in words]))
    return words[:depth]


def bullet(rng: random.Random) -> str:
    return rng.choice(BULLETS)
