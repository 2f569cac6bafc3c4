"""Plan or not: decided apart from how a document's levels were read, from what it shows.

A strategic plan names itself one on its cover ("2025-2028 Strategic Plan") or, failing that,
prints a numbered hierarchy of level words ("Goal 1", "Objective 1.2") that explains most of
its structure; around that it has a plan's other parts: an agency, a period, a mission or
vision, and plan vocabulary (goals, objectives, strategies, initiatives, priorities, actions)
in its headings. A news release, an annual report of accomplishments, a statistics report or
a web page may have headings over bullets, but not those. Papers, manuals, forms and notices
also carry marks no plan has: an abstract and references, figure captions and equations,
entry blanks and signature lines, filing codes, "Chapter N" headings; their numbered
chapter hierarchies (1, 1.1, 1.2) read as pillars and goals without a word of plan
vocabulary. A plan title alone is not enough either: test plans, data management plans and
lesson plans say "Plan" on their cover and print no agency, period, mission or vision.
Policies are decided by their own reading (directive sentences under a numbered policy
header), but not when they are a lone heading with nothing under it.

The verdict says why a reading is rejected, and why an accepted one is in doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from planparse import enumerators
from planparse.frontmatter import FrontMatter
from planparse.levels import evidence
from planparse.models import Pillar
from planparse.recognisers.policy import policy_header
from planparse.recognisers.registry import Recognition
from planparse.types import Block

MIN_UNTITLED_EVIDENCE = 0.5  # share of structure an untitled plan's reading must explain
MIN_MARKS = 2  # kinds of non-plan marks that outweigh a plan title
MIN_PLAN_HEADINGS = 2  # headings with plan vocabulary that make it a plan's vocabulary
MIN_CHAPTERS = 3  # decimal-numbered headings that make a chapter hierarchy
MAX_WORDED_CHAPTERS = 0.25  # share of them with plan vocabulary a paper or manual may have
MIN_REPEATS = 2  # captions, citations or form lines that make a document's apparatus

PLAN_VOCABULARY = re.compile(
    r"\b(?:goals?|objectives?|strateg(?:y|ies|ic)|initiatives?|priorit(?:y|ies)|actions?|"
    r"pillars?|focus areas?|outcomes?|key results?|tactics?|mission|vision|plan)\b",
    re.I,
)
ABSTRACT = re.compile(r"^(?:abstract|summary of (?:the )?(?:paper|article))\.?$", re.I)
REFERENCES = re.compile(r"^(?:references|bibliography|works cited|literature cited)$", re.I)
CITATION = re.compile(r"^\[\d{1,3}\]\s")
KEYWORDS = re.compile(r"^key\s?words?\s*[:.—–-]", re.I)
CAPTION = re.compile(r"^(?:figure|fig\.|table|exhibit|chart)\s+\d+(?:[.-]\d+)*[.:]\s*\S", re.I)
EQUATION = re.compile(r"=.*\(\d{1,2}\)\s*$")
MATH = re.compile(r"[α-ωΑ-Ω∑∫√≤≥±×·^_]|\b[a-z]\([a-z](?:,\s?[a-z])?\)")
BLANK = re.compile(r"_{4,}")
FORM_LINE = re.compile(
    r"^(?:signature(?: of [\w ]+)?|date|for office use only|print name|"
    r"(?:social security|taxpayer identification|employer id\w*)(?: number)?(?: \(\w+\))?)\b\s*:?",
    re.I,
)
FILING = re.compile(r"\b(?:docket no\.|fr doc\.|billing code|omb (?:control )?no\.)", re.I)
CHAPTER = re.compile(r"^(?:chapter|lecture|lesson|module|week)\s+\d{1,2}\b", re.I)
DECIMAL = re.compile(r"^\d{1,2}(?:\.\d{1,2})*$")
STRONG_CUES = {"a period", "a mission or vision"}  # plan cues that outweigh other kinds' marks
OWN_CUES = STRONG_CUES | {"an agency name"}  # cues of a department's own document


@dataclass
class Verdict:
    """Why a reading is not a plan (None when it is one), and why an accepted one is doubted."""

    reason: str | None = None
    doubts: list[str] = field(default_factory=list)


def judge(front: FrontMatter, recognition: Recognition, body: Sequence[Block]) -> Verdict:
    """The verdict on one reading of the document's body."""
    if not recognition.pillars:
        return Verdict("no pillar, goal or directive structure was found")
    if lone_heading(recognition.pillars):
        return Verdict(f"a lone heading ('{recognition.pillars[0].title}') with no goals under it")
    marks = non_plan_marks(body)
    title = plan_title(front)
    cues = plan_cues(front, title, body)
    if recognition.kind == "policy":
        return judge_policy(body, marks)
    if len(marks) >= MIN_MARKS and not set(cues) & STRONG_CUES:
        return Verdict(f"it has the marks of another kind of document: {', '.join(marks)}")
    if not any(p.goals for p in recognition.pillars) and not set(cues) & STRONG_CUES:
        return Verdict(
            "its sections have nothing under them that reads as goals, and it prints no "
            "period, mission or vision"
        )
    chapters = chapter_hierarchy(recognition.pillars, body)
    if title:
        return judge_titled(title, marks, cues, chapters)
    return judge_untitled(recognition, body, marks, cues, chapters)


