"""The plan as a Markdown outline: headings for pillars and goals, a list of activities with
their milestones, leads and pages inline; warnings first. Text is escaped as the comparison
report escapes it (``report.to_markdown.md``)."""

from __future__ import annotations

from planparse.models import Plan
from planparse.nodes import Entry, entries
from planparse.report.to_markdown import md


def render_markdown(plan: Plan) -> str:
    title = plan.title or plan.agency or "Untitled plan"
    lines = [f"# {md(title)}", ""]
    facts = [md(plan.agency)] if plan.agency and plan.agency != title else []
    if plan.period:
        facts.append(f"{plan.period.start}-{plan.period.end}")
    if plan.document is not None:
        facts.append(f"from {md(plan.document.file)} ({plan.document.pages} pages)")
    if facts:
        lines += [" · ".join(facts), ""]
    if plan.warnings:
        lines += ["**Warnings**", "", *(f"- {md(warning)}" for warning in plan.warnings), ""]
    for field in ("mission", "vision"):
        value = getattr(plan, field)
        if value:
            lines += [f"**{field.capitalize()}:** {md(value)}", ""]
    if plan.values:
        lines += ["**Values:** " + ", ".join(md(value) for value in plan.values), ""]
    for entry in entries(plan):
        lines += block(entry)
    return "\n".join(lines).rstrip() + "\n"


def block(entry: Entry) -> list[str]:
    """The lines of one node: a heading for a pillar or goal, a list item below them."""
    number = f"{md(entry.number)} " if entry.number else ""
    tail = facts(entry)
    if entry.level in ("pillar", "goal"):
        hashes = "##" if entry.level == "pillar" else "###"
        lines = ["", f"{hashes} {number}{md(entry.text)}", ""]
        lines += [tail, ""] if tail else []
        lines += [md(entry.description), ""] if entry.description else []
        return lines
    indent = "" if entry.level == "activity" else "  "
    period = dict(entry.details).get("period") if entry.level == "milestone" else None
    when = f"**{md(period)}** " if period else ""
    return [f"{indent}- {number}{when}{md(entry.text)}{' — ' + tail if tail else ''}"]


def facts(entry: Entry) -> str:
    """Leads, status, updated and page, as '*lead: X · p. 4*'."""
    parts = [f"lead: {'; '.join(md(lead) for lead in entry.leads)}"] if entry.leads else []
    if entry.level == "goal":
        parts += [f"{name}: {md(value)}" for name, value in entry.details]
    if entry.page is not None:
        parts.append(f"p. {entry.page}")
    return f"*{' · '.join(parts)}*" if parts else ""
