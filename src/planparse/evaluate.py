"""Score parsed plans against gold plans, level by level.

Two views per level: *strict* counts a node only when its parent matched the gold node's parent
(the hierarchy is right), *flat* matches every node of a level regardless of parent (the text was
found). Nodes are paired one-to-one by fuzzy text similarity, so cosmetic differences (case,
"&" vs "and", a trailing ";") never cost a point.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import (
    Callable,
    Collection,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from planparse.clean import normalise
from planparse.models import Activity, Goal, Milestone, Pillar, Plan
from planparse.similarity import text_similarity

MATCH_THRESHOLD = 85.0
"""Minimum ``similar()`` score for two texts to count as the same node."""

LEVELS = ("pillars", "goals", "activities", "milestones", "leads")
FIELDS = ("kind", "agency", "title", "period", "mission", "vision", "values")

Key = tuple[Hashable, str]
"""A node's match key: a part that must be equal (milestone period) and a text to compare."""

_N = TypeVar("_N")


def similar(a: str, b: str) -> float:
    """Similarity 0..100 of two texts after ``normalise()``."""
    return text_similarity(normalise(a), normalise(b))


def match(gold: Sequence[Key], pred: Sequence[Key]) -> list[tuple[int, int]]:
    """Pair gold and predicted keys one-to-one, best score first, as (gold index, pred index).

    Greedy by descending similarity (ties by position): cheap, deterministic and close to optimal
    when most pairs are near-identical. Only keys with equal first parts are compared.
    """
    by_group: defaultdict[Hashable, list[tuple[int, str]]] = defaultdict(list)
    for gi, (group, text) in enumerate(gold):
        by_group[group].append((gi, normalise(text)))
    candidates: list[tuple[float, int, int]] = []
    for pi, (group, text) in enumerate(pred):
        norm = normalise(text)
        for gi, gold_norm in by_group.get(group, ()):
            score = text_similarity(gold_norm, norm, score_cutoff=MATCH_THRESHOLD)
            if score:
                candidates.append((-score, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass(frozen=True)
class LevelScore:
    """Counts for one level; the rates derive from them so corpus totals can simply add up."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def applicable(self) -> bool:
        """False when neither plan has anything at this level: nothing to get right or wrong."""
        return bool(self.n_pred or self.n_gold)

    @property
    def precision(self) -> float | None:
        """tp / n_pred; 0.0 when nothing was predicted but gold has nodes, None if n/a."""
        if not self.applicable:
            return None
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float | None:
        """tp / n_gold; 0.0 when gold is empty but nodes were predicted, None if n/a."""
        if not self.applicable:
            return None
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (2 tp / (n_pred + n_gold)), None if n/a."""
        if not self.applicable:
            return None
        return 2 * self.tp / (self.n_pred + self.n_gold)

    def __add__(self, other: LevelScore) -> LevelScore:
        return LevelScore(
            self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold
        )


@dataclass(frozen=True)
class PlanScore:
    """One document's scores: per level in both views, and each plan field right or wrong."""

    strict: dict[str, LevelScore]
    flat: dict[str, LevelScore]
    fields: dict[str, bool]


@dataclass(frozen=True)
class CorpusScore:
    """Micro-averaged total of several documents; ``fields`` counts documents with it right."""

    strict: dict[str, LevelScore]
    flat: dict[str, LevelScore]
    fields: dict[str, int]
    documents: int


def total(scores: Iterable[PlanScore]) -> CorpusScore:
    """Sum documents' counts (micro-average), so large plans weigh by their size."""
    empty = LevelScore(0, 0, 0)
    strict = dict.fromkeys(LEVELS, empty)
    flat = dict.fromkeys(LEVELS, empty)
    fields = dict.fromkeys(FIELDS, 0)
    documents = 0
    for score in scores:
        documents += 1
        for level in LEVELS:
            strict[level] += score.strict[level]
            flat[level] += score.flat[level]
        for name in FIELDS:
            fields[name] += score.fields[name]
    return CorpusScore(strict, flat, fields, documents)


def _title_key(node: Pillar | Goal) -> Key:
    return None, node.title


def _text_key(node: Activity) -> Key:
    return None, node.text


def _milestone_key(node: Milestone) -> Key:
    return node.period, node.text


def _lead_set(leads: Iterable[str | None]) -> set[str]:
    return {norm for lead in leads if lead and (norm := normalise(lead))}


def _pairs(
    gold: Sequence[_N], pred: Sequence[_N], key: Callable[[_N], Key]
) -> Iterator[tuple[_N, _N]]:
    for gi, pi in match([key(n) for n in gold], [key(n) for n in pred]):
        yield gold[gi], pred[pi]


def _strict_tp(gold: Plan, pred: Plan) -> Counter[str]:
    """True positives when children are matched only within matched parent pairs."""
    tp: Counter[str] = Counter()
    for gp, pp in _pairs(gold.pillars, pred.pillars, _title_key):
        tp["pillars"] += 1
        for gg, pg in _pairs(gp.goals, pp.goals, _title_key):
            tp["goals"] += 1
            tp["leads"] += len(_lead_set(gg.leads) & _lead_set(pg.leads))
            for ga, pa in _pairs(gg.activities, pg.activities, _text_key):
                tp["activities"] += 1
                tp["leads"] += len(_lead_set(ga.leads) & _lead_set(pa.leads))
                for gm, pm in _pairs(ga.milestones, pa.milestones, _milestone_key):
                    tp["milestones"] += 1
                    tp["leads"] += len(_lead_set([gm.lead]) & _lead_set([pm.lead]))
    return tp


@dataclass(frozen=True)
class _Inventory:
    """Every node of a plan by level with parents forgotten: the flat view's input."""

    keys: dict[str, list[Key]]
    leads: Counter[str]

    @classmethod
    def of(cls, plan: Plan) -> _Inventory:
        goals = [g for p in plan.pillars for g in p.goals]
        activities = [a for g in goals for a in g.activities]
        milestones = [m for a in activities for m in a.milestones]
        lead_sets = [_lead_set(g.leads) for g in goals] + [_lead_set(a.leads) for a in activities]
        lead_sets += [_lead_set([m.lead]) for m in milestones]
        keys = {
            "pillars": [_title_key(p) for p in plan.pillars],
            "goals": [_title_key(g) for g in goals],
            "activities": [_text_key(a) for a in activities],
            "milestones": [_milestone_key(m) for m in milestones],
        }
        return cls(keys, Counter(lead for leads in lead_sets for lead in leads))

    def count(self, level: str) -> int:
        return self.leads.total() if level == "leads" else len(self.keys[level])


def _text_ok(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is pred
    return similar(gold, pred) >= MATCH_THRESHOLD


def _score_fields(gold: Plan, pred: Plan) -> dict[str, bool]:
    return {
        "kind": gold.kind == pred.kind,
        "agency": _text_ok(gold.agency, pred.agency),
        "title": _text_ok(gold.title, pred.title),
        "period": gold.period == pred.period,
        "mission": _text_ok(gold.mission, pred.mission),
        "vision": _text_ok(gold.vision, pred.vision),
        "values": {normalise(v) for v in gold.values} == {normalise(v) for v in pred.values},
    }


def evaluate(gold: Plan, pred: Plan) -> PlanScore:
    """Score one predicted plan against its gold plan.

    Leads are compared per node as sets of normalised names (a goal's ``leads``, an activity's
    ``leads``, a milestone's ``lead``); strict leads count only on strictly matched nodes, flat
    leads compare the multisets of all leads in each plan.
    """
    g, p = _Inventory.of(gold), _Inventory.of(pred)
    strict_tp = _strict_tp(gold, pred)
    strict: dict[str, LevelScore] = {}
    flat: dict[str, LevelScore] = {}
    for level in LEVELS:
        n_pred, n_gold = p.count(level), g.count(level)
        if level == "leads":
            flat_tp = (g.leads & p.leads).total()
        else:
            flat_tp = len(match(g.keys[level], p.keys[level]))
        strict[level] = LevelScore(strict_tp[level], n_pred, n_gold)
        flat[level] = LevelScore(flat_tp, n_pred, n_gold)
    return PlanScore(strict, flat, _score_fields(gold, pred))


def gold_paths(gold_dir: Path, stems: Collection[str] | None = None) -> list[Path]:
    """The ``<stem>.json`` plans of gold_dir (not ``<stem>.<kind>.json`` side files), in name
    order, only those of ``stems`` when given."""
    plans = [path for path in sorted(gold_dir.glob("*.json")) if path.suffixes == [".json"]]
    return [path for path in plans if stems is None or path.stem in stems]


def read_split(splits_file: Path, name: str) -> frozenset[str]:
    """The document stems of one split in a ``{"dev": [...], "test": [...]}`` file."""
    splits = json.loads(splits_file.read_text(encoding="utf-8"))
    if name not in splits:
        known = ", ".join(sorted(splits))
        raise ValueError(f"no split {name!r} in {splits_file} (it has: {known})")
    return frozenset(splits[name])


def evaluate_dirs(
    gold_dir: Path, pred_dir: Path, stems: Collection[str] | None = None
) -> dict[str, PlanScore]:
    """Score every gold plan in gold_dir (see ``gold_paths``) against the same stem in pred_dir.

    A missing prediction scores as an empty plan, so a document the parser skipped costs all its
    recall; predictions without gold are ignored.
    """
    scores: dict[str, PlanScore] = {}
    for gold_path in gold_paths(gold_dir, stems):
        gold = Plan.model_validate_json(gold_path.read_text(encoding="utf-8"))
        pred_path = pred_dir / gold_path.name
        if pred_path.is_file():
            pred = Plan.model_validate_json(pred_path.read_text(encoding="utf-8"))
        else:
            pred = Plan()
        scores[gold_path.stem] = evaluate(gold, pred)
    return scores


_ROW = "{:<11}{:>7}{:>7}{:>7} |{:>7}{:>7}{:>7} |{:>7}{:>7}{:>6}{:>6}"
_HEADER = (
    f"{'':<13}{' strict ':-^19} |  {' flat ':-^19} |  {' tp ':-^12}",
    _ROW.format("level", "P", "R", "F1", "P", "R", "F1", "strict", "flat", "pred", "gold"),
)


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _level_rows(strict: Mapping[str, LevelScore], flat: Mapping[str, LevelScore]) -> list[str]:
    rows = []
    for level in LEVELS:
        s, f = strict[level], flat[level]
        rates = [_rate(x) for x in (s.precision, s.recall, s.f1, f.precision, f.recall, f.f1)]
        rows.append(_ROW.format(level, *rates, s.tp, f.tp, s.n_pred, s.n_gold))
    return rows


def format_report(scores: Mapping[str, PlanScore], per_document: bool = True) -> str:
    """Render per-document (unless not wanted) and micro-averaged total scores as an aligned
    plain-text table."""
    lines = list(_HEADER)
    for stem, score in scores.items() if per_document else ():
        lines += ["", stem, *_level_rows(score.strict, score.flat)]
        marks = (f"{name} {'ok' if score.fields[name] else 'WRONG'}" for name in FIELDS)
        lines.append("fields: " + ", ".join(marks))
    corpus = total(scores.values())
    lines += ["", f"TOTAL ({corpus.documents} documents, micro-averaged)"]
    lines += _level_rows(corpus.strict, corpus.flat)
    counts = (f"{name} {corpus.fields[name]}/{corpus.documents}" for name in FIELDS)
    lines.append("fields: " + ", ".join(counts))
    return "\n".join(lines) + "\n"


_IGNORED = frozenset({"source", "warnings", "document"})
_MISSING = object()
_SHOWN = 80


def _show(value: object) -> str:
    if value is _MISSING:
        return "(missing)"
    if isinstance(value, dict):
        label = value.get("title") or value.get("text")
        return repr(label) if label is not None else repr(value)
    return repr(value)


def _show_texts(gold: str, pred: str) -> tuple[str, str]:
    """Short texts as printed; long ones as normalised excerpts from just before they diverge."""
    if max(len(gold), len(pred)) <= _SHOWN:
        return repr(gold), repr(pred)
    a, b = normalise(gold), normalise(pred)
    start = max(0, len(os.path.commonprefix([a, b])) - 20)

    def excerpt(text: str) -> str:
        end = start + _SHOWN
        return repr(("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""))

    return excerpt(a), excerpt(b)


def _diff(gold: object, pred: object, path: str) -> str | None:
    if isinstance(gold, dict) and isinstance(pred, dict):
        for key, value in gold.items():
            if key not in _IGNORED:
                found = _diff(value, pred.get(key), f"{path}.{key}" if path else key)
                if found:
                    return found
        return None
    if isinstance(gold, list) and isinstance(pred, list):
        for i in range(max(len(gold), len(pred))):
            g = gold[i] if i < len(gold) else _MISSING
            p = pred[i] if i < len(pred) else _MISSING
            found = _diff(g, p, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(gold, str) and isinstance(pred, str):
        if normalise(gold) == normalise(pred):
            return None
        shown_gold, shown_pred = _show_texts(gold, pred)
        return f"{path}: gold {shown_gold} != parsed {shown_pred}"
    if gold == pred:
        return None
    return f"{path}: gold {_show(gold)} != parsed {_show(pred)}"


def first_difference(gold: Plan, pred: Plan) -> str | None:
    """Locate the first place two plans differ, as one line, ignoring ``source``,
    ``warnings`` and ``document``.

    Text is compared with ``normalise()`` equality, so only real differences show up.
    """
    return _diff(gold.model_dump(mode="json"), pred.model_dump(mode="json"), "")
