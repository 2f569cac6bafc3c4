"""Goal worksheets (python-docx -> LibreOffice Writer): one block of labelled sections per goal.

City departments often type a plan in Word as one "worksheet" per goal instead of headings
and lists: under a pillar heading ("Strategic Priority 2: ...", "FOCUS AREA B – ..." or a bold
title), each goal is a block of labelled sections: the goal line ("Goal 2.1: ..." or an
"Objective" label over the title), "Why it matters" (the description), "Strategies" / "Action
Steps" (a numbered or bulleted list: the activities), "Performance Measures" (not nodes),
"Responsible" / "Owner" (the goal's leads) and a goal-wide "Timeline" or a date closing each
step. Labels are bold run-ins, own-line small-caps or coloured labels, the left cell of a
borderless two-column table, or the shaded left column of a ruled table.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Inches, Pt

from ..content import Shape, make_plan, number_levels
from ..producers import docx_pdf
from ..spec import Doc, DocSpec, Family, Node
from ..styles import PALETTE
from . import _docx_common as dc
from ._tables_common import GENERIC_MEASURES, MEASURES

NAME = "goal-worksheets"
VARIANT_LOOK = {
    "runin": "labels as bold run-in text on the value's line (a list label alone on its line)",
    "ownline": "labels on their own line in coloured bold small caps, the value below",
    "borderless": "each worksheet a borderless two-column Word table (label cell | value "
    "cell), one row per step beside a label cell merged down, rows never split",
    "ruled": "each worksheet a ruled two-column Word table with a shaded label column and a "
    "merged goal row; rows never split, so a long worksheet continues between rows",
}
WHY = (
    "Residents told us in every listening session that they want to see progress on {obj}. "
    "Without a plan, the work depends on who happens to be on shift.",
    "Our data shows the need for {obj} has grown each year since {year}, while the resources "
    "behind it have stayed flat.",
    "This goal builds on work already under way and gives {obj} a clear owner, a schedule and "
    "a way to report progress to the council.",
    "Peer agencies that invested in {obj} saw results within two years; we expect the same in "
    "{city}.",
    "The department cannot meet its other commitments unless {obj} is reliable, measured and "
    "funded.",
)


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    by_dates = opt["step_date"] == "by"
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 5),
        goal_leads=0.85,
        activity_leads=opt["step_leads"],
        milestones="timeline",
        timeline_schemes=("fiscal", "quarter", "month", "year")
        if by_dates
        else ("fiscal", "quarter", "month", "year", "span"),
        ongoing=0.0 if by_dates else 0.1,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, opt["numbers"])
    st = dc.draw_style(rng)
    st.update(opt)
    st["lead_sep"] = rng.choice(["; ", ", ", " and "])
    st["label_colour"] = rng.choice(PALETTE)
    st["label_fill"] = rng.choice(["D9E2F3", "E2EFDA", "EDEDED", "FBE4D5", "DEEAF6"])
    if opt["pillar"] == "caps":
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    start, end = plan["period"]["start"], plan["period"]["end"]
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            dress_goal(goal, pillar["_theme"], rng, agency.city, start, end, opt)
    notes = family_notes(plan, st)
    return Doc(
        spec.slug,
        NAME,
        "libreoffice-writer",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": st},
        notes,
    )


def dress_goal(
    goal: Node, theme: str, rng: random.Random, city: str, start: int, end: int, opt: dict
) -> None:
    """Description, measures, goal-wide timeline or per-step dates, and step text that ends
    where its printed date or lead begins."""
    acts = goal["activities"]
    obj = acts[0]["_obj"]
    if rng.random() < 0.8:
        goal["description"] = rng.choice(WHY).format(obj=obj, year=start - 3, city=city)
    pool = MEASURES.get(theme, GENERIC_MEASURES)
    goal["_measures"] = (
        rng.sample(pool, min(len(pool), rng.randint(2, 3))) if rng.random() < 0.7 else []
    )
    goal["_timeline"] = None
    if opt["goal_timeline"] and rng.random() < 0.35:
        first = rng.randint(start, end - 1)
        goal["_timeline"] = rng.choice(
            [
                f"FY{first} \u2013 FY{rng.randint(first + 1, end)}",
                f"{first}\u2013{rng.randint(first + 1, end)}",
                f"July {first} \u2013 June {first + 1}",
            ]
        )
        for act in acts:
            act["milestones"] = []
    for act in acts:
        if rng.random() < 0.15:  # not every step has a date
            act["milestones"] = []
        lead_closes = act["leads"] and opt["variant"] in ("runin", "borderless")
        if opt["step_date"] != "line" and (act["milestones"] or lead_closes):
            act["text"] = act["text"].rstrip(".")  # the date or lead closes the printed line


def family_notes(plan: Node, st: dict) -> list[str]:
    lab = st["labels"]
    pillar_look = {
        "words": f"'{st['pillar_word']} N: title' ({'Heading 1' if st['heading'] else 'bold'})",
        "caps": f"'{st['pillar_word'].upper()} N \u2013 TITLE' in bold capitals (title kept as "
        "printed)",
        "bold": "a bold title alone (number null)",
    }[st["pillar"]]
    goal_look = (
        f"an own-line '{lab['goal']} N' label over the bold title"
        if st["variant"] == "ownline"
        else f"'{lab['goal']} N' in the worksheet's first row, the title beside it"
        if st["variant"] == "borderless"
        else f"'{lab['goal']} N: title' in bold white on the merged, shaded first row"
        if st["variant"] == "ruled"
        else f"'{lab['goal']} N: title' (bold)"
    )
    step_date = {
        "paren": "a trailing '(Q2 2026)' on the step's line",
        "by": "a trailing ' \u2013 by June 2026' on the step's line",
        "line": f"an italic field line under the step ('{lab['step_lead']}: X | "
        f"{lab['step_time']}: Y')",
    }[st["step_date"]]
    notes = [
        f"One worksheet per goal: {VARIANT_LOOK[st['variant']]}. Pillars are {pillar_look}, "
        "each with an intro paragraph (the pillar description).",
        f"Goals: {goal_look}; number as printed without the label word. "
        f"'{lab['why']}' -> the goal's description (one paragraph; some goals have none).",
        f"'{lab['steps']}' list ({'numbered' if st['numbers'][2] != 'none' else 'bulleted'}) "
        "-> the goal's activities, numbers as printed. A step's date is "
        f"{step_date} -> the activity's one milestone (text as printed without 'by' or "
        "parentheses, period normalised, lead = the activity's first lead or null); some steps "
        "have no date.",
        f"'{lab['lead']}' -> the goal's leads (one or two units, joined by "
        f"'{st['lead_sep'].strip() or ' '}'). Goal leads are not copied to activities or "
        "milestones.",
        f"'{lab['measures']}' bullets are not nodes (context); some goals have none.",
    ]
    if st["step_leads"]:
        where = (
            "the field line"
            if st["step_date"] == "line"
            else "an italic 'Lead: X' line under the step"
            if st["variant"] == "ownline"
            else "' \u2013 Lead: X' on the step's line, before its date"
        )
        notes.append(f"Some steps name their own lead in {where} -> the activity's leads.")
    if st["goal_timeline"]:
        notes.append(
            f"About a third of the goals have a goal-wide '{lab['time']}: FY2026 \u2013 FY2027' "
            "instead of per-step dates: the schema has no goal period, and the span is not a "
            "per-activity target date, so it is not a node (those goals' steps have no "
            "milestones)."
        )
    notes.append(
        "Worksheets flow on, so some continue over a page break (a table breaks between rows, "
        "never inside one; no paragraph splits). Not nodes: cover, chief's letter, mission "
        "page headings, the 'how to read this plan' paragraph, running footer."
    )
    return notes


# -- rendering -------------------------------------------------------------------------------


def pillar_heading(d, pillar: Node, st: dict) -> None:
    if st["pillar"] == "words":
        text = f"{st['pillar_word']} {pillar['number']}: {pillar['title']}"
    elif st["pillar"] == "caps":
        text = f"{st['pillar_word'].upper()} {pillar['number']} \u2013 {pillar['title']}"
    else:
        text = pillar["title"]
    if st["heading"]:
        d.add_paragraph(text, "Heading 1")
        return
    par = d.add_paragraph()
    par.paragraph_format.space_before = Pt(14)
    par.paragraph_format.keep_with_next = True
    run = par.add_run(text)
    run.bold = True
    run.font.size = Pt(st["h_sizes"][0] - 2)
    run.font.color.rgb = dc.rgb(st["accent"])


def step_line(act: Node, st: dict) -> str:
    """The step as printed on its own line: text, then its lead and date when they close it."""
    text = act["text"]
    if act["leads"] and st["step_date"] != "line" and st["variant"] != "ownline":
        text += f" \u2013 Lead: {', '.join(act['leads'])}"
    for m in act["milestones"]:
        if st["step_date"] == "paren":
            text += f" ({m['text']})"
        elif st["step_date"] == "by":
            text += f" \u2013 by {m['text']}"
    return text


def field_line(container, act: Node, st: dict) -> None:
    """Under a step: 'Lead: X | Target: Y' (line dates) or an own 'Lead: X' (own-line labels)."""
    pairs = []
    if act["leads"] and (st["step_date"] == "line" or st["variant"] == "ownline"):
        pairs.append((st["labels"]["step_lead"], ", ".join(act["leads"])))
    if st["step_date"] == "line":
        pairs += [(st["labels"]["step_time"], m["text"]) for m in act["milestones"]]
    if pairs:
        par = dc.key_line(container, pairs, False, "  |  ", 0.55, True, st["size"] - 1)
        par.paragraph_format.space_after = Pt(3)


def step_item(container, act: Node, st: dict, indent: float = 0.25) -> None:
    if act["number"]:
        dc.numbered(container, f"{act['number']}.", step_line(act, st), indent)
    else:
        dc.numbered(container, "\u2022", step_line(act, st), indent, 0.22)
    field_line(container, act, st)


def bullet_items(container, texts: list[str], indent: float = 0.25) -> None:
    for text in texts:
        dc.numbered(container, "\u2013", text, indent, 0.22)


def label_para(container, text: str, st: dict):
    """An own-line label: coloured bold small caps (or bold capitals) above its value."""
    par = container.add_paragraph()
    par.paragraph_format.space_before = Pt(6)
    par.paragraph_format.space_after = Pt(2)
    par.paragraph_format.keep_with_next = True
    run = par.add_run(text)
    run.bold = True
    run.font.small_caps = st["small_caps"]
    run.font.color.rgb = dc.rgb(st["label_colour"])
    return par


def runin(container, label: str, value: str | None, st: dict):
    par = container.add_paragraph()
    par.paragraph_format.space_after = Pt(3)
    par.add_run(f"{label}:" + (" " if value else "")).bold = True
    if value:
        par.add_run(value)
    if st["justify"] and value and len(value) > 90:
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


def worksheet_runin(d, goal: Node, st: dict) -> None:
    lab = st["labels"]
    par = d.add_paragraph()
    par.paragraph_format.space_before = Pt(10)
    par.paragraph_format.keep_with_next = True
    run = par.add_run(f"{lab['goal']} {goal['number']}: {goal['title']}")
    run.bold, run.font.size = True, Pt(st["size"] + 1)
    if goal["description"]:
        runin(d, lab["why"], goal["description"], st)
    if goal["leads"]:
        runin(d, lab["lead"], st["lead_sep"].join(goal["leads"]), st)
    if goal["_timeline"]:
        runin(d, lab["time"], goal["_timeline"], st)
    runin(d, lab["steps"], None, st).paragraph_format.keep_with_next = True
    for act in goal["activities"]:
        step_item(d, act, st)
    if goal["_measures"]:
        runin(d, lab["measures"], None, st).paragraph_format.keep_with_next = True
        bullet_items(d, goal["_measures"])


def worksheet_ownline(d, goal: Node, st: dict) -> None:
    lab = st["labels"]
    label_para(d, f"{lab['goal']} {goal['number']}", st).paragraph_format.space_before = Pt(12)
    par = d.add_paragraph()
    par.paragraph_format.keep_with_next = True
    par.add_run(goal["title"]).bold = True
    if goal["description"]:
        label_para(d, lab["why"], st)
        dc.body(d, goal["description"], st)
    label_para(d, lab["steps"], st)
    for act in goal["activities"]:
        step_item(d, act, st)
    if goal["_measures"]:
        label_para(d, lab["measures"], st)
        bullet_items(d, goal["_measures"])
    if goal["leads"]:
        label_para(d, lab["lead"], st)
        d.add_paragraph(st["lead_sep"].join(goal["leads"]))


def cell_text(cell, text: str, bold: bool = False, colour: str | None = None) -> None:
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    if colour:
        run.font.color.rgb = dc.rgb(colour)


def worksheet_table(d, goal: Node, st: dict) -> None:
    """The worksheet as a two-column table: label cell | value cell, one row per section."""
    lab = st["labels"]
    ruled = st["variant"] == "ruled"
    table = d.add_table(rows=0, cols=2)
    if ruled:
        table.style = d.styles["Table Grid"]
        cells = table.add_row().cells
        top = cells[0].merge(cells[1])
        dc.shade(top, st["accent"])
        cell_text(top, f"{lab['goal']} {goal['number']}: {goal['title']}", True, "#FFFFFF")
    else:
        cells = table.add_row().cells
        cell_text(cells[0], f"{lab['goal']} {goal['number']}", True)
        cell_text(cells[1], goal["title"], True)
    rows: list[tuple[str, Any]] = []
    if goal["description"]:
        rows.append((lab["why"], goal["description"]))
    rows.append((lab["steps"], goal["activities"]))
    if goal["_measures"]:
        rows.append((lab["measures"], goal["_measures"]))
    if goal["leads"]:
        rows.append((lab["lead"], st["lead_sep"].join(goal["leads"])))
    if goal["_timeline"]:
        rows.append((lab["time"], goal["_timeline"]))
    for label, value in rows:
        cells = table.add_row().cells
        cell_text(cells[0], label, True, None if ruled else st["label_colour"])
        if ruled:
            dc.shade(cells[0], st["label_fill"])
        if isinstance(value, str):
            cell_text(cells[1], value)
        elif value and isinstance(value[0], dict) and not ruled:
            step_rows(table, cells[0], value, st)
        elif value and isinstance(value[0], dict):
            fill_steps(cells[1], value, st)
        else:
            fill_list(cells[1], value)
    width = 8.5 - 2 * st["margin"]
    widths = [width * st["label_share"], width * (1 - st["label_share"])]
    for col, w in zip(table.columns, widths, strict=True):
        col.width = Inches(w)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Inches(w)
            for par in cell.paragraphs:
                par.paragraph_format.space_after = Pt(3)
    d.add_paragraph().paragraph_format.space_after = Pt(8)


def fill_steps(cell, acts: list[Node], st: dict) -> None:
    """Steps in a table cell: the cell's first paragraph is reused for the first step."""
    first = cell.paragraphs[0]
    for act in acts:
        step_item(cell, act, st, 0.0)
    first._p.getparent().remove(first._p)


