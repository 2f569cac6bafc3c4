"""Action-plan tables with one row per goal whose cells hold lists (Chromium HTML to PDF).

Each goal is one table row (or one rowspan group): a goal cell ("Goal 1.2: title", or "1.2" in
its own column beside the title, or the number stacked over the title), an activities cell
holding several numbered or bulleted activities (each may wrap), a lead cell holding a matching
list (one line per activity, or one name for the whole row) and a timeline cell holding a
matching list of dates. How the lists line up varies per document: one table row per activity
under a rowspan goal cell (so lead and date sit level with their activity, no rule between the
sub-rows), lists in one cell merely in the same order (short lead lines do not line up with
wrapped activities), or lead and date lines numbered "1." to match activity 1. Pillars are a
heading above each table, the table's caption, or a band row spanning the columns of one long
table; a table that runs onto the next page repeats its header row (thead).
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import PALETTE, PILLAR_WORDS
from ._html_common import base_css, document, esc, letter_paragraphs, page_style, render_html

NAME = "list-cells"
GOAL_COLUMNS = ["Goal", "Objective", "Goal / Objective", "Strategic Goal"]
ACTIVITY_COLUMNS = ["Strategies", "Action Items", "Activities", "Action Steps", "Key Actions"]
LEAD_COLUMNS = ["Responsible", "Lead", "Lead Unit", "Responsible Party", "Assigned To"]
TIME_COLUMNS = ["Timeline", "Target Date", "Completion", "Due", "Target Completion"]
GOAL_WORDS = ["Goal", "Objective"]


def build(spec: DocSpec) -> Doc:
    """Plan content with a lead and a date per activity, laid out as list cells, from the seed."""
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 4),
        activity_leads=1.0,
        milestones="timeline",
        ongoing=0.1,
        pillar_descriptions=opt["pillar"] == "heading",
        front_matter=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    act_scheme = "arabic" if opt["marks"] == "numbers" else "none"
    number_levels(plan, ("arabic", "dotted", act_scheme))
    style = draw_style(rng, opt)
    for goal in (g for p in plan["pillars"] for g in p["goals"]):
        share_lead(rng, goal, opt.get("single_lead", 0.0))
    extras = {
        "agency": agency,
        "style": style,
        "letter": letter_paragraphs(rng, agency, plan)[:2],
    }
    return Doc(spec.slug, NAME, "chromium", spec.split, rng, plan, extras, notes(style, opt))


def share_lead(rng: random.Random, goal: Node, share: float) -> None:
    """Some rows print one lead for all their activities: each activity (and date) carries it."""
    if len(goal["activities"]) < 2 or rng.random() >= share:
        return
    lead = goal["activities"][0]["leads"][0]
    goal["_one_lead"] = True
    for act in goal["activities"]:
        act["leads"] = [lead]
        for m in act["milestones"]:
            m["lead"] = lead


def draw_style(rng: random.Random, opt: dict) -> dict:
    """Column names, rules or zebra stripes, colours, list marks and the goal label."""
    page = page_style(rng)
    page["pt"] = min(page["pt"], 10.0)
    return {
        "page": page,
        "pillar_word": rng.choice(PILLAR_WORDS[:4] + ["Strategic Priority", "Priority"]),
        "goal_word": rng.choice(GOAL_WORDS),
        "columns": [
            rng.choice(GOAL_COLUMNS),
            rng.choice(ACTIVITY_COLUMNS),
            rng.choice(LEAD_COLUMNS),
            rng.choice(TIME_COLUMNS),
        ],
        "accent": rng.choice(PALETTE),
        "zebra": rng.choice(["#f0f3f7", "#f3f3f3", "#eef5ee", "#f7f1ea"]),
        "lead_join": rng.choice([", ", " / ", "; "]),
        "bullet": rng.choice(["disc", "square", "'\u2022  '", "'\u25aa  '"]),
        "align": opt["align"],
        "marks": opt["marks"],
        "pillar": opt["pillar"],
        "goal_cell": opt["goal_cell"],
        "rows": opt["rows"],
        "landscape": opt.get("landscape", False),
    }


def notes(style: dict, opt: dict) -> list[str]:
    cols = style["columns"]
    align = {
        "rows": "one table row per activity under a rowspan goal cell, with no rule between "
        "the sub-rows: each lead and date sits level with its activity",
        "order": "one row per goal: the lead and date cells hold one line per activity in the "
        "activities' order, not level with them (activities wrap, leads do not)",
        "numbered": "one row per goal: lead and date lines are numbered '1.' to match the "
        "activity they belong to, and do not line up with wrapped activities",
    }[style["align"]]
    pillar = {
        "heading": f"an h2 '{style['pillar_word']} N: title' above each table with an intro "
        "paragraph (the pillar description)",
        "caption": f"the table's caption '{style['pillar_word']} N: title' (no description)",
        "band": "a shaded band row 'N. title' spanning all columns of one long table under an "
        "'Action Plan' heading (no level word, no description)",
    }[style["pillar"]]
    goal = {
        "run-in": f"'{style['goal_word']} N.M: title' in the goal cell",
        "column": "the number 'N.M' in its own narrow column and the title beside it",
        "stacked": "the number 'N.M' on its own line above the title in the goal cell",
    }[style["goal_cell"]]
    out = [
        f"Pillars: {pillar}. Goals: {goal}.",
        f"Columns '{cols[0]}', '{cols[1]}', '{cols[2]}', '{cols[3]}'; layout: {align}. "
        + (
            "Activities numbered '1.', '2.' in their cell (numbers in gold)."
            if style["marks"] == "numbers"
            else "Activities bulleted (no numbers)."
        ),
        f"Each activity's lead(s) (several joined by '{style['lead_join']}' on one line) are "
        "its leads; its date is its one milestone (text as printed, period normalised, lead = "
        "the activity's first lead).",
        f"{'Zebra-striped' if style['rows'] == 'zebra' else 'Ruled'} rows, "
        f"{'landscape' if style['landscape'] else 'portrait'} page; a table that runs onto the "
        "next page repeats its header row (not a node).",
        "Not nodes: title block, chief's message, header rows, page footer.",
    ]
    if opt.get("single_lead"):
        out.append(
            "Some rows print one name in the lead cell for all their activities: the cell "
            "applies to every activity of the row (as a merged lead cell applies to each row "
            "it spans), so each activity's leads is that name and each date's lead too; the "
            "goal's leads stay empty (the column is the activities' column)."
        )
    return out


def css(style: dict) -> str:
    acc = style["accent"]
    size = "11in 8.5in" if style["landscape"] else None
    page = base_css(style["page"])
    if size:
        page = page.replace("size: 8.5in 11in", f"size: {size}").replace(
            "size: 210mm 297mm", "size: 297mm 210mm"
        )
    zebra = (
        f"tbody tr.goal:nth-of-type(even) td {{ background: {style['zebra']}; }}"
        if style["rows"] == "zebra"
        else ""
    )
    ruled = "0.6pt solid #999" if style["rows"] == "ruled" else "0"
    marks = "decimal" if style["marks"] == "numbers" else style["bullet"]
    return (
        page
        + f"""
