"""The fast reader's ruled-table finder: each step on edges built here, and the whole finder
against pdfplumber's on drawn pages (the reference reader runs pdfplumber's own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from planparse import pdf, pdfium_reader, ruling
from planparse.ruling import edge


def grid(xs: list[float], ys: list[float]) -> list[ruling.Edge]:
    """Full ruling lines across and down at the given positions."""
    across = [edge(xs[0], y, xs[-1], y, "h") for y in ys]
    down = [edge(x, ys[0], x, ys[-1], "v") for x in xs]
    return across + down


def test_ruling_snaps_near_rules_to_their_mean() -> None:
    moved = ruling.merge_edges([edge(100, 10, 100, 50, "v"), edge(102, 60, 102, 90, "v")])
    assert [(e.x0, e.x1) for e in moved] == [(101.0, 101.0), (101.0, 101.0)]


def test_ruling_joins_pieces_of_one_rule_and_keeps_a_gap() -> None:
    joined = ruling.merge_edges([edge(0, 5, 40, 5, "h"), edge(42, 5, 90, 5, "h")])
    assert [(e.x0, e.x1, e.width) for e in joined] == [(0, 90, 90)]
    apart = ruling.merge_edges([edge(0, 5, 40, 5, "h"), edge(50, 5, 90, 5, "h")])
    assert len(apart) == 2


def test_ruling_grid_gives_its_cells_as_one_table() -> None:
    (cells,) = ruling.find_table_cells(grid([0, 50, 100], [0, 20, 40]))
    assert sorted(cells) == [(0, 0, 50, 20), (0, 20, 50, 40), (50, 0, 100, 20), (50, 20, 100, 40)]


def test_ruling_a_lone_box_is_no_table() -> None:
    assert ruling.find_table_cells(grid([0, 100], [0, 40])) == []


def test_ruling_two_grids_apart_are_two_tables_top_first() -> None:
    lower = grid([0, 50, 100], [300, 320, 340])
    upper = grid([0, 50, 100], [0, 20, 40])
    tables = ruling.find_table_cells(lower + upper)
    assert [min(c[1] for c in table) for table in tables] == [0, 300]


def test_ruling_rows_leave_room_for_a_merged_cell() -> None:
    cells = [(0, 0, 100, 20), (0, 20, 50, 40), (50, 20, 100, 40)]
    assert ruling.table_rows(cells) == [
        [(0, 0, 100, 20), None],
        [(0, 20, 50, 40), (50, 20, 100, 40)],
    ]


def test_ruling_cell_text_is_read_from_characters_by_their_middle() -> None:
    chars = [("A", 10.0, 5.0, 16.0, 15.0), ("B", 60.0, 25.0, 66.0, 35.0)]
    tables = ruling.ruled_tables(
        600,
        800,
        grid([0, 50, 100, 150], [0, 20, 40, 60]),  # 8 rules: fewer draw no table
        chars,
        lambda c: c[1:5],
        lambda found: "".join(c[0] for c in found),
    )
    (table,) = tables
    assert [[cell and cell.text for cell in row] for row in table.rows] == [
        ["A", "", ""],
        ["", "B", ""],
        ["", "", ""],
    ]


def uneven_tables(sheet: Canvas) -> None:
    """Two ruled tables: one with rules a point or two off and broken in places, a header
    cell across both columns, and a second grid below it."""
    sheet.setLineWidth(0.5)
    for y in (700, 680.8, 660, 641.5):
        sheet.line(72, y, 200, y)
        sheet.line(201.5, y, 400, y)  # broken just past the column rule
    for x, top in ((72, 700), (230.6, 680.8), (400, 700)):
        sheet.line(x, top, x, 641.5)
    sheet.line(231.8, 700, 231.8, 690)  # a stub above the header cell's rule, not a column
    sheet.setFont("Helvetica", 9)
    sheet.drawString(80, 688, "Objectives and owners")
    sheet.drawString(80, 668, "Open a wellness unit")
    sheet.drawString(240, 668, "Chief of Staff")
    sheet.drawString(80, 648, "Publish crash data")
    sheet.drawString(240, 648, "Traffic Bureau")
    for y in (500, 480, 460):
        sheet.line(72, y, 300, y)
    for x in (72, 150, 300):
        sheet.line(x, 500, x, 460)
    sheet.drawString(80, 486, "2025")
    sheet.drawString(160, 466, "Quarterly")


def test_ruling_finds_the_cells_pdfplumber_finds(tmp_path: Path) -> None:
    path = tmp_path / "tables.pdf"
    sheet = Canvas(str(path), pagesize=(612, 792))
    uneven_tables(sheet)
    sheet.showPage()
    sheet.save()
    reference = pdf.read_pdf(path).pages[0].tables
    fast = pdfium_reader.read_pdf(path).pages[0].tables
    assert len(reference) == len(fast) == 2
    for left, right in zip(reference, fast, strict=True):
        assert [[c and c.text for c in row] for row in left.rows] == [
            [c and c.text for c in row] for row in right.rows
        ]
        boxes = [[c and c.bbox for c in row] for row in right.rows]
        for row, fast_row in zip(left.rows, boxes, strict=True):
            for cell, fast_box in zip(row, fast_row, strict=True):
                assert (cell is None) == (fast_box is None)
                if cell is not None and fast_box is not None:
                    assert cell.bbox == pytest.approx(fast_box, abs=0.05)


def test_ruling_rules_past_the_outer_verticals_close_the_table_there(tmp_path: Path) -> None:
    """A table ruled between its columns only (rules under each row, verticals between the
    columns, none at the sides) keeps its outer columns, in both readers alike; a rule that
    crosses no vertical (a heading's underline) adds no side."""
    path = tmp_path / "inner.pdf"
    sheet = Canvas(str(path), pagesize=(612, 792))
    for y in (720, 700, 680, 660):
        sheet.line(50, y, 450, y)
    sheet.line(60, 760, 400, 760)
    for x in (150, 250, 350):
        sheet.line(x, 720, x, 660)
    rows = (
        ("Code", "Objective", "Target", "Owner"),
        ("C1", "Build trust", "85%", "CEU"),
        ("C2", "Reach youth", "90%", ""),
    )
    for y, row in zip((706, 686, 666), rows, strict=True):
        for x, text in zip((60, 160, 260, 360), row, strict=True):
            sheet.drawString(x, y, text)
    sheet.showPage()
    sheet.save()
    texts = [list(row) for row in rows]
    for read in (pdf.read_pdf, pdfium_reader.read_pdf):
        (table,) = read(path).pages[0].tables
        assert [[c and c.text for c in row] for row in table.rows] == texts
    sides = ruling.closed_sides(
        [ruling.edge(50, 92, 450, 92, "h"), ruling.edge(50, 132, 450, 132, "h")]
        + [ruling.edge(150, 92, 150, 132, "v")]
    )
    assert [(e.x0, e.top, e.bottom) for e in sides] == [(50, 92, 132), (450, 92, 132)]