def step_rows(table, label_cell, acts: list[Node], st: dict) -> None:
    """One row per step under a label cell merged down beside them, so that a long list
    continues on the next page between steps (rows never split)."""
    fill_steps(table.rows[-1].cells[1], acts[:1], st)
    for act in acts[1:]:
        fill_steps(table.add_row().cells[1], [act], st)
    label_cell.merge(table.rows[-1].cells[0])


def fill_list(cell, texts: list[str]) -> None:
    first = cell.paragraphs[0]
    bullet_items(cell, texts, 0.0)
    first._p.getparent().remove(first._p)


WORKSHEETS = {
    "runin": worksheet_runin,
    "ownline": worksheet_ownline,
    "borderless": worksheet_table,
    "ruled": worksheet_table,
}


def write_front(d, doc: Doc) -> None:
    """Cover, chief's letter (some), mission page and how to read a worksheet (not nodes)."""
    plan, agency, st, rng = doc.plan, doc.extras["agency"], doc.extras["style"], doc.rng
    dc.cover(d, st, agency, [plan["agency"], plan["title"]], rng)
    if st["letter"]:
        dc.chief_letter(d, st, agency, plan, rng)
        dc.page_break(d)
    dc.mission_page(d, st, plan)
    lab = st["labels"]
    dc.body(
        d,
        f"How to read this plan: each goal has its own worksheet. '{lab['why']}' explains the "
        f"need, '{lab['steps']}' lists the work we commit to, '{lab['measures']}' says how "
        f"progress will be judged and '{lab['lead']}' names who is accountable.",
        st,
    )


