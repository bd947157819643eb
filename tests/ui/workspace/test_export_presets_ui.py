"""The sharing preset in the export dialog, with real widgets."""

from __future__ import annotations

import pytest
from PIL import Image

from photosafe_desktop.core.consent.register import ConsentRegister, GroupInfo, save_register
from photosafe_desktop.core.origin.register import OriginRegister
from photosafe_desktop.ui.workspace.preset_picker import PresetPicker
from tests.ui.workspace.test_workspace import _make_ready_album, workspace  # noqa: F401


def test_picker_explains_each_preset_in_plain_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    save_register(ConsentRegister(GroupInfo(name="Chiro Sint-Pieter")))
    picker = PresetPicker()
    qtbot.addWidget(picker)
    picker.show()
    assert picker.preset() is None and not picker.explanation.isVisible()
    assert not picker.record_origin()
    assert "biometric" in picker.findChild(type(picker.explanation), "export_no_biometrics").text()
    picker.set_preset("public")
    assert "1600" in picker.explanation.text()
    assert not picker.watermark_check.isVisible()
    assert picker.record_origin()
    picker.set_preset("parents")
    assert "no photos" in picker.explanation.text()
    assert picker.watermark() is None
    picker.watermark_check.setChecked(True)
    assert picker.group_edit.isVisible() and picker.group_edit.text() == "Chiro Sint-Pieter"
    assert picker.watermark() == "Chiro Sint-Pieter – enkel voor de ouders / réservé aux parents"
    picker.set_preset("archive")
    assert picker.watermark() is None


