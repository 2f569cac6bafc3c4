"""Renderers of the non-plan negatives: one per producer, each printing the same elements.

``_nonplan_text`` writes a document once as elements; reportlab platypus, python-docx (via
LibreOffice Writer) and HTML (via Chromium) print the elements in their own idiom (Word heading
styles, CSS columns, platypus paragraphs); slides go through python-pptx and LibreOffice
Impress, forms are drawn on a reportlab canvas with entry boxes and checkboxes.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from ..spec import Doc

# --- reportlab platypus ------------------------------------------------------------------


def render_platypus(doc: Doc, out: Path) -> None:
    """Elements as platypus flowables: TrueType fonts (the equations print Greek letters)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from ..styles import reportlab_fonts

    st = doc.extras["style"]
    fonts = reportlab_fonts(random.Random(st["fonts"]), base14_share=0)
    size, accent = st["size"], colors.HexColor(st["accent"])
    body = ParagraphStyle(
        "b", fontName=fonts.regular, fontSize=size, leading=size * 1.3, spaceAfter=4
    )
    ps = {
        "title": ParagraphStyle(
            "t",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.8,
            leading=size * 2.2,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "byline": ParagraphStyle("y", parent=body, alignment=TA_CENTER, fontSize=size * 0.9),
        1: ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.35,
            leading=size * 1.7,
            spaceBefore=10,
            textColor=accent,
        ),
        2: ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.bold,
            fontSize=size * 1.1,
            leading=size * 1.4,
            spaceBefore=6,
        ),
        3: ParagraphStyle("h3", parent=body, fontName=fonts.bold_italic, spaceBefore=4),
        "item": ParagraphStyle("i", parent=body, leftIndent=18, bulletIndent=4),
        "caption": ParagraphStyle(
            "c", parent=body, fontName=fonts.italic, fontSize=size * 0.9, spaceBefore=4
        ),
        "eq": ParagraphStyle("e", parent=body, fontName=fonts.italic, alignment=TA_CENTER),
        "ref": ParagraphStyle(
            "r", parent=body, fontSize=size * 0.85, leftIndent=14, firstLineIndent=-14
        ),
    }
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.regular, size * 0.85),
            ("FONT", (0, 0), (-1, 0), fonts.bold, size * 0.85),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ]
    )
    story: list = []
    for el in doc.extras["elements"]:
        kind = el[0]
        if kind in ("title", "byline"):
            story.append(Paragraph(escape(el[1]), ps[kind]))
        elif kind == "h":
            story.append(Paragraph(escape(el[2]), ps[el[1]]))
        elif kind == "p":
            story.append(Paragraph(escape(el[1]), body))
        elif kind in ("ul", "ol"):
            for i, text in enumerate(el[1], start=1):
                mark = "\u2022" if kind == "ul" else f"{i}."
                story.append(Paragraph(escape(text), ps["item"], bulletText=mark))
        elif kind == "table":
            if el[1]:
                story.append(Paragraph(escape(el[1]), ps["caption"]))
            story += [Table(el[2], style=grid, hAlign="LEFT"), Spacer(1, 6)]
        elif kind == "figure":
            box = Table([[""]], colWidths=[4 * inch], rowHeights=[1.6 * inch])
            box.setStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d8d8d8"))])
            story += [box, Paragraph(escape(el[1]), ps["caption"])]
        elif kind == "eq":
            story.append(Paragraph(escape(el[1]), ps["eq"]))
        elif kind == "fields":
            for label, value in el[1]:
                story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", body))
        elif kind == "refs":
            story += [Paragraph(escape(r), ps["ref"]) for r in el[1]]
        elif kind == "break":
            story.append(PageBreak())
    page = A4 if st["a4"] else letter

    def folio(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.drawCentredString(page[0] / 2, 0.5 * inch, str(document.page))
        canvas.restoreState()

    SimpleDocTemplate(str(out), pagesize=page, invariant=1).build(
        story, onFirstPage=folio, onLaterPages=folio
    )


# --- python-docx via LibreOffice Writer --------------------------------------------------


def render_writer(doc: Doc, out: Path) -> None:
    """Elements in Word: Heading 1-3 styles, List Bullet, hand-typed numbered steps."""
    from docx.shared import Inches, Pt

    from ..producers import docx_pdf
    from ._neg_docx import new_document, para, rgb, shade, table

    st = doc.extras["style"]
    document = new_document(st["font"], st["size"])
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        style.font.name = st["font"]
        style.font.color.rgb = rgb(st["accent"])
        style.font.size = Pt(st["size"] * (1.5, 1.2, 1.05)[level - 1])
    for el in doc.extras["elements"]:
        kind = el[0]
        if kind == "title":
            para(document, el[1], bold=True, size=st["size"] * 2, colour=st["accent"])
        elif kind == "byline":
            para(document, el[1], size=st["size"] * 0.95)
        elif kind == "h":
            document.add_heading(el[2], level=el[1])
        elif kind == "p":
            para(document, el[1])
        elif kind == "ul":
            for text in el[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind == "ol":
            for i, text in enumerate(el[1], start=1):
                p = para(document, f"{i}. {text}")
                p.paragraph_format.left_indent = Inches(0.3)
        elif kind == "table":
            if el[1]:
                para(document, el[1], bold=True, size=st["size"] * 0.9)
            table(document, el[2], header_fill=st["accent"], size=st["size"] * 0.9)
            para(document, "")
        elif kind == "figure":
            box = document.add_table(rows=1, cols=1)
            shade(box.cell(0, 0), "#d8d8d8")
            box.rows[0].height = Inches(1.5)
            para(document, el[1], italic=True, size=st["size"] * 0.9)
        elif kind == "eq":
            para(document, el[1], italic=True, align="center")
        elif kind == "fields":
            for label, value in el[1]:
                p = document.add_paragraph()
                p.add_run(f"{label}: ").bold = True
                p.add_run(value)
        elif kind == "refs":
            for ref in el[1]:
                para(document, ref, size=st["size"] * 0.9)
        elif kind == "break":
            document.add_page_break()
    docx_pdf(document, out)


# --- HTML via Chromium -------------------------------------------------------------------


def render_chromium(doc: Doc, out: Path) -> None:
    """Elements as an HTML page, in one to three CSS columns after the masthead."""
    from ..producers import chromium_pdf
    from ._neg_html import esc, page

    st = doc.extras["style"]
    head, body = [], []
    for el in doc.extras["elements"]:
        kind = el[0]
        target = head if kind in ("title", "byline") and not body else body
        if kind == "title":
            target.append(f"<h1 class='title'>{esc(el[1])}</h1>")
        elif kind == "byline":
            target.append(f"<p class='byline'>{esc(el[1])}</p>")
        elif kind == "h":
            target.append(f"<h{el[1] + 1}>{esc(el[2])}</h{el[1] + 1}>")
        elif kind == "p":
            target.append(f"<p>{esc(el[1])}</p>")
        elif kind in ("ul", "ol"):
            target.append(f"<{kind}>" + "".join(f"<li>{esc(i)}</li>" for i in el[1]) + f"</{kind}>")
        elif kind == "table":
            caption = f"<caption>{esc(el[1])}</caption>" if el[1] else ""
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if r == 0 else 'td'}>{esc(c)}</{'th' if r == 0 else 'td'}>"
                    for c in row
                )
                + "</tr>"
                for r, row in enumerate(el[2])
            )
            target.append(f"<table>{caption}{rows}</table>")
        elif kind == "figure":
            target.append(
                f"<figure><div class='img'></div><figcaption>{esc(el[1])}</figcaption></figure>"
            )
        elif kind == "eq":
            target.append(f"<p class='eq'>{esc(el[1])}</p>")
        elif kind == "fields":
            target += [f"<p><b>{esc(k)}:</b> {esc(v)}</p>" for k, v in el[1]]
        elif kind == "refs":
            target.append(
                "<div class='refs'>" + "".join(f"<p>{esc(r)}</p>" for r in el[1]) + "</div>"
            )
        elif kind == "break":
            target.append("<div style='break-before:page'></div>")
    css = f"""
.title {{ font-size: 2em; text-align: center; margin-bottom: 0.1em; }}
.byline {{ text-align: center; margin: 0.1em 0; }}
.cols {{ columns: {st["columns"]}; column-gap: 0.3in; }}
h2 {{ font-size: 1.3em; }} h3 {{ font-size: 1.1em; }} h4 {{ font-size: 1em; font-style: italic; }}
table {{ break-inside: avoid; margin: 0.5em 0; }} caption {{ font-style: italic; }}
figure {{ margin: 0.5em 0; }} .img {{ height: 1.4in; background: #d8d8d8; }}
figcaption, .refs {{ font-size: 0.9em; }} .eq {{ text-align: center; font-style: italic; }}
"""
    html = page(st, "".join(head) + f"<div class='cols'>{''.join(body)}</div>", css)
    chromium_pdf(html, out)


