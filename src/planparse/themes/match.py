"""Which taxonomy phrases occur in which texts: RapidFuzz over lower-case lemmas.

Texts and phrases are lemmatised the same way (``nlp.lemmas``), so "recruiting officers"
meets the phrase "recruit officer". Both are padded with spaces and compared with
``fuzz.partial_ratio``: the padding keeps matches on word boundaries ("train" does not hit
"training" by accident), the fuzziness absorbs spelling variants ("wellbeing" / "well-being").
A second pass finds multi-word phrases in any order with ``fuzz.token_set_ratio`` over short
windows of words ("incarceration alternatives" for "alternatives to incarceration"). Each hit
keeps the span of text it matched, so one stretch of text counts once per theme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from planparse.nlp import lemmas
from planparse.themes.taxonomy import Taxonomy

Scorer = Callable[..., float]

PHRASE_CUTOFF = 90.0
"""Minimum partial_ratio of a padded phrase against a padded text to count as present."""
WEAK_WEIGHT = 0.5
"""Weight of a weak phrase, whatever its length (a one-word phrase weighs 1)."""
EXTRA_WORD_WEIGHT = 0.5
"""Added weight per word beyond the first: "traffic safety" says more than "traffic"."""
ACRONYM_LETTERS = 3
"""Longest word of an ALL-CAPS heading kept in capitals, as a likely acronym ("AI", "DUI")."""


@dataclass(frozen=True)
class Hit:
    """A taxonomy phrase found in a text: its theme, weight, score and the span it covers."""

    theme: str
    phrase: str
    weight: float
    weak: bool
    score: float
    start: int
    end: int

    def overlaps(self, other: Hit) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class PhraseIndex:
    """The taxonomy's phrases, lemmatised once: parallel tuples, one entry per phrase."""

    themes: tuple[str, ...]
    phrases: tuple[str, ...]
    weights: tuple[float, ...]
    weak: tuple[bool, ...]
    keys: tuple[str, ...]


def lemma_keys(texts: Sequence[str]) -> list[str]:
    """Each text as its space-padded lower-case lemmas, the form phrases are matched in."""
    return [f" {' '.join(words)} " for words in lemmas(case_for_lookup(text) for text in texts)]


def case_for_lookup(text: str) -> str:
    """Lower-case for the lemma lookup, but keep acronyms: lower-cased "AI" looks up as "have".

    In an ALL-CAPS heading only words of up to three letters can be told for acronyms.
    """
    longest = ACRONYM_LETTERS if text.isupper() else len(text)
    return " ".join(
        word if word.isupper() and 1 < len(word) <= longest else word.lower()
        for word in text.split()
    )


@cache
def phrase_index(taxonomy: Taxonomy) -> PhraseIndex:
    """Lemmatise every phrase of the taxonomy once per taxonomy."""
    entries = [
        (theme.id, phrase, strength)
        for theme in taxonomy.themes
        for phrases, strength in ((theme.phrases, 1.0), (theme.weak_phrases, WEAK_WEIGHT))
        for phrase in phrases
    ]
    keys = lemma_keys([phrase for _, phrase, _ in entries])
    weights = [
        WEAK_WEIGHT if strength < 1 else 1 + EXTRA_WORD_WEIGHT * (len(key.split()) - 1)
        for (_, _, strength), key in zip(entries, keys, strict=True)
    ]
    return PhraseIndex(
        themes=tuple(theme for theme, _, _ in entries),
        phrases=tuple(phrase for _, phrase, _ in entries),
        weights=tuple(weights),
        weak=tuple(strength < 1 for _, _, strength in entries),
        keys=tuple(keys),
    )


def find_phrases(
    texts: Sequence[str],
    taxonomy: Taxonomy,
    *,
    scorer: Scorer = fuzz.partial_ratio,
    score_cutoff: float = PHRASE_CUTOFF,
) -> list[list[Hit]]:
    """The phrases found in each text, one list per text.

    All phrases are scored against all texts in one ``process.cdist`` call. A phrase longer
    than the text is never a hit: partial_ratio would otherwise find the text inside the phrase.
    """
    if not texts:
        return []
    index = phrase_index(taxonomy)
    text_keys = lemma_keys(texts)
    matrix = process.cdist(index.keys, text_keys, scorer=scorer, score_cutoff=score_cutoff)
    found = [
        [
            _hit(index, int(row), text_key)
            for row in matrix[:, column].nonzero()[0]
            if len(index.keys[row]) <= len(text_key)
        ]
        for column, text_key in enumerate(text_keys)
    ]
    for column, hit in _unordered_hits(index, text_keys, score_cutoff):
        found[column].append(hit)
    return found


def _unordered_hits(
    index: PhraseIndex, text_keys: Sequence[str], score_cutoff: float
) -> list[tuple[int, Hit]]:
    """Multi-word phrases whose words all occur, in any order, within one word of each other.

    One ``cdist`` per phrase length n over every window of n + 1 words of every text.
    """
    rows_by_length: dict[int, list[int]] = {}
    for row, key in enumerate(index.keys):
        if len(key.split()) > 1:
            rows_by_length.setdefault(len(key.split()), []).append(row)
    result: list[tuple[int, Hit]] = []
    for length, rows in rows_by_length.items():
        windows = [
            w for column, key in enumerate(text_keys) for w in _windows(column, key, length + 1)
        ]
        if not windows:
            continue
        matrix = process.cdist(
            [index.keys[row] for row in rows],
            [text for _, text, _, _ in windows],
            scorer=fuzz.token_set_ratio,
            score_cutoff=score_cutoff,
        )
        for i, j in zip(*matrix.nonzero(), strict=True):
            column, _, start, end = windows[j]
            row = rows[i]
            hit = Hit(index.themes[row], index.phrases[row], index.weights[row], index.weak[row],
                      float(matrix[i, j]), start, end)  # fmt: skip
            result.append((column, hit))
    return result


def _windows(column: int, key: str, size: int) -> list[tuple[int, str, int, int]]:
    """(text column, words, start, end) of every run of ``size`` words in a padded key."""
    starts = [i + 1 for i, char in enumerate(key[:-1]) if char == " "]
    words = key.split()
    return [
        (
            column,
            " ".join(words[i : i + size]),
            starts[i],
            starts[i + size - 1] + len(words[i + size - 1]),
        )
        for i in range(len(words) - size + 1)
    ]


def _hit(index: PhraseIndex, row: int, text_key: str) -> Hit:
    where = fuzz.partial_ratio_alignment(index.keys[row], text_key)
    assert where is not None  # None only below a score_cutoff, and none is given
    return Hit(
        theme=index.themes[row],
        phrase=index.phrases[row],
        weight=index.weights[row],
        weak=index.weak[row],
        score=where.score,
        start=where.dest_start + 1,  # without the padding spaces, which neighbours share
        end=where.dest_end - 1,
    )


def distinct(hits: Sequence[Hit]) -> list[Hit]:
    """The hits of one theme that count: one per stretch of text, and one weak phrase at most.

    Overlapping hits ("relationship" inside "community relationship") are one piece of
    evidence; weak phrases do not add up, so "efficiency, effectiveness" is still weak.
    """
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.weight * h.score, h.phrase)):
        clash = any(hit.overlaps(other) or (hit.weak and other.weak) for other in kept)
        if not clash:
            kept.append(hit)
    return kept
