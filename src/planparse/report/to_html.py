"""The comparison as one self-contained HTML briefing: inline CSS and SVG, no script, no network.

The first printed page stands alone (executive summary); figures are sized for the printable
width of an A4 or Letter page (``PRINT_WIDTH``) for up to 20 plans; long lists fold into
``<details>`` that print closed, so the printed briefing stays short. Geometry (heatmap cells,
bar lengths) and the summary are computed here as plain data, so the template only draws.
Jinja2 autoescaping is on for everything: every document string reaches the page escaped, in
text and in attributes alike.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from planparse.compare import Comparison, Item
from planparse.report.briefing import lacks_matrix, plans_in, summary
from planparse.templates import render

PRINT_WIDTH = 680
"""CSS pixels across an A4 page with 15 mm margins (Letter is a little wider)."""
LABEL_WIDTH = 210
MAX_CELL = 96
MIN_CELL = 22
CELL_HEIGHT = 24
FLAT_HEADER = 44
"""Header height when plan names fit across their columns, on two lines."""
NAME_CHARS = 22
"""Longest plan name printed up a narrow column."""
FULL_SHARE = 0.3
"""Share of an agency's items at which a heatmap cell reaches the darkest colour."""
TOP_COMMITMENTS = 25
"""Shared commitments listed in the main table; the rest fold away."""
LIGHT, DARK = (239, 246, 255), (30, 64, 175)
PALETTE = (
    "#2563eb", "#0891b2", "#7c3aed", "#db2777", "#ea580c", "#16a34a", "#ca8a04",
    "#dc2626", "#9333ea", "#0d9488", "#4f46e5", "#65a30d", "#c026d3", "#475569",
)  # fmt: skip
METRICS = (
    ("with_lead", "lead", "#2563eb"),
    ("with_date", "dated milestone", "#059669"),
    ("with_target", "measurable target", "#d97706"),
)
OWN_TEXT = ("title", "text", "description")


@dataclass(frozen=True)
class HeatCell:
    x: int
    y: int
    fill: str
    ink: str
    label: str
    tooltip: str
    gap: bool


@dataclass(frozen=True)
class Heatmap:
    width: int
    height: int
    cell: int
    header: int
    rotated: bool
    columns: list[tuple[int, list[str], str]]  # x centre, label lines, full name
    rows: list[tuple[int, str, str]]  # y centre, theme label, description
    cells: list[HeatCell]


def render_html(comparison: Comparison, *, today: datetime.date | None = None) -> str:
    """The full briefing page; ``today`` dates it (default: the current date)."""
    ordered = sorted(comparison.clusters, key=lambda c: (-c.organisations, -len(c.items), c.id))
    context = dict(
        c=comparison,
        summary=summary(comparison, today or datetime.date.today()),
        heatmap=heatmap(comparison),
        lacks=lacks_matrix(comparison),
        colours=theme_colours(comparison),
        labels={theme.id: theme.label for theme in comparison.themes},
        shorts={agency.name: agency.short for agency in comparison.agencies},
        metrics=METRICS,
        full_share=FULL_SHARE,
        label_width=LABEL_WIDTH,
        clusters=ordered[:TOP_COMMITMENTS],
        more_clusters=ordered[TOP_COMMITMENTS:],
        drill=drill_down(comparison),
        cue=cue,
        deadline=deadline,
        plans_in=lambda cluster: plans_in(comparison, cluster),
    )
    return render("planparse.report", "report.html.j2", context, filters=FILTERS)


def percent(share: float) -> str:
    """0.35 as '35%'."""
    return f"{share:.0%}"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 pillar', '5 pillars', '2 activities'."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"


FILTERS: dict[str, Callable[..., str]] = {"percent": percent, "plural": plural}


def heatmap(comparison: Comparison) -> Heatmap:
    """Theme x plan cells sized to the printable width: count of items, colour by share."""
    n = max(1, len(comparison.agencies))
    cell = max(MIN_CELL, min(MAX_CELL, (PRINT_WIDTH - LABEL_WIDTH) // n))
    rotated = cell < 80
    header = 8 + 6 * NAME_CHARS if rotated else FLAT_HEADER
    columns = [
        (LABEL_WIDTH + i * cell + cell // 2, _lines(a.short, rotated), a.name)
        for i, a in enumerate(comparison.agencies)
    ]
    rows = [
        (header + i * CELL_HEIGHT + CELL_HEIGHT // 2, t.label, t.description)
        for i, t in enumerate(comparison.themes)
    ]
    cells = []
    for row, theme in enumerate(comparison.themes):
        for col, agency in enumerate(comparison.agencies):
            found = comparison.cell(theme.id, agency.name)
            gap = theme.id in comparison.gaps.get(agency.name, [])
            fill, ink = _colour(found.share)
            cells.append(
                HeatCell(
                    x=LABEL_WIDTH + col * cell,
                    y=header + row * CELL_HEIGHT,
                    fill="#fff7ed" if gap else fill,
                    ink="#9a3412" if gap else ink,
                    label=("gap" if cell >= 40 else "!")
                    if gap
                    else (str(found.items) if found.items else "·"),
                    tooltip=f"{agency.name} · {theme.label}: {found.items} pillars, goals or "
                    f"activities ({found.share:.0%} of its items)"
                    + (" — peers have this theme" if gap else ""),
                    gap=gap,
                )
            )
    width = LABEL_WIDTH + cell * len(comparison.agencies) + 2
    height = header + CELL_HEIGHT * len(comparison.themes) + 2
    return Heatmap(width, height, cell, header, rotated, columns, rows, cells)


def _lines(name: str, rotated: bool) -> list[str]:
    """One line up a narrow column, else at most two across; cut text ends in an ellipsis."""
    if rotated:
        return [name if len(name) <= NAME_CHARS else f"{name[: NAME_CHARS - 1]}…"]
    words, lines = name.split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + len(word) >= 13:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    if len(lines) > 2:
        lines = [lines[0], f"{lines[1][:11]}…"]
    return lines


def _colour(share: float) -> tuple[str, str]:
    """Fill interpolated from light to dark blue; white ink on dark fills."""
    t = min(1.0, share / FULL_SHARE) ** 0.7 if share > 0 else 0.0
    rgb = [round(a + (b - a) * t) for a, b in zip(LIGHT, DARK, strict=True)]
    fill = "#ffffff" if share == 0 else "#{:02x}{:02x}{:02x}".format(*rgb)
    return fill, "#ffffff" if t > 0.55 else "#1e293b"


def theme_colours(comparison: Comparison) -> dict[str, str]:
    return {t.id: PALETTE[i % len(PALETTE)] for i, t in enumerate(comparison.themes)}


def drill_down(comparison: Comparison) -> dict[str, list[tuple[str, list[Item]]]]:
    """theme -> [(plan, its goals and activities in the theme)] for plans that have any."""
    result = {}
    for theme in comparison.themes:
        groups = [
            (agency, [item for item in items if item.level != "pillar"])
            for agency, items in comparison.side_by_side(theme.id).items()
        ]
        result[theme.id] = [(agency, items) for agency, items in groups if items]
    return result


def cue(item: Item, theme: str) -> str:
    """Why the item has this theme: the phrase matched in its own text, else where from."""
    for score in item.themes:
        if score.theme == theme and score.evidence:
            own = [e.phrase for e in score.evidence if e.where in OWN_TEXT]
            return f"“{own[0]}”" if own else f"from its {score.evidence[0].where}"
    return ""


def deadline(item: Item) -> str | None:
    """The latest dated milestone period of an item, if any."""
    periods = [m.period for m in item.milestones if m.period]
    return max(periods) if periods else None
