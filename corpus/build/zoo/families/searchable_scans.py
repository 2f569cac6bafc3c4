"""Searchable scans (reportlab canvas + pypdfium2): a scanned plan run through a scanner's OCR.

Each page is ONE full-page raster image (an ordinary source plan drawn with reportlab, rendered
with pypdfium2 at 150-200 dpi, grey cast, speckle, JPEG) under an INVISIBLE text layer (text
render mode 3) written as an OCR engine writes it: word by word (or line by line) at the words'
positions taken from the source with pdfplumber, a little off the true boxes, every word in one
font (Helvetica) sized to the word's height, no bold or italic, lines in OCR order (top to
bottom, each line left to right, a two-column page column by column). Rules, bullets drawn as
shapes, weights and colours are in the image only; the structure is in positions, numbering,
indentation and relative sizes.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..content import Shape, make_plan, number_levels
from ..spec import Doc, DocSpec, Family, Node
from ..styles import (
    GOAL_LEAD_KEYS,
    GOAL_WORDS,
    LEAD_KEYS,
    PILLAR_WORDS,
    TIMELINE_KEYS,
    colour,
    reportlab_fonts,
)
from . import _outline_common as oc
from ._canvas_kit import wrap

NAME = "searchable-scans"
W, H = 612.0, 792.0
MARGIN, FOOT, GAP = 56.0, 40.0, 22.0
OCR_FONT = "Helvetica"
GRANULARITY = {
    "word": "word by word",
    "line": "line by line (a line cut at wide gaps, each piece stretched to its box)",
}
OCR_GLYPHS = {"bullet-e": "e", "bullet-o": "o", "bullet-dot": "\u2022"}


def build(spec: DocSpec) -> Doc:
    rng = random.Random(spec.seed)
    opt = spec.options
    layout = opt["layout"]  # "level-words" | "bullets" | "table"
    shape = Shape(
        pillars=(3, 4),
        goals=(2, 3),
        activities=(2, 4),
        goal_leads=opt.get("goal_leads", 0.0),
        activity_leads=0.9,
        milestones="timeline",
        front_matter=True,
        pillar_descriptions=rng.random() < 0.6,
    )
    plan, agency = make_plan(rng, shape)
    oc.dedupe_goals(plan)
    pillar_scheme = "none" if layout == "bullets" else "arabic"
    act_scheme = "lower" if opt.get("activity_marks") == "letters" else "none"
    number_levels(plan, (pillar_scheme, "dotted", act_scheme))
    if layout == "bullets":
        for pillar in plan["pillars"]:
            pillar["title"] = pillar["title"].upper()
    style = {
        "fonts": rng.random(),
        "size": rng.choice([9.5, 10, 10.5]),
        "accent": colour(rng),
        "layout": layout,
        "columns": opt["columns"],
        "activity_marks": opt.get("activity_marks", "bullets"),
        "pillar_word": rng.choice(PILLAR_WORDS[:4] + PILLAR_WORDS[5:]),
        "goal_word": rng.choice(GOAL_WORDS),
        "lead_key": rng.choice(LEAD_KEYS),
        "goal_lead_key": rng.choice(GOAL_LEAD_KEYS),
        "time_key": rng.choice(TIMELINE_KEYS),
        "dpi": opt["dpi"],
        "granularity": opt["granularity"],  # "word" | "line"
        "realism": opt.get("realism", "none"),  # "none" | "rotated" | "bullet-e|o|dot"
        "scan": rng.random(),
    }
    extras = {"agency": agency, "style": style, "intro": oc.intro_paragraphs(plan, agency)}
    return Doc(spec.slug, NAME, "reportlab-canvas", spec.split, rng, plan, extras, notes(style))


def notes(st: dict) -> list[str]:
    layout = {
        "level-words": f"pillars '{st['pillar_word']} N: Title' (number 'N'), goals "
        f"'{st['goal_word']} N.M: Title' (number 'N.M')",
        "bullets": "pillars as unnumbered ALL-CAPS headings (kept as printed), goals "
        "'N.M Title' (number 'N.M')",
        "table": f"pillars '{st['pillar_word']} N: Title' (number 'N'), goals "
        f"'{st['goal_word']} N.M: Title', each goal's activities in a ruled table "
        f"'Action / {st['lead_key']} / {st['time_key']}' whose rules and header shading are in "
        "the image only (no vector rules)",
    }[st["layout"]]
    if st["layout"] == "table":
        acts = (
            "Activities are the table's Action cells (wrapped inside the cell); the lead cell "
            "is the activity's leads, the timeline cell its one milestone (lead = the "
            "activity's first lead)."
        )
    else:
        mark = (
            "lettered 'a.' (number 'a')"
            if st["activity_marks"] == "letters"
            else "bullets drawn as filled circles (no glyph in the text layer)"
        )
        acts = (
            f"Activities are {mark}, each followed by an indented smaller field line "
            f"'{st['lead_key']}: X   {st['time_key']}: Y'; the timeline is the activity's one "
            "milestone (lead = the activity's first lead)."
        )
    realism = {
        "none": "No scanner oddity beyond the jittered boxes.",
        "rotated": "One pillar page was fed sideways: its page is landscape, the image holds "
        "the portrait page turned 90 degrees and its text layer is turned with it (text runs "
        "bottom to top).",
        "bullet-e": "The OCR read each drawn bullet as a letter 'e' (a word of its own at the "
        "bullet's place in the text layer); the gold has no bullet.",
        "bullet-o": "The OCR read each drawn bullet as a letter 'o' (a word of its own at the "
        "bullet's place in the text layer); the gold has no bullet.",
        "bullet-dot": "The OCR read each drawn bullet as '\u2022' (a word of its own at the "
        "bullet's place in the text layer).",
    }[st["realism"]]
    cols = "two columns (pillar heading and description full width above them)"
    return [
        "A searchable scan: each page is one full-page raster image (the source page "
        f"rendered at {st['dpi']} dpi, grey cast, speckle, JPEG) under an invisible text "
        "layer (render mode 3).",
        f"Text layer written {GRANULARITY[st['granularity']]} "
        "in Helvetica at each source word's position, shifted by up to a point, sized to the "
        "word's height (within a few percent per word), with no bold or italic; lines in OCR "
        "order: top to bottom, left to right"
        + (", column by column." if st["columns"] == 2 else "."),
        f"Source layout: {layout}; "
        + (cols if st["columns"] == 2 else "one column")
        + "; goals may carry a "
        f"'{st['goal_lead_key']}: X' line (leads).",
        acts,
        realism,
        "Cover block, introduction, running footer and page numbers are not nodes; mission, "
        "vision and values come from their headed sections. The OCR layer spells every word "
        "as printed.",
    ]


# ---------------------------------------------------------------------------------------------
# the source plan: an ordinary printed page, drawn on a canvas


@dataclass
class PageInfo:
    """What OCR order needs of a source page: where its two columns run (pdfplumber tops)."""

    columns: int
    col_top: float = 0.0
    col_bottom: float = H
    bullets: list[tuple[float, float, float]] = field(default_factory=list)  # x, baseline, size
    cells: list[tuple[float, float, float, float]] = field(default_factory=list)  # ruled boxes


class Source:
    """A top-down column flow on a reportlab canvas that remembers each page's columns."""

    def __init__(self, doc: Doc, out: Path):
        from reportlab.pdfgen import canvas

        self.doc, self.st = doc, doc.extras["style"]
        self.fonts = reportlab_fonts(random.Random(self.st["fonts"]))
        self.size, self.accent = self.st["size"], self.st["accent"]
        self.c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
        self.pages: list[PageInfo] = []
        self.ncols, self.col, self.y, self.col_top = 1, 0, H - MARGIN, H - MARGIN
        self.open = False

    def column(self) -> tuple[float, float]:
        width = (W - 2 * MARGIN - GAP * (self.ncols - 1)) / self.ncols
        return MARGIN + self.col * (width + GAP), width

    def new_page(self) -> None:
        if self.open:
            self.finish_page()
        self.pages.append(PageInfo(1))
        self.ncols, self.col, self.y, self.open = 1, 0, H - MARGIN, True

    def start_columns(self, n: int) -> None:
        """Columns from the cursor down (a full-width heading may sit above them)."""
        self.y -= 4
        self.ncols, self.col, self.col_top = n, 0, self.y
        info = self.pages[-1]
        info.columns, info.col_top, info.col_bottom = n, H - self.y, H - FOOT - 12

    def finish_page(self) -> None:
        c = self.c
        c.setFont(self.fonts.regular, 8)
        c.setFillColor("#666666")
        c.drawString(MARGIN, FOOT - 14, f"{self.doc.plan['agency']}  |  {self.doc.plan['title']}")
        c.drawRightString(W - MARGIN, FOOT - 14, f"Page {len(self.pages)}")
        c.showPage()
        self.open = False

    def ensure(self, height: float) -> None:
        if self.y - height >= FOOT + 12:
            return
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
            return
        n = self.ncols
        self.new_page()
        if n > 1:
            self.start_columns(n)

    def text(
        self,
        text: str,
        font: str,
        size: float,
        indent: float = 0.0,
        color: str = "#222222",
        before: float = 0.0,
        bullet: bool = False,
        keep: float = 0.0,
    ) -> None:
        """A wrapped paragraph in the current column (a bullet before its first line)."""
        x0, width = self.column()
        lines = wrap(text, font, size, width - indent)
        lead = size * 1.3
        self.ensure(before + lead * min(len(lines), 2) + keep)
        self.y -= before
        for i, line in enumerate(lines):
            self.ensure(lead)
            x0, _ = self.column()
            self.y -= lead
            if bullet and i == 0:
                self.c.setFillColor(self.accent)
                self.c.circle(x0 + indent - 8, self.y + size * 0.32, size * 0.2, stroke=0, fill=1)
                self.pages[-1].bullets.append((x0 + indent - 8 - size * 0.2, self.y, size))
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            self.c.drawString(x0 + indent, self.y, line)

    def save(self) -> None:
        self.finish_page()
        self.c.save()


