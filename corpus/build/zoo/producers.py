"""The producers that turn a family's output into PDF: Chromium, LibreOffice, a scanner.

reportlab families draw their PDF themselves; the rest write HTML, .docx or .pptx and call one
of these. Each LibreOffice call gets its own profile folder, so builds can run side by side.
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def chromium_pdf(html: str, out: Path) -> None:
    """Print an HTML document to PDF with headless Chromium (page size from its @page rule)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "doc.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                exe,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )


def libreoffice_pdf(source: Path, out: Path) -> None:
    """Convert a .docx (Writer) or .pptx (Impress) file to PDF with headless LibreOffice."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError(
            "LibreOffice is not installed (apt-get install libreoffice-writer libreoffice-impress)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(str(Path(tmp) / (source.stem + ".pdf")), out)


def docx_pdf(document, out: Path) -> None:
    """Save a python-docx Document and convert it with LibreOffice Writer."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        document.save(src)
        libreoffice_pdf(src, out)


def pptx_pdf(presentation, out: Path) -> None:
    """Save a python-pptx Presentation and convert it with LibreOffice Impress."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".pptx")
        presentation.save(src)
        libreoffice_pdf(src, out)


def scan_pdf(source: Path, out: Path, rng: random.Random, dpi: int = 150) -> None:
    """Make an image-only 'scan' of a PDF: rasterised, slightly rotated, noisy, JPEG pages."""
    from PIL import Image, ImageFilter

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), f"{tmp}/p"],
            check=True,
            capture_output=True,
        )
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            img = Image.open(png).convert("L")
            img = img.rotate(
                rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255
            )
            img = add_noise(img, rng).filter(ImageFilter.GaussianBlur(0.4))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=rng.randint(55, 75))
            pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def add_noise(img, rng: random.Random):
    """Speckle and a faint grey cast, as a photocopier leaves them."""
    import numpy as np

    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img, dtype=np.int16)
    arr = arr - 12 + gen.normal(0, 9, arr.shape).astype(np.int16)
    specks = gen.random(arr.shape) < 0.0015
    arr[specks] = 30
    from PIL import Image

    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
