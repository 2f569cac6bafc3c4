"""Put several departments' plans side by side: themes, shared commitments, gaps, specificity.

``compare(plans)`` flattens every plan into items (pillars, goals, activities), classifies
them into the taxonomy's themes, aligns similar goals and activities across agencies into
clusters, and measures how specific each plan is. The result is one pydantic ``Comparison``
that the reports (HTML, Markdown, CSV) render without further computation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planparse.models import Activity, Goal, Milestone, Period, Pillar, Plan
from planparse.targets import find_targets
from planparse.themes.align import ALIGN_CUTOFF, cluster, score_pairs
from planparse.themes.classify import NodePath, NodeThemes, ThemeScore, classify
from planparse.themes.taxonomy import Taxonomy, load_taxonomy

Level = Literal["pillar", "goal", "activity"]

SURE_ALIGNMENT = 90.0
"""Alignment score above which two items cluster even without a common theme."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ThemeInfo(_Model):
    id: str
    label: str
    description: str


class Item(_Model):
    """One pillar, goal or activity of one plan, with its themes and where it is printed."""

    id: str = Field(description="'<agency number>/<pillar>.<goal>.<activity>', 1-based")
    agency: str
    level: Level
    number: str | None
    text: str = Field(description="the title of a pillar or goal, the text of an activity")
    pillar: str
    goal: str | None
    leads: list[str]
    milestones: list[Milestone]
    page: int | None
    themes: list[ThemeScore] = Field(description="assigned themes, best first")

    @property
    def theme(self) -> str | None:
        return self.themes[0].theme if self.themes else None

    @property
    def theme_ids(self) -> list[str]:
        return [score.theme for score in self.themes]


class Specificity(_Model):
    """How concrete a plan's actions are: shares of actions with a lead, a date, a target.

    An action is an activity, or a goal that has no activities.
    """

    actions: int
    with_lead: float
    with_date: float
    with_target: float


class AgencySummary(_Model):
    name: str
    short: str = Field(description="for narrow places: 'Tracy PD'")
    title: str | None
    period: Period | None
    pillars: int
    goals: int
    activities: int
    specificity: Specificity
    glossary: dict[str, str] = Field(description="the plan's own expansions of the leads it uses")


class CoverageCell(_Model):
    """Items (pillars, goals, activities) of one agency in a theme, and their share of its items."""

    theme: str
    agency: str
    items: int
    share: float


class SharedCluster(_Model):
    """Similar goals and activities of at least two agencies, aligned to a centre item."""

    id: int
    theme: str | None
    label: str
    centre: str
    items: list[str]
    scores: dict[str, float] = Field(description="item id -> alignment score with the centre")
    agencies: list[str]


class Comparison(_Model):
    themes: list[ThemeInfo]
    agencies: list[AgencySummary]
    items: list[Item]
    coverage: list[CoverageCell]
    clusters: list[SharedCluster]
    unique: dict[str, list[str]] = Field(
        description="agency -> goals and activities aligned with no other agency"
    )
    gaps: dict[str, list[str]] = Field(description="agency -> themes peers cover and it does not")
    skipped: list[str] = Field(default_factory=list, description="inputs that could not be read")

    @cached_property
    def items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> Item:
        return self.items_by_id[item_id]

    def cell(self, theme: str, agency: str) -> CoverageCell:
        return next(c for c in self.coverage if c.theme == theme and c.agency == agency)

    def side_by_side(self, theme: str) -> dict[str, list[Item]]:
        """Each agency's pillars, goals and activities in ``theme``, in plan order."""
        return {
            agency.name: [
                item
                for item in self.items
                if item.agency == agency.name and theme in item.theme_ids
            ]
            for agency in self.agencies
        }

    def lacks(self, agency: str) -> list[SharedCluster]:
        """Clusters of commitments peers share that ``agency`` has no item in."""
        return [c for c in self.clusters if agency not in c.agencies]


