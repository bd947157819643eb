"""The base of every wizard page (shared widgets live in ``ui/widgets.py``)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

from photosafe_desktop.ui.wizard.state import WizardState


class WizardPage(QWizardPage):
    """A page that retranslates itself and knows its wizard."""

    def wiz(self) -> WizardState:
        return cast(WizardState, self.wizard())

    def retranslate(self) -> None:
        """Set every text (called at construction and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
