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
from collections import Counter
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from jinja2 import Environment, PackageLoader, StrictUndefined

from planparse.compare import Comparison, Item, SharedCluster

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
SUMMARY_ITEMS = 5
"""Themes and commitments named in the executive summary."""
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


@dataclass(frozen=True)
class LacksCell:
    label: str
    kind: str  # "gap", "lacks", "has", "partial"
    tooltip: str


@dataclass(frozen=True)
class LacksRow:
    theme: str
    label: str
    shared: int
    cells: list[LacksCell]


@dataclass(frozen=True)
class Shared:
    """A theme and the number of agencies (editions counted once) with items in it."""

    theme: str
    label: str
    agencies: int


@dataclass(frozen=True)
class Summary:
    """The executive summary: what the first page says."""

    date: str
    version: str
    plans: int
    agencies: int
    partial: list[tuple[str, str]]
    most_shared: list[Shared]
    least_shared: list[Shared]
    top_commitments: list[SharedCluster]
    home_lacks: list[SharedCluster]
    home_gaps: list[str]


def render_html(comparison: Comparison, *, today: datetime.date | None = None) -> str:
    """The full briefing page; ``today`` dates it (default: the current date)."""
    template = _environment().get_template("report.html.j2")
    ordered = sorted(comparison.clusters, key=lambda c: (-c.organisations, -len(c.items), c.id))
    return template.render(
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


def planparse_version() -> str:
    try:
        return version("planparse")
    except PackageNotFoundError:
        return "unknown"


def summary(comparison: Comparison, today: datetime.date) -> Summary:
    """Plans and agencies, the themes most and least shared, the commitments most shared."""
    shared = theme_reach(comparison)
    covered = [s for s in shared if s.agencies]
    ranked = sorted(comparison.clusters, key=lambda c: (-c.organisations, -len(c.items), c.id))
    home = comparison.home
    return Summary(
        date=today.isoformat(),
        version=planparse_version(),
        plans=len(comparison.agencies),
        agencies=len({a.organisation for a in comparison.agencies}),
        partial=[(a.name, a.partial) for a in comparison.agencies if a.partial],
        most_shared=sorted(covered, key=lambda s: -s.agencies)[:SUMMARY_ITEMS],
        least_shared=sorted(shared, key=lambda s: s.agencies)[:SUMMARY_ITEMS],
        top_commitments=ranked[:SUMMARY_ITEMS],
        home_lacks=[c for c in ranked if c in comparison.lacks(home)][:10] if home else [],
        home_gaps=list(comparison.gaps.get(home, [])) if home else [],
    )


def theme_reach(comparison: Comparison) -> list[Shared]:
    """Per theme (taxonomy order), how many agencies have an item in it."""
    organisation = {a.name: a.organisation for a in comparison.agencies}
    reach = []
    for theme in comparison.themes:
        agencies = {
            organisation[cell.agency]
            for cell in comparison.coverage
            if cell.theme == theme.id and cell.items
        }
        reach.append(Shared(theme.id, theme.label, len(agencies)))
    return reach


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


def lacks_matrix(comparison: Comparison) -> list[LacksRow]:
    """Theme x plan: how many of the theme's shared commitments the plan is not part of.

    'gap' where peers cover the theme and the plan has nothing in it; partial plans (excerpts,
    pillars only) are not judged.
    """
    by_theme = Counter(c.theme for c in comparison.clusters)
    rows = []
    for theme in comparison.themes:
        if not by_theme[theme.id] and not any(theme.id in g for g in comparison.gaps.values()):
            continue
        cells = []
        for agency in comparison.agencies:
            lacking = [c for c in comparison.lacks(agency.name) if c.theme == theme.id]
            if agency.partial:
                cells.append(LacksCell("–", "partial", f"{agency.name}: {agency.partial}"))
            elif theme.id in comparison.gaps[agency.name]:
                cells.append(LacksCell("!", "gap", f"{agency.name} has nothing on {theme.label}"))
            elif lacking:
                names = "; ".join(c.label for c in lacking)
                cells.append(LacksCell(str(len(lacking)), "lacks", f"{agency.name} lacks: {names}"))
            else:
                cells.append(LacksCell("·", "has", f"{agency.name}: none lacking"))
        rows.append(LacksRow(theme.id, theme.label, by_theme[theme.id], cells))
    return rows


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


def plans_in(comparison: Comparison, cluster: SharedCluster) -> str:
    """The plans in a cluster by short name, or "all but ..." when most plans are."""
    inside = set(cluster.agencies)
    names = [a.short for a in comparison.agencies if a.name in inside]
    missing = [a.short for a in comparison.agencies if a.name not in inside]
    if len(comparison.agencies) > 4 and len(missing) < len(names):
        return f"all but {', '.join(missing)}" if missing else "all"
    return ", ".join(names)


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
