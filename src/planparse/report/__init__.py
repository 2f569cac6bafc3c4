"""Reports of a Comparison: one self-contained HTML page, Markdown, tidy CSV or JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planparse.compare import Comparison
from planparse.files import write_atomically
from planparse.report.to_csv import render_csv
from planparse.report.to_html import render_html
from planparse.report.to_markdown import render_markdown


def render_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2) + "\n"


RENDERERS: dict[str, Callable[[Comparison], str]] = {
    ".html": render_html,
    ".htm": render_html,
    ".md": render_markdown,
    ".csv": render_csv,
    ".json": render_json,
}


def renderer_for(path: str | Path) -> Callable[[Comparison], str]:
    """The renderer the file's suffix asks for; ValueError names the suffixes known."""
    suffix = Path(path).suffix.lower()
    if suffix not in RENDERERS:
        raise ValueError(
            f"unknown report format {suffix or '(none)'!r}; use {', '.join(RENDERERS)}"
        )
    return RENDERERS[suffix]


def write_report(comparison: Comparison, path: str | Path) -> Path:
    """Render by suffix (see ``renderer_for``) and write the report atomically."""
    return write_atomically(path, renderer_for(path)(comparison))


__all__ = [
    "RENDERERS",
    "render_csv",
    "render_html",
    "render_json",
    "render_markdown",
    "renderer_for",
    "write_report",
]