def render(doc: Doc, out: Path) -> None:
    st, plan = doc.extras["style"], doc.plan
    d = dc.new_document(st)
    dc.add_footer(d, f"{plan['agency']}  |  {plan['title']}")
    write_front(d, doc)
    worksheet = WORKSHEETS[st["variant"]]
    for i, pillar in enumerate(plan["pillars"]):
        if st["pillar_breaks"] or i == 0:
            dc.page_break(d)
        pillar_heading(d, pillar, st)
        dc.body(d, pillar["description"], st)
        for goal in pillar["goals"]:
            worksheet(d, goal, st)
    keep_lines_together(d)
    docx_pdf(d, out)


def keep_lines_together(d) -> None:
    """No paragraph splits across pages (Word's "keep lines together"): a worksheet or a table
    row may continue on the next page, but between paragraphs, never inside one."""
    pars = list(d.paragraphs)
    for table in d.tables:
        pars += [par for row in table.rows for cell in row.cells for par in cell.paragraphs]
    for par in pars:
        par.paragraph_format.keep_together = True


def labels(goal, why, steps, measures, lead, time, step_lead="Lead", step_time="Target"):
    return {
        "goal": goal,
        "why": why,
        "steps": steps,
        "measures": measures,
        "lead": lead,
        "time": time,
        "step_lead": step_lead,
        "step_time": step_time,
    }


