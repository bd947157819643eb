"""The consent-register dialog with real widgets: CSV import, save, forms, delete."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from photosafe_desktop.core.consent.register import ConsentLevel, default_path, load_register
from photosafe_desktop.ui.consent_dialog import ConsentDialog


def test_import_edit_save_forms_and_delete(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ConsentDialog()
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Chiro Sint-Pieter")
    dialog.fields["email"].setText("leiding@chiro.be")
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes("\ufeffNaam;Toestemming\r\nLotte;publiek\r\nJan;ouders\r\n".encode())
    assert dialog.load_csv(csv_file) == 2
    assert dialog.table.rowCount() == 2
    dialog._add_row(None)
    dialog.table.item(2, 0).setText("K-017")
    combo = dialog.table.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("no_photos"))  # Lotte (sorted: Jan, Lotte)
    dialog.save()
    saved = load_register()
    assert saved.group.name == "Chiro Sint-Pieter"
    assert saved.level_of("Lotte") is ConsentLevel.NO_PHOTOS
    assert saved.level_of("Jan") is ConsentLevel.PARENTS
    assert saved.level_of("K-017") is ConsentLevel.NO_PHOTOS  # the safe default
    assert stat.S_IMODE(default_path().stat().st_mode) == 0o600

    forms = dialog.write_forms(tmp_path)
    assert [p.name for p in forms] == [
        "consent-form-nl.pdf",
        "consent-form-fr.pdf",
        "consent-form-en.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in forms)

    dialog.delete_all()
    assert not default_path().exists()
    assert dialog.table.rowCount() == 0 and not dialog.fields["name"].text()


def test_every_question_goes_through_the_dialog_seam(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import, export, forms and delete ask through ``Dialogs`` (tests answer them there)."""
    from tests.ui.dialogs import ScriptedDialogs

    dialogs = ScriptedDialogs()
    dialog = ConsentDialog(dialogs=dialogs)
    qtbot.addWidget(dialog)
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(b"Naam;Toestemming\r\nLotte;publiek\r\n")
    dialogs.paths.append(str(csv_file))
    dialog._import()
    assert dialog.table.rowCount() == 1
    dialogs.paths.append(str(tmp_path / "uit.csv"))
    dialog._export()
    assert "Lotte" in (tmp_path / "uit.csv").read_text(encoding="utf-8-sig")
    dialogs.folders.append(str(tmp_path))
    dialog._forms()
    assert (tmp_path / "consent-form-fr.pdf").exists()
    dialogs.confirms.append(False)
    dialog._delete()
    assert dialog.table.rowCount() == 1  # "No" keeps everything
    dialogs.confirms.append(True)
    dialog._delete()
    assert dialog.table.rowCount() == 0
    assert [kind for kind, _text in dialogs.asked] == [
        "open",
        "save",
        "folder",
        "confirm",
        "confirm",
    ]
