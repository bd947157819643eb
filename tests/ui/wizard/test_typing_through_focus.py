"""Every text field of the wizard takes typing one key at a time, through the focus.

The keys go to ``QApplication.focusWidget()`` as they would from a keyboard, with the wizard
embedded in the main window next to its "Back to the start" button: the web-address field
used to lose the focus to that button after the first key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from photosafe_desktop.ui.context import build_context
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.main_window import MainWindow
from photosafe_desktop.ui.settings import Settings
from tests.ui.typing_driver import drive

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    languages = LanguageManager(QApplication.instance())
    languages.set_language("nl")
    win = MainWindow(build_context(Settings(), languages), languages)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    yield win
    win.tasks.wait(20000)
    languages.set_language("en")


def test_every_wizard_field_takes_typing_key_by_key(window) -> None:  # type: ignore[no-untyped-def]
    assert drive(window, window.open_area) == []


def test_the_driver_sees_the_focus_bug(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without the wizard's focus guard the driver reports the lost keys (it can fail)."""
    from PySide6.QtWidgets import QWizard

    from photosafe_desktop.ui.wizard.wizard import RemovalWizard

    monkeypatch.setattr(RemovalWizard, "focusNextPrevChild", QWizard.focusNextPrevChild)
    failures = drive(window, window.open_area)
    assert any("where" in failure for failure in failures)


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("openbox")),
    reason="needs xvfb-run and openbox (a real X server and window manager)",
)
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_typing_under_a_real_window_manager(
    photosafe_home: Path, language: str, tmp_path: Path
) -> None:
    script = (
        "openbox & wm=$!; sleep 1; "
        f'"{sys.executable}" -m tests.ui.typing_driver {language}; rc=$?; '
        "kill $wm; exit $rc"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PHOTOSAFE_HOME": str(photosafe_home)}
    env.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert "platform xcb" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "typing ok" in result.stdout
