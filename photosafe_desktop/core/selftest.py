"""Generated photos for self-tests (``--smoke-test``, the frozen-app check, benchmarks).

A generated photo carries what a real phone photo leaks (GPS position, camera, serial number,
a name, an embedded thumbnail) and simple drawn faces that the face detector finds, so a
self-test exercises the real models and native libraries end to end.
"""

from __future__ import annotations

import io
from pathlib import Path

import piexif
from PIL import Image, ImageDraw, ImageFilter


def personal_exif(orientation: int = 1) -> bytes:
    """EXIF as a phone writes it: GPS (Brussels), make, model, serial, owner's name."""
    zeroth = {
        piexif.ImageIFD.Make: b"PhotoSafe Test Phone",
        piexif.ImageIFD.Model: b"Model 12",
        piexif.ImageIFD.Artist: b"Jan Peeters",
        piexif.ImageIFD.Orientation: orientation,
        piexif.ImageIFD.DateTime: b"2026:07:14 10:30:00",
    }
    exif = {
        piexif.ExifIFD.BodySerialNumber: b"SN-1234567",
        piexif.ExifIFD.DateTimeOriginal: b"2026:07:14 10:30:00",
    }
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((50, 1), (50, 1), (3000, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((4, 1), (21, 1), (0, 1)),
    }
    thumb = io.BytesIO()
    Image.new("RGB", (160, 120), (200, 50, 50)).save(thumb, "JPEG")
    return bytes(
        piexif.dump(
            {
                "0th": zeroth,
                "Exif": exif,
                "GPS": gps,
                "1st": {piexif.ImageIFD.Compression: 6},
                "thumbnail": thumb.getvalue(),
            }
        )
    )


def draw_face(draw: ImageDraw.ImageDraw, cx: float, cy: float, s: float) -> None:
    """A simple drawn face (hair, skin, eyes, brows, nose, mouth) that the detector finds."""
    draw.ellipse([cx - s * 0.55, cy - s * 0.85, cx + s * 0.55, cy + s * 0.2], fill=(60, 40, 30))
    draw.ellipse([cx - s * 0.45, cy - s * 0.6, cx + s * 0.45, cy + s * 0.6], fill=(224, 172, 140))
    for dx in (-0.18, 0.18):
        ex = cx + dx * s
        draw.ellipse(
            [ex - s * 0.09, cy - s * 0.17, ex + s * 0.09, cy - s * 0.05], fill=(250, 250, 250)
        )
        draw.ellipse(
            [ex - s * 0.045, cy - s * 0.155, ex + s * 0.045, cy - s * 0.065], fill=(40, 30, 20)
        )
        draw.line(
            [ex - s * 0.1, cy - s * 0.25, ex + s * 0.1, cy - s * 0.25],
            fill=(60, 40, 30),
            width=max(1, int(s * 0.03)),
        )
    draw.polygon(
        [(cx, cy - s * 0.05), (cx - s * 0.06, cy + s * 0.15), (cx + s * 0.06, cy + s * 0.15)],
        fill=(200, 140, 110),
    )
    draw.chord(
        [cx - s * 0.16, cy + s * 0.18, cx + s * 0.16, cy + s * 0.36], 0, 180, fill=(170, 60, 60)
    )


#: where the drawn faces are, as fractions of the photo (centre x, centre y, size)
FACES = ((0.21, 0.5, 0.24), (0.5, 0.5, 0.18))


def make_photo(
    path: Path,
    size: tuple[int, int] = (1200, 900),
    seed: int = 0,
    faces: bool = True,
    exif: bool = True,
) -> Path:
    """A JPEG with personal EXIF (GPS, camera, serial, name, thumbnail) and drawn faces."""
    width, height = size
    image = Image.new("RGB", size, (110 + seed * 13 % 90, 160, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 2 // 3, width, height], fill=(80, 140 + seed * 7 % 60, 70))
    if faces:
        for fx, fy, fs in FACES:
            cx, cy, s = fx * width, fy * height, fs * height
            draw.rectangle(
                [cx - s * 0.6, cy + s * 0.55, cx + s * 0.6, height],
                fill=(50 + seed * 40 % 150, 80, 160),
            )
            draw_face(draw, cx, cy, s)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    image.save(path, "JPEG", quality=88, exif=personal_exif() if exif else b"")
    return path


def make_test_album(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        make_photo(folder / f"Kamp_Sam_{i + 1}.jpg", seed=i)
    return folder
