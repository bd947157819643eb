"""The "Get an image removed" area: the wizard, embedded in the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.areas import AreaPage
from photosafe_desktop.ui.cases import shared_store
from photosafe_desktop.ui.wizard.wizard import (
    PAGE_EVIDENCE,
    PAGE_REVIEW,
    PAGE_WHERE,
    PAGE_WHO,
    RemovalWizard,
    WizardContext,
)

SMOKE_URL = "https://www.instagram.com/p/PhotoSafeSmokeTest/"


class RemovalArea(AreaPage):
    area_name = "removal"

    def __init__(self, window: Any, context: WizardContext | None = None) -> None:
        super().__init__(window)
        self.window_ref = window
        self.context = context or WizardContext(
            settings=window.settings,
            tasks=window.tasks,
            store=lambda: shared_store(window),
            language=lambda: window.languages.language,
        )
        self.wizard = RemovalWizard(self.context)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.finished.connect(self._finished)
        self.body.addWidget(self.wizard, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Get an image removed from the internet")

    def on_shown(self) -> None:
        if not self.wizard.isVisible():
            self.wizard.restart_fresh()
            self.wizard.show()
        self.wizard.currentPage().setFocus()

    def _finished(self, result: int) -> None:
        saved = self.wizard.saved_case_id
        self.wizard.restart_fresh()
        self.wizard.show()
        if saved and hasattr(self.window_ref, "open_area"):
            self.window_ref.open_area("cases")
        else:
            self.home_requested.emit()

    def can_close(self) -> bool:
        if self.wizard.send_page.busy():
            QMessageBox.information(
                self,
                self.tr("Still sending"),
                self.tr("A request is being sent. Please wait a moment."),
            )
            return False
        return True

    def smoke_test(self) -> None:
        """Walk the wizard with a generated case to the review page (no network, nothing
        saved) and check the drafts exist and are complete."""
        wizard = self.wizard
        wizard.restart_fresh()
        wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
        if wizard.currentId() != PAGE_WHERE:
            raise RuntimeError("the wizard did not go to the 'where' page")
        wizard.where_page.links.setPlainText(SMOKE_URL)
        wizard.where_page.refresh()
        if wizard.where_page.hosts:
            raise RuntimeError("a known platform was looked up")
        wizard.next()
        if wizard.currentId() != PAGE_WHO:
            raise RuntimeError("the wizard did not go to the 'who' page")
        wizard.who_page.name.setText("Smoke Test")
        wizard.who_page.email.setText("smoke@example.org")
        wizard.who_page.person_age.setValue(9)
        wizard.next()
        if wizard.currentId() != PAGE_EVIDENCE:
            raise RuntimeError("the wizard did not go to the evidence page")
        wizard.next()
        if wizard.currentId() != PAGE_REVIEW:
            raise RuntimeError("the wizard did not go to the review page")
        requests = wizard.review_page.requests
        if not requests:
            raise RuntimeError("no request was drafted")
        incomplete = [r.recipient.name for r in requests if not r.complete]
        if incomplete:
            raise RuntimeError(f"incomplete drafts: {incomplete}")
        if not wizard.button(QWizard.WizardButton.CommitButton).isEnabled():
            raise RuntimeError("the review page does not let the user go on")
        QApplication.processEvents()
        wizard.restart_fresh()  # nothing was saved: the commit is only on "go on"
