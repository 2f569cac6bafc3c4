"""Objectives and Key Results scorecard (Chromium): priorities, objectives, key-result rows.

A plan-at-a-glance table lists the priorities first and a closing recap lists them again
(summary repeats, not nodes). Each priority ("Strategic Priority 1", "Goal 1") holds objectives
("Objective 1.1") with a goal-level line of owner, status and last update; each objective
holds "Key Result" / "Action" rows whose fields sit on one line ("Owner: X   Due: FY2027
Status: On Track"), right of the text or right-aligned below it. Owner is the activity lead,
Due its one milestone; the row-level Status is printed but has no schema field.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import STATUSES, Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family
from ..styles import PALETTE, STATUS_KEYS, UPDATED_KEYS
from ._html_common import base_css, document, esc, letter_paragraphs, page_style, render_html

NAME = "okr-scorecard"
TOP_WORDS = ["Strategic Priority", "Goal", "Priority", "Focus Area"]
ACT_WORDS = ["Key Result", "Key Result", "Action", "KR"]
OWNER_KEYS = ["Owner", "Lead", "Accountable", "Responsible"]
DUE_KEYS = ["Due", "Target", "Target Date", "Complete By", "Due Date"]
GOAL_OWNER_KEYS = ["Objective Owner", "Owner", "Executive Sponsor", "Lead", "Responsible Manager"]
STATUS_COLOURS = {
    "On Track": "#2e7d32",
    "Complete": "#1565c0",
    "In Progress": "#ef6c00",
    "Ongoing": "#6a1b9a",
    "Not Started": "#757575",
    "Planning": "#00838f",
    "At Risk": "#c62828",
}


def build(spec: DocSpec) -> Doc:
    """Plan with goal status/update and per-key-result owner and due date, from the seed."""
    rng = random.Random(spec.seed)
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 3),
        activities=(3, 4),
        goal_leads=0.7,
        activity_leads=0.9,
        milestones="timeline",
        timeline_schemes=("fiscal", "fiscal", "quarter", "month", "year"),
        ongoing=0.08,
        goal_status=True,
        goal_updated=rng.random() < 0.7,
        front_matter=rng.random() < 0.5,
    )
    plan, agency = make_plan(rng, shape)
    act_scheme = rng.choice(["dotted", "arabic"])
    number_levels(plan, ("arabic", "dotted", act_scheme))
    for act in (a for p in plan["pillars"] for g in p["goals"] for a in g["activities"]):
        act["_status"] = rng.choice([*STATUSES, "At Risk"])
    style = draw_style(rng)
    extras = {"agency": agency, "style": style, "letter": letter_paragraphs(rng, agency, plan)}
    return Doc(spec.slug, NAME, "chromium", spec.split, rng, plan, extras, notes(style, plan))


def draw_style(rng: random.Random) -> dict:
    """Level words, field keys, the field line's place and separator, colours."""
    top = rng.choice(TOP_WORDS)
    return {
        "page": page_style(rng),
        "words": [
            top,
            "Objective" if top == "Goal" or rng.random() < 0.7 else "Goal",
            rng.choice(ACT_WORDS),
        ],
        "owner_key": rng.choice(OWNER_KEYS),
        "due_key": rng.choice(DUE_KEYS),
        "goal_owner_key": rng.choice(GOAL_OWNER_KEYS),
        "status_key": rng.choice(STATUS_KEYS),
        "updated_key": rng.choice(UPDATED_KEYS),
        "fields_at": rng.choice(["right", "below"]),
        "sep": rng.choice(["\u2003", "\u2003\u2003", " \u00b7 ", " | "]),
        "accent": rng.choice(PALETTE),
        "pills": rng.random() < 0.5,
        "zebra": rng.random() < 0.5,
    }


def notes(style: dict, plan: dict) -> list[str]:
    w = style["words"]
    return [
        f"Levels: '{w[0]} N' (pillars), '{w[1]} N.M' (goals), '{w[2]} <number>' rows "
        "(activities; numbers as printed).",
        f"Goal line '{style['goal_owner_key']}: X' -> goal leads, '{style['status_key']}:' -> "
        f"status, '{style['updated_key']}:' -> updated.",
        f"Row field line ({style['fields_at']} of the text): '{style['owner_key']}: X' is the "
        f"activity lead, '{style['due_key']}: Y' the one milestone (period normalised, lead = "
        "the activity's first lead); the row's 'Status:' goes nowhere (no activity-level "
        "field).",
        "Not nodes: the OKR explainer, the plan-at-a-glance table and the closing recap "
        "(summary repeats), the chief's message"
        + ("; mission/vision/values are gold front matter." if plan["mission"] else "."),
    ]


