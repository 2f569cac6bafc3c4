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
from planparse.themes.align import ALIGN_CUTOFF, Cluster, cluster, score_pairs
from planparse.themes.classify import NodePath, NodeThemes, ThemeScore, classify
from planparse.themes.match import concepts_in
from planparse.themes.naming import cluster_label, word_rarity
from planparse.themes.taxonomy import Taxonomy, load_taxonomy

Level = Literal["pillar", "goal", "activity"]

SURE_ALIGNMENT = 90.0
"""Alignment score above which two items cluster even without a common theme."""
EXCERPT_SHARE = 0.25
"""A plan with fewer items than this share of the compared plans' median is an excerpt."""


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
    targets: list[str] = Field(default_factory=list, description="measurable targets as printed")

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
    name: str = Field(description="the plan's label: agency, with its period for an edition")
    organisation: str = Field(description="the agency: editions of one agency share it")
    short: str = Field(description="for narrow places: 'Tracy PD'")
    title: str | None
    period: Period | None
    pillars: int
    goals: int
    activities: int
    specificity: Specificity
    glossary: dict[str, str] = Field(description="the plan's own expansions of the leads it uses")
    partial: str | None = Field(
        None, description="why the plan is not compared for gaps: 'pillars only', 'excerpt ...'"
    )


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
    label: str = Field(description="short and generated: the shared concept or wording")
    concept: str | None = Field(None, description="the taxonomy concept the members share")
    centre: str
    items: list[str]
    scores: dict[str, float] = Field(description="item id -> alignment score with the centre")
    agencies: list[str] = Field(description="the plans (names) of the members")
    organisations: int = Field(description="distinct agencies: editions of one count once")


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
    home: str | None = Field(None, description="the plan the report is written for, if any")

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

    def agency(self, name: str) -> AgencySummary:
        return next(a for a in self.agencies if a.name == name)

    def lacks(self, agency: str) -> list[SharedCluster]:
        """Clusters of commitments peers share that ``agency``'s agency has no item in.

        Another edition of the same agency does not count as a peer.
        """
        organisation = self.agency(agency).organisation
        members = {a.name for a in self.agencies if a.organisation == organisation}
        return [c for c in self.clusters if not members & set(c.agencies)]


def compare(
    plans: Sequence[Plan],
    *,
    names: Sequence[str] | None = None,
    taxonomy: Taxonomy | None = None,
    score_cutoff: float = ALIGN_CUTOFF,
    home: str | None = None,
) -> Comparison:
    """Compare plans: theme coverage, shared clusters, unique items, gaps and specificity.

    ``names`` labels the plans (default: agency, else title); two editions of one agency are
    named with their periods, other repeats get " (2)". ``score_cutoff`` is the minimum
    alignment score (0..100) for two items to cluster. ``home`` names the plan (or agency) the
    report is written for; ValueError when no plan matches it.
    """
    taxonomy = taxonomy or load_taxonomy()
    labels = agency_names(plans, names)
    organisations = [organisation(plan, name) for plan, name in zip(plans, labels, strict=True)]
    items = [
        item
        for number, (plan, name) in enumerate(zip(plans, labels, strict=True), start=1)
        for item in plan_items(plan, name, number, classify(plan, taxonomy))
    ]
    of_plan = dict(zip(labels, organisations, strict=True))
    clusters = shared_clusters(items, score_cutoff, taxonomy, of_plan)
    coverage = coverage_cells(items, labels, taxonomy)
    agencies = [
        summary(plan, name, org)
        for plan, name, org in zip(plans, labels, organisations, strict=True)
    ]
    flag_partial(agencies)
    comparable = [a.name for a in agencies if a.partial is None]
    return Comparison(
        themes=[
            ThemeInfo(id=t.id, label=t.label, description=t.description) for t in taxonomy.themes
        ],
        agencies=agencies,
        items=items,
        coverage=coverage,
        clusters=clusters,
        unique=unique_items(items, clusters, labels),
        gaps=theme_gaps(coverage, labels, comparable, of_plan, taxonomy),
        home=home_plan(home, agencies) if home is not None else None,
    )


