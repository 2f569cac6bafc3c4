"""Shared pieces of the three table families (ruled, horizontal-rule, group-row action tables).

The material around a plan that is not a node: a cover, an executive summary, a contents page
with dot leaders (platypus TableOfContents, two passes), mission/vision/values, performance
measure boxes, a glossary appendix and a running footer with page numbers. Every style choice
comes from the document's seed, so two documents of one family still look different.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ..content import Agency
from ..spec import Node
from ..styles import PALETTE, Fonts, reportlab_fonts

GLOSSARY = {
    "ALPR": "Automated License Plate Reader",
    "ASD": "Administrative Services Division",
    "CAD": "Computer-Aided Dispatch",
    "CERT": "Community Emergency Response Team",
    "CEU": "Community Engagement Unit",
    "CID": "Criminal Investigations Division",
    "CIT": "Crisis Intervention Team",
    "CRU": "Crisis Response Unit",
    "FTO": "Field Training Officer",
    "HOT": "Homeless Outreach Team",
    "ICS": "Incident Command System",
    "KPI": "Key Performance Indicator",
    "OES": "Office of Emergency Services",
    "POST": "Peace Officer Standards and Training",
    "PSB": "Patrol Services Bureau",
    "PSU": "Professional Standards Unit",
    "RMS": "Records Management System",
    "RTCC": "Real-Time Crime Center",
    "SVU": "Special Victims Unit",
    "TSU": "Traffic Services Unit",
    "UAS": "Unmanned Aircraft System",
    "YSU": "Youth Services Unit",
    "EIS": "Early Intervention System",
    "MOU": "Memorandum of Understanding",
}

MEASURES = {
    "crime": [
        "Part I violent crime rate per 1,000 residents",
        "Number of crime guns recovered",
        "Clearance rate for aggravated assaults",
        "Repeat calls at hot spot locations",
    ],
    "traffic": [
        "Injury collisions on high-injury corridors",
        "DUI arrests per month",
        "Pedestrian-involved collisions",
    ],
    "community": [
        "Resident trust score in the annual survey",
        "Attendance at district meetings",
        "Active volunteers",
    ],
    "technology": [
        "Average time from call to dispatch",
        "Share of reports filed electronically",
        "System uptime",
    ],
    "wellness": [
        "Peer support contacts per quarter",
        "Employees completing a wellness check",
        "Overtime hours per sworn employee",
    ],
    "recruitment": [
        "Sworn vacancy rate",
        "Applicants per posted position",
        "Time from application to hire",
    ],
}
GENERIC_MEASURES = [
    "Milestones completed on schedule",
    "Quarterly progress reported to council",
    "Resident satisfaction with the service",
    "Cost per outcome achieved",
]

SUMMARY = (
    "This plan is the {agency}'s roadmap for {start} through {end}. It was shaped by a community "
    "survey, listening sessions in every district, and workshops with sworn and professional "
    "staff. Each priority below is broken into goals and concrete actions, and every action "
    "names the unit that owns it and when we expect to deliver. Progress will be reported to "
    "the City Council every six months and published on the department's website.",
    "Over the next {years} years the {agency} will concentrate its people and budget on a short "
    "list of commitments. The action tables in this document show who is accountable for each "
    "commitment and the milestones we will use to judge our progress. The plan will be reviewed "
    "each year and updated as conditions in {city} change.",
)


@dataclass
class Look:
    """The drawn style of one document: fonts, sizes, colours and heading marks."""

    fonts: Fonts
    size: float
    accent: str
    justify: bool
    pillar_mark: str  # "band", "kicker", "plain", "rule"
    caps: bool
    extras: dict[str, Any] = field(default_factory=dict)


def draw_look(rng: random.Random) -> Look:
    """Fonts, size, colour and heading marks drawn from the document's seed."""
    return Look(
        fonts=reportlab_fonts(rng),
        size=rng.choice([8.5, 9, 9.5, 10]),
        accent=rng.choice(PALETTE),
        justify=rng.random() < 0.5,
        pillar_mark=rng.choice(["band", "kicker", "plain", "rule"]),
        caps=rng.random() < 0.3,
    )


def tint(hex_colour: str, share: float):
    """The accent mixed with white (share 0 = white, 1 = the accent): shaded header rows."""
    from reportlab.lib import colors

    c = colors.HexColor(hex_colour)
    return colors.Color(
        1 - (1 - c.red) * share, 1 - (1 - c.green) * share, 1 - (1 - c.blue) * share
    )


