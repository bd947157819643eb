"""The sharing preset in the export dialog: choose public / parents / archive, read in plain
words what it does, optionally add the parents' watermark and keep proof of origin.

A thin widget over ``core/sharing/presets.py`` and ``core/consent/register.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.consent.register import ConsentRegister, load_register
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.sharing.presets import (
    NO_BIOMETRICS,
    PRESET_EXPLANATIONS,
    PRESET_LABELS,
    Preset,
    watermark_text,
)
from photosafe_desktop.ui.context import Dialogs


def _presets_tr(text: str) -> str:
    return QCoreApplication.translate("Presets", text)


class PresetPicker(QWidget):
    def __init__(self, parent: QWidget | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.setObjectName("PresetPicker")
        try:
            self.register = load_register()
        except PhotoSafeError:
            self.register = ConsentRegister()  # a damaged register: the consent dialog says so
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("export_preset")
        self.combo.addItem(self.tr("None: faces as set in each photo"), "")
        for preset in Preset:
            self.combo.addItem(_presets_tr(PRESET_LABELS[preset]), preset.value)
        form.addRow(self.tr("Share for:"), self.combo)
        layout.addLayout(form)
        self.explanation = QLabel()
        self.explanation.setObjectName("export_preset_explanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.watermark_check = QCheckBox(self.tr("Add a visible line: for the parents only"))
        self.watermark_check.setObjectName("export_watermark")
        self.group_edit = QLineEdit(self.register.group.name)
        self.group_edit.setObjectName("export_group_name")
        self.group_edit.setPlaceholderText(self.tr("Name of the group"))
        self.group_edit.setAccessibleName(self.tr("Name of the group"))
        layout.addWidget(self.watermark_check)
        layout.addWidget(self.group_edit)
        self.origin_check = QCheckBox(
            self.tr("Remember these copies, so you can later prove a photo is yours")
        )
        self.origin_check.setObjectName("export_origin")
        self.origin_check.setChecked(True)
        self.origin_check.setToolTip(
            self.tr("Only a fingerprint and dates are kept on this computer, never the photo.")
        )
        layout.addWidget(self.origin_check)
        self.consent_button = QPushButton(self.tr("Consent register…"))
        self.consent_button.setObjectName("export_consent_register")
        self.consent_button.clicked.connect(self.edit_register)
        layout.addWidget(self.consent_button)
        note = QLabel(_presets_tr(NO_BIOMETRICS))
        note.setWordWrap(True)
        note.setObjectName("export_no_biometrics")
        layout.addWidget(note)
        self.combo.currentIndexChanged.connect(self._changed)
        self.watermark_check.toggled.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        preset = self.preset()
        self.explanation.setText(_presets_tr(PRESET_EXPLANATIONS[Preset(preset)]) if preset else "")
        self.explanation.setVisible(bool(preset))
        parents = preset == Preset.PARENTS.value
        self.watermark_check.setVisible(parents)
        self.group_edit.setVisible(parents and self.watermark_check.isChecked())
        self.origin_check.setVisible(bool(preset))

    def edit_register(self) -> None:
        from photosafe_desktop.ui.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self, self.dialogs)
        if dialog.exec():
            self.register = dialog.current()
            if not self.group_edit.text().strip():
                self.group_edit.setText(self.register.group.name)

    def preset(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def set_preset(self, preset: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(preset or "")))

    def watermark(self) -> str | None:
        if self.preset() != Preset.PARENTS.value or not self.watermark_check.isChecked():
            return None
        return watermark_text(self.group_edit.text())

    def record_origin(self) -> bool:
        return bool(self.preset()) and self.origin_check.isChecked()


__all__ = ["PresetPicker"]
