"""How much of a box the hidden regions cover (faces and text lines both use it).

Kept apart from :mod:`.obscure` so the text engine can check its own work without
importing the face transform (which imports the text engine).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw

from photosafe_desktop.core.faces.regions import Region, Shape


def shape_mask(size: tuple[int, int], shape: Shape) -> npt.NDArray[np.bool_]:
    width, height = size
    if shape is Shape.RECT:
        return np.ones((height, width), dtype=bool)
    mask = Image.new("1", size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, width - 1, height - 1), fill=1)
    return np.asarray(mask, dtype=bool)


def covered_fraction(
    box: tuple[int, int, int, int], regions: Iterable[Region], size: tuple[int, int]
) -> float:
    """How much of ``box`` the enabled regions (padded, with their shapes) hide."""
    left, top, right, bottom = box
    if right <= left or bottom <= top:
        return 1.0
    hidden = np.zeros((bottom - top, right - left), dtype=bool)
    for region in regions:
        if not region.enabled:
            continue
        r_left, r_top, r_right, r_bottom = region.padded_box(size)
        mask = shape_mask((max(1, r_right - r_left), max(1, r_bottom - r_top)), region.shape)
        x0, y0 = max(left, r_left), max(top, r_top)
        x1, y1 = min(right, r_right), min(bottom, r_bottom)
        if x1 <= x0 or y1 <= y0:
            continue
        hidden[y0 - top : y1 - top, x0 - left : x1 - left] |= mask[
            y0 - r_top : y1 - r_top, x0 - r_left : x1 - r_left
        ]
    return float(hidden.mean())


__all__ = ["covered_fraction", "shape_mask"]