def compare(
    plans: Sequence[Plan],
    *,
    names: Sequence[str] | None = None,
    taxonomy: Taxonomy | None = None,
    score_cutoff: float = ALIGN_CUTOFF,
) -> Comparison:
    """Compare plans: theme coverage, shared clusters, unique items, gaps and specificity.

    ``names`` labels the plans (default: agency, else title); repeated names get " (2)".
    ``score_cutoff`` is the minimum alignment score (0..100) for two items to cluster.
    """
    taxonomy = taxonomy or load_taxonomy()
    labels = agency_names(plans, names)
    items = [
        item
        for number, (plan, name) in enumerate(zip(plans, labels, strict=True), start=1)
        for item in plan_items(plan, name, number, classify(plan, taxonomy))
    ]
    clusters = shared_clusters(items, score_cutoff)
    coverage = coverage_cells(items, labels, taxonomy)
    return Comparison(
        themes=[
            ThemeInfo(id=t.id, label=t.label, description=t.description) for t in taxonomy.themes
        ],
        agencies=[summary(plan, name) for plan, name in zip(plans, labels, strict=True)],
        items=items,
        coverage=coverage,
        clusters=clusters,
        unique=unique_items(items, clusters, labels),
        gaps=theme_gaps(coverage, labels, taxonomy),
    )


def agency_names(plans: Sequence[Plan], names: Sequence[str] | None) -> list[str]:
    """One distinct label per plan: given names, else agency or title, numbered if repeated."""
    if names is not None and len(names) != len(plans):
        raise ValueError(f"{len(names)} names for {len(plans)} plans")
    wanted = (
        list(names)
        if names is not None
        else [plan.agency or plan.title or f"Plan {n}" for n, plan in enumerate(plans, start=1)]
    )
    seen: Counter[str] = Counter()
    labels = []
    for name in wanted:
        seen[name] += 1
        labels.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return labels


def short_name(name: str) -> str:
    """'Tracy Police Department' -> 'Tracy PD', for table headers and chart labels."""
    for long, short in (("Police Department", "PD"), ("Sheriff's Office", "SO"),
                        ("Sheriff's Department", "SD"), ("Department", "Dept.")):  # fmt: skip
        name = name.replace(long, short)
    return name if len(name) <= 24 else f"{name[:23]}…"


def plan_items(
    plan: Plan, agency: str, number: int, themes: dict[NodePath, NodeThemes]
) -> list[Item]:
    """Every pillar, goal and activity of ``plan`` as an Item, in reading order."""
    items = []
    for p, pillar in enumerate(plan.pillars):
        items.append(_item(agency, number, (p,), pillar, pillar, None, themes))
        for g, goal in enumerate(pillar.goals):
            items.append(_item(agency, number, (p, g), goal, pillar, goal, themes))
            items.extend(
                _item(agency, number, (p, g, a), activity, pillar, goal, themes)
                for a, activity in enumerate(goal.activities)
            )
    return items


def _item(
    agency: str,
    number: int,
    path: NodePath,
    node: Pillar | Goal | Activity,
    pillar: Pillar,
    goal: Goal | None,
    themes: dict[NodePath, NodeThemes],
) -> Item:
    level: Level = ("pillar", "goal", "activity")[len(path) - 1]
    return Item(
        id=f"{number}/{'.'.join(str(i + 1) for i in path)}",
        agency=agency,
        level=level,
        number=node.number,
        text=node.text if isinstance(node, Activity) else node.title,
        pillar=pillar.title,
        goal=goal.title if goal is not None else None,
        leads=[] if isinstance(node, Pillar) else list(node.leads),
        milestones=list(node.milestones) if isinstance(node, Activity) else [],
        page=node.source.page if node.source else None,
        themes=themes[path].scores,
    )


def shared_clusters(items: Sequence[Item], score_cutoff: float) -> list[SharedCluster]:
    """Clusters of aligned goals and activities spanning two or more agencies.

    Below ``SURE_ALIGNMENT`` two items align only if they also share a theme: the classifier
    sees context (the pillar) that text similarity does not, e.g. "mental health" of staff
    versus of the public.
    """
    aligned = [item for item in items if item.level != "pillar"]
    pairs = score_pairs([item.text for item in aligned], score_cutoff=score_cutoff)
    scores = {
        (i, j): score
        for (i, j), score in pairs.items()
        if score >= SURE_ALIGNMENT or _share_theme(aligned[i], aligned[j])
    }
    found = cluster(scores, [item.agency for item in aligned], [item.text for item in aligned])
    result = []
    for number, group in enumerate(found, start=1):
        members = [aligned[i] for i in group.members]
        result.append(
            SharedCluster(
                id=number,
                theme=_cluster_theme(members, aligned[group.centre]),
                label=aligned[group.centre].text,
                centre=aligned[group.centre].id,
                items=[m.id for m in members],
                scores={m.id: s for m, s in zip(members, group.scores, strict=True)},
                agencies=list(dict.fromkeys(m.agency for m in members)),
            )
        )
    return result


