"""Language choice and Qt translators (the app's own and Qt's qtbase, for standard buttons).

Widgets retranslate themselves on ``QEvent.LanguageChange``; switching language at run time
needs no restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from photosafe_desktop.core.i18n import Message, format_message
from photosafe_desktop.core.resources import translations_dir

log = logging.getLogger(__name__)

#: Qt's own catalogues the app loads: qtbase holds the standard buttons, QWizard and the Qt
#: file dialog ("Look in:", "Files of type:"); build.spec keeps exactly these (nl and fr)
QT_CATALOGUES = ("qtbase",)


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, the pip PySide6 package's
    (also the frozen layout: ``_internal/PySide6/Qt/translations``), then the app's own."""
    import PySide6

    dirs = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
        str(translations_dir()),
    ]
    return list(dict.fromkeys(d for d in dirs if d))


#: code -> the language's own name (never translated: people look for their own language)
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def system_language(locale_name: str | None = None) -> str:
    """nl_* -> nl, fr_* -> fr, anything else -> en."""
    name = locale_name if locale_name is not None else QLocale.system().name()
    prefix = name.split("_")[0].split("-")[0].lower()
    return prefix if prefix in ("nl", "fr") else "en"


def ui_language() -> str:
    """The language the interface is in now (``nl``, ``fr`` or ``en``), for the core's
    formatters (dates): :class:`LanguageManager` sets Qt's default locale."""
    name = QLocale().name()
    prefix = name.split("_")[0].lower()
    return prefix if prefix in LANGUAGES else "en"


def tr_message(message: Message) -> str:
    """Translate a core :class:`Message` and fill in its parameters."""
    text = QCoreApplication.translate(message.context, message.text)
    return format_message(text, message.params)


class LanguageManager(QObject):
    """Owns the installed translators (parented to it, so they live as long as the app)."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, code: str) -> bool:
        """Install the translators for ``code``; returns False if the app's file is missing."""
        if code not in LANGUAGES:
            code = "en"
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        ok = True
        if code != "en":
            own = QTranslator(self)
            if own.load(f"photosafe_{code}", str(translations_dir())):
                self._translators.append(own)
            else:
                log.error("translation file for %s is missing", code)
                ok = False
            for catalogue in QT_CATALOGUES:
                qt = QTranslator(self)
                if any(qt.load(f"{catalogue}_{code}", d) for d in qt_translation_dirs()):
                    self._translators.append(qt)
                else:
                    log.warning("Qt's own translation %s for %s is missing", catalogue, code)
        if app is not None:
            for translator in self._translators:
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        self.language = code
        # deliver the LanguageChange events now, so every widget is retranslated on return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(code)
        return ok