def plan_cover(front: FrontMatter) -> bool:
    """Whether the cover reads as a plan's: a plan title with a period, mission or vision
    (then a rejected body is a plan the parser could not read, and its cover fields stand)."""
    return bool(plan_title(front) and (front.period or front.mission or front.vision))


def plan_title(front: FrontMatter) -> str | None:
    """The cover's plan title; a numbered section heading ('4. Plan for Collecting Data')
    names a part of some document, not the document."""
    if front.title and enumerators.parse(front.title) is None:
        return front.title
    return None


def judge_policy(body: Sequence[Block], marks: list[str]) -> Verdict:
    """A policy reading stands when its directives sit under a policy header; without one,
    another kind's marks (a notice's filing codes, a paper's references) reject it."""
    if marks and policy_header(body) is None:
        return Verdict(
            f"its directives have no policy header and sit in another kind of document: "
            f"{', '.join(marks)}"
        )
    return Verdict(doubts=marks_doubt(marks))


def judge_titled(title: str, marks: list[str], cues: list[str], chapters: bool) -> Verdict:
    """A plan title stands beside an agency, a period or a mission or vision; test plans,
    data management plans and lesson plans print none of them, or only an agency over a
    chapter hierarchy (a plan numbered 1 / 1.1 prints its period or mission)."""
    if not set(cues) & OWN_CUES:
        return Verdict(
            f"'{title}' is its only sign of a plan: no agency, period, mission or vision"
        )
    if chapters and not set(cues) & STRONG_CUES:
        return Verdict(
            f"'{title}' names a plan, but its levels are a numbered chapter hierarchy without "
            "plan vocabulary and it prints no period, mission or vision"
        )
    return Verdict(doubts=doubts(marks, cues))


def judge_untitled(
    recognition: Recognition,
    body: Sequence[Block],
    marks: list[str],
    cues: list[str],
    chapters: bool,
) -> Verdict:
    """Without a plan title, numbered level words must explain most of the structure, and
    a chapter hierarchy without plan vocabulary is a paper's or a manual's."""
    if chapters:
        return Verdict(
            "no plan title on the cover, and its levels are a numbered chapter hierarchy "
            "(1, 1.1, 1.2) without plan vocabulary, as papers and manuals number theirs"
        )
    words = numbered_level_words(body)
    if not words:
        return Verdict("no plan title on the cover and no numbered goals, objectives or priorities")
    score = evidence(recognition.pillars, body)
    if score < MIN_UNTITLED_EVIDENCE:
        return Verdict(
            f"no plan title on the cover, and its numbered levels explain too little of it "
            f"({score:.0%} of its headings, items and tables)"
        )
    if "plan vocabulary" not in cues and len(cues) <= 1:
        return Verdict(
            f"no plan title on the cover, and its numbered levels ({', '.join(sorted(words))}) "
            "come with no agency, period, mission, vision or plan vocabulary"
        )
    found = ["no plan title on the cover: read as a plan from its numbered levels alone"]
    return Verdict(doubts=found + doubts(marks, cues))


def marks_doubt(marks: list[str]) -> list[str]:
    """The doubt another kind's marks cast on an accepted reading."""
    if not marks:
        return []
    return [f"it also has the marks of another kind of document: {', '.join(marks)}"]


