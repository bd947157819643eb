"""My cases: every case with each request's status and next due date, overdue highlighted;
per request: mark acknowledged / removed / refused, reminder and escalation letters, a
calendar entry; per case: the dossier PDF, and deleting it for real."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.deadlines import (
    Escalation,
    Letter,
    Status,
    can_change,
    escalation_letter,
    escalations_for,
    reminder_letter,
    schedule,
    write_calendar,
)
from photosafe_desktop.core.cases.dossier import build_dossier
from photosafe_desktop.core.cases.follow_up import calendar_events, next_reminder_stage
from photosafe_desktop.core.cases.history import history
from photosafe_desktop.core.cases.model import CATEGORY_LABELS, Case
from photosafe_desktop.core.cases.store import (
    CaseStore,
    CaseSummary,
    LogEvent,
    RequestRecord,
    StoreError,
)
from photosafe_desktop.core.dates import format_date
from photosafe_desktop.ui.areas import AreaPage
from photosafe_desktop.ui.cases.letters import LetterDialog
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.requests_panel import SendDialog
from photosafe_desktop.ui.widgets import wrapped_label

log = logging.getLogger(__name__)

ROLE_CASE = Qt.ItemDataRole.UserRole
ROLE_REQUEST = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#a12a2a")


def _local(moment: datetime, language: str) -> str:
    return format_date(moment, language)


class CasesArea(AreaPage):
    area_name = "cases"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._store = context.store
        self._language = context.language
        self._now = now or (lambda: datetime.now(timezone.utc))
        self.summaries: list[CaseSummary] = []
        self.events: dict[str, list[LogEvent]] = {}  # each case's log, read with the summaries

        self.intro = wrapped_label()
        self.body.addWidget(self.intro)
        self.empty = wrapped_label(scale=1.1)
        self.empty.setObjectName("no_cases")
        self.body.addWidget(self.empty)
        self.start_button = QPushButton()
        self.start_button.setObjectName("start_removal")
        self.start_button.clicked.connect(self._start_removal)
        self.body.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setObjectName("case_tree")
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._update_buttons)
        row.addWidget(self.tree, 1)

        side = QVBoxLayout()
        self.request_box = QGroupBox()
        grid = QGridLayout(self.request_box)
        self.acknowledged = QPushButton()
        self.acknowledged.setObjectName("mark_acknowledged")
        self.removed = QPushButton()
        self.removed.setObjectName("mark_removed")
        self.refused = QPushButton()
        self.refused.setObjectName("mark_refused")
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_request")
        self.send_button.clicked.connect(self.open_send)
        self.sent = QPushButton()
        self.sent.setObjectName("mark_sent")
        self.reminder = QPushButton()
        self.reminder.setObjectName("reminder_letter")
        self.escalation = QPushButton()
        self.escalation.setObjectName("escalation_letter")
        self.calendar = QPushButton()
        self.calendar.setObjectName("calendar_entry")
        self.acknowledged.clicked.connect(lambda: self.set_status(Status.ACKNOWLEDGED))
        self.removed.clicked.connect(lambda: self.set_status(Status.REMOVED))
        self.refused.clicked.connect(lambda: self.set_status(Status.REFUSED))
        self.sent.clicked.connect(lambda: self.set_status(Status.SENT))
        self.reminder.clicked.connect(self.make_reminder)
        self.escalation.clicked.connect(self.make_escalation)
        self.calendar.clicked.connect(self.save_calendar)
        for index, button in enumerate(
            (
                self.send_button,
                self.sent,
                self.acknowledged,
                self.removed,
                self.refused,
                self.reminder,
                self.escalation,
                self.calendar,
            )
        ):
            grid.addWidget(button, index, 0)
        side.addWidget(self.request_box)
        self.case_box = QGroupBox()
        case_layout = QVBoxLayout(self.case_box)
        self.dossier = QPushButton()
        self.dossier.setObjectName("export_dossier")
        self.dossier.clicked.connect(self.export_dossier)
        self.delete = QPushButton()
        self.delete.setObjectName("delete_case")
        self.delete.clicked.connect(self.delete_case)
        case_layout.addWidget(self.dossier)
        case_layout.addWidget(self.delete)
        side.addWidget(self.case_box)
        self.message = wrapped_label()
        self.message.setObjectName("cases_message")
        side.addWidget(self.message)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(320)
        self.side_widget = side_widget
        row.addWidget(side_widget)
        self.body.addLayout(row, 1)
        self.history_box = QGroupBox()
        self.history_box.setObjectName("case_history_box")
        history_layout = QVBoxLayout(self.history_box)
        self.history = QListWidget()
        self.history.setObjectName("case_history")
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(150)
        history_layout.addWidget(self.history)
        self.body.addWidget(self.history_box)
        self._history_case = ""
        self.retranslate()

    # -- data -------------------------------------------------------------------------

    def store(self) -> CaseStore:
        return self._store()

    def title(self) -> str:
        return self.tr("My cases")

    def on_shown(self) -> None:
        self.refresh()
        self.tree.setFocus()

    def refresh(self) -> None:
        """Reload every case from the case log (keeps the selection when it can)."""
        try:
            store = self.store()
            self.summaries = store.list_cases(self._now())
            self.events = {s.case.id: store.events(s.case.id) for s in self.summaries}
        except StoreError as exc:
            self.summaries = []
            self.events = {}
            self.message.setText(tr_message(exc.message))
        self.populate()

    def populate(self) -> None:
        """Show ``self.summaries`` (no database access: also used on a language change)."""
        selected = self.selected()
        self._history_case = "\0"  # reload the log with the new data or language
        self.tree.clear()
        now = self._now()
        language = self._language()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        keep: QTreeWidgetItem | None = None
        for summary in self.summaries:
            case = summary.case
            top = QTreeWidgetItem(
                [
                    self.tr("{what} (since {date})").format(
                        what=QCoreApplication.translate(
                            "Categories", CATEGORY_LABELS[case.category]
                        ),
                        date=_local(case.created_at, language),
                    ),
                    "",
                    "",
                    "",
                ]
            )
            top.setData(0, ROLE_CASE, case.id)
            top.setFont(0, bold)
            if summary.overdue:
                top.setText(0, top.text(0) + " — " + self.tr("Something to do"))
                top.setForeground(0, QBrush(OVERDUE_COLOUR))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            if selected == (case.id, ""):
                keep = top
            for record in summary.requests:
                item = QTreeWidgetItem(
                    [
                        record.recipient_name,
                        tr_message(record.status.message),
                        "",
                        "",
                    ]
                )
                item.setData(0, ROLE_CASE, case.id)
                item.setData(0, ROLE_REQUEST, record.id)
                due = record.next_due(now)
                if due is not None:
                    item.setText(2, tr_message(due.message))
                    item.setText(3, _local(due.due, language))
                    if due.overdue(now):
                        item.setText(
                            3, self.tr("{date} — overdue").format(date=_local(due.due, language))
                        )
                        for column in (2, 3):
                            item.setForeground(column, QBrush(OVERDUE_COLOUR))
                            item.setFont(column, bold)
                        item.setData(
                            0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Overdue")
                        )
                elif record.status is Status.DRAFT:
                    item.setText(2, self.tr("Not sent yet"))
                top.addChild(item)
                if selected == (case.id, record.id):
                    keep = item
            top.setExpanded(True)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        has_cases = bool(self.summaries)
        self.tree.setVisible(has_cases)
        self.side_widget.setVisible(has_cases)
        self.empty.setVisible(not has_cases)
        self.start_button.setVisible(not has_cases)
        if keep is not None:
            self.tree.setCurrentItem(keep)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> tuple[str, str]:
        item = self.tree.currentItem()
        if item is None:
            return "", ""
        return str(item.data(0, ROLE_CASE) or ""), str(item.data(0, ROLE_REQUEST) or "")

    def _summary(self, case_id: str) -> CaseSummary | None:
        return next((s for s in self.summaries if s.case.id == case_id), None)

    def _record(self) -> tuple[Case, RequestRecord] | None:
        case_id, request_id = self.selected()
        summary = self._summary(case_id)
        if summary is None or not request_id:
            return None
        record = next((r for r in summary.requests if r.id == request_id), None)
        return (summary.case, record) if record is not None else None

    def _update_buttons(self, *_args: object) -> None:
        case_id, _request_id = self.selected()
        current = self._record()
        record = current[1] if current else None
        status = record.status if record else None
        for button, target in (
            (self.acknowledged, Status.ACKNOWLEDGED),
            (self.removed, Status.REMOVED),
            (self.refused, Status.REFUSED),
            (self.sent, Status.SENT),
        ):
            button.setEnabled(status is not None and can_change(status, target))
        sent = record is not None and record.sent_at is not None
        is_csam = bool(current and current[0].is_csam)
        self.reminder.setEnabled(sent and not is_csam and bool(status and status.is_open))
        self.escalation.setEnabled(sent and not is_csam)
        self.calendar.setEnabled(sent and bool(record and schedule(record.sent_at, record.grounds)))  # type: ignore[arg-type]
        self.send_button.setEnabled(record is not None and not is_csam)
        self.dossier.setEnabled(bool(case_id))
        self.delete.setEnabled(bool(case_id))
        self.show_history(case_id)

    def show_history(self, case_id: str, *, force: bool = False) -> None:
        """The selected case's log, in words and dates the user's way, newest first."""
        if case_id == self._history_case and not force:
            return
        self._history_case = case_id
        self.history.clear()
        summary = self._summary(case_id)
        self.history_box.setVisible(summary is not None)
        if summary is None:
            return
        events = self.events.get(case_id, [])
        for line in reversed(history(events, self._language(), summary.requests)):
            self.history.addItem(f"{line.when} — {line.text}")

    # -- actions ----------------------------------------------------------------------

    def set_status(self, status: Status) -> None:
        current = self._record()
        if current is None:
            return
        try:
            self.store().set_status(current[1].id, status)
        except (ValueError, StoreError) as exc:
            log.warning("status change refused (%s)", type(exc).__name__)
            return
        self.message.setText(self.tr("Saved: {status}.").format(status=tr_message(status.message)))
        self.refresh()

    def context(self) -> AppContext:
        return self._context

    def open_send(self) -> SendDialog | None:
        """The send panel of the selected request (web form, e-mail, .eml, API)."""
        current = self._record()
        if current is None:
            return None
        dialog = SendDialog(self.context(), current[0], current[1], self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def reminder_stage_for(self, record: RequestRecord) -> int:
        return next_reminder_stage(record, self._now())

    def make_reminder(self) -> LetterDialog | None:
        current = self._record()
        if current is None or current[1].sent_at is None:
            return None
        case, record = current
        stage = self.reminder_stage_for(record)
        language = record.language if record.language in ("nl", "fr", "en") else self._language()

        def make(_choice: Escalation | None) -> Letter:
            return reminder_letter(case, record, stage, language)

        dialog = LetterDialog(
            self.tr("Reminder to {name}").format(name=record.recipient_name),
            self.tr(
                "No answer yet? Send this polite reminder (number {stage} of 3) the same way "
                'you sent the request. Then click "I have sent it".'
            ).format(stage=stage),
            make,
            to=record.address_or_url if "@" in record.address_or_url else "",
            sender=case.requester.email,
            parent=self,
            dialogs=self._context.dialogs,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.accepted.connect(lambda: self._reminder_sent(dialog, record.id, stage))
        dialog.open()
        return dialog

    def _reminder_sent(self, dialog: LetterDialog, request_id: str, stage: int) -> None:
        if dialog.marked_sent:
            self.store().record_reminder(request_id, stage)
            self.message.setText(self.tr("The reminder is noted in the case log."))
            self.refresh()

    def make_escalation(self) -> LetterDialog | None:
        current = self._record()
        if current is None:
            return None
        case, record = current
        choices = escalations_for(case, record)
        if not choices:
            return None
        language = self._language()
        summary = self._summary(case.id)
        requests = summary.requests if summary else (record,)

        def make(choice: Escalation | None) -> Letter:
            return escalation_letter(case, choice or choices[0], language, requests)

        dialog = LetterDialog(
            self.tr("Ask for help or file a complaint"),
            self.tr(
                "When a request is refused or stays unanswered, these organisations can help "
                "or act. Choose one; the letter tells them what happened so far."
            ),
            make,
            choices=choices,
            sender=case.requester.email,
            parent=self,
            dialogs=self._context.dialogs,
        )
        dialog.accepted.connect(lambda: self._escalation_sent(dialog, record.id))
        dialog.open()
        return dialog

    def _escalation_sent(self, dialog: LetterDialog, request_id: str) -> None:
        if dialog.marked_sent:
            choice = dialog.current_choice()
            self.store().record_escalation(request_id, choice.value if choice else "")
            self.message.setText(self.tr("The letter is noted in the case log."))
            self.refresh()

    def save_calendar(self) -> Path | None:
        current = self._record()
        if current is None or current[1].sent_at is None:
            return None
        _case, record = current
        events = calendar_events(record, tr_message, self._language())
        path = self._context.dialogs.save_path(
            self,
            self.tr("Save the calendar entries"),
            str(Path.home() / "photosafe-follow-up.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            write_calendar(path, events)
        except OSError as exc:
            self.message.setText(
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror)
            )
            return None
        self.message.setText(self.tr("Saved. Open the file to add the dates to your calendar."))
        return Path(path)

    def export_dossier(self) -> Path | None:
        case_id, _request_id = self.selected()
        summary = self._summary(case_id)
        if summary is None:
            return None
        path = self._context.dialogs.save_path(
            self,
            self.tr("Save the dossier"),
            str(Path.home() / "photosafe-dossier.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        store = self.store()
        try:
            build_dossier(
                summary.case,
                summary.requests,
                store.events(case_id),
                store.list_evidence(case_id),
                self._language(),
                Path(path),
            )
        except OSError as exc:
            self.message.setText(
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror)
            )
            return None
        self.message.setText(
            self.tr("The dossier is saved. You can print it or give it to the police or a lawyer.")
        )
        return Path(path)

    def delete_case(self) -> bool:
        case_id, _request_id = self.selected()
        if not case_id:
            return False
        delete = self._context.dialogs.confirm(
            self,
            self.tr("Delete this case?"),
            self.tr(
                "This deletes the case, its requests, its log and the screenshots kept for it "
                "from this computer. It cannot be undone. Requests already sent are not "
                "withdrawn."
            ),
        )
        if not delete:
            return False
        try:
            self.store().delete_case(case_id)
        except StoreError as exc:
            self.message.setText(tr_message(exc.message))
            return False
        self.message.setText(self.tr("The case is deleted."))
        self.refresh()
        return True

    # -- texts ------------------------------------------------------------------------

    def _start_removal(self) -> None:
        self._context.navigate("removal")

    def retranslate(self) -> None:
        super().retranslate()
        self.start_button.setText(self.tr("Get an image removed from the internet…"))
        self.intro.setText(
            self.tr(
                "Each case with the requests you made. PhotoSafe tells you when to send a "
                "reminder or to ask for help. Select a request to update it."
            )
        )
        self.empty.setText(
            self.tr(
                "You have no cases yet. When you ask for an image to be removed, the case "
                "appears here so you can follow it up."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("Case / recipient"), self.tr("Status"), self.tr("Next step"), self.tr("When")]
        )
        self.tree.setAccessibleName(self.tr("Cases and requests"))
        self.request_box.setTitle(self.tr("The selected request"))
        self.send_button.setText(self.tr("S&end or open it…"))
        self.sent.setText(self.tr("I have se&nt it"))
        self.acknowledged.setText(self.tr("They &confirmed receipt"))
        self.removed.setText(self.tr("The image is &gone"))
        self.refused.setText(self.tr("They re&fused"))
        self.reminder.setText(self.tr("Re&minder letter…"))
        self.escalation.setText(self.tr("Ask for &help or complain…"))
        self.calendar.setText(self.tr("Add to &calendar (.ics)…"))
        self.case_box.setTitle(self.tr("The selected case"))
        self.dossier.setText(self.tr("&Dossier (PDF) for police or lawyer…"))
        self.delete.setText(self.tr("De&lete the case…"))
        self.history_box.setTitle(self.tr("What happened so far"))
        self.history.setAccessibleName(self.tr("History of the selected case"))
        if self.summaries:
            self.populate()