def css(style: dict) -> str:
    """Scorecard stylesheet: banner headings, objective boxes, key-result rows."""
    acc = style["accent"]
    row = (
        "display: grid; grid-template-columns: max-content 1fr auto; gap: 0.8em;"
        if style["fields_at"] == "right"
        else "display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.8em;"
    )
    fields = (
        "text-align: right; white-space: nowrap;"
        if style["fields_at"] == "right"
        else "grid-column: 2; text-align: right;"
    )
    zebra = "background: #f4f6f8;" if style["zebra"] else ""
    return (
        base_css(style["page"])
        + f"""
.masthead {{ border-bottom: 4pt solid {acc}; padding-bottom: 0.6em; margin-bottom: 1em; }}
.masthead .okr {{ font-size: 0.9em; letter-spacing: 0.15em; color: {acc}; font-weight: bold; }}
.masthead h1 {{ font-size: 2.1em; }}
table.glance {{ border-collapse: collapse; width: 100%; margin: 0.6em 0 1em 0; }}
table.glance th {{ background: {acc}; color: white; text-align: left; padding: 0.3em 0.5em; }}
table.glance td {{ border-bottom: 0.5pt solid #bbb; padding: 0.3em 0.5em; vertical-align: top; }}
.prio {{ background: {acc}; color: white; padding: 0.5em 0.8em; margin-top: 1.2em;
        break-after: avoid; }}
.prio .kick {{ font-size: 0.8em; letter-spacing: 0.12em; font-weight: bold; opacity: 0.85; }}
.prio h2 {{ font-size: 1.55em; }}
.desc {{ margin: 0.4em 0 0.6em 0; font-style: italic; color: #333; }}
.obj {{ border: 0.75pt solid #bbb; margin: 0.7em 0; break-inside: avoid; }}
.obj .head {{ background: #e9ecef; padding: 0.4em 0.7em; }}
.obj .head h3 {{ font-size: 1.08em; }}
.obj .meta {{ font-size: 0.85em; color: #444; margin-top: 0.15em; }}
.kr {{ {row} padding: 0.35em 0.7em; border-top: 0.5pt solid #ddd; }}
.kr:nth-child(even) {{ {zebra} }}
.kr .num {{ white-space: nowrap; font-weight: bold; color: {acc}; font-size: 0.9em; }}
.kr .fields {{ {fields} font-size: 0.85em; color: #333; }}
.fields span.f {{ white-space: nowrap; }}
.pill {{ color: white; padding: 0 0.4em; border-radius: 0.6em; }}
.recap li {{ margin-bottom: 0.2em; }}
"""
    )


def fields(act: dict, style: dict) -> str:
    """The one-line field set of a key-result row: owner, due date, status."""
    sep = esc(style["sep"])
    parts = []
    if act["leads"]:
        parts.append(f"{esc(style['owner_key'])}: {esc(', '.join(act['leads']))}")
    for m in act["milestones"]:
        parts.append(f"{esc(style['due_key'])}: {esc(m['text'])}")
    status = esc(act["_status"])
    if style["pills"]:
        status = (
            f"<span class='pill' style='background:{STATUS_COLOURS[act['_status']]}'>"
            f"{status}</span>"
        )
    parts.append(f"Status: {status}")
    spans = (f"<span class='f'>{part}</span>" for part in parts)
    return f"<div class='fields'>{sep.join(spans)}</div>"


def objective(goal: dict, style: dict) -> str:
    """An objective box: title, goal-level owner/status/updated line, key-result rows."""
    w = style["words"]
    meta = []
    if goal["leads"]:
        meta.append(f"{style['goal_owner_key']}: {'; '.join(goal['leads'])}")
    if goal["status"]:
        meta.append(f"{style['status_key']}: {goal['status']}")
    if goal["updated"]:
        meta.append(f"{style['updated_key']}: {goal['updated']}")
    rows = "".join(
        f"<div class='kr'><div class='num'>{esc(w[2])} {esc(a['number'])}</div>"
        f"<div class='text'>{esc(a['text'])}</div>{fields(a, style)}</div>"
        for a in goal["activities"]
    )
    return (
        f"<div class='obj'><div class='head'><h3>{esc(w[1])} {esc(goal['number'])}: "
        f"{esc(goal['title'])}</h3><div class='meta'>{esc(' | '.join(meta))}</div></div>"
        f"{rows}</div>"
    )


