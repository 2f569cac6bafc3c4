"""The common plan schema (shared/spec/plan-schema.md, v1) as pydantic models.

Field names are the contract: gold files and library output share them. Models
may add fields (``source``, ``warnings``, ``document``) but never rename or drop one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Node):
    """Where a node's text is printed: 1-based page, bbox in PDF points, top-left origin."""

    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float] = Field(description="x0, top, x1, bottom")
    ocr_confidence: float | None = Field(
        None, description="mean OCR confidence (0-100) of the words read; null for a text layer"
    )


def page_sources() -> list[Source]:
    """The ``sources`` field: empty unless the node is printed in more than one place."""
    return Field(
        default_factory=list,
        description="every place the node is printed, when it runs over more than one page "
        "(the first is also source); empty otherwise",
    )


class Period(_Node):
    start: int
    end: int


class Target(_Node):
    """A measurable target stated in the text: 'by 10%', 'from 6 to 12 per shift', 'below 100'."""

    metric: str = Field(description="what is measured, as printed")
    direction: Literal["increase", "decrease", "reach", "at_least", "at_most"]
    value: float
    unit: str | None = Field(None, description='"%", "per shift", "hours", or null')
    text: str = Field(description="the phrase as printed")


class Milestone(_Node):
    period: str | None = Field(None, description='normalised "2023-2024", or null')
    text: str
    lead: str | None = None
    targets: list[Target] = Field(default_factory=list)
    source: Source | None = None
    sources: list[Source] = page_sources()


class Activity(_Node):
    number: str | None = None
    text: str
    leads: list[str] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    source: Source | None = None
    sources: list[Source] = page_sources()


class Goal(_Node):
    number: str | None = None
    title: str
    description: str | None = None
    leads: list[str] = Field(default_factory=list)
    status: str | None = None
    updated: str | None = Field(None, description="as printed, e.g. 'February 2025'")
    activities: list[Activity] = Field(default_factory=list)
    source: Source | None = None
    sources: list[Source] = page_sources()


class Pillar(_Node):
    number: str | None = None
    title: str
    description: str | None = None
    goals: list[Goal] = Field(default_factory=list)
    source: Source | None = None
    sources: list[Source] = page_sources()


class ParseOptions(_Node):
    """The options of ``parse`` that can change the plan it returns."""

    ocr: Literal["auto", "always", "never"] = "auto"
    layout: str | None = Field(None, description="the layout recogniser forced, or null")


class DocumentRecord(_Node):
    """Where a plan came from and how it was read: enough to find the file again, tell two
    editions apart and re-run the same parse."""

    file: str = Field(description="the PDF's file name, without its folder")
    sha256: str = Field(description="hex SHA-256 of the PDF's bytes")
    pages: int = Field(ge=0, description="pages in the PDF")
    producer: str | None = Field(None, description="the PDF's Producer, where printed")
    created: str | None = Field(
        None, description="the PDF's CreationDate (ISO 8601 where it reads as a date), or null"
    )
    planparse: str = Field(description="the planparse version that parsed it")
    parsed_at: str = Field(description="when it was parsed, ISO 8601 UTC")
    seconds: float = Field(ge=0, description="how long the parse took")
    options: ParseOptions = Field(default_factory=ParseOptions)


class Plan(_Node):
    kind: Literal["strategic_plan", "policy", "unknown"] = "unknown"
    agency: str | None = Field(None, description="full name, not an abbreviation")
    title: str | None = None
    period: Period | None = Field(None, description="years the plan covers")
    mission: str | None = None
    vision: str | None = None
    values: list[str] = Field(default_factory=list, description="value names only")
    pillars: list[Pillar] = Field(default_factory=list)
    glossary: dict[str, str] = Field(
        default_factory=dict, description="acronyms the document defines: {acronym: expansion}"
    )
    warnings: list[str] = Field(
        default_factory=list, description="low confidence, skipped pages, not a plan"
    )
    document: DocumentRecord | None = Field(
        None, description="provenance: the file parsed and how; null in hand-written plans"
    )

    def expand(self, code: str) -> str:
        """A lead or other code spelled out where the document defines it; else as printed."""
        return self.glossary.get(code, code)


def load(path: str | Path) -> Plan:
    """Read a plan written by ``parse`` (or a gold file) back into the model."""
    return Plan.model_validate_json(Path(path).read_text(encoding="utf-8"))
