"""A spreadsheet printed to PDF: levels read from column values repeated on every row."""

from __future__ import annotations

from planparse.recognisers.sheet import Sheet
from planparse.structure import Contents
from planparse.types import Block, Cell, Table

HEADER = ["No.", "Area", "Aim", "Ref", "Action Step", "Owner", "Due"]
ROWS = [
    [
        "1",
        "Safe Streets",
        "Cut speeding",
        "A1",
        "Add two radar trailers",
        "Traffic Unit",
        "Q3 2026",
    ],
    ["1", "Safe Streets", "Cut speeding", "A2", "Paint school zones", "Roads; Patrol", "Ongoing"],
    ["1", "Safe Streets", "Calm corridors", "A3", "Map crash corridors", "Traffic Unit", "2027"],
    ["2", "Trust", "Listen more", "A4", "Hold ward meetings", "Chief's Office", "FY27"],
    ["2", "Trust", "Listen more", "A5", "Publish survey results", "Chief's Office", "2028"],
]


def sheet(rows: list[list[str]], page: int = 1) -> Block:
    cells: list[list[Cell | None]] = [[Cell(t, (0.0, 0.0, 9.0, 9.0)) for t in r] for r in rows]
    return Block(kind="table", lines=[], table=Table((0.0, 0.0, 9.0, 9.0), cells), table_page=page)


def outline(blocks: list[Block]) -> list:
    pillars = Sheet().build(blocks, Contents(entries=[])).pillars
    return [
        (
            p.number,
            p.title,
            [
                (
                    g.title,
                    [
                        (a.number, a.text, a.leads, [m.period for m in a.milestones])
                        for a in g.activities
                    ],
                )
                for g in p.goals
            ],
        )
        for p in pillars
    ]


def test_sheet_levels_are_the_repeated_columns_each_value_once() -> None:
    # the header repeats on page 2; the goal 'Listen more' continues there
    # a table of another header (a glossary) before the sheet is not part of it
    glossary = sheet([["Term", "Meaning"], ["RMS", "Records Management System"]])
    blocks = [glossary, sheet([HEADER, *ROWS[:4]]), sheet([HEADER, ROWS[4]], page=2)]
    assert Sheet().detect(blocks) == 1.0
    assert outline(blocks) == [
        (
            "1",
            "Safe Streets",
            [
                (
                    "Cut speeding",
                    [
                        ("A1", "Add two radar trailers", ["Traffic Unit"], ["2026"]),
                        ("A2", "Paint school zones", ["Roads", "Patrol"], [None]),
                    ],
                ),
                ("Calm corridors", [("A3", "Map crash corridors", ["Traffic Unit"], ["2027"])]),
            ],
        ),
        (
            "2",
            "Trust",
            [
                (
                    "Listen more",
                    [
                        ("A4", "Hold ward meetings", ["Chief's Office"], ["2027"]),
                        ("A5", "Publish survey results", ["Chief's Office"], ["2028"]),
                    ],
                )
            ],
        ),
    ]


def test_sheet_needs_values_that_run_in_blocks() -> None:
    # a value that comes back after another is no level: a plain table of actions
    back = [
        [*r[:2], "Cut speeding" if i % 2 else "Listen more", *r[3:]] for i, r in enumerate(ROWS)
    ]
    assert Sheet().detect([sheet([HEADER, *back])]) == 0.0
    # a group printed once (blank below) is no sheet either
    blank = [ROWS[0], *[[r[0], "", *r[2:]] for r in ROWS[1:]]]
    assert Sheet().detect([sheet([HEADER, *blank])]) == 0.0
