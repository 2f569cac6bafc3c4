"""Thin commands over the library: each parses its arguments and calls one function.

Exit codes: 0 success, 1 a document failed (bad input, failed parse), 2 usage error,
3 documents failed only on a limit (pages, size, time).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from contextlib import closing
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from pydantic import ValidationError

from planparse.batch import Outcome, parse_in_subprocess, parse_many
from planparse.errors import (
    CorruptPDFError,
    EmptyDocumentError,
    EncryptedPDFError,
    InternalError,
    LimitExceededError,
    NotAPDFError,
    NoTextLayerError,
    ParseTimeoutError,
    PlanParseError,
    StoreError,
)
from planparse.files import write_atomically
from planparse.models import Plan
from planparse.pipeline import DEFAULT_READER
from planparse.progress import progress_bar
from planparse.provenance import file_sha256, planparse_version
from planparse.reading import MAX_MB, MAX_PAGES, TIMEOUT
from planparse.recognisers import RECOGNISERS
from planparse.views import render_plan

if TYPE_CHECKING:
    from planparse.store import Added, PlanStore

# Each command imports what only it needs (scoring, comparison, themes, the store) when it
# runs, so `planparse parse`, the common command, starts without loading them.


class OcrChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class ViewChoice(str, Enum):
    json = "json"
    md = "md"
    html = "html"
    csv = "csv"


class ReaderChoice(str, Enum):
    pdfium = "pdfium"
    pdfplumber = "pdfplumber"


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
MaxPages = Annotated[int, typer.Option(min=1, help="Refuse PDFs with more pages than this.")]
MaxMB = Annotated[float, typer.Option(min=0, help="Refuse files larger than this many MB.")]
Timeout = Annotated[
    float, typer.Option(min=0, help="Stop a document after this many seconds (0: no limit).")
]
Ocr = Annotated[
    OcrChoice,
    typer.Option(help="auto: OCR only pages without a text layer; always; never."),
]
Recursive = Annotated[
    bool, typer.Option("-r", "--recursive", help="Search folders and their subfolders.")
]
DEFAULT_READER_CHOICE = ReaderChoice(DEFAULT_READER)
BROKEN_PIPE_STATUS = 120  # what Python exits with when it cannot flush its output
ReaderOption = Annotated[
    ReaderChoice,
    typer.Option(
        "--reader",
        help="PDF reader: pdfium (fast; damaged files go to the reference) or pdfplumber "
        "(the reference); same plans.",
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "-j", "--jobs", min=1, show_default="one per core", help="Documents parsed at once."
    ),
]

EXIT_FAILED = 1  # a document could not be parsed (bad input, planparse failure)
EXIT_USAGE = 2
EXIT_LIMIT = 3  # documents failed only on a limit (--max-pages, --max-mb, --timeout)
FAILURE_KINDS: dict[type[BaseException], str] = {
    NotAPDFError: "not a PDF",
    EncryptedPDFError: "password-protected",
    CorruptPDFError: "damaged",
    NoTextLayerError: "scanned, no text layer",
    EmptyDocumentError: "empty",
    ParseTimeoutError: "over the time limit",
    LimitExceededError: "over the page or size limit",
    InternalError: "planparse failure (please report)",
    OSError: "unreadable file",
}
NAMES_SHOWN = 5  # file names listed per failure kind in the summary
STEM_BYTES = 200  # longest output stem, in UTF-8: "-N.json" still fits 255-byte file names


def print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"planparse {planparse_version()}")
        raise typer.Exit()


def run() -> NoReturn:
    """The console entry point: the command, then an exit that skips the interpreter's
    teardown of every module and object the command loaded, which does nothing a finished
    command needs and costs a one-page parse a tenth of its time. Output and logs are
    flushed first; the workers are already stopped (``parse_many`` stops them)."""
    try:
        app(prog_name="planparse")
        code = 0
    except SystemExit as exc:
        code = exit_status(exc.code)
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the reader of a pipe left early
        code = code or BROKEN_PIPE_STATUS
    os._exit(code)


def exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` would end the process with."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn police strategic-plan PDFs into structured, comparable plans."""


