"""Assign themes to every pillar, goal and activity of a plan, keeping the evidence.

An item's own text says what it is about: an activity under a wellness pillar that asks for
a recruiting event is about recruitment, so a node whose own text names a theme is scored on
that text (and, for pillars and goals, a little of its children's evidence: a multi-topic
pillar gets several themes). Only a thin node ("Protect Our City", "Hold two campaigns")
borrows: its children's mean evidence and its parents'. Every score keeps the phrases and
where they were found, so a reader can see why a theme was chosen.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from planparse.models import Plan
from planparse.themes.match import PHRASE_CUTOFF, Hit, distinct, find_phrases
from planparse.themes.taxonomy import Taxonomy, load_taxonomy

NodePath = tuple[int, ...]
"""(pillar index), (pillar, goal) or (pillar, goal, activity), all 0-based."""


@dataclass(frozen=True)
class ClassifySettings:
    """Weights of the evidence sources; raw evidence 1.0 is one phrase in a title."""

    phrase_cutoff: float = PHRASE_CUTOFF
    description_weight: float = 0.4  # a description says more, and less precisely, than a title
    child_weight: float = 0.2  # mean evidence of the children, when the node names a theme
    parent_weight: float = 0.0  # an item says what it is about: ancestors only when it is thin
    thin_child_weight: float = 0.8  # when the node's own text is thin: children say what it is
    thin_parent_weight: float = 0.5  # ... and so, less precisely, does its pillar
    thin_below: float = 1.0  # own evidence under one title phrase is thin
    secondary_ratio: float = 0.6  # further themes kept if this close to the best
    min_score: float = 25.0  # ... and at least this score


class Evidence(BaseModel):
    """A phrase that counted towards a theme, where it was found and how much it weighed."""

    model_config = ConfigDict(extra="forbid")

    phrase: str
    where: str
    weight: float


class ThemeScore(BaseModel):
    """A theme assigned to a node: score 0..100 (saturating in the evidence) and why."""

    model_config = ConfigDict(extra="forbid")

    theme: str
    score: float
    evidence: list[Evidence]


class NodeThemes(BaseModel):
    """The themes of one node, best first; empty when no phrase of any theme was found."""

    model_config = ConfigDict(extra="forbid")

    path: NodePath
    scores: list[ThemeScore]

    @property
    def top(self) -> str | None:
        return self.scores[0].theme if self.scores else None


# theme -> (phrase, where) -> weight
Tally = dict[str, dict[tuple[str, str], float]]


@dataclass
class _Node:
    path: NodePath
    fields: list[tuple[str, str, float]]  # (text, where, weight)
    own: Tally = field(default_factory=dict)


def classify(
    plan: Plan, taxonomy: Taxonomy | None = None, *, settings: ClassifySettings | None = None
) -> dict[NodePath, NodeThemes]:
    """Themes of every pillar, goal and activity of ``plan``, keyed by node path."""
    taxonomy = taxonomy or load_taxonomy()
    settings = settings or ClassifySettings()
    nodes = _nodes(plan, settings)
    _score_own(nodes, taxonomy, settings)
    by_path = {node.path: node.own for node in nodes}
    return {
        node.path: _assign(node.path, _with_context(node.path, by_path, settings), settings)
        for node in nodes
    }


def _nodes(plan: Plan, settings: ClassifySettings) -> list[_Node]:
    described = settings.description_weight
    nodes: list[_Node] = []
    for p, pillar in enumerate(plan.pillars):
        nodes.append(
            _Node(
                (p,),
                [
                    (pillar.title, "title", 1.0),
                    (pillar.description or "", "description", described),
                ],
            )
        )
        for g, goal in enumerate(pillar.goals):
            nodes.append(
                _Node(
                    (p, g),
                    [
                        (goal.title, "title", 1.0),
                        (goal.description or "", "description", described),
                    ],
                )
            )
            nodes.extend(
                _Node((p, g, a), [(activity.text, "text", 1.0)])
                for a, activity in enumerate(goal.activities)
            )
    return nodes


def _score_own(nodes: list[_Node], taxonomy: Taxonomy, settings: ClassifySettings) -> None:
    """Fill each node's own tally from its text fields, all texts matched in one batch."""
    texts = [text for node in nodes for text, _, _ in node.fields]
    hits = iter(find_phrases(texts, taxonomy, score_cutoff=settings.phrase_cutoff))
    for node in nodes:
        for _, where, weight in node.fields:
            _add_hits(node.own, next(hits), where, weight)


