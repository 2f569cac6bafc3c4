"""Policy-manual directives (kind "policy"): one pillar per policy, goals per titled section.

A policy is not a strategic plan but shares its vocabulary, so parsers must level it by the
spec's policy rule: the policy header (number and title) is the one pillar, its untitled
purpose paragraph the pillar description, each titled section a goal (a non-directive intro
sentence is the goal's description), each directive sentence or list item an activity whose
lead is the directive's subject as printed, and each stated frequency or quantity
("at least monthly", "within 24 hours") a milestone with period null. Headers are either a
boxed field table ("Policy Number: 312") or a manual heading ("3-04/210.00 - Title"); section
numbers, caps, list markers, fonts and running headers are drawn per document.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import MONTHS, make_agency
from ..spec import Doc, DocSpec, Family, Node
from ..styles import SYSTEM_FONTS, colour, reportlab_fonts
from ._neg_policy_text import POLICIES, section_goal

NAME = "policy-manual"
DOCX_NAME = "policy-manual-docx"
# (font, glyph) bullets: text glyphs and base-14 dingbats, as manuals print them.
BULLET_FONTS = [
    (None, "\u2022"),
    (None, "\u2013"),
    ("Symbol", "\xb7"),
    ("ZapfDingbats", "l"),
    ("ZapfDingbats", "n"),
    (None, "-"),
]


def list_numbers(style: str, n: int) -> list[str | None]:
    """Printed list-item numbers: none for bullets, a/b/c or 1/2/3 for lettered lists."""
    if style == "letter":
        return [chr(97 + i) for i in range(n)]
    if style == "number":
        return [str(i + 1) for i in range(n)]
    return [None] * n


def draw_style(rng: random.Random, header: str) -> dict:
    """Per-document numbering and typography of a policy."""
    if header == "table":
        base = f"{rng.randint(3, 9)}{rng.randint(0, 4)}{rng.randint(0, 9)}"
        sections = rng.choice(["decimal", "decimal", "none"])
    else:
        base = f"{rng.randint(2, 6)}-{rng.randint(1, 12):02d}/{rng.randint(1, 40) * 5:03d}.00"
        sections = rng.choice(["none", "upper"])
    return {
        "header": header,
        "base": base,
        "sections": sections,
        "caps": rng.random() < 0.4,
        "list": rng.choice(["bullet", "bullet", "letter", "number"]),
        "bullet": rng.randrange(len(BULLET_FONTS)),
        "fonts": rng.random(),
        "size": rng.choice([10, 10.5, 11, 11.5]),
        "justify": rng.random() < 0.6,
        "accent": colour(rng),
        "rule": rng.random() < 0.6,
        "effective": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2022, 2025)}",
        "office_font": rng.choice(SYSTEM_FONTS),
    }


def section_number(style: dict, i: int) -> str | None:
    if style["sections"] == "decimal":
        return f"{style['base']}.{i}"
    if style["sections"] == "upper":
        return chr(64 + i)
    return None


def build_policy(spec: DocSpec, family: str, producer: str, header: str) -> Doc:
    """The gold policy and its style, both drawn from the seed."""
    rng = random.Random(spec.seed)
    agency = make_agency(rng)
    style = draw_style(rng, header)
    text = POLICIES[spec.options["topic"]]
    pillar: Node = {
        "number": style["base"],
        "title": text["title"],
        "description": text["purpose"],
        "goals": [],
    }
    for i, section in enumerate(text["sections"], 1):
        title = section["title"].upper() if style["caps"] else section["title"]
        n_items = max((len(b[2]) for b in section["blocks"] if b[0] == "ul"), default=0)
        pillar["goals"].append(
            section_goal(
                section, section_number(style, i), title, list_numbers(style["list"], n_items)
            )
        )
    plan: Node = {
        "kind": "policy",
        "agency": agency.name,
        "title": text["title"],
        "period": None,
        "mission": None,
        "vision": None,
        "values": [],
        "pillars": [pillar],
    }
    notes = [
        f"Policy directive, header style '{header}' (number '{style['base']}' printed "
        + (
            "in a boxed field table next to 'Policy Number'"
            if header == "table"
            else "before the title as '<number> - <title>'"
        )
        + "). One pillar = the policy; "
        "its untitled purpose paragraph is the pillar description.",
        f"Sections: numbering '{style['sections']}', "
        + ("ALL CAPS titles (kept as printed)" if style["caps"] else "title case")
        + "; one goal per titled section; a non-directive intro sentence is the goal's "
        "description.",
        "Activities: one per directive sentence (shall/will/must/should), several per "
        "paragraph; a list lead-in ('... the following:') is an activity and each list item is "
        f"a sibling activity (list markers: {style['list']}; lettered/numbered items carry "
        "that number, bullets null).",
        "Leads: the directive's grammatical subject as printed when it names an actor, with "
        "restrictive modifiers kept ('Any officer who fails to record a required contact'); "
        "thing subjects ('Recordings ...', 'Reviews ...') and list items have no lead; a "
        "passive with an agent ('... should be approved by the Patrol Division commander') "
        "has a thing subject, so no lead either (no lead is inferred).",
        "Milestones: each stated frequency or quantity ('at least monthly', 'within 24 hours', "
        "'a minimum of 16 weeks') is one milestone, text as printed, period null, lead = the "
        "activity's lead.",
        "Agency: printed in the header block or running header (table style) or the running "
        "footer (manual-heading style). Not nodes: the header field "
        "table (effective date, approving chief), running header and footer, page numbers.",
    ]
    return Doc(
        spec.slug,
        family,
        producer,
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style},
        notes,
    )


def build(spec: DocSpec) -> Doc:
    return build_policy(spec, NAME, "reportlab-platypus", spec.options.get("header", "dash"))


def build_docx(spec: DocSpec) -> Doc:
    return build_policy(spec, DOCX_NAME, "libreoffice-writer", "table")


def item_marker(act: Node, style: dict) -> str:
    """The printed marker of a list item: its number with a dot, or the bullet glyph."""
    if act["number"]:
        return f"{act['number']}." if style["list"] == "letter" else f"({act['number']})"
    return BULLET_FONTS[style["bullet"]][1]


def render(doc: Doc, out: Path) -> None:
    """reportlab platypus: a manual page with running header, header block and sections."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from reportlab.platypus import SimpleDocTemplate

    from ._neg_policy_rl import policy_story, styles_for

    st = doc.extras["style"]
    fonts = reportlab_fonts(random.Random(st["fonts"]))
    ps = styles_for(st, fonts)
    plan, pillar = doc.plan, doc.plan["pillars"][0]

    def page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(fonts.bold, 8.5)
        top = letter[1] - 0.6 * inch
        left = (
            doc.extras["agency"].name.upper()
            if st["header"] == "table"
            else "MANUAL OF POLICY AND PROCEDURES"
        )
        canvas.drawString(inch, top, left)
        canvas.drawRightString(letter[0] - inch, top, pillar["number"])
        canvas.setLineWidth(0.6)
        canvas.line(inch, top - 4, letter[0] - inch, top - 4)
        canvas.setFont(fonts.regular, 8.5)
        if st["header"] == "table":
            canvas.drawCentredString(letter[0] / 2, 0.55 * inch, f"Page {document.page}")
        else:
            canvas.drawString(inch, 0.55 * inch, doc.extras["agency"].name)
            canvas.drawRightString(letter[0] - inch, 0.55 * inch, f"Page {document.page}")
        canvas.restoreState()

    story = policy_story(doc, st, ps, fonts)
    SimpleDocTemplate(
        str(out),
        pagesize=letter,
        title=plan["title"],
        author=plan["agency"],
        topMargin=0.95 * inch,
        bottomMargin=0.85 * inch,
        invariant=1,
    ).build(story, onFirstPage=page, onLaterPages=page)


def render_docx(doc: Doc, out: Path) -> None:
    """python-docx + LibreOffice: field-table header, bold section titles, Word lists."""
    from ..producers import docx_pdf
    from ._neg_policy_docx import policy_document

    docx_pdf(policy_document(doc, doc.extras["style"]), out)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        "Policy-manual directives printed with reportlab: "
        "one pillar, goals per section, shall-sentences as activities",
        [
            DocSpec(
                "policy-manual-body-worn-cameras", 6101, "dev", {"topic": "bwc", "header": "table"}
            ),
            DocSpec(
                "policy-manual-field-training", 6102, "test", {"topic": "fto", "header": "dash"}
            ),
        ],
        build,
        render,
    ),
    Family(
        DOCX_NAME,
        "libreoffice-writer",
        "Policy-manual directive written in Word (python-docx) and converted by LibreOffice",
        [DocSpec("policy-manual-docx-early-intervention", 6103, "dev", {"topic": "eis"})],
        build_docx,
        render_docx,
    ),
]