def test_public_export_from_the_dialog_caps_size_and_remembers_copies(
    workspace,  # noqa: F811
    tmp_path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _make_ready_album(workspace, qtbot, tmp_path / "originals", 2)
    workspace.export_button.click()
    dialog = workspace._export_dialog
    out = tmp_path / "website"
    dialog.folder_edit.setText(str(out))
    dialog.size_combo.setCurrentIndex(0)  # "original size": the preset still caps it
    dialog.preset_picker.set_preset("public")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    summary = dialog.summary
    assert summary.exported == 2 and not summary.failures
    for path in summary.outputs:
        assert path.name.startswith("album-")
        with Image.open(path) as image:
            assert max(image.size) <= 1600
    with OriginRegister() as origin:
        records = origin.records()
    assert len(records) == 2
    assert {r.album for r in records} == {"website"} and {r.preset for r in records} == {"public"}
    dialog.accept()


def test_marking_a_face_by_hand_is_undoable(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from photosafe_desktop.core.consent.register import Child, ConsentLevel
    from photosafe_desktop.core.faces.regions import Mark

    save_register(ConsentRegister(children=(Child("Lotte", ConsentLevel.PUBLIC),)))
    _make_ready_album(workspace, qtbot, tmp_path / "originals", 1)
    workspace.select_row(0)
    panel = workspace.face_marks
    panel.reload_names()
    index = len(workspace.current_entry().regions) - 1  # the face added by hand
    panel.mark_combo.setCurrentIndex(panel.mark_combo.findData("public"))
    panel.person_edit.setText("Lotte")
    assert panel.apply(index)
    region = workspace.current_entry().regions[index]
    assert region.mark is Mark.PUBLIC and region.person == "Lotte"
    panel.mark_combo.setCurrentIndex(0)
    panel.show_selected(index)
    assert panel.mark_combo.currentData() == "public"
    # the mark is drawn on the photo: a badge just above the region, in the mark's colour
    item = workspace.view.region_items[index]
    assert item.badge_text() == "May be seen in public · Lotte"
    badge = item.badge_rect()
    assert not badge.isEmpty() and badge.bottom() <= item.rect().top() + 0.5
    assert item.boundingRect().adjusted(-0.01, -0.01, 0.01, 0.01).contains(badge)
    assert badge_colour(workspace.view, badge) == "#1f6b3a"
    panel.mark_combo.setCurrentIndex(panel.mark_combo.findData("no_photos"))
    panel.person_edit.clear()
    assert panel.apply(index)
    item = workspace.view.region_items[index]
    assert item.badge_text() == "No photos"
    assert badge_colour(workspace.view, item.badge_rect()) == "#a12a2a"
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert workspace.current_entry().regions[index].mark is Mark.NONE
    assert workspace.view.region_items[index].badge_text() == ""
    assert workspace.view.region_items[index].badge_rect().isEmpty()


def badge_colour(view, badge) -> str:  # type: ignore[no-untyped-def]
    """The colour drawn at the badge's left edge, read back from the rendered view."""
    from PySide6.QtCore import QPointF

    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    point = view.mapFromScene(QPointF(badge.left(), badge.center().y()))
    ratio = image.devicePixelRatio()
    return image.pixelColor(int((point.x() + 2) * ratio), int(point.y() * ratio)).name()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_no_check_box_of_the_export_dialog_is_cut_off(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """A check box cannot wrap: at the dialog's own width each one shows its whole label
    (the neutral-names box was cut off when a longer label widened the form's first column)."""
    from PySide6.QtWidgets import QApplication, QCheckBox

    from photosafe_desktop.ui.i18n import LanguageManager
    from photosafe_desktop.ui.workspace.export_dialog import ExportDialog
    from tests.ui.dialogs import workspace_context

    languages = LanguageManager(QApplication.instance())
    languages.set_language(language)
    try:
        dialog = ExportDialog([], workspace_context())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.adjustSize()
        qtbot.waitExposed(dialog)
        boxes = [box for box in dialog.findChildren(QCheckBox) if box.isVisible()]
        assert boxes
        for box in boxes:
            assert box.width() >= box.sizeHint().width(), (language, box.text())
            assert box.geometry().right() <= box.parentWidget().contentsRect().right() + 1
    finally:
        languages.set_language("en")


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_face_marks_fit_the_side_panel_and_say_what_they_do(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """Dragged to its narrowest, the side panel shows every choice, button and check box
    whole (the long "not marked (hidden in public copies)" choice and, in Dutch, the
    "also hide the possible faces" button were cut off), and what the chosen mark does is
    said below the list."""
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton

    from photosafe_desktop.ui.i18n import LanguageManager
    from photosafe_desktop.ui.workspace.page import WorkspaceArea
    from tests.ui.dialogs import workspace_context

    languages = LanguageManager(QApplication.instance())
    languages.set_language(language)
    try:
        page = WorkspaceArea(workspace_context())
        qtbot.addWidget(page)
        page.resize(1024, 600)
        page.show()
        qtbot.waitExposed(page)
        side = page.face_marks.parentWidget()
        sizes = page.splitter.sizes()
        page.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])  # as far as it goes
        QApplication.processEvents()
        assert 0 < page.splitter.sizes()[2] <= sizes[2]  # narrowed, not collapsed away
        qtbot.waitUntil(lambda: side.width() == page.splitter.sizes()[2])
        for combo in side.findChildren(QComboBox):
            for i in range(combo.count()):
                text = combo.itemText(i)
                # what the closed list shows: the text, with room for the arrow
                needed = combo.fontMetrics().horizontalAdvance(text) + 40
                assert needed <= combo.width(), (language, text, needed, combo.width())
        for button in side.findChildren(QPushButton) + side.findChildren(QCheckBox):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), (language, button.text())
        combo = page.face_marks.mark_combo
        effects = set()
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            effect = page.face_marks.mark_effect
            assert effect.isVisible() and effect.text()
            assert combo.toolTip() == effect.text()
            assert effect.height() >= effect.heightForWidth(effect.width())  # no squeezed lines
            effects.add(effect.text())
        assert len(effects) == combo.count()
        page.shutdown()
    finally:
        languages.set_language("en")
