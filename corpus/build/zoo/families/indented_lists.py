"""Word plan typed without heading styles (python-docx -> LibreOffice Writer): indentation only.

Someone who never used heading styles or numbering typed the plan as nested bullet lists, all
in the body font at one size: pillars are bold paragraphs at the margin, plain ones, or level-0
bullets; goals level-1 bullets ("•"), activities level-2 ("o", "–", "◦"), and a target date
("Complete by June 2026", "Due: Q3 2026") or a lead ("Lead: X") on a level-3 line ("▪"); a lead
may instead close the activity line in parentheses. Bullets are Word list levels or typed
glyph + tab with a hanging indent, so a wrapped line aligns with the text, not the bullet.
Around the plan: a title block, mission and vision, values as a plain bullet list, an
introduction and a closing paragraph; page numbers in the footer.
"""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from ..content import Shape, make_plan
from ..producers import docx_pdf
from ..spec import Doc, DocSpec, Family, Node
from ..styles import SYSTEM_FONTS
from . import _docx_common as dc

NAME = "indented-lists"
NUM_ID = 71  # the list's numbering id, clear of the template's own
MONO_GLYPHS = {"o"}  # Word's level-2 "o" is a letter in a monospaced font


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    no_colon = not opt["ms_key"].endswith(":")
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=0.7,
        milestones="timeline",
        timeline_schemes=("fiscal", "quarter", "month", "year")
        if no_colon
        else ("fiscal", "quarter", "month", "year", "span"),
        ongoing=0.0 if no_colon else 0.1,
        pillar_descriptions=opt["pillar"] == "bold" and rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            for act in goal["activities"]:
                if rng.random() < 0.2:  # not every step has a date
                    act["milestones"] = []
    style = {
        "font": rng.choice(SYSTEM_FONTS),
        "size": rng.choice([10, 11, 11, 12]),
        "margin": rng.choice([0.9, 1.0, 1.0, 1.25]),
        "title_bold": rng.random() < 0.8,
        "runin_labels": rng.random() < 0.5,
        "value_gloss": rng.random() < 0.5,
        "page_word": rng.choice(["Page ", "", "- "]),
        **opt,
    }
    lead_where = (
        "in parentheses at the end of the activity line"
        if opt["lead"] == "paren"
        else "on its own level-3 line before the date"
    )
    pillar_look = {
        "bold": "bold paragraphs at the margin",
        "plain": "plain paragraphs at the margin (not bold, same font and size as the bullets)",
        "bullet": f"level-0 bullets '{opt['glyphs'][0]}'",
    }[opt["pillar"]]
    notes = [
        f"No heading styles, no numbering: pillars are {pillar_look}; goals, activities and "
        f"date/lead lines are bullets {', '.join(repr(g) for g in opt['glyphs'][1:])} one "
        f'{opt["step"]}" indentation step apart, all in {style["font"]} {style["size"]} pt; '
        + (
            "bullets are Word list levels."
            if opt["bullets"] == "list"
            else "bullets are a typed glyph and a tab with a hanging indent."
        ),
        f"Activity lead '{opt['lead_key']}: X' {lead_where} -> leads; a level-3 "
        f"'{opt['ms_key']} Y' line -> the activity's one milestone (text Y as printed, period "
        "normalised, lead = the activity's first lead); about one activity in five has no date.",
        "Not nodes: the title block, mission and vision"
        + (" (run-in labels)" if style["runin_labels"] else " (bold label lines)")
        + ", the values bullet list (value names only go to values), the introduction and "
        "closing paragraphs, the page-number footer.",
        "Wrapped bullet lines continue under the text, not the bullet (hanging indent).",
    ]
    if shape.pillar_descriptions:
        notes.append("Each pillar has a one-paragraph description under its bold title.")
    return Doc(
        spec.slug, NAME, "libreoffice-writer", spec.split, rng, plan, {"style": style}, notes
    )


