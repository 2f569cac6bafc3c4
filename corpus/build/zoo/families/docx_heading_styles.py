"""Word report (python-docx -> LibreOffice Writer): Heading 1/2/3 styles carry the levels.

Pillars are Heading 1, goals Heading 2; activities are Heading 3 ("1.1.1 ..."), typed-number
paragraphs ("1.<tab>...") or "List Bullet" paragraphs, drawn with the numbering scheme:
"I. / A. / 1.", "1 / 1.1 / 1.1.1" typed in the heading text, or level words
("Strategic Direction 3", "Objective 3.2"). Goal fields are run-in bold keys on own lines;
activity fields follow the item on one line or own lines. Around the plan: a cover, a
contents page with dot leaders, the chief's letter, planning narrative and a closing section.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..producers import docx_pdf
from ..spec import Doc, DocSpec, Family, Node
from ..styles import (
    GOAL_LEAD_KEYS,
    LEAD_KEYS,
    STATUS_KEYS,
    TIMELINE_KEYS,
    UPDATED_KEYS,
    level_words,
)
from . import _docx_common as dc

NAME = "docx-heading-styles"
SCHEMES = {
    "roman": ("roman", "upper", "arabic"),
    "dotted": ("arabic", "dotted", "dotted"),
    "words": ("arabic", "dotted"),
}
ACTIVITY_MODE = {"roman": "numbered", "dotted": "heading3", "words": "bullet"}


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    scheme = spec.options["scheme"]
    shape = Shape(
        pillars=(4, 5),
        goals=(2, 4),
        activities=(2, 4),
        goal_leads=0.9,
        activity_leads=0.85,
        milestones="timeline",
        goal_status=rng.random() < 0.8,
        goal_updated=rng.random() < 0.6,
        goal_descriptions=rng.random() < 0.4,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, SCHEMES[scheme])
    style = dc.draw_style(rng)
    dc.caps_titles(plan, style)
    style.update(
        {
            "scheme": scheme,
            "mode": ACTIVITY_MODE[scheme],
            "words": level_words(rng, 2),
            "word_sep": rng.choice([": ", " \u2013 ", " | "]),
            "goal_lead_key": rng.choice(GOAL_LEAD_KEYS + ["Responsible Manager"] * 2),
            "status_key": rng.choice(STATUS_KEYS),
            "updated_key": rng.choice(UPDATED_KEYS),
            "lead_key": rng.choice(LEAD_KEYS),
            "timeline_key": rng.choice(TIMELINE_KEYS),
            "fields_one_line": rng.random() < 0.5,
            "field_bold": rng.random() < 0.5,
            "field_sep": rng.choice(["    ", " | ", "; ", "\t"]),
            "typed_dots": rng.random() < 0.5,
            "glance": rng.random() < 0.6,
        }
    )
    notes = [
        f"Numbering scheme '{scheme}' ({', '.join(SCHEMES[scheme])}); pillars Heading 1, goals "
        f"Heading 2, activities as {style['mode']} paragraphs"
        + (" (Heading 3)." if style["mode"] == "heading3" else "."),
        f"Goal fields on own lines with bold run-in keys: '{style['goal_lead_key']}' -> leads"
        + (f", '{style['status_key']}' -> status" if shape.goal_status else "")
        + (f", '{style['updated_key']}' -> updated" if shape.goal_updated else "")
        + ".",
        f"Activity fields after the item, {'one line' if style['fields_one_line'] else 'own lines'}"
        f", keys {'bold' if style['field_bold'] else 'in the value style (italic)'}: "
        f"'{style['lead_key']}' -> leads, '{style['timeline_key']}' -> the one milestone "
        "(period normalised, lead = the activity's first lead).",
        "Not nodes: cover, contents page ("
        + ("typed dots" if style["typed_dots"] else "tab dot leaders")
        + "), chief's letter, "
        "'About the department' profile table, planning process"
        + (", plan-at-a-glance list of pillars and goals" if style["glance"] else "")
        + ", closing implementation section, running footer.",
    ]
    if shape.goal_descriptions:
        notes.append("Each goal has a one-sentence description paragraph under its heading.")
    return Doc(
        spec.slug,
        NAME,
        "libreoffice-writer",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style},
        notes,
    )


def pillar_heading(pillar: Node, st: dict) -> str:
    if st["scheme"] == "roman":
        return f"{pillar['number']}. {pillar['title']}"
    if st["scheme"] == "dotted":
        return f"{pillar['number']} {pillar['title']}"
    return f"{st['words'][0]} {pillar['number']}{st['word_sep']}{pillar['title']}"


def goal_heading(goal: Node, st: dict) -> str:
    if st["scheme"] == "roman":
        return f"{goal['number']}. {goal['title']}"
    if st["scheme"] == "dotted":
        return f"{goal['number']} {goal['title']}"
    return f"{st['words'][1]} {goal['number']}{st['word_sep']}{goal['title']}"


def write_goal_fields(d, goal: Node, st: dict) -> None:
    """Own-line run-in bold keys under the goal heading."""
    if goal["leads"]:
        dc.key_line(d, [(st["goal_lead_key"], "; ".join(goal["leads"]))])
    if goal["status"]:
        dc.key_line(d, [(st["status_key"], goal["status"])])
    if goal["updated"]:
        dc.key_line(d, [(st["updated_key"], goal["updated"])])


def write_activity(d, act: Node, st: dict) -> None:
    """The item (heading 3, typed number or bullet), then its field line(s)."""
    mode = st["mode"]
    if mode == "heading3":
        d.add_paragraph(f"{act['number']} {act['text']}", "Heading 3")
    elif mode == "numbered":
        dc.numbered(d, f"{act['number']}.", act["text"])
    else:
        d.add_paragraph(act["text"], "List Bullet")
    pairs = []
    if act["leads"]:
        pairs.append((st["lead_key"], ", ".join(act["leads"])))
    pairs += [(st["timeline_key"], m["text"]) for m in act["milestones"]]
    if not pairs:
        return
    indent = 0.0 if mode == "heading3" else 0.55
    italic = not st["field_bold"]
    size = st["size"] - 1
    if st["fields_one_line"]:
        dc.key_line(d, pairs, st["field_bold"], st["field_sep"], indent, italic, size)
    else:
        for pair in pairs:
            dc.key_line(d, [pair], st["field_bold"], "", indent, italic, size)


def write_front(d, doc: Doc) -> None:
    """Cover, contents, letter, department profile, planning process, mission page."""
    plan, agency, st, rng = doc.plan, doc.extras["agency"], doc.extras["style"], doc.rng
    dc.cover(d, st, agency, [plan["agency"], plan["title"]], rng)
    entries = [
        ("Letter from the " + agency.chief_title, 3, 0),
        ("About the Department", 4, 0),
        ("Our Planning Process", 4, 0),
        ("Mission, Vision and Values", 5, 0),
    ]
    page = 6 + st["glance"]
    for pillar in plan["pillars"]:
        entries.append((pillar_heading(pillar, st), page, 0))
        page += 2
    entries.append(("Implementation and Accountability", page, 0))
    dc.toc(d, entries, st["typed_dots"], 8.5 - 2 * st["margin"])
    dc.chief_letter(d, st, agency, plan, rng)
    dc.page_break(d)
    d.add_paragraph("About the Department", "Heading 1")
    dc.body(
        d,
        f"The {plan['agency']} serves a city of about {rng.randint(40, 260)},000 "
        "residents. The department is organized into patrol, investigations and support "
        "bureaus and operates around the clock from one headquarters and two substations.",
        st,
    )
    profile_table(d, st, rng)
    d.add_paragraph("Our Planning Process", "Heading 1")
    dc.paragraphs(d, st, dc.PLANNING, rng)
    dc.page_break(d)
    dc.mission_page(d, st, plan)
    if st["glance"]:
        dc.page_break(d)
        d.add_paragraph("The Plan at a Glance", "Heading 1")
        for pillar in plan["pillars"]:
            par = d.add_paragraph()
            par.add_run(pillar_heading(pillar, st)).bold = True
            for goal in pillar["goals"]:
                d.add_paragraph(goal["title"], "List Bullet 2")


def profile_table(d, st: dict, rng: random.Random) -> None:
    """A small 'department at a glance' table (statistics, not nodes)."""
    rows = [
        ("Sworn officers", str(rng.randint(60, 400))),
        ("Professional staff", str(rng.randint(20, 150))),
        ("Calls for service (last year)", f"{rng.randint(40, 190)},{rng.randint(100, 999)}"),
        ("Average priority 1 response", f"{rng.randint(4, 9)} min {rng.randint(0, 59)} s"),
        ("Annual operating budget", f"${rng.randint(18, 140)}.{rng.randint(1, 9)} million"),
    ]
    table = d.add_table(rows=0, cols=2)
    table.style = d.styles["Table Grid"]
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
        dc.shade(cells[0], "F2F2F2")
    d.add_paragraph()


def render(doc: Doc, out: Path) -> None:
    st, plan = doc.extras["style"], doc.plan
    d = dc.new_document(st)
    dc.add_footer(d, f"{plan['agency']}  |  {plan['title']}")
    write_front(d, doc)
    for pillar in plan["pillars"]:
        dc.page_break(d)
        d.add_paragraph(pillar_heading(pillar, st), "Heading 1")
        if pillar["description"]:
            dc.body(d, pillar["description"], st)
        for goal in pillar["goals"]:
            d.add_paragraph(goal_heading(goal, st), "Heading 2")
            if goal["description"]:
                dc.body(d, goal["description"], st)
            write_goal_fields(d, goal, st)
            for act in goal["activities"]:
                write_activity(d, act, st)
    dc.page_break(d)
    d.add_paragraph("Implementation and Accountability", "Heading 1")
    dc.paragraphs(d, st, dc.IMPLEMENT, doc.rng)
    docx_pdf(d, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-writer",
        __doc__.splitlines()[0],
        [
            DocSpec("docx-heading-styles-roman", 4001, "dev", {"scheme": "roman"}),
            DocSpec("docx-heading-styles-dotted", 4002, "dev", {"scheme": "dotted"}),
            DocSpec("docx-heading-styles-words", 4003, "test", {"scheme": "words"}),
            DocSpec("docx-heading-styles-words-2", 4051, "dev", {"scheme": "words"}),
            DocSpec("docx-heading-styles-roman-2", 4052, "dev", {"scheme": "roman"}),
            DocSpec("docx-heading-styles-dotted-2", 4053, "dev", {"scheme": "dotted"}),
        ],
        build,
        render,
    )
]
