"""tree.build_tree on Blocks built in the test: one test per nesting rule."""

from __future__ import annotations

from dataclasses import replace

from builders import heading, item, label, paragraph

from planparse.tree import Entry, Tree, build_tree
from planparse.types import Block, Cell, Table


def outline(tree: Tree) -> list[tuple[int, str | None, str]]:
    """(depth, number, title) of every entry, depth first."""
    found = []

    def visit(entry: Entry, depth: int) -> None:
        found.append((depth, entry.number, entry.title))
        for child in entry.children:
            visit(child, depth + 1)

    for root in tree.roots:
        visit(root, 0)
    return found


def test_tree_kicker_line_and_title_are_one_header() -> None:
    tree = build_tree([heading("GOAL 2", 9), heading("Reduce Harm", 20), paragraph("Why.")])
    (entry,) = tree.roots
    assert (entry.number, entry.title, entry.size) == ("2", "Reduce Harm", 20.0)
    assert entry.enumerator is not None
    assert entry.enumerator.word == "GOAL"


def test_tree_number_badge_above_its_title_is_one_header() -> None:
    tree = build_tree([heading("3", 16), heading("Traffic Safety", 14), item("Slow down")])
    assert outline(tree) == [(0, "3", "Traffic Safety"), (1, None, "Slow down")]


def test_tree_bigger_type_encloses_smaller_and_same_style_are_siblings() -> None:
    blocks = [heading("Safety", 18), heading("Patrol", 13), heading("Traffic", 13),
              heading("Trust", 18), heading("Youth", 13)]  # fmt: skip
    assert [d for d, _, _ in outline(build_tree(blocks))] == [0, 1, 1, 0, 1]


def test_tree_dotted_numbers_nest_under_their_parent_in_any_style() -> None:
    blocks = [heading("1 Safety", 12), heading("1.1 Patrol", 12), heading("1.2 Traffic", 12),
              heading("2 Trust", 12), heading("2.1 Youth", 12)]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, "1"), (1, "1.1"), (1, "1.2"), (0, "2"), (1, "2.1")
    ]  # fmt: skip


def test_tree_first_used_numbering_style_encloses_in_one_type_style() -> None:
    blocks = [heading("I. SAFETY", 11), heading("A. Patrol", 11), heading("B. Traffic", 11),
              heading("II. TRUST", 11), heading("A. Youth", 11)]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, "I"), (1, "A"), (1, "B"), (0, "II"), (1, "A")
    ]  # fmt: skip


def test_tree_item_indented_under_an_item_is_its_child() -> None:
    blocks = [heading("Safety"), item("Expand patrols in every district", x0=90),
              item("Hire two officers", x0=110), item("Buy radios", x0=90)]  # fmt: skip
    assert [d for d, _, _ in outline(build_tree(blocks))] == [0, 1, 2, 1]


def test_tree_bulleted_items_nest_by_where_their_bullets_stand() -> None:
    """A dash run into its text ('—Send staff', the text box starting at the dash) and a dash
    set apart ('— Create', the text further right) stand at one edge: siblings. A bullet
    indented past them is a child."""
    run_in = item("Send staff to an institute", x0=55)
    run_in.lines[0].marker_x0 = 55
    blocks = [heading("Safety"), run_in, item("Create an academy", x0=67),
              item("Train the trainers", x0=90), item("Publish the results", x0=67)]  # fmt: skip
    assert [d for d, _, _ in outline(build_tree(blocks))] == [0, 1, 1, 2, 1]


def test_tree_sub_bullets_continued_on_the_next_page_keep_their_parent() -> None:
    """A list that runs over a page break: the sub-bullet at the top of the next page is still
    indented under the bullet before the break, so it stays a child; a list two pages on (no
    list continues across a whole page) starts afresh."""
    blocks = [heading("Safety"), item("Reduce gun violence", x0=90),
              item("Partner with retailers", x0=110),
              item("Review unsolved assaults", x0=110, page=2),
              item("Hire two officers", x0=110, page=4)]  # fmt: skip
    assert [d for d, _, _ in outline(build_tree(blocks))] == [0, 1, 2, 2, 1]