def heading(plan_word: str | None, number: str | None, title: str) -> str:
    label = " ".join(p for p in (plan_word, number) if p)
    return f"{label}: {title}" if label else title


def field_line(act: Node, st: dict) -> str:
    return oc.fields(act, st["lead_key"], st["time_key"], "    ")


def draw_front(src: Source) -> None:
    plan, f, size = src.doc.plan, src.fonts, src.size
    src.new_page()
    src.y -= 140
    src.text(plan["agency"], f.bold, 24, color=src.accent)
    src.text(plan["title"], f.regular, 16, before=6)
    src.y -= 40
    for para in src.doc.extras["intro"][:2]:
        src.text(para, f.regular, size, before=6)
    for label, value in (
        ("Our Mission", plan["mission"]),
        ("Our Vision", plan["vision"]),
        ("Our Values", ", ".join(plan["values"])),
    ):
        src.text(label, f.bold, size * 1.35, color=src.accent, before=14, keep=size * 2)
        src.text(value, f.regular, size, before=2)


def draw_pillar_head(src: Source, pillar: Node) -> None:
    st, f = src.st, src.fonts
    src.new_page()
    word = st["pillar_word"] if pillar["number"] else None
    src.text(
        heading(word, pillar["number"], pillar["title"]), f.bold, src.size * 1.9, 0, src.accent
    )
    if pillar["description"]:
        src.text(pillar["description"], f.regular, src.size, before=6)
    src.y -= 8
    if st["columns"] == 2:
        src.start_columns(2)


