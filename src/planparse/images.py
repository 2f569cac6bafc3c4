"""Raster images of pages, the one home of Pillow: the few image operations the readers, OCR
and the page inspector use, each named for what it does to the picture.

Pictures are Pillow images; their own methods (``convert``, ``crop``, ``save``, ``width``)
are used where they are needed, only the module-level functions live here.
"""

from __future__ import annotations

from PIL import Image, ImageFont, ImageOps

Picture = Image.Image
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def from_pixels(pixels: Image.SupportsArrayInterface) -> Picture:
    """A picture of an array of pixel values (greyscale for a 2-d array of bytes)."""
    return Image.fromarray(pixels)


def rotated(
    picture: Picture, degrees: float, *, smooth: bool = False, fill: int | None = None
) -> Picture:
    """Turned counter-clockwise about its centre, same size; bicubic when ``smooth``, else
    bilinear; corners turned in are ``fill`` (black when None)."""
    resample = Image.Resampling.BICUBIC if smooth else Image.Resampling.BILINEAR
    return picture.rotate(degrees, resample=resample, fillcolor=fill)


def shrunk(picture: Picture, size: tuple[int, int]) -> Picture:
    """Scaled down to ``size``, each pixel the mean of those it covers."""
    return picture.resize(size, Image.Resampling.BOX)


def enlarged(picture: Picture, factor: int) -> Picture:
    """Scaled up ``factor`` times each way, bilinear."""
    size = (picture.width * factor, picture.height * factor)
    return picture.resize(size, Image.Resampling.BILINEAR)


def framed(picture: Picture, border: int, fill: int) -> Picture:
    """Surrounded by ``border`` pixels of ``fill`` on every side."""
    return ImageOps.expand(picture, border=border, fill=fill)


def transposed(picture: Picture) -> Picture:
    """Mirrored across its main diagonal: rows become columns."""
    return picture.transpose(Image.Transpose.TRANSPOSE)


def mirrored(picture: Picture) -> Picture:
    """Flipped left to right."""
    return picture.transpose(Image.Transpose.FLIP_LEFT_RIGHT)


def upside_down(picture: Picture) -> Picture:
    """Flipped top to bottom."""
    return picture.transpose(Image.Transpose.FLIP_TOP_BOTTOM)


def font(file: str, size: int) -> Font:
    """The TrueType font ``file`` at ``size`` pixels, else Pillow's built-in font at that
    size when the file is not installed."""
    try:
        return ImageFont.truetype(file, size)
    except OSError:
        return ImageFont.load_default(size)