@app.command("parse")
def parse_command(
    files: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for <stem>.<ext> files.")
    ] = None,
    to: Annotated[
        ViewChoice,
        typer.Option(help="json: the plan; md: an outline; html: a review page; csv: tidy rows."),
    ] = ViewChoice.json,
    recursive: Recursive = False,
    password: Password = None,
    layout: Layout = None,
    max_pages: MaxPages = MAX_PAGES,
    max_mb: MaxMB = MAX_MB,
    timeout: Timeout = TIMEOUT,
    ocr: Ocr = OcrChoice.auto,
    reader: ReaderOption = DEFAULT_READER_CHOICE,
    jobs: Jobs = None,
    debug: Debug = False,
) -> None:
    """Parse plan PDFs to JSON (or --to md|html|csv): stdout for one file, else one
    <stem>.<ext> per input in -o."""
    pdfs = expand_inputs(files, recursive)
    if not pdfs:
        usage_error(f"no PDF in {', '.join(map(str, files))}")
    if output is None and len(pdfs) != 1:
        usage_error("give -o OUTDIR to parse more than one file")
    if layout is not None and layout not in RECOGNISERS:
        usage_error(f"unknown layout {layout!r}; `planparse layouts` lists them")
    targets = output_names(pdfs, f".{to.value}")
    options = {
        "password": password,
        "layout": layout,
        "max_pages": max_pages,
        "max_mb": max_mb,
        "ocr": ocr.value,
        "reader": reader.value,
    }
    failures: list[Outcome] = []
    outcomes = parse_many(pdfs, workers=jobs, timeout=timeout or None, **options)
    with closing(outcomes), progress_bar(len(pdfs)) as advance:
        for outcome in outcomes:
            advance(outcome.path.name)
            if not isinstance(outcome.result, Plan):
                failures.append(outcome)
                report_failure(outcome.path, outcome.result, debug)
                continue
            text = render_plan(outcome.result, to.value, pdf=outcome.path, password=password)
            if output is None:
                typer.echo(text, nl=False)
            else:
                write_atomically(output / targets[outcome.path], text)
    if output is not None:
        typer.echo(summary(len(pdfs), in_input_order(failures, pdfs)), err=True)
    raise typer.Exit(exit_code(failures))


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
    split: Annotated[
        str | None,
        typer.Option(help="Score only this split's documents (e.g. dev, test) of --splits."),
    ] = None,
    splits: Annotated[
        Path | None,
        typer.Option(help="JSON file of named splits.", show_default="GOLD_DIR/../splits.json"),
    ] = None,
    totals: Annotated[bool, typer.Option(help="Print only the corpus totals.")] = False,
    reader: ReaderOption = DEFAULT_READER_CHOICE,
    jobs: Jobs = None,
    debug: Debug = False,
) -> None:
    """Score parsed plans against gold: P/R/F1 per level, strict and flat, and plan fields."""
    from planparse import evaluate as scoring

    if (pred_dir is None) == (parse_dir is None):
        usage_error("give either PRED_DIR or --parse PDF_DIR")
    if not gold_dir.is_dir():
        usage_error(f"no gold folder {gold_dir}")
    stems = None
    if split is not None:
        splits_file = splits or gold_dir.parent / "splits.json"
        try:
            stems = scoring.read_split(splits_file, split)
        except (OSError, ValueError) as exc:
            usage_error(str(exc))
    if parse_dir is not None:
        if not parse_dir.is_dir():
            usage_error(f"no folder {parse_dir}")
        pdfs = [pdf for pdf in expand_inputs([parse_dir]) if stems is None or pdf.stem in stems]
        if not pdfs:
            usage_error(f"no PDF to parse in {parse_dir}")
        targets = output_names(pdfs)
        outcomes = parse_many(pdfs, workers=jobs, reader=reader.value)
        with tempfile.TemporaryDirectory() as scratch:
            with closing(outcomes), progress_bar(len(pdfs)) as advance:
                for outcome in outcomes:
                    advance(outcome.path.name)
                    if isinstance(outcome.result, Plan):
                        text = outcome.result.model_dump_json()
                        write_atomically(Path(scratch) / targets[outcome.path], text)
                    else:
                        report_failure(outcome.path, outcome.result, debug)
            scores = scoring.evaluate_dirs(gold_dir, Path(scratch), stems)
    else:
        scores = scoring.evaluate_dirs(gold_dir, pred_dir, stems)  # type: ignore[arg-type]
    typer.echo(scoring.format_report(scores, per_document=not totals))


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


