"""Seconds of OCR per page on the scanned sample (or the PDFs given): wall clock and CPU.

    python benchmarks/ocr_speed.py [PDF ...] [--resolution DPI]

Each page is rendered (not timed) and read with ``ocr.ocr_page``; Tesseract's CPU time is that
of the child processes. Wall time depends on the cores free: regions are read in parallel.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from planparse import ocr
from planparse.pdf import page_image

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "tustin-pd-2025-2027-scanned.pdf"
SCAN_DPI = 150  # the sample's own resolution: a 2550 px wide scan of a 1224 pt page


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def page_images(path: Path, resolution: int) -> Iterator[Image.Image]:
    """Every page of the PDF rendered at ``resolution``, first to last."""
    number = 1
    while True:
        try:
            yield page_image(path, number, resolution=resolution).original
        except ValueError:  # past the last page
            return
        number += 1


def time_page(image: Image.Image, resolution: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds including Tesseract, words read) for one rendered page."""
    cpu = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    words = ocr.ocr_page(image, image.width * 72 / resolution)
    wall = time.perf_counter() - start
    cpu = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    return wall, cpu, len(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=[SAMPLE])
    parser.add_argument("--resolution", type=int, default=SCAN_DPI, help="render DPI")
    args = parser.parse_args()
    if not ocr.tesseract_available():
        raise SystemExit(ocr.MISSING_TESSERACT)
    for path in args.pdfs:
        walls = []
        for number, image in enumerate(page_images(path, args.resolution), start=1):
            wall, cpu, count = time_page(image, args.resolution)
            walls.append(wall)
            print(f"{path.name} p{number}: {wall:.2f} s wall, {cpu:.2f} s CPU, {count} words")
        if walls:
            print(f"{path.name}: {sum(walls) / len(walls):.2f} s OCR per page ({len(walls)} pages)")


if __name__ == "__main__":
    main()
