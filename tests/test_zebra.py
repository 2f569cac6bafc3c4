"""zebra.with_unfilled_rows on a table and lines built in the test: the rows a table drawn by
fills alone leaves to the text flow, read back into it."""

from __future__ import annotations

from builders import line

from planparse.types import Cell, Line, Table
from planparse.zebra import with_unfilled_rows

COLUMNS = [(50.0, 150.0), (150.0, 350.0), (350.0, 450.0)]


def filled_table() -> Table:
    """A header row and one filled row, each cell a fill of its own."""
    header = [Cell(text, (x0, 80.0, x1, 95.0)) for text, (x0, x1) in
              zip(["Goal", "Strategies", "Lead"], COLUMNS, strict=True)]  # fmt: skip
    first = [Cell(text, (x0, 95.0, x1, 125.0)) for text, (x0, x1) in
             zip(["1.1 Calm traffic", "Add bumps", "Works"], COLUMNS, strict=True)]  # fmt: skip
    return Table((50.0, 80.0, 450.0, 125.0), [header, first])


def texts(table: Table) -> list[list[str | None]]:
    return [[cell.text if cell else None for cell in row] for row in table.rows]


def one_line(*parts: tuple[str, float], top: float) -> Line:
    """One printed line whose parts start at the given x: text over two cells."""
    words = [word for text, x0 in parts for word in line(text, x0=x0, top=top).words]
    return Line(1, words)


def test_zebra_white_rows_between_fills_and_after_the_last_are_rows_of_the_table() -> None:
    """A white row under the filled one, a band filled across the table, a white row after
    it: all three join the table; a number and title printed as one line over two cells are
    cut where they cross the column edge; the paragraph after a gap stays out."""
    lines: list[Line] = [
        one_line(("1.2", 55), ("Publish data", 155), top=130),
        line("Post reports", x0=155, top=143),
        line("Records", x0=355, top=130),
        line("2. Trusted Police", x0=55, top=170),
        one_line(("2.1", 55), ("Listen", 155), top=195),
        line("Chief", x0=355, top=195),
        line("A paragraph after the table.", x0=50, top=260),
    ]
    table = with_unfilled_rows(filled_table(), lines, [(50.0, 165.0, 450.0, 185.0)])
    assert texts(table)[2:] == [
        ["1.2", "Publish data\nPost reports", "Records"],
        ["2. Trusted Police", None, None],
        ["2.1", "Listen", "Chief"],
    ]
    assert table.bbox[3] < 260


def test_zebra_text_across_the_columns_under_a_table_stays_out_of_it() -> None:
    """A paragraph right under the table, its words running over a column edge at a
    space's width, is no row."""
    lines = [line("The department will report on these goals every year.", x0=55, top=128)]
    table = filled_table()
    assert with_unfilled_rows(table, lines, []) is table