def _share_theme(a: Item, b: Item) -> bool:
    return not a.themes or not b.themes or bool(set(a.theme_ids) & set(b.theme_ids))


def _cluster_theme(members: Sequence[Item], centre: Item) -> str | None:
    """The most common top theme of the members; the centre's on a tie."""
    counts = Counter(m.theme for m in members if m.theme)
    if not counts:
        return None
    best = max(counts.values())
    if centre.theme is not None and counts[centre.theme] == best:
        return centre.theme
    return counts.most_common(1)[0][0]


def coverage_cells(
    items: Sequence[Item], agencies: Sequence[str], taxonomy: Taxonomy
) -> list[CoverageCell]:
    """Theme x agency counts of items (an item counts in each of its themes).

    Pillars count: a pillar named "Crime Reduction & Public Safety" is a commitment to it.
    """
    cells = []
    for agency in agencies:
        own = [i for i in items if i.agency == agency]
        for theme in taxonomy.ids:
            count = sum(theme in item.theme_ids for item in own)
            share = round(count / len(own), 3) if own else 0.0
            cells.append(CoverageCell(theme=theme, agency=agency, items=count, share=share))
    return cells


def unique_items(
    items: Sequence[Item], clusters: Sequence[SharedCluster], agencies: Sequence[str]
) -> dict[str, list[str]]:
    clustered = {item_id for c in clusters for item_id in c.items}
    return {
        agency: [
            i.id
            for i in items
            if i.agency == agency and i.level != "pillar" and i.id not in clustered
        ]
        for agency in agencies
    }


def theme_gaps(
    coverage: Sequence[CoverageCell], agencies: Sequence[str], taxonomy: Taxonomy
) -> dict[str, list[str]]:
    covered = {(c.theme, c.agency) for c in coverage if c.items}
    return {
        agency: [
            theme
            for theme in taxonomy.ids
            if (theme, agency) not in covered
            and any((theme, peer) in covered for peer in agencies if peer != agency)
        ]
        for agency in agencies
    }


def summary(plan: Plan, name: str) -> AgencySummary:
    goals = [goal for pillar in plan.pillars for goal in pillar.goals]
    return AgencySummary(
        name=name,
        short=short_name(name),
        title=plan.title,
        period=plan.period,
        pillars=len(plan.pillars),
        goals=len(goals),
        activities=sum(len(goal.activities) for goal in goals),
        specificity=specificity(goals),
        glossary={lead: plan.expand(lead) for lead in _leads(goals) if plan.expand(lead) != lead},
    )


def _leads(goals: Sequence[Goal]) -> list[str]:
    found = [lead for goal in goals for lead in goal.leads]
    found += [lead for goal in goals for activity in goal.activities for lead in activity.leads]
    return list(dict.fromkeys(found))


def specificity(goals: Sequence[Goal]) -> Specificity:
    """Shares of actions with a lead (own, goal's or a milestone's), a dated milestone, a target."""
    actions = [
        (
            bool(node.leads or goal.leads or any(m.lead for m in _milestones(node))),
            any(m.period for m in _milestones(node)),
            has_target(node),
        )
        for goal in goals
        for node in _actions(goal)
    ]
    total = len(actions)

    def share(column: int) -> float:
        return round(sum(a[column] for a in actions) / total, 3) if total else 0.0

    return Specificity(actions=total, with_lead=share(0), with_date=share(1), with_target=share(2))


def has_target(node: Goal | Activity) -> bool:
    """Whether the node or a milestone states a measurable target.

    Parsed activities carry ``targets``; goals and hand-written plans do not, so their text is
    read with the same ``find_targets``.
    """
    if isinstance(node, Goal):
        return bool(find_targets(node.title))
    stored = node.targets or [t for m in node.milestones for t in m.targets]
    texts = [node.text, *(m.text for m in node.milestones)]
    return bool(stored) or any(find_targets(text) for text in texts)


def _actions(goal: Goal) -> list[Goal | Activity]:
    """The goal's activities, or the goal itself when it has none."""
    return [*goal.activities] or [goal]


def _milestones(node: Goal | Activity) -> list[Milestone]:
    return node.milestones if isinstance(node, Activity) else []
