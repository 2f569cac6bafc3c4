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
