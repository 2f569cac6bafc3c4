"""Speed and memory figures: python benchmarks/bench.py [--quick].

For each text sample and for long synthetic plans it generates (20 and 220 pages), it
prints pages/s end to end, pages/s for pdfplumber alone doing the same word and table
extraction (the baseline), their ratio, seconds per stage and peak RSS. Every measurement
runs in a fresh subprocess so peak RSS belongs to that document alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def measure_baseline(path: Path) -> dict[str, float]:
    """pdfplumber alone: the same words (with font and size) and ruled tables per page."""
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            if len(page.edges) >= 8:
                page.find_tables()
            page.close()
    return {"pages": pages, "seconds": time.perf_counter() - start}


def measure_planparse(path: Path) -> dict[str, float]:
    from planparse.blocks import build_blocks
    from planparse.layout import lay_out
    from planparse.nlp import pipeline
    from planparse.pdf import read_pdf
    from planparse.pipeline import assemble

    pipeline()  # built once per process, as in a batch; not a per-document cost
    stages: dict[str, float] = {}
    clock = time.perf_counter()
    document = read_pdf(path)
    stages["pdf"], clock = time.perf_counter() - clock, time.perf_counter()
    layouts = lay_out(document)
    stages["layout"], clock = time.perf_counter() - clock, time.perf_counter()
    blocks = build_blocks(layouts)
    stages["blocks"], clock = time.perf_counter() - clock, time.perf_counter()
    assemble(document, blocks, None)
    stages["structure"] = time.perf_counter() - clock
    return {"pages": len(document.pages), "seconds": sum(stages.values()), **stages}


def run_isolated(kind: str, path: Path) -> dict[str, float]:
    """Run one measurement in a child process and add its peak RSS in MB."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def child(kind: str, path: Path) -> None:
    figures = measure_baseline(path) if kind == "baseline" else measure_planparse(path)
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


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


def report(name: str, ours: dict[str, float], base: dict[str, float]) -> str:
    pages = ours["pages"]
    stages = " ".join(f"{k}={ours[k]:.2f}" for k in ("pdf", "layout", "blocks", "structure"))
    return (
        f"{name:38} {pages:5.0f} {pages / ours['seconds']:8.1f} {pages / base['seconds']:8.1f} "
        f"{ours['seconds'] / base['seconds']:6.2f} {ours['rss_mb']:8.0f}  {stages}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 220-page plan")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as scratch:
        documents = sorted(p for p in SAMPLES.glob("*.pdf") if "scanned" not in p.name)
        documents.append(synthetic_plan(Path(scratch) / "synthetic-20-pages.pdf", 20))
        if not args.quick:
            documents.append(synthetic_plan(Path(scratch) / "synthetic-220-pages.pdf", 220))
        print(f"{'document':38} {'pages':>5} {'ours p/s':>8} {'base p/s':>8} {'ratio':>6} "
              f"{'rss MB':>8}  seconds per stage")  # fmt: skip
        rss = {}
        for path in documents:
            ours, base = run_isolated("planparse", path), run_isolated("baseline", path)
            rss[path.name] = ours["rss_mb"]
            print(report(path.stem, ours, base), flush=True)
        if "synthetic-220-pages.pdf" in rss:
            ratio = rss["synthetic-220-pages.pdf"] / rss["synthetic-20-pages.pdf"]
            print(f"\npeak RSS 220 pages / 20 pages: {ratio:.2f}")


if __name__ == "__main__":
    main()