def paragraph_styles(look: Look) -> dict[str, Any]:
    """The paragraph styles every table family uses, from the drawn look."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f, s = look.fonts, look.size
    accent = colors.HexColor(look.accent)
    body = ParagraphStyle(
        "body",
        fontName=f.regular,
        fontSize=s + 1,
        leading=(s + 1) * 1.35,
        alignment=TA_JUSTIFY if look.justify else TA_LEFT,
        spaceAfter=6,
    )
    return {
        "body": body,
        "cover": ParagraphStyle(
            "cover",
            parent=body,
            fontName=f.bold,
            fontSize=30,
            leading=36,
            textColor=accent,
            alignment=TA_LEFT,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=body,
            fontName=f.regular,
            fontSize=18,
            leading=23,
            textColor=colors.HexColor("#333333"),
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=f.bold,
            fontSize=s * 2.1,
            leading=s * 2.5,
            textColor=accent,
            spaceAfter=8,
            alignment=TA_LEFT,
        ),
        "kicker": ParagraphStyle(
            "kicker",
            parent=body,
            fontName=f.bold,
            fontSize=s,
            textColor=colors.grey,
            spaceAfter=1,
            alignment=TA_LEFT,
        ),
        "band": ParagraphStyle(
            "band",
            parent=body,
            fontName=f.bold,
            fontSize=s * 1.7,
            leading=s * 2.1,
            textColor=colors.white,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=f.bold,
            fontSize=s * 1.35,
            leading=s * 1.7,
            spaceBefore=12,
            spaceAfter=5,
            alignment=TA_LEFT,
            keepWithNext=1,
        ),
        "small": ParagraphStyle(
            "small",
            parent=body,
            fontSize=s * 0.9,
            leading=s * 1.15,
            alignment=TA_LEFT,
            textColor=colors.HexColor("#444444"),
        ),
        "cell": ParagraphStyle(
            "cell", parent=body, fontSize=s, leading=s * 1.22, alignment=TA_LEFT, spaceAfter=0
        ),
        "cellb": ParagraphStyle(
            "cellb",
            parent=body,
            fontName=f.bold,
            fontSize=s,
            leading=s * 1.22,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName=f.bold,
            fontSize=s,
            leading=s * 1.2,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "center": ParagraphStyle(
            "center", parent=body, fontSize=s, leading=s * 1.22, alignment=TA_CENTER, spaceAfter=0
        ),
        "toc0": ParagraphStyle(
            "toc0", parent=body, fontSize=s + 1, leading=(s + 1) * 1.6, alignment=TA_LEFT
        ),
    }


def para(text: str, style, toc: tuple[int, str] | None = None):
    """A Paragraph of plain text (escaped); ``toc`` marks a contents entry (level, text)."""
    from reportlab.platypus import Paragraph

    p = Paragraph(escape(text), style)
    if toc:
        p._toc = toc
    return p


def lines(texts: list[str], style, sep: str = "; "):
    """One table cell holding several printed values joined by a separator that keeps them
    apart when the cell wraps ("; ", " / ", or ";<br/>" for one value per line)."""
    from reportlab.platypus import Paragraph

    return Paragraph(sep.join(escape(t) for t in texts), style)


def sep_name(sep: str) -> str:
    """How a lead separator reads in the notes."""
    return "one per line after ';'" if "<br/>" in sep else repr(sep)


def cover(plan: Node, agency: Agency, look: Look, st: dict, width: float) -> list:
    """A cover page: agency, title, a grey 'photo' box and the chief's name (no footer)."""
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    photo = Table([[""]], colWidths=[width], rowHeights=[150])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c9ccd1"))]))
    out = [
        Spacer(1, 60),
        para(plan["agency"], st["cover"]),
        Spacer(1, 10),
        para(plan["title"], st["subtitle"]),
        Spacer(1, 24),
        photo,
        Spacer(1, 24),
        para(f"{agency.chief}, {agency.chief_title}", st["small"]),
    ]
    return out + [PageBreak()]


def summary_page(
    plan: Node, agency: Agency, rng: random.Random, st: dict, with_contents: bool
) -> list:
    """Executive summary paragraph(s) and, optionally, a contents page with dot leaders."""
    from reportlab.platypus import PageBreak
    from reportlab.platypus.tableofcontents import TableOfContents

    start, end = plan["period"]["start"], plan["period"]["end"]
    fill = {
        "agency": plan["agency"],
        "start": start,
        "end": end,
        "years": end - start + 1,
        "city": agency.city,
    }
    out = []
    if with_contents:
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [st["toc0"]]
        out += [para("Contents", st["h1"]), toc, PageBreak()]
    out += [para("Executive Summary", st["h1"], (0, "Executive Summary"))]
    out += [para(t.format(**fill), st["body"]) for t in rng.sample(SUMMARY, 2)]
    out.append(para(f"\u2014 {agency.chief}, {agency.chief_title}", st["small"]))
    return out


