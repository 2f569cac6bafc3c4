"""What a briefing says, as plain data for every renderer: the executive summary (plans,
the themes most and least shared, the commitments most shared, date and version), the theme x
plan "lacks" matrix, and how to name a commitment's plans compactly."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from planparse.compare import Comparison, SharedCluster
from planparse.version import VERSION

SUMMARY_ITEMS = 5
"""Themes and commitments named in the executive summary."""


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


def summary(comparison: Comparison, today: datetime.date) -> Summary:
    """Plans and agencies, the themes most and least shared, the commitments most shared."""
    shared = theme_reach(comparison)
    covered = [s for s in shared if s.agencies]
    ranked = sorted(comparison.clusters, key=lambda c: (-c.organisations, -len(c.items), c.id))
    home = comparison.home
    return Summary(
        date=today.isoformat(),
        version=VERSION,
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


def plans_in(comparison: Comparison, cluster: SharedCluster) -> str:
    """The plans in a cluster by short name, or "all but ..." when most plans are."""
    inside = set(cluster.agencies)
    names = [a.short for a in comparison.agencies if a.name in inside]
    missing = [a.short for a in comparison.agencies if a.name not in inside]
    if len(comparison.agencies) > 4 and len(missing) < len(names):
        return f"all but {', '.join(missing)}" if missing else "all"
    return ", ".join(names)
