"""Opening folders and web pages on each system (Qt first, then the system's own opener, then a
message), fonts when the system has none, high-DPI scaling, photos opened from Finder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from photosafe_desktop.ui import desktop
from photosafe_desktop.ui.platform import BUNDLED_FAMILY, FileOpenHandler, install_fallback_font


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("win32", [["explorer", "C:\\Users\\Ouder\\Safe copies"]]),
        ("darwin", [["open", "/C:/Users/Ouder/Safe copies"]]),
        (
            "linux",
            [
                ["xdg-open", "/C:/Users/Ouder/Safe copies"],
                ["gio", "open", "/C:/Users/Ouder/Safe copies"],
            ],
        ),
    ],
)
def test_each_system_has_its_own_opener_for_folders(system: str, expected: list[list[str]]) -> None:
    url = QUrl.fromLocalFile("/C:/Users/Ouder/Safe copies")
    commands = desktop.fallback_commands(url, system)
    if system == "win32":
        assert commands == [["explorer", url.toLocalFile().replace("/", "\\")]]
    else:
        assert commands == expected


def test_web_pages_go_to_the_opener_as_urls() -> None:
    url = QUrl("https://www.childfocus.be/")
    assert desktop.fallback_commands(url, "darwin") == [["open", "https://www.childfocus.be/"]]
    assert desktop.fallback_commands(url, "win32") == [["explorer", "https://www.childfocus.be/"]]
    assert desktop.fallback_commands(url, "freebsd14")[0] == [
        "xdg-open",
        "https://www.childfocus.be/",
    ]


def _fake_opener(folder: Path, name: str, log: Path) -> None:
    """A real program named like the system's opener that writes down what it was given."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n')
    script.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="the fake opener is a shell script")
def test_when_qt_cannot_open_the_system_opener_is_started(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "opened.txt"
    _fake_opener(tmp_path / "bin", "xdg-open", log)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    folder = tmp_path / "Veilige kopieën"
    folder.mkdir()
    asked: list[QUrl] = []

    def qt_fails(url: QUrl) -> bool:
        asked.append(url)
        return False

    assert desktop.open_location(QUrl.fromLocalFile(str(folder)), open_url=qt_fails, system="linux")
    assert asked == [QUrl.fromLocalFile(str(folder))]  # Qt was tried first
    deadline = time.monotonic() + 10
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log.read_text(encoding="utf-8").strip() == str(folder)


def test_nothing_can_open_it_explains_what_to_open(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    url = QUrl("https://www.example.org/formulier")
    assert not desktop.open_location(url, open_url=lambda _u: False, system="linux")
    box = desktop.open_or_explain(url, open_url=lambda _u: False, system="linux")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "https://www.example.org/formulier" in box.text()
    box.close()
    folder_box = desktop.open_or_explain(
        QUrl.fromLocalFile(str(tmp_path)), open_url=lambda _u: False, system="darwin"
    )
    assert folder_box is not None and str(tmp_path) in folder_box.text()
    folder_box.close()
    # Qt succeeding: no message, no system opener
    assert desktop.open_or_explain(url, open_url=lambda _u: True) is None
    assert not desktop.open_location(QUrl(), open_url=lambda _u: True)


def test_the_explanation_has_a_copy_button(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When nothing opened, the address can be copied with one click (issue 15)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    QGuiApplication.clipboard().clear()
    url = QUrl("https://www.example.org/kopieer-mij")
    box = desktop.open_or_explain(url, open_url=lambda _u: False, system="linux")
    assert box is not None
    copy = box.findChild(QPushButton, "copy_address")
    assert copy is not None
    copy.click()
    assert QGuiApplication.clipboard().text() == "https://www.example.org/kopieer-mij"
    box.close()


def test_the_explanation_is_translated(qapp: QApplication) -> None:
    from photosafe_desktop.ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    try:
        languages.set_language("nl")
        text = desktop.explanation(QUrl("https://example.org/"))
        assert "https://example.org/" in text and "browser" in text and "could not" not in text
        languages.set_language("fr")
        assert "navigateur" in desktop.explanation(QUrl("https://example.org/"))
    finally:
        languages.set_language("en")


def test_bundled_font_when_the_system_has_none(qapp: QApplication) -> None:
    before = QGuiApplication.font()
    try:
        assert install_fallback_font(QFontDatabase.families()) is None  # fonts here: untouched
        assert QGuiApplication.font() == before
        family = install_fallback_font([])  # a machine without any font
        assert family == BUNDLED_FAMILY
        assert QGuiApplication.font().family() == BUNDLED_FAMILY
        assert BUNDLED_FAMILY in QFontDatabase.families()
        assert QFont(BUNDLED_FAMILY).exactMatch()
    finally:
        QGuiApplication.setFont(before)


def test_photos_opened_from_finder_reach_the_window(qapp: QApplication, tmp_path: Path) -> None:
    handler = FileOpenHandler(qapp)
    qapp.installEventFilter(handler)
    opened: list[list[Path]] = []
    try:
        photo = tmp_path / "kamp.jpg"
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(photo)))  # before the window exists
        assert handler.pending == [photo]
        handler.attach(opened.append)
        assert opened == [[photo]] and handler.pending == []
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "zee.png")))
        assert opened[-1] == [tmp_path / "zee.png"]
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()


HIGH_DPI_PROBE = """
import sys
from PySide6.QtCore import QSize, Qt
from photosafe_desktop.app import create_application
from photosafe_desktop.ui.icons import app_icon
app = create_application([])
policy = app.highDpiScaleFactorRoundingPolicy()
pixmap = app_icon().pixmap(QSize(96, 96), app.devicePixelRatio())
print(policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough, app.devicePixelRatio(),
      pixmap.width(), pixmap.devicePixelRatio())
"""


@pytest.mark.parametrize(("factor", "pixels"), [("1.5", 144), ("2", 192)])
def test_high_dpi_scales_exactly_and_icons_stay_sharp(factor: str, pixels: int) -> None:
    """A 150 % Windows screen or a Retina Mac, simulated with QT_SCALE_FACTOR (a process of
    its own: the factor is read when the application starts)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=factor)
    result = subprocess.run(
        [sys.executable, "-c", HIGH_DPI_PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    passthrough, ratio, width, pixmap_ratio = result.stdout.split()
    assert passthrough == "True"
    assert float(ratio) == float(factor)  # 1.5 stays 1.5: not rounded to 1 or 2
    assert int(width) == pixels and float(pixmap_ratio) == float(factor)  # drawn at full density
