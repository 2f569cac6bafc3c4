"""Themes of policing plans: a replaceable taxonomy, classification and cross-plan alignment.

The only package besides ``structure``/``evaluate`` that imports RapidFuzz.
"""

from planparse.themes.agreement import Agreement, agreement, format_agreement
from planparse.themes.classify import (
    ClassifySettings,
    Evidence,
    NodePath,
    NodeThemes,
    ThemeScore,
    classify,
)
from planparse.themes.taxonomy import Taxonomy, TaxonomyError, Theme, load_taxonomy

__all__ = [
    "Agreement",
    "ClassifySettings",
    "Evidence",
    "NodePath",
    "NodeThemes",
    "Taxonomy",
    "TaxonomyError",
    "Theme",
    "ThemeScore",
    "agreement",
    "classify",
    "format_agreement",
    "load_taxonomy",
]
