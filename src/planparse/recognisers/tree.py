"""Any layout: the document tree mapped onto plan levels by evidence (``tree``, ``levels``)."""

from __future__ import annotations

from collections.abc import Sequence

from planparse.levels import best_reading
from planparse.recognisers.registry import Recognition, register
from planparse.structure import Contents
from planparse.tree import build_tree
from planparse.types import Block


@register("tree")
class DocumentTree:
    """Headers and items nested by rank; the family that explains most is the pillar level."""

    def detect(self, blocks: Sequence[Block]) -> float:
        """Headers to nest under, or numbered items: a plan typed as plain text in one type
        style has no heading, only its "1." / "1.1" / "1.1.1" lines to rank."""
        numbered = any(block.kind == "item" and block.number for block in blocks)
        return 1.0 if numbered or any(block.kind == "heading" for block in blocks) else 0.0

    def build(self, blocks: Sequence[Block], contents: Contents) -> Recognition:
        reading = best_reading(build_tree(blocks), blocks, contents)
        return Recognition(kind="strategic_plan", pillars=reading.pillars if reading else [])
