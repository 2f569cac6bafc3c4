"""Fixtures for stage tests on synthetic PDFs drawn by tests/synthetic.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from synthetic import SyntheticPdf


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Save a SyntheticPdf into the test's tmp_path and return the file's path."""

    def make(pdf: SyntheticPdf, name: str = "synthetic.pdf") -> Path:
        return pdf.save(tmp_path / name)

    return make