.title h1 {{ font-size: 2em; color: {acc}; }}
.title p {{ margin: 0.3em 0; }}
h2 {{ font-size: 1.35em; color: {acc}; margin: 1.2em 0 0.3em 0; break-after: avoid; }}
p.intro {{ margin: 0 0 0.6em 0; break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; margin: 0.4em 0 1em 0; }}
caption {{ text-align: left; font-weight: bold; font-size: 1.2em; color: {acc};
          padding: 0.8em 0 0.3em 0; caption-side: top; }}
thead th {{ background: {acc}; color: white; text-align: left; padding: 0.35em 0.5em;
           font-size: 0.95em; }}
td {{ vertical-align: top; padding: 0.4em 0.5em; border: {ruled}; }}
tr {{ break-inside: avoid; }}
tr.goal {{ border-top: 0.8pt solid #888; }}
tr.sub td {{ border-top: 0; }}
tr.sub td.lst {{ padding-top: 0.1em; }}
tr.first td.lst {{ padding-bottom: 0.1em; }}
tr.band td {{ background: #dde3ea; font-weight: bold; font-size: 1.1em; color: {acc};
             border: {ruled}; }}
{zebra}
td ol, td ul {{ margin: 0; padding-left: 1.3em; }}
td ul {{ list-style-type: {marks}; }}
td li {{ margin-bottom: 0.3em; }}
td .line {{ margin-bottom: 0.45em; }}
td.who {{ width: 18%; }}
td.num {{ width: 3em; font-weight: bold; }}
td.gl {{ width: 24%; }} td.gl b {{ display: block; }}
td.acts {{ width: 44%; }}
td.when {{ width: 13%; }} td.when, td.when .line {{ white-space: nowrap; }}
footer {{ margin-top: 1.5em; font-size: 0.8em; color: #666; }}
"""
    )


def goal_cells(goal: Node, style: dict, span: int) -> str:
    """The goal's cell(s): run-in label, a number column beside the title, or stacked."""
    rs = f" rowspan='{span}'" if span > 1 else ""
    num, title = esc(goal["number"]), esc(goal["title"])
    if style["goal_cell"] == "column":
        return f"<td class='num'{rs}>{num}</td><td class='gl'{rs}>{title}</td>"
    if style["goal_cell"] == "stacked":
        return f"<td class='gl'{rs}><b>{num}</b>{title}</td>"
    return f"<td class='gl'{rs}><b>{esc(style['goal_word'])} {num}:</b> {title}</td>"


def item_list(acts: list[Node], style: dict) -> str:
    """Activities as an ordered or bulleted list (numbers come from the list's markers)."""
    tag = "ol" if style["marks"] == "numbers" else "ul"
    start = f" start='{acts[0]['number']}'" if tag == "ol" and acts[0]["number"] else ""
    items = "".join(f"<li>{esc(a['text'])}</li>" for a in acts)
    return f"<{tag}{start}>{items}</{tag}>"


def lines(values: list[str], style: dict, numbers: list[str | None]) -> str:
    """A lead or date cell of one line per activity ('1. ' before each when numbered)."""
    out = []
    for value, number in zip(values, numbers, strict=True):
        mark = f"{number}. " if style["align"] == "numbered" and number else ""
        out.append(f"<div class='line'>{esc(mark + value)}</div>")
    return "".join(out)


def goal_rows(goal: Node, style: dict) -> str:
    acts = goal["activities"]
    leads = [style["lead_join"].join(a["leads"]) for a in acts]
    dates = ["; ".join(m["text"] for m in a["milestones"]) for a in acts]
    numbers = [a["number"] or str(i) for i, a in enumerate(acts, 1)]
    one_lead = goal.get("_one_lead")
    if style["align"] != "rows":
        lead_cell = f"<div class='line'>{esc(leads[0])}</div>" if one_lead else None
        return (
            "<tr class='goal'>"
            + goal_cells(goal, style, 1)
            + f"<td class='acts'>{item_list(acts, style)}</td>"
            + f"<td class='who'>{lead_cell or lines(leads, style, numbers)}</td>"
            + f"<td class='when'>{lines(dates, style, numbers)}</td></tr>"
        )
    rows = []
    for i, act in enumerate(acts):
        cls = "goal first" if i == 0 else "sub"
        cells = goal_cells(goal, style, len(acts)) if i == 0 else ""
        cells += f"<td class='acts lst'>{item_list([act], style)}</td>"
        if not one_lead:
            cells += f"<td class='lst who'>{esc(leads[i])}</td>"
        elif i == 0:
            cells += f"<td class='who' rowspan='{len(acts)}'>{esc(leads[0])}</td>"
        cells += f"<td class='lst when'>{esc(dates[i])}</td>"
        rows.append(f"<tr class='{cls}'>{cells}</tr>")
    return "".join(rows)


def head(style: dict) -> str:
    cols = style["columns"]
    first = (
        f"<th>#</th><th>{esc(cols[0])}</th>"
        if style["goal_cell"] == "column"
        else f"<th>{esc(cols[0])}</th>"
    )
    rest = "".join(f"<th>{esc(c)}</th>" for c in cols[1:])
    return f"<thead><tr>{first}{rest}</tr></thead>"


def width(style: dict) -> int:
    return 5 if style["goal_cell"] == "column" else 4


def pillar_label(pillar: Node, style: dict) -> str:
    return f"{style['pillar_word']} {pillar['number']}: {pillar['title']}"


def tables(plan: Node, style: dict) -> str:
    """One table per pillar (heading or caption), or one long table with pillar band rows."""
    if style["pillar"] == "band":
        body = "".join(
            f"<tr class='band'><td colspan='{width(style)}'>"
            f"{esc(p['number'])}. {esc(p['title'])}</td></tr>"
            + "".join(goal_rows(g, style) for g in p["goals"])
            for p in plan["pillars"]
        )
        return f"<h2>Action Plan</h2><table>{head(style)}<tbody>{body}</tbody></table>"
    out = []
    for p in plan["pillars"]:
        body = "".join(goal_rows(g, style) for g in p["goals"])
        if style["pillar"] == "caption":
            out.append(
                f"<table><caption>{esc(pillar_label(p, style))}</caption>"
                f"{head(style)}<tbody>{body}</tbody></table>"
            )
        else:
            intro = f"<p class='intro'>{esc(p['description'])}</p>" if p["description"] else ""
            out.append(
                f"<h2>{esc(pillar_label(p, style))}</h2>{intro}"
                f"<table>{head(style)}<tbody>{body}</tbody></table>"
            )
    return "".join(out)


def front(doc: Doc) -> str:
    """Title block, chief's message and (some documents) mission, vision and values."""
    plan, agency = doc.plan, doc.extras["agency"]
    out = (
        f"<div class='title'><p>{esc(plan['agency'])}</p><h1>{esc(plan['title'])}</h1>"
        + "".join(f"<p>{esc(t)}</p>" for t in doc.extras["letter"])
        + f"<p><i>{esc(agency.chief)}, {esc(agency.chief_title)}</i></p></div>"
    )
    if plan["mission"]:
        out += (
            f"<h2>Mission</h2><p>{esc(plan['mission'])}</p>"
            f"<h2>Vision</h2><p>{esc(plan['vision'])}</p>"
            f"<h2>Values</h2><p>{' &middot; '.join(esc(v) for v in plan['values'])}</p>"
        )
    return out


def render(doc: Doc, out: Path) -> None:
    style, plan = doc.extras["style"], doc.plan
    body = (
        front(doc)
        + "<div class='break'></div>"
        + tables(plan, style)
        + f"<footer>{esc(plan['agency'])} &middot; {esc(plan['title'])}</footer>"
    )
    render_html(document(plan["title"], css(style), body), out)


FAMILIES = [
    Family(
        NAME,
        "chromium",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "list-cells-1",
                9901,
                "dev",
                {
                    "align": "rows",
                    "marks": "numbers",
                    "pillar": "heading",
                    "goal_cell": "run-in",
                    "rows": "ruled",
                    "single_lead": 0.3,
                },
            ),
            DocSpec(
                "list-cells-2",
                9902,
                "dev",
                {
                    "align": "order",
                    "marks": "bullets",
                    "pillar": "band",
                    "goal_cell": "column",
                    "rows": "zebra",
                    "landscape": True,
                },
            ),
            DocSpec(
                "list-cells-3",
                9903,
                "dev",
                {
                    "align": "numbered",
                    "marks": "numbers",
                    "pillar": "caption",
                    "goal_cell": "stacked",
                    "rows": "ruled",
                    "single_lead": 0.35,
                },
            ),
            DocSpec(
                "list-cells-4",
                9904,
                "test",
                {
                    "align": "order",
                    "marks": "numbers",
                    "pillar": "heading",
                    "goal_cell": "run-in",
                    "rows": "zebra",
                    "landscape": True,
                    "single_lead": 0.3,
                },
            ),
            DocSpec(
                "list-cells-5",
                9905,
                "dev",
                {
                    "align": "order",
                    "marks": "numbers",
                    "pillar": "caption",
                    "goal_cell": "run-in",
                    "rows": "zebra",
                    "single_lead": 0.3,
                },
            ),
            DocSpec(
                "list-cells-6",
                9906,
                "dev",
                {
                    "align": "rows",
                    "marks": "bullets",
                    "pillar": "heading",
                    "goal_cell": "stacked",
                    "rows": "zebra",
                    "landscape": True,
                },
            ),
            DocSpec(
                "list-cells-7",
                9907,
                "dev",
                {
                    "align": "numbered",
                    "marks": "bullets",
                    "pillar": "band",
                    "goal_cell": "run-in",
                    "rows": "ruled",
                    "landscape": True,
                    "single_lead": 0.2,
                },
            ),
        ],
        build,
        render,
    )
]
