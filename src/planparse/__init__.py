"""planparse: strategic-plan PDFs in, structured comparable plans out.

The names below load on first use, so ``import planparse`` (and the command line's entry,
which sets the process up before the library loads) costs nothing until one is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from planparse.version import VERSION

__version__ = VERSION

if TYPE_CHECKING:
    from planparse.batch import Outcome, parse_many
    from planparse.compare import Comparison, compare
    from planparse.models import Activity, Goal, Milestone, Pillar, Plan, Source, load
    from planparse.pipeline import parse

HOMES = {
    "Activity": "planparse.models",
    "Goal": "planparse.models",
    "Milestone": "planparse.models",
    "Pillar": "planparse.models",
    "Plan": "planparse.models",
    "Source": "planparse.models",
    "Outcome": "planparse.batch",
    "parse_many": "planparse.batch",
    "parse": "planparse.pipeline",
    "load": "planparse.models",
    "Comparison": "planparse.compare",
    "compare": "planparse.compare",
}


def __getattr__(name: str) -> Any:
    if name not in HOMES:
        raise AttributeError(f"module 'planparse' has no attribute {name!r}")
    value = getattr(import_module(HOMES[name]), name)
    globals()[name] = value  # looked up once
    return value


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