# --- python-pptx via LibreOffice Impress -------------------------------------------------


def render_impress(doc: Doc, out: Path) -> None:
    """A lecture deck: a cover slide, bulleted slides with sub-bullets, a table slide."""
    from ..producers import pptx_pdf
    from ._pptx_kit import (
        blank,
        bullets,
        draw_look,
        footer,
        new_deck,
        rect,
        table,
        title_bar,
        write,
    )

    st = doc.extras["style"]
    look = draw_look(random.Random(st["fonts"]))
    prs, width, height = new_deck(widescreen=st["a4"])
    deck = doc.extras["elements"]
    course = deck[0][1]
    for number, slide_def in enumerate(deck, start=1):
        slide = blank(prs)
        if slide_def[0] == "cover":
            _, title, lecture, by = slide_def
            rect(slide, 0, height * 0.62, width, 0.08, look.accent)
            write(
                slide,
                0.8,
                1.6,
                width - 1.6,
                1.2,
                title,
                look.title_font,
                36,
                look.accent,
                bold=True,
            )
            write(slide, 0.8, 2.9, width - 1.6, 1.0, lecture, look.font, 26)
            write(slide, 0.8, height * 0.68, width - 1.6, 0.6, by, look.font, 16, "#555555")
            continue
        top = title_bar(slide, look, width, slide_def[1])
        if slide_def[0] == "bullets":
            bullets(slide, 0.8, top, width - 1.6, height - top - 0.8, slide_def[2], look)
        else:
            rows = slide_def[2]
            table(slide, 0.8, top + 0.2, [(width - 1.6) / len(rows[0])] * len(rows[0]), rows, look)
        footer(slide, look, width, height, course, number)
    pptx_pdf(prs, out)


