"""A plan written as plain text and printed to PDF (reportlab canvas): one monospace font.

The plan was typed in an e-mail, a text editor or a legacy system and printed as it stands:
one monospace font (Courier, DejaVu Sans Mono or Liberation Mono) in one size, no bold, no
italics, no colour. Hierarchy is only ASCII convention: a title underlined with "=" or "-" or
framed by asterisks, ALL CAPS section headings, numbers ("1." / "1.1" / "1.1.1", "A." / "1)" /
"(i)", "PRIORITY 1:" / "Goal 1.1:"), ASCII bullets ("*", "o"), indentation by spaces (a step
of 2, 3 or 4 columns, or none at all in a text hard-wrapped at 72 columns), wrapped lines
hanging under the text or starting at column 0, fields as "Lead: X", dot leaders
("Owner ....... X"), "Target Date: 06/30/2026" or "Responsible: X / Y", separator lines of
dashes, a "Page N of M" line or a pr-style header (date, plan title, page) on every page, and
in one document an e-mail header (From / To / Date / Subject) above the plan.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..content import MONTHS, Shape, make_plan, person, roman
from ..spec import Doc, DocSpec, Family, Node, normalise_period
from . import _outline_common as oc

NAME = "monospace-text"
COLUMNS = 72
W, H = 612.0, 792.0
MONO_TTF = {
    "DejaVuSansMono": "dejavu/DejaVuSansMono",
    "LiberationMono": "liberation/LiberationMono-Regular",
}
MONTH_ENDS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def number(scheme: str, n: int, parents: tuple[int, ...]) -> str | None:
    """The printed number of the ``n``-th node of a level (None for a bullet)."""
    if scheme == "bullet":
        return None
    if scheme == "dotted":
        return ".".join(str(p) for p in (*parents, n))
    if scheme == "upper":
        return chr(64 + n)
    if scheme == "lower":
        return chr(96 + n)
    if scheme == "roman":
        return roman(n).lower()
    return str(n)


def slash_date(rng: random.Random, year: int) -> str:
    """A month-end date as a legacy system prints it: 06/30/2026."""
    month = rng.randrange(12)
    return f"{month + 1:02d}/{MONTH_ENDS[month]}/{year}"


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    shape = Shape(
        pillars=(3, 5),
        goals=(2, 3),
        activities=(2, 4),
        goal_leads=opt["goal_leads"],
        activity_leads=0.85,
        milestones="timeline",
        timeline_schemes=("fiscal", "quarter", "month", "year"),
        front_matter=opt["front"],
        pillar_descriptions=opt["pillar_desc"],
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    schemes = opt["numbers"]
    for pi, pillar in enumerate(plan["pillars"], 1):
        pillar["number"] = number(schemes[0], pi, ())
        pillar["title"] = pillar["title"].upper()  # ALL CAPS headings, kept as printed
        for gi, goal in enumerate(pillar["goals"], 1):
            goal["number"] = number(schemes[1], gi, (pi,))
            for ai, act in enumerate(goal["activities"], 1):
                act["number"] = number(schemes[2], ai, (pi, gi))
                if rng.random() < 0.15:  # not every action has a date
                    act["milestones"] = []
                for m in act["milestones"]:
                    if opt["dates"] == "slash" and m["period"]:
                        m["text"] = slash_date(rng, int(m["period"][:4]))
                        m["period"] = normalise_period(m["text"])
    style = {
        "font": rng.choice(["Courier", "Courier", "DejaVuSansMono", "LiberationMono"]),
        "size": rng.choice([9.5, 10, 10, 10.5]),
        "date": f"{rng.choice(MONTHS)} {rng.randint(3, 27)}, {plan['period']['start'] - 1}",
        "clock": f"{rng.randint(7, 17):02d}:{rng.choice([5, 12, 26, 41, 58]):02d}",
        "sender": person(rng),
        **opt,
    }
    extras = {"agency": agency, "style": style}
    return Doc(spec.slug, NAME, "reportlab-canvas", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    words = st["words"]
    shown = {
        "arabic": "1.",
        "dotted": "1.1",
        "upper": "A.",
        "lower": "a)",
        "roman": "(i)",
        "paren": "1)",
        "bullet": f"'{st['bullet']}' bullets",
    }
    marks = [shown[s] for s in st["numbers"]]
    if words:
        marks = [f"{w} {m}" for w, m in zip(words, marks, strict=False)] + marks[len(words) :]
    return [
        f"Plain text in one monospace font ({st['font']} {st['size']} pt), no bold, italics or "
        "colour; hierarchy only by ASCII conventions: pillars ALL CAPS headings (gold titles in "
        "capitals as printed), numbered "
        + " / ".join(marks)
        + " (numbers as printed, without level word or punctuation; bullets have none).",
        (
            "No indentation at all: every line starts at column 0 and long lines are "
            "hard-wrapped at 72 columns with the continuation at column 0."
            if st["step"] == 0
            else f"Levels indented {st['step']} spaces each; wrapped lines hang under the text."
        ),
        "Fields: " + FIELD_NOTES[st["fields"]] + " The date is the activity's one milestone "
        "(text as printed, period its year, lead the activity's first lead); about one action "
        "in seven has none. Goal leads on a line under the goal title when it has any.",
        "Not nodes: "
        + ", ".join(
            [
                *(["the e-mail header and greeting and signature"] if st["email"] else []),
                f"the title block ({TITLE_NOTES[st['title']]})",
                *(["the ALL CAPS MISSION / VISION / VALUES sections"] if st["front"] else []),
                "the introduction and closing paragraphs",
                f"the page {PAGE_NOTES[st['page']]}",
                "the separator lines of dashes",
            ]
        )
        + ".",
    ]


FIELD_NOTES = {
    "lines": "'Lead: X' and 'Target Date: MM/DD/YYYY' each on their own line under the action, "
    "at the text's column (leads joined with ', ').",
    "leaders": "dot-leader lines 'Owner ........ X' and 'Due .......... Y' under the action "
    "(leads joined with ' / ').",
    "inline": "one line 'Responsible: X / Y   Target Date: MM/DD/YYYY' under the action.",
    "paren": "'(Lead: X, Y; Target: Y)' closing the action's text.",
}
TITLE_NOTES = {
    "equals": "agency and title, the title underlined with '='",
    "dashes": "agency and title, the title underlined with '-'",
    "stars": "agency and title framed by a box of asterisks",
}
PAGE_NOTES = {
    "footer": "footer 'Page N of M'",
    "header": "header line (agency left, 'Page N of M' right)",
    "pr": "header pr prints on every page (date and time, plan title, 'Page N')",
    "dash": "footer '- N -'",
}


@dataclass
class Line:
    """One printed line and whether it must stay on a page with the line after it."""

    text: str
    keep: bool = False


class Writer:
    """Lays the plan out as lines of at most 72 columns, as a text editor would show it."""

    def __init__(self, st: dict):
        self.st = st
        self.lines: list[Line] = []

    def blank(self) -> None:
        if self.lines and self.lines[-1].text:
            self.lines.append(Line(""))

    def put(self, text: str, keep: bool = False) -> None:
        self.lines.append(Line(text.rstrip(), keep))

    def para(self, text: str, indent: int = 0, marker: str = "", keep: bool = False) -> None:
        """Wrap ``text`` at 72 columns after ``marker``: continuation lines hang under the
        text, or start at column 0 in a document without indentation."""
        first = " " * indent + (f"{marker} " if marker else "")
        rest = " " * len(first) if self.st["step"] else ""
        wrapped = textwrap.wrap(
            text,
            COLUMNS,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for i, ln in enumerate(wrapped):
            self.put(ln, keep and i == len(wrapped) - 1)

    def separator(self) -> None:
        self.blank()
        self.put("-" * COLUMNS)
        self.blank()


def leader(key: str, value: str, indent: int) -> str:
    return " " * indent + f"{key} {'.' * (14 - len(key))} {value}"


def marker(st: dict, level: int, num: str | None) -> str:
    """The printed mark of a node: level word and number, punctuation, or the bullet."""
    scheme = st["numbers"][level]
    if scheme == "bullet":
        return st["bullet"]
    words = st["words"]
    if level < len(words):
        return f"{words[level]} {num}:" if level else f"{words[level].upper()} {num} -"
    return {"roman": f"({num})", "lower": f"{num})", "paren": f"{num})", "dotted": num}.get(
        scheme, f"{num}."
    )


def title_block(w: Writer, plan: Node) -> None:
    st = w.st
    agency, title = plan["agency"].upper(), plan["title"]
    if st["title"] == "stars":
        inner = max(len(agency), len(title)) + 6
        w.put("*" * (inner + 2))
        for text in ("", agency, title, ""):
            w.put("*" + text.center(inner) + "*")
        w.put("*" * (inner + 2))
    else:
        w.put(agency)
        w.put(title)
        w.put(("=" if st["title"] == "equals" else "-") * len(title))
    w.blank()


def email_header(w: Writer, plan: Node, doc: Doc) -> None:
    st, agency = w.st, doc.extras["agency"]
    user = st["sender"].split()[1].lower()
    domain = mail_domain(plan["agency"])
    for key, value in (
        ("From", f"{st['sender']} <{user}@{domain}>"),
        ("To", "Command Staff; Unit Supervisors"),
        ("Date", f"{st['date']} {st['clock']}"),
        ("Subject", "Final text of the plan, as adopted"),
    ):
        w.put(f"{key + ':':<9}{value}")
    w.blank()
    w.put("All,")
    w.blank()
    w.para(
        f"Below is the text of the plan as {agency.chief_title} {agency.chief} signed it. "
        "Please share it with your units and send any corrections to me by the end of the "
        "month."
    )
    w.blank()


def mail_domain(agency_name: str) -> str:
    words = agency_name.replace("'", "").split()
    return f"{''.join(x.lower() for x in words[:2])}.gov"


def front(w: Writer, plan: Node, doc: Doc) -> None:
    st = w.st
    under = "-" if st["title"] != "dashes" else "="
    w.put("INTRODUCTION")
    w.put(under * len("INTRODUCTION"))
    for text in oc.intro_paragraphs(plan, doc.extras["agency"])[:1]:
        w.para(text)
        w.blank()
    if not st["front"]:
        return
    for label, text in (("MISSION", plan["mission"]), ("VISION", plan["vision"])):
        w.put(label)
        w.put(under * len(label))
        w.para(text)
        w.blank()
    w.put("VALUES")
    w.put(under * len("VALUES"))
    if st["values"] == "list":
        for value in plan["values"]:
            w.put(f"{' ' * st['step']}- {value}")
    else:
        w.para(", ".join(plan["values"]))
    w.blank()


def fields(w: Writer, act: Node, indent: int) -> None:
    """The action's lead and target date in the document's field form."""
    st, leads = w.st, act["leads"]
    dates = [m["text"] for m in act["milestones"]]
    if st["fields"] == "lines":
        if leads:
            w.para(f"Lead: {', '.join(leads)}", indent)
        for d in dates:
            w.para(f"Target Date: {d}", indent)
    elif st["fields"] == "leaders":
        if leads:
            w.put(leader("Owner", " / ".join(leads), indent))
        for d in dates:
            w.put(leader("Due", d, indent))
    elif st["fields"] == "inline":
        parts = [f"Responsible: {' / '.join(leads)}"] if leads else []
        parts += [f"Target Date: {d}" for d in dates]
        if parts:
            w.para("   ".join(parts), indent)


def activity_text(st: dict, act: Node) -> str:
    if st["fields"] != "paren":
        return act["text"]
    parts = [f"Lead: {', '.join(act['leads'])}"] if act["leads"] else []
    parts += [f"Target: {m['text']}" for m in act["milestones"]]
    return f"{act['text']} ({'; '.join(parts)})" if parts else act["text"]


def goal_lead(w: Writer, goal: Node, indent: int) -> None:
    if not goal["leads"]:
        return
    if w.st["fields"] == "leaders":
        w.put(leader("Owner", " / ".join(goal["leads"]), indent), keep=True)
    elif w.st["fields"] == "inline":
        w.para(f"Responsible: {' / '.join(goal['leads'])}", indent, keep=True)
    else:
        w.para(f"Lead: {', '.join(goal['leads'])}", indent, keep=True)


def body(w: Writer, plan: Node) -> None:
    st, step = w.st, w.st["step"]
    for pillar in plan["pillars"]:
        if st["pillar_sep"]:
            w.separator()
        else:
            w.blank()
            w.blank()
        head = f"{marker(st, 0, pillar['number'])} {pillar['title']}"
        w.put(head, keep=True)
        if st["pillar_under"]:
            w.put(st["pillar_under"] * len(head), keep=True)
        w.blank()
        if pillar["description"]:
            w.para(pillar["description"])
            w.blank()
        for goal in pillar["goals"]:
            mark = marker(st, 1, goal["number"])
            w.para(goal["title"], step, mark, keep=True)
            text_at = step + len(mark) + 1 if step else 0
            goal_lead(w, goal, text_at)
            if st["goal_gap"]:
                w.blank()
            for act in goal["activities"]:
                mark = marker(st, 2, act["number"])
                w.para(activity_text(st, act), 2 * step, mark)
                fields(w, act, 2 * step + len(mark) + 1 if step else 0)
                if st["act_gap"]:
                    w.blank()
            w.blank()


def closing(w: Writer) -> None:
    st = w.st
    w.separator()
    w.para(
        "Progress on every action will be reviewed at command staff meetings each quarter, "
        "and a summary of what was done will be shared with residents once a year."
    )
    if st["email"]:
        w.blank()
        w.put("Thanks,")
        w.put(st["sender"])
        w.put("Planning and Research Unit")


@cache
def register_mono(name: str) -> str:
    if name == "Courier":
        return name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/{MONO_TTF[name]}.ttf"))
    return name


def paginate(lines: list[Line], per_page: int) -> list[list[str]]:
    """Fill pages line by line; a kept line (a heading) moves to the next page together with
    the blank lines after it and the first line of text that follows."""
    pages: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        page = pages[-1]
        if len(page) >= per_page or (
            ln.keep and page and group_end(lines, i) - i + 1 > per_page - len(page)
        ):
            pages.append([])
            page = pages[-1]
        if not page and not ln.text:
            continue  # no blank line at the top of a page
        page.append(ln.text)
    return pages


def group_end(lines: list[Line], i: int) -> int:
    """The index of the first unkept text line after kept line ``i``, blank lines skipped."""
    j = i
    while True:
        j += 1
        while j < len(lines) and not lines[j].text:
            j += 1
        if j >= len(lines) or not lines[j].keep:
            return min(j, len(lines) - 1)


def page_lines(st: dict, plan: Node, n: int, total: int) -> tuple[list[str], list[str]]:
    """The header and footer lines of page ``n`` of ``total``."""
    if st["page"] == "header":
        right = f"Page {n} of {total}"
        return [f"{plan['agency']:<{COLUMNS - len(right)}}{right}", ""], []
    if st["page"] == "pr":
        left, right = f"{st['date']} {st['clock']}", f"Page {n}"
        mid = plan["title"].center(COLUMNS - len(left) - len(right))
        return [f"{left}{mid}{right}", "", ""], []
    text = f"Page {n} of {total}" if st["page"] == "footer" else f"- {n} -"
    return [], ["", text.center(COLUMNS).rstrip()]


def render(doc: Doc, out: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    st, plan = doc.extras["style"], doc.plan
    w = Writer(st)
    if st["email"]:
        email_header(w, plan, doc)
    title_block(w, plan)
    front(w, plan, doc)
    body(w, plan)
    closing(w)
    font, size = register_mono(st["font"]), st["size"]
    leading = size * 1.2
    x0 = (W - pdfmetrics.stringWidth("M" * COLUMNS, font, size)) / 2
    top = H - 54
    per_page = int((top - 54) / leading) - 3
    pages = paginate(w.lines, per_page)
    c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
    c.setTitle(plan["title"])
    c.setFont(font, size)
    for n, lines in enumerate(pages, 1):
        head, foot = page_lines(st, plan, n, len(pages))
        c.setFont(font, size)
        y = top
        for text in head + lines:
            if text:
                c.drawString(x0, y, text)
            y -= leading
        y = 54 + leading * (len(foot) - 1)
        for text in foot:
            if text:
                c.drawString(x0, y, text)
            y -= leading
        c.showPage()
    c.save()


def doc_spec(slug: str, seed: int, split: str, **options) -> DocSpec:
    defaults = {
        "email": False,
        "front": True,
        "pillar_desc": False,
        "goal_leads": 0.4,
        "words": (),
        "bullet": "*",
        "values": "line",
        "pillar_sep": False,
        "pillar_under": "",
        "goal_gap": False,
        "act_gap": False,
        "dates": "scheme",
    }
    return DocSpec(slug, seed, split, {**defaults, **options})


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            doc_spec(
                "monospace-text-email",
                9701,
                "dev",
                email=True,
                front=False,
                numbers=("arabic", "dotted", "dotted"),
                step=2,
                fields="lines",
                dates="slash",
                title="equals",
                page="footer",
                pillar_sep=True,
                act_gap=True,
            ),
            doc_spec(
                "monospace-text-framed",
                9702,
                "dev",
                numbers=("arabic", "dotted", "bullet"),
                words=("Priority", "Goal"),
                bullet="*",
                step=4,
                fields="leaders",
                values="list",
                title="stars",
                page="header",
                pillar_under="-",
                pillar_desc=True,
                goal_leads=0.6,
            ),
            doc_spec(
                "monospace-text-wrapped",
                9703,
                "dev",
                numbers=("upper", "paren", "roman"),
                step=0,
                fields="inline",
                dates="slash",
                title="dashes",
                page="pr",
                goal_gap=True,
            ),
            doc_spec(
                "monospace-text-outline",
                9704,
                "test",
                numbers=("arabic", "dotted", "bullet"),
                words=("Goal", "Objective"),
                bullet="o",
                step=3,
                fields="paren",
                title="equals",
                page="dash",
                pillar_sep=True,
                pillar_under="=",
                goal_leads=0.5,
            ),
        ],
        build,
        render,
    )
]
