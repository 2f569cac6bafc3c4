"""HTML pages from the package's Jinja2 templates: the one home of jinja2.

Autoescaping is on for everything, so every document string reaches the page escaped, in text
and in attributes alike; an undefined name is an error, not an empty string.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


def render(
    package: str,
    template_name: str,
    context: Mapping[str, Any],
    *,
    filters: Mapping[str, Callable[..., str]] | None = None,
) -> str:
    """``template_name`` from the ``templates`` folder of ``package``, rendered with
    ``context``; ``filters`` are added to Jinja2's own."""
    environment = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(filters or {})
    return environment.get_template(template_name).render(context)
