"""Find bundled data (icons, models, platform directory, templates, translations).

One helper for every way the app runs: from a source checkout (``resources/`` beside the
package), installed from a wheel (``photosafe_desktop/resources``) and frozen by
PyInstaller (``sys._MEIPASS/photosafe_desktop/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / "photosafe_desktop" / name)
    found.append(_PACKAGE_DIR / name)  # installed wheel
    found.append(_PACKAGE_DIR.parent / name)  # source checkout / editable install
    return found


@cache
def _root(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"PhotoSafe data folder '{name}' is missing from this installation")


def resources_dir() -> Path:
    return _root("resources")


def translations_dir() -> Path:
    return _root("translations")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("icons", "photosafe.svg")``."""
    return resources_dir().joinpath(*parts)
