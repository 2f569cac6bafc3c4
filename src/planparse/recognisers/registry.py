"""The registry of structure recognisers: each scores how well it fits a document.

A recogniser is registered by name (``planparse layouts`` lists them, ``--layout NAME``
forces one). ``detect`` returns a fit in [0, 1]; the best fit builds the plan body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from planparse.models import Pillar
from planparse.structure import Contents
from planparse.types import Block

Kind = Literal["strategic_plan", "policy", "unknown"]


@dataclass
class Recognition:
    kind: Kind
    pillars: list[Pillar]
    title: str | None = None  # set when the family prints its title in the body (policies)
    warnings: list[str] = field(default_factory=list)


class Recogniser(Protocol):
    def detect(self, blocks: Sequence[Block]) -> float: ...

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition: ...


RECOGNISERS: dict[str, Recogniser] = {}


def register(name: str) -> Callable[[type], type]:
    def decorate(cls: type) -> type:
        RECOGNISERS[name] = cls()
        return cls

    return decorate


def choose(blocks: Sequence[Block], forced: str | None = None) -> tuple[str, float]:
    """The recogniser that fits best (or the forced one) and its fit."""
    if forced is not None:
        if forced not in RECOGNISERS:
            known = ", ".join(sorted(RECOGNISERS))
            raise ValueError(f"unknown layout {forced!r}; the layouts are: {known}")
        return forced, RECOGNISERS[forced].detect(blocks)
    scores = {name: r.detect(blocks) for name, r in RECOGNISERS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best, scores[best]
