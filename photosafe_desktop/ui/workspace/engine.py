"""The workspace's pictures, shaped for background tasks: thumbnails, the photo on screen,
the export preview.

Every function here runs on a worker thread (through ``ui/tasks.py``) and returns plain data
or a QImage (QImage is safe off the GUI thread; QPixmap is not). The photo analysis (faces
and metadata) is a core use-case: :mod:`photosafe_desktop.core.analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.thumbnails import make_thumbnail

THUMBNAIL_SIDE = 256
DISPLAY_SIDE = 2400


def pil_to_qimage(image: Image.Image) -> QImage:
    """A deep-copied QImage (independent of the PIL buffer)."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    if image.mode == "RGB":
        data = image.tobytes("raw", "RGB")
        qimage = QImage(
            data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        )
    else:
        data = image.tobytes("raw", "RGBA")
        qimage = QImage(
            data, image.width, image.height, image.width * 4, QImage.Format.Format_RGBA8888
        )
    return qimage.copy()


@dataclass(frozen=True)
class Preview:
    path: Path
    thumbnail: QImage
    size: tuple[int, int]


def load_preview(path: Path) -> Preview:
    thumb = make_thumbnail(path, THUMBNAIL_SIDE)
    return Preview(path, pil_to_qimage(thumb.image), thumb.full_size)


@dataclass(frozen=True)
class DisplayImage:
    path: Path
    image: QImage  # at most DISPLAY_SIDE on its longer side
    full_size: tuple[int, int]
    pil: Image.Image  # the same pixels, for rendering the export preview


def load_display_image(path: Path, max_side: int = DISPLAY_SIDE) -> DisplayImage:
    decoded = open_image(path)
    image = decoded.image
    full = image.size
    if max(full) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return DisplayImage(path, pil_to_qimage(image), full, image)


def render_result(display: DisplayImage, regions: tuple[Region, ...]) -> QImage:
    """The photo as it will be exported (regions scaled to the display size)."""
    from photosafe_desktop.core.faces.obscure import obscure

    scale = display.pil.width / display.full_size[0]
    scaled = []
    for region in regions:
        if not region.enabled:
            continue
        scaled.append(
            region.replace(
                x=int(region.x * scale),
                y=int(region.y * scale),
                w=max(1, int(round(region.w * scale))),
                h=max(1, int(round(region.h * scale))),
            )
        )
    return pil_to_qimage(obscure(display.pil, scaled))
