#!/usr/bin/env python3
"""Check that every gold string is printed in its PDF, and that every gold file is a valid Plan.

For each text-layer PDF, the text is read with pdfplumber twice: in content-stream order (how
the producer wrote it, which keeps a column's lines together) and in pdfplumber's reading order.
Both are compared with all whitespace removed, case folded and quotes and dashes unified; a
hyphen at a line end is tried both joined ("informa-/tion" -> "information") and kept
("multi-/disciplinary"). Scans (no text layer) must have no text at all.

usage: python3 corpus/build/check.py [SLUG ...]     exit 1 if anything is missing
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zoo.registry import CORPUS, all_documents  # noqa: E402

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": "-",
    }
)
_GLYPHS = re.compile(
    r"[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u27a2\u2713\u2714"
    r"\ue000-\uf8ff\s]"
)


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return _GLYPHS.sub("", text)


def gold_strings(plan: dict) -> Iterator[tuple[str, str]]:
    for name in ("agency", "title", "mission", "vision"):
        if plan.get(name):
            yield name, plan[name]
    for value in plan.get("values") or []:
        yield "value", value
    for p in plan["pillars"]:
        yield "pillar", p["title"]
        if p.get("number"):
            yield "pillar.number", p["number"]
        if p.get("description"):
            yield "pillar.description", p["description"]
        for g in p["goals"]:
            yield "goal", g["title"]
            for name in ("description", "status", "updated"):
                if g.get(name):
                    yield f"goal.{name}", g[name]
            yield from (("goal.lead", lead) for lead in g["leads"])
            for a in g["activities"]:
                yield "activity", a["text"]
                yield from (("activity.lead", lead) for lead in a["leads"])
                for m in a["milestones"]:
                    yield "milestone", m["text"]
                    if m.get("lead"):
                        yield "milestone.lead", m["lead"]


def stream_text(page) -> str:
    """Characters in content-stream order, a newline wherever the baseline jumps."""
    out: list[str] = []
    last_top = None
    for ch in page.chars:
        if last_top is not None and abs(ch["top"] - last_top) > ch["size"] * 0.5:
            out.append("\n")
        out.append(ch["text"])
        last_top = ch["top"]
    return "".join(out)


def variants(text: str) -> list[str]:
    joined = re.sub(r"[-\u00ad]\s*\n\s*", "", text)
    return [squash(text), squash(joined)]


def pdf_texts(pdf: Path) -> tuple[list[str], int]:
    texts: list[str] = []
    n_chars = 0
    with pdfplumber.open(pdf) as doc:
        streams, ordered = [], []
        for page in doc.pages:
            n_chars += len(page.chars)
            streams.append(stream_text(page))
            ordered.append(page.extract_text() or "")
            page.close()
    for text in ("\n".join(streams), "\n".join(ordered)):
        texts += variants(text)
    return texts, n_chars


def validate(plan: dict) -> list[str]:
    """Schema errors of a gold file against planparse's Plan model (source spans aside)."""
    from planparse.models import Plan

    try:
        Plan.model_validate(plan)
    except Exception as exc:  # pydantic ValidationError: report, do not stop
        return [str(exc).splitlines()[0]]
    return []


def check(slug: str, scan: bool) -> list[str]:
    plan = json.loads((CORPUS / "gold" / f"{slug}.json").read_text(encoding="utf-8"))
    problems = validate(plan)
    texts, n_chars = pdf_texts(CORPUS / "pdf" / f"{slug}.pdf")
    if scan:
        return problems + ([f"scan has a text layer ({n_chars} chars)"] if n_chars else [])
    for kind, value in gold_strings(plan):
        needle = squash(value)
        if needle and not any(needle in t for t in texts):
            problems.append(f"{kind} not printed: {value!r}")
    return problems


def main(argv: list[str]) -> int:
    bad = 0
    for family, spec in all_documents():
        if argv and spec.slug not in argv:
            continue
        problems = check(spec.slug, family.producer == "scan")
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{spec.slug}: {status}")
        for p in problems[:20]:
            print("   ", p)
        bad += bool(problems)
    print(f"{bad} document(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
