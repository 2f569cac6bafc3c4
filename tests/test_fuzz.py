"""Fuzz: mutated sample PDFs either parse or raise a PlanParseError, within the time limit.

Each example runs in a batch worker (``planparse.batch``), the way batches run, so a hang
is cut off at ``TIME_LIMIT`` and any other exception comes back as ``InternalError`` with
the child's traceback. Fast and reproducible by default; a long run explores at random:

    PLANPARSE_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from planparse.batch import Worker
from planparse.errors import InternalError, PlanParseError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEEDS = [
    "policy-3-01-110-community-policing.pdf",
    "tustin-pd-2025-2027.pdf",
    "san-jose-pd-2023.pdf",
]
DEFAULT_EXAMPLES = 30
EXAMPLES = int(os.environ.get("PLANPARSE_FUZZ_EXAMPLES", DEFAULT_EXAMPLES))
TIME_LIMIT = 10.0  # seconds per document; the samples parse in well under one
TOKENS = [
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"R",
    b"0",
    b"-1",
    b"99999999999",
    b"1e308",
    b"/Length",
    b"/Type",
    b"/Page",
    b"/Pages",
    b"/Kids",
    b"/Count",
    b"/Parent",
    b"/MediaBox",
    b"/Rotate 45",
    b"/Filter /FlateDecode",
    b"/Font",
    b"/Encrypt",
    b"xref",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"BT",
    b"ET",
    b"Tf",
    b"Tj",
    b"TJ",
    b"Td",
    b"cm",
    b"re",
    b"q",
    b"Q",
    b"\x00",
    b"\xff",
]


def uncompressed_seed() -> bytes:
    """A text, rule and table page with plain content streams: mutations reach the operators
    (the samples' streams are compressed, so most of their mutations only break zlib)."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pageCompression=0)
    drawing.setFont("Helvetica-Bold", 16)
    drawing.drawString(72, 720, "PILLAR 1: Community Trust")
    drawing.setFont("Helvetica", 11)
    drawing.drawString(90, 690, "Goal 1.1 Officers shall meet residents monthly.")
    drawing.circle(80, 693, 2, fill=1)
    for row in range(4):
        drawing.line(72, 600 - 20 * row, 400, 600 - 20 * row)
    for column in (72, 200, 400):
        drawing.line(column, 600, column, 540)
    drawing.drawString(80, 585, "Action")
    drawing.drawString(210, 585, "Lead")
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


SEED_BYTES = [(SAMPLES / name).read_bytes() for name in SEEDS] + [uncompressed_seed()]


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    with Worker() as shared:
        yield shared


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed PDF with a few byte-level edits: flips, PDF tokens, cuts, copies, truncation."""
    data = bytearray(draw(st.sampled_from(SEED_BYTES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(min(16, len(data) - 1), len(data) - 1))  # keep %PDF-
        edit = draw(st.sampled_from(["byte", "token", "cut", "copy", "truncate"]))
        if edit == "byte":
            data[at] = draw(st.integers(0, 255))
        elif edit == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif edit == "cut":
            del data[at : at + draw(st.integers(1, 300))]
        elif edit == "copy":
            start = draw(st.integers(0, len(data) - 1))
            data[at:at] = data[start : start + draw(st.integers(1, 300))]
        else:
            del data[max(at, 16) :]
        if not data:
            break
    return bytes(data)


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # the worker enforces TIME_LIMIT; hypothesis's clock would be flaky
    derandomize=EXAMPLES == DEFAULT_EXAMPLES,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=mutated())
def test_fuzz_mutated_pdf_parses_or_fails_cleanly(
    tmp_path: Path, worker: Worker, data: bytes
) -> None:
    path = tmp_path / "mutated.pdf"
    path.write_bytes(data)
    try:
        plan = worker.parse(path, timeout=TIME_LIMIT)
    except InternalError as exc:
        pytest.fail(f"unexpected exception: {exc}\n{exc.__cause__}")
    except PlanParseError as exc:
        event(type(exc).__name__)
    else:
        event(f"parsed ({plan.kind})")