@app.command("compare")
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
    from planparse.compare import compare
    from planparse.report import renderer_for, write_report
    from planparse.report.inputs import expand, read_plans, stored_plans
    from planparse.themes import TaxonomyError, load_taxonomy

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
    for reason in skipped:
        typer.echo(f"skipped: {reason}", err=True)
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


@app.command("themes-eval")
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
    from planparse.themes import agreement, format_agreement
    from planparse.themes.evaluation import evaluate_split, format_scores

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


@app.command("show")
def show_command(
    file: Annotated[Path, typer.Argument(help="A plan PDF, or a plan parsed to JSON.")],
    password: Password = None,
    layout: Layout = None,
    timeout: Timeout = TIMEOUT,
    ocr: Ocr = OcrChoice.auto,
    debug: Debug = False,
) -> None:
    """Print one plan as an outline: pillars > goals > activities, leads and milestones inline."""
    from planparse.views.outline import print_outline

    if layout is not None and layout not in RECOGNISERS:
        usage_error(f"unknown layout {layout!r}; `planparse layouts` lists them")
    try:
        if file.suffix.lower() == ".json":
            plan = Plan.model_validate_json(file.read_bytes())
        else:
            options = {"password": password, "layout": layout, "ocr": ocr.value}
            plan = parse_in_subprocess(file, timeout=timeout or None, **options)
    except (PlanParseError, OSError, ValueError) as exc:
        report_failure(file, not_a_plan_json(exc), debug)
        raise typer.Exit(EXIT_FAILED) from None
    print_outline(plan)


db_app = typer.Typer(
    help="A library of parsed plans in one SQLite file; `datasette plans.db` browses it.",
    no_args_is_help=True,
)
app.add_typer(db_app, name="db")
Database = Annotated[Path, typer.Argument(help="The plan store: a SQLite file.")]


@db_app.command("add")
def db_add_command(
    database: Database,
    inputs: Annotated[
        list[Path], typer.Argument(help="Plan PDFs, plans parsed to JSON, or folders of them.")
    ],
    recursive: Recursive = False,
    password: Password = None,
    layout: Layout = None,
    max_pages: MaxPages = MAX_PAGES,
    max_mb: MaxMB = MAX_MB,
    timeout: Timeout = TIMEOUT,
    ocr: Ocr = OcrChoice.auto,
    jobs: Jobs = None,
    debug: Debug = False,
) -> None:
    """Add plans to the store (created if missing): PDFs are parsed as `parse` does, JSON
    plans loaded; a file already stored (same SHA-256) is skipped, a new edition kept beside."""
    from planparse.themes.agreement import LABELS_SUFFIX

    files = [
        path
        for path in expand_inputs(inputs, recursive, (".pdf", ".json"))
        if not path.name.endswith(LABELS_SUFFIX)
    ]
    if not files:
        usage_error(f"no PDF or plan JSON in {', '.join(map(str, inputs))}")
    if layout is not None and layout not in RECOGNISERS:
        usage_error(f"unknown layout {layout!r}; `planparse layouts` lists them")
    failures: list[Outcome] = []
    added = unchanged = unreadable = 0
    with open_store(database, create=True) as store:
        pdfs = []
        for path in files:
            if path.suffix.lower() != ".json":
                if not stored_already(store, path):
                    pdfs.append(path)
                    continue
                unchanged += 1
                continue
            try:
                plan = Plan.model_validate_json(path.read_bytes())
            except (OSError, ValueError) as exc:
                report_failure(path, not_a_plan_json(exc), debug)
                unreadable += 1
                continue
            fresh = store_plan(store, plan).new
            added, unchanged = added + fresh, unchanged + (not fresh)
        options: dict[str, Any] = {"password": password, "layout": layout, "ocr": ocr.value}
        options |= {"max_pages": max_pages, "max_mb": max_mb}
        outcomes = parse_many(pdfs, workers=jobs, timeout=timeout or None, **options)
        with closing(outcomes), progress_bar(len(pdfs), "adding") as advance:
            for outcome in outcomes:
                advance(outcome.path.name)
                if not isinstance(outcome.result, Plan):
                    failures.append(outcome)
                    report_failure(outcome.path, outcome.result, debug)
                    continue
                fresh = store_plan(store, outcome.result).new
                added, unchanged = added + fresh, unchanged + (not fresh)
    failed = len(failures) + unreadable
    typer.echo(
        f"added {added}, already stored {unchanged}, failed {failed} -> {database}", err=True
    )
    raise typer.Exit(EXIT_FAILED if unreadable else exit_code(failures))


