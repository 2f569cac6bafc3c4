"""Seconds per page of one-page drawings: python benchmarks/drawing.py [--lines N] [--runs N]

Each case is one page holding a line of text and N vector segments (65,000 by default), drawn
here with reportlab: scattered diagonal lines (a site plan), short horizontal and vertical
rules (a floor plan or a hatched map), and Bezier curves (a contour map). Printed per case:
  parse s/page   ``planparse.parse`` end to end, best of --runs (target < 2 s)
  plumber s/page pdfplumber alone extracting the words of the same page (every path built
                 into an object, which the parse skips), one run
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import planparse  # noqa: E402

Draw = Callable[[Canvas, random.Random], None]


def diagonal(canvas: Canvas, rng: random.Random) -> None:
    x, y = rng.uniform(0, 612), rng.uniform(0, 792)
    canvas.line(x, y, x + rng.uniform(-20, 20), y + rng.uniform(-20, 20))


def rule(canvas: Canvas, rng: random.Random) -> None:
    x, y, length = rng.uniform(0, 580), rng.uniform(0, 760), rng.uniform(2, 30)
    if rng.random() < 0.5:
        canvas.line(x, y, x + length, y)
    else:
        canvas.line(x, y, x, y + length)


def curve(canvas: Canvas, rng: random.Random) -> None:
    x, y = rng.uniform(0, 600), rng.uniform(0, 780)
    canvas.bezier(x, y, x + 4, y + 9, x + 8, y - 9, x + 12, y)


CASES: dict[str, Draw] = {"diagonal lines": diagonal, "h/v rules": rule, "curves": curve}


def drawing(path: Path, draw: Draw, segments: int) -> Path:
    canvas = Canvas(str(path), pagesize=(612, 792))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, "Site plan of the new district station")
    rng = random.Random(1)
    for _ in range(segments):
        draw(canvas, rng)
    canvas.showPage()
    canvas.save()
    return path


def parse_seconds(path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        planparse.parse(path)
        best = min(best, time.perf_counter() - start)
    return best


def plumber_seconds(path: Path) -> float:
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_words(extra_attrs=["fontname", "size"])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=65_000, help="vector segments per page")
    parser.add_argument("--runs", type=int, default=3, help="parse runs per case (best kept)")
    args = parser.parse_args()
    planparse.parse(ROOT / "samples" / "tustin-pd-2025-2027.pdf")  # imports and caches warm
    print(f"one page, {args.lines:,} vector segments and a line of text")
    print(f"{'case':<16}{'parse s/page':>14}{'plumber s/page':>16}")
    with tempfile.TemporaryDirectory() as folder:
        for name, draw in CASES.items():
            path = drawing(Path(folder) / f"{name.replace('/', '-')}.pdf", draw, args.lines)
            ours, plumber = parse_seconds(path, args.runs), plumber_seconds(path)
            print(f"{name:<16}{ours:>14.2f}{plumber:>16.2f}")


if __name__ == "__main__":
    main()
