"""Letter outline (reportlab platypus): compound numbering "A." / "A.1" / "A.1.1", "a)", "(i)".

Or the legal-outline scheme "I." / "A." / "1.". No level words. Pillar numbers (and in some
documents goal numbers) sit in a coloured badge box to the left of the title. The narrative
(message, introduction, pillar descriptions) is set in two columns; the outline itself in one.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, LEAD_KEYS, TIMELINE_KEYS, colour
from . import _outline_common as oc

NAME = "letter-outline"
# how each activity label is printed, from its gold number
CLOSERS = [
    "The goals below set out how the department will deliver on this priority between {start} "
    "and {end}, and who is accountable for each of them.",
    "Each goal that follows names the unit responsible for it and a date by which the work "
    "should be complete, so that progress can be reported openly every year until {end}.",
    "Work under this priority began before {start}; this plan gives it clear owners, target "
    "dates and a yearly report to the community through {end}.",
]
ACT_LABELS = {"compound": "{n}", "paren": "{n})", "roman": "({n})", "arabic": "{n}."}


def number_plan(plan: dict, scheme: str, act_style: str) -> None:
    """Gold numbers as printed, without the punctuation: 'A', 'A.1', 'a', 'i', 'I', '1'."""
    if scheme == "roman":
        number_levels(plan, ("roman", "upper", "arabic"))
        return
    number_levels(plan, ("upper", "letter-dotted", "letter-dotted"))
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            for i, act in enumerate(goal["activities"], 1):
                if act_style == "paren":
                    act["number"] = chr(96 + i)
                elif act_style == "roman":
                    act["number"] = oc.lower_roman(i)


def build(spec: DocSpec) -> Doc:
    """Content from the seed; the numbering scheme from the options, the rest from the seed."""
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(4, 5),
        goals=(3, 4),
        activities=(3, 4),
        goal_leads=0.7,
        activity_leads=0.85,
        milestones="timeline",
        front_matter=True,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    scheme = spec.options.get("scheme", "letter")
    act_style = "arabic" if scheme == "roman" else rng.choice(["compound", "paren", "roman"])
    act_style = spec.options.get("act_style", act_style)
    start, end = plan["period"]["start"], plan["period"]["end"]
    for pillar in plan["pillars"]:
        pillar["description"] += " " + rng.choice(CLOSERS).format(start=start, end=end)
    number_plan(plan, scheme, act_style)
    style = {
        "fonts": rng.random(),
        "size": rng.choice([9.5, 10, 10.5]),
        "accent": colour(rng),
        "justify": rng.random() < 0.6,
        "scheme": scheme,
        "act_style": act_style,
        "goal_badge": rng.random() < 0.5,
        "lead_key": rng.choice(LEAD_KEYS),
        "time_key": rng.choice(TIMELINE_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "sep": rng.choice(["; ", "\u00a0\u00a0\u00a0\u00a0", " | "]),
    }
    extras = {
        "agency": agency,
        "style": style,
        "quote": oc.quote(rng, agency),
        "process": oc.process_paragraphs(rng),
    }
    return Doc(spec.slug, NAME, "reportlab-platypus", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    labels = {
        "letter": "pillars 'A' (badge), goals 'A.1'",
        "roman": "pillars 'I' (badge), goals 'A.'",
    }[st["scheme"]]
    act = ACT_LABELS[st["act_style"]].format(n="x")
    return [
        f"No level words; {labels}, activities printed '{act}' (gold number without the "
        "parentheses or period)."
        + (" Goal numbers also sit in a coloured badge." if st["goal_badge"] else ""),
        "The badge is a separate table cell to the left of the title: the number comes before "
        "the title in the text layer but in another box.",
        f"Activity fields on a smaller line below: '{st['lead_key']}: X{st['sep']}"
        f"{st['time_key']}: Y'; the timeline is the activity's one milestone.",
        "Narrative (message, introduction, pillar descriptions) in two columns; the pillar "
        "description flows through both columns and is one description.",
        "Not nodes: the chief's message, the introduction, the pull quote, the running footer.",
    ]


def badge(number: str, title: str, s: dict, big: bool, width: float):
    """A coloured box holding the number, with the title in the cell to its right."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    head = s["h1"] if big else s["h2"]
    num = ParagraphStyle(
        "badge",
        parent=head,
        textColor=colors.white,
        alignment=TA_CENTER,
        spaceBefore=0,
        spaceAfter=0,
    )
    ttl = ParagraphStyle("btitle", parent=head, spaceBefore=0, spaceAfter=0)
    box = head.fontSize * (2.4 if len(number) < 3 else 3.4)
    t = Table(
        [[Paragraph(number, num), Paragraph(oc.p_esc(title), ttl)]], colWidths=[box, width - box]
    )
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), s["accent"]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    t.spaceBefore, t.spaceAfter, t.keepWithNext = (4 if big else 8), 6, True
    return t


