"""The comparison as one tidy CSV table for spreadsheets and pandas.

One row per item (pillar, goal, activity), or one per milestone for activities that have
milestones, so every cell holds a single value; ``item_id`` groups the rows of one item.
"""

from __future__ import annotations

import csv
import io

from planparse.compare import Comparison, Item
from planparse.models import Milestone

COLUMNS = (
    "agency", "item_id", "level", "number", "pillar", "goal", "activity", "milestone_period",
    "milestone", "lead", "theme", "score", "themes", "cluster", "page",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(comparison: Comparison) -> str:
    clusters = {item_id: c.id for c in comparison.clusters for item_id in c.items}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in comparison.items:
        milestones: list[Milestone | None] = [*item.milestones] or [None]
        for milestone in milestones:
            writer.writerow(
                [spreadsheet_cell(value) for value in _row(item, milestone, clusters.get(item.id))]
            )
    return out.getvalue()


def _row(item: Item, milestone: Milestone | None, cluster: int | None) -> list[object]:
    top = item.themes[0] if item.themes else None
    lead = milestone.lead if milestone and milestone.lead else "; ".join(item.leads)
    return [
        item.agency,
        item.id,
        item.level,
        item.number or "",
        item.pillar,
        item.goal or "",
        item.text if item.level == "activity" else "",
        milestone.period or "" if milestone else "",
        milestone.text if milestone else "",
        lead,
        top.theme if top else "",
        top.score if top else "",
        ";".join(item.theme_ids),
        cluster or "",
        item.page or "",
    ]


def spreadsheet_cell(value: object) -> object:
    """Neutralise text a spreadsheet would run as a formula ('=HYPERLINK(...)')."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return f"'{value}"
    return value
