"""The plan as an outline for the terminal (``planparse show``): a rich Tree of pillars >
goals > activities, leads and milestones inline, warnings at the end.

Document text goes in as ``Text`` objects, never as markup, so a title like '[bold]' or
'[link=...]' prints as it reads.
"""

from __future__ import annotations

from planparse.models import Plan
from planparse.nodes import Entry, entries
from planparse.terminal import Group, RenderableType, Text, Tree, print_renderable

STYLES = {"pillar": "bold", "goal": "bold cyan", "activity": "", "milestone": "dim"}


def print_outline(plan: Plan) -> None:
    """The outline on stdout, in colour on a terminal; long lines wrap under their branch."""
    print_renderable(outline(plan))


def outline(plan: Plan) -> RenderableType:
    root = Tree(heading(plan))
    branches: dict[str, Tree] = {"": root}
    for entry in entries(plan):
        parent = branches[entry.path.rpartition(".")[0]]
        branches[entry.path] = parent.add(label(entry))
    parts: list[RenderableType] = [root]
    if plan.warnings:
        warnings = Text("warnings:", style="bold yellow")
        for warning in plan.warnings:
            warnings.append(f"\n  - {warning}", style="yellow")
        parts.append(warnings)
    return Group(*parts)


def heading(plan: Plan) -> Text:
    text = Text(plan.agency or plan.title or "(untitled plan)", style="bold")
    if plan.agency and plan.title:
        text.append(f" — {plan.title}")
    if plan.period:
        text.append(f" ({plan.period.start}-{plan.period.end})")
    counts = [
        f"{len(plan.pillars)} pillars",
        f"{sum(len(p.goals) for p in plan.pillars)} goals",
        f"{sum(len(g.activities) for p in plan.pillars for g in p.goals)} activities",
    ]
    text.append(f"  [{plan.kind}: {', '.join(counts)}]", style="dim")
    if plan.document is not None:
        text.append(f"\nfrom {plan.document.file}, {plan.document.pages} pages", style="dim")
    return text


def label(entry: Entry) -> Text:
    text = Text()
    if entry.number:
        text.append(f"{entry.number} ", style="bold")
    if entry.level == "milestone" and entry.details:
        text.append(f"{entry.details[0][1]}: ", style="magenta")
    text.append(entry.text, style=STYLES[entry.level])
    if entry.leads:
        text.append(f"  lead: {'; '.join(entry.leads)}", style="green")
    for name, value in entry.details if entry.level != "milestone" else []:
        text.append(f"  {name}: {value}", style="blue")
    if entry.page is not None:
        text.append(f"  p. {entry.page}", style="dim")
    return text
