"""The enumerator grammar: one reading of every printed numbering, used by every stage."""

from __future__ import annotations

import pytest
from builders import heading, line

from planparse import enumerators
from planparse.blocks import DEFAULT_BLOCKS, line_kind, rank_headings, text_start
from planparse.clean import split_number
from planparse.enumerators import (
    follows,
    is_level_word,
    is_number_alone,
    learn_level_words,
    list_enumerator,
    parse,
    restarts,
    strip,
)
from planparse.recognisers.labelled import header_at
from planparse.recognisers.policy import policy_header
from planparse.types import Block


@pytest.mark.parametrize(
    ("text", "value", "scheme", "depth", "word", "rest"),
    [
        ("1. Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("1.2 Strengthen patrols", "1.2", "dotted", 2, None, "Strengthen patrols"),
        ("1.2.3 Train staff", "1.2.3", "dotted", 3, None, "Train staff"),
        ("IV. Youth Engagement", "IV", "ROMAN", 1, None, "Youth Engagement"),
        ("iv) a sub-item", "iv", "roman", 1, None, "a sub-item"),
        ("A. Hire officers", "A", "upper", 1, None, "Hire officers"),
        ("b) expand the team", "b", "lower", 1, None, "expand the team"),
        ("(c) publish data", "c", "lower", 1, None, "publish data"),
        ("A.1.1 Open a center", "A.1.1", "mixed", 3, None, "Open a center"),
        ("2.b Review cases", "2.b", "mixed", 2, None, "Review cases"),
        ("1 Community Trust", "1", "arabic", 1, None, "Community Trust"),
        ("3", "3", "arabic", 1, None, ""),
        ("Goal 3: Reduce harm", "3", "arabic", 1, "Goal", "Reduce harm"),
        ("Action Item 5.1 Train dispatch", "5.1", "dotted", 2, "Action Item", "Train dispatch"),
        ("Strategic Direction 4 - Build trust", "4", "arabic", 1, "Strategic Direction",
         "Build trust"),
        ("PRIORITY AREA 2", "2", "arabic", 1, "PRIORITY AREA", ""),
        ("3-01/110.00 - Community Policing", "3-01/110.00", "code", 1, None, "Community Policing"),
        ("4-2 Use of Force", "4-2", "code", 1, None, "Use of Force"),
        ("4.2 Procedures", "4.2", "dotted", 2, None, "Procedures"),
        ("1 - Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("1. – Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("1 : Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("1: Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("1) Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("A) Hire officers", "A", "upper", 1, None, "Hire officers"),
        ("A: Hire officers", "A", "upper", 1, None, "Hire officers"),
        ("iv. train staff", "iv", "roman", 1, None, "train staff"),
        ("IV) Youth", "IV", "ROMAN", 1, None, "Youth"),
        ("1.Reduce crime", "1", "arabic", 1, None, "Reduce crime"),
        ("2)Train staff", "2", "arabic", 1, None, "Train staff"),
        ("I: Safety", "I", "ROMAN", 1, None, "Safety"),
        ("GOAL2 Safer roads", "2", "arabic", 1, "GOAL", "Safer roads"),
        ("Goal #3 Reduce harm", "3", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal No. 3 Reduce harm", "3", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal 1 : Reduce harm", "1", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal 1—Reduce harm", "1", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal 2. Reduce harm", "2", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal 2 – Reduce harm", "2", "arabic", 1, "Goal", "Reduce harm"),
        ("Goal 1.2.3 Train", "1.2.3", "dotted", 3, "Goal", "Train"),
        ("Goal IV. Youth", "IV", "ROMAN", 1, "Goal", "Youth"),
        ("Initiative A: Patrols", "A", "upper", 1, "Initiative", "Patrols"),
        ("Focus Area 3", "3", "arabic", 1, "Focus Area", ""),
        ("Strategic Goal 1.2 Train", "1.2", "dotted", 2, "Strategic Goal", "Train"),
    ],
)  # fmt: skip
def test_enumerators_reads_each_scheme(text, value, scheme, depth, word, rest) -> None:
    found = parse(text)
    assert found is not None
    assert (found.value, found.scheme, found.depth, found.word, found.text) == (
        value, scheme, depth, word, rest
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["A safe city for all", "I will serve", "10 officers were hired", "2025 Strategic Plan",
     "6,781 calls answered", "CIVIC Center", "98% of calls", "Goal Owner(s): Patrol",
     "5-Year Strategic Plan", "3D Printing Lab", "A.B. Smith spoke", "24/7 coverage",
     "2025-2028 Strategic Plan", "12/31/2025 Deadline"],
)  # fmt: skip
def test_enumerators_prose_is_not_numbered(text: str) -> None:
    assert parse(text) is None


def test_enumerators_level_words_are_learned_from_the_document() -> None:
    texts = ["Line of Effort 1: Patrol", "Line of Effort 2: Traffic", "Line of Effort 3: Youth",
             "Appendix A - Glossary", "Our Mission: to serve"]  # fmt: skip
    learned = learn_level_words(texts)
    assert "line of effort" in learned
    assert "appendix" not in learned  # printed before one number only
    found = parse("Line of Effort 2: Traffic", learned)
    assert found is not None
    assert (found.word, found.value, found.text) == ("Line of Effort", "2", "Traffic")
    assert (
        parse("Line of Effort 2: Traffic") is None
        or parse("Line of Effort 2: Traffic").word is None
    )


def test_enumerators_a_roman_numeral_word_is_never_a_level_word() -> None:
    assert learn_level_words(["II. Safety", "II. Trust", "III. Youth"]) == set()


def test_enumerators_sequences_follow_within_a_scheme_and_parent() -> None:
    def number(text: str) -> enumerators.Enumerator:
        found = parse(text)
        assert found is not None
        return found

    assert follows(number("1.1 A"), number("1.2 B"))
    assert not follows(number("1.2 A"), number("2.1 B"))  # another parent
    assert follows(number("III. A"), number("IV. B"))
    assert follows(number("b) x"), number("c) y"))
    assert not follows(number("1. A"), number("B. x"))  # another scheme


def test_enumerators_strip_moves_the_number_out_of_the_text() -> None:
    assert strip("2.3 Expand co-responders") == ("2.3", "Expand co-responders")
    assert strip("Expand co-responders") == (None, "Expand co-responders")


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("1. Reduce crime", "1", "Reduce crime"),
        ("2) Train staff", "2", "Train staff"),
        ("1.Reduce crime", "1", "Reduce crime"),
        ("1.2 Strengthen patrols", "1.2", "Strengthen patrols"),
        ("1.2. Strengthen patrols", "1.2", "Strengthen patrols"),
        ("1.2.3 Train staff", "1.2.3", "Train staff"),
        ("1.5 million residents served", "1.5", "million residents served"),
        ("a. Expand the team", "a", "Expand the team"),
        ("b) Expand the team", "b", "Expand the team"),
        ("i. Publish data", "i", "Publish data"),
        ("ii. Timeline: 2027", "ii", "Timeline: 2027"),
        ("viii) Train staff", "viii", "Train staff"),
        ("(1) Use of force incidents;", "1", "Use of force incidents;"),
        ("(c) publish data", "c", "publish data"),
    ],
)  # fmt: skip
def test_enumerators_list_enumerator_opens_numbered_items(text, number, rest) -> None:
    found = list_enumerator(text)
    assert found is not None
    assert (found.value, found.text) == (number, rest)


@pytest.mark.parametrize(
    "text",
    ["1 Community Trust", "A. Hire officers", "IV. Youth", "(C) Publish data", "Goal 3: Trust",
     "1.", "3", "817.1 Performance Indicators", "0.021 63,290", "100. Hundredth", "1: Trust",
     "10 officers were hired", "(2025) budget", "(iv) audit", "vi Foo", "mix. a"],
)  # fmt: skip
def test_enumerators_list_enumerator_leaves_headings_badges_and_values(text: str) -> None:
    assert list_enumerator(text) is None


def test_enumerators_a_level_word_alone_and_a_number_alone() -> None:
    assert is_level_word("GOAL")
    assert is_level_word("Strategic  Direction")
    assert not is_level_word("Goal 2")
    assert not is_level_word("Our Goals")
    assert is_level_word("Line of Effort", {"line of effort"})
    assert all(is_number_alone(text) for text in ["2", "IV", "3.", "1.2", "B"])
    assert not any(is_number_alone(text) for text in ["2 Trust", "Goal", "2025", ""])


def test_enumerators_a_code_names_a_section_and_does_not_count() -> None:
    found = parse("3-01/110.00 - Community Policing")
    assert found is not None
    assert (found.last, found.parent) == (None, None)
    assert enumerators.position("3-01/110.00") is None


def test_enumerators_numbers_that_start_again_are_nested_in_a_level_above() -> None:
    def numbers(*texts: str) -> list[enumerators.Enumerator]:
        return [found for text in texts if (found := parse(text)) is not None]

    assert restarts(numbers("A. Trust", "B. Safety", "A. Youth"))
    assert not restarts(numbers("A. Trust", "B. Safety", "C. Youth"))
    assert not restarts(numbers("I. Trust", "A. Patrols", "II. Safety"))  # another scheme
    assert not restarts(numbers("1.1 Trust", "2.1 Safety"))  # second numbers, not first


@pytest.mark.parametrize(
    "word",
    ["Pillar", "GOAL", "Focus Area", "Area of Focus", "Priority", "Strategic Goal",
     "Strategic Priority", "Strategic Direction", "Strategic Objective", "Strategic Initiative",
     "Initiative", "Objective", "Strategy", "Theme"],
)  # fmt: skip
def test_enumerators_the_prior_knows_the_usual_level_words(word: str) -> None:
    found = parse(f"{word} 2: Build trust")
    assert found is not None
    assert (found.word, found.value, found.text) == (word, "2", "Build trust")
    assert is_level_word(word)


@pytest.mark.parametrize(
    ("number", "scheme", "depth"),
    [("1", "arabic", 1), ("12", "arabic", 1), ("1.2", "dotted", 2), ("1.2.3", "dotted", 3),
     ("A.1", "mixed", 2), ("3-01/110.00", "code", 1), ("IV", "ROMAN", 1), ("b", "lower", 1)],
)  # fmt: skip
def test_enumerators_a_number_printed_alone_has_its_scheme_and_depth(number, scheme, depth) -> None:
    found = parse(number, ())
    assert found is not None
    assert (found.value, found.scheme, found.depth, found.text) == (number, scheme, depth, "")


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("1.2 Strengthen patrols", "1.2", "Strengthen patrols"),
        ("3-01/110.00 - Community Policing", "3-01/110.00", "Community Policing"),
        ("a. Open a fitness room", "a", "Open a fitness room"),
        ("A.1 Strengthen relationships", "A.1", "Strengthen relationships"),
        ("10 officers trained", None, "10 officers trained"),
        ("Goal 1: Trust", None, "Goal 1: Trust"),
        ("3", None, "3"),
    ],
)  # fmt: skip
def test_enumerators_split_number_reads_through_the_grammar(text, number, rest) -> None:
    assert split_number(text) == (number, rest)


