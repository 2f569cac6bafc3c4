"""A printed word with its font, size and position: the unit every stage reads.

Its own module, with no dependencies, so that both the PDF reader and the OCR reader can
produce it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
ITALIC_MARKERS = ("italic", "oblique")


@dataclass(frozen=True, slots=True)
class Word:
    """A word as printed; slotted, as a long plan holds tens of thousands until it is built."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float
    confidence: float | None = None  # OCR's confidence, 0..100; None for a text-layer word

    @property
    def ocr(self) -> bool:
        return self.confidence is not None

    @property
    def bold(self) -> bool:
        return font_has(self.font, BOLD_MARKERS)

    @property
    def italic(self) -> bool:
        return font_has(self.font, ITALIC_MARKERS)


@lru_cache(maxsize=1024)
def font_has(font: str, markers: tuple[str, ...]) -> bool:
    """Whether a font name says bold (or italic): asked per word, of a few fonts per document."""
    name = font.lower()
    return any(marker in name for marker in markers)