FAMILIES = [
    Family(
        NAME,
        "libreoffice-writer",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "goal-worksheets-runin",
                9101,
                "dev",
                {
                    "variant": "runin",
                    "pillar": "words",
                    "pillar_word": "Strategic Priority",
                    "heading": True,
                    "numbers": ("arabic", "dotted", "arabic"),
                    "labels": labels(
                        "Goal",
                        "Why it matters",
                        "Strategies",
                        "Performance Measures",
                        "Responsible",
                        "Timeline",
                    ),
                    "step_date": "paren",
                    "step_leads": 0.0,
                    "goal_timeline": True,
                    "pillar_breaks": False,
                    "letter": True,
                    "small_caps": False,
                    "label_share": 0.25,
                },
            ),
            DocSpec(
                "goal-worksheets-ownline",
                9102,
                "dev",
                {
                    "variant": "ownline",
                    "pillar": "caps",
                    "pillar_word": "Focus Area",
                    "heading": False,
                    "numbers": ("upper", "letter-dotted", "none"),
                    "labels": labels(
                        "Objective",
                        "Description",
                        "Action Steps",
                        "How We Will Measure Success",
                        "Lead Unit",
                        "Timeline",
                    ),
                    "step_date": "by",
                    "step_leads": 0.5,
                    "goal_timeline": False,
                    "pillar_breaks": True,
                    "letter": False,
                    "small_caps": True,
                    "label_share": 0.25,
                },
            ),
            DocSpec(
                "goal-worksheets-ruled",
                9103,
                "dev",
                {
                    "variant": "ruled",
                    "pillar": "words",
                    "pillar_word": "Goal Area",
                    "heading": False,
                    "numbers": ("arabic", "dotted", "arabic"),
                    "labels": labels(
                        "Objective",
                        "Why It Matters",
                        "Key Actions",
                        "Performance Measures",
                        "Responsible Division",
                        "Timeframe",
                        "Owner",
                        "Due",
                    ),
                    "step_date": "line",
                    "step_leads": 0.6,
                    "goal_timeline": False,
                    "pillar_breaks": True,
                    "letter": True,
                    "small_caps": False,
                    "label_share": 0.24,
                },
            ),
            DocSpec(
                "goal-worksheets-borderless",
                9104,
                "test",
                {
                    "variant": "borderless",
                    "pillar": "bold",
                    "pillar_word": "",
                    "heading": False,
                    "numbers": ("none", "dotted", "none"),
                    "labels": labels(
                        "Goal",
                        "Purpose",
                        "What We Will Do",
                        "Measures of Success",
                        "Owner",
                        "Timeline",
                    ),
                    "step_date": "paren",
                    "step_leads": 0.4,
                    "goal_timeline": True,
                    "pillar_breaks": False,
                    "letter": True,
                    "small_caps": False,
                    "label_share": 0.22,
                },
            ),
            DocSpec(
                "goal-worksheets-borderless-2",
                9105,
                "dev",
                {
                    "variant": "borderless",
                    "pillar": "words",
                    "pillar_word": "Priority",
                    "heading": False,
                    "numbers": ("arabic", "dotted", "arabic"),
                    "labels": labels(
                        "Objective",
                        "Why It Matters",
                        "Strategies",
                        "Key Performance Indicators",
                        "Responsible",
                        "Timeframe",
                    ),
                    "step_date": "by",
                    "step_leads": 0.5,
                    "goal_timeline": False,
                    "pillar_breaks": True,
                    "letter": False,
                    "small_caps": False,
                    "label_share": 0.25,
                },
            ),
            DocSpec(
                "goal-worksheets-borderless-3",
                9106,
                "dev",
                {
                    "variant": "borderless",
                    "pillar": "caps",
                    "pillar_word": "Focus Area",
                    "heading": False,
                    "numbers": ("upper", "letter-dotted", "none"),
                    "labels": labels(
                        "Goal",
                        "Description",
                        "Action Steps",
                        "Performance Measures",
                        "Lead Unit",
                        "Timeline",
                    ),
                    "step_date": "paren",
                    "step_leads": 0.3,
                    "goal_timeline": True,
                    "pillar_breaks": False,
                    "letter": True,
                    "small_caps": False,
                    "label_share": 0.2,
                },
            ),
        ],
        build,
        render,
    )
]
