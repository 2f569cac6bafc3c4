"""Pages that are drawings: tens of thousands of vector paths are left out before the page is
read (the stages use paths only as table rules and drawn bullets), the text is kept, and the
result says so. Speed figures live in benchmarks/drawing.py."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from test_errors import FONT, pages_pdf, raw_pdf, write

import planparse
from planparse.pdf import MAX_PATH_SEGMENTS, PATH_OR_KEPT, read_pdf

TITLE = b"BT /F1 14 Tf 72 740 Td (Site plan of the new district station) Tj ET\n"


def scattered_lines(segments: int) -> bytes:
    return b"".join(
        b"%d %d m %d %d l S\n" % (i % 600, i % 780, (i * 7) % 600, (i * 3) % 780)
        for i in range(segments)
    )


def compressed(data: bytes, entries: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< %s /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        entries,
        len(packed),
        packed,
    )


def drawing_pdf(segments: int) -> bytes:
    """One page: a line of text, then ``segments`` stroked lines scattered over the page."""
    return pages_pdf([compressed(TITLE + scattered_lines(segments))])


def form_drawing_pdf(segments: int, drawn: bool) -> bytes:
    """One page whose resources hold a form of ``segments`` lines, drawn by it or not."""
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R >> >> >>"
    )
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            page,
            compressed(TITLE + (b"/Fm1 Do\n" if drawn else b"")),
            compressed(scattered_lines(segments), form),
        ]
    )


def test_drawings_page_of_many_paths_keeps_its_text_and_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "drawing.pdf", drawing_pdf(MAX_PATH_SEGMENTS + 5000))
    document = read_pdf(path)
    (page,) = document.pages
    assert " ".join(word.text for word in page.words) == "Site plan of the new district station"
    assert page.unread_paths == MAX_PATH_SEGMENTS + 5000
    assert any("page 1 draws 25,000 line and curve segments" in w for w in document.warnings)
    assert planparse.parse(path).kind == "unknown"


@pytest.mark.parametrize("drawn", [True, False])
def test_drawings_count_the_forms_a_page_draws(tmp_path: Path, drawn: bool) -> None:
    path = write(tmp_path, "form.pdf", form_drawing_pdf(MAX_PATH_SEGMENTS + 1, drawn))
    (page,) = read_pdf(path).pages
    assert page.unread_paths == (MAX_PATH_SEGMENTS + 1 if drawn else 0)
    assert page.words


def test_drawings_page_within_the_bound_keeps_its_paths(tmp_path: Path) -> None:
    document = read_pdf(write(tmp_path, "chart.pdf", drawing_pdf(2000)))
    assert document.pages[0].unread_paths == 0
    assert not any("line and curve segments" in w for w in document.warnings)


@pytest.mark.parametrize(
    ("content", "left"),
    [
        (b"10 20 m 30 40 l S\n1 2 3 4 re f\n", b"\n\n"),
        (b"0 0 m 1 1 2 2 3 3 c h B*\nn\n", b"\n\n"),
        (b"(10 20 m 30 40 l S) Tj\n", b"(10 20 m 30 40 l S) Tj\n"),  # text that looks like a path
        (b"(a (1 2 m 3 4 l S) b) Tj\n", b"(a (1 2 m 3 4 l S) b) Tj\n"),
        (b"0 0 612 792 re W n\n", b"0 0 612 792 re W n\n"),  # a clipping path
        (b"BI /W 1 /H 1 ID 1 2 m 3 4 l S EI\n", b"BI /W 1 /H 1 ID 1 2 m 3 4 l S EI\n"),
        (b"1 0 0 1 72 700 Tm\n", b"1 0 0 1 72 700 Tm\n"),
    ],
    ids=["paths", "curve", "string", "nested-string", "clip", "inline-image", "text-matrix"],
)
def test_drawings_only_painted_paths_are_cut(content: bytes, left: bytes) -> None:
    assert PATH_OR_KEPT.sub(lambda found: found["kept"] or b"", content) == left
