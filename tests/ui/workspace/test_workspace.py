"""The photo workspace with real widgets: import, review, undo, export, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QRectF, Qt, QTimer

from photosafe_desktop.core.faces.regions import Region, Source, Tier
from photosafe_desktop.core.metadata.verify import verify as verify_file
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.workspace.album import Stage
from photosafe_desktop.ui.workspace.page import WorkspaceArea
from tests.ui.dialogs import workspace_context
from tests.ui.workspace.conftest import make_photo, snapshot


class Heartbeat:
    """Records the longest gap between timer ticks on the GUI thread."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        if self.clock.isValid():
            self.worst = max(self.worst, self.clock.restart())
        else:
            self.clock.start()

    def __enter__(self) -> Heartbeat:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


@pytest.fixture
def workspace(qtbot):  # type: ignore[no-untyped-def]
    page = WorkspaceArea(workspace_context())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page
    page.shutdown()


def wait_loaded(qtbot, page: WorkspaceArea, timeout: int = 240_000) -> None:  # faces + text  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: page.model.rowCount() and page.model.pending_count() == 0, timeout=timeout
    )


def test_import_folder_finds_photos_reports_the_corrupt_one(workspace, album, qtbot) -> None:  # type: ignore[no-untyped-def]
    with Heartbeat() as beat:
        added = workspace.add_paths([album])
        wait_loaded(qtbot, workspace)
    names = sorted(e.name for e in workspace.model.entries)
    assert "notes.txt" not in names
    assert "Lotte.jpg" in names  # from the sub-folder
    broken = [e for e in workspace.model.entries if e.stage == Stage.ERROR]
    assert [e.name for e in broken] == ["kapot.jpg"]
    assert broken[0].error is not None and broken[0].error.english()
    assert added == len(names)
    sam = next(e for e in workspace.model.entries if e.name == "Sam_aan_het_meer.jpg")
    assert sam.thumbnail is not None and not sam.thumbnail.isNull()
    assert sam.reveals_private_data  # GPS and a name in the EXIF
    assert "50.84" in " ".join(f.value for f in sam.findings) or any(
        "gps" in f.key or "location" in f.key for f in sam.findings
    )
    assert beat.worst < 1000, f"GUI thread blocked for {beat.worst} ms"