def mvv(plan: Node, st: dict) -> list:
    """Mission, vision and values, when the gold holds them."""
    if not plan["mission"]:
        return []
    out = [
        para("Our Mission", st["h2"]),
        para(plan["mission"], st["body"]),
        para("Our Vision", st["h2"]),
        para(plan["vision"], st["body"]),
        para("Our Values", st["h2"]),
    ]
    return out + [para(", ".join(plan["values"]), st["body"])]


def measures_box(
    rng: random.Random,
    theme: str,
    look: Look,
    st: dict,
    width: float,
    label: str = "Performance Measures",
):
    """A shaded box of performance measures under a goal: context, not a node."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    pool = MEASURES.get(theme, GENERIC_MEASURES)
    picked = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
    body = [para(label, st["cellb"])] + [para(f"\u2013 {m}", st["cell"]) for m in picked]
    box = Table([[body]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint(look.accent, 0.08)),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(look.accent)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    box.spaceBefore, box.spaceAfter = 6, 8
    return box


def measures_text(rng: random.Random, theme: str) -> str:
    """The measures as one sentence, for a table row or paragraph."""
    pool = MEASURES.get(theme, GENERIC_MEASURES)
    return "; ".join(rng.sample(pool, min(len(pool), 2)))


def glossary(plan: Node, st: dict, width: float, look: Look) -> list:
    """Appendix A: the acronyms the plan uses (lead codes and common terms), after the plan."""
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Table, TableStyle

    used = {
        w.strip(".,()")
        for p in plan["pillars"]
        for g in p["goals"]
        for a in g["activities"]
        for w in [*a["leads"], *a["text"].split()]
    }
    terms = sorted(k for k in GLOSSARY if k in used or k in ("CAD", "RMS", "KPI", "MOU"))
    rows = [[para(k, st["cellb"]), para(GLOSSARY[k], st["cell"])] for k in terms]
    table = Table(rows, colWidths=[width * 0.2, width * 0.8])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    head = para("Appendix A: Glossary of Acronyms", st["h1"], (0, "Appendix A: Glossary"))
    return [
        PageBreak(),
        head,
        para("Acronyms used in this plan and in its action tables.", st["body"]),
        table,
    ]


def pillar_heading(
    label: str, title: str, look: Look, st: dict, width: float, toc: bool = True
) -> list:
    """A pillar heading in the drawn mark: a coloured band, a kicker line, plain or ruled."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Table, TableStyle

    entry = (0, f"{label} {title}".strip()) if toc else None
    if look.pillar_mark == "band":
        cell = para(f"{label} {title}".strip(), st["band"], entry)
        band = Table([[cell]], colWidths=[width])
        band.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(look.accent)),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        band._toc = entry
        band.spaceAfter = 8
        return [band]
    if look.pillar_mark == "kicker" and label:
        return [para(label.upper(), st["kicker"]), para(title, st["h1"], entry)]
    out = [para(f"{label} {title}".strip(), st["h1"], entry)]
    if look.pillar_mark == "rule":
        out.append(
            HRFlowable(
                width="100%", thickness=1.5, color=colors.HexColor(look.accent), spaceAfter=8
            )
        )
    return out


def build_pdf(
    out: Path, story: list, plan: Node, look: Look, pagesize, two_pass: bool, margin: float = 54
) -> None:
    """A two-template document (cover without footer, body with a running footer) and, when
    it has a contents page, platypus's two-pass build so the page numbers are true."""
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:
            entry = getattr(flowable, "_toc", None)
            if entry:
                self.notify("TOCEntry", (entry[0], entry[1], self.page))

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(look.fonts.regular, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(margin, margin * 0.5, f"{plan['agency']}  \u2022  {plan['title']}")
        canvas.drawRightString(pagesize[0] - margin, margin * 0.5, f"Page {document.page}")
        canvas.restoreState()

    doc = Doc(
        str(out),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=plan["title"],
        author=plan["agency"],
        invariant=1,
    )
    frame = Frame(margin, margin, pagesize[0] - 2 * margin, pagesize[1] - 2 * margin, id="f")
    doc.addPageTemplates(
        [PageTemplate("cover", [frame]), PageTemplate("body", [frame], onPage=footer)]
    )
    story = [NextPageTemplate("body"), *story]
    if two_pass:
        doc.multiBuild(story)
    else:
        doc.build(story)
