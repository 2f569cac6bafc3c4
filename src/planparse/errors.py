"""Exceptions ``parse()`` raises for bad input; each names the file and says what to do.

The hierarchy lets a caller decide per kind: ``LimitExceededError`` may succeed with higher
limits, ``InternalError`` is planparse's fault and worth reporting, the rest are the file's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class PlanParseError(Exception):
    """Base class: a document planparse cannot turn into a plan."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuild from (path, reason), so the error crosses a process boundary intact."""
        return (type(self), (self.path, self.reason))


class NotAPDFError(PlanParseError):
    """The file is not a PDF (an HTML page or an image saved as .pdf, say)."""


class EncryptedPDFError(PlanParseError):
    """The PDF needs a password that was not given, or the one given is wrong."""


class CorruptPDFError(PlanParseError):
    """The PDF is damaged or truncated beyond what the reader can recover."""


class EmptyDocumentError(PlanParseError):
    """The PDF has no pages, or no text on any page."""


class NoTextLayerError(EmptyDocumentError):
    """Every page is an image (a scan) and no text layer can be read without OCR."""


class OCRUnavailableError(NoTextLayerError):
    """The pages are images and OCR was asked for, but no OCR engine is installed."""


class LimitExceededError(PlanParseError):
    """The document is larger than the page or size limit; raise the limit to parse it."""


class ParseTimeoutError(LimitExceededError):
    """Parsing took longer than the time limit and was stopped."""


class InternalError(PlanParseError):
    """planparse itself failed on this file (a bug or a crashed worker), not the file's fault.

    Only the batch layer raises it, for a failure it must survive; ``parse()`` lets bugs
    propagate as they are.
    """


class StoreError(Exception):
    """A plan store cannot be opened or used: not a database, made by a newer planparse,
    a plan that is not in it, a search it cannot run."""
