"""Small reusable widgets: choice buttons, wrapped labels, notice boxes, copy fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
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


def wrapped_label(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def notice_frame(kind: str = "info") -> tuple[QFrame, QVBoxLayout]:
    """A softly coloured box for a safety notice (``info``, ``warning`` or ``stop``)."""
    frame = QFrame()
    frame.setObjectName(f"notice_{kind}")
    colours = {
        "info": ("#eef5fa", "#9cc3dc"),
        "warning": ("#fff7e6", "#e6b35c"),
        "stop": ("#fdeeee", "#d77a7a"),
        "ok": ("#edf7f0", "#8cc5a0"),
    }[kind]
    frame.setStyleSheet(
        f"QFrame#notice_{kind} {{ background: {colours[0]}; border: 1px solid {colours[1]};"
        " border-radius: 8px; } QFrame#notice_" + kind + " QLabel { color: #1d1d1d; }"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    return frame, layout


class PassiveTextView(QPlainTextEdit):
    """A read-only text box inside a scrolling page: the mouse wheel scrolls the page, not
    the box, until the box has the focus (clicked or tabbed into)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            super().wheelEvent(event)
            return
        page = self._page()
        if page is None:
            super().wheelEvent(event)
            return
        # handed to the page explicitly: Qt does not pass a wheel event on to the parents
        # when it was not a real one (and a real one would first scroll this box)
        viewport = page.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(viewport, forwarded)
        event.accept()

    def _page(self) -> QAbstractScrollArea | None:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                return parent
            parent = parent.parentWidget()
        return None


class CopyField(QWidget):
    """A labelled, read-only text with a Copy button (for web forms)."""

    def __init__(self, label: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        row = QHBoxLayout()
        self.label = wrapped_label(label, bold=True)
        row.addWidget(self.label, 1)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        if "\n" in value or len(value) > 80:
            text = PassiveTextView(value)
            lines = min(8, value.count("\n") + 2 + len(value) // 90)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 12)
            self.text: QWidget = text
        else:
            self.text = wrapped_label(value or "—")
        self.text.setAccessibleName(label)
        layout.addWidget(self.text)
        self.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.copy_button.setText(QCoreApplication.translate("WizardCommon", "Copied"))

    def retranslate(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("WizardCommon", "Copy"))
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("WizardCommon", "Copy: {field}").format(
                field=self.label.text()
            )
        )
