"""Photo-like test pictures for the proof-of-origin tests (PDQ needs real structure)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import piexif
from PIL import Image, ImageDraw, ImageFilter


def scene(seed: int, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """A photo-like picture: smooth light, shapes and fine texture, different per seed."""
    rng = np.random.default_rng(seed)
    w, h = size
    small = rng.integers(0, 256, (6, 8, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        x, y = rng.integers(0, w), rng.integers(0, h)
        r = int(rng.integers(20, 200))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    noise = rng.normal(0, 6, (h, w, 3))
    pixels = np.clip(np.asarray(image.filter(ImageFilter.GaussianBlur(2)), float) + noise, 0, 255)
    return Image.fromarray(pixels.astype(np.uint8))


def save_with_date(image: Image.Image, path: Path, taken: str = "2026:07:14 10:30:00") -> Path:
    exif = piexif.dump({"Exif": {piexif.ExifIFD.DateTimeOriginal: taken.encode()}})
    image.save(path, "JPEG", quality=92, exif=exif)
    return path