def test_tree_band_repeating_the_enclosing_title_is_dropped() -> None:
    blocks = [heading("PROTECT THE CITY", 24), heading("PROTECT THE CITY", 12, page=2),
              heading("Goal 1: Reduce gangs", 16, page=2), item("Map gangs", page=2)]  # fmt: skip
    assert [t for _, _, t in outline(build_tree(blocks))] == [
        "PROTECT THE CITY", "Reduce gangs", "Map gangs"
    ]  # fmt: skip


def test_tree_field_line_left_of_the_items_belongs_to_the_header() -> None:
    blocks = [heading("Goal 1: Reduce gangs"), item("Map gangs", x0=90),
              label("Responsible Manager", "Captain Ruiz", x0=72)]  # fmt: skip
    (goal,) = build_tree(blocks).roots
    assert [b.label for b in goal.content] == ["Responsible Manager"]
    assert goal.children[0].content == []


def test_tree_field_line_in_any_style_is_a_field_not_a_header() -> None:
    blocks = [heading("Objective 1: Reduce gangs", 16), heading("Goal Lead: Captain Ruiz", 12),
              item("Map gangs")]  # fmt: skip
    (goal,) = build_tree(blocks).roots
    assert [(b.kind, b.label) for b in goal.content] == [("label", "Goal Lead")]
    assert [c.title for c in goal.children] == ["Map gangs"]


def test_tree_pull_quote_set_large_is_not_a_header() -> None:
    blocks = [heading("Safety", 18), heading("“We listen first.”", 20, bold=False),
              heading("Patrol", 13)]  # fmt: skip
    assert [(d, t) for d, _, t in outline(build_tree(blocks))] == [(0, "Safety"), (1, "Patrol")]


def test_tree_summary_copy_that_owns_nothing_leaves_the_tree() -> None:
    blocks = [heading("At a Glance", 18), heading("1. Safety", 14), heading("2. Trust", 14),
              heading("1. Safety", 14, page=2), item("Patrol", page=2),
              heading("2. Trust", 14, page=3), item("Youth", page=3)]  # fmt: skip
    titles = [(n, t) for _, n, t in outline(build_tree(blocks)) if n]
    assert titles == [("1", "Safety"), ("2", "Trust")]


def test_tree_level_word_and_colon_make_a_family_without_numbers() -> None:
    blocks = [heading("Objective: Reduce gangs", 21), item("Map gangs"),
              heading("Objective: Calm traffic", 20), item("Slow down")]  # fmt: skip
    tree = build_tree(blocks)
    assert [e.title for e in tree.roots] == ["Reduce gangs", "Calm traffic"]
    assert tree.roots[0].family == tree.roots[1].family


def test_tree_statistics_and_prose_set_large_are_not_headers() -> None:
    blocks = [heading("Safety", 24), heading("71,000", 19), heading("15%", 19),
              heading("Our people come first. Their health matters.", 13, bold=False),
              heading("1 Patrol every beat", 11)]  # fmt: skip
    assert [(d, t) for d, _, t in outline(build_tree(blocks))] == [
        (0, "Safety"), (1, "Patrol every beat")
    ]  # fmt: skip


def test_tree_band_rows_of_a_table_are_headers_over_their_rows() -> None:
    from planparse.types import Block, Cell, Table

    def cell(text: str, x: float, top: float) -> Cell:
        return Cell(text, (x, top, x + 90, top + 12))

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [cell(text, 72 + 100 * i, top) for i, text in enumerate(texts)]

    def band(top: float, text: str) -> list[Cell | None]:
        return [cell(text, 72, top), None, None]

    rows = [row(100, "Action", "Lead", "2026"), band(112, "Goal 1: Safer Streets"),
            band(124, "Initiative 1.1: Calm traffic"), row(136, "Add bumps", "Works", "Plan"),
            band(148, "Performance Measures: crashes per month"),
            band(160, "Goal 2: Trust"), band(172, "Initiative 2.1: Publish data"),
            row(184, "Post data", "Records", "Launch")]  # fmt: skip
    table = Table((72, 100, 372, 196), rows)
    tree = build_tree([heading("Action Plan", 18), Block("table", [], table=table, table_page=3)])
    assert [(d, n, t) for d, n, t in outline(tree)] == [
        (0, None, "Action Plan"), (1, "1", "Safer Streets"), (2, "1.1", "Calm traffic"),
        (1, "2", "Trust"), (2, "2.1", "Publish data"),
    ]  # fmt: skip
    calm = tree.roots[0].children[0].children[0]
    (segment,) = [b.table for b in calm.content if b.table is not None]
    assert segment is not None
    assert [[c.text if c else None for c in r] for r in segment.rows] == [
        ["Action", "Lead", "2026"], ["Add bumps", "Works", "Plan"]
    ]  # fmt: skip


