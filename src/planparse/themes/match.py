"""Which taxonomy phrases occur in which texts: whole lemmas first, fuzziness only for long phrases.

Texts and phrases are lemmatised the same way (``nlp.lemmas``), so "recruiting officers" meets
the phrase "recruit officer". A one-word phrase matches a whole lemma only: fuzzy matching of
single words takes "detention" for "retention" and "explore" for "explorer". A phrase of several
words matches its lemmas in order, or all of them within one word of each other in any order
("incarceration alternatives" for "alternatives to incarceration"); a phrase long enough to
carry a spelling variant ("behavioural health") may also match fuzzily, with a cutoff that
allows about one edit per ``CHARS_PER_EDIT`` characters. Phrases made only of the taxonomy's
generic words never count. Each hit keeps the span it matched, so one stretch of text counts
once per theme.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from planparse.nlp import lemmas
from planparse.similarity import best_substring_alignment, best_substring_scores
from planparse.themes.taxonomy import Taxonomy

PHRASE_CUTOFF = 90.0
"""Lowest fuzzy score of a long phrase against a text; shorter phrases need more (see below)."""
CHARS_PER_EDIT = 10
"""A fuzzy phrase may differ from the text by one edit per this many characters, no fewer."""
WEAK_WEIGHT = 0.5
"""Weight of a weak phrase, whatever its length (a one-word phrase weighs 1)."""
EXTRA_WORD_WEIGHT = 0.5
"""Added weight per content word beyond the first: "traffic safety" says more than "traffic"."""
ACRONYM_LETTERS = 3
"""Longest word of an ALL-CAPS heading kept in capitals, as a likely acronym ("AI", "DUI")."""
_PLURAL_ACRONYM = re.compile(r"^([A-Z]{2,})s$")
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "for", "with", "by",
    "at", "from", "as", "into", "onto", "within", "across", "through", "via", "over", "under",
    "about", "among", "between", "its", "it", "their", "our", "your", "his", "her", "they",
    "them", "we", "us", "you", "this", "that", "these", "those", "there", "here", "be", "is",
    "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does", "did",
    "will", "shall", "should", "would", "can", "could", "may", "might", "must", "not", "no",
    "all", "each", "every", "any", "some", "such", "both", "either", "neither", "more", "most",
    "other", "another", "same", "than", "then", "so", "very", "also", "only", "just", "who",
    "whom", "which", "what", "when", "where", "how", "why", "while", "if", "because", "etc",
    "include", "per", "up",
})  # fmt: skip
"""Lemmas that carry no topic: skipped when a phrase's words are looked for in any order."""


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
    concept: str | None = None

    def overlaps(self, other: Hit) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Entry:
    """One phrase of the taxonomy, lemmatised."""

    theme: str
    phrase: str
    weight: float
    weak: bool
    words: tuple[str, ...]
    concept: str | None

    @property
    def key(self) -> str:
        return f" {' '.join(self.words)} "


@dataclass(frozen=True)
class PhraseIndex:
    """The taxonomy's usable phrases; one-word phrases by their lemma, longer ones by each of
    their lemmas (candidates for a text are those whose lemmas it has)."""

    entries: tuple[Entry, ...]
    by_word: dict[str, tuple[int, ...]]
    multi: dict[str, tuple[int, ...]]
    fuzzy: tuple[int, ...]
    not_with: dict[str, tuple[tuple[str, ...], ...]]


def lemma_keys(texts: Sequence[str]) -> list[str]:
    """Each text as its space-padded lower-case lemmas, the form phrases are matched in."""
    return [f" {' '.join(words)} " for words in lemmas(case_for_lookup(text) for text in texts)]


def case_for_lookup(text: str) -> str:
    """Lower-case for the lemma lookup, but keep acronyms: lower-cased "AI" looks up as "have".

    In an ALL-CAPS heading only words of up to three letters can be told for acronyms; a plural
    acronym ("LPRs") is its singular.
    """
    longest = ACRONYM_LETTERS if text.isupper() else len(text)
    words = []
    for word in text.split():
        plural = _PLURAL_ACRONYM.match(word)
        if plural and not text.isupper():
            words.append(plural.group(1))
        elif word.isupper() and 1 < len(word) <= longest:
            words.append(word)
        else:
            words.append(word.lower())
    return " ".join(words)


