"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class ChoiceButton(QAbstractButton):
    """A large, calm button with an icon, a title and a wrapped description.

    Unlike QCommandLinkButton it grows to fit a long description in any language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(16)
        self._icon_label = QLabel()
        self._icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self._icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self._title = QLabel()
        self._title.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._description = QLabel()
        self._description.setWordWrap(True)
        description_font = QFont(self.font())
        description_font.setPointSizeF(description_font.pointSizeF() * 1.05)
        self._description.setFont(description_font)
        for label in (self._title, self._description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            texts.addWidget(label)
        layout.addLayout(texts, 1)
        self._icon_size = QSize(48, 48)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # QAbstractButton's text() is the title
    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._title.setText(text)

    def setDescription(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._description.setText(text)

    def description(self) -> str:
        return self._description.text()

    def setIcon(self, icon: QIcon) -> None:  # noqa: N802 - Qt API
        super().setIcon(icon)
        self._icon_label.setPixmap(icon.pixmap(self._icon_size))

    def setIconSize(self, size: QSize) -> None:  # noqa: N802 - Qt API
        super().setIconSize(size)
        self._icon_size = size
        self._icon_label.setPixmap(self.icon().pixmap(size))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        hovered = self.underMouse() or self.hasFocus()
        if self.isDown():
            base = base.darker(108)
        border = highlight if hovered else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2.0 if hovered else 1.0))
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 10, 10)
        painter.end()
