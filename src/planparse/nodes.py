"""A plan's nodes in reading order with their path ('2.1.3'), the one walk every view uses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from planparse.models import Activity, Goal, Milestone, Pillar, Plan, Source

Node = Pillar | Goal | Activity | Milestone


@dataclass(frozen=True)
class Entry:
    """One node as the views show it: what it is, where it sits, what it says, who leads it."""

    level: str  # pillar | goal | activity | milestone
    path: str
    node: Node

    @property
    def depth(self) -> int:
        return self.path.count(".")

    @property
    def text(self) -> str:
        return self.node.title if isinstance(self.node, Pillar | Goal) else self.node.text

    @property
    def number(self) -> str | None:
        return None if isinstance(self.node, Milestone) else self.node.number

    @property
    def description(self) -> str | None:
        return self.node.description if isinstance(self.node, Pillar | Goal) else None

    @property
    def leads(self) -> list[str]:
        if isinstance(self.node, Milestone):
            return [self.node.lead] if self.node.lead else []
        return [] if isinstance(self.node, Pillar) else self.node.leads

    @property
    def details(self) -> list[tuple[str, str]]:
        """Printed fields besides text and leads: status, updated, a milestone's period."""
        node = self.node
        if isinstance(node, Goal):
            pairs = [("status", node.status), ("updated", node.updated)]
        elif isinstance(node, Milestone):
            pairs = [("period", node.period)]
        else:
            pairs = []
        return [(name, value) for name, value in pairs if value]

    @property
    def source(self) -> Source | None:
        return self.node.source

    @property
    def page(self) -> int | None:
        return self.node.source.page if self.node.source else None


def entries(plan: Plan) -> Iterator[Entry]:
    """Every node, parents before children."""
    for p, pillar in enumerate(plan.pillars, 1):
        yield Entry("pillar", f"{p}", pillar)
        for g, goal in enumerate(pillar.goals, 1):
            yield Entry("goal", f"{p}.{g}", goal)
            for a, activity in enumerate(goal.activities, 1):
                yield Entry("activity", f"{p}.{g}.{a}", activity)
                for m, milestone in enumerate(activity.milestones, 1):
                    yield Entry("milestone", f"{p}.{g}.{a}.{m}", milestone)
