"""PDQ perceptual hashes (Meta's open algorithm, through the ``pdqhash`` package).

A PDQ hash is 256 bits computed from a photo's overall light and dark structure; two copies
of the same photo (re-compressed, resized) differ by a few bits, unrelated photos by about
half of them (~128). :data:`MATCH_THRESHOLD` is the distance the PDQ authors suggest for a
match. The hash describes the whole picture, not a face: nothing here detects or describes
a person.

A single PDQ hash does not survive cropping: on the shared face corpus, a copy scaled to
80 % and re-compressed at quality 60 after trimming 2 % of its width and height still
matched 3-93 % of the time (depending on where the 2 % came off), 5 % or 10 % never. So
each published copy is also hashed in crop windows (:data:`REGISTER_MARGINS` trimmed from
each side: 81 windows), and a found copy in its own slightly trimmed windows
(:data:`QUERY_MARGINS`: 81 more); the closest pair decides. Together they cover any crop of
up to about 11 % per side to within 1 % of a window. ``benchmarks/origin_crops.py`` measures
it (crops of 2, 5 and 10 %, and no false match between unrelated corpus photos).

Every image is reduced to fit 512 x 512 pixels before hashing (the PDQ authors' advice for
speed), the same way for the register and for a found copy, so the two are comparable.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.imaging import register_plugins

#: at most this many differing bits (of 256) counts as the same photo
MATCH_THRESHOLD = 31
HASH_SIDE = 512
#: fractions trimmed from each side (left, top, right, bottom) for a registered copy's windows
REGISTER_MARGINS = (0.0, 0.05, 0.10)
#: fractions trimmed from each side of a found copy before it is compared with the windows
QUERY_MARGINS = (0.0, 0.017, 0.034)
#: windows are cut from the picture reduced to this size and hashed at WINDOW_SIDE squared
WINDOW_BASE = 256
WINDOW_SIDE = 64
HASH_BYTES = 32


@dataclass(frozen=True)
class PdqHash:
    bits: bytes  # 32 bytes, most significant bit first
    quality: int  # 0..100: how much structure the photo has (flat images hash badly)

    @property
    def hex(self) -> str:
        return self.bits.hex()


def pdq_of_image(image: Image.Image) -> PdqHash:
    import pdqhash  # compiled extension: imported only when needed

    small = image.convert("RGB")
    if max(small.size) > HASH_SIDE:
        small = small.copy()
        small.thumbnail((HASH_SIDE, HASH_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    vector, quality = pdqhash.compute(np.ascontiguousarray(np.asarray(small, dtype=np.uint8)))
    return PdqHash(np.packbits(np.asarray(vector, dtype=np.uint8)).tobytes(), int(quality))


def window_hashes(image: Image.Image, margins: Sequence[float]) -> bytes:
    """PDQ hashes of ``image`` cropped by every combination of ``margins`` per side.

    Returns the hashes concatenated (:data:`HASH_BYTES` each, in ``itertools.product``
    order over left, top, right, bottom). Every window is reduced to the same small square
    first, so hashes made from different sizes of the same picture are comparable.
    """
    import pdqhash

    base = image.convert("RGB")
    if max(base.size) > WINDOW_BASE:
        base = base.copy()
        base.thumbnail((WINDOW_BASE, WINDOW_BASE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    w, h = base.size
    out = bytearray()
    for left, top, right, bottom in itertools.product(margins, repeat=4):
        box = (round(w * left), round(h * top), w - round(w * right), h - round(h * bottom))
        window = base.crop(box).resize(
            (WINDOW_SIDE, WINDOW_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0
        )
        vector, _quality = pdqhash.compute(np.ascontiguousarray(np.asarray(window, np.uint8)))
        out += np.packbits(np.asarray(vector, dtype=np.uint8)).tobytes()
    return bytes(out)


_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint16)


def closest_windows(query: bytes, windows: Sequence[bytes]) -> list[int]:
    """For each entry of ``windows`` (concatenated hashes of one copy), the smallest PDQ
    distance between any of its hashes and any hash in ``query``; 257 when one is empty."""
    if not query:
        return [257] * len(windows)
    q = np.frombuffer(query, np.uint8).reshape(-1, HASH_BYTES)
    result: list[int] = []
    for blob in windows:
        if not blob:
            result.append(257)
            continue
        w = np.frombuffer(blob, np.uint8).reshape(-1, HASH_BYTES)
        distances = _POPCOUNT[q[:, None, :] ^ w[None, :, :]].sum(axis=-1)
        result.append(int(distances.min()))
    return result


def open_for_hash(path: Path) -> Image.Image:
    """The upright picture of ``path``, decoded at reduced size where the format allows."""
    register_plugins()
    try:
        with Image.open(path) as opened:
            opened.draft("RGB", (HASH_SIDE * 2, HASH_SIDE * 2))
            upright = ImageOps.exif_transpose(opened)
            return upright.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadableImageError(
            "unreadable",
            QT_TRANSLATE_NOOP("Errors", "This file could not be read as a photo."),
        ) from exc


def pdq_of_file(path: Path) -> PdqHash:
    return pdq_of_image(open_for_hash(path))


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def hamming(a: bytes, b: bytes) -> int:
    """Differing bits between two hashes of the same length."""
    return int.from_bytes(bytes(x ^ y for x, y in zip(a, b, strict=True)), "big").bit_count()


__all__ = [
    "HASH_BYTES",
    "HASH_SIDE",
    "QUERY_MARGINS",
    "REGISTER_MARGINS",
    "closest_windows",
    "window_hashes",
    "MATCH_THRESHOLD",
    "PdqHash",
    "hamming",
    "open_for_hash",
    "pdq_of_file",
    "pdq_of_image",
    "sha256_of_file",
]
