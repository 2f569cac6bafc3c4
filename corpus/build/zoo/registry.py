"""Every family of the zoo, found by module: each ``families/<name>.py`` defines ``FAMILIES``.

``ZOO_ONLY=mod1,mod2`` imports only those family modules (work on one family while another is
half-written); a full build, which also writes ``splits.json``, imports them all.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from . import families as families_package
from .spec import DocSpec, Family

CORPUS = Path(__file__).resolve().parents[2]


@cache
def families() -> dict[str, Family]:
    found: dict[str, Family] = {}
    only = {m for m in os.environ.get("ZOO_ONLY", "").split(",") if m}
    for info in sorted(pkgutil.iter_modules(families_package.__path__), key=lambda i: i.name):
        if only and info.name not in only:
            continue
        module = importlib.import_module(f"{families_package.__name__}.{info.name}")
        for family in getattr(module, "FAMILIES", ()):
            if family.name in found:
                raise ValueError(f"family {family.name} defined twice")
            found[family.name] = family
    return found


def all_documents() -> Iterator[tuple[Family, DocSpec]]:
    seen: set[str] = set()
    for family in families().values():
        for spec in family.documents:
            if spec.slug in seen:
                raise ValueError(f"slug {spec.slug} used twice")
            seen.add(spec.slug)
            yield family, spec


def find(slug: str) -> tuple[Family, DocSpec]:
    """The family and spec of a slug (scans use it to build their source document)."""
    for family, spec in all_documents():
        if spec.slug == slug:
            return family, spec
    raise KeyError(slug)