def test_zebra_layout_reads_the_white_rows_into_the_page_table() -> None:
    """Through lay_out: the white row's words leave the text flow for the table."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    header = [("Goal", 55), ("Strategies", 155), ("Lead", 355)]
    rows = [("1.1 Calm traffic", 55), ("Add bumps", 155), ("Works", 355)]
    white = [("1.2", 55), ("Publish data", 155), ("Post reports", 160), ("Records", 355)]
    words = [w for text, x0 in header for w in line(text, x0=x0, top=83).words]
    words += [w for text, x0 in rows for w in line(text, x0=x0, top=100).words]
    tops = [130, 130, 143, 130]
    words += [w for (text, x0), top in zip(white, tops, strict=True)
              for w in line(text, x0=x0, top=top).words]  # fmt: skip
    page = PageContent(1, 612, 792, words, tables=[filled_table()])
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    (table,) = layout.tables
    assert texts(table)[2] == ["1.2", "Publish data\nPost reports", "Records"]
    assert all(line.top < 80 or line.top > 160 for line in layout.lines)


def test_zebra_a_group_cell_filled_down_its_rows_is_read_as_one_white_row() -> None:
    """A group cell filled down the sub-rows it spans beside a fill of its first sub-row
    only: no fill reaches across the table, so the group is read as white lines, one row
    holding every sub-row, though the white between its sub-rows is wider than a row gap."""
    lines = [
        line("1.2", x0=55, top=130),
        line("Add bumps", x0=155, top=130),
        line("Works", x0=355, top=130),
        line("Train drivers", x0=155, top=160),
        line("Files", x0=355, top=160),
    ]
    frames = [(50.0, 127.0, 150.0, 180.0), (150.0, 127.0, 450.0, 145.0)]
    table = with_unfilled_rows(filled_table(), lines, frames)
    assert texts(table)[2:] == [["1.2", "Add bumps\nTrain drivers", "Works\nFiles"]]


def test_zebra_white_groups_split_where_the_first_column_opens_a_paragraph() -> None:
    """White rows after the last fill: sub-rows further apart than a row gap go on while
    each opens a row (lines level in two columns); each paragraph of the first column opens a
    group of its own; a lone line after the same gap is no row."""
    lines = [
        line("1.2", x0=55, top=130),
        line("Add bumps", x0=155, top=130),
        line("Works", x0=355, top=130),
        line("Train drivers", x0=155, top=160),
        line("Files", x0=355, top=160),
        line("1.3", x0=55, top=190),
        line("Meet", x0=155, top=190),
        line("Chief", x0=355, top=190),
        line("Notes", x0=55, top=225),
    ]
    table = with_unfilled_rows(filled_table(), lines, [])
    assert texts(table)[2:] == [
        ["1.2", "Add bumps\nTrain drivers", "Works\nFiles"],
        ["1.3", "Meet", "Chief"],
    ]


def test_zebra_layout_reads_a_filled_header_row_standing_alone_as_a_table() -> None:
    """A filled header row (a cell wrapped onto two lines) whose first row is white: no
    ruled grid, yet the header and the rows under it are one table, a filled row in the
    header's columns among them, not a table of its own."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    edges = [(50.0, 150.0), (150.0, 300.0), (300.0, 400.0), (400.0, 470.0)]
    header = [((55, 83), "Goal"), ((155, 83), "Key Actions"), ((305, 83), "Lead"),
              ((405, 78), "Target"), ((405, 90), "Date")]  # fmt: skip
    white = [((55, 110), "Objective 1.1: Calm"), ((155, 110), "1. Add bumps"),
             ((305, 110), "Works"), ((405, 110), "2027")]  # fmt: skip
    filled = [((55, 140), "Objective 1.2: Publish"), ((155, 140), "1. Post data"),
              ((305, 140), "Records"), ((405, 140), "Q4 2029")]  # fmt: skip
    words = [w for (x0, top), text in header + white + filled
             for w in line(text, x0=x0, top=top, size=8).words]  # fmt: skip
    frames = [(x0, 75.0, x1, 100.0) for x0, x1 in edges]
    frames += [(x0, 135.0, x1, 155.0) for x0, x1 in edges]
    page = PageContent(1, 612, 792, words, frames=frames)
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    (table,) = layout.tables
    assert texts(table) == [
        ["Goal", "Key Actions", "Lead", "Target\nDate"],
        ["Objective 1.1: Calm", "1. Add bumps", "Works", "2027"],
        ["Objective 1.2: Publish", "1. Post data", "Records", "Q4 2029"],
    ]