def level_geometry(st: dict, level: int) -> tuple[float, float]:
    """(text indent, hanging) in inches of a bullet level: level-0 bullets at the margin,
    each deeper level one step in; the text one hanging width right of its bullet."""
    hang = 0.25
    first = 0.0 if st["pillar"] == "bullet" else 0.25
    bullet_at = first + st["step"] * (level - (0 if st["pillar"] == "bullet" else 1))
    return bullet_at + hang, hang


def add_list_numbering(d, st: dict) -> None:
    """A bullet list definition (abstractNum + num) with one level per plan depth."""
    root = d.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(NUM_ID))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "hybridMultilevel")
    abstract.append(multi)
    glyphs = st["glyphs"] if st["pillar"] == "bullet" else st["glyphs"][1:]
    for ilvl, glyph in enumerate(glyphs):
        level = ilvl if st["pillar"] == "bullet" else ilvl + 1
        left, hang = level_geometry(st, level)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", glyph)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(round(left * 1440)))
        ind.set(qn("w:hanging"), str(round(hang * 1440)))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        font = "Liberation Mono" if glyph in MONO_GLYPHS else "DejaVu Sans"
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{attr}"), font)
        rpr.append(fonts)
        lvl.append(rpr)
        abstract.append(lvl)
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(NUM_ID))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(NUM_ID))
    num.append(ref)
    root.append(num)


def bullet(d, st: dict, level: int, text: str, bold: bool = False):
    """One bullet paragraph at a plan level (0 pillar .. 3 date/lead line)."""
    par = d.add_paragraph()
    fmt = par.paragraph_format
    fmt.space_after = Pt(2 if level >= 2 else 4)
    left, hang = level_geometry(st, level)
    glyph = st["glyphs"][level]
    if st["bullets"] == "list":
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        for tag, val in (
            ("w:ilvl", level if st["pillar"] == "bullet" else level - 1),
            ("w:numId", NUM_ID),
        ):
            el = OxmlElement(tag)
            el.set(qn("w:val"), str(val))
            numpr.append(el)
        ppr.insert(0, numpr)
    else:
        fmt.left_indent = Inches(left)
        fmt.first_line_indent = Inches(-hang)
        fmt.tab_stops.add_tab_stop(Inches(left))
        mark = par.add_run(glyph + "\t")
        if glyph in MONO_GLYPHS:
            mark.font.name = "Liberation Mono"
    par.add_run(text).bold = bold
    return par


def write_front(d, plan: Node, st: dict, rng: random.Random) -> None:
    """Title block, mission, vision, values list and an introduction (none of them nodes)."""
    for line in (plan["agency"], plan["title"]):
        par = d.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(line).bold = st["title_bold"]
    d.add_paragraph()
    for label, text in (("Mission", plan["mission"]), ("Vision", plan["vision"])):
        if st["runin_labels"]:
            par = d.add_paragraph()
            par.add_run(f"{label}: ").bold = True
            par.add_run(text)
        else:
            d.add_paragraph().add_run(f"Our {label}").bold = True
            d.add_paragraph(text)
    d.add_paragraph().add_run(rng.choice(["Our Values", "Core Values", "Values"])).bold = True
    for value in plan["values"]:
        gloss = dc.VALUE_GLOSS.get(value, "we hold ourselves to it every day.")
        bullet(d, st, 1, f"{value} \u2013 {gloss}" if st["value_gloss"] else value)
    n = len(plan["pillars"])
    d.add_paragraph(
        f"This plan sets out {n} priorities for {plan['period']['start']} through "
        f"{plan['period']['end']}. Under each priority are the goals we will pursue, the steps "
        "we will take to reach them and, where we can commit to one, the date by which each "
        "step will be done."
    )
    d.add_paragraph()


def write_activity(d, act: Node, st: dict) -> None:
    text = act["text"]
    leads = ", ".join(act["leads"])
    if leads and st["lead"] == "paren":
        text = f"{text} ({st['lead_key']}: {leads})"
    bullet(d, st, 2, text)
    if leads and st["lead"] == "line":
        bullet(d, st, 3, f"{st['lead_key']}: {leads}")
    for m in act["milestones"]:
        bullet(d, st, 3, f"{st['ms_key']} {m['text']}")


