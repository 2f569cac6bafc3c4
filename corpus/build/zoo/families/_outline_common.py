"""Shared pieces of the outline families (numbered, letter, plain, side headings).

Narrative that is not a node (introductions, process sections, quotes, appendices), the
platypus style sheet drawn from a document's seed, and field-line formatting. Kept here so the
four family modules stay short; the module name starts with "_" so the registry skips it.
"""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from ..content import Agency, person
from ..styles import reportlab_fonts

QUOTE_TITLES = [
    "Deputy Chief",
    "Assistant Chief",
    "Captain",
    "Commander",
    "Lieutenant",
    "Undersheriff",
    "Chief Deputy",
]
QUOTES = [
    "The plan is only as good as the conversations behind it, and we had hundreds of them.",
    "Residents told us what safety means on their block. This plan is our answer.",
    "We built these goals so that every employee can see where their work fits.",
    "Measuring what we do is how we earn the right to ask for the public's trust.",
    "Our officers asked for clear priorities. Now they have them in writing.",
    "None of this works without partners, and our partners helped write it.",
]
PROCESS_STEPS = [
    "a department-wide employee survey with {n} responses from sworn and professional staff",
    "{n} community listening sessions held in every district, in three languages",
    "interviews with city council members, the school district and county partners",
    "a review of five years of calls-for-service, crime and collision data",
    "two planning retreats of the command staff and employee association representatives",
    "an online comment period on the draft plan",
]
GLOSSARY = [
    ("CAD", "Computer-aided dispatch, the system that records and routes calls for service."),
    ("RMS", "Records management system, where incident and arrest reports are kept."),
    ("Hot spot", "A small place where crime or calls for service concentrate."),
    ("Co-responder", "A mental health clinician who attends crisis calls with an officer."),
    (
        "Focused deterrence",
        "A strategy that tells the few people driving violence about the "
        "consequences of further violence and offers them services.",
    ),
    ("FTE", "Full-time equivalent, a measure of staffing."),
]


def qualify(rng: random.Random, agency: Agency) -> str:
    """A pull-quote attribution: '— Deputy Chief Dana Maddox' (sheriffs get sheriff titles)."""
    titles = (
        QUOTE_TITLES
        if "Sheriff" not in agency.name
        else ["Undersheriff", "Chief Deputy", "Captain", "Commander"]
    )
    return f"\u2014 {rng.choice(titles)} {person(rng)}"


def quote(rng: random.Random, agency: Agency) -> tuple[str, str]:
    """A pull quote and its attribution (never a node)."""
    return rng.choice(QUOTES), qualify(rng, agency)


def intro_paragraphs(plan: dict, agency: Agency) -> list[str]:
    """The introduction section: what the plan is and why it exists (not a node)."""
    p = plan["period"]
    return [
        f"This document sets out the direction of the {plan['agency']} for {p['start']} "
        f"through {p['end']}. It describes the priorities we have chosen, the goals under each "
        "priority and the specific activities we will carry out to reach them.",
        f"{agency.city} has changed a great deal in the last decade. Calls for service have "
        "grown faster than staffing, residents expect more information about our work, and new "
        "technology has changed what is possible. The plan responds to each of these pressures.",
        f"The plan was approved by {agency.chief}, {agency.chief_title}, and will be reviewed "
        "each year, with progress published in an annual report to the community.",
    ]


def process_paragraphs(rng: random.Random) -> list[str]:
    """The 'How this plan was built' section (not a node)."""
    steps = rng.sample(PROCESS_STEPS, 4)
    steps = [s.replace("{n}", str(rng.choice([12, 18, 240, 310, 415]))) for s in steps]
    return [
        "The plan grew out of a year of listening. The planning team drew on "
        + "; ".join(steps[:-1])
        + "; and "
        + steps[-1]
        + ".",
        "Each priority was drafted by a working group of employees from different ranks and "
        "units, then tested against the budget forecast and the city's general plan.",
    ]


