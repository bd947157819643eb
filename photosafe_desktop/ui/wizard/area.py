"""The "Get an image removed" area: the wizard, embedded in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from photosafe_desktop.ui.areas import AreaPage
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.wizard.wizard import RemovalWizard


class RemovalArea(AreaPage):
    area_name = "removal"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        if saved:
            self.context.navigate("cases")
        else:
            self.home_requested.emit()

    def can_close(self) -> bool:
        if self.wizard.send_page.busy():
            self.context.dialogs.inform(
                self,
                self.tr("Still sending"),
                self.tr("A request is being sent. Please wait a moment."),
            )
            return False
        return True
