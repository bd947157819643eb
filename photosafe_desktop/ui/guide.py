"""Help > Guide (F1): a short, task-oriented guide to both halves, in the user's language.

The texts are ``resources/guide/guide_<language>.html`` (written in each language, not
machine-translated); the dialog opens at the part about the area the user is in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from photosafe_desktop.core.resources import resource_path
from photosafe_desktop.ui.icons import app_icon

GUIDE_LANGUAGES = ("nl", "fr", "en")
TOPICS = ("start", "photos", "removal")


def guide_html(language: str) -> str:
    code = language if language in GUIDE_LANGUAGES else "en"
    return resource_path("guide", f"guide_{code}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, language: str, topic: str = "start", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowIcon(app_icon())
        self.resize(640, 560)
        self.language = language
        self.topic = topic if topic in TOPICS else "start"
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("guide_text")
        self.text.setOpenExternalLinks(False)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PhotoSafe guide"))
        self.text.setAccessibleName(self.tr("PhotoSafe guide"))
        self.text.setHtml(guide_html(self.language))
        if self.topic != "start":
            self.text.scrollToAnchor(self.topic)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # the language manager sets the default locale before it sends LanguageChange
            self.language = QLocale().name().split("_")[0]
            self.retranslate()
        super().changeEvent(event)