def test_enumerators_an_item_block_moves_its_number_out_of_its_text() -> None:
    lettered = Block(kind="item", lines=[line("b) Expand the team")])
    assert (lettered.number, lettered.text) == ("b", "Expand the team")
    badge = Block(kind="item", lines=[line("1 Community Trust")])
    assert (badge.number, badge.text) == (None, "1 Community Trust")


def test_enumerators_the_blocks_stage_opens_items_at_list_numbers_only() -> None:
    def kind(text: str) -> str:
        return line_kind(line(text), 10.0, DEFAULT_BLOCKS)

    assert kind("1. Reduce crime in every district") == "item"
    assert kind("a) Expand the team") == "item"
    assert kind("817.1 Performance Indicators") != "item"
    assert kind("0.021 63,290") != "item"
    numbered = line("1. Reduce crime")
    assert text_start(numbered) == numbered.words[1].x0


def test_enumerators_the_recognisers_read_headers_through_the_grammar() -> None:
    kicker = [heading("GOAL"), heading("2"), heading("Safer roads")]
    header = header_at(kicker, 0)
    assert header is not None
    assert (header.word, header.number, header.title, header.index) == (
        "goal",
        "2",
        "Safer roads",
        2,
    )
    worded = header_at([heading("Commitment 1: Build trust")], 0)
    assert worded is not None
    assert (worded.word, worded.number, worded.title) == ("commitment", "1", "Build trust")
    assert header_at([heading("1. Build trust")], 0) is None  # no level word
    policy = [heading("Purpose"), heading("3-01/110.00 - Community Policing", 18.0)]
    rank_headings(policy)
    assert policy_header(policy) == 1


@pytest.mark.parametrize(
    ("word", "marker"),
    [("1", True), ("1.", True), ("1.2", True), ("12)", True), ("a)", True), ("A.", True),
     ("(iv)", True), ("II.", True), ("2025", False), ("120", False), ("A", False), ("I", False),
     ("3-01", False)],
)  # fmt: skip
def test_enumerators_a_word_alone_is_a_list_marker(word: str, marker: bool) -> None:
    from planparse.enumerators import is_list_marker

    assert is_list_marker(word) is marker


def test_enumerators_a_scorecard_code_is_an_objective_number() -> None:
    """'IP2  Modernize records' -> ('IP2', 'Modernize records'); a capitalised first word or a
    code standing alone is no code."""
    from planparse.enumerators import strip_code

    assert strip_code("IP2  Modernize records") == ("IP2", "Modernize records")
    assert strip_code("C1 Build trust") == ("C1", "Build trust")
    assert strip_code("Build trust") == (None, "Build trust")
    assert strip_code("LG1") == (None, "LG1")
