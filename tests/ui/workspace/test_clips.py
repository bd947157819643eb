"""Video clips in the workspace with real widgets: import next to photos (folder, file
dialog, drag and drop), thumbnail with a duration badge, the scrubber with the regions of a
frame, the per-clip check before export, the safe copy (exiftool and a face re-detection as
oracles), progress with time left, and cancel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from photosafe_desktop.core.faces.detect import DetectConfig, detect_faces
from photosafe_desktop.core.video import ClipOptions, make_clip
from photosafe_desktop.core.video.review import ClipStage, duration_text, read_frame
from photosafe_desktop.core.video.testclip import face_positions
from photosafe_desktop.ui.workspace.page import WorkspaceArea
from tests.core.metadata.exiftool_oracle import EXIFTOOL, exiftool_tags, sha256
from tests.ui.dialogs import ScriptedDialogs, workspace_context
from tests.ui.workspace.conftest import make_photo

pytest.importorskip("av")

SIZE = (640, 480)
FPS = 10
#: the drawn faces are big: the detector's faster plan finds them (as in the core's video
#: tests), and the detector runs on every 5th frame, so each test stays quick
FAST = ClipOptions(config=DetectConfig(min_face_fraction=0.05), step=5, verify_frames=4)


class FilterDialogs(ScriptedDialogs):
    """Records the file dialog's filters too."""

    def __init__(self) -> None:
        super().__init__()
        self.filters: list[str] = []

    def open_paths(self, parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        self.filters.append(filters)
        return super().open_paths(parent, caption, folder, filters)


@pytest.fixture
def dialogs() -> FilterDialogs:
    return FilterDialogs()


@pytest.fixture
def workspace(qtbot, dialogs):  # type: ignore[no-untyped-def]
    page = WorkspaceArea(workspace_context(dialogs))
    page.clips.options = FAST
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page
    page.shutdown()


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An album folder: a photo, a phone MP4 (GPS, make, model...) and a WebM."""
    folder = tmp_path_factory.mktemp("Kamp")
    make_photo(folder / "Sam.jpg", size=(640, 480), seed=1)
    make_clip(folder / "Kamp_Sam.mp4", size=SIZE, seconds=2.0, fps=FPS)
    make_clip(folder / "zwemmen.webm", size=(320, 240), seconds=1.0, fps=FPS)
    return folder


def wait_clips_ready(qtbot, page: WorkspaceArea, timeout: int = 180_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.clips.entries and page.clips.pending_count() == 0, timeout=timeout)


def badge_pixels(icon_image: QImage) -> int:
    """White text pixels in the bottom-right corner of a thumbnail (the duration badge)."""
    width, height = icon_image.width(), icon_image.height()
    white = 0
    for x in range(width - 60, width - 4):
        for y in range(height - 22, height - 4):
            colour = icon_image.pixelColor(x, y)
            if min(colour.red(), colour.green(), colour.blue()) > 200:
                white += 1
    return white


def test_folder_import_puts_clips_next_to_photos_with_thumbnail_and_badge(  # type: ignore[no-untyped-def]
    workspace, clips, qtbot
) -> None:
    added = workspace.add_paths([clips])
    assert added == 3
    panel = workspace.clips
    assert sorted(e.name for e in panel.entries) == ["Kamp_Sam.mp4", "zwemmen.webm"]
    assert [e.name for e in workspace.model.entries] == ["Sam.jpg"]  # not in the photo grid
    assert panel.isVisible()
    wait_clips_ready(qtbot, workspace)
    assert all(e.stage == ClipStage.READY for e in panel.entries), [
        (e.name, e.error and e.error.english()) for e in panel.entries
    ]
    row = panel.row_of((clips / "Kamp_Sam.mp4").resolve())
    assert row is not None
    item = panel.list.item(row)
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "0:02"
    image = item.icon().pixmap(panel.list.iconSize()).toImage()
    assert not image.isNull() and badge_pixels(image) > 10
    # the drawn faces were found and followed
    assert panel.entries[row].faces >= 2
    assert "2 video clip(s)" in workspace.progress_label.text()
    # the same folder again adds nothing
    assert workspace.add_paths([clips]) == 0


def test_file_dialog_offers_clips_and_drop_imports_one(  # type: ignore[no-untyped-def]
    workspace, dialogs, clips, qtbot, tmp_path
) -> None:
    dialogs.paths.append(str(clips / "zwemmen.webm"))
    workspace.choose_files()
    assert "*.mp4" in dialogs.filters[0] and "*.webm" in dialogs.filters[0]
    assert "*.mov" in dialogs.filters[0] and "*.m4v" in dialogs.filters[0]
    assert [e.name for e in workspace.clips.entries] == ["zwemmen.webm"]
    # drag and drop of a .mov from the file manager
    mov = make_clip(tmp_path / "Telefoon.MOV", size=(320, 240), seconds=1.0, fps=FPS)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(mov))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    workspace.dropEvent(event)
    assert [e.name for e in workspace.clips.entries] == ["zwemmen.webm", "Telefoon.MOV"]
    wait_clips_ready(qtbot, workspace)
    assert workspace.centre.currentWidget() is workspace.clips.review
    assert all(e.stage == ClipStage.READY for e in workspace.clips.entries)


def test_scrubber_shows_the_regions_of_a_frame(workspace, clips, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.add_paths([clips / "Kamp_Sam.mp4"])
    wait_clips_ready(qtbot, workspace)
    panel = workspace.clips
    panel.select(0)
    assert workspace.centre.currentWidget() is panel.review
    frames = panel.entries[0].info.frames
    assert panel.slider.maximum() == frames - 1
    index = 13  # between two detector samples: the regions are followed there
    panel.show_frame(index)
    qtbot.waitUntil(
        lambda: panel.shown_frame is not None and panel.shown_frame.index == index, timeout=20_000
    )
    assert "frame 14 of 20" in panel.position_label.text()
    view = panel.view
    assert view.scene().sceneRect().width() == SIZE[0]
    boxes = [item.region for item in view.region_items]
    assert len(boxes) >= 2
    for cx, cy, size in face_positions(index, frames, SIZE):
        # every drawn face's centre is inside a region shown on that frame
        assert any(r.x <= cx <= r.x + r.w and r.y <= cy <= r.y + r.h for r in boxes), (cx, cy)
        assert any(r.w >= 0.5 * size for r in boxes)
    # the frame shown is that frame of the clip (pixels as decoded there)
    expected = read_frame(panel.entries[0].path, index).pixels
    assert np.abs(panel.shown_frame.pixels.astype(int) - expected.astype(int)).mean() < 1


def test_gate_then_export_writes_a_clean_verified_copy(  # type: ignore[no-untyped-def]
    workspace, dialogs, clips, qtbot, tmp_path
) -> None:
    source = clips / "Kamp_Sam.mp4"
    before = sha256(source)
    workspace.add_paths([source])
    wait_clips_ready(qtbot, workspace)
    panel = workspace.clips
    panel.select(0)
    out = tmp_path / "veilig"
    out.mkdir()
    # not checked: the user is asked and says no; nothing happens
    dialogs.confirms.append(False)
    panel.export_button.click()
    assert dialogs.asked[-1][0] == "confirm"
    assert not panel.is_exporting() and not list(out.iterdir())
    # checked: no question, the copy is written
    panel.reviewed_button.click()
    assert panel.entries[0].reviewed and "Checked" in panel.reviewed_button.text()
    asked = len(dialogs.asked)
    dialogs.folders.append(str(out))
    panel.export_button.click()
    assert [kind for kind, _ in dialogs.asked[asked:]] == ["folder"]
    assert panel.is_exporting() and panel.progress.isVisible()
    qtbot.waitUntil(lambda: not panel.is_exporting(), timeout=180_000)
    result = panel.last_result
    assert result is not None, panel.summary_label.text()
    assert result.output == out / "Kamp_Sam.mp4" and result.output.is_file()
    assert result.verified and result.faces_hidden >= 2
    assert "Kamp_Sam.mp4" in panel.summary_label.text()
    assert sorted(p.name for p in out.iterdir()) == ["Kamp_Sam.mp4"]  # no temporary left
    assert sha256(source) == before  # the original is only read
    # the oracles: exiftool finds no location or device, the detector no face
    if EXIFTOOL:
        from tests.core.video.test_video_sanitise import exiftool_problems

        tags = exiftool_tags([result.output])[result.output.name]
        assert not [k for k in tags if "GPS" in k or "Location" in k or "Make" in k]
        assert exiftool_problems(tags) == []
    for index in (0, 7, 13, 19):
        frame = read_frame(result.output, index, max_side=10_000)
        assert not detect_faces(frame.pixels, FAST.config).sure, index


def test_progress_time_left_and_cancel(workspace, dialogs, clips, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    workspace.add_paths([clips / "Kamp_Sam.mp4"])
    wait_clips_ready(qtbot, workspace)
    panel = workspace.clips
    panel.select(0)
    panel.toggle_reviewed()
    assert panel.time_left_text(75) == "About 75 second(s) left" or "75" in panel.time_left_text(75)
    assert "2" in panel.time_left_text(130)
    seen = []

    def stop_at_first(_path, progress) -> None:  # type: ignore[no-untyped-def]
        seen.append(progress)
        panel.cancel_current()

    panel._relay.progressed.connect(stop_at_first)
    out = tmp_path / "gestopt"
    out.mkdir()
    dialogs.folders.append(str(out))
    panel.export_button.click()
    qtbot.waitUntil(lambda: not panel.is_exporting(), timeout=120_000)
    assert seen and panel.last_result is None
    assert "Stopped" in panel.summary_label.text()
    assert not list(out.iterdir())  # nothing half-written left behind
    assert not dialogs.informed  # a cancel is no error to report
    assert duration_text(0.4) == "0:01" and duration_text(75) == "1:15"
