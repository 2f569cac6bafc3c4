"""Theme and commitment labels of the zoo, emitted from the content tables that wrote it.

Every pillar title, goal title and activity text of a zoo plan is one of ``content.THEMES``'
wordings (or, for a pillar, of ``content.PERSPECTIVES``') with ``{city}`` and ``{n}`` filled in,
so each gold node can be traced back to the wording it was printed from, and that wording's zoo
theme says what the node is about. The label follows the wording, not the pillar:
``make_activity`` borrows other themes' actions when a pillar needs more than its theme has, and
a borrowed action keeps its own theme.

Zoo themes map onto the shipped taxonomy (``TAXONOMY_OF``); a wording that is about more
than its zoo theme says so in ``WORDING_THEMES`` (every theme it must get) or ``ALSO``
(themes a reader would accept, not require). Those two tables are the reviewed part.

A commitment is one wording (or a reviewed group of wordings, ``SAME_COMMITMENT``) printed
in at least two plans of different agencies of one split: the items that are "the same
commitment" for the cluster evaluation. Labels are keyed by document, node path and text,
so they survive re-parses and fail loudly when the gold changes under them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .content import PERSPECTIVES, THEMES

TAXONOMY_OF = {
    "crime": "crime_reduction",
    "traffic": "traffic_safety",
    "community": "community_engagement",
    "technology": "technology",
    "wellness": "staff_wellness",
    "recruitment": "recruitment_retention",
    "training": "training",
    "mental_health": "homelessness_mental_health",
    "youth": "youth_programs",
    "transparency": "accountability",
    "emergency": "emergency_preparedness",
    "homelessness": "homelessness_mental_health",
    "organization": "operations",
    "victims": "crime_reduction",
}
"""Zoo theme -> taxonomy theme id (src/planparse/themes/taxonomy.json)."""

WORDING_THEMES: dict[str, tuple[str, ...]] = {
    # several topics in one wording: each is required
    "A Workforce That Reflects Our Community": ("recruitment_retention", "diversity_inclusion"),
    "Hire officers who reflect the community": ("recruitment_retention", "diversity_inclusion"),
    "Improve communication with diverse communities": (
        "community_engagement",
        "diversity_inclusion",
    ),
    "Train all patrol officers in advanced roadside impairment detection": (
        "traffic_safety",
        "training",
    ),
    "Certify {n} additional officers in crisis intervention": (
        "training",
        "homelessness_mental_health",
    ),
    "Train every supervisor in the incident command system": ("emergency_preparedness", "training"),
    "Build a public open data portal for calls for service and arrests": (
        "technology",
        "accountability",
    ),
    "Prevent youth violence": ("youth_programs", "crime_reduction"),
    # the organisation theme is partly about resources
    "Resources": ("facilities_resources",),
    "Financial Stewardship": ("facilities_resources",),
    "Fiscal Perspective": ("facilities_resources",),
    "Resource Management": ("facilities_resources",),
    "Stewardship of Resources": ("facilities_resources",),
    "Use resources wisely": ("facilities_resources",),
    "Plan for future facilities": ("facilities_resources",),
    "Replace aging fleet vehicles on a five-year cycle": ("facilities_resources",),
    "Design a new public safety headquarters with community input": ("facilities_resources",),
    "Apply for grant funding to support priority projects": ("facilities_resources",),
    # language access is the diversity theme's; policy review the accountability theme's
    "Translate key public safety materials into the {n} most spoken languages": (
        "diversity_inclusion",
    ),
    "Review every policy against the state model policy manual": ("accountability",),
}
"""Wordings whose required themes are not just their zoo theme's."""

