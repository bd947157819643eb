"""The group's consent register: children and their consent level, the group's details,
CSV import/export, consent forms as PDF, and deleting everything in one action.

A thin dialog over ``core/consent/register.py`` and ``core/consent/forms.py``; everything is
stored on this computer only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.consent.forms import build_consent_form
from photosafe_desktop.core.consent.register import (
    LEVEL_LABELS,
    Child,
    ConsentLevel,
    ConsentRegister,
    GroupInfo,
    delete_register,
    export_csv,
    import_csv,
    load_register,
    save_register,
)
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.ui.context import Dialogs
from photosafe_desktop.ui.i18n import tr_message


def _level_text(level: ConsentLevel) -> str:
    return QCoreApplication.translate("Consent", LEVEL_LABELS[level])


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs if dialogs is not None else Dialogs()
        self.setObjectName("ConsentDialog")
        self.setWindowTitle(self.tr("Consent register"))
        self.setMinimumWidth(620)
        try:
            self.register = load_register()
        except PhotoSafeError as exc:
            self.dialogs.inform(self, self.windowTitle(), tr_message(exc.message))
            self.register = ConsentRegister()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Who may be seen where. This list stays on this computer only; PhotoSafe "
                "never recognises faces: you attach a name to a face yourself."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Group:"),
            "contact_name": self.tr("Contact person:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "address": self.tr("Address:"),
            "website": self.tr("Website:"),
        }
        for key, value in self.register.group.to_dict().items():
            edit = QLineEdit(value)
            edit.setObjectName(f"consent_{key}")
            form.addRow(labels[key], edit)
            self.fields[key] = edit
        layout.addLayout(form)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("consent_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name or code"), self.tr("Consent")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        for child in self.register.children:
            self._add_row(child)

        row = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add a child"), "consent_add", lambda: self._add_row(None)),
            (self.tr("Import CSV…"), "consent_import", self._import),
            (self.tr("Export CSV…"), "consent_export", self._export),
            (self.tr("Consent forms (PDF)…"), "consent_forms", self._forms),
            (self.tr("Delete the register"), "consent_delete", self._delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_row(self, child: Child | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(child.key if child else ""))
        combo = QComboBox()
        for level in ConsentLevel:
            combo.addItem(_level_text(level), level.value)
        combo.setCurrentIndex(
            combo.findData((child.level if child else ConsentLevel.NO_PHOTOS).value)
        )
        self.table.setCellWidget(row, 1, combo)

    def current(self) -> ConsentRegister:
        """The register as shown (rows without a name are left out)."""
        group = GroupInfo(**{k: e.text().strip() for k, e in self.fields.items()})
        register = ConsentRegister(group)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            name = item.text().strip() if item is not None else ""
            if name and isinstance(combo, QComboBox):
                register = register.with_child(Child(name, ConsentLevel(combo.currentData())))
        return register

    def load_csv(self, path: Path) -> int:
        children = import_csv(path.read_bytes())
        merged = self.current().merged(children)
        self.table.setRowCount(0)
        for child in merged.children:
            self._add_row(child)
        return len(children)

    def _import(self) -> None:
        name = self.dialogs.open_path(
            self, self.tr("Import a list"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if not name:
            return
        try:
            self.load_csv(Path(name))
        except PhotoSafeError as exc:
            self.dialogs.inform(self, self.windowTitle(), tr_message(exc.message))
        except OSError:
            self.dialogs.inform(self, self.windowTitle(), self.tr("This file cannot be read."))

    def _export(self) -> None:
        name = self.dialogs.save_path(
            self, self.tr("Export the list"), "consent.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            try:
                # children's names: private to this user, and never half-written
                write_atomically(export_csv(self.current().children), Path(name))
            except OSError:
                self.dialogs.inform(
                    self, self.windowTitle(), self.tr("The file could not be saved.")
                )

    def write_forms(self, folder: Path) -> list[Path]:
        group = self.current().group
        return [
            build_consent_form(group, lang, folder / f"consent-form-{lang}.pdf")
            for lang in ("nl", "fr", "en")
        ]

    def _forms(self) -> None:
        folder = self.dialogs.choose_folder(self, self.tr("Where should the forms go?"), "")
        if folder:
            try:
                self.write_forms(Path(folder))
            except OSError:
                self.dialogs.inform(
                    self, self.windowTitle(), self.tr("The file could not be saved.")
                )

    def _delete(self) -> None:
        if self.dialogs.confirm(
            self,
            self.windowTitle(),
            self.tr("Delete the whole consent register (children and group details)?"),
        ):
            self.delete_all()

    def delete_all(self) -> None:
        delete_register()
        self.register = ConsentRegister()
        self.table.setRowCount(0)
        for edit in self.fields.values():
            edit.clear()

    def save(self) -> None:
        try:
            save_register(self.current())
        except PhotoSafeError as exc:
            self.dialogs.inform(self, self.windowTitle(), tr_message(exc.message))
            return
        self.accept()


__all__ = ["ConsentDialog"]
