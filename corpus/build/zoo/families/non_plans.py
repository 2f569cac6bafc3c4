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

from ..content import make_agency
from ..spec import Doc, DocSpec, Family
from ..styles import SYSTEM_FONTS, colour
from ._nonplan_render import RENDERERS
from ._nonplan_text import CONTENT, WHAT
from .negatives import unknown_plan

PREFIX = "nonplan"
# producer -> (family name, description, [(kind, variant, seed), ...]); splits follow
LINEUP = {
    "reportlab-platypus": (
        "nonplan-platypus",
        "Non-plans set with reportlab platypus: papers, statistical tables, notices, a grant, "
        "a data management plan",
        [
            ("paper", 0, 7001),
            ("paper", 1, 7002),
            ("paper", 2, 7003),
            ("statistics", 0, 7004),
            ("statistics", 1, 7005),
            ("notice", 0, 7006),
            ("notice", 2, 7007),
            ("grant", 0, 7008),
            ("titled-plan", 0, 7036),
        ],
    ),
    "libreoffice-writer": (
        "nonplan-writer",
        "Non-plans written in Word and converted by LibreOffice: manuals, annual reports, "
        "grant narratives, syllabi, a paper, a software test plan, a licence agreement",
        [
            ("manual", 0, 7009),
            ("manual", 1, 7010),
            ("manual", 2, 7011),
            ("annual-report", 0, 7012),
            ("annual-report", 3, 7013),
            ("grant", 1, 7014),
            ("grant", 2, 7015),
            ("syllabus", 0, 7016),
            ("syllabus", 1, 7017),
            ("paper", 3, 7018),
            ("titled-plan", 1, 7037),
            ("terms", 0, 7038),
            ("titled-plan", 1, 7043),
            ("titled-plan", 2, 7044),
        ],
    ),
    "chromium": (
        "nonplan-chromium",
        "Non-plans printed from HTML by Chromium: newsletters, a notice, online help, "
        "a statistical table, a paper, a lesson plan, website terms of use",
        [
            ("newsletter", 0, 7019),
            ("newsletter", 1, 7020),
            ("newsletter", 2, 7021),
            ("notice", 1, 7022),
            ("manual", 3, 7023),
            ("statistics", 2, 7024),
            ("paper", 4, 7025),
            ("titled-plan", 2, 7039),
            ("terms", 1, 7040),
            ("titled-plan", 0, 7041),
            ("titled-plan", 1, 7042),
        ],
    ),
    "libreoffice-impress": (
        "nonplan-slides",
        "Lecture slide decks made with python-pptx and converted by LibreOffice Impress",
        [
            ("slides", 0, 7026),
            ("slides", 1, 7027),
            ("slides", 2, 7028),
            ("slides", 3, 7029),
            ("slides", 0, 7030),
        ],
    ),
    "reportlab-canvas": (
        "nonplan-forms",
        "Tax returns and application forms drawn on a reportlab canvas",
        [
            ("form", 0, 7031),
            ("form", 1, 7032),
            ("form", 2, 7033),
            ("form", 3, 7034),
            ("form", 4, 7035),
        ],
    ),
}


def lineup() -> dict[str, list[DocSpec]]:
    """Specs per producer: slugs numbered per kind, the kind's documents alternating
    dev, test, dev ... (so about 60% dev)."""
    per_kind: dict[str, int] = {}
    out: dict[str, list[DocSpec]] = {}
    for producer, (_, _, docs) in LINEUP.items():
        out[producer] = []
        for kind, variant, seed in docs:
            n = per_kind[kind] = per_kind.get(kind, 0) + 1
            split = "dev" if n % 2 else "test"
            options = {"kind": kind, "variant": variant}
            out[producer].append(DocSpec(f"{PREFIX}-{kind}-{n}", seed, split, options))
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