def test_tree_a_group_column_names_the_goal_of_its_rows() -> None:
    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 100 * i, top, 160 + 100 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(100, "Strategic Objective", "Action Items", "Lead"),
            row(112, "1 Calm traffic", "a. Add bumps", "Works"),
            row(124, "", "b. Train drivers", "Traffic Unit"),
            row(136, "2 Publish data", "a. Post reports", "Records")]  # fmt: skip
    table = Block("table", [], table=Table((72, 100, 372, 148), rows), table_page=2)
    tree = build_tree([heading("Safe Streets", 18), table])
    assert [(d, n, t) for d, n, t in outline(tree)] == [
        (0, None, "Safe Streets"), (1, "1", "Calm traffic"), (1, "2", "Publish data")
    ]  # fmt: skip
    calm = tree.roots[0].children[0]
    (segment,) = [b.table for b in calm.content if b.table is not None]
    assert segment is not None
    assert [[c.text if c else None for c in r] for r in segment.rows] == [
        ["Action Items", "Lead"], ["a. Add bumps", "Works"], ["b. Train drivers", "Traffic Unit"]
    ]  # fmt: skip


def group_table(page: int, top: float, first: str, *groups: tuple[str, str]) -> Block:
    """An action table of one group column (headed ``first``) and an activity column."""

    def row(y: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 100 * i, y, 160 + 100 * i, y + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(top, first, "Strategies", "Lead")]
    for offset, (group, action) in enumerate(groups, start=1):
        rows.append(row(top + 12 * offset, group, action, "Patrol Unit"))
    bottom = top + 12 * (len(groups) + 1)
    return Block("table", [], table=Table((72, top, 372, bottom), rows), table_page=page)


def test_tree_a_group_column_headed_by_any_word_names_its_rows() -> None:
    """A first column printed once per group of rows ("Goal") groups them: its header need
    not be an activity word."""
    table = group_table(1, 100, "Goal", ("1.1 Calm traffic", "Add bumps"), ("", "Train drivers"))
    tree = build_tree([heading("Safe Streets", 18), table])
    assert outline(tree) == [(0, None, "Safe Streets"), (1, "1.1", "Calm traffic")]


def test_tree_a_list_starting_again_at_one_in_other_type_nests_under_the_same_numbers() -> None:
    """ "1." sections, each with a table whose groups are numbered "1", "2" again: the groups
    are the section's, and the list goes on under the section's repeat on the next page."""
    blocks = [
        heading("1. Safe Streets", 16),
        group_table(1, 100, "Objective", ("1 Calm traffic", "Add bumps"), ("", "Train"),
                    ("2 Map crashes", "Map")),
        heading("2. Trusted Police", 16),
        group_table(1, 300, "Objective", ("1 Publish data", "Post reports"), ("", "Answer")),
        heading("2. Trusted Police (continued)", 16, page=2),
        group_table(2, 100, "Objective", ("2 Listen first", "Hold meetings"), ("", "Survey")),
    ]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, "1"), (1, "1"), (1, "2"), (0, "2"), (1, "1"), (1, "2")
    ]  # fmt: skip


