"""The plans the compare command reads: files and folders given, and a store's plans.

An input that cannot be read is not an error: it is skipped with a one-line reason, as
``parse`` does for a batch, and the command lists it (cli.py).
"""

from __future__ import annotations

from collections import Counter
from contextlib import closing
from pathlib import Path

from pydantic import ValidationError

from planparse.batch import parse_many
from planparse.errors import PlanParseError
from planparse.models import Plan
from planparse.progress import progress_bar
from planparse.store import PlanStore, StoredPlan
from planparse.themes.agreement import LABELS_SUFFIX


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders contribute their *.pdf and *.json plans in name order.

    Theme label files (``*.themes.json``), which sit beside gold plans, are not plans.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if _is_plan_file(p)))
        else:
            found.append(path)
    return found


def _is_plan_file(path: Path) -> bool:

    return path.suffix.lower() in (".pdf", ".json") and not path.name.endswith(LABELS_SUFFIX)


def stored_plans(database: Path, agencies: list[str]) -> tuple[list[Plan], list[str]]:
    """The store's plans (those of ``agencies`` when given), each edition of an agency named
    by its period too."""
    with PlanStore(database) as store:
        listed = store.plans(agencies)
        plans = [store.plan(entry.id) for entry in listed]
    if not plans:
        wanted = f" of {', '.join(agencies)}" if agencies else ""
        raise ValueError(f"no plan in {database}{wanted}")
    editions = Counter(entry.agency for entry in listed)
    periods = Counter((entry.agency, entry.period) for entry in listed)

    def name(entry: StoredPlan) -> str:
        if not entry.agency:
            return entry.title or f"plan {entry.id}"
        if editions[entry.agency] == 1:
            return entry.agency
        if entry.period and periods[entry.agency, entry.period] == 1:
            return f"{entry.agency} {entry.period}"
        return f"{entry.agency} #{entry.id}"

    return plans, [name(entry) for entry in listed]


def read_plans(
    paths: list[Path], jobs: int | None = None
) -> tuple[list[Plan], list[str], list[str]]:
    """Plans, their names (agency, else title, else file stem) and one reason per skipped
    file, in the order given; PDFs are parsed in ``jobs`` worker processes."""
    pdfs = [path for path in paths if path.suffix.lower() != ".json"]
    parsed: dict[Path, Plan | PlanParseError | OSError] = {}
    outcomes = parse_many(pdfs, workers=jobs)
    with closing(outcomes), progress_bar(len(pdfs)) as advance:
        for outcome in outcomes:
            advance(outcome.path.name)
            parsed[outcome.path] = outcome.result
    plans, names, skipped = [], [], []
    for path in paths:
        try:
            plan = read_plan(path, parsed)
        except (PlanParseError, OSError, ValueError) as exc:
            reason = (
                str(exc) if isinstance(exc, PlanParseError) else f"{path.name}: {_first_line(exc)}"
            )
            skipped.append(reason)
            continue
        plans.append(plan)
        names.append(plan.agency or plan.title or path.stem)
    return plans, names, skipped


def read_plan(path: Path, parsed: dict[Path, Plan | PlanParseError | OSError]) -> Plan:
    """A parsed plan from JSON, or the outcome of the PDF's parse."""
    if path.suffix.lower() == ".json":
        return Plan.model_validate_json(path.read_text(encoding="utf-8"))
    result = parsed[path]
    if isinstance(result, Exception):
        raise result
    return result


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return f"not a plan JSON ({exc.error_count()} schema errors)"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
