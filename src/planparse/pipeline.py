"""parse(): pdf -> layout -> blocks -> structure -> Plan, each stage a plain function."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Literal

from planparse.blocks import build_blocks
from planparse.enrich import enrich
from planparse.errors import EmptyDocumentError, NoTextLayerError
from planparse.fields import fold_labelled_sections
from planparse.frontmatter import read_front_matter
from planparse.layout import lay_out
from planparse.levels import evidence
from planparse.models import Plan
from planparse.ocr import LOW_CONFIDENCE, OcrMode
from planparse.provenance import describe
from planparse.reading import MAX_MB, MAX_PAGES, TIMEOUT, Deadline, Limits
from planparse.recognisers import RECOGNISERS, choose
from planparse.recognisers.registry import Recognition
from planparse.structure import Contents, split_contents
from planparse.types import Block, Document, Table
from planparse.verdict import Verdict, judge, plan_cover

MIN_FIT = 0.3
GENERIC = "tree"  # the generic reading of the document tree
GENERIC_MARGIN = 1.1  # a layout-specific reading must explain this much more to be chosen
Reader = Literal["pdfium", "pdfplumber"]
READERS: tuple[Reader, ...] = ("pdfium", "pdfplumber")
# The reference reader stays the default: the fast one gives the same Plans on every sample
# (source boxes within 0.2 pt) and zoo F1 at least as good (benchmarks/parity.py), but reads
# around damage silently that pdfminer reports (a malformed page box, content-stream errors,
# an undecodable page), so a damaged file would lose its warning or its error.
DEFAULT_READER: Reader = "pdfium"


def parse(
    path: str | Path,
    *,
    password: str | None = None,
    layout: str | None = None,
    max_pages: int = MAX_PAGES,
    max_mb: float = MAX_MB,
    timeout: float | None = TIMEOUT,
    ocr: OcrMode = "auto",
    reader: Reader = DEFAULT_READER,
) -> Plan:
    """Parse a plan PDF into the common schema; ``layout`` forces a recogniser by name.

    Raises only ``PlanParseError`` subclasses (and ``OSError`` for a missing file). The limits
    reject huge files early; ``timeout`` (seconds, None for none) is checked between pages and
    stages, so for a hard stop run documents through ``planparse.batch``. ``ocr`` reads image
    pages with Tesseract: "auto" only pages without a text layer, "always" every page.
    ``reader`` reads the PDF: "pdfium" (fast, PDFium) or "pdfplumber" (the reference); both
    hand the later stages the same words and shapes.
    """
    started = time.monotonic()
    path = Path(path)
    deadline = Deadline(path, timeout)
    limits = Limits(max_pages, max_mb)
    document = read_document(path, password, limits, deadline, ocr, reader)
    deadline.check()
    pages = lay_out(document)
    blocks = build_blocks(pages)
    if not blocks:
        raise empty_reason(document)
    deadline.check()
    forms = [(page.number, form) for page in pages for form in page.forms]
    plan = assemble(document, blocks, layout, forms)
    plan.warnings[:0] = [*document.warnings, *ocr_warnings(document)]
    plan.document = describe(document, ocr=ocr, layout=layout, started=started)
    return plan


def read_document(
    path: Path,
    password: str | None,
    limits: Limits,
    deadline: Deadline,
    ocr: OcrMode,
    reader: Reader,
) -> Document:
    """The pages, read by the reader chosen; only that reader's library is loaded."""
    if reader not in READERS:
        raise ValueError(f"unknown reader {reader!r}; choose one of {', '.join(READERS)}")
    if reader == "pdfium":
        from planparse.pdfium_reader import read_pdf
    else:
        from planparse.pdf import read_pdf
    return read_pdf(path, password, limits=limits, deadline=deadline, ocr_mode=ocr)


def ocr_warnings(document: Document) -> list[str]:
    """One warning per OCR'd page whose mean word confidence is low."""
    return [
        f"OCR confidence is low on page {page.number} ({page.ocr_confidence:.0f}/100): "
        "check the text against the page"
        for page in document.pages
        if page.ocr_confidence is not None and page.ocr_confidence < LOW_CONFIDENCE
    ]


def empty_reason(document: Document) -> EmptyDocumentError:
    if not document.pages:
        return EmptyDocumentError(
            document.path, "the PDF has no pages (or its list of pages is damaged)"
        )
    if any(page.words for page in document.pages):
        return EmptyDocumentError(
            document.path,
            "no body text: the only text on its pages is running headers, footers and page numbers",
        )
    if any(page.image_area for page in document.pages):
        return NoTextLayerError(
            document.path, "no text layer (a scanned document?): the pages are images only"
        )
    return EmptyDocumentError(document.path, "no text on any page")


def assemble(
    document: Document,
    blocks: list[Block],
    layout: str | None,
    forms: list[tuple[int, Table]] | None = None,
) -> Plan:
    body, contents = split_contents(blocks)
    body = fold_labelled_sections(body)
    front = read_front_matter(blocks, document.metadata)
    contents.document_names = [name for name in (front.title, front.agency) if name]
    contents.forms = forms or []
    plan = Plan(**front.model_dump())
    name, recognition = interpret(body, contents, layout)
    verdict = (
        Verdict("no pillar, goal or directive structure was found")
        if recognition is None
        else judge(front, recognition, body)
        if layout is None
        else Verdict()
    )
    if recognition is None or verdict.reason is not None:
        # a document whose cover is not a plan's has no plan fields to report
        rejected = plan if plan_cover(front) else Plan()
        rejected.warnings.append(f"not recognised as a plan: {verdict.reason}")
        return rejected
    plan.warnings += [f"low confidence that this is a plan: {d}" for d in verdict.doubts]
    plan.kind = recognition.kind if recognition.pillars else "unknown"
    plan.pillars = recognition.pillars
    plan.title = recognition.title or plan.title
    plan.warnings.extend(recognition.warnings)
    enrich(plan, blocks)
    if not plan.pillars:
        plan.warnings.append(f"layout '{name}' matched but found no pillars")
    return plan


def interpret(
    body: list[Block], contents: Contents, layout: str | None
) -> tuple[str, Recognition | None]:
    """Every interpretation that applies, built from the same blocks and scored by the same
    measure (``levels.evidence``): the one that explains the document best, the generic tree
    reading unless another explains clearly more; a forced ``layout`` is taken as it is."""
    if layout is not None:
        name, _ = choose(body, layout)
        return name, RECOGNISERS[name].build(body, contents)
    readings = [
        (name, recogniser.build(body, contents))
        for name, recogniser in RECOGNISERS.items()
        if recogniser.detect(body) >= MIN_FIT
    ]
    scored = [(evidence(r.pillars, body), name, r) for name, r in readings if r.pillars]
    if not scored:
        return "", None
    handicap = {GENERIC: GENERIC_MARGIN}
    _, name, best = max(scored, key=lambda found: found[0] * handicap.get(found[1], 1.0))
    return name, best
