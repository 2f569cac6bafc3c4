"""Goal-tile deck (python-pptx -> LibreOffice Impress): "Goal N" top level, objective slides.

An overview slide of goal tiles (a summary repeat, NOT nodes) precedes one detail slide per
goal, where "Goal 1".."Goal N" are the pillars, followed by one slide per "Objective N.M" (the
goals). Objective slides carry a repeated "GOAL N | TITLE" header (not a new node) and list
their actions either as bullets with a trailing "(Lead: X)" or as a two-column "Action | Lead"
grid of text boxes; small speaker-style footers print "Slide N of M". Tests the Goal-as-pillar
vocabulary and leads in parentheses or side columns.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..producers import pptx_pdf
from ..spec import Doc, DocSpec, Family
from . import _pptx_kit as kit

NAME = "slide-tiles"
LEAD_WORDS = ["Lead", "Lead", "Owner", "Responsible"]
ACTION_WORDS = ["Action", "Key Action", "Strategy", "What we will do"]


def build(spec: DocSpec) -> Doc:
    """Content, numbering and look of one tile deck, drawn from its seed."""
    rng = random.Random(spec.seed)
    mode = spec.options.get("mode") or rng.choice(["trailing", "columns"])
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(3, 4),
        goal_leads=0.0,
        activity_leads=1.0 if mode == "columns" else 0.85,
        pillar_descriptions=True,
        front_matter=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, ("arabic", "dotted"))
    style = {
        "look": kit.draw_look(rng, (15, 16, 17)),
        "mode": mode,
        "lead_word": rng.choice(LEAD_WORDS),
        "action_word": rng.choice(ACTION_WORDS),
        "sep": rng.choice([": ", " \u2014 ", " | "]),
        "tile_shape": rng.choice(["square", "rounded"]),
        "overview": rng.choice(["Our Goals at a Glance", "Strategic Goals", "Plan Overview"]),
        "slide_word": rng.choice(["Slide", "Page", ""]),
    }
    lead_form = (
        f"a trailing '({style['lead_word']}: X)' after each action bullet"
        if mode == "trailing"
        else f"a two-column grid '{style['action_word']} | {style['lead_word']}' of text "
        "boxes, one row per action"
    )
    notes = [
        "Deck 16:9. Pillars are 'Goal 1'..'Goal N' (the top level), each with a detail slide "
        "(kicker, title, description paragraph); goals are 'Objective N.M' slides titled "
        f"'Objective N.M{style['sep'].rstrip()} title'.",
        f"Activities are the objective slide's actions, with leads from {lead_form}.",
        f"Not nodes: the '{style['overview']}' slide of goal tiles (a summary repeat of the "
        "pillars), the repeated 'GOAL N | TITLE' header on objective slides, the closing slide, "
        "speaker-style footers with slide numbers.",
        "Mission, vision and values are printed on a slide."
        if shape.front_matter
        else "No mission/vision/values printed (null / []).",
    ]
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


def overview_slide(
    prs, look: kit.Look, size: tuple[float, float], plan: dict, st: dict, foot: tuple[str, int, int]
) -> None:
    """Goal tiles: 'Goal N' over the title and the number of objectives (a summary repeat)."""
    width, height = size
    slide = kit.blank(prs)
    y = kit.title_bar(slide, look, width, st["overview"])
    pillars = plan["pillars"]
    n = len(pillars)
    w = (width - 1.4 - 0.3 * (n - 1)) / n
    shape = (
        kit.MSO_SHAPE.ROUNDED_RECTANGLE
        if st["tile_shape"] == "rounded"
        else kit.MSO_SHAPE.RECTANGLE
    )
    for i, pillar in enumerate(pillars):
        x = 0.7 + i * (w + 0.3)
        fill = look.accent if i % 2 == 0 else look.accent2
        kit.rect(slide, x, y + 0.3, w, 4.2, fill, shape=shape)
        kit.write(
            slide,
            x + 0.2,
            y + 0.5,
            w - 0.4,
            0.5,
            f"GOAL {pillar['number']}",
            look.font,
            14,
            kit.tint(fill, 0.6),
            bold=True,
        )
        kit.write(
            slide,
            x + 0.2,
            y + 1.1,
            w - 0.4,
            2.0,
            pillar["title"],
            look.title_font,
            22,
            "#ffffff",
            bold=True,
        )
        kit.write(
            slide,
            x + 0.2,
            y + 3.7,
            w - 0.4,
            0.5,
            f"{len(pillar['goals'])} objectives",
            look.font,
            12,
            "#ffffff",
            italic=True,
        )
    speaker_footer(slide, look, size, st, foot)


def speaker_footer(
    slide, look: kit.Look, size: tuple[float, float], st: dict, foot: tuple[str, int, int]
) -> None:
    """Small footer: the deck name left, 'Slide N of M' right."""
    text, n, total = foot
    label = f"{st['slide_word']} {n} of {total}".strip() if st["slide_word"] else f"{n} / {total}"
    kit.footer(slide, look, size[0], size[1], text, n, right_text=label)


def pillar_slide(
    prs,
    look: kit.Look,
    size: tuple[float, float],
    pillar: dict,
    st: dict,
    foot: tuple[str, int, int],
) -> None:
    """A goal (pillar) detail slide: big 'Goal N', the title, its description, its count."""
    width, height = size
    slide = kit.blank(prs)
    kit.rect(slide, 0, 0, 4.2, height, look.accent)
    kit.write(
        slide, 0.5, 1.4, 3.3, 0.6, "GOAL", look.font, 22, kit.tint(look.accent, 0.6), bold=True
    )
    kit.write(
        slide, 0.5, 2.0, 3.3, 2.0, pillar["number"], look.title_font, 110, "#ffffff", bold=True
    )
    kit.write(
        slide,
        4.8,
        1.3,
        width - 5.5,
        1.6,
        pillar["title"],
        look.title_font,
        36,
        look.accent,
        bold=True,
    )
    kit.rect(slide, 4.8, 3.0, 1.5, 0.06, look.accent2)
    kit.write(slide, 4.8, 3.3, width - 5.6, 2.0, pillar["description"], look.font, 18, "#333333")
    speaker_footer(slide, look, size, st, foot)


def objective_header(
    slide, look: kit.Look, width: float, pillar: dict, goal: dict, st: dict
) -> float:
    """The repeated 'GOAL N | TITLE' band and the objective title; returns the content top."""
    kit.rect(slide, 0, 0, width, 0.45, look.accent)
    kit.write(
        slide,
        0.6,
        0.05,
        width - 1.2,
        0.35,
        f"GOAL {pillar['number']} | {pillar['title'].upper()}",
        look.font,
        12,
        "#ffffff",
        bold=True,
        anchor="m",
    )
    title = f"Objective {goal['number']}{st['sep']}{goal['title']}"
    size = look.title_size - 2 if len(title) < 48 else 22
    kit.write(
        slide,
        0.6,
        0.6,
        width - 1.2,
        1.1,
        title,
        look.title_font,
        size,
        look.accent,
        bold=True,
        anchor="b",
    )
    kit.rect(slide, 0.6, 1.78, 2.0, 0.05, look.accent2)
    return 2.05


def trailing_actions(
    slide, look: kit.Look, size: tuple[float, float], goal: dict, st: dict, top: float
) -> None:
    """Actions as bullets, each ending in '(Lead: X)' when it has leads."""
    items = []
    for act in goal["activities"]:
        tail = f" ({st['lead_word']}: {', '.join(act['leads'])})" if act["leads"] else ""
        items.append((act["text"] + tail, 0))
    kit.bullets(slide, 0.8, top, size[0] - 1.6, size[1] - top - 0.8, items, look, gap=12)


def column_actions(
    slide, look: kit.Look, size: tuple[float, float], goal: dict, st: dict, top: float
) -> None:
    """Actions as a two-column grid: one text box per cell, a rule between rows."""
    width = size[0]
    lead_w = 3.3
    act_w = width - 1.6 - lead_w - 0.2
    kit.write(
        slide, 0.8, top, act_w, 0.4, st["action_word"], look.font, 13, look.accent2, bold=True
    )
    kit.write(
        slide,
        0.8 + act_w + 0.2,
        top,
        lead_w,
        0.4,
        st["lead_word"],
        look.font,
        13,
        look.accent2,
        bold=True,
    )
    y = top + 0.45
    row = min(1.05, (size[1] - y - 0.8) / max(1, len(goal["activities"])))
    for act in goal["activities"]:
        kit.rect(slide, 0.8, y, width - 1.6, 0.02, "#bbbbbb")
        kit.write(
            slide,
            0.8,
            y + 0.08,
            act_w,
            row - 0.1,
            act["text"],
            look.font,
            look.body_size,
            "#222222",
        )
        kit.write(
            slide,
            0.8 + act_w + 0.2,
            y + 0.08,
            lead_w,
            row - 0.1,
            ", ".join(act["leads"]),
            look.font,
            look.body_size - 1,
            look.accent,
            bold=True,
        )
        y += row


def render(doc: Doc, out: Path) -> None:
    """Title, optional mission slide, tiles overview, goal and objective slides, closing."""
    st, plan, agency = doc.extras["style"], doc.plan, doc.extras["agency"]
    look = st["look"]
    prs, width, height = kit.new_deck(True)
    size = (width, height)
    total = 3 + bool(plan["mission"]) + sum(1 + len(p["goals"]) for p in plan["pillars"])
    text = f"{agency.short} Strategic Plan \u2022 {plan['period']['start']}-{plan['period']['end']}"
    kit.title_slide(
        prs,
        look,
        width,
        height,
        plan["agency"],
        plan["title"],
        f"Presented by {agency.chief}, {agency.chief_title}",
    )
    n = 1
    if plan["mission"]:
        n += 1
        kit.mvv_slide(prs, look, width, height, plan, n, text)
    n += 1
    overview_slide(prs, look, size, plan, st, (text, n, total))
    for pillar in plan["pillars"]:
        n += 1
        pillar_slide(prs, look, size, pillar, st, (text, n, total))
        for goal in pillar["goals"]:
            n += 1
            slide = kit.blank(prs)
            top = objective_header(slide, look, width, pillar, goal, st)
            draw = trailing_actions if st["mode"] == "trailing" else column_actions
            draw(slide, look, size, goal, st, top)
            speaker_footer(slide, look, size, st, (text, n, total))
    kit.closing_slide(
        prs, look, width, height, "Thank You", f"Questions and comments: {plan['agency']}"
    )
    pptx_pdf(prs, out)


FAMILIES = [
    Family(
        NAME,
        "libreoffice-impress",
        __doc__.splitlines()[0],
        [
            DocSpec("slide-tiles-district", 5101, "dev", {"mode": "trailing"}),
            DocSpec("slide-tiles-summit", 5102, "test", {"mode": "columns"}),
            DocSpec("slide-tiles-harbor", 5103, "dev", {"mode": "columns"}),
            DocSpec("slide-tiles-meadow", 5104, "dev", {"mode": "columns"}),
            DocSpec("slide-tiles-canyon", 5105, "dev", {"mode": "trailing"}),
            DocSpec("slide-tiles-orchard", 5106, "dev", {"mode": "columns"}),
        ],
        build,
        render,
    )
]