def overview_paragraph(plan: dict, n_words: str = "priorities") -> str:
    """The 'Plan Overview' paragraph: how the plan is organised (not a node)."""
    n = len(plan["pillars"])
    g = sum(len(x["goals"]) for x in plan["pillars"])
    a = sum(len(y["activities"]) for x in plan["pillars"] for y in x["goals"])
    return (
        f"The plan is organised into {n} {n_words}, {g} goals and {a} activities. Each "
        "activity names the unit that leads it and the date by which we expect to finish. "
        "Progress is reviewed quarterly by the command staff."
    )


def glossary(rng: random.Random, k: int = 4) -> list[tuple[str, str]]:
    return rng.sample(GLOSSARY, k)


def p_esc(text: str) -> str:
    return escape(text)


def styles(seed: float, size: float, accent: str, justify: bool):
    """A platypus style sheet (body, h1, h2, h3, small, quote, item) for one document."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    fonts = reportlab_fonts(random.Random(seed))
    acc = colors.HexColor(accent)
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=size,
        leading=size * 1.35,
        alignment=TA_JUSTIFY if justify else TA_LEFT,
        spaceAfter=6,
    )
    s = {"fonts": fonts, "accent": acc, "body": body}
    s["h1"] = ParagraphStyle(
        "h1",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 1.9,
        leading=size * 2.3,
        textColor=acc,
        spaceBefore=6,
        spaceAfter=10,
        alignment=TA_LEFT,
        keepWithNext=1,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 1.25,
        leading=size * 1.55,
        spaceBefore=10,
        spaceAfter=4,
        alignment=TA_LEFT,
        keepWithNext=1,
    )
    s["h3"] = ParagraphStyle(
        "h3",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 1.05,
        spaceBefore=6,
        spaceAfter=3,
        alignment=TA_LEFT,
        keepWithNext=1,
    )
    s["small"] = ParagraphStyle(
        "small",
        parent=body,
        fontSize=size * 0.85,
        leading=size * 1.1,
        textColor=colors.HexColor("#444444"),
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    s["quote"] = ParagraphStyle(
        "quote",
        parent=body,
        fontName=fonts.italic,
        fontSize=size * 1.3,
        leading=size * 1.7,
        textColor=acc,
        leftIndent=24,
        rightIndent=24,
        spaceBefore=10,
        alignment=TA_LEFT,
    )
    s["attrib"] = ParagraphStyle("attrib", parent=s["small"], leftIndent=24, spaceAfter=12)
    s["item"] = ParagraphStyle(
        "item",
        parent=body,
        leftIndent=18,
        bulletIndent=4,
        spaceAfter=2,
        alignment=TA_LEFT,
        bulletFontName=fonts.regular,
        bulletFontSize=size,
    )
    return s


def footer_fn(fonts, left: str, right_fmt: str = "{page}", size: float = 8):
    """An onPage callback drawing a running footer (not a node) and the page number."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, size)
        canvas.drawString(inch, 0.5 * inch, left)
        canvas.drawRightString(letter[0] - inch, 0.5 * inch, right_fmt.format(page=document.page))
        canvas.restoreState()

    return footer


def fields(act: dict, lead_key: str, time_key: str, sep: str) -> str:
    """An activity's field text: 'Lead: X; Target: FY2027' (leads joined with ', ')."""
    parts = []
    if act["leads"]:
        parts.append(f"{lead_key}: {', '.join(act['leads'])}")
    for m in act["milestones"]:
        parts.append(f"{time_key}: {m['text']}")
    return sep.join(parts)


def lower_roman(n: int) -> str:
    from ..content import roman

    return roman(n).lower()


def dedupe_goals(plan: dict) -> None:
    """Drop a pillar's goals whose title repeats an earlier one: content.make_plan reuses
    titles when a theme has fewer goal wordings than goals asked for, which no real plan does."""
    for pillar in plan["pillars"]:
        seen: set[str] = set()
        kept = []
        for goal in pillar["goals"]:
            if goal["title"] not in seen:
                seen.add(goal["title"])
                kept.append(goal)
        pillar["goals"] = kept
