"""Strategic plan as a slide deck (python-pptx -> LibreOffice Impress): dividers, goal slides.

Title slide, agenda (not nodes), mission/vision/values, optionally a statistics slide, then a
section-divider slide per pillar ("Pillar 2" kicker over big type on a coloured background)
and one slide per goal: "Goal 2.1 — title" or "Objective: title", activities as real bullets
(level 0), optionally level-1 sub-bullets carrying the activity's lead or a performance
measure (not a node), and an owner line at the bottom or top right ("Owner: X" -> goal leads).
A closing "Questions?" slide. Tests slide reading order, bullet levels and owner placement.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..producers import pptx_pdf
from ..spec import Doc, DocSpec, Family
from ..styles import level_words
from . import _pptx_kit as kit

NAME = "slide-deck"
OWNER_KEYS = ["Owner", "Owner", "Goal Owner", "Goal Lead", "Executive Sponsor", "Lead"]
MEASURES = [
    "Measure: share of residents reporting they feel safe",
    "Measure: year-over-year change in Part I crime",
    "Measure: number of partner agencies engaged",
    "Measure: completion reported to the city council each quarter",
    "Measure: staff survey results on this item",
]


def build(spec: DocSpec) -> Doc:
    """Content, numbering and look of one deck, all drawn from its seed."""
    rng = random.Random(spec.seed)
    detail = rng.choice(["none", "sub-lead", "sub-lead", "sub-measure"])
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(3, 4),
        goal_leads=0.9,
        activity_leads=0.75 if detail == "sub-lead" else 0.0,
        pillar_descriptions=rng.random() < 0.7,
        goal_descriptions=rng.random() < 0.35,
    )
    plan, agency = make_plan(rng, shape)
    numbered = rng.random() < 0.65
    number_levels(plan, ("arabic", "dotted" if numbered else "none"))
    words = level_words(rng, 2)
    if not numbered:
        words[1] = "Objective"
        if words[0] == "Objective":
            words[0] = "Pillar"
    widescreen = spec.options.get("widescreen", True)
    style = {
        "look": kit.draw_look(rng, (16, 17, 18) if not widescreen else (16, 17, 18, 20)),
        "words": words,
        "numbered": numbered,
        "detail": detail,
        "dash": rng.choice([" \u2014 ", ": ", " \u2013 "]),
        "owner_key": rng.choice(OWNER_KEYS),
        "owner_at": rng.choice(["bottom", "topright"]),
        "stats": kit.make_stats(rng) if rng.random() < 0.7 else [],
        "widescreen": widescreen,
        "measures": [rng.choice(MEASURES) for _ in range(40)],
    }
    style["lead_key"] = rng.choice(
        [k for k in ("Lead", "Responsible", "Lead Unit", "Assigned To") if k != style["owner_key"]]
    )
    notes = [
        f"Deck {'16:9' if widescreen else '4:3'}; pillars are divider slides with a "
        f"'{words[0]} N' kicker over the title; goals are one slide each titled "
        + (
            f"'{words[1]} N.M{style['dash'].rstrip()} title'."
            if numbered
            else "'Objective: title' (unnumbered, number null)."
        ),
        "Activities are level-0 bullets of the goal slide's text frame. "
        + {
            "none": "No sub-bullets.",
            "sub-lead": f"Level-1 sub-bullets '{style['lead_key']}: X' are the activity's leads.",
            "sub-measure": "Level-1 sub-bullets 'Measure: ...' are performance measures, "
            "NOT nodes.",
        }[detail],
        f"Goal leads from an '{style['owner_key']}: X' line at the {style['owner_at']} of the "
        "goal slide.",
        "Not nodes: agenda slide, statistics slide (if any), 'Questions?' closing slide, footers "
        "with slide numbers, and the small kicker on each goal slide repeating its pillar's "
        "label and title.",
    ]
    if shape.pillar_descriptions:
        notes.append("Pillar descriptions: the italic sentence on each divider slide.")
    if shape.goal_descriptions:
        notes.append("Goal descriptions: the italic line under each goal slide's title.")
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


def goal_title(goal: dict, st: dict) -> str:
    """The printed goal slide title."""
    if st["numbered"]:
        return f"{st['words'][1]} {goal['number']}{st['dash']}{goal['title']}"
    return f"Objective: {goal['title']}"


def activity_items(goal: dict, st: dict, start: int) -> list[tuple[str, int]]:
    """(text, level) bullets of a goal slide: activities, then lead or measure sub-bullets."""
    items = []
    for i, act in enumerate(goal["activities"]):
        items.append((act["text"], 0))
        if st["detail"] == "sub-lead" and act["leads"]:
            items.append((f"{st['lead_key']}: {', '.join(act['leads'])}", 1))
        elif st["detail"] == "sub-measure" and (start + i) % 2 == 0:
            items.append((st["measures"][(start + i) % len(st["measures"])], 1))
    return items


def goal_slide(
    prs, doc: Doc, goal: dict, pillar: dict, n: int, size: tuple[float, float], foot: str
) -> None:
    """One goal: title bar, optional description, bullets, owner line, footer."""
    st, look = doc.extras["style"], doc.extras["style"]["look"]
    width, height = size
    slide = kit.blank(prs)
    kicker = f"{st['words'][0]} {pillar['number']}: {pillar['title']}"
    y = kit.title_bar(
        slide,
        look,
        width,
        goal_title(goal, st),
        kicker=kicker,
        size=look.title_size - (4 if width < 11 else 2),
    )
    owner = f"{st['owner_key']}: {', '.join(goal['leads'])}" if goal["leads"] else None
    if owner and st["owner_at"] == "topright":
        kit.write(
            slide,
            width - 5.2,
            y - 0.2,
            4.6,
            0.4,
            owner,
            look.font,
            13,
            look.accent2,
            bold=True,
            align="r",
        )
        y += 0.3
    if goal["description"]:
        kit.write(
            slide,
            0.7,
            y,
            width - 1.4,
            0.5,
            goal["description"],
            look.font,
            14,
            "#555555",
            italic=True,
        )
        y += 0.55
    bottom = height - (1.35 if owner and st["owner_at"] == "bottom" else 0.7)
    kit.bullets(slide, 0.7, y, width - 1.4, bottom - y, activity_items(goal, st, n), look)
    if owner and st["owner_at"] == "bottom":
        kit.rect(slide, 0.7, height - 1.25, width - 1.4, 0.5, kit.tint(look.accent, 0.88))
        kit.write(
            slide,
            0.85,
            height - 1.22,
            width - 1.7,
            0.45,
            owner,
            look.font,
            14,
            look.accent,
            bold=True,
            anchor="m",
        )
    kit.footer(slide, look, width, height, foot, n)


def board(agency) -> str:
    """Who a deck is presented to: a sheriff briefs the county board, a chief the council."""
    return "Board of Supervisors" if agency.chief_title == "Sheriff" else "City Council"


def render(doc: Doc, out: Path) -> None:
    """Draw the deck slide by slide and convert it with LibreOffice Impress."""
    st, plan, agency = doc.extras["style"], doc.plan, doc.extras["agency"]
    look = st["look"]
    prs, width, height = kit.new_deck(st["widescreen"])
    foot = f"{agency.short} | {plan['title']}"
    kit.title_slide(
        prs,
        look,
        width,
        height,
        plan["agency"],
        plan["title"],
        f"Briefing to the {board(agency)} \u2022 {agency.chief}, {agency.chief_title}",
    )
    n = 2
    agenda = [
        "Who we are",
        *([] if not st["stats"] else ["Where we are today"]),
        "Our strategic " + st["words"][0].lower() + "s",
        "Next steps and questions",
    ]
    kit.agenda_slide(prs, look, width, height, "Agenda", agenda, n, foot)
    n += 1
    kit.mvv_slide(prs, look, width, height, plan, n, foot)
    if st["stats"]:
        n += 1
        kit.stats_slide(prs, look, width, height, "Where We Are Today", st["stats"], n, foot)
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
            n += 1
            goal_slide(prs, doc, goal, pillar, n, (width, height), foot)
    kit.closing_slide(
        prs,
        look,
        width,
        height,
        "Questions?",
        f"{agency.chief}, {agency.chief_title} \u2022 {plan['agency']}",
    )
    pptx_pdf(prs, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-impress",
        __doc__.splitlines()[0],
        [
            DocSpec("slide-deck-cedar", 5001, "dev"),
            DocSpec("slide-deck-boardroom", 5002, "dev", {"widescreen": False}),
            DocSpec("slide-deck-council", 5003, "test"),
            DocSpec("slide-deck-lakeside", 5051, "dev"),
            DocSpec("slide-deck-prairie", 5052, "dev", {"widescreen": False}),
        ],
        build,
        render,
    )
]
