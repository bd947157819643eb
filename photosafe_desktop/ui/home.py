"""The home screen: the two jobs, large and obvious, and the list of cases."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from photosafe_desktop.ui.icons import app_icon, themed_icon
from photosafe_desktop.ui.widgets import ChoiceButton


class HomePage(QWidget):
    """Emits ``area_requested("workspace" | "removal" | "cases")``."""

    area_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addStretch(1)

        self.logo = QLabel()
        self.logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.logo)

        self.title = QLabel()
        self.title.setObjectName("HomeTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        self.subtitle = QLabel()
        self.subtitle.setObjectName("HomeSubtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle.setWordWrap(True)
        subtitle_font = QFont(self.font())
        subtitle_font.setPointSizeF(subtitle_font.pointSizeF() * 1.1)
        self.subtitle.setFont(subtitle_font)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)

        self.photos_button = self._make_button("workspace", "photos")
        self.removal_button = self._make_button("removal", "removal")
        self.cases_button = self._make_button("cases", "cases")
        column = QWidget()
        column.setMaximumWidth(720)
        column.setMinimumWidth(480)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(16)
        for button in (self.photos_button, self.removal_button, self.cases_button):
            column_layout.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.photos_button)
        self.retranslate()

    def _make_button(self, area: str, icon_name: str) -> ChoiceButton:
        button = ChoiceButton(self)
        button.setObjectName(f"home_{area}")
        button.setIcon(themed_icon(icon_name))
        button.setIconSize(QSize(48, 48))
        button.clicked.connect(lambda: self.area_requested.emit(area))
        return button

    def retranslate(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        self.subtitle.setText(
            self.tr(
                "PhotoSafe works on this computer only. Your photos are never uploaded, "
                "and nothing is sent unless you ask for it."
            )
        )
        self.photos_button.setText(self.tr("Make photos safe to share"))
        self.photos_button.setDescription(
            self.tr(
                "Hide children's faces and remove hidden information, such as where a photo "
                "was taken, before you post or send your photos."
            )
        )
        self.removal_button.setText(self.tr("Get an image removed from the internet"))
        self.removal_button.setDescription(
            self.tr(
                "One simple form: PhotoSafe finds out whom to ask, writes the requests for "
                "you and helps you follow them up."
            )
        )
        self.cases_button.setText(self.tr("My cases"))
        self.cases_button.setDescription(
            self.tr("See the removal requests you have made, and what to do next.")
        )
        for button in (self.photos_button, self.removal_button, self.cases_button):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
