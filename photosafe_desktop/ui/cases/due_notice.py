"""A calm start-up notice in the status bar when a follow-up step is due."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from photosafe_desktop.core.cases.store import CaseStore, StoreError
from photosafe_desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class DueNotice(QWidget):
    """ "2 requests are waiting for a next step" + a button to My cases; hidden when none."""

    def __init__(
        self,
        store: Callable[[], CaseStore],
        open_cases: Callable[[], Any],
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("due_notice")
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel()
        self.label.setObjectName("due_notice_text")
        self.button = QPushButton()
        self.button.setObjectName("due_notice_open")
        self.button.clicked.connect(open_cases)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.count = 0
        self.hide()

    def refresh(self) -> int:
        """Count the requests whose next step is due now; show or hide the notice."""
        try:
            items = self._store().due_items(self._now())
        except StoreError as exc:
            log.warning("case log not readable for the due notice (%s)", exc.code)
            items = []
        self.count = sum(1 for item in items if item.overdue)
        self.retranslate()
        self.setVisible(self.count > 0)
        return self.count

    def retranslate(self) -> None:
        if self.count == 1:
            text = self.tr("1 request in My cases can use a next step (a reminder, or a check).")
        else:
            text = self.tr(
                "{count} requests in My cases can use a next step (a reminder, or a check)."
            ).format(count=self.count)
        self.label.setText(text)
        self.button.setText(self.tr("Open My cases"))
        self.button.setAccessibleName(self.tr("Open My cases"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install_due_notice(window: Any, context: AppContext) -> DueNotice:
    """Put the notice in ``window``'s status bar and check now and on every return home."""
    notice = DueNotice(context.store, lambda: context.navigate("cases"))
    window.statusBar().addPermanentWidget(notice, 1)
    window.stack.currentChanged.connect(lambda _index: notice.refresh())
    notice.refresh()
    return notice
