"""The theme taxonomy: a data file, so users can swap in their own themes without code.

A taxonomy is a list of themes, each with a stable ``id`` (used in labels and reports), a
human ``label``, a ``description``, the ``phrases`` whose presence signals the theme and
optional ``weak_phrases`` that signal it only in part ("public safety", "efficiency": words
that plans use for many themes), ``concepts`` (one commitment under its synonyms and acronyms)
and ``not_with`` phrases that cancel the theme in a text (staff "mental health" is not the
public mental-health response). ``generic_words`` never signal anything alone. Phrases are
plain English, lemmatised like the plan text; write acronyms in capitals ("DUI").
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_TAXONOMY = "taxonomy.json"
"""The file shipped in this package: generic vocabulary of police strategic plans."""


class Concept(BaseModel):
    """One thing plans commit to, under all the names they give it: its terms are synonyms and
    acronyms ("drone", "UAS", "unmanned aircraft"). Concepts signal their theme like phrases
    and let two items share a commitment although they share no word."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1, description="short name shown for a shared commitment")
    terms: tuple[str, ...] = Field(min_length=1)


class Theme(BaseModel):
    """One theme: what it is called, what it covers, and which phrases signal it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="stable key used in labels")
    label: str = Field(min_length=1)
    description: str = ""
    phrases: tuple[str, ...] = Field(min_length=1)
    weak_phrases: tuple[str, ...] = ()
    concepts: tuple[Concept, ...] = ()
    not_with: tuple[str, ...] = Field(
        default=(), description="phrases that, in the same text, cancel this theme's cues"
    )


class Taxonomy(BaseModel):
    """An ordered set of themes; the order is the row order of reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    themes: tuple[Theme, ...] = Field(min_length=1)
    generic_words: tuple[str, ...] = Field(
        default=(), description="words too general to signal a theme or a commitment alone"
    )

    @field_validator("themes")
    @classmethod
    def _unique_ids(cls, themes: tuple[Theme, ...]) -> tuple[Theme, ...]:
        ids = [theme.id for theme in themes]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate theme ids: {', '.join(duplicates)}")
        return themes

    @property
    def ids(self) -> list[str]:
        return [theme.id for theme in self.themes]

    @property
    def concepts(self) -> dict[str, tuple[Theme, Concept]]:
        """Concept id -> (its theme, the concept)."""
        return {c.id: (t, c) for t in self.themes for c in t.concepts}

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id; KeyError names the known ids when it is not there."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(f"unknown theme {theme_id!r}; known: {', '.join(self.ids)}")


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be read or does not have the expected shape."""


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy in ``path``, or the one shipped with planparse when ``path`` is None."""
    if path is None:
        return _default_taxonomy()
    path = Path(path)
    try:
        return Taxonomy.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise TaxonomyError(f"{path.name}: not a usable taxonomy ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    """The first problem, where it is: 'themes.0.phrases: List should have at least 1 item'."""
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        return f"{where}: {error['msg']}" if where else error["msg"]
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


@cache
def _default_taxonomy() -> Taxonomy:
    text = files("planparse.themes").joinpath(DEFAULT_TAXONOMY).read_text(encoding="utf-8")
    return Taxonomy.model_validate_json(text)
