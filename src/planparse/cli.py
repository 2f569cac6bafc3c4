"""Thin commands over the library: each parses its arguments and calls one function.

Exit codes: 0 success, 1 a document failed (bad input, failed parse), 2 usage error,
3 documents failed only on a limit (pages, size, time).

The command line is argparse, from the standard library: a one-page ``planparse parse``
spends most of its time starting up, and a framework that builds every command and a
pydantic coercer per option on each start costs it a tenth of its time (issue #17).
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

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
from planparse.pipeline import DEFAULT_READER, READERS
from planparse.progress import progress_bar
from planparse.provenance import file_sha256
from planparse.reading import MAX_MB, MAX_PAGES, TIMEOUT
from planparse.recognisers import RECOGNISERS
from planparse.version import VERSION
from planparse.views import render_plan

if TYPE_CHECKING:
    from planparse.store import Added, PlanStore

# Each command imports what only it needs (scoring, comparison, themes, the store) when it
# runs, so `planparse parse`, the common command, starts without loading them.

VIEWS = ("json", "md", "html", "csv")
OCR_MODES = ("auto", "always", "never")
EXIT_FAILED = 1  # a document could not be parsed (bad input, planparse failure)
EXIT_USAGE = 2
EXIT_LIMIT = 3  # documents failed only on a limit (--max-pages, --max-mb, --timeout)
BROKEN_PIPE_STATUS = 120  # what Python exits with when it cannot flush its output
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
Command = Callable[..., int | None]  # a command: its options as keywords, its exit status


def run() -> NoReturn:
    """The console entry point: the command, then an exit that skips the interpreter's
    teardown of every module and object the command loaded, which does nothing a finished
    command needs and costs a one-page parse a tenth of its time. Output and logs are
    flushed first; the workers are already stopped (``parse_many`` stops them)."""
    code = main()
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the reader of a pipe left early
        code = code or BROKEN_PIPE_STATUS
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line (``sys.argv[1:]`` by default); its exit status."""
    parser = command_parser()
    try:  # argparse exits on --help, --version and usage errors; commands on their errors
        options = vars(parser.parse_args(argv))
        command: Command | None = options.pop("command")
        help_of: argparse.ArgumentParser = options.pop("help_of")
        if command is None:  # no command given: what there is to run, as `git` does
            help_of.print_help()
            return EXIT_USAGE
        return command(**options) or 0
    except SystemExit as exc:
        return exit_status(exc.code)


def exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` would end the process with."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def command_parser() -> argparse.ArgumentParser:
    """Every command and its options; each subparser records the function it runs."""
    parser = argparse.ArgumentParser(
        prog="planparse",
        description="Turn police strategic-plan PDFs into structured, comparable plans.",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"planparse {VERSION}",
        help="Print the version and exit.",
    )
    parser.set_defaults(command=None, help_of=parser)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, command, add_options in COMMANDS:
        add_options(subcommand(commands, name, command))
    database = subcommand(commands, "db", None, help_of=True)
    actions = database.add_subparsers(title="commands", metavar="COMMAND")
    for name, command, add_options in DB_COMMANDS:
        add_options(subcommand(actions, name, command))
    return parser


def subcommand(
    commands: Any, name: str, command: Command | None, *, help_of: bool = False
) -> argparse.ArgumentParser:
    """A subparser whose help is the command's docstring (its first line in the list)."""
    doc = inspect.cleandoc((command.__doc__ if command else DB_HELP) or "")
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=doc.split("\n\n")[0].replace("\n", " "),
        description=doc,
        allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(command=command)
    if help_of:
        parser.set_defaults(help_of=parser)
    return parser


def at_least(low: float, kind: Callable[[str], float]) -> Callable[[str], Any]:
    """An option type: a number of ``kind`` no smaller than ``low``."""

    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} is below {low:g}")
        return value

    return convert


def add_debug(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="Show tracebacks for failures.")


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=at_least(1, int),
        help="Documents parsed at once (default: one per core).",
    )


def add_reader(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reader",
        choices=READERS,
        default=DEFAULT_READER,
        help="PDF reader: pdfium (fast; damaged files go to the reference) or pdfplumber "
        "(the reference); same plans (default: %(default)s).",
    )


def add_document_options(parser: argparse.ArgumentParser, *, limits: bool = True) -> None:
    """How a PDF is opened and read: password, layout, limits, OCR; ``--debug``."""
    parser.add_argument("--password", help="Password of an encrypted PDF.")
    parser.add_argument("--layout", help="Force a layout recogniser (see `planparse layouts`).")
    if limits:
        parser.add_argument(
            "--max-pages",
            type=at_least(1, int),
            default=MAX_PAGES,
            help="Refuse PDFs with more pages than this (default: %(default)s).",
        )
        parser.add_argument(
            "--max-mb",
            type=at_least(0, float),
            default=MAX_MB,
            help="Refuse files larger than this many MB (default: %(default)s).",
        )
    parser.add_argument(
        "--timeout",
        type=at_least(0, float),
        default=TIMEOUT,
        help="Stop a document after this many seconds, 0: no limit (default: %(default)s).",
    )
    parser.add_argument(
        "--ocr",
        choices=OCR_MODES,
        default="auto",
        help="auto: OCR only pages without a text layer; always; never (default: auto).",
    )
    add_debug(parser)


def add_recursive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="Search folders and their subfolders."
    )


def parse_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="PDF", help="PDF files or folders of PDFs."
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUTDIR", help="Folder for <stem>.<ext> files."
    )
    parser.add_argument(
        "--to",
        choices=VIEWS,
        default="json",
        help="json: the plan; md: an outline; html: a review page; csv: tidy rows.",
    )
    add_recursive(parser)
    add_document_options(parser)
    add_reader(parser)
    add_jobs(parser)


def parse_command(
    files: list[Path],
    output: Path | None,
    to: str,
    recursive: bool,
    password: str | None,
    layout: str | None,
    max_pages: int,
    max_mb: float,
    timeout: float,
    ocr: str,
    reader: str,
    jobs: int | None,
    debug: bool,
) -> int:
    """Parse plan PDFs to JSON (or --to md|html|csv): stdout for one file, else one
    <stem>.<ext> per input in -o."""
    pdfs = expand_inputs(files, recursive)
    if not pdfs:
        usage_error(f"no PDF in {', '.join(map(str, files))}")
    if output is None and len(pdfs) != 1:
        usage_error("give -o OUTDIR to parse more than one file")
    check_layout(layout)
    targets = output_names(pdfs, f".{to}")
    options = {
        "password": password,
        "layout": layout,
        "max_pages": max_pages,
        "max_mb": max_mb,
        "ocr": ocr,
        "reader": reader,
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
            text = render_plan(outcome.result, to, pdf=outcome.path, password=password)
            if output is None:
                sys.stdout.write(text)
            else:
                write_atomically(output / targets[outcome.path], text)
    if output is not None:
        print(summary(len(pdfs), in_input_order(failures, pdfs)), file=sys.stderr)
    return exit_code(failures)


def schema_command() -> None:
    """Print the JSON Schema every parsed plan validates against."""
    print(json.dumps(Plan.model_json_schema(), indent=2))


def eval_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold_dir", type=Path, help="Folder of gold <stem>.json files.")
    parser.add_argument(
        "pred_dir", type=Path, nargs="?", help="Folder of parsed <stem>.json files."
    )
    parser.add_argument(
        "--parse", dest="parse_dir", type=Path, help="Parse the PDFs in this folder first."
    )
    parser.add_argument(
        "--split", help="Score only this split's documents (e.g. dev, test) of --splits."
    )
    parser.add_argument(
        "--splits", type=Path, help="JSON file of named splits (default: GOLD_DIR/../splits.json)."
    )
    parser.add_argument("--totals", action="store_true", help="Print only the corpus totals.")
    add_reader(parser)
    add_jobs(parser)
    add_debug(parser)


def eval_command(
    gold_dir: Path,
    pred_dir: Path | None,
    parse_dir: Path | None,
    split: str | None,
    splits: Path | None,
    totals: bool,
    reader: str,
    jobs: int | None,
    debug: bool,
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
        outcomes = parse_many(pdfs, workers=jobs, reader=reader)
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
    print(scoring.format_report(scores, per_document=not totals))


def inspect_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="The PDF to look at.")
    parser.add_argument("-p", "--page", type=int, default=1, help="1-based page number.")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("page.png"),
        help="PNG to write (default: %(default)s).",
    )
    parser.add_argument(
        "--resolution", type=int, default=100, help="Pixels per inch (default: %(default)s)."
    )
    add_debug(parser)


def inspect_command(file: Path, page: int, output: Path, resolution: int, debug: bool) -> int:
    """Draw the detected lines and blocks with their roles on the page image."""
    from planparse.inspect_page import draw_page

    try:
        written = draw_page(file, page, output, resolution=resolution)
    except (PlanParseError, OSError, ValueError) as exc:
        report_failure(file, exc, debug)
        return EXIT_FAILED
    print(f"wrote {written}", file=sys.stderr)
    return 0


def layouts_command() -> None:
    """List the layout recognisers, the names --layout takes."""
    for name, recogniser in RECOGNISERS.items():
        doc = (type(recogniser).__doc__ or "").strip().splitlines()[0]
        print(f"{name:10} {doc}")


def compare_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        type=Path,
        nargs="*",
        help="Plan PDFs, parsed plan JSON files, or folders of them.",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="Report to write: .html, .md, .csv or .json.",
    )
    parser.add_argument(
        "--taxonomy", type=Path, help="Theme taxonomy JSON to use instead of the built-in one."
    )
    parser.add_argument(
        "--db", type=Path, help="Also compare the plans of this store (`planparse db`)."
    )
    parser.add_argument(
        "--agency",
        action="append",
        help="With --db: only plans whose agency contains this (repeatable).",
    )
    add_jobs(parser)
    parser.add_argument(
        "--home", help="Plan or agency the briefing is for: what peers commit to that it does not."
    )


def compare_command(
    output: Path,
    inputs: list[Path],
    taxonomy: Path | None,
    db: Path | None,
    agency: list[str] | None,
    jobs: int | None,
    home: str | None,
) -> int:
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
        usage_error(str(exc))
    plans, names, skipped = read_plans(expand(inputs), jobs)
    for reason in skipped:
        print(f"skipped: {reason}", file=sys.stderr)
    plans, names = [*stored, *plans], [*stored_names, *names]
    if not plans:
        print("error: no plan could be read", file=sys.stderr)
        return EXIT_FAILED
    try:
        comparison = compare(plans, names=names, taxonomy=themes, home=home)
    except ValueError as exc:
        usage_error(str(exc))
    comparison.skipped = skipped
    write_report(comparison, output)
    print(f"compared {len(plans)} plans, skipped {len(skipped)} -> {output}", file=sys.stderr)
    return 0


def themes_eval_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold_dir",
        type=Path,
        help="Folder of gold <stem>.json plans (with <stem>.themes.json labels).",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        help="Folder with themes.json and commitments.json (e.g. corpus/labels).",
    )
    parser.add_argument(
        "--split",
        action="append",
        help="Split(s) of the labels to score, repeatable (default: dev and test).",
    )
    parser.add_argument(
        "--misses", type=int, default=0, help="List up to this many misses per split."
    )
    parser.add_argument(
        "--all",
        dest="show_all",
        action="store_true",
        help="List every node, not only misses (label files).",
    )


def themes_eval_command(
    gold_dir: Path, labels: Path | None, split: list[str] | None, misses: int, show_all: bool
) -> int:
    """Score themes against labels: theme P/R and cluster pair P/R/F1 per split (--labels),
    or the share of pillars and goals agreeing with <stem>.themes.json files."""
    from planparse.themes import agreement, format_agreement
    from planparse.themes.evaluation import evaluate_split, format_scores

    try:
        if labels is None:
            print(format_agreement(agreement(gold_dir), all_rows=show_all))
            return 0
        scores = [evaluate_split(gold_dir, labels, name) for name in split or ["dev", "test"]]
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not any(score.documents for score in scores):
        print(f"error: no labelled plan in split {', '.join(split or [])}", file=sys.stderr)
        return EXIT_FAILED
    print(format_scores(scores, misses=misses))
    return 0


def show_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="A plan PDF, or a plan parsed to JSON.")
    add_document_options(parser, limits=False)


def show_command(
    file: Path,
    password: str | None,
    layout: str | None,
    timeout: float,
    ocr: str,
    debug: bool,
) -> int:
    """Print one plan as an outline: pillars > goals > activities, leads and milestones inline."""
    from planparse.views.outline import print_outline

    check_layout(layout)
    try:
        if file.suffix.lower() == ".json":
            plan = Plan.model_validate_json(file.read_bytes())
        else:
            options = {"password": password, "layout": layout, "ocr": ocr}
            plan = parse_in_subprocess(file, timeout=timeout or None, **options)
    except (PlanParseError, OSError, ValueError) as exc:
        report_failure(file, not_a_plan_json(exc), debug)
        return EXIT_FAILED
    print_outline(plan)
    return 0


DB_HELP = "A library of parsed plans in one SQLite file; `datasette plans.db` browses it."


def add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("database", type=Path, help="The plan store: a SQLite file.")


def db_add_options(parser: argparse.ArgumentParser) -> None:
    add_database(parser)
    parser.add_argument(
        "inputs", type=Path, nargs="+", help="Plan PDFs, plans parsed to JSON, or folders of them."
    )
    add_recursive(parser)
    add_document_options(parser)
    add_jobs(parser)


def db_add_command(
    database: Path,
    inputs: list[Path],
    recursive: bool,
    password: str | None,
    layout: str | None,
    max_pages: int,
    max_mb: float,
    timeout: float,
    ocr: str,
    jobs: int | None,
    debug: bool,
) -> int:
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
    check_layout(layout)
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
        options: dict[str, Any] = {"password": password, "layout": layout, "ocr": ocr}
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
    print(
        f"added {added}, already stored {unchanged}, failed {failed} -> {database}", file=sys.stderr
    )
    return EXIT_FAILED if unreadable else exit_code(failures)


def add_agency_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--agency", action="append", help="Only plans whose agency contains this (repeatable)."
    )


def db_list_options(parser: argparse.ArgumentParser) -> None:
    add_database(parser)
    add_agency_filter(parser)


def db_list_command(database: Path, agency: list[str] | None) -> None:
    """List the stored plans: id, agency, title, period, size, the file they came from."""
    with open_store(database) as store:
        plans = store.plans(agency or [])
    if not plans:
        print(f"no plans in {database}", file=sys.stderr)
        return
    print(f"{'id':>4}  {'agency':32} {'period':9} {'pil':>3} {'goal':>4} {'act':>4}  title")
    for plan in plans:
        period = plan.period or ""
        sizes = f"{plan.pillars:>3} {plan.goals:>4} {plan.activities:>4}"
        print(
            f"{plan.id:>4}  {(plan.agency or '')[:32]:32} {period:9} {sizes}  "
            f"{plan.title or ''}  [{plan.file or 'json'}, added {plan.added_at[:10]}]"
        )


def db_search_options(parser: argparse.ArgumentParser) -> None:
    add_database(parser)
    parser.add_argument("query", help="Words to find (all of them); word* for a prefix.")
    parser.add_argument(
        "--limit",
        type=at_least(1, int),
        default=50,
        help="Show at most this many matches (default: %(default)s).",
    )


def db_search_command(database: Path, query: str, limit: int) -> None:
    """Find pillars, goals, activities and milestones by their text or leads, across plans."""
    with open_store(database) as store:
        try:
            hits = store.search(query, limit=limit)
        except StoreError as exc:
            usage_error(str(exc))
    if not hits:
        print(f"no match for {query!r}", file=sys.stderr)
    for hit in hits:
        page = f"p. {hit.page}" if hit.page is not None else "p. ?"
        print(f"{hit.agency or '(no agency)'} · {hit.level} {hit.path} · {page}: {hit.text}")


def db_remove_options(parser: argparse.ArgumentParser) -> None:
    add_database(parser)
    parser.add_argument("ids", type=int, nargs="+", help="Ids of plans to remove (see `db list`).")


def db_remove_command(database: Path, ids: list[int]) -> int:
    """Remove plans (all their rows) from the store."""
    with open_store(database) as store:
        for plan_id in ids:
            try:
                store.remove(plan_id)
            except StoreError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_FAILED
    print(f"removed {len(ids)} -> {database}", file=sys.stderr)
    return 0


def db_export_options(parser: argparse.ArgumentParser) -> None:
    add_database(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, help="Folder to write into.")


def db_export_command(database: Path, output: Path) -> None:
    """Write plan-<id>.json per stored plan (as added) and a tidy CSV per table."""
    with open_store(database) as store:
        written = store.export(output)
    plans = sum(1 for path in written if path.suffix == ".json")
    print(f"exported {plans} plans and {len(written) - plans} tables -> {output}", file=sys.stderr)


def no_options(parser: argparse.ArgumentParser) -> None:
    """A command that takes no options but ``--help``."""


def check_layout(layout: str | None) -> None:
    if layout is not None and layout not in RECOGNISERS:
        usage_error(f"unknown layout {layout!r}; `planparse layouts` lists them")


OptionsOf = Callable[[argparse.ArgumentParser], None]
COMMANDS: list[tuple[str, Command, OptionsOf]] = [
    ("parse", parse_command, parse_options),
    ("schema", schema_command, no_options),
    ("eval", eval_command, eval_options),
    ("inspect", inspect_command, inspect_options),
    ("layouts", layouts_command, no_options),
    ("compare", compare_command, compare_options),
    ("themes-eval", themes_eval_command, themes_eval_options),
    ("show", show_command, show_options),
]
DB_COMMANDS: list[tuple[str, Command, OptionsOf]] = [
    ("add", db_add_command, db_add_options),
    ("list", db_list_command, db_list_options),
    ("search", db_search_command, db_search_options),
    ("remove", db_remove_command, db_remove_options),
    ("export", db_export_command, db_export_options),
]


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
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(EXIT_FAILED)


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
    print(f"error: {message}", file=sys.stderr)  # looked up now: prints above a progress bar


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
    print(f"usage error: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)
