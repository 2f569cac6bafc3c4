"""CLI commands of the comparison feature, as plain typer-compatible functions.

cli.py registers them (``app.command("compare")(compare_command)``); they import nothing from
cli.py, so that cli.py can import them. Exit codes follow the CLI: 0 success, 1 nothing
could be compared, 2 usage error. An input that cannot be read is reported and skipped, as
``parse`` does for a batch; the report lists it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from planparse.errors import PlanParseError
from planparse.models import Plan
from planparse.pipeline import parse

# The comparison, its reports (jinja2) and the themes are imported by the commands that use
# them: cli.py registers these commands, and `planparse parse` should not pay for them.


def compare_command(
    inputs: Annotated[
        list[Path], typer.Argument(help="Plan PDFs, parsed plan JSON files, or folders of them.")
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Report to write: .html, .md, .csv or .json.")
    ],
    taxonomy: Annotated[
        Path | None, typer.Option(help="Theme taxonomy JSON to use instead of the built-in one.")
    ] = None,
) -> None:
    """Compare plans side by side: theme coverage, shared commitments, gaps, specificity."""
    from planparse.compare import compare
    from planparse.report import renderer_for, write_report
    from planparse.themes import TaxonomyError, load_taxonomy

    try:
        renderer_for(output)
        themes = load_taxonomy(taxonomy)
    except (ValueError, TaxonomyError) as exc:
        typer.echo(f"usage error: {exc}", err=True)
        raise typer.Exit(2) from None
    plans, names, skipped = read_plans(expand(inputs))
    if not plans:
        typer.echo("error: no plan could be read", err=True)
        raise typer.Exit(1)
    comparison = compare(plans, names=names, taxonomy=themes)
    comparison.skipped = skipped
    write_report(comparison, output)
    typer.echo(f"compared {len(plans)} plans, skipped {len(skipped)} -> {output}", err=True)


def themes_eval_command(
    gold_dir: Annotated[
        Path,
        typer.Argument(help="Folder of gold <stem>.json plans with <stem>.themes.json labels."),
    ],
    show_all: Annotated[
        bool, typer.Option("--all", help="List every node, not only misses.")
    ] = False,
) -> None:
    """Score theme classification against hand labels: share of pillars and goals agreeing."""
    from planparse.themes import agreement, format_agreement

    try:
        result = agreement(gold_dir)
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(format_agreement(result, all_rows=show_all))


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
    from planparse.themes.agreement import LABELS_SUFFIX

    return path.suffix.lower() in (".pdf", ".json") and not path.name.endswith(LABELS_SUFFIX)


def read_plans(paths: list[Path]) -> tuple[list[Plan], list[str], list[str]]:
    """Plans, their names (agency, else title, else file stem) and one line per skipped file."""
    plans, names, skipped = [], [], []
    for path in paths:
        try:
            plan = read_plan(path)
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


def read_plan(path: Path) -> Plan:
    """A parsed plan from JSON, or a fresh parse of a PDF."""
    if path.suffix.lower() == ".json":
        return Plan.model_validate_json(path.read_text(encoding="utf-8"))
    return parse(path)


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return f"not a plan JSON ({exc.error_count()} schema errors)"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
