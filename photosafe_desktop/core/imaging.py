"""Open any supported photo safely and hand out its pixels as the viewer shows them.

- The format is found from the content, never from the extension.
- Decompression bombs are refused before any pixel is decoded.
- Corrupt, truncated or foreign files raise :class:`UnreadableImageError` with a plain message.
- The EXIF orientation is applied to the pixels; colours are converted to sRGB through the
  embedded ICC profile; the result is 8-bit ``RGB`` or ``RGBA``.
"""

from __future__ import annotations

import io
import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageCms, UnidentifiedImageError

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.safe_files import file_access_error

log = logging.getLogger(__name__)

#: Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would
#: exhaust memory on a laptop (RGBA at this size is ~2.4 GB).
MAX_PIXELS = 600_000_000

_HEIF_REGISTERED = False


def register_plugins() -> None:
    """Teach Pillow HEIC/HEIF/AVIF through pillow-heif (once)."""
    global _HEIF_REGISTERED
    if _HEIF_REGISTERED:
        return
    # Pillow refuses images above twice its own (low) limit while opening; we use ours,
    # checked in _decode before any pixel is decoded.
    if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < MAX_PIXELS:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
        if (
            hasattr(pillow_heif, "register_avif_opener")
            and "AVIF" not in Image.registered_extensions().values()
        ):
            try:
                pillow_heif.register_avif_opener()
            except Exception:  # noqa: BLE001 - AVIF is optional
                pass
    except ImportError:  # pragma: no cover - a dependency, but keep going without it
        log.warning("pillow-heif is not installed: HEIC photos cannot be read")
    _HEIF_REGISTERED = True


@dataclass
class DecodedImage:
    """Pixels ready to show or process, plus what we learnt while decoding."""

    image: Image.Image  # RGB or RGBA, 8 bit, orientation applied, sRGB
    format: str  # Pillow's format name from the content: JPEG, PNG, HEIF, WEBP, ...
    stored_size: tuple[int, int]  # width, height as stored (before orientation)
    orientation: int  # EXIF orientation that was applied (1 = none)
    frame_count: int  # >1 for animations (only the first frame is used)
    source_mode: str  # Pillow mode as stored (e.g. CMYK, P, I;16)
    had_icc_profile: bool
    converted_from_icc: bool

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    @property
    def is_animated(self) -> bool:
        return self.frame_count > 1


def _unreadable(code: str, text: str, **params: Any) -> UnreadableImageError:
    return UnreadableImageError(code, text, **params)


def open_image(source: Path | str | bytes, *, max_pixels: int = MAX_PIXELS) -> DecodedImage:
    """Decode ``source`` (a path or the bytes of a file) into a :class:`DecodedImage`."""
    register_plugins()
    if isinstance(source, bytes):
        stream: Any = io.BytesIO(source)
        if not source:
            raise _unreadable(
                "empty_file", QT_TRANSLATE_NOOP("Errors", "This file is empty (0 bytes).")
            )
    else:
        from photosafe_desktop.core.safe_files import open_photo_file

        # only a regular file of sane size: never /dev/zero, a FIFO or a link loop
        stream = open_photo_file(source)
        if os.fstat(stream.fileno()).st_size == 0:
            stream.close()
            raise _unreadable(
                "empty_file", QT_TRANSLATE_NOOP("Errors", "This file is empty (0 bytes).")
            )
    try:
        return _decode(stream, max_pixels)
    finally:
        stream.close()


def _decode(stream: Any, max_pixels: int) -> DecodedImage:
    # Pillow warns (UserWarning) about damaged metadata it skips; we drop metadata anyway.
    # A decompression-bomb warning, on the other hand, must stop us.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return _decode_quietly(stream, max_pixels)