def test_tree_bare_numbers_nest_in_outline_order_even_when_the_first_is_misread() -> None:
    """OCR read the first "I." as text: "A." must still sit under "II." after it."""
    blocks = [
        heading("Safe Streets", 11),
        heading("A. Patrol", 11),
        heading("II. TRUST", 11),
        heading("A. Youth", 11),
        heading("B. Data", 11),
    ]
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, None), (1, "A"), (0, "II"), (1, "A"), (1, "B")
    ]  # fmt: skip


def test_tree_continued_header_merges_into_the_first_once() -> None:
    blocks = [heading("Part One", 20), heading("Safety", 14), item("Hire officers"),
              heading("Safety", 14, page=2), item("Buy radios", page=2)]  # fmt: skip
    tree = build_tree(blocks)
    assert outline(tree) == [
        (0, None, "Part One"), (1, None, "Safety"), (2, None, "Hire officers"),
        (2, None, "Buy radios"),
    ]  # fmt: skip


def test_tree_item_keeps_a_number_the_blocks_stage_left_in_its_text() -> None:
    tree = build_tree([heading("Safety"), item("1. reduce overtime costs", numbered=True)])
    (entry,) = tree.roots[0].children
    assert (entry.number, entry.title) == ("1", "reduce overtime costs")


def test_tree_abbreviations_are_not_two_sentences() -> None:
    blocks = [heading("Schools", 18), heading("Partner with St. Louis County Schools", 13),
              item("Share a calendar")]  # fmt: skip
    assert [t for _, _, t in outline(build_tree(blocks))] == [
        "Schools", "Partner with St. Louis County Schools", "Share a calendar"
    ]  # fmt: skip


def test_tree_numbered_lines_in_body_type_are_items() -> None:
    blocks = [
        heading("Safe Streets", 16),
        paragraph("A. Reduce crime"),
        paragraph("B. Calm traffic"),
        paragraph("Why it matters to every resident."),
    ]
    (root,) = build_tree(blocks).roots
    assert [(c.kind, c.number, c.title) for c in root.children] == [
        ("item", "A", "Reduce crime"), ("item", "B", "Calm traffic")
    ]  # fmt: skip


def test_tree_level_word_headers_are_one_family_whatever_their_size() -> None:
    """'Goal B' set as a large heading and 'Goal A' as a band in body type are one level."""
    blocks = [heading("Action Plan", 20), heading("Goal A: Talent", 10),
              heading("Initiative A.1: Career paths", 10), item("Shorten hiring"),
              heading("Goal B: Crime", 13), heading("Initiative B.1: Hot spots", 10),
              item("Map repeat calls")]  # fmt: skip
    tree = build_tree(blocks)
    assert [(d, n) for d, n, _ in outline(tree)] == [
        (0, None), (1, "A"), (2, "A.1"), (3, None), (1, "B"), (2, "B.1"), (3, None)
    ]  # fmt: skip
    goal_a, goal_b = tree.roots[0].children
    assert goal_a.family == goal_b.family


def test_tree_paragraphs_each_with_field_lines_are_items() -> None:
    """Activities set as plain paragraphs, each with its own field line, are items of the goal
    above; a goal's description with the goal's own field line stays its description."""
    blocks = [heading("Use data to guide deployment", 12), paragraph("Why this goal matters."),
              paragraph("Lead: Technology Services Manager"),
              paragraph("Staff the crime center every evening."),
              paragraph("Responsible: RTCC Complete By: Ongoing"),
              paragraph("Build an open data portal."), paragraph("Complete By: 2027")]  # fmt: skip
    tree = build_tree(blocks)
    assert outline(tree) == [
        (0, None, "Use data to guide deployment"),
        (1, None, "Staff the crime center every evening."),
        (1, None, "Build an open data portal."),
    ]
    assert [b.kind for b in tree.roots[0].children[0].content] == ["label"]


def test_tree_bold_numbered_line_with_a_full_stop_is_a_header() -> None:
    from planparse.types import Block

    bold = paragraph("1 Create clear career paths.")
    bold = Block(
        "paragraph",
        [
            replace(ln, words=[replace(w, font="Helvetica-Bold") for w in ln.words])
            for ln in bold.lines
        ],
    )
    blocks = [heading("Recruitment", 20), bold, item("Attend recruiting events"),
              heading("2 Hire officers who reflect the community.", 10),
              item("Offer a lateral incentive")]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, None), (1, "1"), (2, None), (1, "2"), (2, None)
    ]  # fmt: skip