def test_zebra_layout_white_rows_stop_at_the_next_ruled_table() -> None:
    """Two ruled tables in the same columns one under the other: the rows level in two
    columns under the first are the second table's, not white rows of the first."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    def ruled(top: float, first: str) -> Table:
        header = [Cell(text, (x0, top, x1, top + 15)) for text, (x0, x1) in
                  zip(["Goal", "Strategies", "Lead"], COLUMNS, strict=True)]  # fmt: skip
        row = [Cell(text, (x0, top + 15, x1, top + 45)) for text, (x0, x1) in
               zip([first, "Add bumps", "Works"], COLUMNS, strict=True)]  # fmt: skip
        return Table((50.0, top, 450.0, top + 45), [header, row])

    words = []
    for top, first in ((80.0, "1.1"), (160.0, "2.1")):
        for text, x0 in (("Goal", 55), ("Strategies", 155), ("Lead", 355)):
            words += line(text, x0=x0, top=top + 3).words
        for text, x0 in ((first, 55), ("Add bumps", 155), ("Works", 355)):
            words += line(text, x0=x0, top=top + 20).words
    page = PageContent(1, 612, 792, words, tables=[ruled(80.0, "1.1"), ruled(160.0, "2.1")])
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    assert [len(table.rows) for table in layout.tables] == [2, 2]


def test_zebra_layout_a_running_footer_under_the_table_is_no_white_row() -> None:
    """A page footer whose parts stand level in two columns, far under the last white row:
    the page number is a running footer, so no row opens there."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    header = [("Goal", 55), ("Strategies", 155), ("Lead", 355)]
    rows = [("1.1 Calm traffic", 55), ("Add bumps", 155), ("Works", 355)]
    white = [("1.2", 55), ("Publish data", 155), ("Records", 355)]
    footer = [("Oak County", 55), ("Page 1", 355)]
    words = [w for text, x0 in header for w in line(text, x0=x0, top=83).words]
    words += [w for text, x0 in rows for w in line(text, x0=x0, top=100).words]
    words += [w for text, x0 in white for w in line(text, x0=x0, top=130).words]
    words += [w for text, x0 in footer for w in line(text, x0=x0, top=770).words]
    page = PageContent(1, 612, 792, words, tables=[filled_table()])
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    (table,) = layout.tables
    assert texts(table)[2:] == [["1.2", "Publish data", "Records"]]


def test_zebra_layout_a_ruled_run_of_filled_rows_under_a_header_is_part_of_its_table() -> None:
    """Filled rows one under the other draw a ruled grid of their own, without a header row:
    under a filled header standing alone and a white row, they are that table's rows."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    texts_at = [
        (83, ["Goal", "Strategies", "Lead"]),
        (110, ["1.1", "Add bumps", "Works"]),
        (140, ["1.2", "Publish data", "Records"]),
        (160, ["1.3", "Meet", "Chief"]),
    ]
    words = [w for top, row in texts_at for text, (x0, _) in zip(row, COLUMNS, strict=True)
             for w in line(text, x0=x0 + 5, top=top).words]  # fmt: skip
    frames = [(x0, 80.0, x1, 96.0) for x0, x1 in COLUMNS]
    frames += [(x0, top, x1, top + 20) for top in (137.0, 157.0) for x0, x1 in COLUMNS]
    grid = [[Cell(text, (x0, top - 3, x1, top + 17)) for text, (x0, x1) in
             zip(row, COLUMNS, strict=True)] for top, row in texts_at[2:]]  # fmt: skip
    fragment = Table((50.0, 137.0, 450.0, 177.0), [list(row) for row in grid])
    page = PageContent(1, 612, 792, words, tables=[fragment], frames=frames)
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    assert [texts(table) for table in layout.tables] == [[list(row) for _, row in texts_at]]


def test_zebra_cells_reach_down_to_their_rows_tallest_cell() -> None:
    """A group cell filled down its sub-rows beside fills of the first sub-row only: the
    ruled row's short cells take the white sub-rows under them, which no cell holds."""
    header = [Cell(text, (x0, 80.0, x1, 95.0)) for text, (x0, x1) in
              zip(["Goal", "Strategies", "Lead"], COLUMNS, strict=True)]  # fmt: skip
    group = [Cell("1.1 Calm traffic", (50.0, 95.0, 150.0, 160.0)),
             Cell("1. Add bumps", (150.0, 95.0, 350.0, 110.0)),
             Cell("Works", (350.0, 95.0, 450.0, 110.0))]  # fmt: skip
    table = Table((50.0, 80.0, 450.0, 160.0), [header, list(group)])
    lines = [line("1.1 Calm traffic", x0=55, top=97), line("1. Add bumps", x0=155, top=97),
             line("Works", x0=355, top=97), line("2. Train drivers", x0=155, top=125),
             line("Files", x0=355, top=125)]  # fmt: skip
    assert texts(with_unfilled_rows(table, lines, []))[1:] == [
        ["1.1 Calm traffic", "1. Add bumps\n2. Train drivers", "Works\nFiles"]
    ]


