"""The frame every area shares: a header with a way back home, a title, and the content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from photosafe_desktop.ui.icons import themed_icon


class AreaPage(QWidget):
    """Base class of the three areas. Subclasses fill ``self.body`` and set titles."""

    home_requested = Signal()
    area_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_home")
        self.back_button.setIcon(themed_icon("back"))
        self.back_button.setIconSize(QSize(20, 20))
        self.back_button.clicked.connect(self.home_requested)
        header.addWidget(self.back_button)
        self.title_label = QLabel()
        self.title_label.setObjectName("AreaTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        header.addSpacing(12)
        header.addWidget(self.title_label, 1)
        outer.addLayout(header)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)

    def retranslate(self) -> None:
        # explicit context: PySide's self.tr() would use the subclass's name
        back = QCoreApplication.translate("AreaPage", "Back to start")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(back)
        self.back_button.setToolTip(
            QCoreApplication.translate("AreaPage", "Back to the start screen (Alt+Home)")
        )
        self.title_label.setText(self.title())

    def title(self) -> str:
        return ""

    def on_shown(self) -> None:
        """Called each time the area is opened."""

    def can_close(self) -> bool:
        """False while the area is doing something that must not be cut off."""
        return True

    def shutdown(self) -> None:
        """Called once when the app quits (stop background work)."""

    def add_paths(self, paths: list[Path]) -> int:
        """Photos or folders opened with the app (only the workspace takes them): how many
        were added."""
        return 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
