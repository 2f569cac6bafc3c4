"""The only module that imports spaCy: a rule-based English pipeline built once, lazily.

No trained model is downloaded: a blank English tokenizer, the rule sentencizer, the
lookup lemmatizer from spacy-lookups-data and Matcher patterns are enough for the
closed vocabulary of plans and directives (modals, frequencies, quantities, actors).
spaCy itself is imported on first use, not with this module: importing it takes longer
than parsing a short plan, and only policy documents and comparisons need it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from planparse.vocabulary import ACTOR_NOUNS, FREQUENCY_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token

UNITS = ["hour", "day", "week", "month", "year", "time", "session", "meeting", "course", "quarter",
         "shift"]  # fmt: skip
# Words that tie a deadline to a span of time or an event: "within 30 days", "after three
# years", "before the end of each shift", "at the start of each shift".
DEADLINE_WORDS = ["within", "after"]
DETERMINERS = ["the", "a", "an", "each", "every", "its", "their"]  # "of the alert" is no event
EVENT_PREFIXES: list[list[str]] = [[], ["at", "the", "start", "of"], ["before", "the", "end", "of"],
                                   ["at", "the", "end", "of"]]  # fmt: skip
QUANTIFIERS: list[list[str]] = [
    ["at", "least"],
    ["a", "minimum", "of"],
    ["no", "less", "than"],
    ["up", "to"],
]
MODALS: list[list[dict[str, Any]]] = [
    [{"LOWER": {"IN": ["shall", "must", "should"]}}],
    [{"LOWER": "will"}, {"LOWER": "be"}, {"LOWER": {"IN": ["responsible", "required"]}}],
    [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["encouraged", "required", "expected"]}}],
]
# "will" + a verb directs only an actor ("The Records Unit will respond"): "This policy will
# help" states a purpose.
ACTOR_MODALS: list[list[dict[str, Any]]] = [[{"LOWER": "will"}, {"IS_ALPHA": True}]]
# words that end a subject's head phrase; a participle after its head ends it too
# (``participle``), while one before it ("the assigned supervisor") is part of the phrase
SUBJECT_STOPS = {"who", "that", "which", "of", "to", "in", "for", "with", "by"}
SUBJECT_DETERMINERS = {"the", "a", "an", "each", "every", "any", "all", "no", "its", "their"}
PARTICIPLE_ENDINGS = ("ing", "ed")  # "conducting", "issued": a modifier after its head noun


@dataclass(frozen=True)
class Directive:
    """A directive sentence: its subject (the lead, when it names an actor) and schedule."""

    text: str
    lead: str | None
    schedules: list[str]


@cache
def pipeline() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize()
    return nlp


@cache
def matchers() -> tuple[Matcher, Matcher]:
    from spacy.matcher import Matcher

    vocab = pipeline().vocab
    schedule = Matcher(vocab)
    schedule.add("FREQUENCY", [[{"LOWER": {"IN": FREQUENCY_WORDS}}]])
    schedule.add(
        "FREQUENCY",
        [[{"LOWER": {"IN": ["semi", "bi"]}}, {"ORTH": "-"}, {"LOWER": {"IN": FREQUENCY_WORDS}}]],
    )
    schedule.add("FREQUENCY", [[{"LOWER": {"REGEX": r"^(semi|bi)-?annually$"}}]])
    times: list[list[dict[str, Any]]] = [
        [{"LOWER": {"IN": ["once", "twice"]}}],
        [{"LIKE_NUM": True}, {"LOWER": "times"}],
    ]
    per_unit: list[dict[str, Any]] = [
        {"LOWER": {"IN": ["a", "per", "each"]}},
        {"LEMMA": {"IN": UNITS}},
    ]
    schedule.add(
        "FREQUENCY",
        [[*({"LOWER": w} for w in prefix), *count, *per_unit]
         for prefix in [[], *QUANTIFIERS] for count in times],
    )  # fmt: skip
    schedule.add(
        "QUANTITY",
        [[*({"LOWER": word} for word in words), {"LIKE_NUM": True}, {"LEMMA": {"IN": UNITS}}]
         for words in QUANTIFIERS],
    )  # fmt: skip
    schedule.add("QUANTITY", [[{"LOWER": "every"}, {"LIKE_NUM": True, "OP": "?"},
                               {"LEMMA": {"IN": UNITS}}]])  # fmt: skip
    at_least: list[dict[str, Any]] = [{"LOWER": "at"}, {"LOWER": "least"}]
    schedule.add("FREQUENCY", [[*at_least, {"LOWER": {"IN": FREQUENCY_WORDS}}],
                               [*at_least, {"LOWER": "every"}, {"LIKE_NUM": True, "OP": "?"},
                                {"LEMMA": {"IN": UNITS}}]])  # fmt: skip
    of_something: list[dict[str, Any]] = [
        {"LOWER": "of"},
        {"IS_ALPHA": True, "LOWER": {"NOT_IN": DETERMINERS}},
    ]
    deadline: list[dict[str, Any]] = [
        {"LOWER": {"IN": DEADLINE_WORDS}},
        {"LIKE_NUM": True},
        {"LOWER": "business", "OP": "?"},
        {"LEMMA": {"IN": UNITS}},
    ]
    schedule.add("DEADLINE", [deadline, [*deadline, *of_something]])
    schedule.add(
        "DEADLINE",
        [[*({"LOWER": w} for w in prefix), {"LOWER": {"IN": ["each", "every"]}},
          {"LEMMA": {"IN": UNITS}}] for prefix in EVENT_PREFIXES],
    )  # fmt: skip
    modal = Matcher(vocab)
    modal.add("MODAL", MODALS)
    modal.add("ACTOR_MODAL", ACTOR_MODALS)
    return schedule, modal


def sentences(text: str) -> list[str]:
    """Sentences, re-joining a split the sentencizer made before a lower-case word ('etc.) to')."""
    result: list[str] = []
    for sent in pipeline()(text).sents:
        piece = sent.text.strip()
        if result and piece[:1].islower():
            result[-1] = f"{result[-1]} {piece}"
        elif piece:
            result.append(piece)
    return result


def lemmas(texts: Iterable[str]) -> list[list[str]]:
    """Lower-case lemmas of each text, fed through ``nlp.pipe`` in one batch."""
    return [[t.lemma_.lower() for t in doc if not t.is_punct] for doc in pipeline().pipe(texts)]


def directive(sentence: str) -> Directive | None:
    """A sentence with a deontic modal ('shall', 'should', 'is encouraged'); else None."""
    doc = pipeline()(sentence)
    _, modal = matchers()
    found = modal(doc)
    if not found:
        return None
    label, start, _ = min(found, key=lambda match: match[1])
    lead = subject_lead(doc[:start])
    if lead is None and pipeline().vocab.strings[label] == "ACTOR_MODAL":
        return None
    return Directive(text=sentence, lead=lead, schedules=schedules(doc))


def schedules(doc: Doc) -> list[str]:
    from spacy.tokens import Span
    from spacy.util import filter_spans

    schedule, _ = matchers()
    spans = filter_spans([Span(doc, s, e) for _, s, e in schedule(doc)])
    return [span.text for span in sorted(spans, key=lambda span: span.start)]


def subject_lead(subject: Span) -> str | None:
    """The subject as printed, less a comma parenthetical, if its head noun is an actor: the
    last word before a relative, a preposition or a participle ("Members with access",
    "Officers assigned to patrol"). Any participle after an actor that stands as a head
    (plural, or after a determiner) starts its modifier ("Supervisors conducting a review",
    "The supervisor investigating"), where a bare singular actor names a thing ("Officer
    involved shootings")."""
    text = subject.text.split(",")[0].strip()
    head = None
    for token in pipeline()(text.lower()):
        if token.lower_ in SUBJECT_STOPS:
            break
        if head is not None and participle(token) and actor(head) and stands_as_head(head):
            break
        head = token
    if head is None or not actor(head):
        return None
    return text


def actor(token: Token) -> bool:
    return token.lemma_ in ACTOR_NOUNS


def participle(token: Token) -> bool:
    return len(token.text) > 4 and token.lower_.endswith(PARTICIPLE_ENDINGS)


def stands_as_head(noun: Token) -> bool:
    """A noun that heads its phrase: plural, or after a determiner ("each member", "each
    unit commander")."""
    before = any(token.lower_ in SUBJECT_DETERMINERS for token in noun.doc[: noun.i])
    return noun.lower_ != noun.lemma_ or before
