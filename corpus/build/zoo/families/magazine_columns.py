"""Magazine pages (Chromium): CSS columns or a grid, sidebar boxes, pull quotes, photo boxes.

Each pillar opens a page with a kicker line ("PRIORITY AREA 2") over a big coloured title and
a lead paragraph; its goals follow in two or three text columns (or a main column beside a
sidebar) as bold run-in lead-ins or subheadings, some with a "Goal Owner(s): ..." line, and
activities are bullet lists whose glyphs come from CSS (list-style strings or ::before).
Pull quotes, grey photo boxes with captions, statistic tiles and sidebars are not nodes.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, PALETTE, level_words
from ._html_common import (
    base_css,
    caption,
    document,
    esc,
    goal_description,
    letter_paragraphs,
    page_style,
    quote,
    render_html,
    stats,
)

NAME = "magazine-columns"
GLYPHS = ["\u25b8", "\u25cf", "\u2013", "\u25a0", "\u2022", "\u203a", "\u25c6", "\u2014"]


def build(spec: DocSpec) -> Doc:
    """Plan content, numbering and the magazine style, all drawn from the seed."""
    rng = random.Random(spec.seed)
    front = rng.random() < 0.7
    shape = Shape(
        pillars=(4, 5), goals=(2, 4), activities=(3, 5), goal_leads=0.6, front_matter=front
    )
    plan, agency = make_plan(rng, shape)
    goal_scheme = rng.choice(["dotted", "dotted", "arabic", "none"])
    number_levels(plan, ("arabic", goal_scheme))
    for pillar in plan["pillars"]:
        for goal in pillar["goals"]:
            if rng.random() < 0.75:
                goal["description"] = goal_description(rng)
    style = draw_style(rng, goal_scheme) | spec.options  # options pin the layout variety
    extras = {"agency": agency, "style": style, "narrative": narrative(rng, agency, plan)}
    return Doc(spec.slug, NAME, "chromium", spec.split, rng, plan, extras, notes(style, front))


def draw_style(rng: random.Random, goal_scheme: str) -> dict:
    """Columns, heading marks, bullets, goal presentation and the goal-lead key."""
    words = level_words(rng, 2)
    return {
        "page": page_style(rng),
        "words": words,
        "goal_word": words[1] if goal_scheme != "none" and rng.random() < 0.7 else "",
        "layout": rng.choice(["columns2", "columns3", "grid"]),
        "run_in": rng.random() < 0.5,
        "justify": rng.random() < 0.5,
        "glyph": rng.choice(GLYPHS),
        "marker": rng.choice(["list-style", "before"]),
        "accents": rng.sample(PALETTE, 5),
        "goal_lead_key": rng.choice(["Goal Owner(s)", "Goal Owner(s)", *GOAL_LEAD_KEYS]),
        "caps_title": rng.random() < 0.3,
    }


def narrative(rng: random.Random, agency, plan: dict) -> dict:
    """Quotes, captions and statistics placed around the plan (none of them are nodes)."""
    n = len(plan["pillars"])
    return {
        "letter": letter_paragraphs(rng, agency, plan),
        "quotes": [quote(rng) for _ in range(n + 1)],
        "captions": [caption(rng, agency) for _ in range(n + 1)],
        "stats": [stats(rng, 3) for _ in range(n + 1)],
        "photo_at": {i for i in range(n) if rng.random() < 0.6},
    }


def notes(style: dict, front: bool) -> list[str]:
    words = style["words"]
    return [
        f"Layout {style['layout']}; pillars are a kicker '{words[0].upper()} N' over a big "
        "coloured title (number from the kicker); goals are "
        + (
            "bold run-in lead-ins at the start of a paragraph whose rest is the goal description"
            if style["run_in"]
            else "subheadings with the description paragraph below"
        )
        + (f", prefixed '{style['goal_word']} N.M'." if style["goal_word"] else "."),
        f"Some goals carry a '{style['goal_lead_key']}: ...' line (goal leads). Activities are "
        f"CSS bullets ('{style['glyph']}' via {style['marker']}), unnumbered, no fields.",
        "Not nodes: cover, chief's letter, pull quotes with attributions, grey photo boxes and "
        "captions, statistic tiles, sidebar boxes"
        + (", mission/vision/values sidebar (gold front matter)." if front else "."),
        f"Text {'justified' if style['justify'] else 'ragged right'}.",
    ]


def css(style: dict) -> str:
    """The magazine's stylesheet."""
    cols = {"columns2": 2, "columns3": 3, "grid": 2}[style["layout"]]
    glyph = esc(style["glyph"]).replace("'", "\\'")
    marker = (
        f"ul.acts {{ list-style-type: '{glyph}  '; padding-left: 1.3em; }}"
        if style["marker"] == "list-style"
        else f"ul.acts {{ list-style: none; padding-left: 1.2em; }} ul.acts li::before {{ "
        f"content: '{glyph}'; position: absolute; margin-left: -1.1em; "
        f"color: var(--accent); }} ul.acts li {{ position: relative; }}"
    )
    align = "justify" if style["justify"] else "left"
    return (
        base_css(style["page"])
        + f"""
.cols {{ column-count: {cols}; column-gap: 1.6em; column-rule: 0.5pt solid #ccc; }}
.grid {{ display: grid; grid-template-columns: 2.1fr 1fr; gap: 1.4em; }}
.grid .main {{ column-count: {cols}; column-gap: 1.4em; }}
p, li {{ text-align: {align}; }}
p {{ margin: 0 0 0.55em 0; }}
.kicker {{ font-weight: bold; letter-spacing: 0.12em; font-size: 0.85em; color: #666;
          margin-bottom: 0.2em; border-top: 3pt solid var(--accent); padding-top: 0.4em; }}
h2.pillar {{ font-size: 2.3em; line-height: 1.1; color: var(--accent); margin-bottom: 0.35em;
            {"text-transform: none;" if not style["caps_title"] else ""} }}
.lede {{ font-size: 1.18em; color: #333; margin-bottom: 0.9em; }}
h3.goal {{ font-size: 1.08em; margin: 0.7em 0 0.25em 0; color: #111; break-after: avoid; }}
.runin {{ font-weight: bold; color: var(--accent); }}
.owner {{ font-size: 0.85em; color: #555; font-style: italic; margin: 0 0 0.3em 0; }}
ul.acts {{ margin: 0.15em 0 0.7em 0; }}
ul.acts li {{ margin-bottom: 0.25em; }}
{marker}
.pull {{ break-inside: avoid; margin: 0.8em 0; padding: 0.6em 0; border-top: 2pt solid
        var(--accent); border-bottom: 2pt solid var(--accent); }}
.pull q {{ display: block; font-size: 1.45em; font-style: italic; line-height: 1.25;
          quotes: '\\201C' '\\201D'; color: var(--accent); }}
.pull .by {{ font-size: 0.85em; margin-top: 0.4em; text-align: right; }}
.photo {{ break-inside: avoid; margin: 0.6em 0; }}
.photo .img {{ background: #c9c9c9; height: 1.7in; }}
.photo .cap {{ font-size: 0.8em; font-style: italic; color: #555; margin-top: 0.25em; }}
.tiles {{ display: flex; gap: 0.8em; margin: 0.8em 0; break-inside: avoid; }}
.tile {{ flex: 1; background: var(--accent); color: white; padding: 0.6em; }}
.tile b {{ display: block; font-size: 1.8em; }}
.side {{ background: #f0ede6; padding: 0.8em; font-size: 0.92em; break-inside: avoid; }}
.side h4 {{ color: var(--accent); margin-bottom: 0.3em; }}
.cover {{ box-sizing: border-box; height: 8.2in; background: var(--accent); color: white;
         padding: 0.6in; display: flex; flex-direction: column; justify-content: flex-end; }}
.cover h1 {{ font-size: 3em; line-height: 1.05; }}
.cover .agency {{ font-size: 1.4em; letter-spacing: 0.05em; margin-bottom: 0.4em; }}
.cover .img {{ background: #9aa0a6; height: 2.4in; margin-bottom: auto; }}
"""
    )


