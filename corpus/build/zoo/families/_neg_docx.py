"""Small python-docx helpers for the negatives and the policy-manual docx document.

Kept here (not in a shared module) so these families do not depend on another helper's
module while it changes: base font, run formatting, cell shading, header/footer with page
numbers, and simple tables.
"""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor


def new_document(font: str, size: float, margin: float = 1.0):
    """A Document whose Normal style uses ``font`` on every script slot."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font)
    style.paragraph_format.space_after = Pt(4)
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(margin)
        section.top_margin = section.bottom_margin = Inches(margin)
    return document


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def para(
    document_or_cell,
    text: str = "",
    bold: bool = False,
    size: float | None = None,
    colour: str | None = None,
    align: str | None = None,
    italic: bool = False,
    space_after: float | None = None,
):
    """Add one paragraph with a single formatted run."""
    p = document_or_cell.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = rgb(colour)
    if align:
        p.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hex_colour: str) -> None:
    """Fill a table cell with a background colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#"))
    tc_pr.append(shd)


def cell_text(
    cell, text: str, bold: bool = False, size: float | None = None, colour: str | None = None
) -> None:
    """Replace a cell's text with one formatted run."""
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = rgb(colour)


def table(
    document,
    rows: list[list[str]],
    header_fill: str | None = None,
    size: float | None = None,
    widths: list[float] | None = None,
):
    """A gridded table; the first row bold (and shaded when ``header_fill``)."""
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell_text(
                cell,
                value,
                bold=r == 0,
                size=size,
                colour="#FFFFFF" if r == 0 and header_fill else None,
            )
            if r == 0 and header_fill:
                shade(cell, header_fill)
            if widths:
                cell.width = Inches(widths[c])
    return t


def page_field(paragraph) -> None:
    """Append a PAGE field (the current page number) to a paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def header_footer(document, header: str, footer: str, size: float = 8) -> None:
    """A running header line and a footer 'footer — Page N' on every page."""
    section = document.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run(f"{footer} \u2014 Page ")
    run.font.size = Pt(size)
    page_field(fp)
