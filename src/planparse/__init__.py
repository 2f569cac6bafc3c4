"""planparse: strategic-plan PDFs in, structured comparable plans out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from planparse.batch import Outcome, parse_many
from planparse.models import Activity, Goal, Milestone, Pillar, Plan, Source
from planparse.pipeline import parse
from planparse.provenance import planparse_version

__version__ = planparse_version()

if TYPE_CHECKING:
    from planparse.compare import Comparison, compare

LAZY = {"Comparison", "compare"}  # loaded on first use: `planparse parse` never compares


def __getattr__(name: str) -> Any:
    if name in LAZY:
        from planparse import compare as comparing

        return getattr(comparing, name)
    raise AttributeError(f"module 'planparse' has no attribute {name!r}")


def load(path: str | Path) -> Plan:
    """Read a plan written by ``parse`` (or a gold file) back into the model."""
    return Plan.model_validate_json(Path(path).read_text(encoding="utf-8"))


__all__ = [
    "Activity",
    "Comparison",
    "Goal",
    "Milestone",
    "Outcome",
    "Pillar",
    "Plan",
    "Source",
    "compare",
    "load",
    "parse",
    "parse_many",
]
