"""Speed, memory and start-up figures of both readers: python benchmarks/bench.py [--quick]

Per document (the text samples, and synthetic plans of 20 and 220 pages drawn here), both
readers in one run, in a process set up the way a batch worker is (planparse imported, loaded
objects frozen out of the garbage collector's way, one document parsed before), best of 3:
  plumber p/s  pages per second of ``planparse.parse(reader="pdfplumber")`` end to end
  pdfium p/s   the same with ``reader="pdfium"``
  x            pdfium's pages/s over pdfplumber's (target >= 5 on LAPD and the 220-page plan)
  base p/s     pdfplumber alone doing the same extraction on the same pages: words with font
               and size, and where a page has enough ruling edges, its table finder and the
               cells' text
  /base        each reader's seconds over the baseline's (pdfplumber reader, pdfium reader)
  rss MB       peak RSS of a fresh process that imports planparse and parses that one document
               (pdfplumber reader, pdfium reader)
  pdf s        seconds reading the PDF (pdfplumber reader, pdfium reader) in the best run
Then the plan zoo (corpus/pdf, text-layer documents; its scans' time is OCR's) parsed in one
process with each reader; start-up (``python -X importtime`` of the command line, and which
heavy modules ``planparse parse`` loads; ``--before-src DIR`` measures another checkout's
``src`` too, e.g. the main branch before this change); the command line's wall time for a
1-page plan against a bare pdfplumber script doing the same extraction (target <= 1.15);
and the command line's -j 1 against -j 2 on a batch of documents.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
SAMPLES = ROOT / "samples"
ZOO = ROOT / "corpus" / "pdf"
WARM_UP = SAMPLES / "policy-3-01-110-community-policing.pdf"  # also loads spaCy, as policies do
TINY = SAMPLES / "tustin-pd-2025-2027.pdf"
READERS = ("pdfplumber", "pdfium")
MIN_TABLE_EDGES = 8  # as planparse.pdf: pages with fewer ruling edges are not searched for tables
HEAVY = ("spacy", "jinja2", "numpy", "planparse.compare", "planparse.themes", "planparse.evaluate")
IMPORTS_SHOWN = (
    "planparse.cli",
    "planparse",
    "planparse.models",
    "planparse.pdf",
    "pdfplumber",
    "planparse.ocr",
    "numpy",
    "planparse.report.inputs",
    "planparse.compare",
    "argparse",
)
BARE_SCRIPT = f"""
import sys
import pdfplumber

with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_words(extra_attrs=["fontname", "size"])
        if len(page.edges) >= {MIN_TABLE_EDGES}:
            for table in page.find_tables():
                table.extract()
        page.close()
"""


def baseline(path: Path) -> float:
    """Seconds pdfplumber alone takes to extract what ``read_pdf`` extracts."""
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            if len(page.edges) >= MIN_TABLE_EDGES:
                for table in page.find_tables():
                    table.extract()
            page.close()
    return time.perf_counter() - start


def ours(path: Path, reader: str) -> dict[str, float]:
    """``planparse.parse`` end to end, and the seconds it spent reading the PDF."""
    from planparse import pipeline

    spent: dict[str, float] = {}
    original = pipeline.read_document
    pipeline.read_document = timed(original, "pdf", spent)  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        pipeline.parse(path, reader=reader)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
    finally:
        pipeline.read_document = original  # type: ignore[assignment]
    return {"seconds": seconds, **spent}


def timed(function: Callable[..., Any], name: str, into: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            into[name] = time.perf_counter() - start

    return run


def settle_like_a_worker() -> None:
    """What ``planparse.batch.serve`` does before its first document."""
    import planparse  # noqa: F401

    gc.freeze()


def child_speed(path: Path, runs: int) -> dict[str, Any]:
    """Best of ``runs`` for the baseline and each reader, taken in turns."""
    from planparse.pipeline import parse

    settle_like_a_worker()
    for reader in READERS:
        parse(WARM_UP, reader=reader)  # type: ignore[arg-type]
    best: dict[str, dict[str, float]] = {}
    best_base = float("inf")
    for _ in range(runs):
        best_base = min(best_base, baseline(path))
        for reader in READERS:
            run = ours(path, reader)
            if reader not in best or run["seconds"] < best[reader]["seconds"]:
                best[reader] = run
    return {"pages": page_count(path), "base": best_base, **best}


def child_memory(path: Path, reader: str) -> dict[str, Any]:
    from planparse.pipeline import parse

    settle_like_a_worker()
    parse(path, reader=reader)  # type: ignore[arg-type]
    return {"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child_zoo() -> dict[str, Any]:
    """The zoo's text-layer documents, each parsed once with each reader, in one process."""
    from planparse.errors import PlanParseError
    from planparse.pipeline import parse

    settle_like_a_worker()
    for reader in READERS:
        parse(WARM_UP, reader=reader)  # type: ignore[arg-type]
    seconds = dict.fromkeys(READERS, 0.0)
    pages = documents = 0
    for path in zoo_text_documents():
        documents += 1
        pages += page_count(path)
        for reader in READERS:
            start = time.perf_counter()
            with contextlib.suppress(PlanParseError):  # a damaged file costs its time too
                parse(path, reader=reader)  # type: ignore[arg-type]
            seconds[reader] += time.perf_counter() - start
    return {"documents": documents, "pages": pages, **seconds}


