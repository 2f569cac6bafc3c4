"""Web page printed to PDF (Chromium): coloured pillar bands with number badges, goal cards.

A site navigation bar and breadcrumb open the page, a hero block and "jump to" links follow
(summary repeat, not nodes). Each pillar is a coloured band with a circular badge holding its
number in its own element; goals are cards in a CSS grid; each card lists activities that end
in an inline parenthetical "(Lead: Patrol Division; Timeline: Q3 2026)": the lead is the
activity's lead, the timeline its one milestone. Keys, separators and the parenthetical's type
(sometimes smaller and grey) vary per document. A site footer closes the page.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import GOAL_LEAD_KEYS, LEAD_KEYS, PALETTE, TIMELINE_KEYS, level_words
from ._html_common import (
    base_css,
    document,
    esc,
    goal_description,
    letter_paragraphs,
    page_style,
    render_html,
)

NAME = "web-cards"
NAV = [
    "Home",
    "About Us",
    "Divisions",
    "Join Our Team",
    "Strategic Plan",
    "Transparency",
    "Crime Data",
    "Contact",
]


def build(spec: DocSpec) -> Doc:
    """Plan content with per-activity lead and timeline, and a web style, from the seed."""
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(4, 5),
        goals=(2, 4),
        activities=(2, 4),
        goal_leads=0.35,
        activity_leads=0.85,
        milestones="timeline",
        ongoing=0.12,
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    number_levels(plan, ("arabic", rng.choice(["dotted", "dotted", "arabic", "none"])))
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        goal["description"] = goal_description(rng) if rng.random() < 0.3 else None
        for act in goal["activities"]:
            act["text"] = act["text"].rstrip(".")  # the parenthetical follows the sentence
    style = draw_style(rng)
    extras = {
        "agency": agency,
        "style": style,
        "letter": letter_paragraphs(rng, agency, plan),
        "phone": f"(555) 010-{rng.randint(1000, 9999)}",
    }
    return Doc(spec.slug, NAME, "chromium", spec.split, rng, plan, extras, notes(style, plan))


def draw_style(rng: random.Random) -> dict:
    """Keys, separators, card grid, band colours and the parenthetical's look."""
    return {
        "page": page_style(rng),
        "words": level_words(rng, 2),
        "lead_key": rng.choice(LEAD_KEYS),
        "timeline_key": rng.choice(TIMELINE_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "sep": rng.choice(["; ", "; ", " | ", ", "]),
        "lead_join": rng.choice([", ", " / ", " & "]),
        "timeline_first": rng.random() < 0.25,
        "small_paren": rng.random() < 0.5,
        "cards": rng.choice([2, 2, 3]),
        "bands": rng.sample(PALETTE, 5),
        "nav_colour": rng.choice(["#1b1b1b", "#0b2545", "#22313f", "#3b3b58"]),
        "bullets": rng.choice(["disc", "square", "circle", "'\u2713  '", "'\u203a  '"]),
        "band_round": rng.random() < 0.5,
    }


def notes(style: dict, plan: dict) -> list[str]:
    key, tkey = style["lead_key"], style["timeline_key"]
    return [
        f"Pillars are coloured bands with a circular badge holding the number (own element) "
        f"and a small '{style['words'][0]}' word; goals are cards ({style['cards']} per row) "
        f"headed '{style['words'][1]} N.M' (or unnumbered).",
        f"Activities end in an inline parenthetical '({key}: X{style['sep'].rstrip()} "
        f"{tkey}: Y)'"
        + (" set smaller and grey" if style["small_paren"] else "")
        + ": its lead is the activity lead (several joined by "
        f"'{style['lead_join']}'), its timeline the one milestone (period normalised, lead = "
        "the activity's first lead). Activity text excludes the parenthetical.",
        f"Some cards carry a '{style['goal_lead_key']}: ...' line (goal leads).",
        "Not nodes: navigation bar, breadcrumb, hero, 'jump to' links (summary repeat of the "
        "pillar titles), chief's message, site footer"
        + ("; mission/vision/values boxes are gold front matter." if plan["mission"] else "."),
    ]


def css(style: dict) -> str:
    """Web-like stylesheet: nav bar, bands, badges, card grid, muted parentheticals."""
    paren = "font-size: 0.82em; color: #6b6b6b;" if style["small_paren"] else ""
    radius = "0.6em" if style["band_round"] else "0"
    return (
        base_css(style["page"])
        + f"""
nav.top {{ background: {style["nav_colour"]}; color: #eee; padding: 0.5em 0.9em;
          font-size: 0.85em; display: flex; gap: 1.2em; }}
nav.top b {{ margin-right: auto; color: white; }}
.crumb {{ font-size: 0.8em; color: #666; margin: 0.5em 0 1em 0; }}
.hero {{ border-left: 5pt solid {style["bands"][0]}; padding: 0.4em 1em; margin-bottom: 1em; }}
.hero h1 {{ font-size: 2.2em; color: {style["bands"][0]}; }}
.jump {{ font-size: 0.9em; }} .jump a {{ color: #0645ad; text-decoration: underline; }}
.band {{ display: flex; align-items: center; gap: 0.8em; color: white; padding: 0.55em 0.9em;
        border-radius: {radius}; margin: 1.4em 0 0.6em 0; break-after: avoid; }}
.badge {{ width: 2.3em; height: 2.3em; border-radius: 50%; background: white;
         display: flex; align-items: center; justify-content: center; font-weight: bold;
         font-size: 1.3em; flex: none; }}
.band small {{ display: block; font-size: 0.75em; letter-spacing: 0.1em; opacity: 0.85; }}
.band h2 {{ font-size: 1.5em; }}
.intro {{ margin: 0 0 0.8em 0; }}
.cards {{ display: grid; grid-template-columns: repeat({style["cards"]}, 1fr); gap: 0.8em; }}
.card {{ border: 0.75pt solid #ccc; border-top: 4pt solid var(--band); border-radius: 0.4em;
        padding: 0.6em 0.8em; break-inside: avoid; background: #fafafa; }}
.card .label {{ font-size: 0.75em; font-weight: bold; letter-spacing: 0.08em;
               color: var(--band); }}
.card h3 {{ font-size: 1.05em; margin: 0.1em 0 0.4em 0; }}
.card .lead {{ font-size: 0.85em; color: #444; margin: 0 0 0.3em 0; }}
.card ul {{ list-style-type: {style["bullets"]}; padding-left: 1.2em; margin: 0.2em 0; }}
.card li {{ margin-bottom: 0.35em; }}
.paren {{ {paren} }}
.values {{ display: flex; gap: 0.8em; }} .values > div {{ flex: 1; background: #eef2f5;
          padding: 0.6em; }}
footer.site {{ margin-top: 2em; background: {style["nav_colour"]}; color: #ddd;
              padding: 0.9em; font-size: 0.8em; break-inside: avoid; }}
"""
    )


def paren(act: dict, style: dict) -> str:
    """The inline field parenthetical at the end of an activity ('' when it has no fields)."""
    parts = []
    if act["leads"]:
        parts.append(f"{style['lead_key']}: {style['lead_join'].join(act['leads'])}")
    for m in act["milestones"]:
        item = f"{style['timeline_key']}: {m['text']}"
        parts.insert(0, item) if style["timeline_first"] else parts.append(item)
    return f" <span class='paren'>({esc(style['sep'].join(parts))})</span>" if parts else ""


def card(goal: dict, style: dict) -> str:
    label = f"{style['words'][1]} {goal['number']}".upper() if goal["number"] else ""
    out = (
        f"<div class='card'><div class='label'>{esc(label)}</div>"
        if label
        else "<div class='card'>"
    )
    out += f"<h3>{esc(goal['title'])}</h3>"
    if goal["description"]:
        out += f"<p class='lead'>{esc(goal['description'])}</p>"
    if goal["leads"]:
        out += (
            f"<p class='lead'><b>{esc(style['goal_lead_key'])}:</b> "
            f"{esc('; '.join(goal['leads']))}</p>"
        )
    items = "".join(f"<li>{esc(a['text'])}{paren(a, style)}</li>" for a in goal["activities"])
    return out + f"<ul>{items}</ul></div>"


def pillar_html(pillar: dict, i: int, style: dict) -> str:
    band = style["bands"][i % len(style["bands"])]
    desc = f"<p class='intro'>{esc(pillar['description'])}</p>" if pillar["description"] else ""
    cards = "".join(card(g, style) for g in pillar["goals"])
    return (
        f"<section style='--band:{band}'><div class='band' style='background:{band}'>"
        f"<span class='badge' style='color:{band}'>{esc(pillar['number'])}</span>"
        f"<div><small>{esc(style['words'][0].upper())}</small>"
        f"<h2>{esc(pillar['title'])}</h2></div></div>{desc}"
        f"<div class='cards'>{cards}</div></section>"
    )


def header(doc: Doc) -> str:
    """Navigation bar, breadcrumb, hero, jump links and the chief's message (not nodes)."""
    plan, agency = doc.plan, doc.extras["agency"]
    nav = "".join(f"<span>{esc(n)}</span>" for n in NAV[: 5 + len(plan["pillars"]) % 3])
    jump = " &middot; ".join(f"<a>{esc(p['title'])}</a>" for p in plan["pillars"])
    letter = "".join(f"<p>{esc(t)}</p>" for t in doc.extras["letter"][:2])
    return (
        f"<nav class='top'><b>{esc(agency.name)}</b>{nav}</nav>"
        f"<div class='crumb'>Home &rsaquo; About Us &rsaquo; {esc(plan['title'])}</div>"
        f"<div class='hero'><div>{esc(plan['agency'])}</div><h1>{esc(plan['title'])}</h1>"
        f"{letter}<p><i>&mdash; {esc(agency.chief)}, {esc(agency.chief_title)}</i></p>"
        f"<p class='jump'>Jump to: {jump}</p></div>{front(plan)}"
    )


def front(plan: dict) -> str:
    if not plan["mission"]:
        return ""
    values = ", ".join(esc(v) for v in plan["values"])
    return (
        f"<div class='values'><div><b>Mission</b><p>{esc(plan['mission'])}</p></div>"
        f"<div><b>Vision</b><p>{esc(plan['vision'])}</p></div>"
        f"<div><b>Values</b><p>{values}</p></div></div>"
    )


def footer(doc: Doc) -> str:
    agency, plan = doc.extras["agency"], doc.plan
    return (
        f"<footer class='site'><b>{esc(agency.name)}</b> &middot; 100 Civic Center Plaza, "
        f"{esc(agency.city)} &middot; Non-emergency: {doc.extras['phone']}"
        f"<br>Accessibility &middot; Privacy Policy &middot; Public Records Requests "
        f"&middot; &copy; {plan['period']['start']} City of {esc(agency.city)}</footer>"
    )


def render(doc: Doc, out: Path) -> None:
    """Write the page HTML and print it with Chromium."""
    style, plan = doc.extras["style"], doc.plan
    body = (
        header(doc)
        + "".join(pillar_html(p, i, style) for i, p in enumerate(plan["pillars"]))
        + footer(doc)
    )
    render_html(document(plan["title"], css(style), body), out)


FAMILIES = [
    Family(
        NAME,
        "chromium",
        __doc__.splitlines()[0],
        [
            DocSpec("web-cards-1", 3101, "dev"),
            DocSpec("web-cards-2", 3102, "test"),
            DocSpec("web-cards-3", 3103, "dev"),
            DocSpec("web-cards-4", 3151, "dev"),
            DocSpec("web-cards-5", 3152, "dev"),
            DocSpec("web-cards-6", 3153, "dev"),
        ],
        build,
        render,
    )
]
