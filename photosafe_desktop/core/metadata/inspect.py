"""Find everything in a photo file that could identify a child, a family or a place.

``inspect`` reads metadata only (no pixels are decoded) through Pillow and through our own
container parsers, so it also sees what Pillow hides: data after the end of the image,
Photoshop thumbnails, content credentials, extra images. Each :class:`Finding` has a
stable machine ``key``, a :class:`Risk` group, a :class:`Severity`, a translatable
``label`` (context ``Findings``) and a plain ``value``.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.imaging import MAX_PIXELS, register_plugins
from photosafe_desktop.core.metadata import containers
from photosafe_desktop.core.metadata.findings import (
    FINDINGS,
    Collector,
    Finding,
    InspectReport,
    Risk,
    Severity,
)
from photosafe_desktop.core.metadata.readers import from_pillow, xmp_properties
from photosafe_desktop.core.metadata.walk import from_file_name, from_structure


def _read(source: Path | str | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        from photosafe_desktop.core.safe_files import read_photo_file

        data = read_photo_file(source)  # a regular file of sane size, or a clear refusal
    if not data:
        raise UnreadableImageError(
            "empty_file", QT_TRANSLATE_NOOP("Errors", "This file is empty (0 bytes).")
        )
    return data


def inspect(source: Path | str | bytes, *, file_name: str | None = None) -> InspectReport:
    """Describe what ``source`` (a path or the bytes of a file) reveals beyond its pixels.

    ``file_name`` is checked for names and dates; by default the source path's name.
    Raises :class:`UnreadableImageError` for files that are not images we can read.
    """
    register_plugins()
    data = _read(source)
    if file_name is None and not isinstance(source, bytes):
        file_name = Path(source).name
    structure = containers.parse(data)
    with warnings.catch_warnings():
        # Pillow warns about damaged metadata it skips; we report what we can read
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return _inspect(data, structure, file_name)


def _inspect(data: bytes, structure: containers.Structure, file_name: str | None) -> InspectReport:
    found = Collector()
    try:
        img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large() from exc
    except UnidentifiedImageError as exc:
        raise UnreadableImageError(
            "not_an_image",
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not a photo PhotoSafe can read, or it is damaged."
            ),
        ) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise UnreadableImageError(
            "damaged",
            QT_TRANSLATE_NOOP("Errors", "This photo is damaged or incomplete and cannot be read."),
        ) from exc
    with img:
        width, height = img.size
        if width * height > MAX_PIXELS:
            raise _too_large()
        fmt = img.format or "UNKNOWN"
        try:
            frames = int(getattr(img, "n_frames", 1) or 1)
        except Exception:  # noqa: BLE001 - counting frames of a broken animation
            frames = 1
        try:
            from_pillow(img, found)
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - hostile metadata: say so, keep going
            found.add("hidden_data.damaged")
    try:
        from_structure(structure, data, found)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001
        found.add("hidden_data.damaged")
    if structure.container in ("jpeg", "png", "riff") and not structure.complete:
        found.add("hidden_data.damaged")
    if frames > 1 and fmt == "MPO":
        found.add("previews.extra_images", frames - 1)
    elif frames > 1:
        found.add("image.animation", frames)
    if file_name:
        from_file_name(file_name, found)
    return InspectReport(fmt, structure.container, (width, height), frames, found.findings())


def _too_large() -> UnreadableImageError:
    return UnreadableImageError(
        "too_large",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This image is far too large to be a photo ({limit} megapixels at most); "
            "it was not opened, to protect your computer.",
        ),
        limit=MAX_PIXELS // 1_000_000,
    )


__all__ = [
    "FINDINGS",
    "Finding",
    "InspectReport",
    "Risk",
    "Severity",
    "inspect",
    "xmp_properties",
]
