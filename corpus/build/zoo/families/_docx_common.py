"""Shared python-docx helpers for the docx families (heading styles, tables, annual report).

Word documents differ from reportlab ones in how their structure is carried: paragraph styles
(Heading 1-3, List Bullet), run-level bold keys, tab leaders and merged, shaded table cells.
These helpers draw fonts, sizes and colours per document and write the narrative around the
plan (cover, contents, chief's letter, front matter) that is printed but is not a node.
"""

from __future__ import annotations

import random
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor, Twips

from ..content import Agency
from ..spec import Node
from ..styles import PALETTE, SYSTEM_FONTS

HEADINGS = ("Heading 1", "Heading 2", "Heading 3")


def draw_style(rng: random.Random) -> dict[str, Any]:
    """Fonts, sizes and colours of one document, drawn from its seed."""
    body_font = rng.choice(SYSTEM_FONTS)
    head_font = rng.choice([body_font, rng.choice(SYSTEM_FONTS)])
    size = rng.choice([10, 10.5, 11, 11, 12])
    return {
        "body_font": body_font,
        "head_font": head_font,
        "size": size,
        "h_sizes": [
            size + rng.choice([6, 8, 10]),
            size + rng.choice([2, 3, 4]),
            size + rng.choice([0, 1, 2]),
        ],
        "h_colours": [rng.choice(PALETTE), rng.choice(PALETTE), rng.choice(PALETTE + ["#000000"])],
        "h_caps": rng.random() < 0.25,  # Heading 1 in small caps-like ALL CAPS via the style
        "justify": rng.random() < 0.4,
        "accent": rng.choice(PALETTE),
        "margin": rng.choice([0.8, 0.9, 1.0, 1.1]),
    }


def caps_titles(plan: Node, st: dict[str, Any]) -> None:
    """Heading 1 in ALL CAPS prints pillar titles in capitals: the gold keeps them as printed."""
    if st["h_caps"]:
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()


def fix_table(table, widths: list[float]) -> None:
    """Column widths on the grid and every cell (LibreOffice reads the grid), and rows that
    do not split across pages, as a careful Word user sets them."""
    for col, w in zip(table.columns, widths, strict=True):
        col.width = Inches(w)
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Inches(w)


def set_font(style, name: str) -> None:
    """Name the font on every script slot and drop the theme fonts that would override it."""
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def new_document(st: dict[str, Any]):
    """A Document with the drawn fonts on Normal and the headings, sizes and colours set."""
    doc = Document()
    for section in doc.sections:
        section.left_margin = section.right_margin = Inches(st["margin"])
        section.top_margin = section.bottom_margin = Inches(0.9)
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    normal = doc.styles["Normal"]
    set_font(normal, st["body_font"])
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(6)
    for i, name in enumerate(HEADINGS):
        style = doc.styles[name]
        set_font(style, st["head_font"])
        style.font.size = Pt(st["h_sizes"][i])
        style.font.color.rgb = rgb(st["h_colours"][i])
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.space_before = Pt([18, 12, 8][i])
    doc.styles["Heading 1"].font.all_caps = st["h_caps"]
    for name in ("Title", "List Bullet", "List Number"):
        set_font(doc.styles[name], st["body_font"] if name != "Title" else st["head_font"])
    return doc


def body(doc, text: str, st: dict[str, Any], **kw):
    """A Normal paragraph, justified when the document's draw says so."""
    par = doc.add_paragraph(text, kw.get("style"))
    if st["justify"] and not kw.get("style"):
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def key_line(
    doc,
    pairs: list[tuple[str, str]],
    bold_keys: bool = True,
    sep: str = "",
    indent: float = 0.0,
    italic: bool = False,
    size: float | None = None,
):
    """One paragraph of run-in fields "Key: value" (keys bold or in the value's style)."""
    par = doc.add_paragraph()
    par.paragraph_format.space_after = Pt(2)
    if indent:
        par.paragraph_format.left_indent = Inches(indent)
    for i, (key, value) in enumerate(pairs):
        if i and sep:
            par.add_run(sep)
        k = par.add_run(f"{key}: ")
        k.bold = bold_keys
        v = par.add_run(value)
        for run in (k, v):
            run.italic = italic
            if size:
                run.font.size = Pt(size)
    return par


