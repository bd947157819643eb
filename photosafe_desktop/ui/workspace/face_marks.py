"""Mark the selected face for the sharing presets: "may be seen in public", "no photos", or
not marked, and optionally attach a child's name or code from the consent register.

Marks are set by hand, never by face recognition: no biometric template is computed or
stored. Each change is one undoable step of the workspace (its ``_push_regions``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.consent.register import load_register
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.regions import Mark


class FaceMarkPanel(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FaceMarkPanel")
        self.page = page  # the WorkspaceArea: current_entry(), view, _push_regions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.mark_combo = QComboBox()
        self.mark_combo.setObjectName("face_mark")
        for mark in Mark:
            self.mark_combo.addItem("", mark.value)
        self.label.setBuddy(self.mark_combo)
        layout.addWidget(self.mark_combo)
        # the choices stay short (the side panel may be narrow); what the chosen one does
        # is said below it, wrapped
        self.mark_effect = QLabel()
        self.mark_effect.setObjectName("face_mark_effect")
        self.mark_effect.setWordWrap(True)
        layout.addWidget(self.mark_effect)
        self.mark_combo.currentIndexChanged.connect(self._show_effect)
        self.person_edit = QLineEdit()
        self.person_edit.setObjectName("face_person")
        layout.addWidget(self.person_edit)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_face_mark")
        self.apply_button.clicked.connect(self.apply)
        layout.addWidget(self.apply_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.reload_names()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_labels(event.size().width())

    def _fit_labels(self, width: int) -> None:
        # a wrapped label's minimum height is guessed for a wider panel; ask for the height
        # at the width it has, so a short screen never squeezes its lines over each other
        if width > 0:
            for label in (self.mark_effect, self.note):
                label.setMinimumHeight(max(0, label.heightForWidth(width)))

    def _effects(self) -> dict[Mark, str]:
        return {
            Mark.NONE: self.tr("Hidden in public copies, visible in copies for the parents."),
            Mark.PUBLIC: self.tr(
                "Visible in public copies too, unless the child's consent says otherwise."
            ),
            Mark.NO_PHOTOS: self.tr("Hidden in every copy, also for the parents."),
        }

    def _show_effect(self) -> None:
        self.mark_effect.setText(self._effects()[Mark(self.mark_combo.currentData())])
        self.mark_combo.setToolTip(self.mark_effect.text())
        self._fit_labels(self.width())

    def retranslate(self) -> None:
        self.label.setText(self.tr("Who may see the selected face:"))
        texts = {
            Mark.NONE: self.tr("Not marked"),
            Mark.PUBLIC: self.tr("May be seen in public"),
            Mark.NO_PHOTOS: self.tr("No photos"),
        }
        effects = self._effects()
        for i, mark in enumerate(Mark):
            self.mark_combo.setItemText(i, texts[mark])
            self.mark_combo.setItemData(i, effects[mark], Qt.ItemDataRole.ToolTipRole)
        self._show_effect()
        self.person_edit.setPlaceholderText(self.tr("Child's name or code (optional)"))
        self.person_edit.setAccessibleName(self.tr("Child's name or code"))
        self.apply_button.setText(self.tr("Mark the selected face"))
        self.note.setText(
            self.tr("You mark faces yourself: PhotoSafe never recognises who is on a photo.")
        )
        self._fit_labels(self.width())

    def reload_names(self) -> None:
        try:
            names = [child.key for child in load_register().children]
        except PhotoSafeError:
            names = []
        self.person_edit.setCompleter(QCompleter(names, self))

    def show_selected(self, index: int) -> None:
        """Show the mark of face ``index`` of the current photo."""
        entry = self.page.current_entry()
        if entry is None or not 0 <= index < len(entry.regions):
            return
        region = entry.regions[index]
        self.mark_combo.setCurrentIndex(self.mark_combo.findData(region.mark.value))
        self.person_edit.setText(region.person)

    def apply(self, index: int | None = None) -> bool:
        entry = self.page.current_entry()
        index = self.page.view.selected_region() if index is None else index
        if entry is None or index is None or not 0 <= index < len(entry.regions):
            return False
        regions = list(entry.regions)
        regions[index] = regions[index].replace(
            mark=Mark(self.mark_combo.currentData()), person=self.person_edit.text().strip()
        )
        self.page._push_regions(tuple(regions), self.tr("Mark a face"))
        return True


__all__ = ["FaceMarkPanel"]