def draw_goal_head(src: Source, goal: Node) -> None:
    st, f, size = src.st, src.fonts, src.size
    word = st["goal_word"] if st["layout"] != "bullets" else None
    title = heading(word, goal["number"], goal["title"])
    if st["layout"] == "bullets":
        title = f"{goal['number']}  {goal['title']}"
    src.text(title, f.bold, size * 1.3, 0, "#111111", before=12, keep=size * 3)
    if goal["leads"]:
        src.text(
            f"{st['goal_lead_key']}: {', '.join(goal['leads'])}", f.italic, size * 0.92, before=1
        )


def draw_activity(src: Source, act: Node) -> None:
    st, f, size = src.st, src.fonts, src.size
    lettered = act["number"] is not None
    text = f"{act['number']}.  {act['text']}" if lettered else act["text"]
    src.text(text, f.regular, size, 14, before=4, bullet=not lettered, keep=size * 1.2)
    fields = field_line(act, st)
    if fields:
        src.text(fields, f.italic, size * 0.88, 26 if lettered else 14, "#555555", before=1)


def draw_table(src: Source, goal: Node) -> None:
    """A ruled Action / Lead / Timeline table: grid and header shading drawn as paths."""
    st, f, size, c = src.st, src.fonts, src.size * 0.95, src.c
    x0, width = src.column()
    widths = [width * 0.58, width * 0.24, width * 0.18]
    header = ["Action", st["lead_key"], st["time_key"]]
    pad, lead = 4.0, size * 1.25

    def row(cells: list[str], font: str, shade: bool) -> None:
        wrapped = [
            wrap(t, font, size, w - 2 * pad) if t else [""]
            for t, w in zip(cells, widths, strict=True)
        ]
        height = max(len(w) for w in wrapped) * lead + 2 * pad
        if src.y - height < FOOT + 12:
            src.new_page()
            row(header, f.bold, True)
        top = src.y
        if shade:
            c.setFillColor("#dddddd")
            c.rect(x0, top - height, width, height, stroke=0, fill=1)
        c.setStrokeColor("#444444")
        c.setLineWidth(0.7)
        c.rect(x0, top - height, width, height, stroke=1, fill=0)
        x = x0
        for lines, w in zip(wrapped, widths, strict=True):
            c.line(x, top, x, top - height)
            src.pages[-1].cells.append((x, H - top, x + w, H - top + height))
            y = top - pad
            c.setFont(font, size)
            c.setFillColor("#111111")
            for line in lines:
                y -= lead
                c.drawString(x + pad, y + size * 0.25, line)
            x += w
        src.y = top - height

    src.ensure(lead * 5)
    src.y -= 4
    row(header, f.bold, True)
    for act in goal["activities"]:
        leads = ", ".join(act["leads"])
        when = act["milestones"][0]["text"] if act["milestones"] else ""
        row([act["text"], leads, when], f.regular, False)
    src.y -= 6