@db_app.command("list")
def db_list_command(
    database: Database,
    agency: Annotated[
        list[str] | None, typer.Option(help="Only plans whose agency contains this (repeatable).")
    ] = None,
) -> None:
    """List the stored plans: id, agency, title, period, size, the file they came from."""
    with open_store(database) as store:
        plans = store.plans(agency or [])
    if not plans:
        typer.echo(f"no plans in {database}", err=True)
        return
    typer.echo(f"{'id':>4}  {'agency':32} {'period':9} {'pil':>3} {'goal':>4} {'act':>4}  title")
    for plan in plans:
        period = plan.period or ""
        sizes = f"{plan.pillars:>3} {plan.goals:>4} {plan.activities:>4}"
        typer.echo(
            f"{plan.id:>4}  {(plan.agency or '')[:32]:32} {period:9} {sizes}  "
            f"{plan.title or ''}  [{plan.file or 'json'}, added {plan.added_at[:10]}]"
        )


@db_app.command("search")
def db_search_command(
    database: Database,
    query: Annotated[str, typer.Argument(help="Words to find (all of them); word* for a prefix.")],
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many matches.")] = 50,
) -> None:
    """Find pillars, goals, activities and milestones by their text or leads, across plans."""
    with open_store(database) as store:
        try:
            hits = store.search(query, limit=limit)
        except StoreError as exc:
            usage_error(str(exc))
    if not hits:
        typer.echo(f"no match for {query!r}", err=True)
    for hit in hits:
        page = f"p. {hit.page}" if hit.page is not None else "p. ?"
        typer.echo(f"{hit.agency or '(no agency)'} · {hit.level} {hit.path} · {page}: {hit.text}")


@db_app.command("remove")
def db_remove_command(
    database: Database,
    ids: Annotated[list[int], typer.Argument(help="Ids of plans to remove (see `db list`).")],
) -> None:
    """Remove plans (all their rows) from the store."""
    with open_store(database) as store:
        for plan_id in ids:
            try:
                store.remove(plan_id)
            except StoreError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(EXIT_FAILED) from None
    typer.echo(f"removed {len(ids)} -> {database}", err=True)


@db_app.command("export")
def db_export_command(
    database: Database,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write into.")],
) -> None:
    """Write plan-<id>.json per stored plan (as added) and a tidy CSV per table."""
    with open_store(database) as store:
        written = store.export(output)
    plans = sum(1 for path in written if path.suffix == ".json")
    typer.echo(f"exported {plans} plans and {len(written) - plans} tables -> {output}", err=True)


def open_store(database: Path, create: bool = False) -> PlanStore:
    from planparse.store import PlanStore

    try:
        return PlanStore(database, create=create)
    except StoreError as exc:
        usage_error(str(exc))


