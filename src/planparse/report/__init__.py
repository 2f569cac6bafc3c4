"""Reports of a Comparison: one self-contained HTML page, Markdown, tidy CSV or JSON.

The renderers are imported when first asked for (``renderer_for``, or the names below):
the command line imports this package to register ``compare``, and ``planparse parse``
should not load jinja2 and the comparison for it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planparse.files import write_atomically

if TYPE_CHECKING:
    from planparse.compare import Comparison
    from planparse.report.to_csv import render_csv
    from planparse.report.to_html import render_html
    from planparse.report.to_markdown import render_markdown

# suffix -> (module, function) of its renderer
RENDERER_NAMES: dict[str, tuple[str, str]] = {
    ".html": ("planparse.report.to_html", "render_html"),
    ".htm": ("planparse.report.to_html", "render_html"),
    ".md": ("planparse.report.to_markdown", "render_markdown"),
    ".csv": ("planparse.report.to_csv", "render_csv"),
    ".json": ("planparse.report", "render_json"),
}
LAZY = {function: module for module, function in RENDERER_NAMES.values()}


def render_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2) + "\n"


def renderer_for(path: str | Path) -> Callable[[Comparison], str]:
    """The renderer the file's suffix asks for; ValueError names the suffixes known."""
    suffix = Path(path).suffix.lower()
    if suffix not in RENDERER_NAMES:
        raise ValueError(
            f"unknown report format {suffix or '(none)'!r}; use {', '.join(RENDERER_NAMES)}"
        )
    module, function = RENDERER_NAMES[suffix]
    renderer: Callable[[Comparison], str] = getattr(import_module(module), function)
    return renderer


def write_report(comparison: Comparison, path: str | Path) -> Path:
    """Render by suffix (see ``renderer_for``) and write the report atomically."""
    return write_atomically(path, renderer_for(path)(comparison))


def __getattr__(name: str) -> Any:
    if name == "RENDERERS":
        return {suffix: renderer_for(f"report{suffix}") for suffix in RENDERER_NAMES}
    if name in LAZY:
        return getattr(import_module(LAZY[name]), name)
    raise AttributeError(f"module 'planparse.report' has no attribute {name!r}")


__all__ = [
    "RENDERERS",
    "render_csv",
    "render_html",
    "render_json",
    "render_markdown",
    "renderer_for",
    "write_report",
]