def draw_source(doc: Doc, out: Path) -> list[PageInfo]:
    src = Source(doc, out)
    src.c.setTitle(doc.plan["title"])
    draw_front(src)
    for pillar in doc.plan["pillars"]:
        draw_pillar_head(src, pillar)
        for goal in pillar["goals"]:
            draw_goal_head(src, goal)
            if src.st["layout"] == "table":
                draw_table(src, goal)
            else:
                for act in goal["activities"]:
                    draw_activity(src, act)
    src.save()
    return src.pages


# ---------------------------------------------------------------------------------------------
# the scan: page images and the OCR text layer


@dataclass
class OcrWord:
    """A word as the OCR layer places it: text, left x, baseline (PDF y up), width, size."""

    text: str
    x: float
    baseline: float
    width: float
    size: float
    top: float  # pdfplumber top of the source word, for OCR order


def source_words(page, rng: random.Random, info: PageInfo, realism: str) -> list[OcrWord]:
    """The source page's words, jittered as an OCR engine's boxes are, in no order yet."""
    found = []
    for w in page.extract_words(extra_attrs=["size"], return_chars=True):
        baseline = w["chars"][0]["matrix"][5]
        size = w["size"] * (1 + rng.uniform(-0.05, 0.05))
        # an OCR box holds the ink: a little inside the advance box, a little off it
        dx, dy = rng.uniform(-0.1, 0.4), rng.uniform(-0.6, 0.6)
        width = (w["x1"] - w["x0"]) * rng.uniform(0.96, 1.0) - dx
        found.append(OcrWord(w["text"], w["x0"] + dx, baseline + dy, width, size, w["top"]))
    if realism in OCR_GLYPHS:
        for x, baseline, size in info.bullets:
            found.append(
                OcrWord(
                    OCR_GLYPHS[realism],
                    x,
                    baseline,
                    size * 0.45,
                    size * 0.6,
                    H - baseline - size * 0.8,
                )
            )
    return found


def ocr_order(words: list[OcrWord], info: PageInfo) -> list[list[OcrWord]]:
    """Lines top to bottom, each left to right; a two-column area column by column and a
    ruled table cell by cell (each cell a block of its own, as OCR engines segment them)."""
    if info.columns == 1:
        regions = [words]
    else:
        inside = [w for w in words if info.col_top <= w.top < info.col_bottom]
        above = [w for w in words if w.top < info.col_top]
        below = [w for w in words if w.top >= info.col_bottom]
        middle = W / 2
        regions = [
            above,
            [w for w in inside if w.x < middle],
            [w for w in inside if w.x >= middle],
            below,
        ]
    lines: list[list[OcrWord]] = []
    for region in regions:
        units: list[tuple[float, float, list[list[OcrWord]]]] = []
        loose = region
        for x0, top, x1, bottom in info.cells:
            held = [w for w in loose if x0 <= w.x + w.width / 2 < x1 and top <= w.top < bottom]
            if held:
                units.append((top, x0, lines_of(held)))
                loose = [w for w in loose if w not in held]
        units += [(line[0].top, line[0].x, [line]) for line in lines_of(loose)]
        for _, _, unit in sorted(units, key=lambda u: (u[0], u[1])):
            lines += unit
    return lines


