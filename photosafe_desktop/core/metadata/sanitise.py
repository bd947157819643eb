"""Rebuild a photo from its pixels only and write it atomically as JPEG, PNG or WebP.

The steps, in order (:func:`clean_copy`): decode by content
(:func:`~photosafe_desktop.core.imaging.open_image` applies the EXIF orientation and
converts colour to sRGB through the embedded profile), run the optional ``transform`` (the
face engine obscures faces there, on the upright full-resolution image), downscale when
asked, wrap the pixels in a brand-new image object that carries no metadata at all, encode
and :func:`~.verify.verify_bytes` the result. Then (:func:`save_clean`) write it to a
temporary file in the target folder, give it its final name without ever replacing an
existing file (unless asked), and verify it again as read back from disk. The source file
is only ever read.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
from PIL import Image

from photosafe_desktop.core import filenames
from photosafe_desktop.core.faces.report import FaceReport
from photosafe_desktop.core.files import output_error, remove_quietly, write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.imaging import DecodedImage, open_image
from photosafe_desktop.core.metadata.verify import (
    EncodingMismatchError,
    VerificationError,
    VerificationResult,
    encoded_matches,
    verify_bytes,
)

OutputFormat = Literal["keep", "jpeg", "png", "webp"]
OUTPUT_FORMATS: tuple[str, ...] = ("keep", "jpeg", "png", "webp")

#: A hook run on the upright, sRGB, full-resolution image before it is encoded. It returns
#: the image to write and a small, JSON-friendly report (e.g. how many faces were hidden).
#: It must be picklable (a module-level function or a functools.partial) for batches.
Transform = Callable[[Image.Image], tuple[Image.Image, "TransformReport"]]
#: a face transform's :class:`~photosafe_desktop.core.faces.report.FaceReport`, or any
#: small JSON-friendly mapping
TransformReport = FaceReport | Mapping[str, Any]

#: file time given to outputs when ``reset_file_times`` is on: 1 January 2000, 12:00 UTC
NEUTRAL_FILE_TIME = 946_728_000

_EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "webp": ".webp"}
#: input formats (Pillow names) that we can write again in the same format
_KEEPABLE = {"JPEG": "jpeg", "MPO": "jpeg", "PNG": "png", "WEBP": "webp"}


@dataclass(frozen=True)
class SanitiseOptions:
    """How to write the clean copy. The defaults suit sharing with other parents."""

    format: OutputFormat = "keep"
    quality: int = 90  # JPEG and lossy WebP, 1..100
    max_side: int | None = None  # longest side in pixels after downscaling; None keeps size
    reset_file_times: bool = True  # give the file a neutral date instead of "now"
    overwrite: bool = False  # replace an existing file (never needed in normal use)

    def __post_init__(self) -> None:
        if self.format not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {self.format!r}")
        if not 1 <= self.quality <= 100:
            raise ValueError("quality must be between 1 and 100")
        if self.max_side is not None and self.max_side < 16:
            raise ValueError("max_side must be at least 16")


@dataclass(frozen=True)
class Note:
    """Something the user should know about a result (format changed, first frame only...)."""

    key: str
    message: Message

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.message.english(),
            "params": dict(self.message.params),
        }


@dataclass(frozen=True)
class SanitiseResult:
    """A clean copy that was written and verified."""

    source: Path
    output: Path
    input_format: str  # Pillow's name for what was read: JPEG, HEIF, PNG, ...
    output_format: str  # jpeg, png or webp
    size: tuple[int, int]  # of the written image
    verification: VerificationResult
    notes: tuple[Note, ...] = ()
    transform_report: TransformReport = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "input_format": self.input_format,
            "output_format": self.output_format,
            "width": self.size[0],
            "height": self.size[1],
            "verification": self.verification.to_json(),
            "notes": [n.to_json() for n in self.notes],
            "transform": report_json(self.transform_report),
        }


def report_json(report: TransformReport) -> dict[str, Any]:
    return report.to_json() if isinstance(report, FaceReport) else dict(report)


def _note(key: str, text: str, **params: Any) -> Note:
    return Note(key, Message("Findings", text, params))


def choose_format(input_format: str, has_alpha: bool, requested: OutputFormat) -> str:
    """The format to write: the requested one, or for ``keep`` the input's when we can
    write it, else JPEG (PNG when the image has transparency)."""
    if requested != "keep":
        return requested
    kept = _KEEPABLE.get(input_format)
    if kept is not None:
        return kept
    return "png" if has_alpha else "jpeg"


def extension_for(output_format: str) -> str:
    return _EXTENSIONS[output_format]


def neutral_name(index: int, output_format: str, prefix: str = "album") -> str:
    """``album-001.jpg`` for index 1: a name that says nothing about who is in the photo."""
    return f"{prefix}-{index:03d}{_EXTENSIONS[output_format]}"


def safe_stem(stem: str) -> str:
    """A file-name stem valid on every system (see :mod:`photosafe_desktop.core.filenames`)."""
    return filenames.safe_stem(stem)


def prepare_pixels(decoded: DecodedImage, output_format: str) -> tuple[Image.Image, list[Note]]:
    """Notes about what decoding did, and pixels in a mode the output format can hold."""
    notes: list[Note] = []
    image = decoded.image
    if decoded.is_animated and decoded.format == "MPO":
        notes.append(
            _note(
                "extra_images_removed",
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "The extra images stored with this photo (previews, depth or brightness "
                    "maps) were left out.",
                ),
            )
        )
    elif decoded.is_animated:
        notes.append(
            _note(
                "first_frame_only",
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "This was an animation of {count} frames; only the first frame was kept.",
                ),
                count=decoded.frame_count,
            )
        )
    if decoded.converted_from_icc:
        notes.append(
            _note(
                "colour_converted",
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "The colours were converted to standard sRGB so they look the same "
                    "without the colour profile.",
                ),
            )
        )
    if decoded.orientation != 1:
        notes.append(
            _note(
                "rotated",
                QT_TRANSLATE_NOOP(
                    "Findings", "The photo was turned upright, as a photo viewer shows it."
                ),
            )
        )
    if image.mode == "RGBA" and output_format == "jpeg":
        lowest_alpha = image.getchannel("A").getextrema()[0]
        if isinstance(lowest_alpha, (int, float)) and lowest_alpha < 255:
            notes.append(
                _note(
                    "transparency_removed",
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "JPEG cannot store transparency; transparent parts were made white.",
                    ),
                )
            )
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    return image, notes


def downscale(image: Image.Image, max_side: int | None) -> Image.Image:
    if max_side is None or max(image.size) <= max_side:
        return image
    w, h = image.size
    scale = max_side / max(w, h)
    target = (max(1, round(w * scale)), max(1, round(h * scale)))
    return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)


def rebuild(image: Image.Image) -> Image.Image:
    """A brand-new image object holding only ``image``'s pixels: no info, EXIF or profile.

    The new object wraps the same pixel buffer (no copy of a 12-megapixel image); nothing
    but the pixels, their mode and size is carried over.
    """
    mode = image.mode if image.mode in ("RGB", "RGBA") else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    image.load()
    if mode == "RGBA":
        image = clear_hidden_colour(image)
    try:
        fresh = image._new(image.im)
    except AttributeError:  # pragma: no cover - a Pillow without _new: copy the bytes
        fresh = Image.frombytes(mode, image.size, image.tobytes())
    fresh.info = {}
    fresh.encoderinfo = {}
    return fresh


def clear_hidden_colour(image: Image.Image) -> Image.Image:
    """Fully transparent pixels keep no colour: text "erased" to transparency must not come
    back when someone makes the picture opaque again."""
    pixels = np.asarray(image)
    hidden = pixels[:, :, 3] == 0
    if not hidden.any() or not pixels[hidden, :3].any():
        return image
    pixels = pixels.copy()
    pixels[hidden, :3] = 0
    return Image.fromarray(pixels, "RGBA")


def encode(image: Image.Image, output_format: str, quality: int) -> bytes:
    """Encode ``image`` passing nothing but pixels and compression settings."""
    buffer = io.BytesIO()
    if output_format == "jpeg":
        image.save(buffer, "JPEG", quality=quality, exif=b"", icc_profile=None, comment=b"")
    elif output_format == "png":
        image.save(buffer, "PNG", compress_level=6)
    elif output_format == "webp":
        image.save(buffer, "WEBP", quality=quality, method=4, exif=b"", xmp=b"", icc_profile="")
    else:  # pragma: no cover - guarded by choose_format
        raise ValueError(output_format)
    return buffer.getvalue()


def write_photo(
    data: bytes,
    target: Path,
    *,
    overwrite: bool = False,
    find_free_name: bool = True,
    file_time: int | None = None,
) -> Path:
    """:func:`~photosafe_desktop.core.files.write_atomically`, failures as :class:`OutputError`.

    Without ``overwrite`` an existing file is never replaced: with ``find_free_name`` the
    next free name (``name-2.jpg``) is used, else :class:`OutputError` ``exists`` is raised.
    """
    try:
        return write_atomically(
            data,
            target,
            overwrite=overwrite,
            find_free_name=find_free_name,
            file_time=file_time,
            mode=0o644,  # a photo to share is not private to this user
        )
    except OSError as exc:
        raise output_error(exc) from exc


@dataclass(frozen=True)
class CleanImage:
    """A clean, verified encoding held in memory, not yet written (see :func:`clean_copy`)."""

    data: bytes = field(repr=False)
    input_format: str
    output_format: str
    size: tuple[int, int]
    notes: tuple[Note, ...] = ()
    transform_report: TransformReport = field(default_factory=dict)


def clean_copy(
    source: Path | str | bytes,
    options: SanitiseOptions | None = None,
    *,
    transform: Transform | None = None,
) -> CleanImage:
    """Decode, turn upright, convert to sRGB, transform, downscale, rebuild and encode
    ``source``; the result is verified but nothing is written. Batches run this in worker
    processes, so a worker that dies never leaves a file behind."""
    options = options or SanitiseOptions()
    decoded = open_image(source)
    output_format = choose_format(decoded.format, decoded.image.mode == "RGBA", options.format)
    image, notes = prepare_pixels(decoded, output_format)
    decoded_format = decoded.format
    del decoded  # the original pixels are not needed any more
    if options.format == "keep" and decoded_format not in _KEEPABLE:
        notes.insert(
            0,
            _note(
                "format_changed",
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "This {input} file was saved as {output}, which every device can open.",
                ),
                input=_format_label(decoded_format),
                output=output_format.upper(),
            ),
        )
    report: TransformReport = {}
    if transform is not None:
        image, report = transform(image)
        if output_format == "jpeg" and image.mode == "RGBA":
            image, _ = prepare_pixels(_plain(image), output_format)
    before = image.size
    image = downscale(image, options.max_side)
    if image.size != before:
        notes.append(
            _note(
                "downscaled",
                QT_TRANSLATE_NOOP(
                    "Findings", "The photo was made smaller: {width} × {height} pixels."
                ),
                width=image.size[0],
                height=image.size[1],
            )
        )
    clean = rebuild(image)
    del image
    data = encode(clean, output_format, options.quality)
    check = verify_bytes(data)
    if not check.ok:
        raise VerificationError(check)
    if transform is not None and output_format == "jpeg" and not encoded_matches(data, clean):
        # the pixels the transform checked (faces hidden, verified) are the file's
        raise EncodingMismatchError()
    return CleanImage(data, decoded_format, output_format, clean.size, tuple(notes), report)


def save_clean(
    clean: CleanImage,
    source: Path | str,
    out_dir: Path | str,
    options: SanitiseOptions | None = None,
    *,
    name: str | None = None,
) -> SanitiseResult:
    """Write ``clean`` atomically into ``out_dir`` (never over ``source`` or an existing
    file unless ``options.overwrite``), re-read it from disk and verify it again."""
    options = options or SanitiseOptions()
    source = Path(source)
    extension = extension_for(clean.output_format)
    stem = safe_stem(name if name is not None else source.stem)
    stem = filenames.fit_path(os.path.abspath(out_dir), stem, extension)  # MAX_PATH on Windows
    target = Path(out_dir) / f"{stem}{extension}"
    if _same_file(source, target) and not options.overwrite:
        target = target.with_name(f"{stem}-clean{target.suffix}")
    written = write_photo(
        clean.data,
        target,
        overwrite=options.overwrite,
        file_time=NEUTRAL_FILE_TIME if options.reset_file_times else None,
    )
    # re-read what is on disk, independently of the bytes we meant to write
    on_disk = verify_bytes(written.read_bytes())
    if not on_disk.ok:
        remove_quietly(written)
        raise VerificationError(on_disk)
    return SanitiseResult(
        source=source,
        output=written,
        input_format=clean.input_format,
        output_format=clean.output_format,
        size=clean.size,
        verification=on_disk,
        notes=clean.notes,
        transform_report=clean.transform_report,
    )


def sanitise(
    source: Path | str,
    out_dir: Path | str,
    options: SanitiseOptions | None = None,
    *,
    name: str | None = None,
    transform: Transform | None = None,
) -> SanitiseResult:
    """Write a clean, verified copy of ``source`` into ``out_dir`` and describe it.

    ``name`` is the output file's stem (default: the source's stem; e.g. ``"album-001"``
    for neutral names); the extension follows the output format. Raises
    :class:`~photosafe_desktop.core.errors.UnreadableImageError` for files that cannot be
    read, :class:`OutputError` when writing fails and :class:`VerificationError` when the
    result is not clean (nothing is left behind in any case).
    """
    clean = clean_copy(Path(source), options, transform=transform)
    return save_clean(clean, source, out_dir, options, name=name)


def _plain(image: Image.Image) -> DecodedImage:
    return DecodedImage(image, "", image.size, 1, 1, image.mode, False, False)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _format_label(pillow_format: str) -> str:
    return {"HEIF": "HEIC", "MPO": "JPEG"}.get(pillow_format, pillow_format)


__all__ = [
    "NEUTRAL_FILE_TIME",
    "CleanImage",
    "clean_copy",
    "save_clean",
    "OUTPUT_FORMATS",
    "Note",
    "OutputFormat",
    "SanitiseOptions",
    "SanitiseResult",
    "Transform",
    "choose_format",
    "extension_for",
    "neutral_name",
    "sanitise",
    "write_photo",
]