def numbered(doc, number: str, text: str, indent: float = 0.25, hanging: float = 0.3):
    """A typed-number paragraph with a hanging indent ("1.<tab>Deploy ..."), as Word users
    type them when auto-numbering misbehaves."""
    par = doc.add_paragraph()
    fmt = par.paragraph_format
    fmt.left_indent = Inches(indent + hanging)
    fmt.first_line_indent = Inches(-hanging)
    fmt.tab_stops.add_tab_stop(Inches(indent + hanging))
    fmt.space_after = Pt(2)
    par.add_run(f"{number}\t{text}")
    return par


def add_footer(doc, text: str) -> None:
    """A running footer: a text and a PAGE field, right-aligned by a tab."""
    for section in doc.sections:
        par = section.footer.paragraphs[0]
        width = section.page_width - section.left_margin - section.right_margin - Inches(0.05)
        tabs = par.paragraph_format.tab_stops
        for pos in (4680, 9360):  # the Footer style's centre and right tabs, cleared
            tabs.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run = par.add_run(text + "\t")
        run.font.size = Pt(8)
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        inner = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        inner.append(t)
        field.append(inner)
        par._p.append(field)


def toc(doc, entries: list[tuple[str, int, int]], typed_dots: bool, width: float) -> None:
    """A contents page: entries (text, page, level) with a dot-leader tab or typed dots."""
    doc.add_paragraph("Table of Contents", "Title")
    for text, page, level in entries:
        par = doc.add_paragraph()
        par.paragraph_format.left_indent = Inches(0.3 * level)
        par.paragraph_format.space_after = Pt(3)
        if typed_dots:
            dots = "." * max(4, 70 - len(text) - 4 * level)
            par.add_run(f"{text} {dots} {page}")
        else:
            par.paragraph_format.tab_stops.add_tab_stop(
                Inches(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            par.add_run(f"{text}\t{page}").bold = level == 0
    page_break(doc)


def cover(doc, st: dict[str, Any], agency: Agency, lines: list[str], rng: random.Random) -> None:
    """A plain Word cover: agency, title lines, a grey 'photo' band, city and date."""
    for _ in range(rng.randint(3, 6)):
        doc.add_paragraph()
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run(lines[0])
    run.bold, run.font.size = True, Pt(st["h_sizes"][0] + 6)
    run.font.color.rgb = rgb(st["accent"])
    for line in lines[1:]:
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(line)
        run.font.size = Pt(st["h_sizes"][1] + 2)
    band = doc.add_table(rows=1, cols=1)
    band.alignment = WD_TABLE_ALIGNMENT.CENTER
    shade(band.cell(0, 0), rng.choice(["D9D9D9", "BFBFBF", "E7E6E6"]))
    band.cell(0, 0).paragraphs[0].add_run("\n\n\n\n\n\n")
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run(f"{agency.chief}, {agency.chief_title}").italic = True
    page_break(doc)


def shade(cell, fill: str) -> None:
    """Background fill of a table cell (w:shd), as Word's shading button writes it."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    tc_pr.append(shd)


def repeat_header(row) -> None:
    """Mark a table row as a header row repeated on every page the table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


LETTER = [
    "It is my privilege to present the {title} of the {agency}. This plan is the product of "
    "many months of listening: to residents at community meetings, to business owners, to "
    "our partners in city government and, most of all, to the employees who answer the call "
    "every day.",
    "Our city is changing. Calls for service have grown, the expectations of the people we "
    "serve have risen, and the tools available to us have changed more in five years than in "
    "the previous twenty. A plan gives us a way to choose where to invest our time and our "
    "budget, and a way for the public to hold us to those choices.",
    "The priorities in the pages that follow are not new ideas imposed from the top. They came "
    "from a survey answered by more than {n} residents, from focus groups with officers and "
    "professional staff, and from a steering committee that met monthly over the past year.",
    "Each goal names the people responsible for it and a date by which we expect to deliver. "
    "We will report on our progress every year, and we will change course when the evidence "
    "tells us to.",
    "Thank you for your trust and your partnership. I look forward to the work ahead.",
]


def chief_letter(
    doc,
    st: dict[str, Any],
    agency: Agency,
    plan: Node,
    rng: random.Random,
    heading: str = "Heading 1",
) -> None:
    """A one-page letter from the chief or sheriff, signed (not a node)."""
    doc.add_paragraph(
        rng.choice(
            [
                "A Message from the " + agency.chief_title,
                "Letter from the " + agency.chief_title,
                "From the Desk of the " + agency.chief_title,
            ]
        ),
        heading,
    )
    body(doc, rng.choice(["Dear Residents,", "To the community we serve,", "Friends,"]), st)
    for text in LETTER:
        body(
            doc,
            text.format(
                title=plan["title"], agency=plan["agency"], n=rng.choice([900, 1200, 1800, 2400])
            ),
            st,
        )
    body(doc, rng.choice(["Respectfully,", "With gratitude,", "Sincerely,"]), st)
    par = doc.add_paragraph()
    par.add_run(agency.chief).bold = True
    par.add_run(f"\n{agency.chief_title}")


def mission_page(doc, st: dict[str, Any], plan: Node, heading: str = "Heading 1") -> None:
    """Mission, vision and values: printed as the gold holds them."""
    if plan["mission"]:
        doc.add_paragraph("Our Mission", heading)
        body(doc, plan["mission"], st)
    if plan["vision"]:
        doc.add_paragraph("Our Vision", heading)
        body(doc, plan["vision"], st)
    if plan["values"]:
        doc.add_paragraph("Our Core Values", heading)
        for value in plan["values"]:
            par = doc.add_paragraph(style="List Bullet")
            par.add_run(value).bold = True
            par.add_run(" \u2014 " + VALUE_GLOSS.get(value, "we hold ourselves to it daily."))


VALUE_GLOSS = {
    "Integrity": "we do the right thing, even when no one is watching.",
    "Respect": "we treat every person with dignity.",
    "Service": "we put the needs of the community first.",
    "Accountability": "we own our decisions and their results.",
    "Compassion": "we care about the people we meet on their worst days.",
    "Courage": "we act in the face of danger and speak up when it matters.",
    "Fairness": "we apply the law equally to all.",
    "Professionalism": "we hold ourselves to the highest standard of conduct.",
    "Transparency": "we share what we do and why.",
    "Excellence": "we strive to improve in everything we do.",
    "Teamwork": "we succeed together, with each other and with our partners.",
    "Trust": "we earn it through every contact.",
}

PLANNING = [
    "Work on this plan began with a review of the department's workload, crime trends, "
    "staffing and budget over the previous five years. The Planning and Research Unit "
    "compared our results with those of similar agencies in the region.",
    "A steering committee of sworn officers, dispatchers, records staff, a city council "
    "representative and community members then met throughout the year. The committee held "
    "{n} listening sessions across the city, including sessions in Spanish and Vietnamese.",
    "The priorities that emerged were tested against what we heard in an employee survey and "
    "a resident survey. Where the two disagreed, we looked for goals that served both.",
    "The result is a plan with a small number of priorities, each broken into goals and "
    "concrete action items. Every action item has an owner and a target date, so that "
    "progress can be tracked and reported.",
]

IMPLEMENT = [
    "Each responsible manager will report progress on their goals at the quarterly command "
    "staff meeting. The Planning and Research Unit will keep a tracking sheet of every action "
    "item and its status.",
    "An annual progress report will be presented to the city council and posted on the "
    "department's website. Goals that are complete will be marked as such; goals that stall "
    "will be reviewed and, where needed, revised.",
    "This is a living document. As conditions in the city change, the department will update "
    "the plan with the same openness that shaped it.",
]


def paragraphs(doc, st: dict[str, Any], texts: list[str], rng: random.Random) -> None:
    for text in texts:
        body(doc, text.format(n=rng.choice([6, 8, 11, 14])), st)
