"""Where PhotoSafe keeps its own files (settings, case log, logs, caches).

``PHOTOSAFE_HOME`` redirects all of them into one folder (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from photosafe_desktop import APP_ID, ORG_NAME


def _home_override() -> Path | None:
    value = os.environ.get("PHOTOSAFE_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_ID, ORG_NAME)))


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_ID, ORG_NAME)))


def log_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_ID, ORG_NAME)))


def cache_dir() -> Path:
    home = _home_override()
    if home is not None:
        return _ensure(home / "cache")
    return _ensure(Path(platformdirs.user_cache_dir(APP_ID, ORG_NAME)))
