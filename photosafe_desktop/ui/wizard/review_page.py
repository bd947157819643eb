"""Page 5, review: one drafted request per recipient, editable, with the completeness check in
plain words. A commit page: going on saves the case, its requests and its evidence."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.evidence import EvidenceError, EvidenceRefused
from photosafe_desktop.core.cases.store import EvidenceItem, StoreError
from photosafe_desktop.core.consent.register import GroupInfo, load_register
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.origin.route import draft_with_origin
from photosafe_desktop.core.requests.letters import (
    DraftRequest,
    Drafts,
    recheck,
)
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.requests_panel import channel_label, eligibility_text
from photosafe_desktop.ui.widgets import wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage

log = logging.getLogger(__name__)


def missing_text(request: DraftRequest) -> str:
    return "; ".join(tr_message(m.message) for m in request.missing)


class ReviewPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCommitPage(True)
        self.drafts: Drafts | None = None
        self.requests: list[DraftRequest] = []
        layout = QVBoxLayout(self)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("review_list")
        self.list.currentRowChanged.connect(self._show)
        splitter.addWidget(self.list)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(6, 0, 0, 0)
        self.recipient_info = wrapped_label()
        self.recipient_info.setObjectName("recipient_info")
        editor_layout.addWidget(self.recipient_info)
        self.eligibility = wrapped_label()
        self.eligibility.setObjectName("eligibility")
        self.eligibility.setStyleSheet("color: #8a5a00;")
        editor_layout.addWidget(self.eligibility)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.editingFinished.connect(self._address_edited)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.textEdited.connect(self._subject_edited)
        form.addRow("address", self.address)
        form.addRow("subject", self.subject)
        self.form = form
        editor_layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("request_text")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._text_edited)
        editor_layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.check = wrapped_label()
        self.check.setObjectName("completeness")
        row.addWidget(self.check, 1)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_text")
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        editor_layout.addLayout(row)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 800])
        self.list.setMinimumWidth(160)
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(320)
        layout.addWidget(splitter, 1)
        self._originals: list[DraftRequest] = []
        self._loading = False
        self._listening = False
        self.retranslate()

    def reset(self) -> None:
        self.drafts = None
        self.requests = []
        self._originals = []
        self.list.clear()

    # -- drafting ---------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard = self.wiz()
        if not self._listening:
            wizard.where_page.lookup_finished.connect(self._lookup_finished)
            self._listening = True
        case = wizard.build_case()
        wizard.case = case
        match = wizard.answers.origin_match
        self.drafts = draft_with_origin(
            case,
            wizard.language,
            wizard.directory(),
            host_contacts=wizard.host_contacts,
            match=match,
            group=self._group() if match is not None else None,
        )
        self.requests = list(self.drafts.requests)
        self._originals = list(self.requests)
        self.list.clear()
        for _request in self.requests:
            item = QListWidgetItem()
            self.list.addItem(item)
            self._update_item(self.list.count() - 1)
        if self.requests:
            self.list.setCurrentRow(0)
        self.retranslate()

    @staticmethod
    def _group() -> GroupInfo:
        """The group's details from the consent register, if the group saved them."""
        try:
            return load_register().group
        except (PhotoSafeError, OSError, ValueError):
            return GroupInfo()

    def _update_item(self, row: int) -> None:
        request = self.requests[row]
        item = self.list.item(row)
        no_address = request.recipient.channel == "email" and not request.recipient.address_or_url
        mark = "✘" if not request.complete else ("…" if no_address else "✔")
        item.setText(f"{mark} {request.recipient.name}")
        item.setToolTip(
            self.tr("Ready")
            if request.complete
            else self.tr("Still missing: {missing}").format(missing=missing_text(request))
        )

    def current(self) -> int:
        return self.list.currentRow()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.requests):
            return
        self._loading = True
        request = self.requests[row]
        recipient = request.recipient
        language_names = {"nl": self.tr("Dutch"), "fr": self.tr("French"), "en": self.tr("English")}
        info = self.tr("To <b>{name}</b>, through {channel}. Written in {language}.").format(
            name=recipient.name,
            channel=channel_label(recipient.channel),
            language=language_names.get(recipient.language, recipient.language),
        )
        if recipient.language != request.user_language:
            info += " " + self.tr("Your own language follows below it, for you to read.")
        self.recipient_info.setText(info)
        self.eligibility.setText(eligibility_text(recipient.name, recipient.may_file))
        self.eligibility.setVisible(bool(self.eligibility.text()))
        email = recipient.channel == "email"
        self.address.setVisible(email)
        label = self.form.labelForField(self.address)
        if label is not None:
            label.setVisible(email)
        self.address.setText(recipient.address_or_url if email else "")
        self.subject.setText(request.subject)
        self.text.setPlainText(request.text)
        self._loading = False
        self._update_check()

    def _update_check(self) -> None:
        row = self.current()
        if not 0 <= row < len(self.requests):
            return
        request = self.requests[row]
        if request.complete:
            self.check.setText(
                self.tr("✔ Complete: everything the law asks for in a notice is there.")
            )
            self.check.setStyleSheet("color: #1f6b3a;")
        else:
            self.check.setText(
                self.tr("✘ Not complete yet. Still missing: {missing}.").format(
                    missing=missing_text(request)
                )
            )
            self.check.setStyleSheet("color: #a12a2a;")
        if request.recipient.channel == "email" and not request.recipient.address_or_url:
            self.check.setText(
                self.check.text()
                + " "
                + self.tr(
                    "There is no e-mail address yet: type the website's contact or abuse "
                    "address above, or send it later."
                )
            )
        self._update_item(row)

    def _text_edited(self) -> None:
        row = self.current()
        if self._loading or not 0 <= row < len(self.requests) or self.wiz().case is None:
            return
        self.requests[row] = recheck(self.requests[row], self.wiz().case, self.text.toPlainText())  # type: ignore[arg-type]
        self._update_check()
        self.completeChanged.emit()

    def _subject_edited(self, text: str) -> None:
        row = self.current()
        if 0 <= row < len(self.requests):
            self.requests[row] = replace(self.requests[row], subject=text)

    def _address_edited(self) -> None:
        row = self.current()
        if not 0 <= row < len(self.requests):
            return
        request = self.requests[row]
        address = self.address.text().strip()
        if request.recipient.channel == "email" and address != request.recipient.address_or_url:
            self.requests[row] = replace(
                request, recipient=replace(request.recipient, address_or_url=address)
            )
            self._update_check()

    def _lookup_finished(self, host: str) -> None:
        """A lookup still running when the drafts were made has found the host's address."""
        wizard = self.wiz()
        contact = wizard.host_contacts.get(host)
        if contact is None or wizard.currentPage() is not self:
            return
        for row, request in enumerate(self.requests):
            recipient = request.recipient
            if recipient.id != f"host:{host}" or recipient.address_or_url:
                continue
            name = f"{contact.organisation} ({host})" if contact.organisation else host
            found = replace(recipient, address_or_url=contact.email, name=name, notes=())
            self.requests[row] = replace(request, recipient=found)
            self._originals[row] = replace(self._originals[row], recipient=found)
            self._update_item(row)
            if row == self.current():
                self._show(row)

    def _restore(self) -> None:
        row = self.current()
        if 0 <= row < len(self.requests):
            self.requests[row] = self._originals[row]
            self._show(row)
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.requests) and all(r.complete for r in self.requests)

    # -- commit -----------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self._address_edited()
        if not self.isComplete():
            return False
        try:
            self.save()
        except (StoreError, EvidenceError, EvidenceRefused) as exc:
            self.wiz().context.dialogs.inform(
                self, self.tr("Could not save"), tr_message(exc.message)
            )
            return False
        except OSError as exc:
            self.wiz().context.dialogs.inform(
                self, self.tr("Could not save"), exc.strerror or type(exc).__name__
            )
            return False
        return True

    def save(self) -> str:
        """Keep the case, its requests and its evidence in the case log; returns the id."""
        wizard = self.wiz()
        case = wizard.case
        assert case is not None and not case.is_csam
        screenshot = wizard.answers.screenshot
        evidence = [
            EvidenceItem(
                url,
                captured_at=case.seen_at,
                screenshot=screenshot if index == 0 else None,
                note=case.account_name,
            )
            for index, url in enumerate(case.urls)
        ]
        # one transaction: all of it or nothing
        stored = wizard.context.store().save_case(case, self.requests, evidence)
        wizard.saved_case_id = stored.id
        wizard.case_saved.emit(stored.id)
        log.info("case saved with %d requests", len(self.requests))
        return stored.id

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the requests"))
        self.setSubTitle(self.tr("One request per place. Read them; you may change the text."))
        self.intro.setText(
            self.tr(
                "PhotoSafe wrote a request for every place where the image is, with the legal "
                "grounds each one has to consider. A ✔ means the request is complete. When "
                "you go on, the case is saved in My cases."
            )
        )
        for widget, text in ((self.address, self.tr("&To:")), (self.subject, self.tr("S&ubject:"))):
            label = self.form.labelForField(widget)
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.list.setAccessibleName(self.tr("Requests, one per recipient"))
        self.text.setAccessibleName(self.tr("Text of the request"))
        self.restore_button.setText(self.tr("&Restore the original text"))
        if self.requests:
            for row in range(len(self.requests)):
                self._update_item(row)
            self._show(max(0, self.current()))
