"""python-docx document of a policy directive (used by policy_manual.render_docx).

A Word policy template: a shaded field table as header, bold (optionally numbered) section
titles, sentences of one block in one paragraph, list items typed with their marker and a
hanging indent, a running header with the agency and policy number.
"""

from __future__ import annotations

from docx.shared import Inches, Pt

from ..spec import Doc
from ._neg_docx import cell_text, header_footer, new_document, para, shade

DOCX_BULLETS = ["\u2022", "\u2013", "\u25aa", "-", "\u25cf"]


def header_block(document, doc: Doc, st: dict) -> None:
    """The directive's field table: agency band, then Number / Subject / Effective / Approved."""
    pillar, agency = doc.plan["pillars"][0], doc.extras["agency"]
    t = document.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    band = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(
        band,
        f"{agency.name} \u2014 Policy and Procedure Manual",
        bold=True,
        size=12,
        colour="#FFFFFF",
    )
    shade(band, st["accent"])
    fields = [
        ("Policy Number", pillar["number"], "Effective Date", st["effective"]),
        ("Title", pillar["title"], "Approved By", f"{agency.chief}, {agency.chief_title}"),
        (
            "Applies To",
            "All sworn and professional staff",
            "Supersedes",
            "All prior orders on this subject",
        ),
    ]
    for r, row in enumerate(fields, 1):
        for c, value in enumerate(row):
            cell_text(t.cell(r, c), value, bold=c % 2 == 0, size=st["size"] - 1)
            if c % 2 == 0:
                shade(t.cell(r, c), "#E8E8E8")


def list_item(document, act: dict, st: dict, marker: str) -> None:
    """A list item typed with its marker and a tab, hanging-indented like Word's lists."""
    p = document.add_paragraph()
    p.paragraph_format.left_indent = Inches(0.75)
    p.paragraph_format.first_line_indent = Inches(-0.3)
    p.paragraph_format.space_after = Pt(2)
    p.add_run(f"{marker}\t{act['text']}")


def policy_document(doc: Doc, st: dict):
    """The whole Word document, ready for LibreOffice."""
    from .policy_manual import item_marker

    document = new_document(st["office_font"], st["size"])
    pillar = doc.plan["pillars"][0]
    header_footer(
        document, f"{doc.extras['agency'].name}    Policy {pillar['number']}", pillar["title"]
    )
    header_block(document, doc, st)
    para(document, "")
    para(document, pillar["description"], align="justify" if st["justify"] else None)
    for goal in pillar["goals"]:
        title = f"{goal['number']}  {goal['title']}" if goal["number"] else goal["title"]
        h = para(
            document,
            title,
            bold=True,
            size=st["size"] + 1.5,
            colour=st["accent"] if st["rule"] else None,
        )
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.keep_with_next = True
        if goal["description"]:
            para(document, goal["description"], italic=True)
        for block in goal["_blocks"]:
            if block[0] == "p":
                para(
                    document,
                    " ".join(a["text"] for a in block[1]),
                    align="justify" if st["justify"] else None,
                )
                continue
            para(document, block[1]["text"])
            for act in block[2]:
                marker = (
                    item_marker(act, st)
                    if act["number"]
                    else DOCX_BULLETS[st["bullet"] % len(DOCX_BULLETS)]
                )
                list_item(document, act, st, marker)
    return document