def activity_flow(act: dict, st: dict, s: dict) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    label = ACT_LABELS[st["act_style"]].format(n=act["number"])
    indent = 40 if st["act_style"] == "compound" else 26
    item = ParagraphStyle(
        "act", parent=s["item"], leftIndent=indent + 14, bulletIndent=14, spaceAfter=1
    )
    out = [Paragraph(oc.p_esc(act["text"]), item, bulletText=label)]
    f = oc.fields(act, st["lead_key"], st["time_key"], st["sep"])
    if f:
        fl = ParagraphStyle(
            "fl", parent=s["small"], fontName=s["fonts"].italic, leftIndent=indent + 14
        )
        out.append(Paragraph(oc.p_esc(f), fl))
    return out


def goal_flow(goal: dict, st: dict, s: dict, width: float) -> list:
    from reportlab.platypus import Paragraph

    if st["goal_badge"]:
        out = [badge(goal["number"], goal["title"], s, False, width)]
    else:
        label = f"{goal['number']}." if st["scheme"] == "roman" else goal["number"]
        out = [Paragraph(f"{label}\u00a0\u00a0{oc.p_esc(goal['title'])}", s["h2"])]
    if goal["leads"]:
        out.append(
            Paragraph(oc.p_esc(f"{st['goal_lead_key']}: {', '.join(goal['leads'])}"), s["small"])
        )
    for act in goal["activities"]:
        out += activity_flow(act, st, s)
    return out


def narrative(doc: Doc, s: dict) -> list:
    """The two-column front: message from the chief, introduction, mission, vision, values."""
    from reportlab.platypus import Paragraph

    plan, agency = doc.plan, doc.extras["agency"]
    out = [Paragraph(oc.p_esc(f"A Message from the {agency.chief_title}"), s["h2"])]
    out += [Paragraph(oc.p_esc(t), s["body"]) for t in oc.intro_paragraphs(plan, agency)]
    out.append(Paragraph(oc.p_esc(f"{agency.chief}, {agency.chief_title}"), s["small"]))
    out.append(Paragraph("Our Planning Process", s["h2"]))
    out += [Paragraph(oc.p_esc(t), s["body"]) for t in doc.extras["process"]]
    q, who = doc.extras["quote"]
    out += [
        Paragraph(oc.p_esc(f"\u201c{q}\u201d"), s["quote"]),
        Paragraph(oc.p_esc(who), s["attrib"]),
    ]
    out += [
        Paragraph("Mission", s["h2"]),
        Paragraph(oc.p_esc(plan["mission"]), s["body"]),
        Paragraph("Vision", s["h2"]),
        Paragraph(oc.p_esc(plan["vision"]), s["body"]),
        Paragraph("Values", s["h2"]),
    ]
    out += [Paragraph(oc.p_esc(v), s["item"], bulletText="\u25aa") for v in plan["values"]]
    return out


def templates(doc: Doc, s: dict):
    """Page templates: 'one' column for the outline, 'two' columns for the narrative."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.platypus import Frame, PageTemplate

    plan = doc.plan
    w, h = letter
    foot = oc.footer_fn(
        s["fonts"], f"{plan['title'].upper()}  \u2014  {plan['agency']}", "Page {page}"
    )
    gap, col = 0.3 * inch, (w - 2 * inch - 0.3 * inch) / 2
    one = PageTemplate(
        "one", [Frame(inch, inch, w - 2 * inch, h - 2 * inch, id="body")], onPage=foot
    )
    two = PageTemplate(
        "two",
        [
            Frame(inch, inch, col, h - 2 * inch, id="left"),
            Frame(inch + col + gap, inch, col, h - 2 * inch, id="right"),
        ],
        onPage=foot,
    )
    cover = PageTemplate("cover", [Frame(inch, inch, w - 2 * inch, h - 2 * inch, id="cover")])
    return [cover, two, one], w - 2 * inch


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak, Paragraph, Spacer
    from reportlab.platypus.flowables import BalancedColumns

    st, plan = doc.extras["style"], doc.plan
    s = oc.styles(st["fonts"], st["size"], st["accent"], st["justify"])
    tmpl, width = templates(doc, s)
    story = [
        Spacer(1, 2.5 * inch),
        Paragraph(oc.p_esc(plan["agency"]), s["h1"]),
        Paragraph(oc.p_esc(plan["title"]), s["h2"]),
        NextPageTemplate("two"),
        PageBreak(),
    ]
    story += narrative(doc, s) + [NextPageTemplate("one"), PageBreak()]
    for pillar in plan["pillars"]:
        story.append(badge(pillar["number"], pillar["title"], s, True, width))
        if pillar["description"]:
            text = Paragraph(oc.p_esc(pillar["description"]), s["body"])
            story.append(
                BalancedColumns([text], nCols=2, innerPadding=18, spaceBefore=2, spaceAfter=6)
            )
        for goal in pillar["goals"]:
            story += goal_flow(goal, st, s, width)
        story.append(Spacer(1, 10))
    BaseDocTemplate(
        str(out), pageTemplates=tmpl, title=plan["title"], author=plan["agency"], invariant=1
    ).build(story)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("letter-outline-1", 7101, "dev", {"scheme": "letter", "act_style": "paren"}),
            DocSpec("letter-outline-2", 7102, "test", {"scheme": "roman"}),
            DocSpec("letter-outline-3", 7151, "dev", {"scheme": "roman"}),
            DocSpec("letter-outline-4", 7152, "dev", {"scheme": "letter", "act_style": "paren"}),
        ],
        build,
        render,
    )
]
