"""The comparison as one self-contained HTML page: inline CSS and SVG, no script, no network.

Geometry (heatmap cells, bar lengths) is computed here as plain data, so the template only
draws. Jinja2 autoescaping is on for everything: every document string reaches the page
escaped, in text and in attributes alike.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined

from planparse.compare import Comparison, Item

LABEL_WIDTH = 250
CELL_WIDTH = 96
CELL_HEIGHT = 30
HEADER_HEIGHT = 62
FULL_SHARE = 0.3
"""Share of an agency's items at which a heatmap cell reaches the darkest colour."""
LIGHT, DARK = (239, 246, 255), (30, 64, 175)
PALETTE = (
    "#2563eb", "#0891b2", "#7c3aed", "#db2777", "#ea580c", "#16a34a", "#ca8a04",
    "#dc2626", "#9333ea", "#0d9488", "#4f46e5", "#65a30d", "#c026d3", "#475569",
)  # fmt: skip
METRICS = (
    ("with_lead", "with a lead", "#2563eb"),
    ("with_date", "with a dated milestone", "#059669"),
    ("with_target", "with a measurable target", "#d97706"),
)


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
    columns: list[tuple[int, list[str], str]]  # x centre, label lines, full name
    rows: list[tuple[int, str, str]]  # y centre, theme label, description
    cells: list[HeatCell]


@dataclass(frozen=True)
class Bar:
    y: int
    length: int
    colour: str
    label: str
    tooltip: str


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    groups: list[tuple[int, str, str]]  # y of the group label, short name, "n actions"
    bars: list[Bar]
    scale: int


@dataclass(frozen=True)
class GoalGroup:
    """A goal in a side-by-side cell with its activities in the theme (the goal may not be)."""

    title: str
    page: int | None
    in_theme: bool
    leads: list[str]
    activities: list[Item]


@dataclass(frozen=True)
class Cell:
    """One agency's entries in one theme: pillars named for it, then goal groups."""

    pillars: list[Item]
    groups: list[GoalGroup]


def render_html(comparison: Comparison) -> str:
    """The full report page."""
    template = _environment().get_template("report.html.j2")
    return template.render(
        c=comparison,
        heatmap=heatmap(comparison),
        chart=specificity_chart(comparison),
        colours=theme_colours(comparison),
        labels={theme.id: theme.label for theme in comparison.themes},
        shorts={agency.name: agency.short for agency in comparison.agencies},
        metrics=METRICS,
        full_share=FULL_SHARE,
        label_width=LABEL_WIDTH,
        side_by_side=side_by_side(comparison),
    )


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("planparse.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["percent"] = lambda share: f"{share:.0%}"
    environment.filters["plural"] = plural
    return environment


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 pillar', '5 pillars', '2 activities'."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"


def heatmap(comparison: Comparison) -> Heatmap:
    """Theme x agency cells: count of items, colour by their share of the agency's items."""
    columns = [
        (LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH // 2, _lines(a.short), a.name)
        for i, a in enumerate(comparison.agencies)
    ]
    rows = [
        (HEADER_HEIGHT + i * CELL_HEIGHT + CELL_HEIGHT // 2, t.label, t.description)
        for i, t in enumerate(comparison.themes)
    ]
    cells = []
    for row, theme in enumerate(comparison.themes):
        for col, agency in enumerate(comparison.agencies):
            cell = comparison.cell(theme.id, agency.name)
            gap = theme.id in comparison.gaps.get(agency.name, [])
            fill, ink = _colour(cell.share)
            cells.append(
                HeatCell(
                    x=LABEL_WIDTH + col * CELL_WIDTH,
                    y=HEADER_HEIGHT + row * CELL_HEIGHT,
                    fill="#fff7ed" if gap else fill,
                    ink="#9a3412" if gap else ink,
                    label="gap" if gap else (str(cell.items) if cell.items else "·"),
                    tooltip=f"{agency.name} · {theme.label}: {cell.items} pillars, goals or "
                    f"activities ({cell.share:.0%} of its items)"
                    + (" — peers have this theme" if gap else ""),
                    gap=gap,
                )
            )
    width = LABEL_WIDTH + CELL_WIDTH * len(comparison.agencies) + 2
    return Heatmap(
        width, HEADER_HEIGHT + CELL_HEIGHT * len(comparison.themes) + 2, columns, rows, cells
    )


def _lines(name: str) -> list[str]:
    """At most two lines that fit a cell; a cut second line ends in an ellipsis."""
    lines = textwrap.wrap(name, 12) or [name]
    if len(lines) > 2:
        lines = [lines[0], f"{lines[1][:11]}…"]
    return lines


def _colour(share: float) -> tuple[str, str]:
    """Fill interpolated from light to dark blue; white ink on dark fills."""
    t = min(1.0, share / FULL_SHARE) ** 0.7 if share > 0 else 0.0
    rgb = [round(a + (b - a) * t) for a, b in zip(LIGHT, DARK, strict=True)]
    fill = "#ffffff" if share == 0 else "#{:02x}{:02x}{:02x}".format(*rgb)
    return fill, "#ffffff" if t > 0.55 else "#1e293b"


def specificity_chart(comparison: Comparison) -> BarChart:
    """Per agency a name line and three bars: shares of actions with a lead, date, target."""
    scale, bar, gap, name_line = 230, 13, 5, 20
    group_height = name_line + len(METRICS) * (bar + gap) + 12
    groups, bars = [], []
    for i, agency in enumerate(comparison.agencies):
        top = i * group_height
        spec = agency.specificity
        groups.append((top + 14, agency.short, f"{spec.actions} actions"))
        for j, (field, label, colour) in enumerate(METRICS):
            share = getattr(spec, field)
            bars.append(
                Bar(
                    y=top + name_line + j * (bar + gap),
                    length=round(share * scale),
                    colour=colour,
                    label=f"{share:.0%}",
                    tooltip=f"{agency.name}: {share:.0%} of {spec.actions} actions {label}",
                )
            )
    return BarChart(scale + 44, group_height * len(comparison.agencies), groups, bars, scale)


def theme_colours(comparison: Comparison) -> dict[str, str]:
    return {t.id: PALETTE[i % len(PALETTE)] for i, t in enumerate(comparison.themes)}


def side_by_side(comparison: Comparison) -> dict[str, dict[str, Cell]]:
    """theme -> agency -> its pillars and goal groups in the theme, for the per-theme tables."""
    return {
        theme.id: {
            agency: _cell(comparison, items)
            for agency, items in comparison.side_by_side(theme.id).items()
        }
        for theme in comparison.themes
    }


def _cell(comparison: Comparison, items: list[Item]) -> Cell:
    groups: dict[str, GoalGroup] = {}
    for item in items:
        if item.level == "pillar":
            continue
        goal_id = item.id if item.level == "goal" else item.id.rsplit(".", 1)[0]
        if goal_id not in groups:
            goal = comparison.item(goal_id)
            groups[goal_id] = GoalGroup(
                title=goal.text,
                page=goal.page,
                in_theme=item.level == "goal",
                leads=goal.leads,
                activities=[],
            )
        if item.level == "activity":
            groups[goal_id].activities.append(item)
    pillars = [item for item in items if item.level == "pillar"]
    return Cell(pillars=pillars, groups=list(groups.values()))
