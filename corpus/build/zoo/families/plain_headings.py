"""Plain headings (reportlab platypus): no level words and no numbers, only type sizes.

Pillars are large coloured headings (ALL CAPS in some documents), goals smaller bold
headings, activities dash or glyph bullets. Goal and activity fields ("Lead:", "Owner:") are
set in the same style as their value, not bold. A plan-at-a-glance box at the start lists the
pillar titles and a closing recap page lists every goal again (summary repeats, not nodes);
pull quotes with attributions ("— Deputy Chief X") sit between goals.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan
from ..spec import Doc, DocSpec, Family
from ..styles import TIMELINE_KEYS, colour
from . import _outline_common as oc

NAME = "plain-headings"
# (glyph, bullet font or None for the body font)
BULLETS = [
    ("\u2013", None),
    ("-", None),
    ("\u2022", None),
    ("\u25aa", None),
    ("n", "ZapfDingbats"),
    ("l", "ZapfDingbats"),
    ("\u2192", None),
]


def build(spec: DocSpec) -> Doc:
    """Content from the seed; pillar titles upper-cased in the gold when printed in caps."""
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(4, 5),
        goals=(2, 4),
        activities=(3, 4),
        goal_leads=0.8,
        activity_leads=0.7,
        milestones="timeline",
        front_matter=rng.random() < 0.7,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    caps = spec.options.get("caps", rng.random() < 0.5)
    if caps:
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    style = {
        "fonts": rng.random(),
        "size": rng.choice([10, 10.5, 11, 11.5]),
        "accent": colour(rng),
        "justify": rng.random() < 0.4,
        "caps": caps,
        "bullet": BULLETS[spec.options.get("bullet", rng.randrange(len(BULLETS)))],
        "goal_key": rng.choice(["Lead", "Owner"]),
        "lead_key": rng.choice(["Lead", "Owner", "Responsible"]),
        "time_key": rng.choice(TIMELINE_KEYS),
        "rule": rng.random() < 0.5,
    }
    quotes = [oc.quote(rng, agency) for _ in plan["pillars"]]
    extras = {"agency": agency, "style": style, "quotes": quotes}
    return Doc(spec.slug, NAME, "reportlab-platypus", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    glyph, font = st["bullet"]
    return [
        "No numbers and no level words: the levels are told apart by type only (pillars "
        + ("ALL CAPS, kept as printed, " if st["caps"] else "")
        + "large and coloured, goals "
        "smaller bold, activities bullets).",
        f"Bullet glyph '{glyph}'"
        + (f" in {font} (comes out as the letter in the text layer)" if font else "")
        + "; numbers are null throughout.",
        f"Goal leads '{st['goal_key']}: X' and activity fields '{st['lead_key']}: X · "
        f"{st['time_key']}: Y' in the same regular style as their values; the timeline is the "
        "activity's one milestone.",
        "Not nodes: the plan-at-a-glance box listing the pillar titles, the closing recap page "
        "listing every goal again, the pull quotes with attributions, the running footer.",
    ]


def glance(doc: Doc, s: dict, width: float):
    """The plan-at-a-glance box: every pillar title with its first sentence (a summary)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    bold = ParagraphStyle("gl", parent=s["body"], fontName=s["fonts"].bold, spaceAfter=0)
    rows = [
        [
            Paragraph(
                "OUR PLAN AT A GLANCE",
                ParagraphStyle("glh", parent=s["h2"], textColor=colors.white),
            )
        ]
    ]
    for pillar in doc.plan["pillars"]:
        first = (pillar["description"] or "").split(". ")[0].rstrip(".") + "."
        rows.append(
            [[Paragraph(oc.p_esc(pillar["title"]), bold), Paragraph(oc.p_esc(first), s["small"])]]
        )
    t = Table(rows, colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), s["accent"]),
                ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#eef1f4")),
                ("LINEBELOW", (0, 1), (-1, -2), 0.5, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return t


def recap(doc: Doc, s: dict) -> list:
    """The closing recap page: every goal again under its pillar (a summary repeat)."""
    from reportlab.platypus import Paragraph

    out = [Paragraph("Summary of Goals", s["h1"])]
    for pillar in doc.plan["pillars"]:
        out.append(Paragraph(oc.p_esc(pillar["title"]), s["h3"]))
        out += [
            Paragraph(oc.p_esc(g["title"]), s["item"], bulletText="\u2713") for g in pillar["goals"]
        ]
    out.append(
        Paragraph("Progress on every goal will be reported in the annual report.", s["small"])
    )
    return out


def goal_flow(goal: dict, st: dict, s: dict) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    glyph, font = st["bullet"]
    item = ParagraphStyle(
        "it",
        parent=s["item"],
        bulletFontName=font or s["fonts"].regular,
        bulletFontSize=s["body"].fontSize * (0.7 if font else 1),
        spaceAfter=1,
    )
    fl = ParagraphStyle("fl", parent=s["body"], leftIndent=18, spaceAfter=5)
    out = [Paragraph(oc.p_esc(goal["title"]), s["h2"])]
    if goal["leads"]:
        out.append(Paragraph(oc.p_esc(f"{st['goal_key']}: {', '.join(goal['leads'])}"), s["body"]))
    for act in goal["activities"]:
        out.append(Paragraph(oc.p_esc(act["text"]), item, bulletText=glyph))
        f = oc.fields(act, st["lead_key"], st["time_key"], " \u00b7 ")
        if f:
            out.append(Paragraph(oc.p_esc(f), fl))
    return out


def front(doc: Doc, s: dict, width: float) -> list:
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    plan, agency = doc.plan, doc.extras["agency"]
    out = [
        Spacer(1, 2 * inch),
        Paragraph(oc.p_esc(plan["title"]), s["h1"]),
        Paragraph(oc.p_esc(plan["agency"]), s["h2"]),
        PageBreak(),
    ]
    out += [Paragraph(oc.p_esc(t), s["body"]) for t in oc.intro_paragraphs(plan, agency)[:2]]
    if plan["mission"]:
        out += [
            Paragraph("Our Mission", s["h3"]),
            Paragraph(oc.p_esc(plan["mission"]), s["body"]),
            Paragraph("Our Vision", s["h3"]),
            Paragraph(oc.p_esc(plan["vision"]), s["body"]),
            Paragraph("Our Values", s["h3"]),
            Paragraph(oc.p_esc(", ".join(plan["values"])), s["body"]),
        ]
    return out + [Spacer(1, 12), glance(doc, s, width), PageBreak()]


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, SimpleDocTemplate

    st, plan = doc.extras["style"], doc.plan
    s = oc.styles(st["fonts"], st["size"], st["accent"], st["justify"])
    s["h1"] = ParagraphStyle(
        "big", parent=s["h1"], fontSize=st["size"] * 2.4, leading=st["size"] * 2.9
    )
    width = letter[0] - 2 * inch
    story = front(doc, s, width)
    for i, pillar in enumerate(plan["pillars"]):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(oc.p_esc(pillar["title"]), s["h1"]))
        if st["rule"]:
            story.append(HRFlowable(width="100%", color=s["accent"], thickness=2, spaceAfter=8))
        if pillar["description"]:
            story.append(Paragraph(oc.p_esc(pillar["description"]), s["body"]))
        for j, goal in enumerate(pillar["goals"]):
            story += goal_flow(goal, st, s)
            if j == 0:
                q, who = doc.extras["quotes"][i]
                story += [
                    Paragraph(oc.p_esc(f"\u201c{q}\u201d"), s["quote"]),
                    Paragraph(oc.p_esc(who), s["attrib"]),
                ]
    story += [PageBreak()] + recap(doc, s)
    foot = oc.footer_fn(s["fonts"], plan["agency"], "{page}")
    SimpleDocTemplate(
        str(out), pagesize=letter, title=plan["title"], author=plan["agency"], invariant=1
    ).build(story, onLaterPages=foot)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("plain-headings-1", 7201, "dev", {"caps": True}),
            DocSpec("plain-headings-2", 7202, "test", {"caps": False, "bullet": 4}),
            DocSpec("plain-headings-3", 7251, "dev", {"caps": False, "bullet": 4}),
            DocSpec("plain-headings-4", 7252, "dev", {"caps": True}),
        ],
        build,
        render,
    )
]
