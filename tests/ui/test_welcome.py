from __future__ import annotations

from PySide6.QtWidgets import QApplication

from photosafe_desktop.ui.context import build_context
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.main_window import MainWindow
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.welcome import maybe_welcome


def test_welcome_once_in_the_chosen_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    languages = LanguageManager(QApplication.instance())
    languages.set_language("nl")
    window = MainWindow(build_context(Settings(), languages), languages)
    qtbot.addWidget(window)
    dialog = maybe_welcome(window)
    assert dialog is not None
    assert dialog.heading.text() == "Welkom bij PhotoSafe"
    assert "nooit" in dialog.text.text()  # "Uw foto's verlaten deze computer nooit"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert dialog.heading.text() == "Bienvenue dans PhotoSafe"
    assert window.home.title.text() == "Que souhaitez-vous faire ?"
    dialog.accept()
    assert Settings().get("first_run_done") is True
    assert Settings().get("language") == "fr"
    assert maybe_welcome(window) is None
    languages.set_language("en")
