from __future__ import annotations

from PySide6.QtWidgets import QApplication

from photosafe_desktop.ui.context import build_context
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.main_window import MainWindow
from photosafe_desktop.ui.settings import Settings


def test_no_cases_offers_a_way_to_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    window = MainWindow(build_context(Settings(), languages), languages)
    qtbot.addWidget(window)
    window.show()
    page = window.open_area("cases")
    assert page.empty.isVisible() and page.start_button.isVisible()
    assert not page.side_widget.isVisible() and not page.tree.isVisible()
    page.start_button.click()
    assert window.current_area() == "removal"
