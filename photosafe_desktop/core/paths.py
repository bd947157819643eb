"""Where PhotoSafe keeps its own files (settings, case log, logs, caches).

``PHOTOSAFE_HOME`` redirects all of them into one folder (tests, portable use). Otherwise
platformdirs decides, per system (application ``photosafe-desktop``, author ``PhotoSafe``):

- Windows: everything under ``%LOCALAPPDATA%\\PhotoSafe\\photosafe-desktop`` (logs in
  ``Logs``, caches in ``Cache``); the installer's uninstaller offers to remove that folder
  (``packaging/windows/photosafe.iss``), and keeps it unless asked.
- macOS: ``~/Library/Application Support/photosafe-desktop``, ``~/Library/Logs/...``,
  ``~/Library/Caches/...``.
- Linux: ``$XDG_CONFIG_HOME``, ``$XDG_DATA_HOME``, ``$XDG_STATE_HOME/.../log`` and
  ``$XDG_CACHE_HOME``, each with ``photosafe-desktop``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
from platformdirs.api import PlatformDirsABC

from photosafe_desktop import APP_ID, ORG_NAME

#: the kinds of folder, each a subfolder of ``PHOTOSAFE_HOME`` when that is set
KINDS = ("config", "data", "logs", "cache")


def _home_override() -> Path | None:
    value = os.environ.get("PHOTOSAFE_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    from photosafe_desktop.core.private import private_dir

    return private_dir(path)  # 0700: settings, the case log and logs name people


def system_dirs(system: str | None = None) -> PlatformDirsABC:
    """platformdirs' folders for ``system`` (``sys.platform`` style: ``win32``, ``darwin``,
    ``linux``; default: this one). Another system's rules can be asked anywhere, so the
    folders of Windows and macOS are tested on Linux too."""
    system = system or sys.platform
    if system == "win32":
        from platformdirs.windows import Windows

        return Windows(APP_ID, ORG_NAME)
    if system == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(APP_ID, ORG_NAME)
    if system == sys.platform:
        return platformdirs.PlatformDirs(APP_ID, ORG_NAME)
    from platformdirs.unix import Unix

    return Unix(APP_ID, ORG_NAME)


def folder(kind: str, system: str | None = None) -> Path:
    """The folder for ``kind`` (one of :data:`KINDS`), without creating it."""
    if kind not in KINDS:
        raise ValueError(f"unknown folder kind {kind!r}")
    home = _home_override()
    if home is not None:
        return home / kind
    dirs = system_dirs(system)
    location = {
        "config": dirs.user_config_dir,
        "data": dirs.user_data_dir,
        "logs": dirs.user_log_dir,
        "cache": dirs.user_cache_dir,
    }[kind]
    return Path(location)


def config_dir() -> Path:
    return _ensure(folder("config"))


def data_dir() -> Path:
    return _ensure(folder("data"))


def log_dir() -> Path:
    return _ensure(folder("logs"))


def cache_dir() -> Path:
    return _ensure(folder("cache"))


__all__ = ["KINDS", "cache_dir", "config_dir", "data_dir", "folder", "log_dir", "system_dirs"]