def doubts(marks: list[str], cues: list[str]) -> list[str]:
    """Why an accepted reading is of low confidence: another kind's marks, few plan cues."""
    found = marks_doubt(marks)
    if len(cues) <= 1:
        have = cues[0] if cues else "nothing"
        found.append(f"of a plan's parts it shows only {have}")
    return found


def lone_heading(pillars: list[Pillar]) -> bool:
    """One pillar and nothing under it: a title over prose, not a plan or a policy."""
    return len(pillars) == 1 and not pillars[0].goals


def plan_cues(front: FrontMatter, title: str | None, body: Sequence[Block]) -> list[str]:
    """The parts of a plan the document shows, in words for a warning."""
    headings = [b.text for b in body if b.kind == "heading"]
    found = [
        ("a plan title", bool(title)),
        ("an agency name", bool(front.agency)),
        ("a period", front.period is not None),
        ("a mission or vision", bool(front.mission or front.vision)),
        ("plan vocabulary", sum(map(bool, map(PLAN_VOCABULARY.search, headings)))
         >= MIN_PLAN_HEADINGS),
        ("numbered level words", bool(numbered_level_words(body))),
    ]  # fmt: skip
    return [name for name, present in found if present]


MARKS: list[tuple[str, Callable[[list[Block]], bool]]] = [
    ("an abstract", lambda bs: any(b.kind == "heading" and ABSTRACT.match(b.text) for b in bs)),
    (
        "a references list",
        lambda bs: (
            any(b.kind == "heading" and REFERENCES.match(b.text) for b in bs)
            or sum(bool(CITATION.match(b.text)) for b in bs) >= MIN_REPEATS
        ),
    ),
    ("a keywords line", lambda bs: any(KEYWORDS.match(b.text) for b in bs)),
    (
        "figure or table captions",
        lambda bs: sum(bool(CAPTION.match(b.text)) for b in bs) >= MIN_REPEATS,
    ),
    ("equations", lambda bs: any(EQUATION.search(b.text) and MATH.search(b.text) for b in bs)),
    (
        "form fields",
        lambda bs: (
            any(BLANK.search(b.text) for b in bs)
            or sum(bool(FORM_LINE.match(b.text)) for b in bs) >= MIN_REPEATS
        ),
    ),
    ("filing codes", lambda bs: any(FILING.search(b.text) for b in bs)),
    (
        "chapter, lecture or lesson headings",
        lambda bs: (
            sum(b.kind == "heading" and bool(CHAPTER.match(b.text)) for b in bs) >= MIN_REPEATS
        ),
    ),
]


def non_plan_marks(body: Sequence[Block]) -> list[str]:
    """Marks of papers, manuals, forms, slides and notices that the body carries."""
    blocks = [b for b in body if b.text]
    return [name for name, present in MARKS if present(blocks)]


def chapter_hierarchy(pillars: list[Pillar], body: Sequence[Block]) -> bool:
    """Whether the document is numbered as chapters: most numbered headings and nodes of the
    reading carry decimal numbers (1, 2, 1.1, 1.2), some of them two-part, hardly any with
    plan vocabulary, and the headings print no level words."""
    titles = [b.text for b in body if b.kind == "heading"]
    nodes = [(p.number, p.title) for p in pillars]
    nodes += [(g.number, g.title) for p in pillars for g in p.goals]
    found = {enumerators.strip(t) for t in titles}
    found |= {(n, t) if n else enumerators.strip(t) for n, t in nodes}
    numbered = [(n, t) for n, t in found if n]
    decimal = [(n, t) for n, t in numbered if DECIMAL.match(n)]
    worded = sum(bool(PLAN_VOCABULARY.search(t)) for _, t in decimal)
    return (
        len(decimal) >= MIN_CHAPTERS
        and len(decimal) > len(numbered) / 2
        and any("." in n for n, _ in decimal)
        and worded <= MAX_WORDED_CHAPTERS * len(decimal)
        and not numbered_level_words(body)
    )


def numbered_level_words(body: Sequence[Block]) -> set[str]:
    """Level words of the common vocabulary that the headings print before several numbers."""
    headings = [b.text for b in body if b.kind == "heading"]
    learned = enumerators.learn_level_words(headings, with_prior=False)
    return {w for w in learned if w in enumerators.LEVEL_WORD_PRIOR}
