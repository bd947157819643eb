"""One request's send panel, used by the wizard's send page and by My cases.

- web form: open the exact page in the browser, a panel with each field's text and a Copy
  button, the platform's own notes, and "I have sent it";
- e-mail: through the user's SMTP account (password from the keyring or asked each time),
  or as an ``.eml`` file for any mail client;
- an organisation's intake system (API), when one is set up.

Every attempt is recorded in the case log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.history import CONFIRMED
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import RequestRecord
from photosafe_desktop.core.dates import format_datetime
from photosafe_desktop.core.requests.outbox import (
    email_for,
    reply_note,
    save_as_eml,
    send_email,
    send_to_api,
)
from photosafe_desktop.core.requests.recipients import notes_in_language
from photosafe_desktop.core.requests.sending import (
    SendError,
    not_configured,
)
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.mail_settings import (
    MailSettingsDialog,
    api_secret_name,
    smtp_config,
    smtp_secret_name,
)
from photosafe_desktop.ui.widgets import CopyField, notice_frame, wrapped_label

log = logging.getLogger(__name__)


def channel_label(channel: str) -> str:
    texts = {
        "web_form": QCoreApplication.translate("ReviewPage", "a form on their website"),
        "email": QCoreApplication.translate("ReviewPage", "e-mail"),
        "in_app": QCoreApplication.translate("ReviewPage", "the app itself"),
    }
    return texts.get(channel, channel)


def eligibility_text(name: str, may_file: bool | None) -> str:
    """A warning when the directory says the requester may not (or may not always) file."""
    if may_file is False:
        return QCoreApplication.translate(
            "ReviewPage",
            "Careful: according to {name}, this form is only for certain people (for "
            "example the person shown, or a parent of a child under 13). It may be "
            "refused; the person shown may have to send it themselves.",
        ).format(name=name)
    if may_file is None:
        return QCoreApplication.translate(
            "ReviewPage",
            "{name} may only accept this from a parent if the child is under 13. Fill in "
            "the age on the earlier page if you know it.",
        ).format(name=name)
    return ""


@dataclass(frozen=True)
class SendOutcome:
    ok: bool
    text: str


def eml_folder() -> str:
    """Where a saved ``.eml`` goes by default: the user's Documents folder (a case has no
    folder of its own outside the private case log), never a folder of shared photos."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


