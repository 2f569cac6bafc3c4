"""Draw small synthetic PDFs for stage tests, with reportlab's canvas and base-14 fonts.

Coordinates are PDF points with the origin at the top-left, as pdfplumber reports them:
``y`` is the distance from the top of the page to a run's *baseline*. A test lists pages
of text runs, or uses the shape helpers (heading, paragraph, bullets, columns, key/value)
which return the baseline of the next free line so that calls can be chained downwards.

    pdf = SyntheticPdf()
    page = pdf.page()
    y = page.heading("Goals", x=72, y=90, size=20)
    y = page.bullets(["Hire more officers", "Open a substation"], x=90, y=y + 10)
    path = pdf.save(tmp_path / "plan.pdf")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Run:
    """One string drawn at one place in one font: the unit every helper produces."""

    text: str
    x: float
    y: float  # baseline, from the top of the page
    font: str = "Helvetica"
    size: float = 10.0


@dataclass(frozen=True)
class Dot:
    """A small filled circle: a bullet drawn as a vector shape rather than a glyph."""

    x: float  # centre
    y: float  # centre, from the top of the page
    radius: float = 2.0


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap to ``width`` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and width_of(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


@dataclass
class Page:
    runs: list[Run] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)

    def text(
        self, text: str, x: float, y: float, font: str = "Helvetica", size: float = 10.0
    ) -> float:
        """One run; returns the baseline of the next line at 1.2 leading."""
        self.runs.append(Run(text, x, y, font, size))
        return y + 1.2 * size

    def heading(
        self,
        text: str,
        x: float,
        y: float,
        font: str = "Helvetica-Bold",
        size: float = 16.0,
        width: float | None = None,
        leading: float | None = None,
    ) -> float:
        """A heading, wrapped onto several lines of the same style when ``width`` is given."""
        return self.paragraph(text, x, y, width or 10_000, font, size, leading)

    def paragraph(
        self,
        text: str,
        x: float,
        y: float,
        width: float = 430.0,
        font: str = "Times-Roman",
        size: float = 11.0,
        leading: float | None = None,
    ) -> float:
        """Wrapped lines at ``leading`` (default 1.2 x size); returns the next free baseline."""
        leading = leading or 1.2 * size
        for line in wrap(text, width, font, size):
            self.runs.append(Run(line, x, y, font, size))
            y += leading
        return y

    def key_value(
        self,
        label: str,
        value: str,
        x: float,
        y: float,
        font: str = "Helvetica",
        bold_font: str = "Helvetica-Bold",
        size: float = 10.0,
    ) -> float:
        """A bold run-in label ("Lead:") followed on the same baseline by a regular value."""
        self.runs.append(Run(label, x, y, bold_font, size))
        gap = width_of(" ", font, size)
        self.runs.append(Run(value, x + width_of(label, bold_font, size) + gap, y, font, size))
        return y + 1.2 * size

    def bullets(
        self,
        items: Sequence[str],
        x: float,
        y: float,
        width: float = 400.0,
        glyph: str | None = "•",
        font: str = "Helvetica",
        size: float = 10.0,
        leading: float | None = None,
        indent: float = 14.0,
        space_after: float = 4.0,
    ) -> float:
        """A bulleted list with a hanging indent: the marker at ``x``, text at ``x + indent``.

        ``glyph=None`` draws each bullet as a small filled circle instead of a character.
        """
        leading = leading or 1.2 * size
        for item in items:
            if glyph is None:
                self.dots.append(Dot(x + 2.0, y - 0.35 * size, radius=2.0))
            else:
                self.runs.append(Run(glyph, x, y, font, size))
            y = self.paragraph(item, x + indent, y, width - indent, font, size, leading)
            y += space_after
        return y

    def numbered(
        self,
        items: Sequence[tuple[str, str]],
        x: float,
        y: float,
        width: float = 400.0,
        font: str = "Helvetica",
        size: float = 10.0,
        space_after: float = 4.0,
    ) -> float:
        """Items printed as "1.1 Text" in one run each, wrapped to ``width``."""
        for number, text in items:
            y = self.paragraph(f"{number} {text}", x, y, width, font, size) + space_after
        return y

    def leader_entry(
        self,
        title: str,
        page_number: int,
        x: float,
        y: float,
        right: float = 540.0,
        font: str = "Times-Roman",
        size: float = 11.0,
    ) -> float:
        """A contents entry: title, a run of leader dots, the page number ending at ``right``."""
        number = str(page_number)
        room = right - x - width_of(f"{title}  {number}", font, size)
        dots = "." * max(4, int(room / width_of(".", font, size)))
        return self.text(f"{title} {dots} {number}", x, y, font, size)

    def columns(
        self,
        sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
        y: float,
        left: float = 36.0,
        right: float = 576.0,
        gutter: float = 18.0,
        heading_font: str = "Times-Bold",
        heading_size: float = 13.0,
        font: str = "Times-Roman",
        size: float = 9.0,
    ) -> float:
        """``n`` columns side by side, each a heading over numbered items; returns the lowest y."""
        count = len(sections)
        width = (right - left - gutter * (count - 1)) / count
        bottom = y
        for index, (title, items) in enumerate(sections):
            x = left + index * (width + gutter)
            col_y = self.heading(title, x, y, heading_font, heading_size, width=width)
            col_y = self.numbered(items, x, col_y + 4, width, font, size)
            bottom = max(bottom, col_y)
        return bottom


@dataclass
class SyntheticPdf:
    """Pages of runs and dots, with an optional running header and footer on every page."""

    width: float = LETTER[0]
    height: float = LETTER[1]
    header: str | None = None  # "{page}" is replaced by the page number
    footer: str | None = None
    margin_font: str = "Helvetica-Oblique"
    margin_size: float = 8.0
    title: str | None = None  # document metadata
    pages: list[Page] = field(default_factory=list)

    def page(self) -> Page:
        page = Page()
        self.pages.append(page)
        return page

    def save(self, path: Path) -> Path:
        canvas = Canvas(str(path), pagesize=(self.width, self.height), invariant=1)
        if self.title:
            canvas.setTitle(self.title)
        for number, page in enumerate(self.pages, start=1):
            runs = list(page.runs)
            if self.header:
                text = self.header.format(page=number)
                runs.append(Run(text, 54, 36, self.margin_font, self.margin_size))
            if self.footer:
                text = self.footer.format(page=number)
                x = self.width - 54 - width_of(text, self.margin_font, self.margin_size)
                runs.append(Run(text, x, self.height - 30, self.margin_font, self.margin_size))
            for run in runs:
                canvas.setFont(run.font, run.size)
                canvas.drawString(run.x, self.height - run.y, run.text)
            for dot in page.dots:
                canvas.circle(dot.x, self.height - dot.y, dot.radius, stroke=0, fill=1)
            canvas.showPage()
        canvas.save()
        return path
