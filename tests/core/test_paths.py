"""PhotoSafe's own folders per system (platformdirs, simulated for Windows and macOS) and the
PHOTOSAFE_HOME override."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from photosafe_desktop.core import paths

WINDOWS_LOCAL = r"C:\Users\Ouder\AppData\Local"


def windows_folder(kind: str, monkeypatch: pytest.MonkeyPatch) -> PureWindowsPath:
    """The folder on Windows, asked on any system (platformdirs reads the shell's folder
    from WIN_PD_OVERRIDE_LOCAL_APPDATA when it cannot call the Windows API)."""
    monkeypatch.delenv("PHOTOSAFE_HOME")
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", WINDOWS_LOCAL)
    try:
        return PureWindowsPath(str(paths.folder(kind, "win32")))
    except (NotImplementedError, ValueError):
        pytest.skip("this platformdirs cannot resolve Windows folders on another system")


def test_photosafe_home_redirects_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHOTOSAFE_HOME", str(tmp_path / "portable"))
    for kind, made in zip(
        paths.KINDS,
        (paths.config_dir(), paths.data_dir(), paths.log_dir(), paths.cache_dir()),
        strict=True,
    ):
        assert made == tmp_path / "portable" / kind and made.is_dir()
        assert paths.folder(kind, "win32") == made  # whatever the system
    with pytest.raises(ValueError):
        paths.folder("photos")


@pytest.mark.parametrize("kind", paths.KINDS)
def test_windows_keeps_everything_in_one_local_folder(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = windows_folder(kind, monkeypatch)
    base = PureWindowsPath(WINDOWS_LOCAL, "PhotoSafe", "photosafe-desktop")
    assert folder == base or folder.parent == base  # Logs and Cache are inside it
    assert "Roaming" not in folder.parts  # evidence and logs never roam to other PCs


def test_macos_folders_are_in_the_users_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOTOSAFE_HOME")
    library = Path.home() / "Library"
    assert paths.folder("data", "darwin") == library / "Application Support" / "photosafe-desktop"
    assert paths.folder("config", "darwin") == library / "Application Support" / "photosafe-desktop"
    assert paths.folder("logs", "darwin") == library / "Logs" / "photosafe-desktop"
    assert paths.folder("cache", "darwin") == library / "Caches" / "photosafe-desktop"


def test_linux_follows_the_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOTOSAFE_HOME")
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    assert paths.folder("config", "linux") == tmp_path / "config" / "photosafe-desktop"
    assert paths.folder("data", "linux") == tmp_path / "data" / "photosafe-desktop"
    assert paths.folder("cache", "linux") == tmp_path / "cache" / "photosafe-desktop"
    assert paths.folder("logs", "linux").is_relative_to(tmp_path / "state" / "photosafe-desktop")
