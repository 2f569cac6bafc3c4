"""The only module that talks to Tesseract: a page image in, positioned words out.

Scans reach the parser as images with no text layer. A page image is deskewed, cleared of
speckle and cut into text regions (whole-page OCR mixes lines where columns meet; one column
at a time reads cleanly); the ``tesseract`` program reads the regions, and its hOCR becomes
words in PDF points with a font size, a weight guess and a confidence, so that the layout
stages treat them like a text layer. Typical slips are then repaired where the lexicon
(``ocr_lexicon.json``) vouches for the result.

hOCR rather than TSV: only hOCR gives each line's baseline and glyph boxes, which let a
line's words share one size and one top, as in a text layer, and expose marks with no ink.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import statistics
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import product
from typing import TYPE_CHECKING, Literal

from planparse.geometry import widest_gap
from planparse.types import PageContent, Word
from planparse.vocabulary import CID_GLYPH

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET  # imported where used, as are threads: scans only

    import numpy as np  # imported where used: a text-layer parse never needs it

    from planparse import images  # PIL, likewise

TESSERACT = "tesseract"
MISSING_TESSERACT = (
    "OCR needs the tesseract program, which is not installed: "
    "install the Debian package tesseract-ocr (apt-get install -y tesseract-ocr)"
)
TIMEOUT_SECONDS = 120
MAX_WORKERS = 4
MIN_NATIVE_CHARS = 25  # a page with fewer readable characters has no usable text layer
MIN_IMAGE_SHARE = 0.5  # share of a page that images cover on a scan
# An OCR engine's own text layer over a scan sizes each word (or line) to its box: among its
# words at least this share of distinct sizes, and this many, where print has a few styles.
MEASURED_SIZE_SHARE = 0.1
MIN_MEASURED_SIZES = 8
MIN_DPI = 150  # coarser scans are enlarged to this: Tesseract needs some pixels per letter
MAX_DPI = 400  # finer scans are reduced to this: more costs time and reads no better
VECTOR_DPI = 300

MAX_SKEW = 3.0  # degrees; larger rotations are a page turned on its side, not skew
SKEW_STEPS = (0.25, 0.05)  # coarse then fine search step, degrees
INK_RADIUS = 3  # points: the neighbourhood a pixel is compared with to call it ink
INK_CONTRAST = 40  # grey levels a pixel must differ from its neighbourhood to be ink
NOISE_SHARE = 0.01  # ink in at most this share of a gutter's length is speckle
MIN_GUTTER = 8.0  # points of clear space between two text columns
MIN_COLUMN = 72.0  # points: a narrower strip is enumerators or bullets, not a column
MIN_ROW_GAP = 6.0  # points of clear space that separate two blocks of text
MIN_TEXT_HEIGHT = 5.0  # points: a flatter region is a rule or a border
REGION_BORDER = 6.0  # points of blank paper added around a region: Tesseract wants a margin
SPECK_SIZE = 0.5  # points: the radius of the largest dot of scanner noise
SPECK_CLEARANCE = 4.0  # points of clear paper around a dot that make it noise, not a period

MIN_CONFIDENCE = 50.0  # a lone symbol read with less confidence is speckle
MIN_REGION_CONFIDENCE = 50.0  # a region read with less is a picture or a texture
LOW_CONFIDENCE = 70.0  # mean word confidence below which a page's text is unreliable
STANDALONE_SYMBOLS = frozenset({"&", "+", "/", "-", "–", "—", "•", "*", "%", "$", "#"})
PHANTOM_MARKS = frozenset(".,:;'‘’`")
PHANTOM_OVERLAP = 0.8  # share of a mark's box inside the glyph before it: no ink of its own
BOLD_STROKE = 1.12  # stroke width over the page's usual one that reads as bold
INK_PERCENTILE = 10  # the darkest ink, against which a pixel's share of ink is measured
STROKE_EM = 40.0  # pixels per em at which stroke widths are measured
SIZE_TOLERANCE = 0.1  # measured sizes within this share of each other are one size
MAX_SHIFTS = 20  # mean-shift steps; sizes settle in a few
OCR_FONT = "OCR"
OCR_BOLD_FONT = "OCR-Bold"  # Word.bold looks for "bold" in the font name
LEXICON_FILE = "ocr_lexicon.json"
LOOK_ALIKES = {"l": "lI", "1": "1I", "|": "I", "!": "I", "0": "0O", "5": "5S", "8": "8B", "g": "g9"}
HYPHENS = frozenset({"-", "–", "—"})
HYPHEN_GAP = 0.15  # ems: parts closer than a word space were printed as one word
SAME_LINE = 0.3  # ems of baseline difference within which two words share a line
OPENERS = "\"'([{“‘"
CLOSERS = "\"')]}”’.,;:!?"
ASCENDERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhkl0123456789")  # reach the cap height
ASCENT_EM = 0.72  # cap height of common text faces, in ems
DESCENT_EM = 0.21  # descender depth of common text faces, in ems
LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
HOCR_FIELD = re.compile(r"(\w+) ([^;]+)")


OcrMode = Literal["auto", "always", "never"]


class OcrError(RuntimeError):
    """Tesseract is missing or failed; the message says what to install or what went wrong."""


@dataclass(frozen=True)
class HocrWord:
    """A word as Tesseract reports it, in the pixels of the image it read."""

    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom, placed on the baseline
    size: float  # the line's text height
    confidence: float


@dataclass(frozen=True)
class Region:
    """A rectangle of the page in points: x0, top inclusive; x1, bottom exclusive."""

    x0: int
    top: int
    x1: int
    bottom: int


@dataclass(frozen=True)
class Crop:
    """A region cut from the page and framed with blank paper, ready for Tesseract."""

    index: int  # the region's place in reading order
    image: images.Picture
    origin: tuple[int, int]  # page pixel of the image's top-left corner


def tesseract_available() -> bool:
    return shutil.which(TESSERACT) is not None


def needs_ocr(mode: OcrMode, texts: Iterable[str], image_share: float) -> bool:
    """Whether a page is read by OCR: always, never, or (auto) when it is a scan.

    A scan is a page mostly covered by images whose text layer holds next to nothing
    readable: a viewer's stamp ('Loading...') or undecodable '(cid:12)' glyphs do not count.
    """
    if mode != "auto":
        return mode == "always"
    if image_share < MIN_IMAGE_SHARE:  # a page mostly text: its letters need not be counted
        return False
    readable = sum(c.isalnum() for text in texts if not CID_GLYPH.fullmatch(text) for c in text)
    return readable < MIN_NATIVE_CHARS


def snap_text_layers(pages: list[PageContent]) -> None:
    """Snap the sizes of a searchable scan's text layers (page images under the text an OCR
    engine wrote, each word or line sized to its box) as this module's own OCR snaps them,
    over all such pages at once, so that one style is one size on every page."""
    layered = [
        page
        for page in pages
        if page.ocr_confidence is None
        and page.image_area >= MIN_IMAGE_SHARE * page.width * page.height
        and measured_sizes(page.words)
    ]
    if not layered:
        return  # every printed document: numpy is not even loaded
    words = merge_modes(snap_sizes([word for page in layered for word in page.words]))
    for page in layered:
        page.words, words = words[: len(page.words)], words[len(page.words) :]


def merge_modes(words: list[Word]) -> list[Word]:
    """One size for snapped sizes that settled within half the tolerance of each other: the
    local means of a style's few heading words, spread over many pages, stop a little apart."""
    letters: dict[float, int] = {}
    for word in words:
        letters[word.size] = letters.get(word.size, 0) + len(word.text)
    merged: dict[float, float] = {}
    group: list[float] = []
    for size in sorted(letters) + [math.inf]:
        if group and size > group[0] * (1 + SIZE_TOLERANCE / 2):
            mean = sum(s * letters[s] for s in group) / sum(letters[s] for s in group)
            merged.update(dict.fromkeys(group, round(mean, 1)))
            group = []
        group.append(size)
    return [replace(w, size=merged[w.size], top=w.bottom - merged[w.size]) for w in words]