def zoo_text_documents() -> list[Path]:
    return [p for p in sorted(ZOO.glob("*.pdf")) if not p.stem.endswith("-scanned")]


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def in_child(*args: str | Path) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its figures come back as JSON."""
    command = [sys.executable, __file__, "--child", *map(str, args)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def synthetic_plan(path: Path, pages: int) -> Path:
    """A long plan in the labelled layout: one pillar per 10 pages, one goal per page."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=letter)
    for number in range(1, pages + 1):
        pillar, goal = divmod(number - 1, 10)
        sheet.setFont("Helvetica", 8)
        sheet.drawString(72, 30, f"Synthetic Police Department | Strategic Plan | {number}")
        y = 720
        if goal == 0:
            sheet.setFont("Helvetica-Bold", 20)
            sheet.drawString(72, y, f"PILLAR {pillar + 1}: Community Safety Area {pillar + 1}")
            y -= 40
        sheet.setFont("Helvetica-Bold", 14)
        sheet.drawString(72, y, f"GOAL {goal + 1}: Improve service outcome {pillar + 1}.{goal + 1}")
        y -= 30
        sheet.setFont("Helvetica", 11)
        for item in range(8):
            sheet.drawString(80, y, "•")
            sheet.drawString(
                94, y, f"Carry out activity {item + 1} with partners and report results"
            )
            sheet.drawString(
                94, y - 14, "to the community every quarter through the public dashboard."
            )
            y -= 36
        sheet.setFont("Helvetica-Bold", 11)
        sheet.drawString(72, y - 10, "Responsible Manager:")
        sheet.setFont("Helvetica", 11)
        sheet.drawString(190, y - 10, "Operations Bureau Captain")
        sheet.showPage()
    sheet.save()
    return path


def document_rows(documents: list[Path], runs: int) -> dict[str, dict[str, Any]]:
    """Print one row per document; return its figures by file name."""
    print(
        f"{'document':34} {'pages':>5} {'plumber':>8} {'pdfium':>7} {'x':>5} {'base':>6} "
        f"{'/base':>11} {'rss MB':>9}  pdf s (plumber, pdfium)\n"
        f"{'':34} {'':5} {'p/s':>8} {'p/s':>7} {'':5} {'p/s':>6}"
    )
    figures = {}
    for path in documents:
        speed = in_child("speed", path, runs)
        rss = {reader: in_child("memory", path, reader)["rss_mb"] for reader in READERS}
        pages = speed["pages"]
        rate = {reader: pages / speed[reader]["seconds"] for reader in READERS}
        over = [speed[reader]["seconds"] / speed["base"] for reader in READERS]
        figures[path.name] = {"rate": rate, "rss": rss}
        print(
            f"{path.stem[:34]:34} {pages:5d} {rate['pdfplumber']:8.1f} {rate['pdfium']:7.1f} "
            f"{rate['pdfium'] / rate['pdfplumber']:5.2f} {pages / speed['base']:6.1f} "
            f"{over[0]:5.2f} {over[1]:5.2f} {rss['pdfplumber']:4.0f} {rss['pdfium']:4.0f}  "
            f"{speed['pdfplumber']['pdf']:.3f} {speed['pdfium']['pdf']:.3f}",
            flush=True,
        )
    return figures


def zoo_rows() -> None:
    zoo = in_child("zoo")
    rate = {reader: zoo["pages"] / zoo[reader] for reader in READERS}
    print(
        f"\nzoo, {zoo['documents']} text-layer documents, {zoo['pages']} pages, one process: "
        f"pdfplumber {zoo['pdfplumber']:.1f} s ({rate['pdfplumber']:.1f} p/s), "
        f"pdfium {zoo['pdfium']:.1f} s ({rate['pdfium']:.1f} p/s), "
        f"{rate['pdfium'] / rate['pdfplumber']:.2f} x"
    )


def import_times(src: Path) -> dict[str, float]:
    """Cumulative import seconds of the command line's modules, best of 3 (-X importtime)."""
    best: dict[str, float] = {}
    environment = {**os.environ, "PYTHONPATH": str(src)}
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import planparse.cli"],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
        )
        for line in done.stderr.splitlines():
            parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
            if len(parts) == 3 and parts[2] in IMPORTS_SHOWN:
                seconds = int(parts[1]) / 1e6
                best[parts[2]] = min(best.get(parts[2], seconds), seconds)
    return best


def loaded_heavy(src: Path) -> list[str]:
    """Which heavy modules a `planparse parse` of a 1-page plan has loaded by its end."""
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['planparse', 'parse', {str(TINY)!r}, '-j', '1']\n"
        "try:\n    runpy.run_module('planparse', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('heavy:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=False
    )
    found = [line for line in done.stdout.splitlines() if line.startswith("heavy:")]
    return [name for name in found[-1].removeprefix("heavy:").split(",") if name] if found else []