def _add_hits(tally: Tally, hits: Sequence[Hit], where: str, weight: float) -> None:
    """Add one text field's hits: distinct spans per theme, summed sublinearly.

    Sublinear, so that a long description listing five crime words does not outweigh a
    title that names one theme.
    """
    for theme in dict.fromkeys(hit.theme for hit in hits):
        kept = distinct([hit for hit in hits if hit.theme == theme])
        raw = sum(hit.weight * hit.score / 100 for hit in kept)
        factor = weight * _sublinear(raw) / raw
        per_theme = tally.setdefault(theme, {})
        for hit in kept:
            key = (hit.phrase, where)
            per_theme[key] = per_theme.get(key, 0.0) + factor * hit.weight * hit.score / 100


def _sublinear(raw: float) -> float:
    """Identity up to 1, then 1 + ln(raw): the second and later phrases add less and less."""
    return raw if raw <= 1 else 1 + math.log(raw)


def _with_context(path: NodePath, own: dict[NodePath, Tally], settings: ClassifySettings) -> Tally:
    """The node's own tally plus its children's mean and its ancestors', relabelled by source.

    Context counts little when the node's own text names a theme, much when it is thin.
    """
    tally = own[path]
    thin = max(_totals(tally).values(), default=0.0) < settings.thin_below
    parts = [tally]
    children = [tally_ for child, tally_ in own.items() if child[:-1] == path]
    weight = settings.thin_child_weight if thin else settings.child_weight
    if children and weight:
        parts.append(_scaled(_mean(children), weight, "goals" if len(path) == 1 else "activities"))
    weight = settings.thin_parent_weight if thin else settings.parent_weight
    for depth, where in ((1, "pillar"), (2, "goal")):
        if len(path) > depth and weight:
            parts.append(_scaled(own[path[:depth]], weight, where))
    return _merge(parts)


def _assign(path: NodePath, tally: Tally, settings: ClassifySettings) -> NodeThemes:
    """Rank themes by evidence; keep the best and any close enough to it."""
    totals = _totals(tally)
    ranked = sorted(totals, key=lambda theme: (-totals[theme], theme))
    if not ranked:
        return NodeThemes(path=path, scores=[])
    best = totals[ranked[0]]
    kept = [
        theme
        for theme in ranked
        if theme == ranked[0]
        or (
            totals[theme] >= settings.secondary_ratio * best
            and _score(totals[theme]) >= settings.min_score
        )
    ]
    return NodeThemes(path=path, scores=[_theme_score(theme, tally[theme]) for theme in kept])


def _theme_score(theme: str, evidence: dict[tuple[str, str], float]) -> ThemeScore:
    items = sorted(evidence.items(), key=lambda item: (-item[1], item[0]))
    return ThemeScore(
        theme=theme,
        score=_score(sum(evidence.values())),
        evidence=[Evidence(phrase=p, where=w, weight=round(v, 3)) for (p, w), v in items],
    )


def _score(raw: float) -> float:
    """0..100, saturating: one title phrase ~63, two ~86, three ~95."""
    return round(100 * (1 - math.exp(-raw)), 1)


def _totals(tally: Tally) -> dict[str, float]:
    return {theme: sum(weights.values()) for theme, weights in tally.items()}


def _merge(tallies: Sequence[Tally]) -> Tally:
    merged: Tally = {}
    for tally in tallies:
        for theme, weights in tally.items():
            target = merged.setdefault(theme, {})
            for key, weight in weights.items():
                target[key] = target.get(key, 0.0) + weight
    return merged


def _mean(tallies: Sequence[Tally]) -> Tally:
    return _scaled(_merge(tallies), 1 / len(tallies), None)


def _scaled(tally: Tally, factor: float, where: str | None) -> Tally:
    """Multiply every weight; relabel the source (summing phrases that now coincide)."""
    scaled: dict[str, defaultdict[tuple[str, str], float]] = {}
    for theme, weights in tally.items():
        target = scaled.setdefault(theme, defaultdict(float))
        for (phrase, source), weight in weights.items():
            target[(phrase, where or source)] += weight * factor
    return {theme: dict(weights) for theme, weights in scaled.items()}