def measured_sizes(words: list[Word]) -> bool:
    """Whether word sizes look measured rather than set: many distinct sizes for the words."""
    sizes = {round(w.size, 2) for w in words}
    return len(sizes) >= max(MIN_MEASURED_SIZES, MEASURED_SIZE_SHARE * len(words))


def render_resolution(image_pixels: float | None, shown_points: float) -> int:
    """The resolution to render a page at for OCR: its scan's own, within MIN_DPI..MAX_DPI.

    Rendering above the scan's resolution invents no detail and enlarges its noise, which
    Tesseract reads worse; a page without an image (OCR forced) is rendered at VECTOR_DPI.
    """
    if not image_pixels or shown_points <= 0:
        return VECTOR_DPI
    return min(MAX_DPI, max(MIN_DPI, round(image_pixels * 72 / shown_points)))


def ocr_page(image: images.Picture, page_width: float, *, language: str = "eng") -> list[Word]:
    """Read a rendered page: words in PDF points (top-left origin), one region at a time."""
    if not tesseract_available():
        raise OcrError(MISSING_TESSERACT)
    scale = page_width / image.width  # points per pixel
    grey = despeckle(deskew(image.convert("L"), scale), scale)
    regions = [
        r for r in text_regions(ink_mask(grey, scale)) if r.bottom - r.top >= MIN_TEXT_HEIGHT
    ]
    crops = [crop(grey, region, scale, index) for index, region in enumerate(regions)]
    batches = balanced(crops, min(MAX_WORKERS, os.cpu_count() or 1))
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=max(1, len(batches))) as pool:
        pages = list(pool.map(lambda batch: run_tesseract(batch, scale, language), batches))
    hocr = {
        piece.index: page
        for batch, batch_pages in zip(batches, pages, strict=True)
        for piece, page in zip(batch, batch_pages, strict=True)
    }
    readings = [
        reading for piece in crops for reading in read_crop(piece, hocr[piece.index], scale)
    ]
    words = snap_sizes([word for word, _ in readings])
    return repair(weigh(words, [stroke for _, stroke in readings]))


