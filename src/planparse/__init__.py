"""planparse: strategic-plan PDFs in, structured comparable plans out."""

from pathlib import Path

from planparse.batch import Outcome, parse_many
from planparse.compare import Comparison, compare
from planparse.models import Activity, Goal, Milestone, Pillar, Plan, Source
from planparse.pipeline import parse
from planparse.provenance import planparse_version

__version__ = planparse_version()


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
