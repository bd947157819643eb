"""The main window with real widgets: areas, way back home, language at run time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QTextBrowser

from photosafe_desktop.ui.context import build_context
from photosafe_desktop.ui.i18n import LanguageManager, system_language
from photosafe_desktop.ui.main_window import AREA_NAMES, MainWindow
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.widgets import ChoiceButton


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    settings = Settings()
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    win = MainWindow(build_context(settings, languages), languages)
    qtbot.addWidget(win)
    win.show()
    yield win
    languages.set_language("en")


def test_home_offers_the_two_jobs_and_cases(window) -> None:  # type: ignore[no-untyped-def]
    texts = [b.text() for b in window.home.findChildren(ChoiceButton)]
    assert texts == [
        "Make photos safe to share",
        "Get an image removed from the internet",
        "My cases",
    ]


@pytest.mark.parametrize("area", AREA_NAMES)
def test_each_area_opens_and_goes_back_home(window, qtbot, area) -> None:  # type: ignore[no-untyped-def]
    button = {
        "workspace": window.home.photos_button,
        "removal": window.home.removal_button,
        "cases": window.home.cases_button,
    }[area]
    button.click()
    assert window.current_area() == area
    assert window.stack.currentWidget().title()
    assert window.stack.currentWidget().title() in window.windowTitle()
    window.stack.currentWidget().back_button.click()
    assert window.current_area() == "home"


@pytest.mark.parametrize(
    ("code", "title", "photos"),
    [
        ("nl", "Wat wilt u doen?", "Foto's veilig maken om te delen"),
        ("fr", "Que souhaitez-vous faire ?", "Sécuriser des photos avant de les partager"),
        ("en", "What would you like to do?", "Make photos safe to share"),
    ],
)
def test_language_switches_at_run_time_and_is_remembered(window, code, title, photos) -> None:  # type: ignore[no-untyped-def]
    window.open_area("workspace")
    window.language_actions[code].trigger()
    assert window.home.title.text() == title
    assert window.home.photos_button.text() == photos
    assert window.stack.currentWidget().title() == photos
    assert Settings().get("language") == code
    assert window.language_actions[code].isChecked()


def test_qt_standard_buttons_are_translated(window) -> None:  # type: ignore[no-untyped-def]
    window.change_language("nl")
    # qtbase_nl provides Qt's own strings (QWizard, QDialogButtonBox, ...)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    window.change_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("nl_BE", "nl"),
        ("nl_NL", "nl"),
        ("fr_BE", "fr"),
        ("fr_FR", "fr"),
        ("de_BE", "en"),
        ("en_GB", "en"),
        ("C", "en"),
    ],
)
def test_first_start_language_from_system_locale(locale: str, expected: str) -> None:
    assert system_language(locale) == expected


def test_first_start_uses_system_locale(qtbot) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.app import build_window

    previous = QLocale()
    QLocale.setDefault(QLocale("fr_BE"))
    try:
        assert system_language(QLocale().name()) == "fr"
    finally:
        QLocale.setDefault(previous)
    window = build_window("nl")
    qtbot.addWidget(window)
    assert window.home.title.text() == "Wat wilt u doen?"
    assert Settings().get("language") == "nl"
    window.languages.set_language("en")


def test_about_lists_version_and_licences(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop import __version__

    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.heading.text()
    html = dialog.findChild(QTextBrowser, "licences").toPlainText()
    for name in ("PySide6", "Pillow", "MediaPipe", "Apache-2.0", "LGPL-3.0", "CenterFace"):
        assert name in html


def test_window_geometry_is_remembered(window) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 650)
    window.close()
    assert Settings().get("window_geometry")