class RequestPanel(QWidget):
    """Everything to send one request."""

    def __init__(
        self,
        context: AppContext,
        case: Case,
        record: RequestRecord,
        on_changed: Callable[[RequestPanel], None] | None = None,
    ) -> None:
        """``record`` carries the full draft as saved (fields, notes, who may file)."""
        super().__init__()
        fields = record.fields
        # saved in the language of the day: shown in today's (issue 15)
        notes = notes_in_language(record.notes, context.language(), context.directory())
        self.may_file = record.may_file
        self.context = context
        self.case = case
        self.on_changed = on_changed
        self.record = record
        self.setObjectName(f"panel_{record.recipient_id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the card: who, the status, the actions and their outcome; always in view (issue 15:
        # "I have sent it" used to sit at the bottom of a long scroll area, its confirmation
        # out of sight); the parts to copy scroll below it
        self.card = QFrame()
        self.card.setObjectName("send_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        outer.addWidget(self.card)

        self.heading = wrapped_label(bold=True, scale=1.15)
        layout.addWidget(self.heading)
        self.status = wrapped_label()
        self.status.setObjectName("send_status")
        layout.addWidget(self.status)
        self.eligibility = wrapped_label()
        self.eligibility.setObjectName("eligibility")
        self.eligibility.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.eligibility)

        self.steps = wrapped_label()
        layout.addWidget(self.steps)
        self.address_row = QWidget()
        address_layout = QHBoxLayout(self.address_row)
        address_layout.setContentsMargins(0, 0, 0, 0)
        self.address_label = wrapped_label()
        self.address = QLineEdit(record.address_or_url)
        self.address.setObjectName("send_address")
        self.address_label.setBuddy(self.address)
        address_layout.addWidget(self.address_label)
        address_layout.addWidget(self.address, 1)
        layout.addWidget(self.address_row)
        self.reply_warning = wrapped_label()
        self.reply_warning.setObjectName("reply_warning")
        self.reply_warning.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.reply_warning)
        buttons = QHBoxLayout()
        self.open_form = QPushButton()
        self.open_form.setObjectName("open_form")
        self.open_form.clicked.connect(self.open_web_form)
        self.send_mail = QPushButton()
        self.send_mail.setObjectName("send_email")
        self.send_mail.clicked.connect(self.send_by_email)
        self.resend_mail = QPushButton()
        self.resend_mail.setObjectName("resend_email")
        self.resend_mail.clicked.connect(self.send_again_by_email)
        self.save_eml_button = QPushButton()
        self.save_eml_button.setObjectName("save_eml")
        self.save_eml_button.clicked.connect(self.save_as_eml)
        self.send_api = QPushButton()
        self.send_api.setObjectName("send_api")
        self.send_api.clicked.connect(self.send_to_api)
        for button in (
            self.open_form,
            self.send_mail,
            self.resend_mail,
            self.save_eml_button,
            self.send_api,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        done_row = QHBoxLayout()
        self.copy_all = QPushButton()
        self.copy_all.setObjectName("copy_all")
        self.copy_all.clicked.connect(self.copy_text)
        self.sent_button = QPushButton()
        self.sent_button.setObjectName("mark_sent")
        self.sent_button.clicked.connect(self.mark_sent)
        done_row.addWidget(self.copy_all)
        done_row.addWidget(self.sent_button)
        done_row.addStretch(1)
        layout.addLayout(done_row)
        # the outcome of the last action, right under the buttons
        self.result = wrapped_label()
        self.result.setObjectName("send_result")
        self.result.setVisible(False)
        layout.addWidget(self.result)
        self.open_failed_row = QWidget()
        self.open_failed_row.setObjectName("open_failed")
        failed_layout = QHBoxLayout(self.open_failed_row)
        failed_layout.setContentsMargins(0, 0, 0, 0)
        self.open_failed_address = QLineEdit()
        self.open_failed_address.setObjectName("open_failed_address")
        self.open_failed_address.setReadOnly(True)
        self.copy_address = QPushButton()
        self.copy_address.setObjectName("copy_address")
        self.copy_address.clicked.connect(self.copy_failed_address)
        failed_layout.addWidget(self.open_failed_address, 1)
        failed_layout.addWidget(self.copy_address)
        self.open_failed_row.setVisible(False)
        layout.addWidget(self.open_failed_row)

        # below the card: the parts to copy and the platform's notes, in their own scroll area
        self.scroll = QScrollArea()
        self.scroll.setObjectName("send_details")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        details = QVBoxLayout(inner)
        details.setContentsMargins(0, 4, 0, 0)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll, 1)

        self.fields_box = QFrame()
        fields_layout = QVBoxLayout(self.fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_title = wrapped_label(bold=True)
        fields_layout.addWidget(self.fields_title)
        self.copy_fields = [CopyField(f.label, f.value) for f in fields]
        if not any(f.value == record.text for f in fields):
            self.copy_fields.append(CopyField("", record.text))
        for field in self.copy_fields:
            fields_layout.addWidget(field)
        details.addWidget(self.fields_box)

        self.notes_frame, notes_layout = notice_frame("info")
        self.notes_title = wrapped_label(bold=True)
        notes_layout.addWidget(self.notes_title)
        self.notes = wrapped_label("\n".join(f"• {n}" for n in notes))
        notes_layout.addWidget(self.notes)
        self.notes_frame.setVisible(bool(notes))
        details.addWidget(self.notes_frame)
        details.addStretch(1)
        self.busy = False
        self.retranslate()

    # -- state ------------------------------------------------------------------------

    @property
    def channel(self) -> str:
        return self.record.channel

    def refresh(self) -> None:
        store = self.context.store()
        self.record = store.get_request(self.record.id)
        self.retranslate()
        if self.on_changed is not None:
            self.on_changed(self)

    def _record(self, channel: str, ok: bool, detail: str) -> None:
        store = self.context.store()
        store.record_send(self.record.id, channel, ok, detail)
        self.refresh()

    def _show_result(self, outcome: SendOutcome) -> None:
        colour = "#1f6b3a" if outcome.ok else "#a12a2a"
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(outcome.text)
        self.result.setVisible(bool(outcome.text))

    # -- actions ----------------------------------------------------------------------

    def open_web_form(self) -> None:
        address = self.record.address_or_url
        if not self.context.open_url(QUrl(address)):
            # nothing opened: say so, with the address to copy into a browser
            self.open_failed_address.setText(address)
            self.open_failed_row.setVisible(True)
            self._show_result(
                SendOutcome(
                    False,
                    self.tr(
                        "Your web browser did not open. Copy this address into your browser "
                        "yourself:"
                    ),
                )
            )
            return
        self.open_failed_row.setVisible(False)
        self.context.store().log_event(
            self.record.case_id, "web_form_opened", self.record.recipient_id, self.record.id
        )
        self._show_result(
            SendOutcome(
                True,
                self.tr(
                    "The form is opening in your browser. Copy each part below into it, send "
                    'it, then click "I have sent it".'
                ),
            )
        )

    def copy_failed_address(self) -> None:
        QGuiApplication.clipboard().setText(self.open_failed_address.text())
        self._show_result(SendOutcome(True, self.tr("The address is copied.")))

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.record.subject}\n\n{self.record.text}")
        self._show_result(SendOutcome(True, self.tr("The subject and text are copied.")))

    def mark_sent(self) -> None:
        self._record(self.channel, True, CONFIRMED)
        self._show_result(
            SendOutcome(True, self.tr("Noted. PhotoSafe will remind you when to follow up."))
        )

    def _address(self) -> str:
        """The recipient's e-mail address; a correction typed here is kept in the case."""
        typed = self.address.text().strip()
        if typed and typed != self.record.address_or_url and self.channel == "email":
            self.record = self.context.store().update_request_address(self.record.id, typed)
        return typed or self.record.address_or_url

    def save_as_eml(self) -> None:
        settings = self.context.settings
        # never the folder of photos meant for sharing (the last export or import folder)
        folder = eml_folder()
        name = f"{self.record.recipient_name}.eml".replace("/", "-").replace(":", "-")
        path = self.context.dialogs.save_path(
            self,
            self.tr("Save the request as an e-mail file"),
            str(Path(folder) / name),
            self.tr("E-mail files (*.eml)"),
        )
        if not path:
            return
        if not path.lower().endswith(".eml"):
            path += ".eml"
        try:
            save_as_eml(
                Path(path), self.record, self.case, self._address(), settings.get("smtp_from")
            )
        except SendError as exc:
            self._show_result(SendOutcome(False, tr_message(exc.message)))
            return
        self.context.store().log_event(self.record.case_id, "eml_saved", "", self.record.id)
        self._show_result(
            SendOutcome(
                True,
                self.tr(
                    "Saved. Open the file with your mail program, check it and send it; then "
                    'click "I have sent it".'
                ),
            )
        )

    @property
    def already_sent(self) -> bool:
        return self.record.sent_at is not None and self.record.status is not Status.DRAFT

    def send_again_by_email(self) -> None:
        """Send the same e-mail once more: only after the user confirms it."""
        if not self.context.dialogs.confirm(
            self,
            self.tr("Send again?"),
            self.tr(
                "This e-mail was already sent on {when}. Send the same e-mail to {name} again?"
            ).format(when=self._sent_when(), name=self.record.recipient_name),
        ):
            return
        self.send_by_email(again=True)

    def send_by_email(self, _checked: bool = False, *, again: bool = False) -> None:
        if self.busy or (self.already_sent and not again):
            return  # a second click never sends the same e-mail twice
        context = self.context
        config = smtp_config(context.settings)
        if not config.complete:
            dialog = MailSettingsDialog(context, self)
            if dialog.exec() != MailSettingsDialog.DialogCode.Accepted:
                return
            config = smtp_config(context.settings)
            if not config.complete:
                missing = not_configured()
                self._show_result(SendOutcome(False, tr_message(missing.message)))
                return
        password: str | None = None
        if config.user:
            password = context.secrets.get(smtp_secret_name(config))
            if password is None:
                password = context.dialogs.ask_secret(
                    self,
                    self.tr("Mail password"),
                    self.tr("Password for {user} (it is not stored):").format(user=config.user),
                )
                if password is None:
                    return
        try:
            message = email_for(self.record, self.case, config, self._address())
        except SendError as exc:
            self._show_result(SendOutcome(False, tr_message(exc.message)))
            return
        self._start(self.tr("Sending…"))
        context.tasks.run(
            send_email,
            config,
            password,
            message,
            on_done=lambda detail: self._finish("email", True, str(detail)),
            on_error=lambda exc: self._failed("email", exc.code, tr_message(exc.message)),
            on_bug=lambda _exc: self._failed("email", "error", self.tr("Sending did not work.")),
        )

    def send_to_api(self) -> None:
        context = self.context
        endpoint = context.settings.get("api_endpoint")
        case = self.case
        if not endpoint or case is None:
            return
        token = context.secrets.get(api_secret_name(endpoint))
        if token is None:
            token = context.dialogs.ask_secret(
                self,
                self.tr("Access token"),
                self.tr("Access token for the organisation's system (it is not stored):"),
            )
            if token is None:
                return
        self._start(self.tr("Sending…"))
        context.tasks.run(
            send_to_api,
            self.record,
            case,
            endpoint,
            token,
            on_done=lambda result: self._finish(
                "api", True, f"HTTP {result.status} {result.reference}".strip()
            ),
            on_error=lambda exc: self._failed("api", exc.code, tr_message(exc.message)),
            on_bug=lambda _exc: self._failed("api", "error", self.tr("Sending did not work.")),
        )

    def _start(self, text: str) -> None:
        self.busy = True
        self.setEnabled(False)
        self._show_result(SendOutcome(True, text))

    def _finish(self, channel: str, ok: bool, detail: str) -> None:
        self.busy = False
        self.setEnabled(True)
        self._record(channel, ok, detail)
        self._show_result(
            SendOutcome(True, self.tr("✔ Sent. PhotoSafe will remind you when to follow up."))
        )

    def _failed(self, channel: str, code: str, text: str) -> None:
        self.busy = False
        self.setEnabled(True)
        self._record(channel, False, code)
        self._show_result(SendOutcome(False, "✘ " + text))

    # -- texts ------------------------------------------------------------------------

    def _sent_when(self) -> str:
        sent_at = self.record.sent_at
        if sent_at is None:
            return ""
        return format_datetime(sent_at, self.context.language())

    def retranslate(self) -> None:
        record = self.record
        self.heading.setText(record.recipient_name)
        self.eligibility.setText(eligibility_text(record.recipient_name, self.may_file))
        self.eligibility.setVisible(bool(self.eligibility.text()))
        status = tr_message(record.status.message)
        if record.status is Status.DRAFT:
            status = self.tr("not sent yet")
        if record.sent_at is not None and record.status is not Status.DRAFT:
            when = format_datetime(record.sent_at, self.context.language())
            status = self.tr("{status} (sent {when})").format(status=status, when=when)
        self.status.setText(self.tr("Status: {status}").format(status=status))
        web = record.channel in ("web_form", "in_app")
        email = record.channel == "email"
        if record.channel == "web_form":
            self.steps.setText(
                self.tr(
                    "{name} takes requests through {channel}. 1. Open the form. 2. Copy each "
                    'part below into the matching field. 3. Send the form, then click "I have '
                    'sent it".'
                ).format(name=record.recipient_name, channel=channel_label(record.channel))
            )
        elif record.channel == "in_app":
            self.steps.setText(
                self.tr(
                    "{name} takes requests in its app: use its report button and copy the parts "
                    'below into it, then click "I have sent it".'
                ).format(name=record.recipient_name)
            )
        else:
            self.steps.setText(
                self.tr(
                    "{name} takes requests by e-mail. Send it with your own e-mail account, or "
                    "save it as a file to open in your mail program."
                ).format(name=record.recipient_name)
            )
        self.open_form.setVisible(web and bool(record.address_or_url))
        if record.channel == "in_app":  # the platform's page that explains its report steps
            self.open_form.setText(self.tr("&Open the help page"))
        else:
            self.open_form.setText(self.tr("&Open the form"))
        self.send_mail.setVisible(email)
        if self.already_sent:
            self.send_mail.setText(self.tr("Sent on {when}").format(when=self._sent_when()))
        else:
            self.send_mail.setText(self.tr("Send by &e-mail now"))
        self.send_mail.setEnabled(not self.already_sent)
        self.resend_mail.setVisible(email and self.already_sent)
        self.resend_mail.setText(self.tr("Send &again…"))
        self.save_eml_button.setVisible(email)
        self.save_eml_button.setText(self.tr("Save as e-mail &file…"))
        endpoint = self.context.settings.get("api_endpoint")
        self.send_api.setVisible(bool(endpoint))
        self.send_api.setText(self.tr("Send to the &organisation's system"))
        self.copy_all.setText(self.tr("&Copy the whole text"))
        self.address_row.setVisible(email)
        note = reply_note(self.case, self.context.settings.get("smtp_from")) if email else None
        self.reply_warning.setText("⚠ " + tr_message(note) if note is not None else "")
        self.reply_warning.setVisible(note is not None)
        self.address_label.setText(self.tr("&To:"))
        self.address.setAccessibleName(self.tr("E-mail address of the recipient"))
        self.fields_box.setVisible(web or email)
        if email:
            self.fields_title.setText(self.tr("The e-mail that will be sent"))
        else:
            self.fields_title.setText(self.tr("The parts to copy into the form"))
        for field in self.copy_fields:
            if not field.label.text():
                field.label.setText(self.tr("The whole request"))
            field.retranslate()
            # an e-mail goes as one text: its parts are for web forms only
            field.setVisible(not email or field.value == record.text)
        self.notes_title.setText(
            self.tr("What {name} says about this route:").format(name=record.recipient_name)
        )
        self.sent_button.setText(self.tr("I have &sent it"))
        self.copy_address.setText(self.tr("Co&py the address"))


class SendDialog(QDialog):
    """One request's send panel on its own, for sending later from My cases."""

    def __init__(
        self, context: AppContext, case: Case, record: RequestRecord, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SendDialog")
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        # the draft as it was saved: never re-drafted with today's language or directory
        self.panel = RequestPanel(context, case, record)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Send: {name}").format(name=record.recipient_name))

    def reject(self) -> None:
        if self.panel.busy:
            return  # wait for the send to finish
        super().reject()


__all__ = [
    "RequestPanel",
    "SendDialog",
    "SendOutcome",
    "channel_label",
    "eligibility_text",
    "eml_folder",
]
