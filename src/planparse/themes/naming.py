"""Short names for shared commitments, made from the wording their members share.

A cluster of goals and activities is named by the run of content words (no function or plan
words, each text's opening verb skipped) that most members print, the rarest across all the
compared items first: "Sobriety checkpoints", "Peer support team", not one plan's sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from planparse.themes.align import PLAN_WORDS
from planparse.themes.match import FUNCTION_WORDS

LABEL_WORDS = 3
"""Longest run of words a generated cluster label takes from its members' texts."""
_WORD = re.compile(r"[\w'’-]+")
_LABEL_EDGE_STOP = frozenset({
    "during", "before", "after", "against", "without", "toward", "towards", "least", "year",
    "years", "annually", "quarterly",
})  # fmt: skip
"""Words a cluster label never holds besides function and plan words: "checkpoints during"."""


def cluster_label(members: Sequence[str], centre: str, rarity: dict[str, float]) -> str:
    """A short label from the wording most members share: the run of up to LABEL_WORDS content
    words (each text's opening verb skipped) that most members have, the rarest across all
    compared items first; the centre's first words when members share no run. Runs are
    compared with plurals folded ("technologies")."""
    counts: Counter[str] = Counter()
    for member in members:
        counts.update({key for key, _ in _runs(member)})
    centre_runs = _runs(centre)
    surface = dict(reversed(centre_runs))
    shared = [key for key in surface if counts[key] >= max(2, len(members) / 2)]
    if not shared:
        words = centre.rstrip(".").split()
        return " ".join(words[:6]) + ("…" if len(words) > 6 else "")
    best = max(shared, key=lambda key: (counts[key], sum(rarity.get(w, 0.0) for w in key.split())))
    if " " not in best:  # one word says little: the centre's two-word run around it
        best = next((key for key in surface if len(key.split()) == 2 and best in key), best)
    label = surface[best]
    return label[:1].upper() + label[1:]


def word_rarity(texts: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each plural-folded word over the texts."""
    counts = Counter(word for text in texts for word in {key for key, _ in _runs(text, 1)})
    return {word: math.log((1 + len(texts)) / (1 + n)) for word, n in counts.items()}


def _runs(text: str, longest: int = LABEL_WORDS) -> list[tuple[str, str]]:
    """(plural-folded key, lower-case text) of runs of 1..longest content words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) > 3:
        words = words[1:]  # plans open goals and actions with a verb: "Expand", "Hold"
    stop = FUNCTION_WORDS | PLAN_WORDS | _LABEL_EDGE_STOP
    content = [w not in stop and not w.isdigit() and len(w) > 1 for w in words]
    keys = [_singular(word) for word in words]
    return [
        (" ".join(keys[i : i + n]), " ".join(words[i : i + n]))
        for n in range(longest, 0, -1)
        for i in range(len(words) - n + 1)
        if all(content[i : i + n])
    ]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
