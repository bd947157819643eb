"""Writing files safely: the one :func:`write_atomically` every writer uses.

The bytes go to a temporary file in the target's own folder, are flushed to disk (fsync)
and only then get their name (an atomic rename or hard link). A crash, a full disk or a
refused permission never leaves a half-written file under the real name, and the temporary
file is removed on every failure. :func:`output_error` turns an ``OSError`` into the
user's :class:`~photosafe_desktop.core.errors.OutputError`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from photosafe_desktop.core.errors import OutputError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP

#: a writer gets the open temporary file and writes the content into it
Writer = Callable[[BinaryIO], None]

# file systems without hard links (FAT, some network shares) answer os.link with these
_NO_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS)


def write_atomically(
    data: bytes | Writer,
    target: Path | str,
    *,
    overwrite: bool = True,
    find_free_name: bool = False,
    file_time: int | None = None,
    mode: int | None = None,
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Write ``data`` (bytes, or a function writing into a binary file) to ``target``.

    With ``overwrite`` an existing file is replaced atomically. Without it an existing file
    is never touched: with ``find_free_name`` the next free name (``name-2.jpg``) is used,
    else :class:`FileExistsError` is raised. ``file_time`` sets the access and modification
    times; ``mode`` the permissions (``None``: private to the user, as ``mkstemp`` makes
    it: right for personal data); ``check``
    may inspect the complete temporary file and raise before it gets its name.

    Returns the path written. Raises ``OSError`` (the temporary file is removed).
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=".photosafe-", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, (bytes, bytearray, memoryview)):
                handle.write(data)
            else:
                data(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if file_time is not None:
            os.utime(tmp, (file_time, file_time))
        if check is not None:
            check(tmp)
        return place(tmp, target, overwrite=overwrite, find_free_name=find_free_name)
    except BaseException:
        remove_quietly(tmp)
        raise


def place(tmp: Path, target: Path, *, overwrite: bool, find_free_name: bool) -> Path:
    """Give the complete file ``tmp`` its name (for writers that cannot hand over bytes,
    e.g. a video muxer writing to a path in the same folder)."""
    if overwrite:
        os.replace(tmp, target)
        return target
    stem, suffix = target.stem, target.suffix
    for attempt in range(1, 10_000):
        candidate = target if attempt == 1 else target.with_name(f"{stem}-{attempt}{suffix}")
        try:
            os.link(tmp, candidate)  # atomic and never replaces an existing file
        except FileExistsError:
            if not find_free_name:
                raise
            continue
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            if candidate.exists():
                if not find_free_name:
                    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)) from None
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST))


def remove_quietly(path: Path) -> None:
    """Remove ``path`` if it is there; a failure to remove is not an error."""
    with contextlib.suppress(OSError):
        path.unlink()


def output_error(exc: OSError) -> OutputError:
    """The user's explanation for a failed write."""
    if isinstance(exc, FileExistsError):
        return OutputError(
            "exists",
            QT_TRANSLATE_NOOP("Errors", "A file with this name already exists; it was left alone."),
        )
    if isinstance(exc, FileNotFoundError):
        return OutputError(
            "no_folder", QT_TRANSLATE_NOOP("Errors", "The folder to save in does not exist.")
        )
    if isinstance(exc, PermissionError):
        return OutputError(
            "no_permission",
            QT_TRANSLATE_NOOP("Errors", "PhotoSafe is not allowed to save in this folder."),
        )
    if exc.errno == errno.ENOSPC:
        return OutputError(
            "disk_full", QT_TRANSLATE_NOOP("Errors", "The disk is full; the photo was not saved.")
        )
    return OutputError(
        "write_failed",
        QT_TRANSLATE_NOOP("Errors", "The photo could not be saved ({reason})."),
        reason=exc.strerror or type(exc).__name__,
    )


__all__ = ["Writer", "output_error", "place", "remove_quietly", "write_atomically"]
