"""Numbered outline (reportlab platypus): "1." / "1.1" / "1.1.1" with no level words at all.

Pillars are "1. Title" headings; the introduction, "How this plan was built" and "Plan
Overview" sections before the body use the SAME heading style but are unnumbered (not
pillars), and an appendix follows the body. Goals are "1.1 Title" headings or bold run-in
"1.1 Title." followed by their description on the same line. Activities are "1.1.1" lines with
a hanging indent (the number in its own column), their fields either at the end of the line
("— Lead: X; Target: FY2027") or on an indented smaller line below.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, LEAD_KEYS, TIMELINE_KEYS, colour
from . import _outline_common as oc

NAME = "numbered-outline"
GOAL_BLURBS = [
    "We will report progress on this goal to the community every year.",
    "Success means a measurable change that residents can see by {end}.",
    "This goal builds on work already under way and gives it a clear owner.",
    "Meeting it depends on partners inside and outside city government.",
    "The activities below are funded in the current budget or by grants.",
]


def build(spec: DocSpec) -> Doc:
    """Content from the seed; numbers 1 / 1.1 / 1.1.1; a style drawn per document."""
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(4, 5),
        goals=(3, 4),
        activities=(3, 4),
        goal_leads=0.6,
        activity_leads=0.9,
        milestones="timeline",
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    number_levels(plan, ("arabic", "dotted", "dotted"))
    style = {
        "fonts": rng.random(),
        "size": rng.choice([9.5, 10, 10.5, 11]),
        "accent": colour(rng),
        "justify": rng.random() < 0.5,
        "goal_mode": rng.choice(["heading", "runin"]),
        "field_mode": rng.choice(["end", "below"]),
        "number_col": rng.choice(["table", "hang"]),
        "band": rng.random() < 0.4,
        "lead_key": rng.choice(LEAD_KEYS),
        "time_key": rng.choice(TIMELINE_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "sep": rng.choice(["; ", " | ", ", "]),
        "page_per_pillar": rng.random() < 0.6,
        "contents": rng.random() < 0.6,
    }
    style.update(spec.options)
    if style["goal_mode"] == "runin":
        end = plan["period"]["end"]
        for pillar in plan["pillars"]:
            for goal in pillar["goals"]:
                goal["description"] = rng.choice(GOAL_BLURBS).replace("{end}", str(end))
    extras = {
        "agency": agency,
        "style": style,
        "quote": oc.quote(rng, agency),
        "process": oc.process_paragraphs(rng),
        "glossary": oc.glossary(rng),
    }
    return Doc(spec.slug, NAME, "reportlab-platypus", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    goal = (
        "bold run-in '1.1 Title.' followed by the goal description on the same line "
        "(title without the closing period)"
        if st["goal_mode"] == "runin"
        else "'1.1 Title' headings"
    )
    where = (
        "at the end of the activity line after an em dash"
        if st["field_mode"] == "end"
        else "on an indented smaller line below it"
    )
    return [
        "No level words: pillars '1. Title' (number '1'), goals " + goal + ", activities "
        "'1.1.1' with a hanging indent (number in its own "
        + ("table column" if st["number_col"] == "table" else "hanging-indent gutter")
        + ").",
        f"Activity fields '{st['lead_key']}: X{st['sep']}{st['time_key']}: Y' are printed "
        f"{where}; the timeline is the activity's one milestone (lead = first activity lead).",
        f"Goal leads on an own line '{st['goal_lead_key']}: ...' when the goal has any.",
        "Not nodes: 'Introduction', 'How this plan was built' and 'Plan Overview' use the same "
        "heading style as the pillars but carry no number; the appendix (glossary, measures) "
        "after the body; the pull quote; the contents page (if any); the running footer.",
    ]


def heading(text: str, s: dict, band: bool, width: float):
    """The pillar heading style, shared by the unnumbered front sections and the appendix."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    if not band:
        return Paragraph(oc.p_esc(text), s["h1"])
    white = ParagraphStyle(
        "band", parent=s["h1"], textColor=colors.white, spaceAfter=0, spaceBefore=0
    )
    t = Table([[Paragraph(oc.p_esc(text), white)]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), s["accent"]),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    t.spaceAfter = 10
    t.keepWithNext = True
    return t


