"""A follow-up letter (reminder or escalation) to read, copy, save as .eml and mark as sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.deadlines import Escalation, Letter
from photosafe_desktop.core.requests.sending import SendError, save_eml
from photosafe_desktop.ui.context import Dialogs
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.widgets import wrapped_label


class LetterDialog(QDialog):
    """Shows ``make_letter(choice)``; ``choices`` (escalations) may be empty (a reminder)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        make_letter: Callable[[Escalation | None], Letter],
        choices: tuple[Escalation, ...] = (),
        to: str = "",
        sender: str = "",
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LetterDialog")
        self.dialogs = dialogs or Dialogs()
        self.setWindowTitle(title)
        self.resize(760, 620)
        self.make_letter = make_letter
        self.sender = sender
        self.choices = choices
        self.marked_sent = False
        layout = QVBoxLayout(self)
        self.explanation = wrapped_label(explanation)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("escalation_choice")
        for kind in choices:
            self.choice.addItem(tr_message(kind.message), kind.value)
        self.choice.currentIndexChanged.connect(self._regenerate)
        if choices:
            form.addRow(self.tr("&Who to turn to:"), self.choice)
            self.choice.setAccessibleName(self.tr("Who to turn to"))
        self.to = QLineEdit(to)
        self.to.setObjectName("letter_to")
        self.to.setAccessibleName(self.tr("To (e-mail address)"))
        form.addRow(self.tr("&To:"), self.to)
        self.where = wrapped_label()
        self.where.setObjectName("letter_where")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.where)
        self.subject = QLineEdit()
        self.subject.setObjectName("letter_subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        form.addRow(self.tr("S&ubject:"), self.subject)
        layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("letter_text")
        self.text.setAccessibleName(self.tr("Text of the letter"))
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        self.result = wrapped_label()
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.eml_button = QPushButton(self.tr("Save as e-mail &file…"))
        self.eml_button.clicked.connect(self.save)
        self.sent_button = QPushButton(self.tr("I have &sent it"))
        self.sent_button.setObjectName("letter_sent")
        self.sent_button.clicked.connect(self.mark_sent)
        for button in (self.copy_button, self.eml_button, self.sent_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._regenerate()

    def current_choice(self) -> Escalation | None:
        index = self.choice.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def _regenerate(self) -> None:
        letter = self.make_letter(self.current_choice())
        self.letter = letter
        self.subject.setText(letter.subject)
        self.text.setPlainText(letter.text)
        # who it goes to, and how: the form's link, the e-mail address, the phone, the address
        self.where.setText("\n".join(letter.to_lines))
        self.where.setVisible(bool(letter.to_lines))
        if letter.channel == "email" and "@" in letter.address_or_url:
            self.to.setText(letter.address_or_url)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{self.text.toPlainText()}")
        self.result.setText(self.tr("Copied."))

    def save(self) -> None:
        path = self.dialogs.save_path(
            self,
            self.tr("Save the letter as an e-mail file"),
            str(Path.home() / "photosafe-letter.eml"),
            self.tr("E-mail files (*.eml)"),
        )
        if not path:
            return
        if not path.lower().endswith(".eml"):
            path += ".eml"
        to = self.to.text().strip()
        try:
            save_eml(
                Path(path),
                to=to if "@" in to else "",
                subject=self.subject.text(),
                text=self.text.toPlainText(),
                sender_email=self.sender,
                language=self.letter.language,
            )
        except SendError as exc:
            self.result.setText(tr_message(exc.message))
            return
        self.result.setText(self.tr("Saved. Open it with your mail program to send it."))

    def mark_sent(self) -> None:
        self.marked_sent = True
        self.accept()
