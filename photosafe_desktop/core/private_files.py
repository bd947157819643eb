"""Private files in the app's data folder: folder 0700, file 0600, written atomically.

The consent register and the proof-of-origin register hold personal data (children's names,
what was published): only the user may read them, and a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from photosafe_desktop.core import paths
from photosafe_desktop.core.errors import OutputError
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(*parts: str) -> Path:
    """A folder under the user data folder, created (and kept) readable by the user only."""
    folder = paths.data_dir().joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder, PRIVATE_DIR_MODE)
    return folder


def make_private(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """Restrict ``path`` to its owner (a no-op where the system has no such modes)."""
    with contextlib.suppress(OSError, NotImplementedError):
        os.chmod(path, mode)


def write_private(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` atomically (temporary file, fsync, rename), mode 0600.

    Replaces ``target`` if it exists: these are the app's own files, never a user's photo.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        return write_atomically(data, target, mode=PRIVATE_FILE_MODE)
    except OSError as exc:
        raise _failed(exc) from exc


def _failed(exc: OSError) -> OutputError:
    return OutputError(
        "private_write_failed",
        QT_TRANSLATE_NOOP("Errors", "PhotoSafe could not save its own file ({reason})."),
        reason=exc.strerror or type(exc).__name__,
    )


__all__ = ["PRIVATE_DIR_MODE", "PRIVATE_FILE_MODE", "make_private", "private_dir", "write_private"]
