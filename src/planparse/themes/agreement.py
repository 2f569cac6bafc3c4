"""How often the classifier's top theme is one of the hand labels, per pillar and goal.

Labels live beside the gold plans as ``<stem>.themes.json``::

    {"pillars": {"<pillar title>": ["theme_id", ...]},
     "goals": {"<pillar title> / <goal title>": ["theme_id", ...]}}

A node may carry several labels (a goal about youth traffic safety is both); a prediction
agrees when its top theme is among them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from planparse.models import Plan
from planparse.themes.classify import ClassifySettings, NodePath, NodeThemes, classify
from planparse.themes.taxonomy import Taxonomy, load_taxonomy

LABELS_SUFFIX = ".themes.json"


class Labels(BaseModel):
    """Hand labels of one plan's pillars and goals."""

    model_config = ConfigDict(extra="forbid")

    pillars: dict[str, list[str]] = Field(default_factory=dict)
    goals: dict[str, list[str]] = Field(default_factory=dict)


@dataclass(frozen=True)
class LabelRow:
    """One labelled node: its labels, the predicted top theme and its score."""

    plan: str
    level: str
    key: str
    labels: tuple[str, ...]
    predicted: str | None
    score: float

    @property
    def agrees(self) -> bool:
        return self.predicted in self.labels


@dataclass(frozen=True)
class Agreement:
    """Every labelled node of a folder of gold plans, compared with the classifier."""

    rows: tuple[LabelRow, ...]

    @property
    def share(self) -> float:
        """Share of labelled nodes whose top theme is a hand label (0 when none)."""
        return sum(row.agrees for row in self.rows) / len(self.rows) if self.rows else 0.0


def node_keys(plan: Plan) -> dict[str, tuple[str, NodePath]]:
    """Label key -> (level, path) for every pillar and goal of ``plan``."""
    keys: dict[str, tuple[str, NodePath]] = {}
    for p, pillar in enumerate(plan.pillars):
        keys[pillar.title] = ("pillar", (p,))
        for g, goal in enumerate(pillar.goals):
            keys[f"{pillar.title} / {goal.title}"] = ("goal", (p, g))
    return keys


def agreement(
    gold_dir: str | Path,
    *,
    taxonomy: Taxonomy | None = None,
    settings: ClassifySettings | None = None,
) -> Agreement:
    """Classify each gold plan that has a labels file and compare with the labels.

    Raises ValueError for a label naming an unknown theme or a node the plan does not have,
    so that stale labels fail loudly instead of silently lowering the figure.
    """
    taxonomy = taxonomy or load_taxonomy()
    rows: list[LabelRow] = []
    for labels_path in sorted(Path(gold_dir).glob(f"*{LABELS_SUFFIX}")):
        stem = labels_path.name.removesuffix(LABELS_SUFFIX)
        plan = Plan.model_validate_json(
            labels_path.with_name(f"{stem}.json").read_text(encoding="utf-8")
        )
        labels = Labels.model_validate_json(labels_path.read_text(encoding="utf-8"))
        rows.extend(
            _rows(stem, plan, labels, classify(plan, taxonomy, settings=settings), taxonomy)
        )
    return Agreement(rows=tuple(rows))


def _rows(
    stem: str, plan: Plan, labels: Labels, themes: dict[NodePath, NodeThemes], taxonomy: Taxonomy
) -> list[LabelRow]:
    keys = node_keys(plan)
    rows = []
    for key, theme_ids in [*labels.pillars.items(), *labels.goals.items()]:
        if key not in keys:
            raise ValueError(f"{stem}{LABELS_SUFFIX}: no node {key!r} in {stem}.json")
        unknown = set(theme_ids) - set(taxonomy.ids)
        if unknown:
            raise ValueError(f"{stem}{LABELS_SUFFIX}: unknown themes {sorted(unknown)} for {key!r}")
        level, path = keys[key]
        node = themes[path]
        score = node.scores[0].score if node.scores else 0.0
        rows.append(LabelRow(stem, level, key, tuple(theme_ids), node.top, score))
    return rows


def format_agreement(result: Agreement, *, all_rows: bool = False) -> str:
    """A plain-text table: the misses (or every row), then the share per plan and overall."""
    shown = result.rows if all_rows else tuple(row for row in result.rows if not row.agrees)
    lines = [f"{'':2}{'plan':28} {'level':6} {'predicted':28} {'score':>5}  labels | node"]
    lines += [
        f"{'ok' if row.agrees else '--':2}{row.plan[:28]:28} {row.level:6} "
        f"{str(row.predicted)[:28]:28} {row.score:5.1f}  {','.join(row.labels)} | {row.key[:70]}"
        for row in shown
    ]
    lines.append("")
    for plan in dict.fromkeys(row.plan for row in result.rows):
        lines.append(_summary(plan, [row for row in result.rows if row.plan == plan]))
    lines.append(_summary("TOTAL", list(result.rows)))
    return "\n".join(lines)


def _summary(name: str, rows: list[LabelRow]) -> str:
    agreed = sum(row.agrees for row in rows)
    share = agreed / len(rows) if rows else 0.0
    return f"{name:30} {agreed:4}/{len(rows):<4} {share:7.1%}"
