"""One long web page printed from a browser (Chromium): print header and footer, nested lists.

The plan is a department's web page printed to PDF: every page carries the browser's small
print header (date and time, page title) and footer (URL, "Page N of M" or "N/M"), drawn here
with @page margin boxes. Page 1 opens with a site banner, a navigation menu and a breadcrumb
(links, not plan content). Pillars are h2 headings ("Priority 1: ...", "Goal A. ..." or a plain
title), goals are h3 headings or the items of an ordered list, and activities are list items
(browser numbering "1." / "a." / "i." or discs and circles). An activity's lead and target are
given inline ("— Lead: X; Target: Y") or as a nested sub-list ("Responsible: X", "Timeline: Y").
A "Related links" sidebar and a site footer (address, copyright, social links) are not nodes.
One- or two-column print varies per document.
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

NAME = "web-print-lists"
NAV = [
    "Home",
    "Services",
    "Divisions",
    "News",
    "Careers",
    "Strategic Plan",
    "Open Data",
    "Contact Us",
]
RELATED = [
    "Annual Report",
    "Crime Data Dashboard",
    "Community Survey Results",
    "Commend an Officer or File a Complaint",
    "Join Our Team",
    "Police Advisory Board",
    "Budget and Staffing",
]
SOCIAL = ["Facebook", "Instagram", "Nextdoor", "YouTube", "X"]
# CSS list-style-type -> how the browser prints the marker (the activity's number)
MARKERS = {"decimal": "arabic", "lower-alpha": "lower", "upper-alpha": "upper", "none": "none"}
UNORDERED = ("disc", "circle", "square")


def build(spec: DocSpec) -> Doc:
    """Plan content with activity leads and targets, and the page's print style, from the seed."""
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 4),
        activities=(2, 4),
        goal_leads=0.3 if opt["goals"] == "h3" else 0.0,
        activity_leads=0.85,
        milestones="timeline",
        ongoing=0.12,
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    goal_scheme = opt["goal_numbers"]
    act_scheme = MARKERS.get(opt["activity_list"], "none")
    number_levels(plan, (opt["pillar_numbers"], goal_scheme, act_scheme))
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        goal["description"] = (
            goal_description(rng) if opt["goals"] == "h3" and rng.random() < 0.3 else None
        )
        for i, act in enumerate(goal["activities"]):
            act["_sublist"] = opt["fields"] == "sublist" or (
                opt["fields"] == "mixed" and i % 3 == 1
            )
            if not act["_sublist"]:
                act["text"] = act["text"].rstrip(".")  # the inline fields follow the sentence
    style = draw_style(rng, opt)
    host = agency.city.lower().replace(" ", "")
    extras = {
        "agency": agency,
        "opt": opt,
        "style": style,
        "letter": letter_paragraphs(rng, agency, plan),
        "phone": f"(555) 010-{rng.randint(1000, 9999)}",
        "url": f"https://www.{host}{rng.choice(['.gov', '-oh.gov', 'city.org'])}/"
        f"{rng.choice(['police', 'departments/police', 'pd'])}/strategic-plan",
        "stamp": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(24, 26)}, "
        f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
        "updated": f"{rng.choice(['January', 'March', 'June', 'October'])} "
        f"{rng.randint(2, 27)}, {plan['period']['start']}",
    }
    return Doc(spec.slug, NAME, "chromium", spec.split, rng, plan, extras, notes(style, opt))


