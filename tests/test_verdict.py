"""verdict: plan or not, from Blocks and readings built in the test; every rejection and every
doubt says why."""

from __future__ import annotations

from pathlib import Path

from builders import PLAN, heading, item, paragraph, plan_blocks, read

from planparse.frontmatter import FrontMatter
from planparse.models import Activity, Goal, Period, Pillar
from planparse.pipeline import assemble
from planparse.recognisers.registry import Recognition
from planparse.types import Block, Document
from planparse.verdict import judge, non_plan_marks

AGENCY = "Harbor City Police Department"


def numbered_plan() -> list[Block]:
    """The PLAN with 'Goal N:' pillar headings: numbered level words, no title."""
    return [
        heading(f"Goal {n}: {p}", 18) if b.text == p else b
        for n, (p, _) in enumerate(PLAN, start=1)
        for b in plan_blocks([PLAN[n - 1]])
    ]


def chapters(titles: list[tuple[str, list[str]]]) -> tuple[list[Pillar], list[Block]]:
    """Sections '1 Title' over subsections '1.1 Title' with a paragraph each, and the
    reading that takes them as pillars and goals."""
    blocks: list[Block] = []
    pillars = []
    for n, (title, subs) in enumerate(titles, start=1):
        blocks.append(heading(f"{n} {title}", 16, page=n))
        goals = []
        for m, sub in enumerate(subs, start=1):
            blocks += [heading(f"{n}.{m} {sub}", 12, page=n), paragraph("Some text.", page=n)]
            goals.append(Goal(number=f"{n}.{m}", title=sub, activities=[Activity(text="x")]))
        pillars.append(Pillar(number=str(n), title=title, goals=goals))
    return pillars, blocks


def test_verdict_an_untitled_plan_read_from_its_levels_alone_is_in_doubt() -> None:
    numbered = numbered_plan()
    verdict = judge(
        FrontMatter(agency=AGENCY), Recognition("strategic_plan", read(numbered)), numbered
    )
    assert any("no plan title" in d for d in verdict.doubts)


def test_verdict_a_papers_marks_outweigh_a_title_with_plan_in_it() -> None:
    blocks = [
        heading("Abstract", 12),
        paragraph("We study discharge plans."),
        heading("Keywords: readmission; staffing", 10),
        *plan_blocks(PLAN),
        paragraph("Figure 1. Readmission by month."),
        paragraph("Table 2. Estimates by model."),
        heading("References", 14),
        paragraph("[1] Smith, J. (2019). Staffing. Journal, 3, 1-9."),
    ]
    titled = FrontMatter(title="Evaluating a Discharge Plan", agency=AGENCY)
    verdict = judge(titled, Recognition("strategic_plan", read(blocks)), blocks)
    assert verdict.reason is not None
    for mark in ("an abstract", "a references list", "a keywords line", "captions"):
        assert mark in verdict.reason


def test_verdict_a_period_or_mission_keeps_a_plan_that_has_captions_and_references() -> None:
    blocks = [*plan_blocks(PLAN), paragraph("Figure 1. Calls."), paragraph("Figure 2. Crime."),
              heading("References", 14)]  # fmt: skip
    front = FrontMatter(title="2025-2028 Strategic Plan", mission="To serve.")
    verdict = judge(front, Recognition("strategic_plan", read(blocks)), blocks)
    assert verdict.reason is None
    assert any("captions" in d for d in verdict.doubts)


def test_verdict_form_fields_equations_and_filing_codes_are_marks() -> None:
    blocks = [
        paragraph("Name of applicant ____________"),
        paragraph("Signature of authorized official: ________"),
        paragraph("y(i,t) = α + β · w(i,t) + ε(i,t)   (1)"),
        paragraph("[Docket No. OCSP-2024-1234]"),
        heading("Chapter 1 Getting Started", 16),
        heading("Chapter 2 Everyday Tasks", 16),
    ]
    assert non_plan_marks(blocks) == [
        "equations", "form fields", "filing codes", "chapter, lecture or lesson headings"
    ]  # fmt: skip
    assert non_plan_marks(plan_blocks(PLAN)) == []


def test_verdict_an_untitled_chapter_hierarchy_is_a_paper_or_manual() -> None:
    pillars, blocks = chapters([("Introduction", ["Background", "Scope"]),
                                ("Methods", ["Data", "Model"])])  # fmt: skip
    verdict = judge(FrontMatter(agency=AGENCY), Recognition("strategic_plan", pillars), blocks)
    assert verdict.reason is not None
    assert "chapter hierarchy" in verdict.reason


def test_verdict_a_numbered_outline_with_plan_vocabulary_is_no_chapter_hierarchy() -> None:
    pillars, blocks = chapters(
        [("Community Trust", ["Goal: publish data", "Listen first"]),
         ("Safe Streets", ["Objective: calm traffic", "Map hot spots"])]
    )  # fmt: skip
    titled = FrontMatter(title="Strategic Plan 2025-2028", agency=AGENCY)
    verdict = judge(titled, Recognition("strategic_plan", pillars), blocks)
    assert verdict.reason is None
    assert verdict.doubts == []


def test_verdict_a_plan_title_needs_an_agency_period_mission_or_vision() -> None:
    blocks = plan_blocks(PLAN)
    pillars = read(blocks)
    alone = judge(FrontMatter(title="Lesson Plan"), Recognition("strategic_plan", pillars), blocks)
    assert alone.reason is not None
    assert "only sign of a plan" in alone.reason
    with_agency = FrontMatter(title="Lesson Plan", agency=AGENCY)
    assert judge(with_agency, Recognition("strategic_plan", pillars), blocks).reason is None


