from __future__ import annotations

from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.thumbnails import make_thumbnail


def _photo(path: Path, orientation: int) -> Path:
    image = Image.new("RGB", (400, 200), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 200, 200))  # red on the left as stored
    exif = piexif.dump({"0th": {piexif.ImageIFD.Orientation: orientation}})
    image.save(path, "JPEG", exif=exif)
    return path


@pytest.mark.parametrize(
    ("orientation", "full", "red_at"),
    [(1, (400, 200), "left"), (6, (200, 400), "top"), (8, (200, 400), "bottom")],
)
def test_thumbnail_is_oriented(
    tmp_path: Path, orientation: int, full: tuple[int, int], red_at: str
) -> None:
    thumb = make_thumbnail(_photo(tmp_path / "x.jpg", orientation), 100)
    assert thumb.full_size == full
    assert max(thumb.image.size) <= 100
    arr = np.asarray(thumb.image)
    h, w = arr.shape[:2]
    probe = {
        "left": arr[h // 2, w // 8],
        "top": arr[h // 8, w // 2],
        "bottom": arr[-h // 8, w // 2],
    }[red_at]
    assert probe[0] > 200 and probe[2] < 60


def test_png_and_errors(tmp_path: Path) -> None:
    png = tmp_path / "a.png"
    Image.new("RGBA", (300, 150), (1, 2, 3, 128)).save(png)
    thumb = make_thumbnail(png, 64)
    assert thumb.full_size == (300, 150) and thumb.image.size == (64, 32)
    broken = tmp_path / "b.jpg"
    broken.write_bytes(b"nope")
    with pytest.raises(UnreadableImageError):
        make_thumbnail(broken)
