"""The plan as one tidy CSV table: a row per node (pillar, goal, activity, milestone) with its
path, text, leads, printed fields and where it is printed (page, bbox in PDF points)."""

from __future__ import annotations

import csv
import io

from planparse.models import Plan
from planparse.nodes import entries
from planparse.report.to_csv import spreadsheet_cell

COLUMNS = (
    "agency", "level", "path", "number", "text", "description", "leads", "status", "updated",
    "period", "page", "x0", "top", "x1", "bottom",
)  # fmt: skip


def render_csv(plan: Plan) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries(plan):
        details = dict(entry.details)
        bbox = entry.source.bbox if entry.source else ("", "", "", "")
        row = [
            plan.agency or "",
            entry.level,
            entry.path,
            entry.number or "",
            entry.text,
            entry.description or "",
            "; ".join(entry.leads),
            details.get("status", ""),
            details.get("updated", ""),
            details.get("period", ""),
            entry.page or "",
            *bbox,
        ]
        writer.writerow([spreadsheet_cell(value) for value in row])
    return out.getvalue()
