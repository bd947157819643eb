"""The first start: a short, calm welcome in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.ui.i18n import LANGUAGES, LanguageManager
from photosafe_desktop.ui.icons import app_icon
from photosafe_desktop.ui.settings import Settings


class WelcomeDialog(QDialog):
    def __init__(
        self, settings: Settings, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.settings = settings
        self.languages = languages
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("welcome_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(languages.language))
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _language_chosen(self) -> None:
        code = self.language_combo.currentData()
        self.languages.set_language(code)
        self.settings.set("language", code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to PhotoSafe"))
        self.heading.setText(self.tr("Welcome to PhotoSafe"))
        points = [
            self.tr(
                "<b>Make photos safe to share:</b> PhotoSafe finds the faces in your photos "
                "and hides them, and removes hidden information such as the place where a "
                "photo was taken. Your originals are never changed."
            ),
            self.tr(
                "<b>Get an image removed from the internet:</b> answer a few questions; "
                "PhotoSafe finds out whom to ask, writes the requests and helps you follow "
                "them up."
            ),
            self.tr(
                "Your photos never leave this computer. PhotoSafe only uses the internet "
                "when you ask it to send a request or to look up who hosts a website."
            ),
        ]
        self.text.setText("".join(f"<p>{p}</p>" for p in points))
        self.language_label.setText(self.tr("&Language:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start"))
        ok.setIcon(QIcon())  # the style's generic "OK" tick does not fit a welcome

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.settings.set("first_run_done", True)
        self.settings.sync()
        super().done(result)


def maybe_welcome(window) -> WelcomeDialog | None:  # type: ignore[no-untyped-def]
    """Show the welcome once, on the very first start."""
    if window.settings.get("first_run_done"):
        return None
    dialog = WelcomeDialog(window.settings, window.languages, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: window._check_language(window.languages.language))
    dialog.open()
    return dialog