def priority(pillar: dict, style: dict) -> str:
    desc = f"<p class='desc'>{esc(pillar['description'])}</p>" if pillar["description"] else ""
    objs = [objective(g, style) for g in pillar["goals"]]
    return (
        f"<section><div class='keep'><div class='prio'><div class='kick'>"
        f"{esc(style['words'][0].upper())} {esc(pillar['number'])}</div>"
        f"<h2>{esc(pillar['title'])}</h2></div>{desc}{objs[0]}</div>"
        + "".join(objs[1:])
        + "</section>"
    )


def glance(plan: dict, style: dict) -> str:
    """Plan-at-a-glance table (summary repeat, not nodes)."""
    w = style["words"]
    rows = "".join(
        f"<tr><td>{esc(w[0])} {esc(p['number'])}</td><td>{esc(p['title'])}</td>"
        f"<td>{len(p['goals'])}</td><td>{sum(len(g['activities']) for g in p['goals'])}</td></tr>"
        for p in plan["pillars"]
    )
    return (
        f"<h2>Plan at a Glance</h2><table class='glance'><tr><th>{esc(w[0])}</th>"
        f"<th>Title</th><th>{esc(w[1])}s</th><th>{esc(w[2])}s</th></tr>{rows}</table>"
    )


def masthead(doc: Doc) -> str:
    plan, agency = doc.plan, doc.extras["agency"]
    letter = "".join(f"<p>{esc(t)}</p>" for t in doc.extras["letter"])
    front = ""
    if plan["mission"]:
        front = (
            f"<p><b>Mission.</b> {esc(plan['mission'])}</p><p><b>Vision.</b> "
            f"{esc(plan['vision'])}</p><p><b>Values.</b> "
            f"{esc(' / '.join(plan['values']))}</p>"
        )
    return (
        f"<div class='masthead'><div class='okr'>OBJECTIVES AND KEY RESULTS</div>"
        f"<h1>{esc(plan['title'])}</h1><div>{esc(plan['agency'])}</div></div>{letter}"
        f"<p><i>{esc(agency.chief)}, {esc(agency.chief_title)}</i></p>{front}"
        "<h2>How to read this plan</h2><p>Each priority sets a direction. Objectives say "
        "what we want to achieve, and key results say how we will know we got there. Every "
        "key result has one accountable owner, a due date and a status that is updated "
        "each quarter.</p>"
    )


def recap(plan: dict, style: dict) -> str:
    """Closing recap listing priorities and objectives again (summary repeat, not nodes)."""
    items = "".join(
        f"<li><b>{esc(p['title'])}</b>: {esc('; '.join(g['title'] for g in p['goals']))}</li>"
        for p in plan["pillars"]
    )
    return (
        f"<section class='break recap'><h2>Looking Ahead</h2><p>Together these "
        f"commitments will guide our work through {plan['period']['end']}. In summary:</p>"
        f"<ul>{items}</ul><p>Progress on every key result will be published quarterly.</p>"
        "</section>"
    )


def render(doc: Doc, out: Path) -> None:
    """Write the scorecard HTML and print it with Chromium."""
    style, plan = doc.extras["style"], doc.plan
    body = (
        masthead(doc)
        + glance(plan, style)
        + "".join(priority(p, style) for p in plan["pillars"])
        + recap(plan, style)
    )
    render_html(document(plan["title"], css(style), body), out)


FAMILIES = [
    Family(
        NAME,
        "chromium",
        __doc__.splitlines()[0],
        [
            DocSpec("okr-scorecard-1", 3201, "dev"),
            DocSpec("okr-scorecard-2", 3202, "test"),
            DocSpec("okr-scorecard-3", 3203, "dev"),
            DocSpec("okr-scorecard-4", 3251, "dev"),
            DocSpec("okr-scorecard-5", 3252, "dev"),
            DocSpec("okr-scorecard-6", 3253, "dev"),
            DocSpec("okr-scorecard-7", 3254, "dev"),
            DocSpec("okr-scorecard-8", 3255, "dev"),
            DocSpec("okr-scorecard-9", 3256, "dev"),
            DocSpec("okr-scorecard-10", 3257, "dev"),
            DocSpec("okr-scorecard-11", 3258, "dev"),
            DocSpec("okr-scorecard-12", 3259, "dev"),
        ],
        build,
        render,
    )
]
