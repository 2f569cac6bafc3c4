"""A short plan typed as a memo (reportlab platypus): I. / A. / a. lines, inline owner and date.

A chief's or sheriff's one-to-three-page action plan with a memo header, as small agencies
circulate them; activities end with "(Lead: X; Target: Y)". The source of the zoo's scans.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from ..content import Shape, make_plan, number_levels, person
from ..spec import Doc, DocSpec, Family
from ..styles import LEAD_KEYS, TIMELINE_KEYS, reportlab_fonts

NAME = "memo-plan"


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(1, 3),
        goal_leads=0.0,
        activity_leads=1.0,
        milestones="timeline",
        pillar_descriptions=False,
        front_matter=False,
        ongoing=0.15,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, ("roman", "upper", "lower"))
    style = {
        "font_seed": rng.random(),
        "size": rng.choice([10, 10.5, 11]),
        "lead_key": rng.choice(LEAD_KEYS),
        "timeline_key": rng.choice(TIMELINE_KEYS),
        "to": person(rng),
    }
    notes = [
        "Memo header (TO / FROM / DATE / RE) and an opening paragraph are not nodes.",
        "Pillars 'I.' bold caps lines, goals 'A.' bold, activities 'a.' lines; each activity "
        f"ends with '({style['lead_key']}: X; {style['timeline_key']}: Y)' in the same type: "
        "the lead is the activity lead, the date its one milestone.",
        "Plan fields: no mission, vision or values are printed.",
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
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    st = doc.extras["style"]
    fonts = reportlab_fonts(random.Random(st["font_seed"]), base14_share=0.6)
    size = st["size"]
    plan, agency = doc.plan, doc.extras["agency"]
    body = ParagraphStyle(
        "b", fontName=fonts.regular, fontSize=size, leading=size * 1.3, spaceAfter=4
    )
    head = ParagraphStyle("h", parent=body, fontName=fonts.bold, spaceBefore=8)
    goal = ParagraphStyle("g", parent=head, leftIndent=18, spaceBefore=4)
    act = ParagraphStyle("a", parent=body, leftIndent=48, firstLineIndent=-14)
    story = [
        Paragraph(escape(plan["agency"].upper()), head),
        Paragraph(escape(plan["title"]), head),
        Spacer(1, 8),
    ]
    for key, value in (
        ("TO", st["to"] + ", City Manager"),
        ("FROM", f"{agency.chief}, {agency.chief_title}"),
        ("DATE", f"January 15, {plan['period']['start']}"),
        ("RE", "Department priorities and action plan"),
    ):
        story.append(Paragraph(f"<b>{key}:</b> {escape(value)}", body))
    story += [
        Spacer(1, 8),
        Paragraph(
            "This memo sets out the priorities the department will pursue over the plan period, "
            "with the action each unit owns and the date by which it is due. Progress will be "
            "reported to the council every quarter.",
            body,
        ),
    ]
    for pillar in plan["pillars"]:
        story.append(Paragraph(escape(f"{pillar['number']}. {pillar['title'].upper()}"), head))
        for g in pillar["goals"]:
            story.append(Paragraph(escape(f"{g['number']}. {g['title']}"), goal))
            for a in g["activities"]:
                fields = [f"{st['lead_key']}: {', '.join(a['leads'])}"] if a["leads"] else []
                fields += [f"{st['timeline_key']}: {m['text']}" for m in a["milestones"]]
                tail = f" ({'; '.join(fields)})" if fields else ""
                story.append(Paragraph(escape(f"{a['number']}. {a['text']}{tail}"), act))
    SimpleDocTemplate(str(out), pagesize=letter, title=plan["title"], invariant=1).build(story)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("memo-plan-1", 111, "dev"),
            DocSpec("memo-plan-2", 112, "test"),
            DocSpec("memo-plan-3", 161, "dev"),
        ],
        build,
        render,
    )
]