def store_plan(store: PlanStore, plan: Plan) -> Added:
    try:
        return store.add(plan)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None


def stored_already(store: PlanStore, pdf: Path) -> bool:
    """Whether the file (by hash) is stored, so re-adding a folder parses only what is new."""
    try:
        return store.has(file_sha256(pdf))
    except OSError:
        return False  # the parse reports it


def not_a_plan_json(exc: BaseException) -> BaseException:
    """A JSON file that is not a plan, as one line (pydantic's message runs to many)."""
    if isinstance(exc, ValidationError):
        return ValueError(f"not a plan JSON ({exc.error_count()} schema errors)")
    return exc


def expand_inputs(
    paths: list[Path], recursive: bool = False, suffixes: tuple[str, ...] = (".pdf",)
) -> list[Path]:
    """Files as given; folders contribute their files with one of ``suffixes`` (any case) in
    name order, those of subfolders too when ``recursive``."""
    result: list[Path] = []
    for path in paths:
        if not path.is_dir():
            result.append(path)
            continue
        found = path.rglob("*") if recursive else path.iterdir()
        result.extend(sorted(p for p in found if p.suffix.lower() in suffixes and p.is_file()))
    return result


def output_names(pdfs: list[Path], suffix: str = ".json") -> dict[Path, str]:
    """``<stem><suffix>`` per input, made safe: no separators, no leading dot, no two alike.

    Input names are data: a stem like ``..\\evil`` must not place a file outside the output
    folder, and two inputs named alike in different folders must not overwrite each other.
    """
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for pdf in dict.fromkeys(pdfs):  # a file given twice keeps one name
        stem = safe_stem(pdf.stem)
        name, number = f"{stem}{suffix}", 1
        while name.casefold() in taken:  # casefold: macOS and Windows ignore case
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name.casefold())
        names[pdf] = name
    return names


def safe_stem(stem: str) -> str:
    """Letters, digits and ``-_. `` kept, anything else ``_``; never empty, hidden or long."""
    kept = "".join(c if c.isalnum() or c in "-_. " else "_" for c in stem)
    short = kept.encode()[:STEM_BYTES].decode(errors="ignore")
    return short.strip().lstrip(".") or "document"


def report_failure(path: Path, exc: BaseException, debug: bool) -> None:
    if debug:
        raise exc
    message = str(exc) if isinstance(exc, PlanParseError) else f"{path.name}: {exc}"
    typer.echo(f"error: {message}", file=sys.stderr)  # looked up now: prints above a progress bar


def in_input_order(failures: list[Outcome], pdfs: list[Path]) -> list[Outcome]:
    """Failures as the inputs were listed: documents finish in any order, the summary not."""
    position = {pdf: index for index, pdf in reversed(list(enumerate(pdfs)))}
    return sorted(failures, key=lambda outcome: position[outcome.path])


def summary(total: int, failures: list[Outcome]) -> str:
    """``parsed N, failed M``, then one line per kind of failure naming its files."""
    lines = [f"parsed {total - len(failures)}, failed {len(failures)}"]
    by_kind: dict[str, list[str]] = {}
    for outcome in failures:
        by_kind.setdefault(failure_kind(outcome.result), []).append(outcome.path.name)
    for kind, names in by_kind.items():
        shown = ", ".join(names[:NAMES_SHOWN])
        more = f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else ""
        lines.append(f"  {kind}: {len(names)} ({shown}{more})")
    return "\n".join(lines)


def failure_kind(error: object) -> str:
    """The summary's label for an error: its own class's, else its nearest ancestor's."""
    for cls in type(error).__mro__:
        if cls in FAILURE_KINDS:
            return FAILURE_KINDS[cls]
    return "failed"


def exit_code(failures: list[Outcome]) -> int:
    if not failures:
        return 0
    if all(isinstance(outcome.result, LimitExceededError) for outcome in failures):
        return EXIT_LIMIT
    return EXIT_FAILED


def usage_error(message: str) -> NoReturn:
    typer.echo(f"usage error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
