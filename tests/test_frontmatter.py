"""Front matter rules on blocks built in the test: where a plan's values are read from."""

from __future__ import annotations

from builders import heading, item, label, paragraph

from planparse.frontmatter import find_values, read_front_matter
from planparse.types import Block, Line, Word


def test_frontmatter_values_on_one_line_under_their_heading() -> None:
    blocks = [
        heading("Our Values", top=100.0),
        paragraph("Trust, Service · Courage / Stewardship", top=120.0),
    ]
    assert find_values(blocks) == ["Trust", "Service", "Courage", "Stewardship"]


def test_frontmatter_a_sentence_under_the_values_heading_is_no_list() -> None:
    blocks = [
        heading("Our Values", top=100.0),
        paragraph("We serve with integrity, and we listen first", top=120.0),
    ]
    assert find_values(blocks) == []


def test_frontmatter_values_after_a_run_in_label() -> None:
    assert find_values([paragraph("Values. Humility / Professionalism / Fairness")]) == [
        "Humility",
        "Professionalism",
        "Fairness",
    ]
    assert find_values([paragraph("Values guide every decision we make")]) == []


def test_frontmatter_values_after_a_bold_run_in_label_block() -> None:
    listed = label("Our Values", "Dignity, Integrity, Service")
    assert find_values([listed]) == ["Dignity", "Integrity", "Service"]
    assert find_values([label("Lead", "Patrol, Records")]) == []


def test_frontmatter_values_in_a_row_beside_their_heading() -> None:
    """Separators set between the names read as bullets and part the row into blocks."""
    blocks = [
        heading("OUR VALUES", size=9.0, top=130.0),
        paragraph("Trust", x0=122.0, top=130.0),
        item("Stewardship", x0=161.0, top=130.0),
        item("Courage", x0=235.0, top=130.0),
        paragraph("Our plan has four pillars", top=160.0),
    ]
    assert find_values(blocks) == ["Trust", "Stewardship", "Courage"]


def test_frontmatter_values_in_a_row_of_bold_boxes_beside_their_heading() -> None:
    """Names printed bold in boxes along the heading's row read as headings of their own:
    the row holds all of them, not just the first one read as a one-name list."""
    blocks = [
        heading("OUR VALUES", size=9.0, x0=29.0, top=560.0),
        heading("Courage", size=9.0, x0=111.0, top=560.0),
        heading("Teamwork", size=9.0, x0=175.0, top=560.0),
        heading("Accountability", size=9.0, x0=249.0, top=560.0),
    ]
    assert find_values(blocks) == ["Courage", "Teamwork", "Accountability"]


def test_frontmatter_mission_and_vision_run_in_with_a_stop() -> None:
    blocks = [
        paragraph("Mission. The department protects life and property with the people it serves"),
        paragraph("Vision: A community where everyone feels safe, heard and respected.", top=130.0),
        paragraph("Vision Zero is the city's road safety program for all", top=160.0),
    ]
    front = read_front_matter(blocks, {})
    assert front.mission == "The department protects life and property with the people it serves"
    assert front.vision == "A community where everyone feels safe, heard and respected."
    assert read_front_matter(blocks[2:], {}).vision is None


def test_frontmatter_values_beside_their_label_set_apart_by_wide_spaces() -> None:
    """Names parted by gaps of an em, not by separators; a name of two words keeps its space."""
    placed = [("Accountability", 111.0), ("Fairness", 190.0), ("Public", 240.0), ("Service", 273.0)]
    words = [Word(text, x0, 188.0, x0 + 4.75 * len(text), 197.5, "Helvetica", 9.5)
             for text, x0 in placed]  # fmt: skip
    blocks = [
        heading("Values", size=9.5, x0=54.0, top=188.0),
        Block(kind="paragraph", lines=[Line(1, words)]),
    ]
    assert find_values(blocks) == ["Accountability", "Fairness", "Public Service"]


