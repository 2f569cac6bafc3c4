"""Table deck (python-pptx -> LibreOffice Impress): pillar dividers, one table per goal slide.

Title and agenda slides, a section-divider slide per pillar, then goal slides each holding a
python-pptx table: either "Action | Lead | Timeline" (the Timeline cell is the row's one
milestone) or "Initiative | Owner | FY26 | FY27 | FY28" (each filled period cell is one phased
milestone with the column's period and the row's owner). Goals with many rows continue on a
second slide titled "(continued)", which is the same goal. Tests real tables in slides.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..producers import pptx_pdf
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, level_words
from . import _pptx_kit as kit

NAME = "slide-table"
SCHEMES = [("arabic", "dotted"), ("upper", "letter-dotted"), ("roman", "arabic")]
FIRST_COLUMN = {
    "timeline": ["Action", "Key Activity", "Strategy", "Action Step"],
    "phased": ["Initiative", "Key Initiative", "Project"],
}
LEAD_COLUMN = {
    "timeline": ["Lead", "Responsible", "Lead Unit"],
    "phased": ["Owner", "Owner", "Lead"],
}
TIME_COLUMN = ["Timeline", "Target Date", "Complete By", "Timeframe"]


def phase_labels(rng: random.Random, start: int) -> list[str]:
    """Three period column labels starting at the plan's first year."""
    form = rng.choice(["fy2", "fy2", "fy4", "year"])
    years = [start, start + 1, start + 2]
    if form == "fy2":
        return [f"FY{y % 100:02d}" for y in years]
    if form == "fy4":
        return [f"FY{y}" for y in years]
    return [f"Year {i} ({y})" for i, y in enumerate(years, 1)]


def build(spec: DocSpec) -> Doc:
    """Content, numbering, columns and look of one table deck, drawn from its seed."""
    rng = random.Random(spec.seed)
    mode = spec.options["mode"]
    start = rng.randint(2025, 2027)
    phases = phase_labels(rng, start) if mode == "phased" else []
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 2),
        activities=(3, 5) if mode == "phased" else (3, 6),
        goal_leads=0.6 if mode == "timeline" else 0.0,
        activity_leads=1.0 if mode == "phased" else 0.9,
        milestones=mode,
        phases=phases,
        phase_fill=0.75,
        pillar_descriptions=rng.random() < 0.6,
        front_matter=False,
    )
    plan, agency = make_plan(rng, shape, start=start)
    schemes = rng.choice(SCHEMES)
    number_levels(plan, schemes)
    words = level_words(rng, 2)
    if mode == "phased" and words[1] == "Initiative":
        words[1] = "Objective"
    style = {
        "look": kit.draw_look(rng, (16, 18)),
        "mode": mode,
        "words": words,
        "phases": phases,
        "first": rng.choice(FIRST_COLUMN[mode]),
        "lead": rng.choice(LEAD_COLUMN[mode]),
        "time": rng.choice(TIME_COLUMN),
        "goal_key": rng.choice(GOAL_LEAD_KEYS),
        "sep": rng.choice([": ", " \u2014 ", ". "]),
        "size": rng.choice([10.5, 11, 12]),
        "max_rows": 4 if mode == "phased" else 5,
    }
    columns = [style["first"], style["lead"], *(phases or [style["time"]])]
    notes = [
        f"Deck 16:9. Pillars are divider slides '{words[0]} N'; goals are slides titled "
        f"'{words[1]} N{style['sep'].rstrip()} title' (numbering {schemes[0]}/{schemes[1]}), "
        f"each holding a table '{' | '.join(columns)}'; each row is one activity.",
        (
            "Phased: each filled period cell is one milestone (period from the column label, "
            "lead = the row's owner); empty cells are not milestones."
            if mode == "phased"
            else "Timeline: the Timeline cell is the activity's one milestone (period normalised, "
            "'Ongoing'/'Annually' -> null, lead = the row's lead or null when the cell is blank)."
        ),
        f"A goal with more than {style['max_rows']} rows continues on the next slide, titled "
        "'... (continued)' with the header row repeated: one goal, not two.",
        "Not nodes: agenda slide (lists the pillar titles again), 'Next Steps' closing slide, "
        "footers with slide numbers, the kicker on each goal slide repeating its pillar's label "
        "and title. No mission/vision/values printed.",
    ]
    if shape.goal_leads:
        notes.append(f"Goal leads from a '{style['goal_key']}: X' line under the goal title.")
    if shape.pillar_descriptions:
        notes.append("Pillar descriptions: the italic sentence on each divider slide.")
    return Doc(
        spec.slug,
        NAME,
        "libreoffice-impress",
        spec.split,
        rng,
        plan,
        {"agency": agency, "style": style},
        notes,
    )


