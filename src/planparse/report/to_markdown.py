"""The comparison as Markdown, for issues, wikis and diffs.

Document text is escaped so that it stays text: Markdown punctuation gets a backslash,
angle brackets and ampersands become entities (no raw HTML reaches a renderer).
"""

from __future__ import annotations

import datetime
import re

from planparse.compare import Comparison, Item
from planparse.report.briefing import Summary, lacks_matrix, summary

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md(text: str) -> str:
    """Escape document text for Markdown inline and table contexts."""
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def render_markdown(comparison: Comparison, *, today: datetime.date | None = None) -> str:
    labels = {theme.id: theme.label for theme in comparison.themes}
    brief = summary(comparison, today or datetime.date.today())
    parts = [
        "# Strategic plans side by side",
        f"Briefing of {brief.date}, planparse {brief.version}: {brief.plans} plans of "
        f"{brief.agencies} agencies, {len(comparison.clusters)} shared commitments.",
        _agencies(comparison),
        _summary(brief, labels),
        "## Theme coverage\n\nPillars, goals and activities per theme (share of the plan's items); "
        "**gap**: peers cover the theme, this plan does not.",
        _coverage(comparison),
        "## How specific is each plan?",
        _specificity(comparison),
        "## Shared commitments",
        *(_cluster(comparison, number, labels) for number in range(len(comparison.clusters))),
        "## What each plan lacks\n\nPer theme, how many of its shared commitments each plan is "
        "not part of; **gap**: nothing in the theme; -: not a full plan.",
        _lacks(comparison),
        "## Themes side by side",
        *(_theme(comparison, theme.id, theme.label) for theme in comparison.themes),
    ]
    if not comparison.clusters:
        parts.insert(parts.index("## Shared commitments") + 1, "No item aligns across plans.")
    if comparison.skipped:
        parts.append("Not included: " + "; ".join(md(reason) for reason in comparison.skipped))
    return "\n\n".join(parts) + "\n"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _agencies(c: Comparison) -> str:
    rows = [
        [md(a.name), md(a.title or ""), f"{a.period.start}-{a.period.end}" if a.period else "",
         str(a.pillars), str(a.goals), str(a.activities)]
        for a in c.agencies
    ]  # fmt: skip
    return _table(["Plan", "Title", "Period", "Pillars", "Goals", "Activities"], rows)


def _coverage(c: Comparison) -> str:
    rows = []
    for theme in c.themes:
        row = [md(theme.label)]
        for a in c.agencies:
            cell = c.cell(theme.id, a.name)
            gap = theme.id in c.gaps[a.name]
            row.append(
                "**gap**" if gap else f"{cell.items} ({cell.share:.0%})" if cell.items else ""
            )
        rows.append(row)
    return _table(["Theme", *(md(a.short) for a in c.agencies)], rows)


def _specificity(c: Comparison) -> str:
    rows = [
        [md(a.short), str(a.specificity.actions), f"{a.specificity.with_lead:.0%}",
         f"{a.specificity.with_date:.0%}", f"{a.specificity.with_target:.0%}"]
        for a in c.agencies
    ]  # fmt: skip
    header = ["Plan", "Actions", "With a lead", "With a dated milestone", "With a target"]
    return _table(header, rows)


def _cluster(c: Comparison, index: int, labels: dict[str, str]) -> str:
    cluster = c.clusters[index]
    theme = f" ({md(labels[cluster.theme])})" if cluster.theme else ""
    lines = [f"### {cluster.id}. {md(cluster.label)}{theme}", ""]
    lines += [
        f"- **{md(item.agency)}** ({item.level}{_page(item)}, "
        f"score {cluster.scores[item.id]:.0f}): {md(item.text)}"
        for item in map(c.item, cluster.items)
    ]
    return "\n".join(lines)


def _summary(brief: Summary, labels: dict[str, str]) -> str:
    most = "; ".join(f"{md(s.label)} ({s.agencies})" for s in brief.most_shared)
    least = "; ".join(f"{md(s.label)} ({s.agencies})" for s in brief.least_shared)
    top = "; ".join(f"{md(c.label)} ({c.organisations})" for c in brief.top_commitments)
    lines = [
        f"- Themes most shared (agencies): {most or 'none'}",
        f"- Themes least shared: {least or 'none'}",
        f"- Commitments most shared: {top or 'none'}",
    ]
    if brief.partial:
        lines.append(
            "- Not judged for gaps: " + "; ".join(f"{md(n)} ({w})" for n, w in brief.partial)
        )
    if brief.home_lacks or brief.home_gaps:
        gaps = ", ".join(md(labels[t]) for t in brief.home_gaps) or "none"
        lacks = "; ".join(md(c.label) for c in brief.home_lacks) or "none"
        lines.append(f"- Peers' themes the home plan lacks: {gaps}; their commitments: {lacks}")
    return "\n".join(lines)


def _lacks(c: Comparison) -> str:
    rows = [
        [f"{md(row.label)} ({row.shared})",
         *(("**gap**" if cell.kind == "gap" else cell.label) for cell in row.cells)]
        for row in lacks_matrix(c)
    ]  # fmt: skip
    if not rows:
        return "No plan lacks anything its peers share."
    return _table(["Theme (shared commitments)", *(md(a.short) for a in c.agencies)], rows)


def _theme(c: Comparison, theme: str, label: str) -> str:
    lines = [f"### {md(label)}", ""]
    for agency, items in c.side_by_side(theme).items():
        if not items:
            lines.append(f"- **{md(agency)}**: no commitment")
            continue
        lines.append(f"- **{md(agency)}**")
        lines += [f"  - {md(item.text)} ({item.level}{_page(item)})" for item in items]
    return "\n".join(lines)


def _page(item: Item) -> str:
    return f", p. {item.page}" if item.page else ""
