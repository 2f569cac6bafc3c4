"""Word-processor report (reportlab platypus): level words with numbers, fields on own lines.

Cover, contents page with dot leaders, chief's letter, mission/vision/values, then one section
per pillar: a kicker line ("FOCUS AREA 2") over the title, an intro paragraph, goals as
"<Word> 2.1: title" headings with an own-line goal lead, activities as bullets each followed
by a smaller italic field line ("Lead: X | Timeline: Q3 2026"). The reference family: others
copy its shape (build -> Doc, render -> PDF).
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import (
    GOAL_LEAD_KEYS,
    LEAD_KEYS,
    TIMELINE_KEYS,
    bullet,
    colour,
    level_words,
    reportlab_fonts,
)

NAME = "report-labelled"


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 4),
        activities=(2, 4),
        goal_leads=0.9,
        activity_leads=0.85,
        milestones="timeline",
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, ("arabic", "dotted"))
    words = level_words(rng, 2)
    style = {
        "words": words,
        "fonts": rng.random(),  # drawn again at render time from its own stream
        "size": rng.choice([9.5, 10, 10.5, 11, 12]),
        "accent": colour(rng),
        "bullet": bullet(rng),
        "lead_key": rng.choice(LEAD_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "timeline_key": rng.choice(TIMELINE_KEYS),
        "justify": rng.random() < 0.5,
        "caps_kicker": rng.random() < 0.7,
        "separator": rng.choice([" | ", "   ", "; "]),
    }
    notes = [
        f"Level words: pillars are '{words[0]} N', goals '{words[1]} N.M:'.",
        f"Goal leads on an own line '{style['goal_lead_key']}: ...'; activity fields on one "
        f"smaller italic line after the bullet: '{style['lead_key']}: X{style['separator']}"
        f"{style['timeline_key']}: Y'. The timeline is the activity's one milestone (period "
        "normalised, lead = the activity's first lead, or null).",
        "Not nodes: the contents page (dot leaders), the chief's letter, running footer.",
    ]
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style},
        notes,
    )


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    st = doc.extras["style"]
    rng = random.Random(st["fonts"])
    fonts = reportlab_fonts(rng)
    size = st["size"]
    accent = colors.HexColor(st["accent"])
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=size,
        leading=size * 1.35,
        alignment=TA_JUSTIFY if st["justify"] else TA_LEFT,
        spaceAfter=6,
    )
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 2,
        leading=size * 2.4,
        textColor=accent,
        spaceAfter=10,
        alignment=TA_LEFT,
    )
    kicker = ParagraphStyle(
        "kicker",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 0.9,
        textColor=colors.grey,
        spaceAfter=2,
        alignment=TA_LEFT,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=fonts.bold,
        fontSize=size * 1.3,
        leading=size * 1.6,
        spaceBefore=10,
        spaceAfter=4,
        alignment=TA_LEFT,
    )
    field = ParagraphStyle(
        "field",
        parent=body,
        fontName=fonts.italic,
        fontSize=size * 0.85,
        leftIndent=18,
        textColor=colors.HexColor("#444444"),
        spaceAfter=5,
    )
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=1)
    plan, agency = doc.plan, doc.extras["agency"]
    words = st["words"]

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(inch, 0.5 * inch, f"{plan['agency'].upper()}  |  {plan['title']}")
        canvas.drawRightString(letter[0] - inch, 0.5 * inch, str(document.page))
        canvas.restoreState()

    p = lambda text, style: Paragraph(escape(text), style)  # noqa: E731
    story = [Spacer(1, 2 * inch), p(plan["agency"], h1), p(plan["title"], h2), PageBreak()]
    story.append(p("Contents", h1))
    for i, pillar in enumerate(plan["pillars"]):
        dots = "." * 60
        story.append(
            p(f"{words[0]} {pillar['number']}: {pillar['title']} {dots} {5 + 2 * i}", body)
        )
    story += [
        PageBreak(),
        p("A Message from the " + agency.chief_title, h1),
        p(
            f"On behalf of the men and women of the {plan['agency']}, I am proud to share "
            f"our plan for the years {plan['period']['start']} through "
            f"{plan['period']['end']}. It was shaped by residents, employees and city "
            "leaders, and it sets out what we will do and how we will be held to it.",
            body,
        ),
        p(f"{agency.chief}, {agency.chief_title}", field),
        PageBreak(),
    ]
    story += [
        p("Our Mission", h2),
        p(plan["mission"], body),
        p("Our Vision", h2),
        p(plan["vision"], body),
        p("Our Values", h2),
    ]
    story += [Paragraph(escape(v), item, bulletText=st["bullet"]) for v in plan["values"]]
    for pillar in plan["pillars"]:
        story.append(PageBreak())
        label = f"{words[0]} {pillar['number']}"
        story.append(p(label.upper() if st["caps_kicker"] else label, kicker))
        story.append(p(pillar["title"], h1))
        if pillar["description"]:
            story.append(p(pillar["description"], body))
        for goal in pillar["goals"]:
            story.append(p(f"{words[1]} {goal['number']}: {goal['title']}", h2))
            if goal["leads"]:
                story.append(p(f"{st['goal_lead_key']}: {'; '.join(goal['leads'])}", field))
            for act in goal["activities"]:
                story.append(Paragraph(escape(act["text"]), item, bulletText=st["bullet"]))
                parts = []
                if act["leads"]:
                    parts.append(f"{st['lead_key']}: {', '.join(act['leads'])}")
                for m in act["milestones"]:
                    parts.append(f"{st['timeline_key']}: {m['text']}")
                if parts:
                    story.append(p(st["separator"].join(parts), field))
    SimpleDocTemplate(
        str(out), pagesize=letter, title=plan["title"], author=plan["agency"], invariant=1
    ).build(story, onLaterPages=footer)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("harbor-report-labelled", 101, "dev"),
            DocSpec("ridge-report-labelled", 102, "test"),
            DocSpec("creek-report-labelled", 151, "dev"),
            DocSpec("mesa-report-labelled", 152, "dev"),
        ],
        build,
        render,
    )
]