def test_verdict_a_titled_chapter_hierarchy_needs_a_period_mission_or_vision() -> None:
    pillars, blocks = chapters([("Introduction", ["Background", "Scope"]),
                                ("Methods", ["Data", "Model"])])  # fmt: skip
    test_plan = FrontMatter(title="Software Test Plan", agency=AGENCY)
    verdict = judge(test_plan, Recognition("strategic_plan", pillars), blocks)
    assert verdict.reason is not None
    assert "chapter hierarchy" in verdict.reason
    dated = FrontMatter(title="Plan 2025-2028", agency=AGENCY, period=Period(start=2025, end=2028))
    assert judge(dated, Recognition("strategic_plan", pillars), blocks).reason is None


def test_verdict_a_chapter_hierarchy_is_read_from_the_headings_not_the_reading() -> None:
    _, blocks = chapters([("Introduction", ["Background", "Scope"]),
                          ("Methods", ["Data", "Model"])])  # fmt: skip
    found = [Pillar(title=t, goals=[Goal(title="A bullet")]) for t in ("Introduction", "Methods")]
    verdict = judge(FrontMatter(), Recognition("strategic_plan", found), blocks)
    assert verdict.reason is not None
    assert "chapter hierarchy" in verdict.reason


def test_verdict_numbered_headings_with_plan_vocabulary_are_no_chapters() -> None:
    pillars, blocks = chapters([("Goals for Trust", ["Objective: data", "Strategy: listen"]),
                                ("Priorities", ["Action items", "Initiatives"])])  # fmt: skip
    verdict = judge(FrontMatter(agency=AGENCY), Recognition("strategic_plan", pillars), blocks)
    assert verdict.reason is not None
    assert "chapter hierarchy" not in verdict.reason


def test_verdict_a_numbered_section_heading_is_no_plan_title() -> None:
    blocks = [heading("Patrol Division", 16), item("Answered 12,000 calls"),
              heading("Investigations", 16), item("Cleared 40 cases")]  # fmt: skip
    front = FrontMatter(title="4. Plan for Collecting Data", agency=AGENCY)
    verdict = judge(front, Recognition("strategic_plan", read(blocks)), blocks)
    assert verdict.reason is not None
    assert "no plan title" in verdict.reason


def test_verdict_a_lone_heading_with_no_goals_is_no_plan_nor_policy() -> None:
    blocks = [heading("Purpose", 16), paragraph("Officers shall read this. They must sign.")]
    for kind in ("policy", "strategic_plan"):
        verdict = judge(FrontMatter(), Recognition(kind, [Pillar(title="Purpose")]), blocks)
        assert verdict.reason is not None
        assert "lone heading ('Purpose')" in verdict.reason


def test_verdict_a_policy_without_a_header_among_a_notices_marks_is_no_policy() -> None:
    goal = Goal(title="Reporting", activities=[Activity(text="Each recipient shall report.")])
    policy = Recognition("policy", [Pillar(title="Grant Reporting", goals=[goal])])
    notice = [heading("Grant Reporting", 16), paragraph("[FR Doc. 2024-12345 Filed 3-1-24]"),
              heading("Reporting", 12), paragraph("Each recipient shall report.")]  # fmt: skip
    verdict = judge(FrontMatter(), policy, notice)
    assert verdict.reason is not None
    assert "no policy header" in verdict.reason
    manual = [heading("4.12 Grant Reporting", 16), *notice[1:]]
    assert judge(FrontMatter(), policy, manual).reason is None


def test_verdict_warnings_reach_the_plan() -> None:
    document = Document(Path("x.pdf"), {}, [])
    doubted = assemble(document, numbered_plan(), None)
    assert doubted.kind == "strategic_plan"
    assert any(w.startswith("low confidence that this is a plan") for w in doubted.warnings)
    _, paper = chapters([("Introduction", ["Background", "Scope"]), ("Methods", ["Data"])])
    rejected = assemble(document, [heading(f"{AGENCY} Sampling Plan", 20), *paper], None)
    assert rejected.kind == "unknown"
    assert rejected.agency is None
    assert rejected.title is None
    assert any(w.startswith("not recognised as a plan") for w in rejected.warnings)


def test_verdict_sections_with_nothing_under_them_need_a_period_mission_or_vision() -> None:
    """A 'Data Management Plan' of numbered sections that own only prose is no plan; the same
    pillars on a cover that prints a period are (a plan of priorities only)."""
    body = [
        b
        for n, t in enumerate(["Data Description", "Storage", "Access"], start=1)
        for b in (heading(f"{n} {t}", 14), paragraph("Files are kept on the server."))
    ]
    pillars = [Pillar(number=str(n), title=t) for n, t in
               enumerate(["Data Description", "Storage", "Access"], start=1)]  # fmt: skip
    reading = Recognition("strategic_plan", pillars)
    cover = FrontMatter(title="Data Management Plan", agency=AGENCY)
    verdict = judge(cover, reading, body)
    assert verdict.reason is not None
    assert "nothing under them" in verdict.reason
    dated = FrontMatter(title="Strategic Plan", agency=AGENCY, period=Period(start=2025, end=2028))
    assert judge(dated, reading, body).reason is None
