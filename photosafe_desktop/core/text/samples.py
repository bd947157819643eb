"""Generated text for self-tests and ``benchmarks/text.py``: name tags, shirt prints, signs
and Belgian number plates drawn onto a photo, with where each line of text ended up.

Every element has one line of text; :class:`PlacedText` gives its ink as the rotated
rectangle (four corners, upright-photo pixels) and the cap height it was drawn at.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from photosafe_desktop.core.resources import resource_path

KINDS = ("name_tag", "shirt", "sign", "plate")

WORDS = {
    "name_tag": ("Lotte", "Sam Peeters", "Noor", "Jules V.", "Emma De Smet", "Lucas", "Fien"),
    "shirt": ("CHIRO SINT-JAN", "KSA GENT", "Scouts Leuven", "JEUGDKAMP 2026", "KLJ Lier"),
    "sign": ("Sint-Jansschool", "Kerkstraat 12", "Ecole Sainte-Marie", "Jeugdlokaal", "Rue Haute"),
    "plate": ("1-ABC-234", "2-XKP-917", "1-GHT-005", "1-VBN-448"),
}


def default_fonts() -> list[Path]:
    """The bundled DejaVu fonts (always there)."""
    folder = resource_path("fonts")
    return [folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"]


@dataclass(frozen=True)
class PlacedText:
    kind: str
    text: str
    cap_px: float
    angle: float
    corners: tuple[tuple[float, float], ...]  # the ink's rotated rectangle

    @property
    def box(self) -> tuple[int, int, int, int]:
        xs = [c[0] for c in self.corners]
        ys = [c[1] for c in self.corners]
        return (
            math.floor(min(xs)),
            math.floor(min(ys)),
            math.ceil(max(xs)),
            math.ceil(max(ys)),
        )


def font_for_cap(path: Path, cap_px: float) -> ImageFont.FreeTypeFont:
    """``path`` at the size whose capital H is ``cap_px`` pixels high."""
    probe = ImageFont.truetype(str(path), 100)
    left, top, right, bottom = probe.getbbox("H")
    size = max(4, round(100 * cap_px / max(1, bottom - top)))
    return ImageFont.truetype(str(path), size)


def _element(
    kind: str,
    text: str,
    font: ImageFont.FreeTypeFont,
    rng: random.Random,
    background: float = 128.0,
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The element as an RGBA picture, and its ink box inside it."""
    left, top, right, bottom = (round(v) for v in font.getbbox(text))
    ink_w, ink_h = right - left, bottom - top
    pad = max(2, round(ink_h * (0.6 if kind != "shirt" else 0.3)))
    width, height = ink_w + 2 * pad, ink_h + 2 * pad
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if kind == "name_tag":
        back = rng.choice([(255, 255, 255), (255, 236, 120), (200, 230, 255)])
        ink: tuple[int, int, int] = rng.choice([(20, 20, 20), (20, 40, 140), (160, 20, 20)])
        draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=pad, fill=(*back, 255))
    elif kind == "sign":
        back = rng.choice([(20, 60, 150), (20, 110, 60), (240, 240, 235)])
        ink = (255, 255, 255) if back != (240, 240, 235) else (30, 30, 30)
        draw.rectangle((0, 0, width - 1, height - 1), fill=(*back, 255))
    elif kind == "plate":
        red = (170, 20, 30)
        ink = red
        draw.rectangle((0, 0, width - 1, height - 1), fill=(250, 250, 250, 255))
        border = max(1, round(ink_h * 0.08))
        draw.rectangle((0, 0, width - 1, height - 1), outline=(*red, 255), width=border)
    else:  # shirt print: ink straight on the fabric (photo), readable against it
        light = [(255, 255, 255), (250, 210, 30)]
        dark = [(20, 20, 20), (20, 40, 140)]
        ink = rng.choice(light if background < 128 else dark)
    draw.text((pad - left, pad - top), text, font=font, fill=(*ink, 255))
    return layer, (pad, pad, pad + ink_w, pad + ink_h)