def test_tree_dotted_number_never_nests_under_a_lesser_family_with_its_parent_number() -> None:
    """'Objective 3.2' after 'KR 3' closes the key result: its parent is pillar 3."""
    blocks = [heading("3 Trust", 16), heading("Objective 3.1: Listen", 12),
              heading("KR 3", 10), paragraph("Hold coffee events."),
              heading("Objective 3.2: Reach everyone", 12), heading("KR 1", 10),
              paragraph("Translate materials.")]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, "3"), (1, "3.1"), (2, "3"), (1, "3.2"), (2, "1")
    ]  # fmt: skip


def test_tree_attribution_under_a_quote_is_no_item() -> None:
    blocks = [heading("Our Priorities", 18), paragraph("“Safety is something we build together.”"),
              item("Chief Arturo Oyelaran"), heading("Safe Streets", 14),
              item("Calm traffic near schools")]  # fmt: skip
    assert [(d, t) for d, _, t in outline(build_tree(blocks))] == [
        (0, "Our Priorities"), (1, "Safe Streets"), (2, "Calm traffic near schools")
    ]  # fmt: skip


def test_tree_scanned_roman_one_read_as_arabic_one_joins_its_numerals() -> None:
    """OCR reads "I. SAFETY" as "1. SAFETY" (a bold list item in capitals); before "II." and
    "III." in the same type it is roman I, one family with them."""
    from planparse.types import Block

    def bold_item(text: str) -> Block:  # as OCR reads it: a confidence on every word
        (line,) = item(text).lines
        words = [replace(w, font="Helvetica-Bold", confidence=61.0) for w in line.words]
        return Block("item", [replace(line, words=words)])

    blocks = [
        bold_item("1. SAFE NEIGHBORHOODS"),
        heading("A. Lower crime", 10),
        item("a. Etch converters"),
        heading("II. INNOVATION", 10),
        heading("A. Open a crime center", 10),
        item("a. Launch drones"),
        heading("III. WORKFORCE", 10),
        heading("A. Retain staff", 10),
        item("a. Interview"),
    ]
    tree = build_tree(blocks)  # fmt: skip
    assert [(d, n) for d, n, _ in outline(tree)][:3] == [(0, "I"), (1, "A"), (2, "a")]
    first, second, _ = tree.roots
    assert first.family == second.family


def test_tree_a_short_line_in_body_type_over_an_indented_list_heads_it() -> None:
    """A plan typed as nested lists sets its pillars as plain lines at the margin; a sentence
    over a list, or a line ending in a colon, stays text."""
    blocks = [
        paragraph("Technology and Innovation", top=100.0),
        item("Open a real-time crime center", top=114.0),
        paragraph("Our work under this plan is guided by these commitments:", top=140.0),
        item("Publish data", top=154.0),
    ]
    assert outline(build_tree(blocks)) == [
        (0, None, "Technology and Innovation"),
        (1, None, "Open a real-time crime center"),
        (1, None, "Publish data"),
    ]


def test_tree_a_pillar_printed_again_in_the_action_plan_continues_the_first() -> None:
    """A narrative page per pillar, then an action plan that prints each pillar again over a
    table whose goal cells give the goal's number only: one pillar, one goal per number."""
    blocks = [
        heading("Pillar 1: Safe Streets", 20),
        heading("Goal 1.1 Calm traffic", 14),
        paragraph("Why calm traffic matters."),
        heading("Action Plan", 20, page=5),
        heading("Pillar 1: Safe Streets", 14, page=5),
        group_table(5, 100, "Goal", ("1.1", "Add bumps"), ("", "Train drivers")),
    ]
    tree = build_tree(blocks)
    assert outline(tree) == [
        (0, "1", "Safe Streets"), (1, "1.1", "Calm traffic"), (0, None, "Action Plan"),
    ]  # fmt: skip
    calm = tree.roots[0].children[0]
    assert [b.kind for b in calm.content] == ["paragraph", "table"]


