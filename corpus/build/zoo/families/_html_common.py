"""Shared pieces of the Chromium (HTML) families: escaping, page CSS, narrative that is not a node.

Every gold string goes through :func:`esc` before it is written into the page, and the page
size, margins and fonts come from the document's style draw, so the three HTML families
(magazine-columns, web-cards, okr-scorecard) vary per document, not per family.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from ..content import MONTHS, Agency, person
from ..producers import chromium_pdf
from ..styles import SYSTEM_FONTS

PAGE_SIZES = {"letter": "8.5in 11in", "a4": "210mm 297mm"}


def esc(text: object) -> str:
    """HTML-escape any printed value (gold strings contain '&', quotes and apostrophes)."""
    return html.escape(str(text), quote=True)


def page_style(rng: random.Random) -> dict:
    """Page size, margins, font and base size for one document."""
    return {
        "size": rng.choice(sorted(PAGE_SIZES)),
        "margin": rng.choice(["0.6in", "0.7in", "0.75in", "18mm", "0.9in"]),
        "font": rng.choice(SYSTEM_FONTS),
        "head_font": rng.choice(SYSTEM_FONTS),
        "pt": rng.choice([9.5, 10, 10.5, 11]),
    }


def base_css(page: dict) -> str:
    """@page rule, fonts and the few resets every HTML family needs."""
    return f"""
@page {{ size: {PAGE_SIZES[page["size"]]}; margin: {page["margin"]}; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: '{page["font"]}', sans-serif; font-size: {page["pt"]}pt;
       line-height: 1.38; color: #222; margin: 0; hyphens: manual; }}
h1, h2, h3, h4 {{ font-family: '{page["head_font"]}', sans-serif; margin: 0; }}
.break {{ break-before: page; }}
.keep {{ break-inside: avoid; }}
"""


def document(title: str, css: str, body: str) -> str:
    """A whole HTML page."""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{esc(title)}</title><style>{css}</style></head><body>{body}</body></html>"
    )


def render_html(page_html: str, out: Path) -> None:
    """Print with headless Chromium (the producer shared by these families)."""
    chromium_pdf(page_html, out)


STAT_LABELS = [
    "calls for service answered",
    "average priority-one response (minutes)",
    "community meetings held",
    "sworn officers",
    "professional staff",
    "volunteer hours donated",
    "crisis calls handled with a clinician",
    "reduction in injury collisions",
    "body-worn cameras in service",
    "residents surveyed",
    "cases cleared",
    "training hours completed",
]


def stats(rng: random.Random, k: int) -> list[tuple[str, str]]:
    """Invented statistic tiles: (figure, label)."""
    out = []
    for label in rng.sample(STAT_LABELS, k):
        if "minutes" in label:
            fig = f"{rng.randint(4, 9)}.{rng.randint(0, 9)}"
        elif "reduction" in label:
            fig = f"{rng.randint(6, 24)}%"
        else:
            fig = f"{rng.randint(12, 98) * rng.choice([1, 10, 100, 1000]):,}"
        out.append((fig, label))
    return out


QUOTES = [
    "We cannot arrest our way to safety. The work in this plan is work we do with our "
    "neighbors, not to them.",
    "Every goal here came from a conversation: in a living room, a church hall, a roll call.",
    "Our officers asked for better tools and more support. This plan delivers both.",
    "Trust is earned one contact at a time, and it is measured over years, not weeks.",
    "If we cannot show our progress, we have not made any. That is why every action has an "
    "owner and a date.",
    "A safe city is one where people use the parks, walk to school and call us when they need us.",
]
QUOTE_ROLES = [
    "Patrol Sergeant",
    "Neighborhood Association President",
    "City Council Member",
    "Community Advisory Board Chair",
    "Dispatcher",
    "Youth Council Member",
    "Detective",
    "Local Business Owner",
]
CAPTIONS = [
    "Officers and residents walk the {city} riverfront during a spring neighborhood walk.",
    "Recruits of the most recent academy class at graduation.",
    "A community liaison officer meets students at a {city} middle school.",
    "The real-time crime center during an evening shift.",
    "Volunteers sort donations at the annual holiday toy drive.",
    "Motor officers at a pedestrian safety event downtown.",
]


def quote(rng: random.Random) -> tuple[str, str]:
    """A pull quote and its attribution (invented person)."""
    return rng.choice(QUOTES), f"{person(rng)}, {rng.choice(QUOTE_ROLES)}"


def caption(rng: random.Random, agency: Agency) -> str:
    return rng.choice(CAPTIONS).replace("{city}", agency.city)


GOAL_DESCRIPTIONS = [
    "Progress will be reported to the community each year, with the measures below.",
    "This work builds on what residents told us during the listening sessions.",
    "We will start with the districts that need it most and expand as we learn.",
    "Success means measurable change by the end of the plan period, not just activity.",
    "Several of these actions depend on partners outside the department.",
    "The actions below were ranked by employees and residents in the planning survey.",
]


def goal_description(rng: random.Random) -> str:
    return rng.choice(GOAL_DESCRIPTIONS)


def letter_paragraphs(rng: random.Random, agency: Agency, plan: dict) -> list[str]:
    """The chief's or sheriff's introduction (not a node)."""
    start, end = plan["period"]["start"], plan["period"]["end"]
    month = rng.choice(MONTHS)
    return [
        f"It is my privilege to present the {plan['title']} of the {agency.name}. Over the "
        f"past year we held listening sessions in every part of {agency.city}, surveyed our "
        "employees and reviewed what the data tell us about crime, traffic and calls for "
        "service.",
        f"This plan sets our direction from {start} through {end}. Each priority names the "
        "people responsible and the dates we expect to deliver, so that residents can hold us "
        "to our word.",
        f"We will publish a progress report every {month} and update the plan as the needs of "
        "our community change. Thank you for your partnership.",
    ]