def draw_text_element(
    photo: Image.Image,
    kind: str,
    text: str,
    font_path: Path,
    cap_px: float,
    angle: float,
    position: tuple[int, int],
    rng: random.Random | None = None,
) -> PlacedText:
    """Draw one element onto ``photo`` (in place) with its top-left corner at ``position``
    (of the rotated element's bounding box); ``angle`` in degrees, counter-clockwise."""
    rng = rng or random.Random(0)
    font = font_for_cap(font_path, cap_px)
    layer, _ink = _element(kind, text, font, random.Random(0))  # its size
    under = photo.convert("L").crop(
        (position[0], position[1], position[0] + layer.width, position[1] + layer.height)
    )
    background = float(np.asarray(under, dtype=np.float32).mean()) if under.width else 128.0
    layer, (ix0, iy0, ix1, iy1) = _element(kind, text, font, rng, background)
    rotated = layer.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    photo.paste(rotated, position, rotated)
    # where the ink corners went: PIL rotates about the centre, counter-clockwise on screen
    cx, cy = layer.width / 2, layer.height / 2
    ncx, ncy = rotated.width / 2, rotated.height / 2
    rad = math.radians(angle)
    corners = []
    for x, y in ((ix0, iy0), (ix1, iy0), (ix1, iy1), (ix0, iy1)):
        dx, dy = x - cx, y - cy
        rx = dx * math.cos(rad) + dy * math.sin(rad)
        ry = -dx * math.sin(rad) + dy * math.cos(rad)
        corners.append((position[0] + ncx + rx, position[1] + ncy + ry))
    return PlacedText(kind, text, cap_px, angle, tuple(corners))


def element_size(
    kind: str, text: str, font_path: Path, cap_px: float, angle: float
) -> tuple[int, int]:
    """The size of the rotated element :func:`draw_text_element` would draw."""
    font = font_for_cap(font_path, cap_px)
    layer, _ink = _element(kind, text, font, random.Random(0))
    rad = math.radians(angle)
    width = abs(layer.width * math.cos(rad)) + abs(layer.height * math.sin(rad))
    height = abs(layer.width * math.sin(rad)) + abs(layer.height * math.cos(rad))
    return math.ceil(width) + 2, math.ceil(height) + 2


def scatter_text(
    photo: Image.Image,
    count: int,
    *,
    caps: tuple[float, ...] = (12, 16, 24, 36, 56, 80),
    angles: tuple[float, ...] = (0, 0, 8, -8, 20, -20),
    fonts: list[Path] | None = None,
    seed: int = 0,
) -> list[PlacedText]:
    """Draw up to ``count`` elements at random free places of ``photo`` (in place)."""
    rng = random.Random(seed)
    fonts = fonts or default_fonts()
    taken: list[tuple[int, int, int, int]] = []
    placed: list[PlacedText] = []
    for _ in range(count * 20):
        if len(placed) >= count:
            break
        kind = rng.choice(KINDS)
        text = rng.choice(WORDS[kind])
        cap = rng.choice(caps)
        angle = rng.choice(angles)
        font = rng.choice(fonts)
        width, height = element_size(kind, text, font, cap, angle)
        if width >= photo.width - 4 or height >= photo.height - 4:
            continue
        x = rng.randrange(2, photo.width - width - 2)
        y = rng.randrange(2, photo.height - height - 2)
        margin = 8
        box = (x - margin, y - margin, x + width + margin, y + height + margin)
        if any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
            continue
        taken.append(box)
        placed.append(draw_text_element(photo, kind, text, font, cap, angle, (x, y), rng))
    return placed


__all__ = [
    "KINDS",
    "WORDS",
    "PlacedText",
    "default_fonts",
    "draw_text_element",
    "element_size",
    "font_for_cap",
    "scatter_text",
]