def activity_flow(act: dict, st: dict, s: dict, width: float):
    """One '1.1.1' activity with its fields, number in its own column."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    f = oc.fields(act, st["lead_key"], st["time_key"], st["sep"])
    text = oc.p_esc(act["text"])
    if f and st["field_mode"] == "end":
        text += f" <font size={s['body'].fontSize * 0.9}>\u2014 {oc.p_esc(f)}</font>"
    hang_mode = st["number_col"] == "hang"
    fl = ParagraphStyle("fl", parent=s["small"], leftIndent=50 if hang_mode else 10)
    extra = [Paragraph(oc.p_esc(f), fl)] if f and st["field_mode"] == "below" else []
    if hang_mode:
        hang = ParagraphStyle(
            "hang",
            parent=s["item"],
            leftIndent=40,
            bulletIndent=0,
            bulletFontName=s["fonts"].regular,
            bulletFontSize=s["body"].fontSize,
            spaceAfter=2 if extra else 5,
        )
        return [Paragraph(text, hang, bulletText=act["number"])] + extra
    cell = [Paragraph(text, ParagraphStyle("cell", parent=s["body"], spaceAfter=2))] + extra
    t = Table([[Paragraph(act["number"], s["body"]), cell]], colWidths=[44, width - 44])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [t]


def goal_flow(goal: dict, st: dict, s: dict, width: float) -> list:
    from reportlab.platypus import Paragraph

    if st["goal_mode"] == "runin":
        out = [
            Paragraph(
                f"<b>{goal['number']} {oc.p_esc(goal['title'])}.</b> "
                f"{oc.p_esc(goal['description'])}",
                s["body"],
            )
        ]
    else:
        out = [Paragraph(f"{goal['number']}\u00a0\u00a0{oc.p_esc(goal['title'])}", s["h2"])]
    if goal["leads"]:
        out.append(
            Paragraph(oc.p_esc(f"{st['goal_lead_key']}: {'; '.join(goal['leads'])}"), s["small"])
        )
    for act in goal["activities"]:
        out += activity_flow(act, st, s, width)
    return out


def front(doc: Doc, s: dict, width: float) -> list:
    """Cover, contents, and the unnumbered sections in the pillar heading style."""
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    plan, st, agency = doc.plan, doc.extras["style"], doc.extras["agency"]
    h = lambda t: heading(t, s, st["band"], width)  # noqa: E731
    story = [
        Spacer(1, 2.2 * inch),
        Paragraph(oc.p_esc(plan["agency"]), s["h1"]),
        Paragraph(oc.p_esc(plan["title"]), s["h2"]),
        PageBreak(),
    ]
    if st["contents"]:
        story.append(Paragraph("Contents", s["h2"]))
        rows = ["Introduction", "How this plan was built", "Plan Overview"]
        rows += [f"{p['number']}. {p['title']}" for p in plan["pillars"]] + ["Appendix"]
        story += [
            Paragraph(oc.p_esc(f"{r} {'.' * 40} {i + 3}"), s["body"]) for i, r in enumerate(rows)
        ]
        story.append(PageBreak())
    story.append(h("Introduction"))
    story += [Paragraph(oc.p_esc(t), s["body"]) for t in oc.intro_paragraphs(plan, agency)]
    if plan["mission"]:
        story += [
            Paragraph("Mission", s["h3"]),
            Paragraph(oc.p_esc(plan["mission"]), s["body"]),
            Paragraph("Vision", s["h3"]),
            Paragraph(oc.p_esc(plan["vision"]), s["body"]),
            Paragraph("Values", s["h3"]),
            Paragraph(oc.p_esc(" \u00b7 ".join(plan["values"])), s["body"]),
        ]
    story.append(h("How this plan was built"))
    story += [Paragraph(oc.p_esc(t), s["body"]) for t in doc.extras["process"]]
    q, who = doc.extras["quote"]
    story += [
        Paragraph(oc.p_esc(f"\u201c{q}\u201d"), s["quote"]),
        Paragraph(oc.p_esc(who), s["attrib"]),
    ]
    story.append(h("Plan Overview"))
    story.append(Paragraph(oc.p_esc(oc.overview_paragraph(plan)), s["body"]))
    return story


def appendix(doc: Doc, s: dict, width: float) -> list:
    from reportlab.platypus import Paragraph

    st = doc.extras["style"]
    out = [heading("Appendix A. Glossary", s, st["band"], width)]
    for term, meaning in doc.extras["glossary"]:
        out.append(Paragraph(f"<b>{oc.p_esc(term)}</b> \u2013 {oc.p_esc(meaning)}", s["body"]))
    out.append(Paragraph("Appendix B. Reporting Calendar", s["h2"]))
    out.append(
        Paragraph(
            "Quarterly progress reviews are held in January, April, July and "
            "October. The annual report is published each spring.",
            s["body"],
        )
    )
    return out


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    st, plan = doc.extras["style"], doc.plan
    s = oc.styles(st["fonts"], st["size"], st["accent"], st["justify"])
    width = letter[0] - 2 * inch
    story = front(doc, s, width)
    for i, pillar in enumerate(plan["pillars"]):
        if st["page_per_pillar"] or i == 0:
            story.append(PageBreak())
        story.append(heading(f"{pillar['number']}. {pillar['title']}", s, st["band"], width))
        if pillar["description"]:
            story.append(Paragraph(oc.p_esc(pillar["description"]), s["body"]))
        for goal in pillar["goals"]:
            story += goal_flow(goal, st, s, width)
    story += [PageBreak()] + appendix(doc, s, width)
    foot = oc.footer_fn(s["fonts"], f"{plan['agency']} \u2022 {plan['title']}")
    SimpleDocTemplate(
        str(out), pagesize=letter, title=plan["title"], author=plan["agency"], invariant=1
    ).build(story, onLaterPages=foot)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "numbered-outline-1", 7001, "dev", {"goal_mode": "heading", "field_mode": "end"}
            ),
            DocSpec(
                "numbered-outline-2", 7002, "dev", {"goal_mode": "runin", "field_mode": "below"}
            ),
            DocSpec(
                "numbered-outline-3", 7003, "test", {"goal_mode": "runin", "field_mode": "end"}
            ),
            DocSpec("numbered-outline-4", 7051, "dev", {"goal_mode": "runin", "field_mode": "end"}),
        ],
        build,
        render,
    )
]