def startup(before: Path | None) -> None:
    sources = [("this tree", SRC)] + ([("before", before)] if before else [])
    print("\nstart-up: cumulative import seconds (python -X importtime -c 'import planparse.cli')")
    for label, src in sources:
        times = import_times(src)
        shown = ", ".join(f"{name} {times[name]:.3f}" for name in IMPORTS_SHOWN if name in times)
        heavy = ", ".join(loaded_heavy(src)) or "none"
        print(f"  {label:9} {shown}\n  {'':9} heavy modules loaded by `planparse parse`: {heavy}")


def best_wall(command: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def command_line(scratch: Path, rounds: int) -> dict[str, float]:
    """Wall seconds of `planparse parse` on a 1-page plan, per reader, against a bare script."""
    script = scratch / "bare_pdfplumber.py"
    script.write_text(BARE_SCRIPT, encoding="utf-8")
    bare = best_wall([sys.executable, str(script), str(TINY)], rounds)
    ratios = {}
    line = f"\ncommand line, {TINY.name} (1 page), best of {rounds}: bare pdfplumber {bare:.2f} s"
    for reader in READERS:
        command = [sys.executable, "-m", "planparse", "parse", str(TINY), "--reader", reader]
        wall = best_wall([*command, "-o", str(scratch / f"cli-{reader}")], rounds)
        ratios[reader] = wall / bare
        line += f"; planparse --reader {reader} {wall:.2f} s ({ratios[reader]:.2f} x)"
    print(line)
    return ratios


def parallel(batch: Path, rounds: int) -> float:
    """Wall seconds of `planparse parse DIR -j N` for N = 1, 2 (fast reader); the speed-up."""
    pdfs = sorted(batch.glob("*.pdf"))
    pages = sum(page_count(path) for path in pdfs)
    seconds = {}
    for jobs in (1, 2):
        out = batch.parent / f"out-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        command = [sys.executable, "-m", "planparse", "parse", str(batch), "-j", str(jobs)]
        seconds[jobs] = best_wall([*command, "--reader", "pdfium", "-o", str(out)], rounds)
    speedup = seconds[1] / seconds[2]
    print(
        f"\nbatch of {len(pdfs)} documents, {pages} pages, --reader pdfium, on "
        f"{os.cpu_count()} cores: -j 1 {seconds[1]:.2f} s, -j 2 {seconds[2]:.2f} s, "
        f"speed-up {speedup:.2f}"
    )
    return speedup


def parallel_batch(folder: Path, documents: list[Path], synthetic_20: Path) -> Path:
    """The text samples twice over and four 20-page synthetic plans, as separate files."""
    folder.mkdir()
    for copy in ("a", "b"):
        for path in documents:
            shutil.copy(path, folder / f"{path.stem}-{copy}.pdf")
    for number in range(4):
        shutil.copy(synthetic_20, folder / f"synthetic-{number}.pdf")
    return folder


def run_child(kind: str, rest: list[str]) -> dict[str, Any]:
    if kind == "speed":
        return child_speed(Path(rest[0]), int(rest[1]))
    if kind == "memory":
        return child_memory(Path(rest[0]), rest[1])
    return child_zoo()


def targets(figures: dict[str, dict[str, Any]], ratios: dict[str, float]) -> None:
    def speedup(name: str) -> str:
        rate = figures[name]["rate"]
        return f"{rate['pdfium'] / rate['pdfplumber']:.2f}"

    shown = [f"pdfium / pdfplumber pages/s >= 5: LAPD {speedup('lapd-2023-2025.pdf')}"]
    if "synthetic-220-pages.pdf" in figures:
        shown.append(f"220-page plan {speedup('synthetic-220-pages.pdf')}")
        rss = {name: figures[name]["rss"]["pdfium"] for name in figures}
        grown = rss["synthetic-220-pages.pdf"] / rss["synthetic-20-pages.pdf"]
        shown.append(f"pdfium peak RSS 220 / 20 pages <= 1.5: {grown:.2f}")
    shown.append(f"command line / bare pdfplumber <= 1.15: pdfium {ratios['pdfium']:.2f}, "
                 f"pdfplumber {ratios['pdfplumber']:.2f}")  # fmt: skip
    print("\ntargets: " + "; ".join(shown))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 220-page plan; one round")
    parser.add_argument("--before-src", type=Path, help="another checkout's src, for start-up")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child[0], args.child[1:])))
        return
    runs = 1 if args.quick else 3
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        samples = sorted(p for p in SAMPLES.glob("*.pdf") if "scanned" not in p.name)
        synthetic_20 = synthetic_plan(scratch / "synthetic-20-pages.pdf", 20)
        documents = [*samples, synthetic_20]
        if not args.quick:
            documents.append(synthetic_plan(scratch / "synthetic-220-pages.pdf", 220))
        figures = document_rows(documents, runs)
        zoo_rows()
        startup(args.before_src)
        ratios = command_line(scratch, 3 if args.quick else 5)
        batch = parallel_batch(scratch / "batch", samples, synthetic_20)
        parallel(batch, 1 if args.quick else 2)
    targets(figures, ratios)


if __name__ == "__main__":
    main()
