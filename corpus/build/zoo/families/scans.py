"""Image-only scans of another zoo document: rotated, speckled, blurred JPEG pages, no text.

The gold is the source document's; a scan stays in its source's split, so the test split never
holds a scan of a document that was debugged on.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..producers import scan_pdf
from ..registry import CORPUS, find
from ..spec import Doc, DocSpec, Family

NAME = "scanned"


def build(spec: DocSpec) -> Doc:
    source_family, source_spec = find(spec.options["source"])
    doc = source_family.build(source_spec)
    notes = [
        f"A scan of `{source_spec.slug}` ({source_family.name}): rasterised at 150 dpi, "
        "rotated by up to 1.2 degrees, speckled, blurred and saved as JPEG; no text layer, "
        "so it is read only with OCR (`--ocr auto`). Gold identical to the source's."
    ]
    return Doc(
        spec.slug,
        NAME,
        "scan",
        source_spec.split,
        random.Random(spec.seed),
        doc.plan,
        doc.extras,
        notes + doc.notes,
        scanned_from=source_spec.slug,
    )


def render(doc: Doc, out: Path) -> None:
    assert doc.scanned_from
    scan_pdf(CORPUS / "pdf" / f"{doc.scanned_from}.pdf", out, doc.rng)


FAMILIES = [
    Family(
        NAME,
        "scan",
        __doc__.splitlines()[0],
        [
            DocSpec("memo-plan-1-scanned", 121, "dev", {"source": "memo-plan-1"}),
            DocSpec("memo-plan-2-scanned", 122, "test", {"source": "memo-plan-2"}),
            DocSpec("memo-plan-3-scanned", 123, "dev", {"source": "memo-plan-3"}),
        ],
        build,
        render,
    )
]