def draw_style(rng: random.Random, opt: dict) -> dict:
    """Field keys, separators, list markers, colours and the print header's look."""
    return {
        "page": page_style(rng),
        "words": level_words(rng, 2),
        "lead_key": rng.choice(LEAD_KEYS),
        "timeline_key": rng.choice(TIMELINE_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "sep": rng.choice(["; ", "; ", " | ", ", "]),
        "dash": rng.choice([" \u2014 ", " \u2013 ", " - "]),
        "lead_join": rng.choice([", ", " / ", " and "]),
        "accent": rng.choice(PALETTE),
        "banner": rng.choice(["#0b2545", "#1d3557", "#22313f", "#2f3e46"]),
        "print_pt": rng.choice([7, 7.5, 8]),
        "page_of": opt.get("page_of", rng.choice(["Page N of M", "N/M"])),
        "field_list": opt.get(
            "field_list", rng.choice(["circle", "square", "lower-roman", "none"])
        ),
        "pillar_sep": rng.choice([": ", ". ", " \u2013 "]),
    }


def notes(style: dict, opt: dict) -> list[str]:
    word, gword = style["words"]
    pillars = (
        f"h2 headings '{word} N{style['pillar_sep'].rstrip()} Title'"
        if opt["pillar_numbers"] != "none"
        else "h2 headings with plain titles (number null)"
    )
    goals = (
        f"h3 headings '{gword} N' (or unnumbered when the scheme is none)"
        if opt["goals"] == "h3"
        else "the items of an ordered list under the pillar (browser numbering is the goal number)"
    )
    fields = {
        "inline": f"inline after the activity '{style['dash'].strip()} {style['lead_key']}: X"
        f"{style['sep'].rstrip()} {style['timeline_key']}: Y'",
        "sublist": f"a nested sub-list under the activity ('{style['lead_key']}: X', "
        f"'{style['timeline_key']}: Y', markers {style['field_list']})",
        "mixed": "inline for some activities and a nested sub-list for others",
    }[opt["fields"]]
    return [
        f"Browser print header/footer on every page ({style['page_of']}, date, page title, "
        "URL; @page margin boxes): not nodes.",
        f"Pillars are {pillars}; goals are {goals}; activities are list items "
        f"(list-style {opt['activity_list']}; the ordered markers are the activity numbers, "
        "discs give null).",
        f"Activity fields: {fields}. The lead is the activity lead (several joined by "
        f"'{style['lead_join']}'); the target is its one milestone (period normalised, lead = "
        "the activity's first lead). Activity text excludes the fields.",
        f"{opt['columns']} column(s). Some goals carry a '{style['goal_lead_key']}: ...' line "
        "(goal leads) when goals are headings.",
        "Not nodes: site banner, navigation menu, breadcrumb, 'On this page' links (summary "
        "repeat), 'Related links' sidebar, chief's message, page-updated line, site footer; "
        "mission/vision/values paragraphs are gold front matter.",
    ]


def css(doc: Doc) -> str:
    """Print stylesheet: @page margin boxes for the browser's header and footer, web chrome."""
    style, extras, opt = doc.extras["style"], doc.extras, doc.extras["opt"]
    page_of = (
        '"Page " counter(page) " of " counter(pages)'
        if style["page_of"] == "Page N of M"
        else 'counter(page) "/" counter(pages)'
    )
    box = (
        f"font-family: 'Liberation Sans', sans-serif; font-size: {style['print_pt']}pt; "
        "color: #333;"
    )
    title = doc.extras["page_title"].replace('"', "'")
    columns = (
        "main { column-count: 2; column-gap: 1.6em; } main h2 { break-after: avoid; }"
        if opt["columns"] == 2
        else ""
    )
    return (
        base_css(style["page"])
        + f"""
@page {{ margin: 0.55in 0.5in 0.55in 0.5in;
  @top-left {{ content: "{extras["stamp"]}"; {box} }}
  @top-center {{ content: "{title}"; {box} }}
  @bottom-left {{ content: "{extras["url"]}"; {box} }}
  @bottom-right {{ content: {page_of}; {box} }} }}
.banner {{ background: {style["banner"]}; color: white; padding: 0.7em 1em; }}
.banner .city {{ font-size: 0.8em; letter-spacing: 0.08em; opacity: 0.85; }}
.banner .dept {{ font-size: 1.4em; font-weight: bold; }}
nav ul {{ list-style: none; margin: 0; padding: 0.35em 1em; display: flex; gap: 1.3em;
         background: #e9ecef; font-size: 0.85em; }}
nav a, .related a, .toc a {{ color: #0645ad; text-decoration: underline; }}
.crumb {{ font-size: 0.8em; color: #666; margin: 0.5em 0; }}
h1 {{ font-size: 1.9em; color: {style["accent"]}; margin: 0.3em 0 0.4em 0; }}
h2 {{ font-size: 1.35em; color: {style["accent"]}; margin: 1.1em 0 0.4em 0;
     border-bottom: 1pt solid #ccc; }}
h3 {{ font-size: 1.08em; margin: 0.8em 0 0.3em 0; }}
.related {{ float: right; width: 32%; margin: 0 0 0.8em 1em; border: 0.75pt solid #bbb;
           background: #f6f6f6; padding: 0.5em 0.8em; font-size: 0.85em; }}
.related ul, .toc ul {{ padding-left: 1.1em; margin: 0.3em 0; }}
.toc {{ font-size: 0.9em; }}
.updated {{ font-size: 0.8em; color: #666; }}
ol.goals {{ list-style-type: decimal; padding-left: 1.5em; }}
ol.goals > li {{ font-weight: bold; margin-top: 0.5em; }}
ol.goals > li > * {{ font-weight: normal; }}
.acts {{ list-style-type: {opt["activity_list"]}; padding-left: 1.6em; margin: 0.2em 0 0.5em 0; }}
.acts > li {{ margin-bottom: 0.3em; }}
.fields {{ list-style-type: {style["field_list"]}; padding-left: 1.4em; margin: 0.1em 0;
          font-size: 0.92em; }}
.goal-lead {{ font-size: 0.9em; margin: 0 0 0.2em 0; }}
footer.site {{ clear: both; margin-top: 2em; border-top: 2pt solid {style["banner"]};
              padding-top: 0.6em; font-size: 0.8em; color: #444; break-inside: avoid; }}
{columns}
"""
    )


def inline_fields(act: dict, style: dict) -> str:
    parts = []
    if act["leads"]:
        parts.append(f"{style['lead_key']}: {style['lead_join'].join(act['leads'])}")
    parts += [f"{style['timeline_key']}: {m['text']}" for m in act["milestones"]]
    return f"{esc(style['dash'])}{esc(style['sep'].join(parts))}" if parts else ""


def sublist_fields(act: dict, style: dict) -> str:
    items = []
    if act["leads"]:
        items.append(f"{style['lead_key']}: {style['lead_join'].join(act['leads'])}")
    items += [f"{style['timeline_key']}: {m['text']}" for m in act["milestones"]]
    lis = "".join(f"<li>{esc(i)}</li>" for i in items)
    return f"<ul class='fields'>{lis}</ul>" if items else ""


def activity(act: dict, style: dict) -> str:
    if act["_sublist"]:
        return f"<li>{esc(act['text'])}{sublist_fields(act, style)}</li>"
    return f"<li>{esc(act['text'])}{inline_fields(act, style)}</li>"


def activities(goal: dict, doc: Doc) -> str:
    tag = "ul" if doc.extras["opt"]["activity_list"] in UNORDERED else "ol"
    items = "".join(activity(a, doc.extras["style"]) for a in goal["activities"])
    return f"<{tag} class='acts'>{items}</{tag}>"


def goal_heading(goal: dict, style: dict) -> str:
    label = f"{style['words'][1]} {goal['number']}: " if goal["number"] else ""
    return f"<h3>{esc(label + goal['title'])}</h3>"


def goal_block(goal: dict, doc: Doc) -> str:
    style = doc.extras["style"]
    out = goal_heading(goal, style)
    if goal["description"]:
        out += f"<p>{esc(goal['description'])}</p>"
    if goal["leads"]:
        out += (
            f"<p class='goal-lead'><b>{esc(style['goal_lead_key'])}:</b> "
            f"{esc(', '.join(goal['leads']))}</p>"
        )
    return out + activities(goal, doc)


def pillar_html(pillar: dict, doc: Doc) -> str:
    style, opt = doc.extras["style"], doc.extras["opt"]
    label = (
        f"{style['words'][0]} {pillar['number']}{style['pillar_sep']}" if pillar["number"] else ""
    )
    out = f"<h2>{esc(label + pillar['title'])}</h2>"
    if pillar["description"]:
        out += f"<p>{esc(pillar['description'])}</p>"
    if opt["goals"] == "h3":
        return out + "".join(goal_block(g, doc) for g in pillar["goals"])
    items = "".join(f"<li>{esc(g['title'])}{activities(g, doc)}</li>" for g in pillar["goals"])
    return out + f"<ol class='goals'>{items}</ol>"


def header(doc: Doc) -> str:
    """Site banner, navigation menu, breadcrumb, title, sidebar and message (not nodes)."""
    plan, agency, opt = doc.plan, doc.extras["agency"], doc.extras["opt"]
    nav = "".join(f"<li><a>{esc(n)}</a></li>" for n in NAV)
    related = "".join(f"<li><a>{esc(r)}</a></li>" for r in RELATED[: 4 + len(plan["pillars"]) % 3])
    side = (
        f"<aside class='related'><b>Related links</b><ul>{related}</ul></aside>"
        if opt["sidebar"]
        else ""
    )
    toc = ""
    if opt["toc"]:
        links = "".join(f"<li><a>{esc(p['title'])}</a></li>" for p in plan["pillars"])
        toc = f"<div class='toc'><b>On this page</b><ul>{links}</ul></div>"
    letter = "".join(f"<p>{esc(t)}</p>" for t in doc.extras["letter"][:2])
    return (
        f"<div class='banner'><div class='city'>CITY OF {esc(agency.city.upper())}</div>"
        f"<div class='dept'>{esc(plan['agency'])}</div></div>"
        f"<nav><ul>{nav}</ul></nav>"
        f"<div class='crumb'>Home &rsaquo; Police &rsaquo; {esc(plan['title'])}</div>"
        f"{side}<h1>{esc(plan['title'])}</h1>"
        f"<p class='updated'>Page last updated: {esc(doc.extras['updated'])}</p>"
        f"{letter}<p><i>{esc(agency.chief)}, {esc(agency.chief_title)}</i></p>"
        f"{front(plan)}{toc}"
    )


def front(plan: dict) -> str:
    if not plan["mission"]:
        return ""
    return (
        f"<p><b>Our Mission:</b> {esc(plan['mission'])}</p>"
        f"<p><b>Our Vision:</b> {esc(plan['vision'])}</p>"
        f"<p><b>Our Values:</b> {esc(', '.join(plan['values']))}</p>"
    )


def footer(doc: Doc) -> str:
    agency, plan = doc.extras["agency"], doc.plan
    social = " &middot; ".join(SOCIAL)
    return (
        f"<footer class='site'><b>{esc(agency.name)}</b><br>100 Civic Center Plaza, "
        f"{esc(agency.city)} &middot; Non-emergency: {doc.extras['phone']} &middot; "
        f"Emergency: 911<br>Follow us: {social}<br>&copy; {plan['period']['start']} City of "
        f"{esc(agency.city)}. All rights reserved. &middot; Accessibility &middot; Privacy "
        "&middot; Site Map</footer>"
    )


def render(doc: Doc, out: Path) -> None:
    """Write the page HTML and print it with Chromium."""
    plan = doc.plan
    doc.extras["page_title"] = f"{plan['title']} | {plan['agency']}"
    body = (
        header(doc)
        + "<main>"
        + "".join(pillar_html(p, doc) for p in plan["pillars"])
        + "</main>"
        + footer(doc)
    )
    render_html(document(doc.extras["page_title"], css(doc), body), out)


FAMILIES = [
    Family(
        NAME,
        "chromium",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "web-print-lists-1",
                9401,
                "dev",
                {
                    "pillar_numbers": "arabic",
                    "goals": "h3",
                    "goal_numbers": "dotted",
                    "activity_list": "decimal",
                    "fields": "inline",
                    "columns": 1,
                    "sidebar": True,
                    "toc": False,
                    "page_of": "Page N of M",
                },
            ),
            DocSpec(
                "web-print-lists-2",
                9402,
                "dev",
                {
                    "pillar_numbers": "none",
                    "goals": "h3",
                    "goal_numbers": "upper",
                    "activity_list": "disc",
                    "fields": "sublist",
                    "columns": 1,
                    "sidebar": True,
                    "toc": True,
                    "page_of": "N/M",
                },
            ),
            DocSpec(
                "web-print-lists-3",
                9403,
                "dev",
                {
                    "pillar_numbers": "upper",
                    "goals": "h3",
                    "goal_numbers": "none",
                    "activity_list": "lower-alpha",
                    "fields": "mixed",
                    "columns": 2,
                    "sidebar": False,
                    "toc": True,
                },
            ),
            DocSpec(
                "web-print-lists-5",
                9405,
                "dev",
                {
                    "pillar_numbers": "upper",
                    "goals": "list",
                    "goal_numbers": "arabic",
                    "activity_list": "disc",
                    "fields": "sublist",
                    "columns": 1,
                    "sidebar": False,
                    "toc": False,
                    "field_list": "disc",
                },
            ),
            DocSpec(
                "web-print-lists-6",
                9406,
                "dev",
                {
                    "pillar_numbers": "none",
                    "goals": "list",
                    "goal_numbers": "arabic",
                    "activity_list": "lower-alpha",
                    "fields": "inline",
                    "columns": 2,
                    "sidebar": True,
                    "toc": True,
                    "field_list": "lower-roman",
                },
            ),
            DocSpec(
                "web-print-lists-4",
                9404,
                "test",
                {
                    "pillar_numbers": "arabic",
                    "goals": "list",
                    "goal_numbers": "arabic",
                    "activity_list": "lower-alpha",
                    "fields": "mixed",
                    "columns": 2,
                    "sidebar": True,
                    "toc": True,
                    "field_list": "lower-roman",
                },
            ),
        ],
        build,
        render,
    )
]
