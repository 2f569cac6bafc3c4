"""Align similar goals and activities across plans: clusters of shared commitments.

Whole-text ratios mislead here: "Training" is a perfect token-set match for every item that
mentions training, and two items sharing "technology" and "training" in different places
need not be about the same thing. So each item becomes a set of *features*, its content
lemmas and adjacent pairs of them ("real time", "command post"), weighted by rarity across
the compared items (inverse document frequency). Two items score the weighted share of the
smaller item's features that the other has; they align only through a shared word pair or
three shared words. Candidate pairs come from one batch call over the lemmatised text.

Synonyms share no word ("drone" / "unmanned aircraft", "co-responder" / "clinician"), so items
also align through the taxonomy's concepts: two items align at ``CONCEPT_SCORE`` when one's
concepts are all the other's, so "LPR alerts into dispatch" (two concepts) does not join
"modernise records and dispatch" over the one they share.

Clusters are stars: the item with the most cross-plan links is a centre, every item aligned
to it joins, and the process repeats on what is left. Every member is similar to its centre,
so chains of pairwise resemblance never join unrelated items.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from planparse.nlp import lemmas
from planparse.similarity import shared_word_pairs
from planparse.themes.match import FUNCTION_WORDS, case_for_lookup

PLAN_WORDS = frozenset({
    "enhance", "improve", "increase", "establish", "develop", "expand", "implement", "maintain",
    "provide", "promote", "support", "create", "continue", "strengthen", "ensure", "conduct",
    "build", "explore", "identify", "evaluate", "review", "update", "launch", "upgrade",
    "deploy", "acquire", "secure", "foster", "utilize", "use", "make", "pursue", "prioritize",
    "achieve", "address", "assess", "bolster", "commit", "commitment", "emphasize", "encourage",
    "focus", "integrate", "leverage", "monitor", "offer", "organize", "participate", "reduce",
    "department", "pd", "police", "agency", "effort", "initiative", "opportunity", "new",
    "current", "existing", "various", "additional", "ongoing", "stand", "well", "good",
})  # fmt: skip
"""Verbs and nouns every plan uses for every kind of commitment: they align nothing."""

ALIGN_CUTOFF = 50.0
"""Minimum score for two items to align."""
FLOOR_FEATURES = 4.0
"""A key lighter than this many average features is scored as if it weighed that much."""
MIN_SHARED_WORDS = 3
"""Shared words needed when the items share no adjacent word pair."""
CONCEPT_SCORE = 80.0
"""Score of two items whose concepts (one's all within the other's) say they are one thing."""


@dataclass(frozen=True)
class Cluster:
    """Item indices aligned to a centre item, with each member's score against the centre."""

    centre: int
    members: tuple[int, ...]
    scores: tuple[float, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Feature weights fitted on the compared items: rare features weigh more."""

    idf: dict[str, float]
    floor: float

    @classmethod
    def fit(cls, keys: Sequence[frozenset[str]]) -> Vocabulary:
        counts = Counter(feature for key in keys for feature in key)
        idf = {f: math.log((1 + len(keys)) / (1 + n)) + 1 for f, n in counts.items()}
        mean = sum(idf.values()) / len(idf) if idf else 1.0
        return cls(idf=idf, floor=FLOOR_FEATURES * mean)

    def weight(self, key: frozenset[str]) -> float:
        return sum(self.idf.get(feature, 1.0) for feature in key)

    def score(self, a: frozenset[str], b: frozenset[str]) -> float:
        """0..100, symmetric: identical keys 100, else the weighted overlap coefficient."""
        if not a or not b:
            return 0.0
        if a == b:
            return 100.0
        shared = a & b
        if not any(" " in f for f in shared) and len(shared) < MIN_SHARED_WORDS:
            return 0.0
        smaller = max(min(self.weight(a), self.weight(b)), self.floor)
        return round(100 * self.weight(shared) / smaller, 1)


def features(texts: Sequence[str]) -> list[frozenset[str]]:
    """Content lemmas of each text and adjacent pairs of them ("real time"); a text with no
    content word is its own single feature, so that identical texts still align."""
    result = []
    for text, words in zip(texts, lemmas(case_for_lookup(text) for text in texts), strict=True):
        content = [w for w in words if len(w) > 1 and w not in FUNCTION_WORDS | PLAN_WORDS]
        pairs = {f"{a} {b}" for a, b in zip(content, content[1:], strict=False)}
        result.append(frozenset(content) | pairs or frozenset({" ".join(text.lower().split())}))
    return result


def score_pairs(
    texts: Sequence[str],
    *,
    score_cutoff: float = ALIGN_CUTOFF,
    concepts: Sequence[frozenset[str]] | None = None,
) -> dict[tuple[int, int], float]:
    """Scores of every pair of texts at or above the cutoff, under both orders (i, j), (j, i).

    One batch call (``shared_word_pairs``, in C) finds every candidate pair, keys that share
    a word; only those are weighted. ``concepts`` (per text) add the
    pairs that name one concept in other words.
    """
    keys = features(texts)
    vocabulary = Vocabulary.fit(keys)
    words = [" ".join(sorted(f for f in key if " " not in f)) or "_" for key in keys]
    scores: dict[tuple[int, int], float] = {}
    for i, j in shared_word_pairs(words):
        if i < j:
            score = vocabulary.score(keys[i], keys[j])
            if score >= score_cutoff:
                scores[i, j] = scores[j, i] = score
    for (i, j), score in concept_pairs(concepts or []).items():
        if score >= score_cutoff and scores.get((i, j), 0.0) < score:
            scores[i, j] = scores[j, i] = score
    for i in range(len(texts)):
        scores[i, i] = 100.0
    return scores


def concept_pairs(concepts: Sequence[frozenset[str]]) -> dict[tuple[int, int], float]:
    """(i, j) -> CONCEPT_SCORE for items i < j whose concepts, one set within the other, meet."""
    holders: dict[str, list[int]] = {}
    for i, found in enumerate(concepts):
        for concept in found:
            holders.setdefault(concept, []).append(i)
    pairs: dict[tuple[int, int], float] = {}
    for members in holders.values():
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if concepts[i] <= concepts[j] or concepts[j] <= concepts[i]:
                    pairs[i, j] = CONCEPT_SCORE
    return pairs


def cluster(
    scores: dict[tuple[int, int], float], groups: Sequence[str], order: Sequence[str]
) -> list[Cluster]:
    """Star clusters over ``scores`` that span at least two groups (agencies).

    ``order`` breaks ties between equally good centres by content (e.g. the item text), so
    the clusters do not depend on the order the plans were given in.
    """
    neighbours: dict[int, dict[int, float]] = {i: {} for i in range(len(groups))}
    for (i, j), score in scores.items():
        if i != j:
            neighbours[i][j] = score
    left = set(range(len(groups)))
    clusters: list[Cluster] = []
    while True:
        centre = _best_centre(neighbours, groups, order, left)
        if centre is None:
            return clusters
        members = sorted({centre} | {j for j in neighbours[centre] if j in left})
        clusters.append(Cluster(centre, tuple(members), tuple(scores[centre, j] for j in members)))
        left -= set(members)


def _best_centre(
    neighbours: dict[int, dict[int, float]],
    groups: Sequence[str],
    order: Sequence[str],
    left: set[int],
) -> int | None:
    """The item aligned to the most other groups (then the highest total score), if any."""

    def strength(i: int) -> tuple[int, float, str, str]:
        linked = {j: s for j, s in neighbours[i].items() if j in left}
        other_groups = {groups[j] for j in linked} - {groups[i]}
        return (len(other_groups), sum(linked.values()), groups[i], order[i])

    ranked = [(strength(i), i) for i in left]
    ranked = [(key, i) for key, i in ranked if key[0] > 0]
    if not ranked:
        return None
    best = max(key[:2] for key, _ in ranked)
    return min((key[2:], i) for key, i in ranked if key[:2] == best)[1]
