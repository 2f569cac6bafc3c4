"""Hard negatives (kind "unknown"): law-enforcement documents that are not strategic plans.

News releases, job postings, printed web pages, annual reports, council agendas, meeting
minutes, crime statistics and budget summaries share a plan's typography and vocabulary
(numbered headings, bullets per division, "goal" and "objective" in passing, owners and due
dates in an action-item table) but hold no plan: a parser must return no pillars and leave
agency, title, period, mission, vision and values empty. One family per producer; the kind of
document is a per-document option, its agency, numbers, fonts and colours drawn from the seed.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..content import make_agency
from ..spec import Doc, DocSpec, Family, Node
from ..styles import SYSTEM_FONTS, colour

WEB, OFFICE, REPORT = "negative-web", "negative-office", "negative-report"
PRODUCER = {WEB: "chromium", OFFICE: "libreoffice-writer", REPORT: "reportlab-platypus"}

WHAT = {
    "news-release": "a one-page news release: letterhead, dateline, headline, a 'by the "
    "numbers' bullet list and a closing boilerplate paragraph that names the department's "
    "strategic plan goals in passing",
    "job-posting": "a police officer job posting: salary table, 'Essential Duties' bullets, "
    "numbered 'Minimum Qualifications' and 'Selection Process' steps",
    "web-page": "a division web page printed from a browser: navigation menu, breadcrumb, "
    "sidebar links, unit cards with bullets, an 'objectives' paragraph and a link-heavy footer",
    "annual-report": "an annual report of accomplishments: chief's message, statistics table, "
    "one heading per division with accomplishment bullets ('goal met'), a 'looking ahead' "
    "section that refers to the strategic plan",
    "council-agenda": "a city council agenda: numbered items with lettered sub-items, "
    "staff recommendations, a police strategic-plan progress presentation as one item",
    "meeting-minutes": "community advisory board minutes: attendance, numbered discussion "
    "items, motions, and an action-item table with owner and due-date columns",
    "crime-statistics": "a monthly crime statistics report: Part I offense table with "
    "month / prior year / percent change / year-to-date columns, a district table, notes",
    "budget-summary": "a police budget summary: expenditure table by program, line items by "
    "category, staffing (FTE) table, budget highlights bullets and program objectives",
}


def unknown_plan() -> Node:
    """The gold of every negative: no plan at all."""
    return {
        "kind": "unknown",
        "agency": None,
        "title": None,
        "period": None,
        "mission": None,
        "vision": None,
        "values": [],
        "pillars": [],
    }


def build_for(family: str):
    """A build function for one family: agency, style and content seed from the seed."""

    def build(spec: DocSpec) -> Doc:
        rng = random.Random(spec.seed)
        agency = make_agency(rng, sheriff=rng.random() < 0.2)
        kind = spec.options["kind"]
        style = {
            "font": rng.choice(SYSTEM_FONTS),
            "accent": colour(rng),
            "size": rng.choice([10, 10.5, 11, 11.5]),
            "fonts": rng.random(),
            "year": rng.randint(2023, 2025),
            "content": rng.random(),
        }
        notes = [
            f"Hard negative ({kind}): {WHAT[kind]}.",
            "Gold is kind 'unknown' with no pillars; agency, title, period, mission, vision "
            "are null and values empty, although the agency name, years, headings and "
            "numbered lists are printed — none of it is a plan.",
        ]
        return Doc(
            spec.slug,
            family,
            PRODUCER[family],
            spec.split,
            rng,
            unknown_plan(),
            {"agency": agency, "style": style, "kind": kind},
            notes,
        )

    return build


def render(doc: Doc, out: Path) -> None:
    """Dispatch on the document kind to its producer-specific renderer."""
    from . import _neg_html, _neg_office, _neg_report

    kind = doc.extras["kind"]
    for module in (_neg_html, _neg_office, _neg_report):
        fn = getattr(module, "render_" + kind.replace("-", "_"), None)
        if fn:
            fn(doc, out)
            return
    raise KeyError(kind)


def specs(family: str, rows: list[tuple[str, int, str]]) -> list[DocSpec]:
    return [DocSpec(f"{family}-{kind}", seed, split, {"kind": kind}) for kind, seed, split in rows]


FAMILIES = [
    Family(
        WEB,
        "chromium",
        "Hard negatives printed from HTML by Chromium: news release, job "
        "posting, department web page",
        specs(
            WEB,
            [
                ("news-release", 6001, "dev"),
                ("job-posting", 6002, "test"),
                ("web-page", 6003, "dev"),
            ],
        ),
        build_for(WEB),
        render,
    ),
    Family(
        OFFICE,
        "libreoffice-writer",
        "Hard negatives written in Word and converted by "
        "LibreOffice: annual report, council agenda, meeting minutes",
        specs(
            OFFICE,
            [
                ("annual-report", 6011, "dev"),
                ("council-agenda", 6012, "test"),
                ("meeting-minutes", 6013, "dev"),
            ],
        ),
        build_for(OFFICE),
        render,
    ),
    Family(
        REPORT,
        "reportlab-platypus",
        "Hard negatives drawn with reportlab: monthly crime statistics, police budget summary",
        specs(REPORT, [("crime-statistics", 6021, "dev"), ("budget-summary", 6022, "test")]),
        build_for(REPORT),
        render,
    ),
]