def test_tree_a_group_table_continued_on_a_new_page_goes_on_under_the_group_above() -> None:
    """The page break fell inside goal 1.1's rows: the next page's table repeats the header
    and starts with rows whose goal cell is empty; they are still goal 1.1's."""
    blocks = [
        heading("Safe Streets", 18),
        group_table(1, 100, "Goal", ("1.1 Calm traffic", "Add bumps"), ("", "Train drivers")),
        group_table(2, 100, "Goal", ("", "Paint crossings"), ("1.2 Map crashes", "Map")),
    ]
    tree = build_tree(blocks)
    assert outline(tree) == [
        (0, None, "Safe Streets"), (1, "1.1", "Calm traffic"), (1, "1.2", "Map crashes"),
    ]  # fmt: skip
    calm = tree.roots[0].children[0]
    segments = [b.table for b in calm.content if b.table is not None]
    assert [[r[0].text for r in t.rows[1:] if r[0]] for t in segments if t] == [
        ["Add bumps", "Train drivers"], ["Paint crossings"]
    ]  # fmt: skip


def test_tree_small_repeats_of_a_title_do_not_set_its_family_rank() -> None:
    """A handout's goal slides repeat their pillar ("Goal 1: Safe Streets") in tiny type:
    those copies must not rank the pillar family below the goal titles."""
    kicker = {"bold": False}
    blocks = [heading("GOAL 1", 9), heading("Safe Streets", 20),
              heading("Goal 1: Safe Streets", 4.5, **kicker),
              heading("Objective 1.1: Calm traffic", 9), item("Add speed bumps"),
              heading("Goal 1: Safe Streets", 4.5, **kicker),
              heading("Objective 1.2: Reduce burglary", 9), item("Map hot spots"),
              heading("GOAL 2", 9), heading("Trusted Police", 20),
              heading("Goal 2: Trusted Police", 4.5, **kicker),
              heading("Objective 2.1: Publish data", 9), item("Post reports")]  # fmt: skip
    assert [(d, t) for d, _, t in outline(build_tree(blocks))] == [
        (0, "Safe Streets"), (1, "Calm traffic"), (2, "Add speed bumps"),
        (1, "Reduce burglary"), (2, "Map hot spots"),
        (0, "Trusted Police"), (1, "Publish data"), (2, "Post reports"),
    ]  # fmt: skip


def test_tree_a_list_going_on_at_the_top_of_the_next_column_keeps_its_place() -> None:
    """A web page printed in two columns breaks goal 1's list after "a.": "b." and "c." go
    on at the top of the right column, further right than goal 1 itself, then goal 2 and its
    list. The numbers say where they belong, not the new column's indents."""
    blocks = [
        heading("Community Connection", 16, top=600.0),
        item("1. Build trust", x0=40.0, numbered=True, top=620.0),
        item("a. Survey residents", x0=56.0, numbered=True, top=640.0),
        item("b. Host a meeting", x0=326.0, numbered=True, top=100.0),
        item("c. Hold coffee events", x0=326.0, numbered=True, top=120.0),
        item("2. Increase volunteers", x0=310.0, numbered=True, top=140.0),
        item("a. Grow the program", x0=326.0, numbered=True, top=160.0),
    ]
    assert outline(build_tree(blocks)) == [
        (0, None, "Community Connection"),
        (1, "1", "Build trust"),
        (2, "a", "Survey residents"),
        (2, "b", "Host a meeting"),
        (2, "c", "Hold coffee events"),
        (1, "2", "Increase volunteers"),
        (2, "a", "Grow the program"),
    ]


