"""Where a file dialog starts: the user's own folders, never the program's folder.

A screenshot is usually in Pictures (Screenshots) or, when it was saved from a browser or a
phone, in Downloads: the dialog starts in whichever of the two has the most recent image,
else in the one that exists, else in the home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".pdf"}
)
#: at most this many entries are looked at per folder (a huge Downloads stays quick)
SCAN_LIMIT = 2000


def _location(kind: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(kind)
    return Path(found) if found else None


def newest_image(folder: Path, depth: int = 1) -> float:
    """The modification time of the newest image in ``folder`` and its direct subfolders
    (Pictures/Screenshots); 0 when there is none or the folder cannot be read."""
    newest = 0.0
    seen = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                seen += 1
                if seen > SCAN_LIMIT:
                    break
                try:
                    if entry.is_file() and Path(entry.name).suffix.lower() in IMAGE_SUFFIXES:
                        newest = max(newest, entry.stat().st_mtime)
                    elif depth > 0 and entry.is_dir() and not entry.name.startswith("."):
                        newest = max(newest, newest_image(Path(entry.path), depth - 1))
                except OSError:
                    continue
    except OSError:
        return 0.0
    return newest


def screenshot_folder() -> str:
    """Pictures, or Downloads when it has more recent images, or the home folder."""
    home = Path.home()
    pictures = _location(QStandardPaths.StandardLocation.PicturesLocation)
    downloads = _location(QStandardPaths.StandardLocation.DownloadLocation)
    candidates = [f for f in (pictures, downloads) if f is not None and f.is_dir() and f != home]
    if not candidates:
        return str(home)
    best = max(candidates, key=lambda folder: (newest_image(folder), folder == pictures))
    return str(best)


__all__ = ["IMAGE_SUFFIXES", "newest_image", "screenshot_folder"]
