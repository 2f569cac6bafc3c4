"""How alike two texts are, as scores 0..100: the one home of rapidfuzz.

Every score is an Indel-distance similarity (100 is identical). ``text_similarity`` compares
whole texts; ``best_substring_*`` score a short text against its best-fitting stretch of a
longer one; ``shared_word_pairs`` finds texts that have a word in common.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import ScoreAlignment


def text_similarity(a: str, b: str, *, score_cutoff: float = 0.0) -> float:
    """Similarity of two whole texts; 0 when below ``score_cutoff``."""
    return fuzz.ratio(a, b, score_cutoff=score_cutoff)


def most_similar(
    text: str, choices: Sequence[str], *, score_cutoff: float, limit: int
) -> list[tuple[str, float, int]]:
    """Up to ``limit`` choices at least ``score_cutoff`` like the text, best first, as
    (choice, score, index)."""
    return process.extract(text, choices, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=limit)


def best_substring_scores(
    needles: Sequence[str], texts: Sequence[str], *, score_cutoff: float
) -> list[tuple[int, int, float]]:
    """(needle index, text index, score) of every needle scoring at least ``score_cutoff``
    against its best stretch of a text, by needle then text, in one batch call.

    Scores are the batch's single-precision values, so comparing them to a threshold rounds
    the threshold to that precision as well.
    """
    matrix = process.cdist(needles, texts, scorer=fuzz.partial_ratio, score_cutoff=score_cutoff)
    return [(int(i), int(j), matrix[i, j]) for i, j in zip(*matrix.nonzero(), strict=True)]


def best_substring_alignment(needle: str, text: str) -> ScoreAlignment:
    """Where in ``text`` the needle fits best (``dest_start``, ``dest_end``) and its score."""
    where = fuzz.partial_ratio_alignment(needle, text)
    assert where is not None  # None only below a score_cutoff, and none is given
    return where


def shared_word_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(i, j) of every two texts (each a string of words) with a word in common, both orders
    and each text with itself, by i then j."""
    matrix = process.cdist(texts, texts, scorer=fuzz.partial_token_set_ratio, score_cutoff=100)
    return [(int(i), int(j)) for i, j in zip(*matrix.nonzero(), strict=True)]
