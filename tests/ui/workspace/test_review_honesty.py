"""The review that asks only about real doubts, with real widgets: hide every possible face
in the album in one undoable step, an export summary that says what stays visible and which
photos were confirmed unseen, and a face search with progress, time left, stop and priority
for the photo the user looks at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from photosafe_desktop.core.faces.regions import Region, Tier
from photosafe_desktop.ui.workspace.album import Stage
from photosafe_desktop.ui.workspace.page import WorkspaceArea
from tests.ui.dialogs import workspace_context
from tests.ui.workspace.conftest import make_photo


@pytest.fixture
def workspace(qtbot):  # type: ignore[no-untyped-def]
    page = WorkspaceArea(workspace_context())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page
    page.shutdown()


def wait_loaded(qtbot, page: WorkspaceArea) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: page.model.rowCount() and page.model.pending_count() == 0, timeout=120_000
    )


def candidate(x: int) -> Region:
    return Region(x, 10, 40, 40, score=0.35, tier=Tier.CHECK, enabled=False)


def sure(x: int) -> Region:
    return Region(x, 300, 60, 60, score=0.9, tier=Tier.SURE, enabled=True)


def _album(workspace, qtbot, folder: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir()
    for i in range(count):
        make_photo(folder / f"Kind_{i:02d}.jpg", size=(640, 480), seed=i)
    workspace.add_paths([folder])
    wait_loaded(qtbot, workspace)
    # a known review situation: every photo one sure face and (some) possible faces
    for row in range(count):
        regions = (sure(300), *(candidate(20 + 60 * k) for k in range(row % 3)))
        workspace.model.set_regions(row, regions)


def test_hide_every_possible_face_in_the_album_in_one_undoable_step(
    workspace, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _album(workspace, qtbot, tmp_path / "kamp", 4)  # 0, 1, 2, 0 possible faces
    assert workspace.album_candidates() == 3
    assert workspace.hide_album_button.isVisible() and workspace.hide_album_button.isEnabled()
    # discoverable in the review menu too, with its shortcut
    menu_actions = workspace.review_menu_button.menu().actions()
    assert workspace.hide_album_action in menu_actions
    assert workspace.hide_album_action.isEnabled()
    before = [e.regions for e in workspace.model.entries]
    workspace.hide_album_button.click()
    assert workspace.album_candidates() == 0
    for entry in workspace.model.entries:
        assert all(r.enabled for r in entry.regions)
        assert entry.check_count == 0
    assert workspace.model.counts().to_check == 0
    assert not workspace.hide_album_button.isVisible()
    assert workspace.undo_stack.count() == 1  # one step for the whole album
    workspace.undo_stack.undo()
    assert [e.regions for e in workspace.model.entries] == before
    assert workspace.album_candidates() == 3
    # the same through the menu action's keyboard shortcut
    workspace.grid.setFocus()
    qtbot.keyClick(
        workspace.grid,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert workspace.album_candidates() == 0
    workspace.undo_stack.undo()
    workspace.hide_album_action.trigger()
    assert workspace.album_candidates() == 0


def _export(workspace, qtbot, out: Path):  # type: ignore[no-untyped-def]
    assert workspace.export_button.isEnabled()
    workspace.export_button.click()
    dialog = workspace._export_dialog
    dialog.folder_edit.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    return dialog


def test_summary_counts_faces_left_visible_and_photos_confirmed_unseen(
    workspace, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    workspace.SEEN_AFTER_MS = 300
    _album(workspace, qtbot, tmp_path / "kamp", 4)  # 0, 1, 2, 0 possible faces
    # photo 1: looked at (on screen long enough), one candidate ticked, one sure face shown
    workspace.select_row(1)
    qtbot.waitUntil(lambda: workspace.model.entry(1).seen, timeout=5_000)
    entry = workspace.model.entry(1)
    workspace.model.set_regions(1, (sure(300).replace(enabled=False), entry.regions[1]))
    workspace.toggle_reviewed()  # -> jumps to photo 2
    assert workspace._current_row == 2
    # photo 2 (two candidates): Ctrl+R at once, without looking
    workspace.grid.setFocus()
    qtbot.keyClick(workspace.grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    photos = workspace.model.entries
    assert photos[1].reviewed and photos[1].seen and not photos[1].confirmed_unseen
    assert photos[2].reviewed and photos[2].confirmed_unseen
    assert workspace.model.counts().to_check == 0

    dialog = _export(workspace, qtbot, tmp_path / "safe")
    assert "1 photo" in dialog.review_note.text()  # the warning before the export
    honesty = dialog.honesty(dialog.summary)
    # visible by the user's choice: photo 1's sure face, photo 1's and photo 2's candidates
    assert honesty.visible_faces == 1 + 1 + 2
    assert honesty.visible_candidates == 3
    assert honesty.unseen == (photos[2].path,)
    assert dialog.summary.faces_hidden == honesty.faces_hidden == 3  # photos 0, 2, 3
    text = dialog.summary_view.toPlainText()
    assert "✓" not in text  # never "your safe copies are ready" while faces stay visible
    assert "4 face(s) or possible face(s) stay visible" in text
    assert "3 are possible faces you did not tick" in text
    assert "1 photo(s) were marked as checked without being looked at" in text
    assert "Kind_02.jpg" in text and "Kind_01.jpg" not in text
    report = (tmp_path / "safe" / "photosafe-report.txt").read_text(encoding="utf-8")
    assert "left visible by your choice: 4" in report
    # the copies get neutral names (the default): the report names the photo by its number
    assert dialog.rename_check.isChecked()
    assert "photo 3" in report and "Kind_" not in report
    dialog.accept()


def test_summary_after_hiding_every_possible_face_is_complete(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.SEEN_AFTER_MS = 200
    _album(workspace, qtbot, tmp_path / "kamp", 3)
    workspace.hide_album_action.trigger()
    for row in range(3):  # each photo looked at before it is confirmed
        workspace.select_row(row)
        qtbot.waitUntil(lambda r=row: workspace.model.entry(r).seen, timeout=5_000)
        if workspace.model.entry(row).needs_review:
            workspace.toggle_reviewed()
    dialog = _export(workspace, qtbot, tmp_path / "safe")
    honesty = dialog.honesty(dialog.summary)
    assert honesty.complete and honesty.visible_faces == 0 and not honesty.unseen
    assert dialog.summary.faces_hidden == 3 + 3  # 3 sure faces, 0 + 1 + 2 candidates
    assert "✓" in dialog.summary_view.toPlainText()
    assert not dialog.review_note.isVisibleTo(dialog)
    dialog.accept()


def test_face_search_shows_progress_and_time_left_and_can_be_stopped(
    workspace, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "kamp"
    folder.mkdir()
    for i in range(8):
        make_photo(folder / f"Kind_{i:02d}.jpg", size=(1600, 1200), seed=i)
    workspace.add_paths([folder])
    qtbot.waitUntil(lambda: workspace.analysis_bar.isVisible(), timeout=60_000)
    assert workspace.analysis_button.isVisible()
    # after the first photo the time left is estimated
    qtbot.waitUntil(lambda: workspace.analysis_bar.value() >= 1, timeout=120_000)
    qtbot.waitUntil(
        lambda: all(e.stage != Stage.LOADING for e in workspace.model.entries), timeout=60_000
    )
    workspace._update_analysis_progress()
    assert workspace.analysis_seconds_left() is not None
    assert "left" in workspace.progress_label.text()
    assert workspace.analysis_bar.maximum() == 8
    workspace.analysis_button.click()  # stop
    qtbot.waitUntil(lambda: workspace.model.pending_count() == 0, timeout=120_000)
    stopped = workspace.model.counts().stopped
    assert stopped >= 1
    assert not workspace.analysis_bar.isVisible()
    assert "not searched" in workspace.progress_label.text()
    assert "continue" in workspace.banner.text().lower()
    assert workspace.analysis_button.text() == "Continue looking for faces"
    ready = [e for e in workspace.model.entries if e.stage == Stage.READY]
    assert len(ready) == 8 - stopped
    workspace.analysis_button.click()  # continue
    wait_loaded(qtbot, workspace)
    assert all(e.stage == Stage.READY for e in workspace.model.entries)
    assert not workspace.analysis_button.isVisible()


def test_the_photo_the_user_looks_at_is_searched_first(workspace, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "kamp"
    folder.mkdir()
    for i in range(6):
        make_photo(folder / f"Kind_{i:02d}.jpg", size=(1600, 1200), seed=i)
    order: list[str] = []

    def note(top, _bottom, _roles=None) -> None:  # type: ignore[no-untyped-def]
        entry = workspace.model.entry(top.row())
        if entry.stage == Stage.READY and entry.name not in order:
            order.append(entry.name)

    workspace.model.dataChanged.connect(note)
    workspace.add_paths([folder])
    workspace.select_row(5)  # the user opens the last photo straight away
    wait_loaded(qtbot, workspace)
    assert len(order) == 6
    # at most the photo already being searched comes before it
    assert order.index("Kind_05.jpg") <= 1, order
