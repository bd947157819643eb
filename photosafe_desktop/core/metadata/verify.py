"""Re-read a written file on its own and check that it holds nothing but the image.

``verify`` does not trust the code that wrote the file: it parses the container again
(:mod:`.jpeg`, :mod:`.png`, :mod:`.riff`) and accepts only an allow-list of structural
blocks, then asks Pillow, as a second opinion, whether it sees any metadata.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.metadata import containers, jpeg, riff

#: JPEG segments that hold only what a decoder needs
JPEG_ALLOWED = frozenset(
    {"SOI", "DQT", "DHT", "DRI", "SOF0", "SOF1", "SOF2", "SOS", "SCAN", "EOI"}
    | {f"RST{i}" for i in range(8)}
)
#: PNG chunks that hold only what a decoder needs (no text, time, exif, colour profile)
PNG_ALLOWED = frozenset({"IHDR", "PLTE", "tRNS", "IDAT", "IEND"})
#: WebP chunks that hold only what a decoder needs (no EXIF, XMP, ICCP, animation)
WEBP_ALLOWED = frozenset({"VP8 ", "VP8L", "VP8X", "ALPH"})
#: keys Pillow may report that are not metadata
PILLOW_INFO_ALLOWED = frozenset(
    {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression"}
    | {"transparency", "loop", "duration", "background", "lossless"}
)


@dataclass(frozen=True)
class VerificationResult:
    """The outcome of :func:`verify`: ``ok`` and, when not, what was found (machine words)."""

    ok: bool
    container: str
    blocks: tuple[str, ...]
    problems: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "container": self.container,
            "blocks": list(self.blocks),
            "problems": list(self.problems),
        }


class VerificationError(PhotoSafeError):
    """A written file still holds data besides the image: it was not kept."""

    def __init__(self, result: VerificationResult) -> None:
        super().__init__(
            "verification_failed",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The check after saving found hidden data in the new file, so it was not "
                "kept. Please report this problem.",
            ),
        )
        self.result = result


def _check_jpeg(structure: containers.Structure, problems: list[str]) -> None:
    jfif_seen = False
    for block in structure.blocks:
        if block.name in JPEG_ALLOWED:
            continue
        if block.name == "APP0" and jpeg.app_kind(block) == "jfif" and not jfif_seen:
            # JFIF\0, version (2), units (1), density (4), thumbnail width/height (1+1)
            if len(block.data) == 14 and block.data[12:14] == b"\x00\x00":
                jfif_seen = True
                continue
            problems.append("jpeg:APP0-JFIF-thumbnail")
            continue
        detail = jpeg.app_kind(block) if block.name.startswith("APP") else ""
        problems.append(f"jpeg:{block.name}" + (f"-{detail}" if detail else ""))


def _check_png(structure: containers.Structure, problems: list[str]) -> None:
    for block in structure.blocks:
        if block.name not in PNG_ALLOWED:
            problems.append(f"png:{block.name}")


def _check_webp(structure: containers.Structure, problems: list[str]) -> None:
    for block in structure.blocks:
        if block.name not in WEBP_ALLOWED:
            problems.append(f"webp:{block.name.strip()}")
        elif block.name == "VP8X":
            flags = block.data[0] if block.data else 0
            for bit, name in (
                (riff.VP8X_ICC, "ICC"),
                (riff.VP8X_EXIF, "EXIF"),
                (riff.VP8X_XMP, "XMP"),
                (riff.VP8X_ANIMATION, "animation"),
            ):
                if flags & bit:
                    problems.append(f"webp:VP8X-flag-{name}")


def verify_bytes(data: bytes) -> VerificationResult:
    """Check the bytes of a written file (see :func:`verify`)."""
    kind = containers.sniff(data)
    problems: list[str] = []
    if kind not in ("jpeg", "png", "riff"):
        return VerificationResult(False, kind, (), (f"container:{kind}",))
    structure = containers.parse(data)
    if not structure.complete:
        problems.append(f"{kind}:incomplete")
    if structure.trailing:
        problems.append(f"{kind}:trailing-{structure.trailing}-bytes")
    if kind == "jpeg":
        _check_jpeg(structure, problems)
    elif kind == "png":
        png_blocks = structure.names()
        if not png_blocks or png_blocks[0] != "IHDR":
            problems.append("png:no-IHDR")
        _check_png(structure, problems)
    else:
        _check_webp(structure, problems)
    # a second, independent opinion: what does Pillow see? (with our pixel limit, in any
    # process: a batch verifies in the parent, which may never have opened a photo)
    from photosafe_desktop.core.imaging import register_plugins

    register_plugins()
    try:
        with Image.open(io.BytesIO(data)) as img:
            for key in img.info:
                if key not in PILLOW_INFO_ALLOWED:
                    problems.append(f"pillow:{key}")
            if len(img.getexif()):
                problems.append("pillow:exif")
            if getattr(img, "n_frames", 1) != 1:
                problems.append("pillow:frames")
    except Exception:  # noqa: BLE001 - any failure to read it back is a failure
        problems.append("pillow:unreadable")
    names = tuple(b.name for b in structure.blocks)
    return VerificationResult(not problems, kind, names, tuple(problems))


class EncodingMismatchError(PhotoSafeError):
    """The encoded file does not hold the pixels that were checked: it was not kept."""

    def __init__(self) -> None:
        super().__init__(
            "encoding_mismatch",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The saved copy did not match the checked picture, so it was not kept. Please "
                "report this problem.",
            ),
        )


#: brightness difference (0-255) allowed between an 8 x 8 block of the checked picture and
#: the same block decoded from the JPEG: quantisation moves a block's mean by 1-2 levels at
#: the qualities we write (up to ~16 at quality 1); a hidden face that came back, by tens
ENCODED_BLOCK_TOLERANCE = 20


def encoded_matches(data: bytes, image: Image.Image) -> bool:
    """Whether the JPEG ``data`` holds ``image``'s pixels (what was checked for faces).

    Cheap: the JPEG is decoded at 1/8 scale (each 8 x 8 block's mean brightness, straight
    from its DC coefficient, no full decode) and compared block by block with ``image``
    reduced the same way. A face that is hidden in ``image`` but not in the file (or any
    other picture encoded by mistake) differs by far more than the compression does.
    """
    import numpy as np

    width, height = image.size
    # Pillow picks the draft scale from whole multiples of the requested size, so ask for the
    # rounded-down 1/8 size: the rounded-up one (1067 -> 134 rows) falls back to 1/4 scale
    small_size = (max(1, width // 8), max(1, height // 8))
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format != "JPEG" or img.size != image.size:
                return False
            img.draft("L", small_size)
            decoded = np.asarray(img.convert("L"), dtype=np.int16)
    except Exception:  # noqa: BLE001 - unreadable is a mismatch
        return False
    reference = image.convert("L").reduce(8)
    if reference.size != (decoded.shape[1], decoded.shape[0]):
        reference = reference.resize((decoded.shape[1], decoded.shape[0]))
    diff = np.abs(np.asarray(reference, dtype=np.int16) - decoded)
    # the last row and column of blocks may be partial: JPEG pads them by repeating edges
    inner = diff[: height // 8, : width // 8]
    return bool(inner.size == 0 or int(inner.max()) <= ENCODED_BLOCK_TOLERANCE)


def verify(path: Path | str) -> VerificationResult:
    """Re-read ``path`` and report whether it holds nothing but the image.

    Only JPEG, PNG and WebP (what :func:`~.sanitise.sanitise` writes) can pass.
    """
    return verify_bytes(Path(path).read_bytes())


__all__ = [
    "ENCODED_BLOCK_TOLERANCE",
    "EncodingMismatchError",
    "VerificationError",
    "VerificationResult",
    "encoded_matches",
    "verify",
    "verify_bytes",
]
