"""Exceptions ``parse()`` raises for bad input; each names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class PlanParseError(Exception):
    """Base class: a document planparse cannot turn into a plan."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


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