def test_export_gate_needs_every_uncertain_photo_checked(workspace, album, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.add_paths([album])
    wait_loaded(qtbot, workspace)
    assert workspace.model.review_count() > 0  # at least the photos without any face
    assert not workspace.export_button.isEnabled()
    for row, entry in enumerate(workspace.model.entries):
        if entry.needs_review:
            workspace.select_row(row)
            workspace.reviewed_button.click()
    assert workspace.model.review_count() == 0
    assert workspace.export_button.isEnabled()
    # undo the last check: the gate closes again
    workspace.undo_stack.undo()
    assert not workspace.export_button.isEnabled()


def test_regions_toggle_add_delete_with_undo_redo(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    photo = make_photo(tmp_path / "one.jpg", size=(800, 600))
    workspace.add_paths([photo])
    wait_loaded(qtbot, workspace)
    workspace.select_row(0)
    entry = workspace.model.entry(0)
    start = entry.regions
    # draw a region with the mouse on the photo
    view = workspace.view
    qtbot.waitUntil(lambda: view.scene().sceneRect().width() == 800, timeout=10_000)
    a = view.mapFromScene(100, 100)
    b = view.mapFromScene(300, 260)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(view.viewport(), pos=b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)
    assert len(entry.regions) == len(start) + 1
    added = entry.regions[-1]
    assert added.source == Source.MANUAL and added.enabled
    assert abs(added.x - 100) <= 3 and abs(added.w - 200) <= 6
    # click it: now visible (not hidden)
    index = len(entry.regions) - 1
    centre = view.mapFromScene(200, 180)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert entry.regions[index].enabled is False
    workspace.undo_stack.undo()
    assert entry.regions[index].enabled is True
    workspace.undo_stack.redo()
    assert entry.regions[index].enabled is False
    # delete it with the keyboard, then undo everything
    view.region_items[index].setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(entry.regions) == len(start)
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert entry.regions == start


def test_effect_for_all_regions_and_result_preview(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    photo = make_photo(tmp_path / "one.jpg", size=(800, 600))
    workspace.add_paths([photo])
    wait_loaded(qtbot, workspace)
    workspace.select_row(0)
    workspace.add_region(QRectF(50, 50, 120, 120))
    workspace.add_region(QRectF(400, 200, 100, 140))
    workspace.effect_combo.setCurrentIndex(workspace.effect_combo.findData("pixelate"))
    workspace.effect_all_button.click()
    assert {r.effect.value for r in workspace.model.entry(0).regions} == {"pixelate"}
    qtbot.waitUntil(lambda: workspace._display is not None, timeout=10_000)
    workspace.result_button.click()
    assert workspace.view.showing_result
    assert all(not item.isVisible() for item in workspace.view.region_items)
    qtbot.waitUntil(lambda: workspace.view._result_item is not None, timeout=10_000)
    workspace.result_button.click()
    assert not workspace.view.showing_result


def _make_ready_album(workspace, qtbot, folder: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir()
    for i in range(count):
        make_photo(folder / f"Kind_{i:02d}.jpg", size=(1200, 900), seed=i)
    workspace.add_paths([folder])
    wait_loaded(qtbot, workspace)
    for row in range(workspace.model.rowCount()):
        workspace.select_row(row)
        workspace.add_region(QRectF(100, 100, 200, 200))
        if workspace.model.entry(row).needs_review:
            workspace.toggle_reviewed()
    assert workspace.export_button.isEnabled()


def test_export_through_the_dialog(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "originals"
    _make_ready_album(workspace, qtbot, source, 4)
    before = snapshot(source)
    workspace.export_button.click()
    dialog = workspace._export_dialog
    out = tmp_path / "safe"
    dialog.folder_edit.setText(str(out))
    dialog.rename_check.setChecked(True)
    with Heartbeat() as beat:
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    summary = dialog.summary
    assert summary.exported == 4 and summary.faces_hidden == 4 and not summary.failures
    outputs = sorted(p.name for p in out.iterdir() if p.suffix == ".jpg")
    assert outputs == ["album-001.jpg", "album-002.jpg", "album-003.jpg", "album-004.jpg"]
    for name in outputs:
        assert verify_file(out / name).ok
    report = out / "photosafe-report.txt"
    assert report.is_file()
    assert "Kind_" not in report.read_text(encoding="utf-8")  # neutral names: no original names
    assert snapshot(source) == before  # originals untouched
    assert "4" in dialog.summary_view.toPlainText()
    assert beat.worst < 1000
    assert Settings().get("last_export_dir") == str(out)
    dialog.accept()


def test_cancel_mid_export_leaves_no_files(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "originals"
    _make_ready_album(workspace, qtbot, source, 16)
    before = snapshot(source)
    workspace.export_button.click()
    dialog = workspace._export_dialog
    out = tmp_path / "safe"
    dialog.folder_edit.setText(str(out))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))  # slower to write
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=120_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    assert dialog.summary.cancelled
    leftovers = [p for p in out.rglob("*") if p.is_file()]
    assert leftovers == []
    assert snapshot(source) == before
    dialog.accept()


def test_drop_files_onto_the_workspace(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    photo = make_photo(tmp_path / "dropped.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt only routes drop events that come from a real drag; call the handler directly
    workspace.dropEvent(event)
    assert event.isAccepted()
    assert workspace.model.rowCount() == 1
    wait_loaded(qtbot, workspace)


def test_regions_are_detected_in_corpus_photos(workspace, album, qtbot, faces_corpus) -> None:  # type: ignore[no-untyped-def]
    workspace.add_paths([album])
    wait_loaded(qtbot, workspace)
    groups = [e for e in workspace.model.entries if e.name.startswith("groep_")]
    assert groups, "corpus photos were not copied"
    for entry in groups:
        assert entry.face_count >= 1
        assert all(isinstance(r, Region) for r in entry.regions)
        assert all(r.tier in (Tier.SURE, Tier.CHECK) for r in entry.regions)


def test_hide_all_candidates_in_one_step(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    photo = make_photo(tmp_path / "one.jpg", size=(800, 600))
    workspace.add_paths([photo])
    wait_loaded(qtbot, workspace)
    workspace.select_row(0)
    row = 0
    candidates = (
        Region(10, 10, 40, 40, score=0.3, tier=Tier.CHECK, enabled=False),
        Region(100, 10, 40, 40, score=0.3, tier=Tier.CHECK, enabled=False),
    )
    workspace.model.set_regions(row, candidates)
    assert workspace.model.entry(row).check_count == 2
    assert workspace.hide_candidates_button.isEnabled()
    workspace.hide_candidates_button.click()
    entry = workspace.model.entry(row)
    assert all(r.enabled and r.tier == Tier.SURE for r in entry.regions)
    assert entry.check_count == 0 and not entry.needs_review
    workspace.undo_stack.undo()
    assert workspace.model.entry(row).check_count == 2


def test_hidden_photos_left_out_of_an_import_are_reported(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.selftest import make_photo

    album = tmp_path / "hidden-album"
    album.mkdir()
    make_photo(album / ".Sam.jpg", size=(64, 48), faces=False)
    assert workspace.add_paths([album]) == 0
    assert "Hidden photos and folders" in workspace.banner.text()
    assert "1" in workspace.banner.text()
