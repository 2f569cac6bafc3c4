"""Fully ruled (grid) action tables per goal (reportlab platypus): phased or target-date columns.

Each pillar opens with a heading (level word and number drawn per document) and a short
narrative; each goal has a heading and one grid table with a shaded header row. The phased
variant prints "Key Activity | Lead | 2025 | 2026 | 2027" with one milestone per non-empty
period cell; some activities span two rows (the activity cell spans both rows, each row has its
own milestone cells and lead). The timeline variant prints "Action | Responsible | Target Date |
Status" (one milestone per row; the per-row status is not stored, the schema has no activity
status). Cover, executive summary, contents page, performance-measure boxes, running footer and
a glossary appendix are not nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import PHASE_STEPS, STATUSES, THEMES, Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node, normalise_period
from ..styles import GOAL_WORDS, PILLAR_WORDS
from . import _tables_common as tc

NAME = "ruled-action-table"


def phase_labels(rng: random.Random, start: int) -> list[str]:
    """Three period column labels in one of the ways plans print them."""
    years = [start, start + 1, start + 2]
    form = rng.choice(["year", "fy", "fy2", "phase"])
    if form == "year":
        return [str(y) for y in years]
    if form == "fy":
        return [f"FY{y}" for y in years]
    if form == "fy2":
        return [f"FY {str(y)[2:]}" for y in years]
    return [f"Phase {i} ({y})" for i, y in enumerate(years, 1)]


def second_row(rng: random.Random, act: Node, theme: str, labels: list[str]) -> None:
    """Give an activity a second table row: more milestone cells, maybe another lead."""
    first = act["leads"][0] if act["leads"] else None
    others = [x for x in THEMES[theme].leads if x != first]
    lead = first if rng.random() < 0.5 or not others else rng.choice(others)
    used = {m["text"] for m in act["milestones"]}
    steps = [s.replace("{obj}", act["_obj"]) + "." for s in PHASE_STEPS]
    steps = [s for s in steps if s not in used]
    rng.shuffle(steps)
    cells = [lab for lab in labels if rng.random() < 0.55] or [labels[-1]]
    row = [
        {"period": normalise_period(lab), "text": steps[i], "lead": lead, "_column": lab}
        for i, lab in enumerate(cells)
    ]
    act["_rows"] = [{"lead": first, "cells": act["milestones"]}, {"lead": lead, "cells": row}]
    act["milestones"] = act["milestones"] + row
    act["leads"] = [x for x in dict.fromkeys([first, lead]) if x]


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    variant = spec.options["variant"]
    start = rng.randint(2024, 2027)
    labels = phase_labels(rng, start)
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(3, 5),
        activity_leads=0.93,
        milestones="phased" if variant == "phased" else "timeline",
        phases=labels,
        phase_fill=0.7,
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape, start=start)
    schemes = rng.choice(
        [("arabic", "dotted"), ("upper", "letter-dotted"), ("arabic", "arabic"), ("roman", "upper")]
    )
    act_scheme = rng.choice(["none", "arabic", "dotted"])
    if act_scheme == "dotted" and schemes[1] != "dotted":
        act_scheme = "letter-dotted" if schemes[0] == "upper" else "arabic"
    number_levels(plan, (*schemes, act_scheme) if act_scheme != "none" else schemes)
    look = tc.draw_look(rng)
    words = [rng.choice(["", *PILLAR_WORDS]), rng.choice(["", *GOAL_WORDS])]
    for pillar in plan["pillars"]:
        if look.caps:
            pillar["title"] = pillar["title"].upper()
        for goal in pillar["goals"]:
            goal["_measures"] = rng.random() < 0.4
            for act in goal["activities"]:
                act["_status"] = rng.choice(STATUSES)
                if variant == "phased" and len(act["leads"]) < 2 and rng.random() < 0.3:
                    second_row(rng, act, pillar["_theme"], labels)
    look.extras.update(
        words=words,
        variant=variant,
        labels=labels,
        lead_last=rng.random() < 0.4,
        new_page=rng.random() < 0.6,
        dark_head=rng.random() < 0.5,
        sep=rng.choice(["; ", " / ", ";<br/>"]),
    )
    notes = notes_for(variant, words, labels, look)
    return Doc(
        spec.slug,
        NAME,
        "reportlab-platypus",
        spec.split,
        rng,
        plan,
        {"agency": agency, "look": look},
        notes,
    )


def notes_for(variant: str, words: list[str], labels: list[str], look: tc.Look) -> list[str]:
    """What this document tests and the judgment calls behind its gold."""
    pw, gw = words[0] or "(no word)", words[1] or "(no word)"
    out = [
        f"Pillar headings '{pw} N title', goal headings '{gw} N title' above one fully "
        f"ruled table per goal (pillar mark: {look.pillar_mark}; header row shaded)."
    ]
    if variant == "phased":
        out += [
            f"Columns 'Key Activity | Lead | {' | '.join(labels)}': each non-empty period "
            "cell is one milestone (column's normalised period, the row's lead); empty "
            "cells are not milestones.",
            "Some activities span two rows (activity cell spans both rows): one activity; "
            "its milestones are row 1's cells then row 2's, left to right; its leads are "
            "the distinct row leads in order.",
            f"Two leads in one lead cell (joined by {tc.sep_name(look.extras['sep'])}) are "
            "two leads; "
            "the milestone lead is the first one.",
        ]
    else:
        out += [
            "Columns 'Action | Responsible | Target Date | Status': the target date is the "
            "activity's one milestone (period normalised, null for 'Ongoing'); the per-row "
            "Status column is not stored (the schema has no activity status)."
        ]
    out += [
        "Not nodes: cover, contents page (dot leaders), executive summary, mission/vision/"
        "values page when printed, 'Performance Measures' boxes under some goals, running "
        "footer with page numbers, Appendix A glossary of acronyms."
    ]
    return out


def header_cells(look: tc.Look, st: dict) -> list:
    ex = look.extras
    if ex["variant"] == "timeline":
        names = ["Action", "Responsible", "Target Date", "Status"]
    else:
        names = (
            ["Key Activity", *ex["labels"], "Lead"]
            if ex["lead_last"]
            else ["Key Activity", "Lead", *ex["labels"]]
        )
    return [tc.para(n, st["head_cell"]) for n in names]


def activity_label(act: Node) -> str:
    num = act["number"]
    if not num:
        return act["text"]
    return f"{num}. {act['text']}" if "." not in num else f"{num} {act['text']}"


def phased_rows(act: Node, look: tc.Look, st: dict) -> list[list]:
    """One or two table rows of an activity: its cells, lead cell per row."""
    ex = look.extras
    rows = act.get("_rows") or [{"lead": None, "cells": act["milestones"], "all": True}]
    out = []
    for i, row in enumerate(rows):
        by_col = {m["_column"]: m["text"] for m in row["cells"]}
        cells = [tc.para(by_col.get(lab, ""), st["cell"]) for lab in ex["labels"]]
        leads = act["leads"] if row.get("all") else [row["lead"]] if row["lead"] else []
        lead = tc.lines(leads, st["center"], ex["sep"])
        first = tc.para(activity_label(act), st["cellb"]) if i == 0 else ""
        out.append([first, *cells, lead] if ex["lead_last"] else [first, lead, *cells])
    return out


def goal_table(goal: Node, look: tc.Look, st: dict, width: float):
    """The goal's grid table: shaded header, spans for two-row activities."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    ex = look.extras
    data = [header_cells(look, st)]
    spans = []
    for act in goal["activities"]:
        if ex["variant"] == "timeline":
            target = act["milestones"][0]["text"] if act["milestones"] else ""
            data.append(
                [
                    tc.para(activity_label(act), st["cell"]),
                    tc.lines(act["leads"], st["cell"], ex["sep"]),
                    tc.para(target, st["cell"]),
                    tc.para(act["_status"], st["cell"]),
                ]
            )
            continue
        rows = phased_rows(act, look, st)
        if len(rows) > 1:
            spans.append(("SPAN", (0, len(data)), (0, len(data) + 1)))
        data += rows
    if ex["variant"] == "timeline":
        widths = [0.5, 0.2, 0.15, 0.15]
    else:
        n = len(ex["labels"])
        widths = (
            [0.3, *([0.54 / n] * n), 0.16] if ex["lead_last"] else [0.3, 0.16, *([0.54 / n] * n)]
        )
    table = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
    head_bg = colors.HexColor(look.accent) if ex["dark_head"] else tc.tint(look.accent, 0.22)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), head_bg),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *spans,
            ]
        )
    )
    table.spaceBefore, table.spaceAfter = 4, 10
    return table