def lines_of(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into lines by baseline, top to bottom, each left to right."""
    lines: list[list[OcrWord]] = []
    current: list[OcrWord] = []
    for w in sorted(words, key=lambda w: (-w.baseline, w.x)):
        if current and abs(current[0].baseline - w.baseline) > 0.4 * current[0].size:
            lines.append(sorted(current, key=lambda w: w.x))
            current = []
        current.append(w)
    if current:
        lines.append(sorted(current, key=lambda w: w.x))
    return lines


def segments(line: list[OcrWord]) -> list[list[OcrWord]]:
    """A line cut at gaps wider than two of its words' sizes (table cells, field columns)."""
    out = [[line[0]]]
    for prev, w in zip(line, line[1:], strict=False):
        if w.x - (prev.x + prev.width) > 2 * prev.size:
            out.append([])
        out[-1].append(w)
    return out


def write_layer(c, lines: list[list[OcrWord]], granularity: str) -> None:
    """The invisible text layer: one Helvetica text object per word or per line segment,
    stretched horizontally to the box the OCR found."""
    from reportlab.pdfbase import pdfmetrics

    for line in lines:
        pieces = [[w] for w in line] if granularity == "word" else [seg for seg in segments(line)]
        for piece in pieces:
            text = " ".join(w.text for w in piece)
            size = sum(w.size for w in piece) / len(piece)
            width = piece[-1].x + piece[-1].width - piece[0].x
            natural = pdfmetrics.stringWidth(text, OCR_FONT, size)
            t = c.beginText(piece[0].x, piece[0].baseline)
            t.setTextRenderMode(3)
            t.setFont(OCR_FONT, size)
            t.setHorizScale(100 * width / natural if natural else 100)
            t.textOut(text)
            c.drawText(t)


def page_image(pdf_page, dpi: int, rng: random.Random, folder: Path, index: int) -> Path:
    """The page as a scanner saves it: grey, a faint cast and a little speckle, JPEG."""
    import numpy as np
    from PIL import Image

    img = pdf_page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img, dtype=np.int16) - rng.randint(6, 14)
    arr += gen.normal(0, 2.5, arr.shape).astype(np.int16)
    arr[gen.random(arr.shape) < 0.0006] = 40
    path = folder / f"page-{index}.jpg"
    Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).save(
        path, "JPEG", quality=rng.randint(55, 70)
    )
    return path


def render(doc: Doc, out: Path) -> None:
    import pdfplumber
    import pypdfium2
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    rl_config.useA85 = 0  # binary streams, as a scanner writes them
    st = doc.extras["style"]
    rng = random.Random(st["scan"])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.pdf"
        infos = draw_source(doc, source)
        turned = 2 if st["realism"] == "rotated" and len(infos) > 2 else -1
        c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
        c.setTitle(doc.plan["title"])
        c.setCreator("Scanner OCR")
        rendered = pypdfium2.PdfDocument(source)
        with pdfplumber.open(source) as pdf:
            for i, (page, info) in enumerate(zip(pdf.pages, infos, strict=True)):
                image = page_image(rendered[i], st["dpi"], rng, Path(tmp), i)
                words = source_words(page, rng, info, st["realism"])
                if i == turned:  # fed sideways: a landscape page, content turned 90 degrees
                    c.setPageSize((H, W))
                    c.translate(H, 0)
                    c.rotate(90)
                else:
                    c.setPageSize((W, H))
                c.drawImage(str(image), 0, 0, W, H)
                write_layer(c, ocr_order(words, info), st["granularity"])
                c.showPage()
        rendered.close()
        c.save()


FAMILIES = [
    Family(
        NAME,
        "reportlab-canvas",
        __doc__.splitlines()[0],
        [
            DocSpec(
                "searchable-scans-1",
                9601,
                "dev",
                {
                    "layout": "level-words",
                    "activity_marks": "letters",
                    "columns": 1,
                    "dpi": 200,
                    "granularity": "word",
                    "realism": "rotated",
                    "goal_leads": 0.5,
                },
            ),
            DocSpec(
                "searchable-scans-2",
                9602,
                "dev",
                {
                    "layout": "bullets",
                    "columns": 2,
                    "dpi": 150,
                    "granularity": "line",
                    "realism": "bullet-e",
                },
            ),
            DocSpec(
                "searchable-scans-3",
                9603,
                "dev",
                {
                    "layout": "table",
                    "columns": 1,
                    "dpi": 175,
                    "granularity": "word",
                    "goal_leads": 0.6,
                },
            ),
            DocSpec(
                "searchable-scans-4",
                9604,
                "test",
                {
                    "layout": "level-words",
                    "activity_marks": "bullets",
                    "columns": 2,
                    "dpi": 175,
                    "granularity": "line",
                    "realism": "bullet-o",
                    "goal_leads": 0.4,
                },
            ),
        ],
        build,
        render,
    )
]