def test_zebra_layout_a_filled_header_repeated_atop_each_page_is_still_a_header() -> None:
    """A table running over pages repeats its filled header in the pages' top band, where a
    running header would stand: its cells keep their text, and each page has its table."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    frames = [(x0, 40.0, x1, 55.0) for x0, x1 in COLUMNS]
    pages = []
    for number, goal in ((1, "1.1"), (2, "1.2")):
        cells = [("Goal", 42), ("Strategies", 42), ("Lead", 42)]
        cells += [(goal, 75), (f"Task {goal}", 75), ("Works", 75)]
        words = [w for (text, top), (x0, _) in zip(cells, COLUMNS * 2, strict=True)
                 for w in line(text, x0=x0 + 5, top=top, page=number).words]  # fmt: skip
        pages.append(PageContent(number, 612, 792, words, frames=frames))
    layouts = lay_out(Document(Path("zebra.pdf"), {}, pages))
    assert [texts(table) for layout in layouts for table in layout.tables] == [
        [["Goal", "Strategies", "Lead"], ["1.1", "Task 1.1", "Works"]],
        [["Goal", "Strategies", "Lead"], ["1.2", "Task 1.2", "Works"]],
    ]


def test_zebra_layout_a_ruled_row_of_items_under_a_table_is_no_new_table() -> None:
    """A filled row ruled on its own under a table, its words role words ("Objective",
    "Team", a date): its cells open list items, so it is no header of a new table but a row
    of the table above."""
    from pathlib import Path

    from planparse.layout import lay_out
    from planparse.types import Document, PageContent

    edges = [(50.0, 150.0), (150.0, 300.0), (300.0, 400.0), (400.0, 470.0)]
    rows = [
        (83, ["Goal", "Key Actions", "Lead", "Target Date"]),
        (100, ["Objective 1.1: Calm", "1. Add bumps", "Works", "2027"]),
        (140, ["Objective 1.2: Publish", "1. Post data", "Recruitment Team", "Q4 2029"]),
    ]
    words = [w for top, texts_ in rows for text, (x0, _) in zip(texts_, edges, strict=True)
             for w in line(text, x0=x0 + 5, top=top, size=8).words]  # fmt: skip

    def ruled(top: float, bottom: float, texts_: list[str]) -> list[Cell | None]:
        return [Cell(t, (x0, top, x1, bottom)) for t, (x0, x1) in zip(texts_, edges, strict=True)]

    header, first = ruled(80, 95, rows[0][1]), ruled(95, 112, rows[1][1])
    above = Table((50.0, 80.0, 470.0, 112.0), [header, first])
    below = Table((50.0, 135.0, 470.0, 155.0), [ruled(135, 155, rows[2][1])])
    frames = [(x0, 135.0, x1, 155.0) for x0, x1 in edges]
    page = PageContent(1, 612, 792, words, tables=[above, below], frames=frames)
    (layout,) = lay_out(Document(Path("zebra.pdf"), {}, [page]))
    assert [texts(table) for table in layout.tables] == [[row for _, row in rows]]
