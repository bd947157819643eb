"""Issue 15: the Qt file dialog ("Look in:", "Files of type:") speaks Dutch and French, from
a pip PySide6 and in the frozen bundle (build.spec keeps the catalogues the app loads)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from photosafe_desktop.ui.i18n import QT_CATALOGUES, LanguageManager, qt_translation_dirs
from tests.spec_helpers import spec_definitions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager(QApplication.instance())
    yield manager
    manager.set_language("en")


@pytest.mark.parametrize(
    ("code", "look_in", "files_of_type"),
    [
        ("nl", "Zoeken in:", "Bestanden van type:"),
        ("fr", "Voir dans\xa0:", "Fichiers de type\xa0:"),
    ],
)
def test_the_qt_file_dialog_is_translated(languages, code, look_in, files_of_type) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    languages.set_language(code)
    translated = QCoreApplication.translate("QFileDialog", "Look in:")
    assert translated != "Look in:"
    assert translated == look_in
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == files_of_type


def test_the_pip_pyside6_folder_is_searched() -> None:
    import PySide6

    package = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    assert str(package) in qt_translation_dirs()
    for code in ("nl", "fr"):
        for catalogue in QT_CATALOGUES:
            assert (package / f"{catalogue}_{code}.qm").is_file()


def _spec_filter() -> Any:
    """build.spec's own ``unused_qt``."""
    names = ("QT_DROP_DIRS", "QT_DROP_FILES", "QT_KEEP_TRANSLATIONS", "unused_qt")
    return spec_definitions(*names)["unused_qt"]


def test_the_frozen_bundle_keeps_the_qt_catalogues_the_app_loads() -> None:
    unused_qt = _spec_filter()
    for code in ("nl", "fr"):
        for catalogue in QT_CATALOGUES:
            kept = f"PySide6/Qt/translations/{catalogue}_{code}.qm"
            assert not unused_qt(kept), kept
    # and it still drops the rest
    assert unused_qt("PySide6/Qt/translations/qtbase_de.qm")
    assert unused_qt("PySide6/Qt/translations/qtdeclarative_nl.qm")