def pillar_story(pillar: Node, look: tc.Look, st: dict, width: float, rng) -> list:
    from reportlab.platypus import CondPageBreak, PageBreak

    words = look.extras["words"]
    label = f"{words[0]} {pillar['number']}" if words[0] else pillar["number"]
    if words[0] and look.pillar_mark != "kicker":
        label += ":"
    story = [PageBreak() if look.extras["new_page"] else CondPageBreak(260)]
    story += tc.pillar_heading(label, pillar["title"], look, st, width)
    if pillar["description"]:
        story.append(tc.para(pillar["description"], st["body"]))
    for goal in pillar["goals"]:
        glabel = f"{words[1]} {goal['number']}: " if words[1] else f"{goal['number']} "
        story.append(tc.para(glabel + goal["title"], st["h2"]))
        story.append(goal_table(goal, look, st, width))
        if goal["_measures"]:
            story.append(tc.measures_box(rng, pillar["_theme"], look, st, width))
    return story


def render(doc: Doc, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle

    look, plan, agency = doc.extras["look"], doc.plan, doc.extras["agency"]
    st = tc.paragraph_styles(look)
    white = look.extras["dark_head"]
    st["head_cell"] = ParagraphStyle(
        "hc", parent=st["head"], textColor=colors.white if white else colors.black
    )
    rng = random.Random(doc.rng.random())
    width = letter[0] - 108
    story = tc.cover(plan, agency, look, st, width)
    story += tc.summary_page(plan, agency, rng, st, with_contents=True)
    story += tc.mvv(plan, st)
    for pillar in plan["pillars"]:
        story += pillar_story(pillar, look, st, width, rng)
    story += tc.glossary(plan, st, width, look)
    tc.build_pdf(out, story, plan, look, letter, two_pass=True)


FAMILIES = [
    Family(
        NAME,
        "reportlab-platypus",
        __doc__.splitlines()[0],
        [
            DocSpec("ruled-action-table-1", 1001, "dev", {"variant": "phased"}),
            DocSpec("ruled-action-table-2", 1002, "dev", {"variant": "timeline"}),
            DocSpec("ruled-action-table-3", 1003, "test", {"variant": "phased"}),
            DocSpec("ruled-action-table-4", 1051, "dev", {"variant": "phased"}),
        ],
        build,
        render,
    )
]