# --- reportlab canvas forms --------------------------------------------------------------


def render_form(doc: Doc, out: Path) -> None:
    """A one- or two-page form: header band, checkboxes, parts of numbered lines with entry
    boxes (amount boxes for computation lines), certification, signature, office-use box."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    from ..styles import reportlab_fonts
    from ._canvas_kit import block, hexc, tint

    st = doc.extras["style"]
    fonts = reportlab_fonts(random.Random(st["fonts"]))
    spec = doc.extras["elements"]
    size, accent = st["size"] * 0.85, st["accent"]
    w, h = letter
    left, right = 40.0, w - 40.0
    c = Canvas(str(out), pagesize=letter, invariant=1)
    c.setFont(fonts.bold, size * 1.1)
    c.drawString(left, h - 50, spec["number"])
    c.setFont(fonts.regular, size)
    c.drawRightString(right, h - 50, spec["issuer"])
    c.setFillColor(hexc(accent))
    c.rect(left, h - 92, right - left, 30, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(fonts.bold, size * 1.6)
    c.drawCentredString(w / 2, h - 83, spec["title"])
    c.setFillColor(colors.black)
    y = block(c, spec["instructions"], left, h - 110, fonts.italic, size, right - left)
    x = left
    c.setFont(fonts.regular, size)
    for label in spec["checks"]:
        c.rect(x, y - 2, 9, 9)
        c.drawString(x + 13, y, label)
        x += 90
    y -= 22
    line_no = 1
    for part, title, lines in spec["parts"]:
        if y < 160:
            c.showPage()
            y = h - 60
        c.setFillColor(tint(accent, 0.2))
        c.rect(left, y - 5, right - left, 17, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(fonts.bold, size * 1.05)
        c.drawString(left + 4, y, f"{part}")
        c.drawString(left + 60, y, title)
        y -= 26
        amounts = "Computation" in title or "Tax" in title
        for label in lines:
            c.setFont(fonts.bold, size)
            c.drawString(left, y, str(line_no))
            c.setFont(fonts.regular, size)
            c.drawString(left + 18, y, label)
            box_x = right - 130 if amounts else left + 230
            c.rect(box_x, y - 4, right - box_x, 15)
            if amounts:
                c.setFont(fonts.bold, size)
                c.drawString(box_x - 16, y, str(line_no))
            y -= 22
            line_no += 1
        y -= 6
    if y < 150:
        c.showPage()
        y = h - 60
    y = block(c, spec["certify"], left, y, fonts.regular, size * 0.9, right - left) - 14
    c.line(left, y, left + 260, y)
    c.line(left + 300, y, right - 120, y)
    c.setFont(fonts.regular, size * 0.8)
    c.drawString(left, y - 10, "Signature")
    c.drawString(left + 300, y - 10, "Date")
    y -= 40
    c.setStrokeColor(colors.grey)
    c.rect(left, y - 40, right - left, 46)
    c.drawString(left + 6, y - 6, "For office use only")
    c.drawString(left + 6, y - 24, "Received by ____________   Date ________   Fee paid $______")
    c.showPage()
    c.save()


RENDERERS = {
    "reportlab-platypus": render_platypus,
    "libreoffice-writer": render_writer,
    "chromium": render_chromium,
    "libreoffice-impress": render_impress,
    "reportlab-canvas": render_form,
}