def _decode_quietly(stream: Any, max_pixels: int) -> DecodedImage:
    try:
        img = Image.open(stream)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large() from exc
    except UnidentifiedImageError as exc:
        raise _unreadable(
            "not_an_image",
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not a photo PhotoSafe can read, or it is damaged."
            ),
        ) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise _damaged() from exc
    width, height = img.size
    if width <= 0 or height <= 0:
        raise _damaged()
    if width * height > max_pixels:
        raise _too_large()
    fmt = img.format or "UNKNOWN"
    try:
        frame_count = int(getattr(img, "n_frames", 1) or 1)
    except Exception:  # noqa: BLE001 - a broken animation: still try the first frame
        frame_count = 1
    source_mode = img.mode
    try:
        exif = img.getexif()
        orientation = int(exif.get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - broken EXIF must not stop the photo
        orientation = 1
    if orientation not in range(1, 9):
        orientation = 1
    icc = img.info.get("icc_profile")
    try:
        img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large() from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - truncated or corrupt pixel data
        raise _damaged() from exc

    converted = False
    try:
        pixels = _to_8bit(img)
        if icc:
            pixels, converted = _to_srgb(pixels, icc, source_mode)
        pixels = _normalise_mode(pixels)
        if orientation != 1:
            pixels = apply_orientation(pixels, orientation)
    except (OSError, ValueError) as exc:
        raise _damaged() from exc
    return DecodedImage(
        image=pixels,
        format=fmt,
        stored_size=(width, height),
        orientation=orientation,
        frame_count=frame_count,
        source_mode=source_mode,
        had_icc_profile=bool(icc),
        converted_from_icc=converted,
    )


def _too_large() -> UnreadableImageError:
    return _unreadable(
        "too_large",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This image is far too large to be a photo ({limit} megapixels at most); "
            "it was not opened, to protect your computer.",
        ),
        limit=MAX_PIXELS // 1_000_000,
    )


def _damaged() -> UnreadableImageError:
    return _unreadable(
        "damaged",
        QT_TRANSLATE_NOOP("Errors", "This photo is damaged or incomplete and cannot be read."),
    )


def _to_8bit(img: Image.Image) -> Image.Image:
    """Bring high-bit-depth and odd modes to an 8-bit mode Pillow can convert further."""
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        arr = np.asarray(img, dtype=np.uint32)
        maximum = 65535 if mode.startswith("I;16") or arr.max(initial=0) > 255 else 255
        arr8 = (arr.astype(np.float64) * (255.0 / maximum) + 0.5).clip(0, 255).astype(np.uint8)
        return Image.fromarray(arr8, "L")
    if mode == "F":
        arr = np.asarray(img, dtype=np.float64)
        top = float(arr.max(initial=1.0)) or 1.0
        scale = 255.0 if top <= 1.0 else 255.0 / top
        return Image.fromarray((arr * scale).clip(0, 255).astype(np.uint8), "L")
    if mode in ("RGB;16", "RGBA;16"):
        return img.convert(mode.split(";")[0])
    return img


def _to_srgb(img: Image.Image, icc: bytes, source_mode: str) -> tuple[Image.Image, bool]:
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):
        return img, False
    if _is_srgb(src) and img.mode in ("RGB", "RGBA"):
        return img, False  # already sRGB: converting would only cost time
    dst = ImageCms.createProfile("sRGB")
    mode = img.mode
    if mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
        mode = img.mode
    if mode in ("L", "LA"):
        # grey photos: the profile hardly matters; keep them grey
        return img, False
    out_mode = "RGBA" if mode in ("RGBA", "LA", "PA") else "RGB"
    try:
        if mode == "RGBA":
            converted = ImageCms.profileToProfile(img, src, dst, outputMode="RGBA")
        else:
            converted = ImageCms.profileToProfile(img, src, dst, outputMode=out_mode)
    except (ImageCms.PyCMSError, ValueError, OSError):
        return img, False
    if converted is None:  # pragma: no cover - only with inPlace=True
        return img, False
    return converted, True


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    """A profile that calls itself sRGB (``sRGB IEC61966-2.1``, ``GIMP built-in sRGB``...)."""
    try:
        description = ImageCms.getProfileDescription(profile)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return False
    return "srgb" in description.lower().replace(" ", "")


def _normalise_mode(img: Image.Image) -> Image.Image:
    mode = img.mode
    if mode in ("RGB", "RGBA"):
        return img
    has_alpha = mode in ("LA", "PA", "RGBa", "La") or (
        mode in ("P", "L", "RGB", "1") and "transparency" in img.info
    )
    if has_alpha:
        return img.convert("RGBA")
    return img.convert("RGB")


def apply_orientation(img: Image.Image, orientation: int) -> Image.Image:
    """Turn/flip pixels as EXIF ``orientation`` (1-8) says, so they look as a viewer shows them."""
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    if method is None:
        return img
    return img.transpose(method)


__all__ = [
    "MAX_PIXELS",
    "DecodedImage",
    "apply_orientation",
    "file_access_error",
    "open_image",
    "register_plugins",
]
