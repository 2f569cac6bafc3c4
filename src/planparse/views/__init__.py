"""Views of one plan for a person: Markdown, a tidy CSV, an HTML review page that puts each
node beside the part of the page it was read from, and (``views.outline``, imported on its own
so that only ``show`` loads rich) an outline on the terminal.

``render_plan(plan, "md")`` picks a view by the name ``planparse parse --to`` takes.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planparse.models import Plan

if TYPE_CHECKING:
    from planparse.views.markdown import render_markdown
    from planparse.views.review import render_review
    from planparse.views.tidy import render_csv

FORMATS = ("json", "md", "html", "csv")


def render_plan(
    plan: Plan, view: str, *, pdf: str | Path | None = None, password: str | None = None
) -> str:
    """The plan as ``view`` (one of FORMATS); the review page (html) draws pages of ``pdf``."""
    if view == "json":
        return plan.model_dump_json(indent=2) + "\n"
    if view == "md":
        return loaded("render_markdown")(plan)
    if view == "csv":
        return loaded("render_csv")(plan)
    if view == "html":
        return loaded("render_review")(plan, pdf, password=password)
    raise ValueError(f"unknown view {view!r}; use one of {', '.join(FORMATS)}")


VIEWS = {  # loaded on first use: a JSON parse needs none of them (the review page loads jinja2)
    "render_csv": "planparse.views.tidy",
    "render_markdown": "planparse.views.markdown",
    "render_review": "planparse.views.review",
}


def loaded(name: str) -> Any:
    """A view's function, its module imported when first asked for."""
    return getattr(importlib.import_module(VIEWS[name]), name)


def __getattr__(name: str) -> Any:
    if name in VIEWS:
        return loaded(name)
    raise AttributeError(f"module 'planparse.views' has no attribute {name!r}")


__all__ = ["FORMATS", "render_csv", "render_markdown", "render_plan", "render_review"]
