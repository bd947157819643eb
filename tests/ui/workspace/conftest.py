"""A generated album: plain photos with personal metadata, one corrupt file, and (when the
shared corpus is present) real group photos with faces."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import piexif
import pytest
from PIL import Image, ImageDraw

from tests.conftest import CORPUS


def _exif_with_gps() -> bytes:
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((50, 1), (50, 1), (3000, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (21, 1), (0, 1)),
    }
    zeroth = {piexif.ImageIFD.Make: b"Phone", piexif.ImageIFD.Artist: b"Jan Peeters"}
    return piexif.dump({"0th": zeroth, "GPS": gps})


def make_photo(
    path: Path, size: tuple[int, int] = (640, 480), seed: int = 0, exif: bool = True
) -> Path:
    image = Image.new("RGB", size, (90 + seed * 7 % 120, 140, 180))
    draw = ImageDraw.Draw(image)
    for i in range(8):
        x = (seed * 37 + i * 71) % size[0]
        draw.rectangle([x, i * 40, x + 60, i * 40 + 30], fill=(200, 120 + i * 10, 60))
    image.save(path, "JPEG", quality=90, exif=_exif_with_gps() if exif else b"")
    return path


def face_photos(count: int) -> list[Path]:
    """Real photos with faces from the shared corpus (empty when it is absent)."""
    folder = CORPUS / "faces" / "images"
    annotations = CORPUS / "faces" / "annotations.json"
    if not annotations.is_file():
        return []
    data = json.loads(annotations.read_text())
    # photos with a few clearly visible faces
    chosen = [
        CORPUS / "faces" / name
        for name, boxes in sorted(data.items())
        if name.startswith("images/fullres__")
        and 1 <= len(boxes) <= 6
        and min(b[3] for b in boxes) >= 40
    ]
    return [p for p in chosen if p.is_file()][:count] or sorted(folder.glob("fullres__*.jpg"))[
        :count
    ]


@pytest.fixture
def album(tmp_path: Path) -> Path:
    folder = tmp_path / "Kamp 2026"
    (folder / "dag 2").mkdir(parents=True)
    make_photo(folder / "Sam_aan_het_meer.jpg", seed=1)
    make_photo(folder / "dag 2" / "Lotte.jpg", seed=2)
    make_photo(folder / "zonder_exif.jpg", seed=3, exif=False)
    (folder / "kapot.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not really a photo")
    (folder / "notes.txt").write_text("not a photo, not imported from a folder")
    for i, source in enumerate(face_photos(2)):
        shutil.copy(source, folder / f"groep_{i}.jpg")
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def jpeg_bytes(size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "JPEG")
    return buf.getvalue()