@cache
def phrase_index(taxonomy: Taxonomy) -> PhraseIndex:
    """Lemmatise every phrase, concept term, stop word and ``not_with`` cue once per taxonomy."""
    raw: list[tuple[str, str, float, str | None]] = [
        (theme.id, phrase, strength, None)
        for theme in taxonomy.themes
        for phrases, strength in ((theme.phrases, 1.0), (theme.weak_phrases, WEAK_WEIGHT))
        for phrase in phrases
    ]
    raw += [
        (theme.id, term, 1.0, concept.id)
        for theme in taxonomy.themes
        for concept in theme.concepts
        for term in concept.terms
    ]
    blockers = [(theme.id, phrase) for theme in taxonomy.themes for phrase in theme.not_with]
    generic_words = list(taxonomy.generic_words)
    keys = lemma_keys([p for _, p, _, _ in raw] + generic_words + [p for _, p in blockers])
    phrase_keys, rest = keys[: len(raw)], keys[len(raw) :]
    generic = {key.strip() for key in rest[: len(generic_words)]}
    entries = _entries(raw, phrase_keys, generic)
    not_with: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    for (theme, _), key in zip(blockers, rest[len(generic_words) :], strict=True):
        not_with[theme].append(tuple(key.split()))
    multi = _by_each_word(entries)
    long = sorted({row for rows in multi.values() for row in rows})
    return PhraseIndex(
        entries=tuple(entries),
        by_word=_by_single_word(entries),
        multi=multi,
        fuzzy=tuple(row for row in long if len(entries[row].key.strip()) >= CHARS_PER_EDIT),
        not_with={theme: tuple(found) for theme, found in not_with.items()},
    )


def _entries(
    raw: Sequence[tuple[str, str, float, str | None]], keys: Sequence[str], generic: set[str]
) -> list[Entry]:
    """The usable phrases: weighted by their content words, none made of generic words only."""
    entries = []
    for (theme, phrase, strength, concept), key in zip(raw, keys, strict=True):
        words = tuple(key.split())
        if not words or all(word in generic for word in words):
            continue
        content = max(1, len(set(words) - FUNCTION_WORDS))
        weight = WEAK_WEIGHT if strength < 1 else 1 + EXTRA_WORD_WEIGHT * (content - 1)
        entries.append(Entry(theme, phrase, weight, strength < 1, words, concept))
    return entries


def _by_single_word(entries: Sequence[Entry]) -> dict[str, tuple[int, ...]]:
    """One-word phrases by lemma and by surface form: the lookup lemmatiser maps "shooting"
    to "shoot" but leaves "shootings" as "shooting"."""
    found: defaultdict[str, list[int]] = defaultdict(list)
    for row, entry in enumerate(entries):
        if len(entry.words) == 1:
            for form in {entry.words[0], case_for_lookup(entry.phrase).lower()}:
                found[form].append(row)
    return {word: tuple(rows) for word, rows in found.items()}


def _by_each_word(entries: Sequence[Entry]) -> dict[str, tuple[int, ...]]:
    """Phrases of several words under each of their lemmas."""
    found: defaultdict[str, list[int]] = defaultdict(list)
    for row, entry in enumerate(entries):
        if len(entry.words) > 1:
            for word in set(entry.words):
                found[word].append(row)
    return {word: tuple(rows) for word, rows in found.items()}


def fuzzy_cutoff(phrase_key: str, score_cutoff: float) -> float:
    """The score a fuzzy match of this phrase needs: about one edit per CHARS_PER_EDIT chars."""
    length = len(phrase_key.strip())
    edits = length // CHARS_PER_EDIT
    return max(score_cutoff, 100 * (1 - edits / length)) if edits else 101.0


def find_phrases(
    texts: Sequence[str], taxonomy: Taxonomy, *, score_cutoff: float = PHRASE_CUTOFF
) -> list[list[Hit]]:
    """The phrases found in each text, one list per text (one hit per phrase at most).

    A theme's hits are dropped from a text that also holds one of the theme's ``not_with``
    phrases ("mental health" of employees is not the public mental-health response).
    """
    if not texts:
        return []
    index = phrase_index(taxonomy)
    text_keys = lemma_keys(texts)
    fuzzy = _fuzzy_scores(index, text_keys, score_cutoff)
    found = []
    for column, key in enumerate(text_keys):
        words = _words(key)
        hits = [*_word_hits(index, words), *_phrase_hits(index, words, fuzzy[column])]
        blocked = {
            theme
            for theme, phrases in index.not_with.items()
            if any(_in_order(words, phrase) is not None for phrase in phrases)
        }
        found.append(_most_specific([hit for hit in hits if hit.theme not in blocked]))
    return found


