"""Small pieces the wizard pages and the case list share."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

if TYPE_CHECKING:
    from photosafe_desktop.ui.wizard.wizard import RemovalWizard


class WizardPage(QWizardPage):
    """A page that retranslates itself and knows its wizard."""

    def wiz(self) -> RemovalWizard:
        return cast("RemovalWizard", self.wizard())

    def retranslate(self) -> None:
        """Set every text (called at construction and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


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
            text = QPlainTextEdit(value)
            text.setReadOnly(True)
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