def table_rows(goal: dict, st: dict) -> list[list[str]]:
    """One printed row per activity: text, lead(s), then the timeline or the period cells."""
    rows = []
    for act in goal["activities"]:
        row = [act["text"], ", ".join(act["leads"])]
        if st["mode"] == "timeline":
            row.append(act["milestones"][0]["text"])
        else:
            cells = {m["_column"]: m["text"] for m in act["milestones"]}
            row += [cells.get(p, "") for p in st["phases"]]
        rows.append(row)
    return rows


def chunks(rows: list[list[str]], most: int) -> list[list[list[str]]]:
    """Split rows into evenly sized slides of at most ``most`` rows."""
    parts = -(-len(rows) // most)
    size = -(-len(rows) // parts)
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def goal_slides(
    prs, doc: Doc, pillar: dict, goal: dict, size: tuple[float, float], n: int, foot: str
) -> int:
    """The goal's table slide(s); returns the last slide number used."""
    st, look = doc.extras["style"], doc.extras["style"]["look"]
    width, height = size
    header = [st["first"], st["lead"], *(st["phases"] or [st["time"]])]
    if st["mode"] == "phased":
        widths = [3.9, 2.0] + [(width - 1.2 - 5.9) / len(st["phases"])] * len(st["phases"])
    else:
        widths = [width - 1.2 - 2.9 - 1.9, 2.9, 1.9]
    kicker = f"{st['words'][0]} {pillar['number']}: {pillar['title']}"
    for i, part in enumerate(chunks(table_rows(goal, st), st["max_rows"])):
        slide = kit.blank(prs)
        title = f"{st['words'][1]} {goal['number']}{st['sep']}{goal['title']}"
        title += " (continued)" if i else ""
        y = kit.title_bar(slide, look, width, title, kicker=kicker, size=look.title_size - 4)
        if goal["leads"] and not i:
            kit.write(
                slide,
                0.6,
                y - 0.2,
                width - 1.2,
                0.4,
                f"{st['goal_key']}: {', '.join(goal['leads'])}",
                look.font,
                13,
                look.accent2,
                bold=True,
            )
            y += 0.3
        kit.table(
            slide,
            0.6,
            y,
            widths,
            [header, *part],
            look,
            size=st["size"],
            row_height=0.8 if st["mode"] == "phased" else 0.6,
        )
        kit.footer(slide, look, width, height, foot, n)
        n += 1
    return n - 1


def render(doc: Doc, out: Path) -> None:
    """Title, agenda, then per pillar a divider and its goal table slides; a closing slide."""
    st, plan, agency = doc.extras["style"], doc.plan, doc.extras["agency"]
    look = st["look"]
    prs, width, height = kit.new_deck(True)
    foot = f"{plan['agency']} \u2022 {plan['title']}"
    kit.title_slide(
        prs,
        look,
        width,
        height,
        plan["agency"],
        plan["title"],
        f"Implementation Plan \u2022 {agency.chief}, {agency.chief_title}",
    )
    agenda = [p["title"] for p in plan["pillars"]]
    kit.agenda_slide(prs, look, width, height, "Today's Agenda", agenda + ["Next steps"], 2, foot)
    n = 2
    for pillar in plan["pillars"]:
        n += 1
        kit.divider(
            prs,
            look,
            width,
            height,
            f"{st['words'][0]} {pillar['number']}",
            pillar["title"],
            pillar["description"],
        )
        for goal in pillar["goals"]:
            n = goal_slides(prs, doc, pillar, goal, (width, height), n + 1, foot)
    kit.closing_slide(
        prs,
        look,
        width,
        height,
        "Next Steps",
        "Quarterly progress reports will be shared with the community.",
    )
    pptx_pdf(prs, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-impress",
        __doc__.splitlines()[0],
        [
            DocSpec("slide-table-phased", 5201, "dev", {"mode": "phased"}),
            DocSpec("slide-table-timeline", 5202, "test", {"mode": "timeline"}),
            DocSpec("slide-table-timeline-2", 5251, "dev", {"mode": "timeline"}),
        ],
        build,
        render,
    )
]