def _most_specific(hits: list[Hit]) -> list[Hit]:
    """Drop a hit inside a longer hit of another theme: the longer phrase says what the words
    mean ("outreach" in "homeless outreach", "mental health" in "employee mental health")."""
    return [
        hit
        for hit in hits
        if not any(
            other.theme != hit.theme
            and other.start <= hit.start
            and hit.end <= other.end
            and other.end - other.start > hit.end - hit.start
            and not other.weak
            for other in hits
        )
    ]


def concepts_in(texts: Sequence[str], taxonomy: Taxonomy) -> list[frozenset[str]]:
    """The taxonomy concepts each text names, by any of their terms."""
    return [
        frozenset(hit.concept for hit in hits if hit.concept)
        for hits in find_phrases(texts, taxonomy)
    ]


def _words(key: str) -> list[tuple[str, int, int]]:
    """(lemma, start, end) of every lemma of a padded key."""
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", key)]


def _hit(entry: Entry, score: float, start: int, end: int) -> Hit:
    return Hit(
        entry.theme, entry.phrase, entry.weight, entry.weak, score, start, end, entry.concept
    )


def _word_hits(index: PhraseIndex, words: list[tuple[str, int, int]]) -> list[Hit]:
    hits: dict[int, Hit] = {}
    for word, start, end in words:
        for row in index.by_word.get(word, ()):
            hits.setdefault(row, _hit(index.entries[row], 100.0, start, end))
    return list(hits.values())


def _phrase_hits(
    index: PhraseIndex, words: list[tuple[str, int, int]], fuzzy: dict[int, tuple[float, int, int]]
) -> list[Hit]:
    """Phrases of several words: their lemmas in order, or in any order close together, or
    (long phrases only) a fuzzy match."""
    present = {word for word, _, _ in words}
    candidates = {row for word in present for row in index.multi.get(word, ())}
    hits = []
    for row in sorted(candidates | set(fuzzy)):
        entry = index.entries[row]
        span = None
        if set(entry.words) - FUNCTION_WORDS <= present and not set(entry.words) <= FUNCTION_WORDS:
            span = _in_order(words, entry.words) or _any_order(words, entry.words)
        if span is not None:
            hits.append(_hit(entry, 100.0, *span))
        elif row in fuzzy:
            hits.append(_hit(entry, *fuzzy[row]))
    return hits


def _in_order(words: list[tuple[str, int, int]], phrase: tuple[str, ...]) -> tuple[int, int] | None:
    n = len(phrase)
    for i in range(len(words) - n + 1):
        if all(words[i + k][0] == phrase[k] for k in range(n)):
            return words[i][1], words[i + n - 1][2]
    return None


def _any_order(
    words: list[tuple[str, int, int]], phrase: tuple[str, ...]
) -> tuple[int, int] | None:
    """Every content word of the phrase within a window one word longer than them, in any
    order: "incarceration alternatives" for "alternatives to incarceration". Two words alone
    must be in order."""
    wanted = set(phrase) - FUNCTION_WORDS
    if len(wanted) < 2 or (len(wanted) == 2 and len(phrase) == 2):
        return None  # "police data" in any order is also "data-driven policing"
    size = len(wanted) + 1
    for i in range(max(1, len(words) - size + 1)):
        window = words[i : i + size]
        if wanted <= {word for word, _, _ in window}:
            inside = [w for w in window if w[0] in wanted]
            return inside[0][1], inside[-1][2]
    return None


def _fuzzy_scores(
    index: PhraseIndex, text_keys: Sequence[str], score_cutoff: float
) -> list[dict[int, tuple[float, int, int]]]:
    """Per text, fuzzy hits of long phrases: row -> (score, start, end), one ``cdist`` call."""
    result: list[dict[int, tuple[float, int, int]]] = [{} for _ in text_keys]
    if not index.fuzzy:
        return result
    needles = [index.entries[row].key for row in index.fuzzy]
    for i, column, score in best_substring_scores(needles, text_keys, score_cutoff=score_cutoff):
        needle, text = needles[i], text_keys[column]
        if len(needle) > len(text) or score < fuzzy_cutoff(needle, score_cutoff):
            continue
        where = best_substring_alignment(needle, text)
        start = where.dest_start + (text[where.dest_start] == " ")
        end = where.dest_end - (text[where.dest_end - 1] == " ")
        result[column][index.fuzzy[i]] = (where.score, start, max(end, start + 1))
    return result


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