def test_tree_a_list_begun_at_the_top_of_the_next_column_belongs_to_the_item_above() -> None:
    """Goal 2 ends the left column; its "a." and "b." open the right one."""
    blocks = [
        heading("Support Victims", 16, top=100.0),
        item("1. Respond to violence", x0=40.0, numbered=True, top=120.0),
        item("a. Open a center", x0=56.0, numbered=True, top=140.0),
        item("2. Improve support", x0=40.0, numbered=True, top=700.0),
        item("a. Assign an advocate", x0=326.0, numbered=True, top=100.0),
        item("b. Send a letter", x0=326.0, numbered=True, top=120.0),
    ]
    assert outline(build_tree(blocks)) == [
        (0, None, "Support Victims"),
        (1, "1", "Respond to violence"),
        (2, "a", "Open a center"),
        (1, "2", "Improve support"),
        (2, "a", "Assign an advocate"),
        (2, "b", "Send a letter"),
    ]


def test_tree_items_flush_with_each_other_nest_by_outline_numbering() -> None:
    """Plain text typed without indentation: 'a)' items after a '1)' item at the same edge are
    its children, the next '1)'-style item their parent's sibling."""
    blocks = [heading("Safety"), item("1) Hire staff", numbered=True, x0=72),
              item("a) Post jobs", numbered=True, x0=72),
              item("b) Interview", numbered=True, x0=72),
              item("2) Keep staff", numbered=True, x0=72)]  # fmt: skip
    assert [(d, n) for d, n, _ in outline(build_tree(blocks))] == [
        (0, None), (1, "1"), (2, "a"), (2, "b"), (1, "2")
    ]  # fmt: skip


def test_tree_reading_applies_to_numbered_items_without_any_heading() -> None:
    """A plan typed in one type style has no heading, only numbered lines to nest."""
    from planparse.recognisers.tree import DocumentTree

    numbered = [item("1. SAFETY", numbered=True), item("1.1 Patrol", numbered=True)]
    assert DocumentTree().detect(numbered) == 1.0
    assert DocumentTree().detect([item("Patrol"), paragraph("Why.")]) == 0.0


def test_tree_a_goal_cell_on_every_row_beside_a_list_names_one_goal_a_row() -> None:
    """One row per goal: a first column filled on every row still names groups when the
    activity cells hold lists, and its level word is the document's ("Goal 1.2:")."""

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 100 * i, top, 160 + 100 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(100, "Goal", "Strategies", "Lead"),
            row(112, "Goal 1.1: Calm\ntraffic", "1. Add bumps\n2. Train drivers", "Works"),
            row(124, "Goal 1.2: Publish\ndata", "1. Post data\n2. Meet", "Files")]  # fmt: skip
    table = Block("table", [], table=Table((72, 100, 372, 136), rows), table_page=2)
    tree = build_tree([heading("Safe Streets", 18), table])
    assert outline(tree) == [
        (0, None, "Safe Streets"), (1, "1.1", "Calm traffic"), (1, "1.2", "Publish data")
    ]  # fmt: skip


def test_tree_a_number_column_beside_a_title_column_names_the_goal_with_both() -> None:
    """A bare "1.2" in the first column and the goal's title in the next: one goal header
    of that number and title, in band-row pillars; both columns leave the goal's rows."""

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 80 * i, top, 150 + 80 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(100, "#", "Goal", "Action Items", "Lead"),
            [Cell("1. Safe Streets", (72, 112, 392, 124)), None, None, None],
            row(124, "1.1", "Calm traffic", "• Add bumps\n• Train drivers", "Works"),
            row(136, "1.2", "Publish data", "• Post data\n• Meet", "Files")]  # fmt: skip
    table = Block("table", [], table=Table((72, 100, 392, 148), rows), table_page=2)
    tree = build_tree([heading("Action Plan", 18), table])
    assert outline(tree) == [
        (0, None, "Action Plan"), (1, "1", "Safe Streets"), (2, "1.1", "Calm traffic"),
        (2, "1.2", "Publish data"),
    ]  # fmt: skip
    calm = tree.roots[0].children[0].children[0]
    (segment,) = [b.table for b in calm.content if b.table is not None]
    assert segment is not None
    assert [c.text if c else None for c in segment.rows[0]] == ["Action Items", "Lead"]