def test_values_printed_on_one_line_between_middle_dots() -> None:
    blocks = [
        heading("Our Values", top=100.0),
        paragraph("Service \u00b7 Fairness \u00b7 Public Trust", top=120.0),
    ]
    assert find_values(blocks) == ["Service", "Fairness", "Public Trust"]


def test_values_line_wrapped_at_a_separator_read_as_a_bullet_continues_the_list() -> None:
    blocks = [
        heading("Our Values", top=100.0),
        paragraph("Service \u00b7 Fairness \u00b7 Courage", top=120.0),
        item("Stewardship", x0=84.0, top=132.0),  # its "·" marker printed at x 72
        item("Hold district meetings", x0=96.0, top=160.0),
    ]
    assert find_values(blocks) == ["Service", "Fairness", "Courage", "Stewardship"]


def test_a_sentence_under_the_values_heading_is_no_list_of_names() -> None:
    blocks = [
        heading("Our Values", top=100.0),
        paragraph("We serve with care | and we listen to every resident first", top=120.0),
    ]
    assert find_values(blocks) == []


def test_frontmatter_title_of_a_document_set_all_in_body_type_is_its_opening_line() -> None:
    """No heading names the plan on the cover: the short line the document opens with does;
    an opening sentence does not."""
    blocks = [
        paragraph("Fox Bluff Police Department 2024-2028 Strategic Plan"),
        heading("Values", size=10.0, top=200.0),
    ]
    assert read_front_matter(blocks, {}).title == "2024-2028 Strategic Plan"
    sentence = [paragraph("This plan guides the work of the department."), *blocks[1:]]
    assert read_front_matter(sentence, {}).title is None


def test_frontmatter_a_line_after_the_named_plan_is_its_subtitle() -> None:
    """A cover heading's line that names the plan with its years ends the title ("Action
    Plan" under it is a subtitle); lines before it, or a year on the next line, belong to it."""
    from builders import line

    def cover(*texts: str) -> list[Block]:
        lines = [line(text, size=17.0, top=200.0 + 22 * n) for n, text in enumerate(texts)]
        return [Block(kind="heading", lines=lines, level=1), paragraph("Chief of Police")]

    def title(*texts: str) -> str | None:
        return read_front_matter(cover(*texts), {}).title

    assert title("2025-2029 Strategic Plan", "Action Plan") == "2025-2029 Strategic Plan"
    assert title("Strategic Plan 2024–2026", "Action Plan") == "Strategic Plan 2024–2026"
    assert title("Community Policing", "Plan 2025-2028") == "Community Policing Plan 2025-2028"
    assert title("2025-2029 Plan for", "Safer Streets") == "2025-2029 Plan for Safer Streets"


def test_frontmatter_a_cover_naming_the_report_that_holds_the_plan_titles_the_plan() -> None:
    """'2024 Annual Report including the 2025-2027 Strategic Plan' is the plan's cover: its
    title is the plan's own name; a cover naming both as equals is kept whole."""
    from planparse.frontmatter import plan_name

    assert plan_name("2024 Annual Report including the 2025-2027 Strategic Plan") == (
        "2025-2027 Strategic Plan"
    )
    assert plan_name("2023 Annual Report with the Strategic Plan 2024-2028") == (
        "Strategic Plan 2024-2028"
    )
    assert plan_name("Annual Report and Strategic Plan") == "Annual Report and Strategic Plan"
    assert plan_name("Community Policing Plan 2025-2028") == "Community Policing Plan 2025-2028"


def test_frontmatter_a_balanced_scorecard_cover_titles_the_plan() -> None:
    """A plan named by its method ("Balanced Scorecard 2025–2027") has a title like a plan;
    a cover naming neither stays untitled."""
    blocks = [
        heading("Fox Bluff Police Department", size=17.0, top=60.0),
        heading("Balanced Scorecard 2025–2027", size=14.0, top=90.0),
        paragraph("Chief of Police"),
    ]
    assert read_front_matter(blocks, {}).title == "Balanced Scorecard 2025–2027"
    plain = [blocks[0], heading("Annual Statistics 2025", size=14.0, top=90.0), blocks[2]]
    assert read_front_matter(plain, {}).title is None
