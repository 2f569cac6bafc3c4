"""CLI commands of the comparison feature, as plain typer-compatible functions.

cli.py registers them (``app.command("compare")(compare_command)``); they import nothing from
cli.py, so that cli.py can import them. Exit codes follow the CLI: 0 success, 1 nothing
could be compared, 2 usage error. An input that cannot be read is reported and skipped, as
``parse`` does for a batch; the report lists it.
"""

from __future__ import annotations

from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from planparse.batch import parse_many
from planparse.compare import compare
from planparse.errors import PlanParseError, StoreError
from planparse.models import Plan
from planparse.progress import progress_bar
from planparse.report import renderer_for, write_report
from planparse.store import PlanStore, StoredPlan
from planparse.themes import TaxonomyError, agreement, format_agreement, load_taxonomy
from planparse.themes.agreement import LABELS_SUFFIX
from planparse.themes.evaluation import evaluate_split, format_scores


def compare_command(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Report to write: .html, .md, .csv or .json.")
    ],
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan PDFs, parsed plan JSON files, or folders of them."),
    ] = None,
    taxonomy: Annotated[
        Path | None, typer.Option(help="Theme taxonomy JSON to use instead of the built-in one.")
    ] = None,
    db: Annotated[
        Path | None, typer.Option(help="Also compare the plans of this store (`planparse db`).")
    ] = None,
    agency: Annotated[
        list[str] | None,
        typer.Option(help="With --db: only plans whose agency contains this (repeatable)."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "-j", "--jobs", min=1, show_default="one per core", help="Documents parsed at once."
        ),
    ] = None,
    home: Annotated[
        str | None,
        typer.Option(
            help="Plan or agency the briefing is for: what peers commit to that it does not."
        ),
    ] = None,
) -> None:
    """Compare plans side by side: theme coverage, shared commitments, gaps, specificity."""

    try:
        renderer_for(output)
        themes = load_taxonomy(taxonomy)
        if not inputs and db is None:
            raise ValueError("give plan files or folders, or --db plans.db")
        stored, stored_names = stored_plans(db, agency or []) if db is not None else ([], [])
    except (ValueError, TaxonomyError, StoreError) as exc:
        typer.echo(f"usage error: {exc}", err=True)
        raise typer.Exit(2) from None
    plans, names, skipped = read_plans(expand(inputs or []), jobs)
    plans, names = [*stored, *plans], [*stored_names, *names]
    if not plans:
        typer.echo("error: no plan could be read", err=True)
        raise typer.Exit(1)
    try:
        comparison = compare(plans, names=names, taxonomy=themes, home=home)
    except ValueError as exc:
        typer.echo(f"usage error: {exc}", err=True)
        raise typer.Exit(2) from None
    comparison.skipped = skipped
    write_report(comparison, output)
    typer.echo(f"compared {len(plans)} plans, skipped {len(skipped)} -> {output}", err=True)


def themes_eval_command(
    gold_dir: Annotated[
        Path,
        typer.Argument(help="Folder of gold <stem>.json plans (with <stem>.themes.json labels)."),
    ],
    labels: Annotated[
        Path | None,
        typer.Option(help="Folder with themes.json and commitments.json (e.g. corpus/labels)."),
    ] = None,
    split: Annotated[
        list[str] | None, typer.Option(help="Split(s) of the labels to score (default dev, test).")
    ] = None,
    misses: Annotated[int, typer.Option(help="List up to this many misses per split.")] = 0,
    show_all: Annotated[
        bool, typer.Option("--all", help="List every node, not only misses (label files).")
    ] = False,
) -> None:
    """Score themes against labels: theme P/R and cluster pair P/R/F1 per split (--labels),
    or the share of pillars and goals agreeing with <stem>.themes.json files."""
    try:
        if labels is None:
            typer.echo(format_agreement(agreement(gold_dir), all_rows=show_all))
            return
        scores = [evaluate_split(gold_dir, labels, name) for name in split or ["dev", "test"]]
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if not any(score.documents for score in scores):
        typer.echo(f"error: no labelled plan in split {', '.join(split or [])}", err=True)
        raise typer.Exit(1)
    typer.echo(format_scores(scores, misses=misses))


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
    """Plans, their names (agency, else title, else file stem) and one line per skipped file,
    in the order given; PDFs are parsed in ``jobs`` worker processes."""
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
            typer.echo(f"skipped: {reason}", err=True)
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