def add_page_footer(d, st: dict) -> None:
    """A centred page number (PAGE field), as Word's Insert > Page Number writes it."""
    for section in d.sections:
        par = section.footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if st["page_word"]:
            par.add_run(st["page_word"])
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        run.append(t)
        field.append(run)
        par._p.append(field)
        if st["page_word"] == "- ":
            par.add_run(" -")


def render(doc: Doc, out: Path) -> None:
    st, plan = doc.extras["style"], doc.plan
    d = Document()
    for section in d.sections:
        section.left_margin = section.right_margin = Inches(st["margin"])
        section.top_margin = section.bottom_margin = Inches(1.0)
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    normal = d.styles["Normal"]
    dc.set_font(normal, st["font"])
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(6)
    dc.set_font(d.styles["Footer"], st["font"])
    if st["bullets"] == "list":
        add_list_numbering(d, st)
    add_page_footer(d, st)
    write_front(d, plan, st, doc.rng)
    for pillar in plan["pillars"]:
        if st["pillar"] == "bullet":
            bullet(d, st, 0, pillar["title"])
        else:
            par = d.add_paragraph()
            par.paragraph_format.space_before = Pt(8)
            par.paragraph_format.keep_with_next = True
            par.add_run(pillar["title"]).bold = st["pillar"] == "bold"
        if pillar["description"]:
            d.add_paragraph(pillar["description"])
        for goal in pillar["goals"]:
            bullet(d, st, 1, goal["title"])
            for act in goal["activities"]:
                write_activity(d, act, st)
    d.add_paragraph()
    d.add_paragraph(
        "Progress on every step will be reviewed at command staff meetings each quarter, and "
        "a summary of what was done will be shared with residents once a year."
    )
    docx_pdf(d, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-writer",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "indented-lists-bold",
                8301,
                "dev",
                {
                    "pillar": "bold",
                    "step": 0.25,
                    "glyphs": ("", "\u2022", "o", "\u25aa"),
                    "bullets": "list",
                    "lead": "paren",
                    "lead_key": "Responsible",
                    "ms_key": "Complete by",
                },
            ),
            DocSpec(
                "indented-lists-bullets",
                8302,
                "dev",
                {
                    "pillar": "bullet",
                    "step": 0.5,
                    "glyphs": ("\u25cf", "\u2022", "\u2013", "\u25aa"),
                    "bullets": "typed",
                    "lead": "line",
                    "lead_key": "Lead",
                    "ms_key": "Target:",
                },
            ),
            DocSpec(
                "indented-lists-dash",
                8303,
                "dev",
                {
                    "pillar": "bold",
                    "step": 0.5,
                    "glyphs": ("", "\u2022", "\u2013", "\u25e6"),
                    "bullets": "list",
                    "lead": "paren",
                    "lead_key": "Lead",
                    "ms_key": "Due:",
                },
            ),
            DocSpec(
                "indented-lists-plain-2",
                8305,
                "dev",
                {
                    "pillar": "plain",
                    "step": 0.5,
                    "glyphs": ("", "\u2022", "\u2013", "\u25aa"),
                    "bullets": "list",
                    "lead": "paren",
                    "lead_key": "Lead",
                    "ms_key": "Due:",
                },
            ),
            DocSpec(
                "indented-lists-plain-3",
                8306,
                "dev",
                {
                    "pillar": "plain",
                    "step": 0.25,
                    "glyphs": ("", "\u27a2", "o", "\u25aa"),
                    "bullets": "typed",
                    "lead": "line",
                    "lead_key": "Lead",
                    "ms_key": "Target:",
                },
            ),
            DocSpec(
                "indented-lists-plain",
                8304,
                "test",
                {
                    "pillar": "plain",
                    "step": 0.25,
                    "glyphs": ("", "\u27a2", "o", "\u25aa"),
                    "bullets": "typed",
                    "lead": "line",
                    "lead_key": "Responsible",
                    "ms_key": "Complete by",
                },
            ),
        ],
        build,
        render,
    )
]
