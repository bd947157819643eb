"""Fast, small previews of photos for the album grid.

JPEGs are decoded at a reduced scale (Pillow's draft mode), so a 12-megapixel photo becomes a
thumbnail in a few tens of milliseconds. The EXIF orientation is applied, so thumbnails look
like the photo viewer shows them; the sizes reported are those of the oriented full image.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from photosafe_desktop.core.imaging import (
    MAX_PIXELS,
    apply_orientation,
    open_image,
    register_plugins,
)

_ROTATED = (5, 6, 7, 8)


@dataclass(frozen=True)
class Thumbnail:
    image: Image.Image  # RGB or RGBA, at most max_side on its longer side
    full_size: tuple[int, int]  # width, height of the oriented full-resolution photo


def make_thumbnail(path: Path, max_side: int = 256) -> Thumbnail:
    """A small oriented preview; raises :class:`UnreadableImageError` like ``open_image``."""
    register_plugins()
    try:
        with Image.open(path) as probe:
            fmt = probe.format
            width, height = probe.size
            orientation = int(probe.getexif().get(0x0112, 1) or 1)
            if fmt == "JPEG" and width * height <= MAX_PIXELS and probe.mode in ("RGB", "L"):
                probe.draft("RGB", (max_side * 2, max_side * 2))
                probe.load()
                small = probe.convert("RGB")
                small.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
                if orientation in range(2, 9):
                    small = apply_orientation(small, orientation)
                full = (height, width) if orientation in _ROTATED else (width, height)
                return Thumbnail(small, full)
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        pass  # the full decoder below gives the precise, translated reason
    decoded = open_image(path)
    image = decoded.image
    full_size = image.size
    image.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return Thumbnail(image, full_size)


__all__ = ["Thumbnail", "make_thumbnail"]