def test_tree_bullets_at_the_top_of_the_next_column_go_on_with_their_list() -> None:
    """A goal's bullets run on at the top of the page's next column: their indent is that
    column's, far right of the goal's text, yet they are the goal's, after its bullet in
    the column before (bulleted alike); the next goal's bullets are its own."""
    blocks = [heading("People", x0=29, top=380),
              item("2.2 Support health", numbered=True, x0=29, top=500),
              item("Open a fitness room", x0=39, top=525),
              item("Track overtime hours", x0=290, top=64), item("Add a chaplain", x0=290, top=89),
              item("2.3 Build resilience", numbered=True, x0=280, top=107),
              item("Hold safety meetings", x0=290, top=121)]  # fmt: skip
    assert [d for d, _, _ in outline(build_tree(blocks))] == [0, 1, 2, 2, 2, 1, 2]


def test_tree_a_band_row_encloses_the_worded_group_cells_under_it() -> None:
    """Bands "1. Title" across the table over group cells "Objective 1.1: title" in body type
    alike: each band is the header of the groups under it, though a level word outranks a
    bare number elsewhere."""

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 80 * i, top, 150 + 80 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    def band(top: float, text: str) -> list[Cell | None]:
        return [Cell(text, (72, top, 312, top + 12)), None, None]

    rows = [row(100, "Goal", "Key Actions", "Lead"), band(112, "1. Safe Streets"),
            row(124, "Objective 1.1: Calm traffic", "• Add bumps\n• Train drivers", "Works"),
            row(136, "Objective 1.2: Publish data", "• Post data\n• Meet", "Files"),
            band(148, "2. Trust"),
            row(160, "Objective 2.1: Listen", "• Hold forums\n• Survey", "Chief")]  # fmt: skip
    table = Block("table", [], table=Table((72, 100, 312, 172), rows), table_page=2)
    tree = build_tree([heading("Action Plan", 18), table])
    assert outline(tree) == [
        (0, None, "Action Plan"), (1, "1", "Safe Streets"), (2, "1.1", "Calm traffic"),
        (2, "1.2", "Publish data"), (1, "2", "Trust"), (2, "2.1", "Listen"),
    ]  # fmt: skip


def test_tree_group_cells_between_bands_name_levels_too() -> None:
    """A table whose groups all sit under bands still offers its group cells for level
    words: the bands and the group cells of the rows between them."""
    from planparse.tree import naming_cells

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 80 * i, top, 150 + 80 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(100, "Goal", "Key Actions", "Lead"),
            [Cell("1. Safe Streets", (72, 112, 312, 124)), None, None],
            row(124, "Aim 1.1: Calm traffic", "• Add bumps\n• Train drivers", "Works"),
            row(136, "Aim 1.2: Publish data", "• Post data\n• Meet", "Files")]  # fmt: skip
    cells = naming_cells(Table((72, 100, 312, 148), rows))
    assert [cell.text for cell in cells] == [
        "1. Safe Streets", "Aim 1.1: Calm traffic", "Aim 1.2: Publish data"
    ]  # fmt: skip


def test_tree_a_title_column_headed_like_activities_still_titles_the_number_column() -> None:
    """A "Strategic Goal" header reads as an activity column's, yet beside a column of bare
    numbers and before the actions it is the goals' titles."""

    def row(top: float, *texts: str) -> list[Cell | None]:
        return [Cell(text, (72 + 80 * i, top, 150 + 80 * i, top + 12)) for i, text in
                enumerate(texts)]  # fmt: skip

    rows = [row(100, "#", "Strategic Goal", "Key Actions", "Lead"),
            [Cell("1. Safe Streets", (72, 112, 392, 124)), None, None, None],
            row(124, "1.1", "Calm traffic", "• Add bumps\n• Train drivers", "Works"),
            row(136, "1.2", "Publish data", "• Post data\n• Meet", "Files")]  # fmt: skip
    table = Block("table", [], table=Table((72, 100, 392, 148), rows), table_page=2)
    tree = build_tree([heading("Action Plan", 18), table])
    assert outline(tree) == [
        (0, None, "Action Plan"), (1, "1", "Safe Streets"), (2, "1.1", "Calm traffic"),
        (2, "1.2", "Publish data"),
    ]  # fmt: skip
