"""Text in the workspace with real widgets: generated name tags, shirts and signs are shown as
regions of their own kind, ticked as the setting says, toggled and undone like faces, listed
in "What this photo reveals", hidden on export and checked again on the copies."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.core.faces.regions import Kind
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.text import detect_text
from photosafe_desktop.core.text.samples import default_fonts, draw_text_element
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.workspace.page import WorkspaceArea
from photosafe_desktop.ui.workspace.photo_view import RegionItem
from tests.ui.dialogs import workspace_context


def _text_photo(path: Path) -> Path:
    """A grassy scene with a school sign and a shirt print (no face)."""
    rng = np.random.default_rng(5)
    pixels = np.clip(np.array([90, 140, 70]) + rng.normal(0, 14, (720, 960, 3)), 0, 255)
    photo = Image.fromarray(pixels.astype(np.uint8))
    _regular, bold = default_fonts()
    draw_text_element(photo, "sign", "Sint-Jansschool", bold, 40, 0, (60, 60))
    draw_text_element(photo, "shirt", "CHIRO SINT-JAN", bold, 36, 0, (120, 420))
    photo.save(path, quality=92)
    return path


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    def make(hide_text: bool) -> WorkspaceArea:
        Settings().set("hide_text", hide_text)
        area = WorkspaceArea(workspace_context())
        qtbot.addWidget(area)
        area.resize(1200, 800)
        area.show()
        made.append(area)
        return area

    made: list[WorkspaceArea] = []
    yield make
    for area in made:
        area.shutdown()


def _load(qtbot, area: WorkspaceArea, photo: Path) -> None:  # type: ignore[no-untyped-def]
    area.add_paths([photo])
    qtbot.waitUntil(
        lambda: area.model.rowCount() and area.model.pending_count() == 0, timeout=120_000
    )
    area.select_row(0)


def _texts(area: WorkspaceArea) -> list[int]:
    entry = area.current_entry()
    assert entry is not None
    return [i for i, r in enumerate(entry.regions) if r.kind is Kind.TEXT]


@pytest.mark.parametrize("hide_text", [True, False])
def test_text_regions_ticked_as_the_setting_says(page, qtbot, tmp_path, hide_text) -> None:  # type: ignore[no-untyped-def]
    area = page(hide_text)
    assert area.hide_text_setting.isChecked() is hide_text
    _load(qtbot, area, _text_photo(tmp_path / "kamp.jpg"))
    entry = area.current_entry()
    texts = _texts(area)
    assert len(texts) >= 2
    assert all(entry.regions[i].enabled is hide_text for i in texts)
    assert entry.text_count == (len(texts) if hide_text else 0)
    assert entry.face_count == 0 and entry.no_faces_found  # text is no face: still checked
    words = " ".join(entry.regions[i].label for i in texts)
    assert "CHIRO" in words
    # drawn as text regions, in their own style, with the words over the box
    items = [item for item in area.view.region_items if item.region.kind is Kind.TEXT]
    assert len(items) == len(texts) and all(isinstance(i, RegionItem) for i in items)
    # "What this photo reveals" lists them with what will happen
    body = area.findings.body.text()
    assert "A name or place may be readable" in body and "CHIRO" in body
    assert ("will be hidden" in body) is hide_text
    assert ("not hidden" in body) is not hide_text


def test_untick_undo_and_the_setting_is_remembered(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    area = page(True)
    _load(qtbot, area, _text_photo(tmp_path / "kamp.jpg"))
    index = _texts(area)[0]
    area.toggle_region(index)
    entry = area.current_entry()
    assert not entry.regions[index].enabled
    assert area.undo_stack.undoText() == "Show text"
    assert "not hidden" in area.findings.body.text()
    area.undo_stack.undo()
    assert area.current_entry().regions[index].enabled
    assert "not hidden" not in area.findings.body.text()
    area.undo_stack.redo()
    assert not area.current_entry().regions[index].enabled
    area.delete_region(index)
    assert area.undo_stack.undoText() == "Remove text"
    area.undo_stack.undo()
    assert len(_texts(area)) >= 2
    area.hide_text_setting.setChecked(False)
    assert Settings().get("hide_text") is False


def test_export_hides_ticked_text_and_checks_the_copy(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    area = page(True)
    photo = _text_photo(tmp_path / "kamp.jpg")
    _load(qtbot, area, photo)
    texts = _texts(area)
    # the sign stays visible (the user's choice), the shirt print is hidden
    entry = area.current_entry()
    shown = next(i for i in texts if "CHIRO" not in entry.regions[i].label)
    area.toggle_region(shown)
    area.toggle_reviewed()  # no face found: the user looked
    assert area.export_button.isEnabled()
    area.export_button.click()
    dialog = area._export_dialog
    out = tmp_path / "safe"
    dialog.folder_edit.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    summary = dialog.summary
    assert summary.exported == 1 and not summary.failures
    assert summary.texts_hidden == len(texts) - 1 and summary.texts_readable == 0
    assert "Text lines hidden" in dialog.summary_view.toPlainText()
    (copy,) = summary.outputs
    words = " ".join(line.text for line in detect_text(open_image(copy).image))
    assert "CHIRO" not in words  # hidden
    assert "Sint" in words or "school" in words.lower()  # left as the user chose
    dialog.accept()
