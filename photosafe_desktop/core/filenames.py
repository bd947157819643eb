"""File names that work on every system the copies may travel to.

A safe copy made on Linux or macOS often ends up on a Windows computer or a USB stick, so
output names follow Windows' rules everywhere: no reserved device names (``CON``, ``PRN``,
``AUX``, ``NUL``, ``COM1``-``COM9``, ``LPT1``-``LPT9``, also with an extension such as
``CON.jpg``), no trailing dots or spaces, no characters Windows refuses. On Windows the
whole path must also fit in ``MAX_PATH`` (260 characters with the terminating NUL) unless
long paths are enabled, which parents' computers rarely have: :func:`fit_path` shortens
the name instead of failing half-way through an album.

Pure functions, no Qt, no file-system access: the CLI, the batch and the export use them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

#: Windows device names, reserved in every folder, with or without an extension
#: (superscript digits count too: ``COM¹``)
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{kind}{digit}" for kind in ("COM", "LPT") for digit in "123456789¹²³"}
    | {"COM0", "LPT0", "CONIN$", "CONOUT$"}
)

#: the longest path Windows' classic API accepts, without the terminating NUL
MAX_PATH = 259

#: longest stem PhotoSafe writes (file systems allow 255 bytes; UTF-8 takes up to 4 a
#: character, and room is left for ``-9999`` and the extension)
MAX_STEM = 120

#: room kept free for the ``-2`` ... ``-9999`` suffix added when a name is taken
COLLISION_ROOM = 5

#: the shortest stem :func:`fit_path` shortens to; a folder deeper than that is left to the
#: system (which then reports a clear error)
MIN_STEM = 8

# anything but letters, digits, ``_``, ``-``, ``.`` and the plain space: path separators,
# ``<>:"|?*``, control characters, other whitespace
_UNSAFE = re.compile(r"[^\w.\- ]+")


def is_reserved(name: str) -> bool:
    """True for a name Windows reserves for a device: ``CON``, ``aux.png``, ``LPT1 .txt``."""
    base = name.split(".", 1)[0].rstrip(" ").upper()
    return base in RESERVED_NAMES


def safe_stem(stem: str, *, max_length: int = MAX_STEM, fallback: str = "photo") -> str:
    """A file-name stem that is valid on Windows, macOS and Linux.

    Unsafe characters become ``_``; leading and trailing dots and spaces go (Windows drops
    trailing ones silently, a leading dot hides the file elsewhere); a reserved device name
    gets a ``_`` in front; the result is at most ``max_length`` characters and never empty.
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", stem)).strip(" .")
    cleaned = cleaned[:max_length].rstrip(" .")
    if not cleaned:
        return fallback
    if is_reserved(cleaned):
        cleaned = ("_" + cleaned)[:max_length]
    return cleaned


def fit_path(
    folder: Path | str,
    stem: str,
    suffix: str,
    *,
    windows: bool | None = None,
    max_path: int = MAX_PATH,
) -> str:
    """The stem shortened so ``folder/stem-9999suffix`` fits in ``max_path`` characters on
    Windows (``windows`` defaults to the running system). Elsewhere, and when the name
    already fits, ``stem`` is returned unchanged; it never gets shorter than ``MIN_STEM``."""
    if windows is None:
        windows = os.name == "nt"
    if not windows:
        return stem
    # the absolute Windows path: folder + separator + name
    room = max_path - len(str(folder).rstrip("\\/")) - 1 - len(suffix) - COLLISION_ROOM
    if len(stem) <= room:
        return stem
    shortened = stem[: max(room, MIN_STEM)].rstrip(" .")
    return shortened if shortened and not is_reserved(shortened) else safe_stem(shortened)


def safe_file_name(
    folder: Path | str, stem: str, suffix: str, *, windows: bool | None = None
) -> str:
    """``stem + suffix`` made safe (:func:`safe_stem`) and short enough for ``folder``."""
    return fit_path(folder, safe_stem(stem), suffix, windows=windows) + suffix


__all__ = [
    "COLLISION_ROOM",
    "MAX_PATH",
    "MAX_STEM",
    "MIN_STEM",
    "RESERVED_NAMES",
    "fit_path",
    "is_reserved",
    "safe_file_name",
    "safe_stem",
]
