"""The frame every area shares: a header with a way back home, a title, and the content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderArea(AreaPage):
    """An area that is not built yet: says so plainly."""

    def __init__(self, area_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_name = area_name
        self.message = QLabel()
        self.message.setObjectName("PlaceholderMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addStretch(1)
        self.body.addWidget(self.message)
        self.body.addStretch(2)
        self.retranslate()

    def title(self) -> str:
        return {
            "workspace": self.tr("Make photos safe to share"),
            "removal": self.tr("Get an image removed from the internet"),
            "cases": self.tr("My cases"),
        }.get(self.area_name, "")

    def retranslate(self) -> None:
        super().retranslate()
        self.message.setText(
            self.tr("This part of PhotoSafe is not ready yet. It will arrive in an update.")
        )
