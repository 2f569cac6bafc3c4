"""Theme and shared-commitment accuracy against a labelled corpus (the zoo's corpus/labels/).

``themes.json`` gives, per document and node (path + text), the themes its wording requires
and those a reader would also accept; ``commitments.json`` groups the items of different
plans that are the same commitment. Plans are read from their gold JSON, so the figures
measure themes and clusters, not parsing. A label whose text no longer matches the plan fails
loudly (``LabelError``) instead of quietly lowering the figure.

Theme precision: share of assigned themes that are required or accepted; recall: share of
required themes assigned. Cluster pairs: two items of different agencies in one cluster are a
predicted pair, two in one commitment a true pair; precision, recall and F1 over those pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planparse.compare import Comparison, compare
from planparse.models import Plan
from planparse.themes.classify import ClassifySettings, NodePath, classify
from planparse.themes.taxonomy import Taxonomy, load_taxonomy

THEMES_FILE = "themes.json"
COMMITMENTS_FILE = "commitments.json"
LEVELS = ("pillar", "goal", "activity")


class LabelError(ValueError):
    """Labels that do not fit the plans or the taxonomy they are scored against."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NodeLabel(_Model):
    path: str = Field(description="1-based: '2', '2.1', '2.1.3'")
    level: str
    text: str
    themes: list[str]
    also: list[str] = Field(default_factory=list)


class DocumentLabels(_Model):
    split: str
    agency: str | None
    same_as: str | None = Field(default=None, description="a copy (a scan) of this document")
    nodes: list[NodeLabel]


class ThemeLabels(_Model):
    version: int
    documents: dict[str, DocumentLabels]


class ItemRef(_Model):
    document: str
    path: str
    text: str


class Commitment(_Model):
    id: str
    split: str
    wording: str
    items: list[ItemRef]


class CommitmentLabels(_Model):
    version: int
    commitments: list[Commitment]


@dataclass
class Counts:
    """Nodes and their assigned, correct, required and found theme counts."""

    nodes: int = 0
    assigned: int = 0
    correct: int = 0
    required: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.assigned if self.assigned else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0


@dataclass(frozen=True)
class Miss:
    """A node whose assigned themes are not exactly right, for debugging on dev."""

    document: str
    path: str
    text: str
    assigned: tuple[str, ...]
    required: tuple[str, ...]
    also: tuple[str, ...]


@dataclass(frozen=True)
class PairScore:
    predicted: int
    correct: int
    true: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.true if self.true else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SplitScore:
    """Theme counts per level and cluster pair scores of one split."""

    split: str
    documents: int
    levels: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    misses: list[Miss] = field(default_factory=list)
    pairs: PairScore | None = None
    commitments: int = 0
    cluster_errors: list[str] = field(default_factory=list)

    @property
    def themes(self) -> Counts:
        total = Counts()
        for counts in self.levels.values():
            total.nodes += counts.nodes
            total.assigned += counts.assigned
            total.correct += counts.correct
            total.required += counts.required
            total.found += counts.found
        return total


def load_labels(labels_dir: str | Path) -> tuple[ThemeLabels, CommitmentLabels]:
    folder = Path(labels_dir)
    try:
        themes = ThemeLabels.model_validate_json((folder / THEMES_FILE).read_bytes())
        commitments = CommitmentLabels.model_validate_json((folder / COMMITMENTS_FILE).read_bytes())
    except (OSError, ValidationError) as exc:
        raise LabelError(f"{folder}: no usable {THEMES_FILE}/{COMMITMENTS_FILE} ({exc})") from exc
    return themes, commitments


def evaluate_split(
    gold_dir: str | Path,
    labels_dir: str | Path,
    split: str,
    *,
    taxonomy: Taxonomy | None = None,
    settings: ClassifySettings | None = None,
    clusters: bool = True,
) -> SplitScore:
    """Score theme classification and (optionally) shared clusters on one split's gold plans."""
    taxonomy = taxonomy or load_taxonomy()
    theme_labels, commitment_labels = load_labels(labels_dir)
    documents = {
        slug: doc
        for slug, doc in sorted(theme_labels.documents.items())
        if doc.split == split and doc.same_as is None
    }
    plans = {slug: _read_plan(Path(gold_dir), slug) for slug in documents}
    score = SplitScore(split=split, documents=len(documents))
    for slug, doc in documents.items():
        _score_themes(score, slug, plans[slug], doc, taxonomy, settings)
    if clusters and plans:
        commitments = [c for c in commitment_labels.commitments if c.split == split]
        comparison = compare(list(plans.values()), names=list(plans), taxonomy=taxonomy)
        score.pairs, score.cluster_errors = _score_pairs(comparison, plans, commitments)
        score.commitments = len(commitments)
    return score


def _read_plan(gold_dir: Path, slug: str) -> Plan:
    path = gold_dir / f"{slug}.json"
    try:
        return Plan.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        raise LabelError(f"{path}: labelled document without a readable gold plan") from exc