ALSO: dict[str, tuple[str, ...]] = {
    "Invest in Our People": ("recruitment_retention", "training"),
    "Develop Our People": ("recruitment_retention",),
    "Professional Excellence": ("accountability",),
    "Workforce Development": ("training",),
    "Accountability and Trust": ("community_engagement",),
    "Quality of Life": ("crime_reduction",),
    "Clean and Safe Public Spaces": ("crime_reduction",),
    "Address quality-of-life concerns": ("crime_reduction",),
    "Hold monthly quality-of-life meetings with business districts": ("community_engagement",),
    "Build trust through shared problem solving": ("crime_reduction",),
    "Strengthen problem-oriented policing in every district": ("community_engagement",),
    "Partner with retailers on a shared alert system for organized theft rings": (
        "community_engagement",
        "technology",
    ),
    "Conduct quarterly burglary prevention workshops with neighborhood associations": (
        "community_engagement",
    ),
    "Assign a crime analyst to each patrol district for weekly hot spot briefings": ("technology",),
    "Increase the crime gun tracing rate through the regional intelligence center": ("technology",),
    "Train for de-escalation and crisis intervention": ("homelessness_mental_health",),
    "Offer a juvenile diversion program for first-time offenders": ("crime_reduction",),
    "Keep schools safe": ("crime_reduction", "emergency_preparedness"),
    "Deliver bicycle and pedestrian safety lessons in every elementary school": ("youth_programs",),
    "Grow the police explorer post to {n} members": ("recruitment_retention",),
    "Launch a cadet program for local high school graduates": ("youth_programs",),
    "Run a summer youth leadership camp with parks and recreation": ("community_engagement",),
    "Build a mentoring program for every new hire during the first year": ("training",),
    "Develop leaders at every rank": ("recruitment_retention",),
    "Create a supervisor academy for newly promoted sergeants": ("recruitment_retention",),
    "Reduce vacancies in sworn and civilian ranks": ("facilities_resources",),
    "Teach community emergency response team classes twice a year": ("community_engagement",),
    "Help residents prepare": ("community_engagement",),
    "Improve regional coordination": ("operations",),
    "Divert people in crisis away from jail": ("crime_reduction", "operations"),
    "Use data to guide deployment": ("operations",),
    "Modernize records and dispatch systems": ("operations",),
    "Open a real-time crime center": ("crime_reduction",),
    "Staff the real-time crime center sixteen hours a day, seven days a week": ("crime_reduction",),
    "Integrate license plate reader alerts with computer-aided dispatch": ("crime_reduction",),
    "Equip every patrol vehicle with in-car video and automatic upload": (
        "facilities_resources",
        "accountability",
    ),
    "Launch an unmanned aircraft program for calls for service in {n} beats": ("operations",),
    "Expand the drone as first responder program": ("operations",),
    "Publish a quarterly traffic safety dashboard with collision trends": (
        "technology",
        "accountability",
    ),
    "Share collision data with city engineers to redesign dangerous intersections": ("technology",),
    "Post body-worn camera video of critical incidents within {n} days": ("technology",),
    "Audit body-worn camera compliance every month": ("technology",),
    "Publish data on police activity": ("technology",),
    "Survey residents every year on trust, safety and satisfaction": ("accountability",),
    "Adopt an early intervention system that flags at-risk patterns": ("staff_wellness",),
    "Translate key public safety materials into the {n} most spoken languages": (
        "community_engagement",
    ),
    "Assign a community liaison officer to each faith and cultural council": (
        "diversity_inclusion",
    ),
    "Track referrals to shelter and treatment for every outreach contact": (
        "community_engagement",
    ),
    "Build an online learning library for roll-call training": ("technology",),
    "Training and Professional Development": ("recruitment_retention",),
    "Run a full-scale active threat exercise with fire and schools": ("training", "youth_programs"),
    "Review every policy against the state model policy manual": ("operations",),
    "Complete a patrol staffing study and rebalance beats": ("facilities_resources",),
    "Design a new public safety headquarters with community input": ("community_engagement",),
    "Track overtime hours per employee and cap consecutive shifts": ("facilities_resources",),
    "Reduce overtime fatigue": ("facilities_resources",),
    "Open a family justice center with county partners": ("community_engagement",),
    "Send a follow-up letter with resources to every victim within {n} days": (
        "community_engagement",
    ),
}
"""Themes a reader would accept for a wording without requiring them."""

SAME_COMMITMENT: tuple[tuple[str, ...], ...] = (
    (
        "Expand peer support",
        "Expand the peer support team to include civilian staff and dispatchers",
    ),
    (
        "Open a real-time crime center",
        "Staff the real-time crime center sixteen hours a day, seven days a week",
    ),
    (
        "Expand the drone as first responder program",
        "Launch an unmanned aircraft program for calls for service in {n} beats",
    ),
    (
        "Pair clinicians with officers on crisis calls",
        "Expand the co-responder program so a clinician is on duty every evening shift",
    ),
    (
        "Reduce violent crime through focused deterrence",
        "Expand the focused deterrence call-in program with county probation partners",
    ),
    (
        "Reduce gun violence",
        "Create a gun violence reduction team that follows up every non-fatal shooting",
    ),
    (
        "Disrupt organized retail theft",
        "Partner with retailers on a shared alert system for organized theft rings",
    ),
    ("Strengthen cybersecurity", "Complete a cybersecurity audit of all department networks"),
    (
        "Modernize records and dispatch systems",
        "Replace the records management system and migrate historical reports",
    ),
    (
        "Increase volunteer participation",
        "Grow the volunteer in policing program to {n} active volunteers",
    ),
    (
        "Expand the homeless outreach team with a housing navigator",
        "Coordinate encampment outreach with county social services",
    ),
    (
        "Publish data on police activity",
        "Publish use-of-force data on the department website every quarter",
    ),
)
"""Wordings that are one commitment (a goal and the action that is that goal)."""