def deskew(grey: images.Picture, scale: float) -> images.Picture:
    """Undo a scanner's small rotation, so that text lines run level across the image."""
    from planparse import images

    angle = skew_angle(ink_mask(grey, scale))
    if abs(angle) < SKEW_STEPS[-1]:
        return grey
    return images.rotated(grey, angle, smooth=True, fill=255)


def skew_angle(mask: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that makes rows of ink sharpest.

    Text lines are level when the row profile alternates most steeply between ink and gaps.
    A coarse search over +-MAX_SKEW on a half-size mask is refined around its best angle;
    ties go to the smaller rotation, so a blank page stays as it is.
    """
    import numpy as np

    from planparse import images

    full = images.from_pixels(mask.astype(np.uint8) * 255)
    half = full.reduce(2)
    best, span = 0.0, MAX_SKEW
    for picture, step in zip((half, full), SKEW_STEPS, strict=True):
        angles = np.arange(best - span, best + span + step / 2, step)
        best = float(max(angles, key=lambda a: (row_sharpness(picture, float(a)), -abs(a))))
        span = step
    return round(best, 2)


def row_sharpness(picture: images.Picture, angle: float) -> float:
    import numpy as np

    from planparse import images

    turned = images.rotated(picture, angle)
    rows = np.asarray(turned, dtype=np.float64).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def despeckle(grey: images.Picture, scale: float) -> images.Picture:
    """Paint over isolated dots of scanner noise, which Tesseract reads as stray marks.

    A dot is noise when no other ink lies within SPECK_CLEARANCE of it: a period or the dot
    of an i sits close to its letters and stays. (A median filter would erase them too.)
    """
    import numpy as np

    from planparse import images

    pixels = np.asarray(grey, dtype=np.float32)
    core = max(1, round(SPECK_SIZE / scale))
    reach = max(core + 1, round(SPECK_CLEARANCE / scale))
    background = local_mean(pixels, reach)
    ink = (np.abs(pixels - background) > INK_CONTRAST).astype(np.float32)
    in_core = local_mean(ink, core) * (2 * core + 1) ** 2
    in_reach = local_mean(ink, reach) * (2 * reach + 1) ** 2
    speck = (ink > 0) & (in_reach - in_core < 0.5)
    cleaned = np.where(speck, background, pixels)
    return images.from_pixels(cleaned.clip(0, 255).astype(np.uint8))


def ink_mask(grey: images.Picture, scale: float) -> np.ndarray:
    """Pixels that stand out from their surroundings, one pixel per point.

    Comparing with the neighbourhood rather than a global threshold finds dark text on light
    paper and light text on coloured bands alike, and leaves flat coloured areas empty.
    """
    import numpy as np

    from planparse import images

    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    small = np.asarray(images.shrunk(grey, size), dtype=np.float32)
    return np.abs(small - local_mean(small, INK_RADIUS)) > INK_CONTRAST


def local_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean over a (2 radius + 1) square around each pixel, from a summed-area table."""
    import numpy as np

    side = 2 * radius + 1
    padded = np.pad(values, ((radius + 1, radius), (radius + 1, radius)), mode="edge")
    table = padded.cumsum(axis=0).cumsum(axis=1)
    window = (
        table[side:, side:] - table[:-side, side:] - table[side:, :-side] + table[:-side, :-side]
    )
    return window / (side * side)


def text_regions(mask: np.ndarray) -> list[Region]:
    """Blocks of text to read one at a time (in points, as the mask is one pixel per point)."""
    page = trim(mask, Region(0, 0, mask.shape[1], mask.shape[0]))
    return xy_regions(mask, page) if page else []


def xy_regions(mask: np.ndarray, region: Region) -> list[Region]:
    """Recursive XY-cut at the widest gap; rows are cut only to expose column gutters.

    Two strips that hold no columns are joined again: Tesseract reads a block of lines best
    as one region, and fewer regions mean fewer Tesseract runs.
    """
    cut = widest_cut(mask, region)
    if cut is None:
        return [region]
    first, second, across = cut
    leaves = xy_regions(mask, first) + xy_regions(mask, second)
    if across and leaves == [first, second]:
        return [region]
    return leaves


def widest_cut(mask: np.ndarray, region: Region) -> tuple[Region, Region, bool] | None:
    """The region split at its widest gutter or row gap: (before, after, is a row gap)."""
    block = mask[region.top : region.bottom, region.x0 : region.x1]
    columns = join_narrow(
        ink_runs(block.sum(axis=0), NOISE_SHARE * block.shape[0], MIN_GUTTER), MIN_COLUMN
    )
    rows = ink_runs(block.sum(axis=1), NOISE_SHARE * block.shape[1], MIN_ROW_GAP)
    column_gap, row_gap = widest_gap(columns), widest_gap(rows)
    if column_gap and (not row_gap or column_gap[1] >= row_gap[1]):
        at, across = region.x0 + int(sum(column_gap)), False  # where the next run starts
        before = Region(region.x0, region.top, at, region.bottom)
        after = Region(at, region.top, region.x1, region.bottom)
    elif row_gap:
        at, across = region.top + int(sum(row_gap)), True
        before = Region(region.x0, region.top, region.x1, at)
        after = Region(region.x0, at, region.x1, region.bottom)
    else:
        return None
    first, second = trim(mask, before), trim(mask, after)
    if first is None or second is None:
        return None
    return first, second, across


def ink_runs(profile: np.ndarray, noise: float, min_gap: float) -> list[tuple[int, int]]:
    """Spans [start, end) of a projection profile separated by gaps of min_gap or more."""
    import numpy as np

    inked = np.flatnonzero(profile > noise)
    if not inked.size:
        return []
    breaks = np.flatnonzero(np.diff(inked) > min_gap)
    starts = [inked[0], *inked[breaks + 1]]
    ends = [*(inked[breaks] + 1), inked[-1] + 1]
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


def join_narrow(runs: list[tuple[int, int]], min_width: float) -> list[tuple[int, int]]:
    """A span narrower than a column (item numbers, bullets) joins its nearer neighbour."""
    runs = list(runs)
    while len(runs) > 1:
        narrow = next((i for i, (a, b) in enumerate(runs) if b - a < min_width), None)
        if narrow is None:
            break
        gap_before = runs[narrow][0] - runs[narrow - 1][1] if narrow else float("inf")
        gap_after = (
            runs[narrow + 1][0] - runs[narrow][1] if narrow + 1 < len(runs) else float("inf")
        )
        first = narrow - 1 if gap_before <= gap_after else narrow
        runs[first : first + 2] = [(runs[first][0], runs[first + 1][1])]
    return runs


def trim(mask: np.ndarray, region: Region) -> Region | None:
    """The region shrunk to the ink inside it; None when it holds none."""
    import numpy as np

    block = mask[region.top : region.bottom, region.x0 : region.x1]
    rows, columns = np.flatnonzero(block.any(axis=1)), np.flatnonzero(block.any(axis=0))
    if not rows.size:
        return None
    return Region(
        region.x0 + int(columns[0]),
        region.top + int(rows[0]),
        region.x0 + int(columns[-1]) + 1,
        region.top + int(rows[-1]) + 1,
    )


def crop(grey: images.Picture, region: Region, scale: float, index: int) -> Crop:
    import numpy as np

    from planparse import images

    x0, top, x1, bottom = (
        round(edge / scale) for edge in (region.x0, region.top, region.x1, region.bottom)
    )
    cut = grey.crop((x0, top, x1, bottom))
    border = round(REGION_BORDER / scale)
    paper = int(np.median(np.asarray(cut)))
    framed = images.framed(cut, border, paper)
    return Crop(index, framed, (x0 - border, top - border))


def balanced(crops: list[Crop], count: int) -> list[list[Crop]]:
    """Crops dealt into at most ``count`` batches of similar area, largest first."""
    batches: list[list[Crop]] = [[] for _ in range(min(count, len(crops)))]
    areas = [0] * len(batches)
    for piece in sorted(crops, key=lambda c: -c.image.width * c.image.height):
        lightest = areas.index(min(areas))
        batches[lightest].append(piece)
        areas[lightest] += piece.image.width * piece.image.height
    return batches


def run_tesseract(batch: list[Crop], scale: float, language: str) -> list[ET.Element]:
    """One hOCR page per crop, from one Tesseract run fed a multi-page TIFF on stdin.

    One run per batch loads the language model once; ``--psm 6`` reads each image as one
    block of text, which is what the region finder hands over; one thread per run, since
    batches run in parallel. Glyph boxes are asked for so that glyphs with no ink of their
    own can be dropped.
    """
    buffer = io.BytesIO()
    first, *rest = (piece.image for piece in batch)
    first.save(buffer, format="TIFF", save_all=True, append_images=rest)
    dpi = str(round(72 / scale))
    command = [TESSERACT, "stdin", "stdout", "-l", language, "--psm", "6", "--dpi", dpi]
    try:
        done = subprocess.run(
            [*command, "-c", "hocr_char_boxes=1", "hocr"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrError(MISSING_TESSERACT) from exc
    if done.returncode:
        raise OcrError(tesseract_failure(done.stderr.decode(errors="replace"), language))
    import xml.etree.ElementTree as ET

    root = ET.fromstring(done.stdout.decode("utf-8"))
    return [element for element in root.iter() if element.get("class") == "ocr_page"]


def tesseract_failure(stderr: str, language: str) -> str:
    """What went wrong, in one line; a missing language names the package that adds it."""
    if "Failed loading language" in stderr:
        return (
            f"Tesseract has no data for the language '{language}': "
            f"install the Debian package tesseract-ocr-{language}"
        )
    lines = stderr.strip().splitlines()
    return f"tesseract failed: {lines[-1] if lines else 'no message'}"


def read_crop(piece: Crop, page: ET.Element, scale: float) -> list[tuple[Word, float]]:
    """A crop's words in page points, each with its stroke width in points.

    A region whose words Tesseract is mostly unsure of is a picture, a rule or a texture
    read as letters, and gives no words.
    """
    import numpy as np

    words = [word for line in hocr_lines(page) for word in line if keep(word)]
    if mean_confidence(words) < MIN_REGION_CONFIDENCE:
        return []
    pixels = np.asarray(piece.image)
    return [
        (to_page(word, piece.origin, scale), stroke_weight(pixels, word) * scale) for word in words
    ]


def to_page(word: HocrWord, origin: tuple[int, int], scale: float) -> Word:
    x0, top, x1, bottom = word.box
    return Word(
        text=word.text,
        x0=(origin[0] + x0) * scale,
        top=(origin[1] + top) * scale,
        x1=(origin[0] + x1) * scale,
        bottom=(origin[1] + bottom) * scale,
        font=OCR_FONT,
        size=word.size * scale,
        confidence=word.confidence,
    )


def keep(word: HocrWord) -> bool:
    """Words with letters or digits stay; lone symbols only when they can be printed alone."""
    if any(c.isalnum() for c in word.text):
        return True
    return word.text in STANDALONE_SYMBOLS and word.confidence >= MIN_CONFIDENCE


def mean_confidence(words: Sequence[HocrWord] | Sequence[Word]) -> float:
    """Letter-weighted mean confidence (0..100) of some words; 0 for none."""
    letters = sum(len(w.text) for w in words)
    return sum((w.confidence or 0.0) * len(w.text) for w in words) / letters if letters else 0.0


def hocr_lines(page: ET.Element) -> list[list[HocrWord]]:
    """The lines of an hOCR page, their words given one size and placed on the baseline.

    A line's size is its cap height over ASCENT_EM, measured on words with a capital, digit
    or ascender; Tesseract's own text height (``x_size``) wobbles more. A line without such
    a word takes ``x_size`` as scaled on the region's other lines. Words span a text-layer
    style box: DESCENT_EM below the baseline and one size high.
    """
    lines = [hocr_line(element) for element in page.iter() if element.get("class") in LINE_CLASSES]
    ratios = [line.cap_size / line.x_size for line in lines if line.cap_size and line.x_size]
    ratio = statistics.median(ratios) if ratios else 1.0
    return [line.placed(line.cap_size or line.x_size * ratio) for line in lines]


@dataclass(frozen=True)
class HocrLine:
    """A line's words as (text, x0, x1, baseline, confidence), and its two size measures."""

    words: list[tuple[str, float, float, float, float]]
    cap_size: float | None  # from the cap height of its words, when one reaches it
    x_size: float  # Tesseract's text height

    def placed(self, size: float) -> list[HocrWord]:
        return [
            HocrWord(
                text,
                (x0, baseline + (DESCENT_EM - 1) * size, x1, baseline + DESCENT_EM * size),
                size,
                confidence,
            )
            for text, x0, x1, baseline, confidence in self.words
        ]


def hocr_line(line: ET.Element) -> HocrLine:
    fields = hocr_fields(line)
    x0, top, _, y1 = map(float, fields["bbox"].split())
    slope, offset = map(float, fields.get("baseline", "0 0").split())
    words, ascents = [], []
    for word in line:
        text = "".join(inked_glyphs(word)).strip()
        word_fields = hocr_fields(word)
        if not text or "bbox" not in word_fields:
            continue
        wx0, wtop, wx1, _ = map(float, word_fields["bbox"].split())
        baseline = y1 + offset + slope * ((wx0 + wx1) / 2 - x0)
        words.append((text, wx0, wx1, baseline, float(word_fields.get("x_wconf", 0.0))))
        if ASCENDERS.intersection(text):
            ascents.append(baseline - wtop)
    cap_size = statistics.median(ascents) / ASCENT_EM if ascents else None
    return HocrLine(words, cap_size, float(fields.get("x_size", y1 - top)))


def inked_glyphs(word: ET.Element) -> list[str]:
    """A word's glyphs, less a final mark drawn inside the glyph before it.

    The recogniser sometimes ends a number with a '.' or ':' whose box lies within the last
    digit's box: a mark with no ink of its own, which was never printed.
    """
    glyphs = [("".join(g.itertext()), glyph_span(g)) for g in word]
    if not glyphs:
        return ["".join(word.itertext())]
    if (
        len(glyphs) > 1
        and glyphs[-1][0] in PHANTOM_MARKS
        and overlap(glyphs[-1][1], glyphs[-2][1]) >= PHANTOM_OVERLAP
    ):
        glyphs.pop()
    return [text for text, _ in glyphs]


def glyph_span(glyph: ET.Element) -> tuple[float, float]:
    x0, _, x1, _ = map(float, hocr_fields(glyph).get("x_bboxes", "0 0 0 0").split())
    return x0, x1


def overlap(span: tuple[float, float], other: tuple[float, float]) -> float:
    """Share of span's width that lies within other."""
    inside = min(span[1], other[1]) - max(span[0], other[0])
    return max(0.0, inside) / max(span[1] - span[0], 1.0)


def hocr_fields(element: ET.Element) -> dict[str, str]:
    """hOCR's 'bbox 1 2 3 4; x_wconf 96' title attribute as a dict."""
    return dict(HOCR_FIELD.findall(element.get("title", "")))


def snap_sizes(words: list[Word]) -> list[Word]:
    """Give lines measured at nearly the same size that one size, keeping each word's bottom.

    A line's measured text height wobbles by a few percent, but the layout stages compare
    sizes to tell headings from body text and to join wrapped lines, so each size moves to
    the letter-weighted mean size around it (one-dimensional mean shift).
    """
    import numpy as np

    sizes = np.array([w.size for w in words])
    letters = np.array([len(w.text) for w in words], dtype=np.float64)
    snapped = {size: size_mode(size, sizes, letters) for size in set(sizes.tolist())}
    return [replace(w, size=snapped[w.size], top=w.bottom - snapped[w.size]) for w in words]


def size_mode(size: float, sizes: np.ndarray, letters: np.ndarray) -> float:
    """The nearest peak of the size distribution, found by moving to the local mean."""
    import numpy as np

    for _ in range(MAX_SHIFTS):
        near = np.abs(sizes - size) <= SIZE_TOLERANCE * size
        shifted = float(np.average(sizes[near], weights=letters[near]))
        if abs(shifted - size) < 0.01:
            break
        size = shifted
    return round(size, 1)


def weigh(words: list[Word], strokes: list[float]) -> list[Word]:
    """Mark as bold the words whose strokes, in ems, are clearly wider than the usual ones."""
    import numpy as np

    if not words:
        return []
    widths = np.array(strokes) / np.array([word.size for word in words])
    usual = float(np.median(np.repeat(widths, [len(word.text) for word in words])))
    if usual <= 0:
        return words
    return [
        replace(word, font=OCR_BOLD_FONT) if width >= BOLD_STROKE * usual else word
        for word, width in zip(words, widths.tolist(), strict=True)
    ]


def stroke_weight(pixels: np.ndarray, word: HocrWord) -> float:
    """The word's stroke width in pixels: its ink mass over the number of strokes crossed.

    Ink mass (each pixel's darkness between paper and full ink) survives the blur of a scan,
    where a thresholded width would not; strokes are counted as ink runs starting along rows
    and along columns, on the word enlarged until an em spans STROKE_EM pixels. Ink is the
    smaller Otsu class, so light type on a coloured band is measured like dark type on paper.
    """
    import numpy as np

    from planparse import images

    x0, top, x1, bottom = (max(0, round(v)) for v in word.box)
    if x1 <= x0 or bottom <= top or word.size <= 0:
        return 0.0
    factor = max(1, math.ceil(STROKE_EM / word.size))
    enlarged = images.enlarged(images.from_pixels(pixels[top:bottom, x0:x1]), factor)
    block = np.asarray(enlarged, dtype=np.float64)
    ink = block < otsu_threshold(np.asarray(enlarged))
    if ink.mean() > 0.5:
        ink, block = ~ink, 255 - block
    if ink.all() or not ink.any():
        return 0.0
    dark, light = np.percentile(block[ink], INK_PERCENTILE), np.median(block[~ink])
    mass = np.clip((light - block) / max(light - dark, 1.0), 0.0, 1.0).sum()
    across = np.count_nonzero(ink[:, 1:] & ~ink[:, :-1]) + np.count_nonzero(ink[:, 0])
    down = np.count_nonzero(ink[1:, :] & ~ink[:-1, :]) + np.count_nonzero(ink[0, :])
    strokes = across + down
    return float(mass / strokes / factor) if strokes else 0.0


def otsu_threshold(values: np.ndarray) -> float:
    """The grey level that best separates two classes of pixels (Otsu's method)."""
    import numpy as np

    counts = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    weight = np.cumsum(counts)[:-1]
    mass = np.cumsum(counts * np.arange(256))[:-1]
    total, total_mass = counts.sum(), float(np.dot(counts, np.arange(256)))
    spread = weight * (total - weight)
    between = np.divide(
        (total_mass * weight - total * mass) ** 2,
        spread,
        out=np.zeros_like(spread),
        where=spread > 0,
    )
    return float(np.argmax(between) + 1)


@dataclass(frozen=True)
class Lexicon:
    """Terms OCR may restore: acronyms with their case, hyphenated compounds in any case."""

    acronyms: frozenset[str]
    compounds: frozenset[str]  # casefolded, with their leading parts ('use-of' of 'use-of-force')
    longest: int  # letters in the longest acronym: longer words are not tried


@cache
def lexicon() -> Lexicon:
    data = json.loads(resources.files("planparse").joinpath(LEXICON_FILE).read_text("utf-8"))
    parts = [term.casefold().split("-") for term in data["compounds"]]
    return Lexicon(
        acronyms=frozenset(data["acronyms"]),
        compounds=frozenset("-".join(p[:n]) for p in parts for n in range(2, len(p) + 1)),
        longest=max(map(len, data["acronyms"])),
    )


def repair(words: list[Word]) -> list[Word]:
    """Undo typical OCR slips where the lexicon vouches for the result.

    Compounds split at their hyphen ('body -worn') are joined, and capitals read as
    look-alike glyphs ('Al tools') are restored when the word is a known acronym.
    """
    joined = join_hyphenated(words)
    return [
        replace(word, text=restore_numeral(restore_acronym(word.text, following), following))
        for word, following in zip(joined, [*joined[1:], None], strict=False)
    ]


def restore_numeral(text: str, following: Word | None) -> str:
    """'Il.' -> 'II.', 'Ill WORKFORCE' -> 'III WORKFORCE': a roman numeral whose capitals were
    read as look-alike glyphs, when punctuation or an ALL-CAPS title marks it a number."""
    match = OCR_NUMERAL.fullmatch(text)
    if not match or not any(c in "l|" for c in match.group(1)):
        return text
    capitals = following is not None and following.text.isupper() and len(following.text) > 1
    if not match.group(2) and not capitals:
        return text
    return match.group(1).replace("l", "I").replace("|", "I") + match.group(2)


OCR_NUMERAL = re.compile(r"(I[Il|]{1,3}|[l|]I[Il|]{0,2})([.):]?)")


def join_hyphenated(words: list[Word]) -> list[Word]:
    """Join 'body -worn', 'self- discipline' and 'use - of - force' into one word.

    The parts are joined when the compound is in the lexicon, or when no word space
    separates them (a gap under HYPHEN_GAP ems): then the split is the recogniser's.
    """
    result: list[Word] = []
    for word in words:
        previous = result[-1] if result else None
        if previous is not None and same_line(previous, word) and hyphen_split(previous, word):
            result[-1] = merge(previous, word)
        elif (
            len(result) >= 2
            and result[-1].text in HYPHENS
            and same_line(result[-2], word)
            and known_compound(result[-2].text + "-" + word.text)
        ):
            result[-2:] = [merge(merge(result[-2], result[-1]), word)]
        else:
            result.append(word)
    return result


def hyphen_split(left: Word, right: Word) -> bool:
    if left.text in HYPHENS or right.text in HYPHENS:
        return False
    if not (left.text.endswith("-") or right.text.startswith("-")):
        return False
    narrow = right.x0 - left.x1 < HYPHEN_GAP * left.size
    return narrow or known_compound(left.text + right.text)


def known_compound(text: str) -> bool:
    return core(text)[1].casefold() in lexicon().compounds


def same_line(left: Word, right: Word) -> bool:
    return abs(left.bottom - right.bottom) < SAME_LINE * left.size and right.x0 > left.x0


def merge(left: Word, right: Word) -> Word:
    return replace(
        left,
        text=left.text + right.text,
        x1=right.x1,
        confidence=min(
            (c for c in (left.confidence, right.confidence) if c is not None), default=None
        ),
    )


def restore_acronym(text: str, following: Word | None) -> str:
    """'Al' -> 'AI' when the lexicon knows 'AI' and the next word is not a surname.

    Only words that look like capitals are tried (a capital and look-alike glyphs), and
    each look-alike is swapped for the capital it is mistaken for.
    """
    lead, middle, tail = core(text)
    known = lexicon()
    if (
        middle in known.acronyms
        or len(middle) > known.longest
        or not any(c.isupper() for c in middle)
    ):
        return text
    if following is not None and following.text[:1].isupper() and not middle.isupper():
        return text
    candidates = {
        "".join(chars) for chars in product(*(LOOK_ALIKES.get(c, c) for c in middle))
    } & known.acronyms
    return lead + candidates.pop() + tail if len(candidates) == 1 else text


def core(text: str) -> tuple[str, str, str]:
    """Split a word into leading punctuation, the word itself and trailing punctuation."""
    body = text.lstrip(OPENERS)
    middle = body.rstrip(CLOSERS)
    return text[: len(text) - len(body)], middle, body[len(middle) :]