def organisation(plan: Plan, name: str) -> str:
    """The agency a plan belongs to, case and spacing folded: editions of one agency share it."""
    return " ".join((plan.agency or name).casefold().split())


def agency_names(plans: Sequence[Plan], names: Sequence[str] | None) -> list[str]:
    """One distinct label per plan: given names, else agency or title.

    A name repeated by plans of different periods (editions) gets each plan's period, any
    other repeat " (2)", " (3)"...
    """
    if names is not None and len(names) != len(plans):
        raise ValueError(f"{len(names)} names for {len(plans)} plans")
    wanted = (
        list(names)
        if names is not None
        else [plan.agency or plan.title or f"Plan {n}" for n, plan in enumerate(plans, start=1)]
    )
    repeats = Counter(wanted)
    periods = {
        name: {_period(plan) for plan, other in zip(plans, wanted, strict=True) if other == name}
        for name in repeats
    }
    dated = [
        f"{name} ({_period(plan)})"
        if repeats[name] > 1 and None not in periods[name] and len(periods[name]) == repeats[name]
        else name
        for plan, name in zip(plans, wanted, strict=True)
    ]
    seen: Counter[str] = Counter()
    labels = []
    for name in dated:
        seen[name] += 1
        labels.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return labels


def _period(plan: Plan) -> str | None:
    return f"{plan.period.start}–{plan.period.end}" if plan.period else None


def home_plan(home: str, agencies: Sequence[AgencySummary]) -> str:
    """The plan ``home`` names: a plan name, its short name or its agency (the latest edition)."""
    wanted = " ".join(home.casefold().split())
    found = [
        a
        for a in agencies
        if wanted in {" ".join(a.name.casefold().split()), a.short.casefold(), a.organisation}
    ]
    if not found:
        known = "; ".join(a.name for a in agencies)
        raise ValueError(f"--home {home!r} names no compared plan (plans: {known})")
    return max(found, key=lambda a: a.period.end if a.period else 0).name


def flag_partial(agencies: Sequence[AgencySummary]) -> None:
    """Mark plans that cannot be read for gaps (besides policies): only pillars, or an excerpt.

    An excerpt has fewer goals and activities than EXCERPT_SHARE of the median plan's.
    """
    sizes = sorted(a.goals + a.activities for a in agencies)
    median = sizes[len(sizes) // 2] if sizes else 0
    for agency in agencies:
        size = agency.goals + agency.activities
        if agency.partial:
            continue
        if agency.pillars and not agency.goals:
            agency.partial = "pillars only"
        elif len(agencies) > 2 and size < EXCERPT_SHARE * median:
            agency.partial = f"excerpt ({size} goals and activities; median plan {median})"


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
        targets=[] if isinstance(node, Pillar) else target_texts(node),
    )


def target_texts(node: Goal | Activity) -> list[str]:
    """The measurable targets of a goal or activity (stored, or read from its text)."""
    if isinstance(node, Goal):
        return [t.text for t in find_targets(node.title)]
    stored = node.targets or [t for m in node.milestones for t in m.targets]
    found = stored or [t for text in (node.text, *(m.text for m in node.milestones))
                       for t in find_targets(text)]  # fmt: skip
    return list(dict.fromkeys(t.text for t in found))


