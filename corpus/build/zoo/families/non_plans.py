"""Non-plan negatives (kind "unknown"): documents of other kinds that a plan parser meets.

Papers, software manuals, federal-register-style notices, newsletters, statistical tables,
annual reports, grant narratives, syllabi, lecture slides and forms, in five producers. They
have what plans have (numbered chapter hierarchies, bullets under headings, objectives and
strategies in passing, a police department named in the text, years and fields) and none of a
plan's parts. The gold is the same as the other negatives' (``negatives.unknown_plan``); the
kind, its variant (subject, product, lecture, form) and the producer are per-document options,
the wording's numbers and names, fonts, colours and sizes come from the seed.
"""

from __future__ import annotations

import random
from itertools import count

from ..content import make_agency
from ..spec import Doc, DocSpec, Family
from ..styles import SYSTEM_FONTS, colour
from ._nonplan_render import RENDERERS
from ._nonplan_text import CONTENT, WHAT
from .negatives import unknown_plan

PREFIX = "nonplan"
# producer -> (family name, description, [(kind, variant), ...]); seeds and splits follow
LINEUP = {
    "reportlab-platypus": (
        "nonplan-platypus",
        "Non-plans set with reportlab platypus: papers, statistical tables, notices, a grant",
        [
            ("paper", 0),
            ("paper", 1),
            ("paper", 2),
            ("statistics", 0),
            ("statistics", 1),
            ("notice", 0),
            ("notice", 2),
            ("grant", 0),
        ],
    ),
    "libreoffice-writer": (
        "nonplan-writer",
        "Non-plans written in Word and converted by LibreOffice: manuals, annual reports, "
        "grant narratives, syllabi, a paper",
        [
            ("manual", 0),
            ("manual", 1),
            ("manual", 2),
            ("annual-report", 0),
            ("annual-report", 3),
            ("grant", 1),
            ("grant", 2),
            ("syllabus", 0),
            ("syllabus", 1),
            ("paper", 3),
        ],
    ),
    "chromium": (
        "nonplan-chromium",
        "Non-plans printed from HTML by Chromium: newsletters, a notice, online help, "
        "a statistical table, a paper",
        [
            ("newsletter", 0),
            ("newsletter", 1),
            ("newsletter", 2),
            ("notice", 1),
            ("manual", 3),
            ("statistics", 2),
            ("paper", 4),
        ],
    ),
    "libreoffice-impress": (
        "nonplan-slides",
        "Lecture slide decks made with python-pptx and converted by LibreOffice Impress",
        [("slides", 0), ("slides", 1), ("slides", 2), ("slides", 3), ("slides", 0)],
    ),
    "reportlab-canvas": (
        "nonplan-forms",
        "Tax returns and application forms drawn on a reportlab canvas",
        [("form", 0), ("form", 1), ("form", 2), ("form", 3), ("form", 4)],
    ),
}
FIRST_SEED = 7001


def lineup() -> dict[str, list[DocSpec]]:
    """Specs per producer: slugs numbered per kind, the kind's documents alternating
    dev, test, dev ... (so about 60% dev), seeds in order."""
    per_kind: dict[str, int] = {}
    seeds = count(FIRST_SEED)
    out: dict[str, list[DocSpec]] = {}
    for producer, (_, _, docs) in LINEUP.items():
        out[producer] = []
        for kind, variant in docs:
            n = per_kind[kind] = per_kind.get(kind, 0) + 1
            split = "dev" if n % 2 else "test"
            options = {"kind": kind, "variant": variant}
            out[producer].append(DocSpec(f"{PREFIX}-{kind}-{n}", next(seeds), split, options))
    return out


def build_for(family: str, producer: str):
    def build(spec: DocSpec) -> Doc:
        rng = random.Random(spec.seed)
        agency = make_agency(rng, sheriff=rng.random() < 0.3)
        kind, variant = spec.options["kind"], spec.options["variant"]
        style = {
            "font": rng.choice(SYSTEM_FONTS),
            "accent": colour(rng),
            "size": rng.choice([9.5, 10, 10.5, 11]),
            "fonts": rng.random(),
            "content": rng.random(),
            "a4": rng.random() < 0.4,
            "columns": rng.choice([1, 1, 2, 3]) if kind != "manual" else 1,
        }
        content = CONTENT[kind](random.Random(style["content"]), agency, variant)
        notes = [
            f"Non-plan ({kind}, {producer}): {WHAT[kind]}.",
            "Gold is kind 'unknown' with no pillars; agency, title, period, mission, vision "
            "are null and values empty: headings, numbered sections, bullets, years and any "
            "department named in the text are not a plan's.",
        ]
        extras = {"agency": agency, "style": style, "kind": kind, "elements": content}
        return Doc(spec.slug, family, producer, spec.split, rng, unknown_plan(), extras, notes)

    return build


FAMILIES = [
    Family(name, producer, description, specs, build_for(name, producer), RENDERERS[producer])
    for (producer, (name, description, _)), specs in zip(
        LINEUP.items(), lineup().values(), strict=True
    )
]