def cover(plan: dict, narr: dict) -> str:
    return (
        f"<section class='cover'><div class='img'></div>"
        f"<div class='agency'>{esc(plan['agency'])}</div>"
        f"<h1>{esc(plan['title'])}</h1>"
        f"<p>{esc(narr['captions'][-1])}</p></section>"
    )


def tiles(items: list[tuple[str, str]]) -> str:
    return (
        "<div class='tiles'>"
        + "".join(f"<div class='tile'><b>{esc(fig)}</b>{esc(label)}</div>" for fig, label in items)
        + "</div>"
    )


def pull(q: tuple[str, str]) -> str:
    return f"<div class='pull'><q>{esc(q[0])}</q><div class='by'>&mdash; {esc(q[1])}</div></div>"


def photo(text: str) -> str:
    return f"<div class='photo'><div class='img'></div><div class='cap'>{esc(text)}</div></div>"


def front_sidebar(plan: dict) -> str:
    """Mission, vision and values in a sidebar box (gold front matter when printed)."""
    if not plan["mission"]:
        return ""
    values = "".join(f"<li>{esc(v)}</li>" for v in plan["values"])
    return (
        f"<aside class='side'><h4>Our Mission</h4><p>{esc(plan['mission'])}</p>"
        f"<h4>Our Vision</h4><p>{esc(plan['vision'])}</p>"
        f"<h4>Our Values</h4><ul>{values}</ul></aside>"
    )