def _score_themes(
    score: SplitScore,
    slug: str,
    plan: Plan,
    doc: DocumentLabels,
    taxonomy: Taxonomy,
    settings: ClassifySettings | None,
) -> None:
    assigned = classify(plan, taxonomy, settings=settings)
    texts = _node_texts(plan)
    for node in doc.nodes:
        path = _node_path(node.path)
        if texts.get(path) != node.text:
            raise LabelError(f"{slug} {node.path}: label text {node.text!r} is not in the plan")
        unknown = set(node.themes + node.also) - set(taxonomy.ids)
        if unknown:
            raise LabelError(f"{slug} {node.path}: unknown themes {sorted(unknown)}")
        got = {s.theme for s in assigned[path].scores}
        counts = score.levels[node.level]
        counts.nodes += 1
        counts.assigned += len(got)
        counts.correct += len(got & {*node.themes, *node.also})
        counts.required += len(node.themes)
        counts.found += len(got & set(node.themes))
        if not set(node.themes) <= got or not got <= {*node.themes, *node.also}:
            score.misses.append(
                Miss(
                    slug,
                    node.path,
                    node.text,
                    tuple(sorted(got)),
                    tuple(node.themes),
                    tuple(node.also),
                )  # fmt: skip
            )


def _node_path(text: str) -> NodePath:
    return tuple(int(part) - 1 for part in text.split("."))


def _node_texts(plan: Plan) -> dict[NodePath, str]:
    texts: dict[NodePath, str] = {}
    for p, pillar in enumerate(plan.pillars):
        texts[(p,)] = pillar.title
        for g, goal in enumerate(pillar.goals):
            texts[(p, g)] = goal.title
            for a, activity in enumerate(goal.activities):
                texts[(p, g, a)] = activity.text
    return texts


def _score_pairs(
    comparison: Comparison, plans: dict[str, Plan], commitments: Sequence[Commitment]
) -> tuple[PairScore, list[str]]:
    """Pairs of items of different agencies: in one cluster (predicted), one commitment (true)."""
    number = {slug: n for n, slug in enumerate(plans, start=1)}
    agency_of = {slug: comparison.agency(slug).organisation for slug in plans}
    truth: set[frozenset[str]] = set()
    for commitment in commitments:
        refs = []
        for ref in commitment.items:
            item_id = f"{number[ref.document]}/{ref.path}"
            if comparison.item(item_id).text != ref.text:
                raise LabelError(f"{commitment.id}: {ref.document} {ref.path} is not {ref.text!r}")
            refs.append((item_id, agency_of[ref.document]))
        truth |= _cross_pairs(refs)
    predicted: set[frozenset[str]] = set()
    for cluster in comparison.clusters:
        predicted |= _cross_pairs(
            (item_id, agency_of[_slug(item_id, number)]) for item_id in cluster.items
        )
    errors = [
        " ~ ".join(comparison.item(i).text for i in sorted(pair)) for pair in predicted - truth
    ]
    return PairScore(len(predicted), len(predicted & truth), len(truth)), sorted(errors)


def _slug(item_id: str, number: dict[str, int]) -> str:
    wanted = int(item_id.split("/", 1)[0])
    return next(slug for slug, n in number.items() if n == wanted)


def _cross_pairs(items: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    return {
        frozenset((a, b)) for (a, agency_a), (b, agency_b) in combinations(items, 2)
        if agency_a != agency_b
    }  # fmt: skip


def format_scores(scores: Sequence[SplitScore], *, misses: int = 0) -> str:
    """A plain-text table per split: theme P/R per level and overall, cluster pair P/R/F1."""
    lines = []
    for score in scores:
        lines.append(f"split {score.split}: {score.documents} plans")
        lines.append(f"  {'themes':10} {'nodes':>6} {'precision':>9} {'recall':>7}")
        for level, counts in [*score.levels.items(), ("all", score.themes)]:
            lines.append(
                f"  {level:10} {counts.nodes:6} {counts.precision:9.3f} {counts.recall:7.3f}"
            )
        if score.pairs is not None:
            pairs = score.pairs
            lines.append(
                f"  clusters   {score.commitments} commitments, {pairs.true} true pairs, "
                f"{pairs.predicted} predicted: precision {pairs.precision:.3f} "
                f"recall {pairs.recall:.3f} F1 {pairs.f1:.3f}"
            )
        for miss in score.misses[:misses]:
            lines.append(
                f"  miss {miss.document} {miss.path}: {','.join(miss.assigned) or '-'} "
                f"(want {','.join(miss.required)}{' +' + ','.join(miss.also) if miss.also else ''})"
                f" | {miss.text[:80]}"
            )
        for error in score.cluster_errors[:misses]:
            lines.append(f"  wrong pair: {error[:150]}")
    return "\n".join(lines)
