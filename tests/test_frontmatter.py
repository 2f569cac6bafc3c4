"""Plan fields read from the first pages, on blocks built in the test."""

from __future__ import annotations

from builders import heading, item, paragraph

from planparse.frontmatter import find_values


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
