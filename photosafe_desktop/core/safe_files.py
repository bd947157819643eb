"""Read a photo file without letting the file hurt the computer.

Only a regular file (after following links) up to :data:`MAX_FILE_BYTES` is read: a name
that leads to ``/dev/zero`` (endless), a FIFO (blocks forever), a symbolic-link loop or a
folder is refused at once with a plain, translated message. The file is opened without
blocking and checked on the open descriptor, so it cannot be swapped between the check and
the read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP

#: far above any photo file (a 200-megapixel phone photo is ~100 MB; a 16-bit TIFF of a
#: scanned slide a few hundred), far below what would exhaust a laptop's memory
MAX_FILE_BYTES = 1024 * 1024 * 1024


def not_a_file() -> UnreadableImageError:
    return UnreadableImageError(
        "not_a_file",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is not an ordinary file (a device, a pipe, or a link that leads nowhere); "
            "PhotoSafe only opens photo files.",
        ),
    )


def file_too_large(limit: int = MAX_FILE_BYTES) -> UnreadableImageError:
    return UnreadableImageError(
        "file_too_large",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file is far too large to be a photo ({limit} MB at most); it was not "
            "opened, to protect your computer.",
        ),
        limit=limit // (1024 * 1024),
    )


def file_access_error(exc: OSError) -> UnreadableImageError:
    """The plain-language error for a photo file that cannot be opened at all."""
    if isinstance(exc, PermissionError):
        return UnreadableImageError(
            "no_permission",
            QT_TRANSLATE_NOOP("Errors", "PhotoSafe is not allowed to read this file."),
        )
    if isinstance(exc, IsADirectoryError):
        return UnreadableImageError(
            "is_directory", QT_TRANSLATE_NOOP("Errors", "This is a folder, not a photo.")
        )
    return UnreadableImageError(
        "not_found", QT_TRANSLATE_NOOP("Errors", "This file no longer exists.")
    )


def _access_error(exc: OSError) -> UnreadableImageError:
    if exc.errno in (errno.ELOOP, errno.ENXIO, errno.ENODEV, errno.ENOTDIR, errno.EOPNOTSUPP):
        return not_a_file()
    return file_access_error(exc)


def open_photo_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        before = os.stat(path)  # follows links; a loop raises ELOOP
        if stat.S_ISDIR(before.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(before.st_mode):
            raise not_a_file()
        fd = os.open(path, flags)
    except OSError as exc:
        raise _access_error(exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise not_a_file()
        if info.st_size > max_bytes:
            raise file_too_large(max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_photo_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path`` (see :func:`open_photo_file`); never more than ``max_bytes``."""
    with open_photo_file(path, max_bytes=max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while we read it
        raise file_too_large(max_bytes)
    return data


def is_regular_file(path: Path | str) -> bool:
    """Whether ``path`` leads (through links) to a regular file; never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def same_folder(a: Path | str, b: Path | str) -> bool:
    """Whether two folder names lead to the same folder (links and ``..`` resolved)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


#: what :func:`~photosafe_desktop.core.metadata.sanitise.write_atomically` names its
#: temporary files; one older than this was left by a run that was killed
TEMP_PATTERN = ".photosafe-*.tmp"
STALE_AFTER_SECONDS = 10.0


def remove_stale_temp_files(folder: Path | str, *, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove temporary files a killed run left in ``folder``; returns how many."""
    import time

    removed = 0
    now = time.time()
    try:
        candidates = list(Path(folder).glob(TEMP_PATTERN))
    except OSError:
        return 0
    for path in candidates:
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def printable(name: object) -> str:
    """A file name as it may be printed to a terminal: control characters (which can move
    the cursor, rewrite the screen or set the window title) become visible escapes."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


__all__ = [
    "file_access_error",
    "MAX_FILE_BYTES",
    "file_too_large",
    "is_regular_file",
    "not_a_file",
    "open_photo_file",
    "printable",
    "read_photo_file",
    "remove_stale_temp_files",
    "same_folder",
]
