"""reportlab story of a policy directive (used by policy_manual.render).

The header is a boxed field table or a manual heading; sentences of one block share a
paragraph, list items hang under their lead-in. Every gold string is printed once, verbatim.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..spec import Doc


def bullet_font(st: dict, fonts) -> str:
    """The font of the list markers: a dingbat font for dingbat bullets, else the body font."""
    from .policy_manual import BULLET_FONTS

    return (st["list"] == "bullet" and BULLET_FONTS[st["bullet"]][0]) or fonts.regular


def styles_for(st: dict, fonts) -> dict:
    """Paragraph styles of one document, from its drawn size, alignment and accent."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    size = st["size"]
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=size,
        leading=size * 1.3,
        alignment=TA_JUSTIFY if st["justify"] else TA_LEFT,
        spaceAfter=6,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.4,
            leading=size * 1.7,
            alignment=TA_LEFT,
            spaceAfter=4,
        ),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.08,
            leading=size * 1.4,
            spaceBefore=8,
            spaceAfter=4,
            alignment=TA_LEFT,
            textColor=colors.HexColor(st["accent"]) if st["rule"] else colors.black,
        ),
        "item": ParagraphStyle(
            "item",
            parent=body,
            leftIndent=36,
            bulletIndent=16,
            spaceAfter=2,
            bulletFontName=bullet_font(st, fonts),
        ),
        "cell": ParagraphStyle(
            "cell",
            parent=body,
            fontSize=size * 0.9,
            leading=size * 1.15,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "cellb": ParagraphStyle(
            "cellb",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 0.9,
            leading=size * 1.15,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
    }


def header_table(doc: Doc, st: dict, ps: dict):
    """The boxed directive header: agency, manual name and Number / Subject / Effective fields."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    pillar, agency = doc.plan["pillars"][0], doc.extras["agency"]
    c, b = ps["cell"], ps["cellb"]
    rows = [
        [Paragraph(escape(agency.name), b), "", Paragraph("POLICY MANUAL", b), ""],
        [
            Paragraph("Policy Number:", b),
            Paragraph(escape(pillar["number"]), c),
            Paragraph("Effective Date:", b),
            Paragraph(st["effective"], c),
        ],
        [
            Paragraph("Subject:", b),
            Paragraph(escape(pillar["title"]), c),
            Paragraph("Approved By:", b),
            Paragraph(escape(f"{agency.chief}, {agency.chief_title}"), c),
        ],
        [
            Paragraph("Distribution:", b),
            Paragraph("All Personnel", c),
            Paragraph("Review Cycle:", b),
            Paragraph("Per accreditation schedule", c),
        ],
    ]
    table = Table(rows, colWidths=[90, 150, 90, 138])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (2, 0), (3, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def section_heading(goal: dict) -> str:
    """'842.3 Title', or 'B. Title' for lettered sections (the dot is not part of the number)."""
    number = goal["number"]
    if not number:
        return goal["title"]
    return f"{number}. {goal['title']}" if number.isalpha() else f"{number} {goal['title']}"


def policy_story(doc: Doc, st: dict, ps: dict, fonts) -> list:
    """Header, purpose paragraph, then each section's intro, paragraphs and lists."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    from .policy_manual import item_marker

    pillar = doc.plan["pillars"][0]
    story: list = []
    if st["header"] == "table":
        story += [header_table(doc, st, ps), Spacer(1, 12)]
    else:
        story.append(Paragraph(escape(f"{pillar['number']} - {pillar['title']}"), ps["title"]))
        story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=8))
    story.append(Paragraph(escape(pillar["description"]), ps["body"]))
    for goal in pillar["goals"]:
        story.append(Paragraph(escape(section_heading(goal)), ps["section"]))
        if st["rule"]:
            story.append(
                HRFlowable(
                    width="100%", thickness=0.4, color=colors.HexColor(st["accent"]), spaceAfter=4
                )
            )
        if goal["description"]:
            story.append(Paragraph(escape(goal["description"]), ps["body"]))
        for block in goal["_blocks"]:
            if block[0] == "p":
                text = " ".join(a["text"] for a in block[1])
                story.append(Paragraph(escape(text), ps["body"]))
                continue
            story.append(Paragraph(escape(block[1]["text"]), ps["body"]))
            for act in block[2]:
                story.append(
                    Paragraph(escape(act["text"]), ps["item"], bulletText=item_marker(act, st))
                )
            story.append(Spacer(1, 4))
    return story
