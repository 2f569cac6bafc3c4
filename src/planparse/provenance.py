"""The ``document`` record of a parsed plan: which file it came from, and how it was read.

A plan kept for months must say which PDF it was read from (an analyst checks it against
that file; a store tells two editions apart by the hash) and which version and options
read it (a re-parse with the same ones gives the same plan).
"""

from __future__ import annotations

import hashlib
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from planparse.models import DocumentRecord, ParseOptions
from planparse.ocr import OcrMode
from planparse.types import Document
from planparse.version import VERSION

_CHUNK = 1 << 20
# A PDF date: D:YYYYMMDDHHmmSS, every part after the year optional, then Z or +HH'mm'.
_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def pdf_date(printed: str | None) -> str | None:
    """A PDF date string as ISO 8601 ('D:20230115120000-08'00'' -> '2023-01-15T12:00:00-08:00');
    as printed when it does not read as a date, None when absent."""
    text = (printed or "").strip()
    if not text:
        return None
    found = _PDF_DATE.match(text)
    if found is None:
        return text
    year, month, day, hour, minute, second, utc, sign, tz_hours, tz_minutes = found.groups()
    try:
        zone = None
        if utc:
            zone = timezone.utc
        elif sign:
            offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
            zone = timezone(offset if sign == "+" else -offset)
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=zone,
        )
    except ValueError:
        return text
    return moment.isoformat()


def describe(
    document: Document, *, ocr: OcrMode, layout: str | None, started: float
) -> DocumentRecord:
    """The record of one parse; ``started`` is the ``time.monotonic()`` the parse began at."""
    metadata = document.metadata
    return DocumentRecord(
        file=document.path.name,
        sha256=file_sha256(document.path),
        # the last page read: pdf.py drops a damaged page (with a warning) and nothing else
        pages=max((page.number for page in document.pages), default=0),
        producer=metadata.get("Producer", "").strip() or None,
        created=pdf_date(metadata.get("CreationDate")),
        planparse=VERSION,
        parsed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        seconds=round(time.monotonic() - started, 3),
        options=ParseOptions(ocr=ocr, layout=layout),
    )