def letter_page(doc: Doc) -> str:
    plan, narr, agency = doc.plan, doc.extras["narrative"], doc.extras["agency"]
    paras = "".join(f"<p>{esc(t)}</p>" for t in narr["letter"])
    return (
        f"<section class='break'><div class='kicker'>A MESSAGE FROM THE "
        f"{esc(agency.chief_title.upper())}</div><h2 class='pillar'>Building a safer "
        f"{esc(agency.city)} together</h2>{tiles(narr['stats'][-1])}"
        f"<div class='grid'><div class='main'>{paras}{pull(narr['quotes'][-1])}"
        f"<p><i>{esc(agency.chief)}, {esc(agency.chief_title)}</i></p></div>"
        f"{front_sidebar(plan)}</div></section>"
    )


def goal_html(goal: dict, style: dict) -> str:
    """A goal as a run-in lead-in or a subheading, then its owner line and bullets."""
    label = f"{style['goal_word']} {goal['number']} ".lstrip() if goal["number"] else ""
    if style["goal_word"] == "" and goal["number"]:
        label = f"{goal['number']} "
    desc = esc(goal["description"]) if goal["description"] else ""
    if style["run_in"]:
        head = f"<p><span class='runin'>{esc(label)}{esc(goal['title'])}.</span> {desc}</p>"
    else:
        head = f"<h3 class='goal'>{esc(label)}{esc(goal['title'])}</h3>"
        head += f"<p>{desc}</p>" if desc else ""
    if goal["leads"]:
        head += (
            f"<p class='owner'>{esc(style['goal_lead_key'])}: {esc(', '.join(goal['leads']))}</p>"
        )
    items = "".join(f"<li>{esc(a['text'])}</li>" for a in goal["activities"])
    return f"{head}<ul class='acts'>{items}</ul>"


def sidebar(narr: dict, i: int) -> str:
    rows = "".join(f"<p><b>{esc(fig)}</b> {esc(label)}</p>" for fig, label in narr["stats"][i])
    return (
        f"<aside class='side'><h4>By the numbers</h4>{rows}<h4>Why it matters</h4>"
        f"<p>{esc(narr['quotes'][i][0])}</p></aside>"
    )


def pillar_page(pillar: dict, i: int, doc: Doc) -> str:
    """One pillar: kicker, title, lede, then goals in columns with quote/photo/tiles."""
    style, narr = doc.extras["style"], doc.extras["narrative"]
    accent = style["accents"][i % len(style["accents"])]
    kicker = f"{style['words'][0]} {pillar['number']}".upper()
    goals = [goal_html(g, style) for g in pillar["goals"]]
    extra = pull(narr["quotes"][i])
    if i in narr["photo_at"]:
        extra = photo(narr["captions"][i]) + extra
    mid = max(1, len(goals) // 2)
    body = "".join(goals[:mid]) + extra + "".join(goals[mid:])
    lede = f"<p class='lede'>{esc(pillar['description'])}</p>" if pillar["description"] else ""
    if style["layout"] == "grid":
        cols = f"<div class='grid'><div class='main'>{body}</div>{sidebar(narr, i)}</div>"
    else:
        cols = f"{tiles(narr['stats'][i])}<div class='cols'>{body}</div>"
    return (
        f"<section class='break' style='--accent:{accent}'><div class='kicker'>"
        f"{esc(kicker)}</div><h2 class='pillar'>{esc(pillar['title'])}</h2>{lede}{cols}"
        "</section>"
    )


def render(doc: Doc, out: Path) -> None:
    """Write the magazine HTML and print it with Chromium."""
    style, plan = doc.extras["style"], doc.plan
    body = (
        f"<div style='--accent:{style['accents'][0]}'>"
        + cover(plan, doc.extras["narrative"])
        + letter_page(doc)
        + "".join(pillar_page(p, i, doc) for i, p in enumerate(plan["pillars"]))
        + "</div>"
    )
    render_html(document(plan["title"], css(style), body), out)


FAMILIES = [
    Family(
        NAME,
        "chromium",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "magazine-columns-1",
                3001,
                "dev",
                {"layout": "columns3", "run_in": False, "justify": True},
            ),
            DocSpec(
                "magazine-columns-2",
                3002,
                "dev",
                {"layout": "grid", "run_in": True, "justify": False},
            ),
            DocSpec(
                "magazine-columns-3",
                3003,
                "test",
                {"layout": "columns2", "run_in": True, "justify": True},
            ),
            DocSpec(
                "magazine-columns-4",
                3051,
                "dev",
                {"layout": "columns2", "run_in": True, "justify": True},
            ),
        ],
        build,
        render,
    )
]