def shared_clusters(
    items: Sequence[Item],
    score_cutoff: float,
    taxonomy: Taxonomy | None = None,
    organisations: dict[str, str] | None = None,
) -> list[SharedCluster]:
    """Clusters of aligned goals and activities spanning two or more agencies.

    Items align by wording or by a shared taxonomy concept (synonyms, acronyms). Below
    ``SURE_ALIGNMENT`` two items align only if they also share a theme: the classifier sees
    context that text similarity does not, e.g. "mental health" of staff versus of the public.
    Editions of one agency (same ``organisations`` value) count as one agency.
    """
    taxonomy = taxonomy or load_taxonomy()
    organisations = organisations or {}
    aligned = [item for item in items if item.level != "pillar"]
    texts = [item.text for item in aligned]
    concepts = concepts_in(texts, taxonomy)
    pairs = score_pairs(texts, score_cutoff=score_cutoff, concepts=concepts)
    scores = {
        (i, j): score
        for (i, j), score in pairs.items()
        if score >= SURE_ALIGNMENT or _share_theme(aligned[i], aligned[j])
    }
    groups = [organisations.get(item.agency, item.agency) for item in aligned]
    found = _concept_clusters(scores, groups, texts, concepts)
    labels = {c.id: c.label for t in taxonomy.themes for c in t.concepts}
    rarity = word_rarity(texts)
    result: list[SharedCluster] = []
    for group, concept in found:
        members = [aligned[i] for i in group.members]
        centre = aligned[group.centre]
        result.append(
            SharedCluster(
                id=len(result) + 1,
                theme=_cluster_theme(members, centre),
                label=labels[concept]
                if concept
                else cluster_label([m.text for m in members], centre.text, rarity),
                concept=concept,
                centre=centre.id,
                items=[m.id for m in members],
                scores={m.id: s for m, s in zip(members, group.scores, strict=True)},
                agencies=list(dict.fromkeys(m.agency for m in members)),
                organisations=len({groups[i] for i in group.members}),
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


def _concept_clusters(
    scores: dict[tuple[int, int], float],
    groups: Sequence[str],
    texts: Sequence[str],
    concepts: Sequence[frozenset[str]],
) -> list[tuple[Cluster, str | None]]:
    """Star clusters with their shared concept; members a concept cluster drops (see
    ``_on_concept``) are clustered again among themselves, until none is dropped."""
    result: list[tuple[Cluster, str | None]] = []
    pool = set(range(len(groups)))
    while pool:
        kept = {pair: s for pair, s in scores.items() if pair[0] in pool and pair[1] in pool}
        dropped: set[int] = set()
        for found in cluster(kept, groups, texts):
            concept = _shared_concept([concepts[i] for i in found.members])
            group = _on_concept(found, concept, concepts)
            dropped |= set(found.members) - set(group.members)
            if len({groups[i] for i in group.members}) > 1:
                result.append((group, concept))
        pool = dropped
    return result


def _on_concept(group: Cluster, concept: str | None, concepts: Sequence[frozenset[str]]) -> Cluster:
    """A concept cluster without the members that only share some other words with its centre
    ("social media" beside a volunteer programme's centre that also names social media)."""
    if concept is None:
        return group
    kept = [
        (i, score)
        for i, score in zip(group.members, group.scores, strict=True)
        if concept in concepts[i] or score >= SURE_ALIGNMENT
    ]
    return Cluster(group.centre, tuple(i for i, _ in kept), tuple(s for _, s in kept))


def _shared_concept(concepts: Sequence[frozenset[str]]) -> str | None:
    """The concept most members name, if at least half of them do."""
    counts = Counter(c for found in concepts for c in found)
    if not counts:
        return None
    concept, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return concept if 2 * count >= len(concepts) else None


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
    coverage: Sequence[CoverageCell],
    agencies: Sequence[str],
    comparable: Sequence[str],
    organisations: dict[str, str],
    taxonomy: Taxonomy,
) -> dict[str, list[str]]:
    """Per plan, the themes a plan of another agency covers and it does not.

    Partial plans (excerpts, pillars only) have no gaps and count as no one's peer: they
    would otherwise lack nearly everything.
    """
    covered = {(c.theme, c.agency) for c in coverage if c.items}
    return {
        agency: [
            theme
            for theme in taxonomy.ids
            if agency in comparable
            and (theme, agency) not in covered
            and any(
                (theme, peer) in covered
                for peer in comparable
                if organisations[peer] != organisations[agency]
            )
        ]
        for agency in agencies
    }


def summary(plan: Plan, name: str, organisation: str) -> AgencySummary:
    goals = [goal for pillar in plan.pillars for goal in pillar.goals]
    return AgencySummary(
        name=name,
        organisation=organisation,
        short=short_name(name),
        title=plan.title,
        period=plan.period,
        pillars=len(plan.pillars),
        goals=len(goals),
        activities=sum(len(goal.activities) for goal in goals),
        specificity=specificity(goals),
        glossary={lead: plan.expand(lead) for lead in _leads(goals) if plan.expand(lead) != lead},
        partial="a policy, not a plan" if plan.kind == "policy" else None,
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
