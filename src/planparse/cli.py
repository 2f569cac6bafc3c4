"""Thin commands over the library: each parses its arguments and calls one function.

Exit codes: 0 success, 1 a document failed (bad input, failed parse), 2 usage error,
3 documents failed only on a limit (pages, size, time).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from planparse.batch import Outcome, parse_many
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
)
from planparse.files import write_atomically
from planparse.models import Plan
from planparse.pdf import MAX_MB, MAX_PAGES, TIMEOUT
from planparse.pipeline import DEFAULT_READER
from planparse.recognisers import RECOGNISERS
from planparse.report.command import compare_command, themes_eval_command


class OcrChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


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
DEFAULT_READER_CHOICE = ReaderChoice(DEFAULT_READER)
ReaderOption = Annotated[
    ReaderChoice,
    typer.Option(
        "--reader", help="PDF reader: pdfium (fast) or pdfplumber (the reference); same plans."
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


@app.command("parse")
def parse_command(
    files: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for <stem>.json files.")
    ] = None,
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
    """Parse plan PDFs to JSON: stdout for one file, else one <stem>.json per input in -o."""
    pdfs = expand_inputs(files)
    if output is None and len(pdfs) != 1:
        usage_error("give -o OUTDIR to parse more than one file")
    if layout is not None and layout not in RECOGNISERS:
        usage_error(f"unknown layout {layout!r}; `planparse layouts` lists them")
    targets = output_names(pdfs)
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
            advance()
            if not isinstance(outcome.result, Plan):
                failures.append(outcome)
                report_failure(outcome.path, outcome.result, debug)
                continue
            text = outcome.result.model_dump_json(indent=2)
            if output is None:
                typer.echo(text)
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
        pdfs = [pdf for pdf in expand_inputs([parse_dir]) if stems is None or pdf.stem in stems]
        targets = output_names(pdfs)
        outcomes = parse_many(pdfs, workers=jobs, reader=reader.value)
        with tempfile.TemporaryDirectory() as scratch:
            with closing(outcomes), progress_bar(len(pdfs)) as advance:
                for outcome in outcomes:
                    advance()
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


app.command("compare")(compare_command)
app.command("themes-eval")(themes_eval_command)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; folders contribute their *.pdf files in name order."""
    result: list[Path] = []
    for path in paths:
        result.extend(sorted(path.glob("*.pdf")) if path.is_dir() else [path])
    return result


def output_names(pdfs: list[Path]) -> dict[Path, str]:
    """``<stem>.json`` per input, made safe: no separators, no leading dot, no two alike.

    Input names are data: a stem like ``..\\evil`` must not place a file outside the output
    folder, and two inputs named alike in different folders must not overwrite each other.
    """
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for pdf in dict.fromkeys(pdfs):  # a file given twice keeps one name
        stem = safe_stem(pdf.stem)
        name, number = f"{stem}.json", 1
        while name.casefold() in taken:  # casefold: macOS and Windows ignore case
            number += 1
            name = f"{stem}-{number}.json"
        taken.add(name.casefold())
        names[pdf] = name
    return names


def safe_stem(stem: str) -> str:
    """Letters, digits and ``-_. `` kept, anything else ``_``; never empty, hidden or long."""
    kept = "".join(c if c.isalnum() or c in "-_. " else "_" for c in stem)
    short = kept.encode()[:STEM_BYTES].decode(errors="ignore")
    return short.strip().lstrip(".") or "document"


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[], None]]:
    """A bar on stderr, advanced once per finished document; none unless stderr is a terminal.

    It is redrawn as documents finish, not by rich's timer thread: workers start by fork,
    which is used only while the parent runs a single thread (``batch.start_method``).
    """
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, auto_refresh=False, transient=True) as bar:
        task = bar.add_task("parsing", total=total)
        bar.refresh()

        def advance() -> None:
            bar.update(task, advance=1, refresh=True)

        yield advance


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
