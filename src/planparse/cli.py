"""Thin commands over the library: each parses its arguments and calls one function.

Exit codes: 0 success, 1 a document failed (bad input, failed parse), 2 usage error.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from planparse import evaluate as scoring
from planparse.errors import PlanParseError
from planparse.models import Plan
from planparse.pipeline import parse
from planparse.recognisers import RECOGNISERS

app = typer.Typer(
    help="Turn police strategic-plan PDFs into structured, comparable plans.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

Password = Annotated[str | None, typer.Option(help="Password of an encrypted PDF.")]
Layout = Annotated[
    str | None, typer.Option(help="Force a layout recogniser (see `planparse layouts`).")
]
Debug = Annotated[bool, typer.Option(help="Show tracebacks for failures.")]


@app.command("parse")
def parse_command(
    files: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for <stem>.json files.")
    ] = None,
    password: Password = None,
    layout: Layout = None,
    debug: Debug = False,
) -> None:
    """Parse plan PDFs to JSON: stdout for one file, else one <stem>.json per input in -o."""
    pdfs = expand_inputs(files)
    if output is None and len(pdfs) != 1:
        usage_error("give -o OUTDIR to parse more than one file")
    failures = 0
    for pdf in pdfs:
        try:
            plan = parse(pdf, password=password, layout=layout)
        except (PlanParseError, OSError) as exc:
            failures += 1
            report_failure(pdf, exc, debug)
            continue
        text = plan.model_dump_json(indent=2)
        if output is None:
            typer.echo(text)
        else:
            write_atomically(output / f"{pdf.stem}.json", text)
    if output is not None:
        typer.echo(f"parsed {len(pdfs) - failures}, failed {failures}", err=True)
    raise typer.Exit(1 if failures else 0)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema every parsed plan validates against."""
    typer.echo(json.dumps(Plan.model_json_schema(), indent=2))


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold <stem>.json files.")],
    pred_dir: Annotated[
        Path | None, typer.Argument(help="Folder of parsed <stem>.json files.")
    ] = None,
    parse_dir: Annotated[
        Path | None, typer.Option("--parse", help="Parse the PDFs in this folder first.")
    ] = None,
    debug: Debug = False,
) -> None:
    """Score parsed plans against gold: P/R/F1 per level, strict and flat, and plan fields."""
    if (pred_dir is None) == (parse_dir is None):
        usage_error("give either PRED_DIR or --parse PDF_DIR")
    if parse_dir is not None:
        with tempfile.TemporaryDirectory() as scratch:
            for pdf in expand_inputs([parse_dir]):
                try:
                    plan = parse(pdf)
                except (PlanParseError, OSError) as exc:
                    report_failure(pdf, exc, debug)
                    continue
                write_atomically(Path(scratch) / f"{pdf.stem}.json", plan.model_dump_json())
            scores = scoring.evaluate_dirs(gold_dir, Path(scratch))
    else:
        scores = scoring.evaluate_dirs(gold_dir, pred_dir)  # type: ignore[arg-type]
    typer.echo(scoring.format_report(scores))


@app.command("inspect")
def inspect_command(
    file: Annotated[Path, typer.Argument(help="The PDF to look at.")],
    page: Annotated[int, typer.Option("--page", "-p", help="1-based page number.")] = 1,
    output: Annotated[Path, typer.Option("-o", "--output", help="PNG to write.")] = Path(
        "page.png"
    ),
    resolution: Annotated[int, typer.Option(help="Pixels per inch.")] = 100,
    debug: Debug = False,
) -> None:
    """Draw the detected lines and blocks with their roles on the page image."""
    from planparse.inspect_page import draw_page

    try:
        written = draw_page(file, page, output, resolution=resolution)
    except (PlanParseError, OSError, ValueError) as exc:
        report_failure(file, exc, debug)
        raise typer.Exit(1) from None
    typer.echo(f"wrote {written}", err=True)


@app.command("layouts")
def layouts_command() -> None:
    """List the layout recognisers, the names --layout takes."""
    for name, recogniser in RECOGNISERS.items():
        doc = (type(recogniser).__doc__ or "").strip().splitlines()[0]
        typer.echo(f"{name:10} {doc}")


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; folders contribute their *.pdf files in name order."""
    result: list[Path] = []
    for path in paths:
        result.extend(sorted(path.glob("*.pdf")) if path.is_dir() else [path])
    return result


def write_atomically(target: Path, text: str) -> None:
    """Write via a temporary file and rename, so an interrupted run leaves no partial JSON."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def report_failure(path: Path, exc: BaseException, debug: bool) -> None:
    if debug:
        raise exc
    message = str(exc) if isinstance(exc, PlanParseError) else f"{path.name}: {exc}"
    typer.echo(f"error: {message}", err=True)


def usage_error(message: str) -> None:
    typer.echo(f"usage error: {message}", err=True)
    raise typer.Exit(2)