def pattern(wording: str) -> re.Pattern[str]:
    """The printed forms of a wording: placeholders filled, any case, optional final stop."""
    body = re.escape(wording).replace(r"\{city\}", r".+?").replace(r"\{n\}", r"\d+")
    return re.compile(r"\s*" + body.replace(r"\ ", r"\s+") + r"\.?\s*", re.IGNORECASE)


def wordings(level: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """(zoo theme, wording, pattern) of every wording content.THEMES (and, for pillars,
    content.PERSPECTIVES) has for this level."""
    found = []
    for key, theme in THEMES.items():
        texts = {
            "pillar": theme.pillars,
            "goal": theme.goals,
            "activity": tuple(text for text, _ in theme.activities),
        }[level]
        found += [(key, text, pattern(text)) for text in texts]
    if level == "pillar":
        found += [
            (view.theme, text, pattern(text))
            for view in PERSPECTIVES.values()
            for text in view.wordings
        ]
    return found


def nodes(plan: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(level, 1-based path, text) of every pillar, goal and activity, in reading order."""
    for p, pillar in enumerate(plan["pillars"], 1):
        yield "pillar", f"{p}", pillar["title"]
        for g, goal in enumerate(pillar["goals"], 1):
            yield "goal", f"{p}.{g}", goal["title"]
            for a, activity in enumerate(goal["activities"], 1):
                yield "activity", f"{p}.{g}.{a}", activity["text"]


def source_wording(level: str, text: str) -> tuple[str, str]:
    """(zoo theme, wording) a printed node came from; ValueError when none or several fit."""
    fits = [(key, wording) for key, wording, rx in wordings(level) if rx.fullmatch(text)]
    if len({wording for _, wording in fits}) != 1:
        raise ValueError(f"{level} {text!r}: {len(fits)} source wordings")
    return fits[0]


def themes_of(key: str, wording: str) -> tuple[list[str], list[str]]:
    required = list(WORDING_THEMES.get(wording, (TAXONOMY_OF[key],)))
    also = [theme for theme in ALSO.get(wording, ()) if theme not in required]
    return required, also


def labels(gold_dir: Path, splits: dict[str, list[str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(themes.json, commitments.json) for every strategic plan in ``gold_dir``."""
    split_of = {slug: split for split, slugs in splits.items() for slug in slugs}
    documents: dict[str, Any] = {}
    seen: dict[str, str] = {}
    commitment_of = {w: group[0] for group in SAME_COMMITMENT for w in group}
    members: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    agencies: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in sorted(gold_dir.glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        if plan["kind"] != "strategic_plan":
            continue
        slug = path.stem
        content = json.dumps(plan, sort_keys=True)
        entry: dict[str, Any] = {"split": split_of[slug], "agency": plan["agency"], "nodes": []}
        if content in seen:
            entry["same_as"] = seen[content]
        seen.setdefault(content, slug)
        for level, node_path, text in nodes(plan):
            key, wording = source_wording(level, text)
            required, also = themes_of(key, wording)
            entry["nodes"].append(
                {"path": node_path, "level": level, "text": text, "themes": required, "also": also}
            )
            if level != "pillar" and "same_as" not in entry:
                commitment = (split_of[slug], commitment_of.get(wording, wording))
                members[commitment].append({"document": slug, "path": node_path, "text": text})
                agencies[commitment].add(plan["agency"])
        documents[slug] = entry
    shared = [key for key in sorted(members) if len(agencies[key]) > 1]
    commitments = [
        {
            "id": f"{split}-{n:03d}",
            "split": split,
            "wording": wording,
            "items": members[split, wording],
        }
        for n, (split, wording) in enumerate(shared, 1)
    ]
    themes = {"version": 1, "documents": documents}
    return themes, {"version": 1, "commitments": commitments}


def write_labels(corpus: Path) -> list[Path]:
    """Write corpus/labels/themes.json and commitments.json; return their paths."""
    splits = json.loads((corpus / "splits.json").read_text(encoding="utf-8"))
    folder = corpus / "labels"
    folder.mkdir(exist_ok=True)
    written = []
    for name, data in zip(("themes", "commitments"), labels(corpus / "gold", splits), strict=True):
        path = folder / f"{name}.json"
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
