"""Video clips in the workspace: the clip list (thumbnails with a duration badge), the
review (a scrubber over the frames with the regions the copy hides), the per-clip check and
the export of a safe copy, with progress, time left and cancel.

The work is the core's (:mod:`photosafe_desktop.core.video`): finding the faces, reading a
frame, writing and verifying the copy all run on worker threads; this module only shows
them. A clip must be checked before its copy is written, unless the user confirms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.regions import Effect, Tier
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.video import ClipOptions, ClipProgress, ClipResult
from photosafe_desktop.core.video.review import (
    ClipFrame,
    ClipPreview,
    ClipReview,
    ClipStage,
    duration_text,
    preview_clip,
    read_frame,
    regions_at,
    with_candidates_hidden,
)
from photosafe_desktop.core.video.sanitise import ClipAnalysis, analyse_clip, sanitise_clip
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.tasks import TaskHandle, TaskRunner
from photosafe_desktop.ui.workspace.engine import pil_to_qimage
from photosafe_desktop.ui.workspace.photo_view import PhotoView

THUMB = QSize(160, 96)


def _unexpected() -> Message:
    return Message(
        "Errors", QT_TRANSLATE_NOOP("Errors", "Something went wrong while reading this video.")
    )


def _qimage(pixels: Any) -> QImage:
    from PIL import Image

    return pil_to_qimage(Image.fromarray(pixels))


def badged_thumbnail(image: QImage | None, badge: str) -> QPixmap:
    """The clip's frame fitted in :data:`THUMB` with its duration in the bottom-right
    corner (white on black, as video players show it)."""
    pixmap = QPixmap(THUMB)
    pixmap.fill(QColor("#202020"))
    painter = QPainter(pixmap)
    if image is not None and not image.isNull():
        scaled = image.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage(
            (THUMB.width() - scaled.width()) // 2, (THUMB.height() - scaled.height()) // 2, scaled
        )
    if badge:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(13)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(badge) + 10
        box = QRect(THUMB.width() - width - 4, THUMB.height() - 22, width, 18)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 200))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
    painter.end()
    return pixmap


def _read_frame(path: Path, index: int) -> tuple[ClipFrame, QImage]:
    """A frame for the review, already as a QImage (made here, off the GUI thread)."""
    frame = read_frame(path, index)
    return frame, _qimage(frame.pixels)


def _analyse(
    path: Path,
    options: ClipOptions,
    *,
    cancelled: Callable[[], bool],
    report: Callable[[ClipProgress], None],
) -> ClipAnalysis:
    return analyse_clip(path, options, progress=report, cancel=cancelled)


def _export(
    path: Path,
    target: Path,
    options: ClipOptions,
    analysis: ClipAnalysis,
    *,
    cancelled: Callable[[], bool],
    report: Callable[[ClipProgress], None],
) -> ClipResult:
    return sanitise_clip(
        path, target, options, analysis=analysis, progress=report, cancel=cancelled
    )


class _Relay(QObject):
    """Carries a worker's :class:`ClipProgress` to the GUI thread (queued signal)."""

    progressed = Signal(object, object)  # path, ClipProgress


class ClipsPanel(QWidget):
    """The clip list (left, under the photos) and its review pane (:attr:`review`, shown
    in the workspace's centre). ``effect()`` is the workspace's chosen way to hide faces."""

    #: the user picked a clip (the workspace shows :attr:`review`)
    clip_selected = Signal()
    #: clips were added or removed, or a clip's state changed
    changed = Signal()

    def __init__(
        self, context: AppContext, effect: Callable[[], Effect], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.effect = effect
        #: how faces are found and copies written (the detector's plan, sample spacing)
        self.options = ClipOptions()
        self.entries: list[ClipReview] = []
        self.previews = TaskRunner(self, max_threads=1)
        self.analysis = TaskRunner(self, max_threads=1)
        self.frames = TaskRunner(self, max_threads=1)
        self.exports = TaskRunner(self, max_threads=1)
        self._thumbnails: dict[Path, QImage] = {}
        self._analysis_handles: dict[Path, TaskHandle] = {}
        self._export_handle: TaskHandle | None = None
        self._export_path: Path | None = None
        self.last_result: ClipResult | None = None
        self._generation = 0
        self._frame_token = 0
        self.shown_frame: ClipFrame | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._build()
        self.retranslate()
        self.setVisible(False)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("ClipsHeading")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("clip_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB.height() + 48)
        self.list.currentRowChanged.connect(self._on_current_row)
        self.list.itemClicked.connect(lambda _item: self.clip_selected.emit())
        layout.addWidget(self.list, 1)

        # the review pane (placed in the workspace's centre by the page)
        self.review = QWidget()
        self.review.setObjectName("ClipReview")
        pane = QVBoxLayout(self.review)
        pane.setContentsMargins(0, 0, 0, 0)
        self.view = PhotoView()
        self.view.setInteractive(False)
        pane.addWidget(self.view, 1)
        scrub = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("clip_scrubber")
        self.slider.setMinimum(0)
        self.slider.setMaximum(0)
        self.slider.setPageStep(10)
        self.slider.valueChanged.connect(self._on_slider)
        self.position_label = QLabel()
        self.position_label.setObjectName("clip_position")
        self.position_label.setMinimumWidth(200)
        scrub.addWidget(self.slider, 1)
        scrub.addWidget(self.position_label)
        pane.addLayout(scrub)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        pane.addWidget(self.summary_label)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("clip_progress")
        self.progress.setRange(0, 1000)
        self.progress_text = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("clip_cancel")
        self.cancel_button.clicked.connect(self.cancel_current)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.cancel_button)
        pane.addLayout(progress_row)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_current)
        self.candidates_button = QPushButton()
        self.candidates_button.setObjectName("clip_hide_candidates")
        self.candidates_button.clicked.connect(self.hide_candidates)
        self.reviewed_button = QPushButton()
        self.reviewed_button.setObjectName("clip_reviewed")
        self.reviewed_button.clicked.connect(self.toggle_reviewed)
        self.export_button = QPushButton()
        self.export_button.setObjectName("clip_export")
        self.export_button.clicked.connect(self.export_current)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.candidates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reviewed_button)
        buttons.addWidget(self.export_button)
        pane.addLayout(buttons)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        pane.addWidget(self.hint)
        self._slider_timer = QTimer(self)
        self._slider_timer.setSingleShot(True)
        self._slider_timer.setInterval(60)
        self._slider_timer.timeout.connect(self._load_frame)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Video clips"))
        self.list.setAccessibleName(self.tr("Video clips in the album"))
        self.view.setAccessibleName(
            self.tr("A frame of the selected clip, with the faces that will be hidden")
        )
        self.slider.setAccessibleName(self.tr("Position in the clip"))
        self.cancel_button.setText(self.tr("Stop"))
        self.retry_button.setText(self.tr("Look for faces again"))
        self.candidates_button.setText(self.tr("Also hide the possible faces"))
        self.candidates_button.setToolTip(
            self.tr("PhotoSafe was not sure these are faces. Hiding them all is the safe choice.")
        )
        self.export_button.setText(self.tr("Save a safe copy…"))
        self.hint.setText(
            self.tr(
                "Move the slider to look through the clip: blue boxes are hidden in the copy, "
                "orange boxes are possible faces. The copy has no location, device or date, "
                "and the original clip is not changed."
            )
        )
        for row in range(self.list.count()):
            self._refresh_item(row)
        self._update_controls()

    # --- clips --------------------------------------------------------------------------
    def add_clips(self, paths: list[Path]) -> int:
        """Add new clips (duplicates ignored); returns how many were added."""
        known = {entry.path for entry in self.entries}
        added = 0
        generation = self._generation
        for path in paths:
            key = path.resolve()
            if key in known:
                continue
            known.add(key)
            entry = ClipReview(key)
            self.entries.append(entry)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(key))
            self.list.addItem(item)
            self._refresh_item(self.list.count() - 1)
            self.previews.run(
                preview_clip,
                key,
                on_done=lambda preview, g=generation: self._preview_ready(g, preview),
                on_error=lambda exc, g=generation, p=key: self._failed(g, p, exc.message),
                on_bug=lambda _exc, g=generation, p=key: self._failed(g, p, _unexpected()),
            )
            added += 1
        if added:
            self.setVisible(True)
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(len(self.entries) - added)
            self.changed.emit()
        return added

    def row_of(self, path: Path) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.path == path:
                return row
        return None

    def current(self) -> ClipReview | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)
        self.clip_selected.emit()

    def pending_count(self) -> int:
        return sum(1 for e in self.entries if e.stage in (ClipStage.LOADING, ClipStage.ANALYSING))

    def review_count(self) -> int:
        return sum(1 for e in self.entries if e.needs_review)

    def clear(self) -> None:
        self._generation += 1
        for runner in (self.previews, self.analysis, self.frames):
            runner.cancel()
        self._analysis_handles.clear()
        self.entries.clear()
        self._thumbnails.clear()
        self.list.clear()
        self.view.clear_photo()
        self.shown_frame = None
        self.setVisible(False)
        self.changed.emit()

    def _failed(self, generation: int, path: Path, message: Message) -> None:
        row = self.row_of(path)
        if generation != self._generation or row is None:
            return
        entry = self.entries[row]
        entry.stage = ClipStage.ERROR
        entry.error = message
        self._analysis_handles.pop(path, None)
        self._entry_changed(row)

    def _preview_ready(self, generation: int, preview: ClipPreview) -> None:
        row = self.row_of(preview.info.path.resolve())
        if generation != self._generation or row is None:
            return
        entry = self.entries[row]
        entry.info = preview.info
        self._thumbnails[entry.path] = _qimage(preview.frame.pixels)
        self._start_analysis(row)
        if row == self.list.currentRow():
            self._show_current()

    def _start_analysis(self, row: int) -> None:
        entry = self.entries[row]
        entry.stage = ClipStage.ANALYSING
        entry.error = None
        entry.progress, entry.seconds_left = 0.0, None
        generation, path = self._generation, entry.path
        self._analysis_handles[path] = self.analysis.run(
            _analyse,
            path,
            self.options,
            cancellable=True,
            report=lambda progress, p=path: self._relay.progressed.emit(p, progress),
            on_done=lambda analysis, g=generation, p=path: self._analysis_ready(g, p, analysis),
            on_error=lambda exc, g=generation, p=path: self._failed(g, p, exc.message),
            on_bug=lambda _exc, g=generation, p=path: self._failed(g, p, _unexpected()),
        )
        self._entry_changed(row)

    def _analysis_ready(self, generation: int, path: Path, analysis: ClipAnalysis) -> None:
        row = self.row_of(path)
        if generation != self._generation or row is None:
            return
        self._analysis_handles.pop(path, None)
        entry = self.entries[row]
        entry.analysis = analysis
        entry.stage = ClipStage.READY
        entry.progress, entry.seconds_left = 1.0, None
        self._entry_changed(row)
        if row == self.list.currentRow():
            self._load_frame()

    def _on_progress(self, path: Path, progress: ClipProgress) -> None:
        if path == self._export_path:
            self._show_progress(progress.fraction, progress.seconds_left)
            return
        row = self.row_of(path)
        if row is None:
            return
        entry = self.entries[row]
        entry.progress = progress.fraction
        entry.seconds_left = progress.seconds_left
        if row == self.list.currentRow() and self._export_handle is None:
            self._show_progress(entry.progress, entry.seconds_left)

    def _entry_changed(self, row: int) -> None:
        self._refresh_item(row)
        if row == self.list.currentRow():
            self._update_controls()
        self.changed.emit()

    def _refresh_item(self, row: int) -> None:
        item = self.list.item(row)
        if item is None or row >= len(self.entries):
            return
        entry = self.entries[row]
        badge = duration_text(entry.duration) if entry.info is not None else ""
        item.setIcon(QIcon(badged_thumbnail(self._thumbnails.get(entry.path), badge)))
        item.setData(Qt.ItemDataRole.UserRole + 1, badge)
        state = self._state_text(entry)
        item.setText(entry.name)
        item.setToolTip(f"{entry.name}\n{state}")

    def _state_text(self, entry: ClipReview) -> str:
        if entry.stage == ClipStage.ERROR:
            reason = tr_message(entry.error) if entry.error is not None else ""
            return self.tr("Cannot be read: {reason}").format(reason=reason)
        if entry.stage == ClipStage.LOADING:
            return self.tr("Opening…")
        if entry.stage == ClipStage.ANALYSING:
            return self.tr("Looking for faces…")
        text = self.tr("Faces that will be hidden: {count}").format(count=entry.faces)
        if entry.candidates:
            text += " · " + self.tr("possible faces to check: {count}").format(
                count=entry.candidates
            )
        if entry.reviewed:
            text += " · " + self.tr("checked")
        else:
            text += " · " + self.tr("not checked yet")
        return text

    # --- review -------------------------------------------------------------------------
    def _on_current_row(self, _row: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        entry = self.current()
        self.view.clear_photo()
        self.shown_frame = None
        if entry is None:
            self._update_controls()
            return
        frames = entry.info.frames if entry.info is not None else 1
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(0, frames - 1))
        self.slider.setValue(0)
        self.slider.setPageStep(max(1, round(entry.info.fps)) if entry.info else 10)
        self.slider.blockSignals(False)
        thumb = self._thumbnails.get(entry.path)
        if thumb is not None and entry.info is not None:
            self.view.set_photo(QPixmap.fromImage(thumb), (entry.info.width, entry.info.height))
        self._update_controls()
        if entry.info is not None:
            self._load_frame()

    def _on_slider(self, _value: int) -> None:
        self._update_position()
        self._slider_timer.start()

    def show_frame(self, index: int) -> None:
        """Move the scrubber to frame ``index`` (the frame is read in the background)."""
        self.slider.setValue(index)
        self._slider_timer.stop()
        self._load_frame()

    def _load_frame(self) -> None:
        entry = self.current()
        if entry is None or entry.info is None or entry.stage == ClipStage.ERROR:
            return
        self._frame_token += 1
        token, path, index = self._frame_token, entry.path, self.slider.value()
        self.frames.cancel()
        self.frames.run(
            _read_frame,
            path,
            index,
            on_done=lambda shown, t=token, p=path: self._frame_ready(t, p, *shown),
            on_error=lambda _exc: None,  # the view keeps what it shows
        )

    def _frame_ready(self, token: int, path: Path, frame: ClipFrame, image: QImage) -> None:
        entry = self.current()
        if token != self._frame_token or entry is None or entry.path != path:
            return
        self.shown_frame = frame
        self.view.set_photo(QPixmap.fromImage(image), frame.size)
        self._show_regions()

    def frame_regions(self) -> list[Any]:
        """The regions shown on the current frame: hidden ones, then possible faces."""
        entry = self.current()
        if entry is None or entry.analysis is None or self.shown_frame is None:
            return []
        hidden, check = regions_at(entry.analysis, self.shown_frame.index)
        return [r.replace(enabled=True, tier=Tier.SURE) for r in hidden] + [
            r.replace(enabled=False, tier=Tier.CHECK) for r in check
        ]

    def _show_regions(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.view.set_regions(tuple(self.frame_regions()), entry.reviewed)
        self._update_position()

    def _update_position(self) -> None:
        entry = self.current()
        if entry is None or entry.info is None:
            self.position_label.setText("")
            return
        index = self.slider.value()
        seconds = index / entry.info.fps if entry.info.fps else 0.0
        self.position_label.setText(
            self.tr("{time} of {duration} · frame {frame} of {frames}").format(
                time=duration_text(seconds) if seconds >= 1 else "0:00",
                duration=duration_text(entry.info.duration),
                frame=index + 1,
                frames=entry.info.frames,
            )
        )

    def hide_candidates(self) -> None:
        entry = self.current()
        if entry is None or entry.analysis is None or not entry.candidates:
            return
        entry.analysis = with_candidates_hidden(entry.analysis, self.options.config.sure_threshold)
        self._entry_changed(self.list.currentRow())
        self._show_regions()

    def toggle_reviewed(self) -> None:
        entry = self.current()
        if entry is None or entry.stage != ClipStage.READY:
            return
        entry.reviewed = not entry.reviewed
        self._entry_changed(self.list.currentRow())
        self._show_regions()

    def retry_current(self) -> None:
        row = self.list.currentRow()
        entry = self.current()
        if entry is None or entry.stage != ClipStage.ERROR or entry.info is None:
            return
        self._start_analysis(row)

    # --- progress and cancel ------------------------------------------------------------
    def _show_progress(self, fraction: float, seconds_left: float | None) -> None:
        self.progress.setValue(round(1000 * max(0.0, min(1.0, fraction))))
        self.progress_text.setText(self.time_left_text(seconds_left))

    def time_left_text(self, seconds_left: float | None) -> str:
        if seconds_left is None:
            return self.tr("Estimating the time left…")
        seconds = max(1, round(seconds_left))
        if seconds < 90:
            return self.tr("About %n second(s) left", "", seconds)
        return self.tr("About %n minute(s) left", "", round(seconds / 60))

    def cancel_current(self) -> None:
        """Stop the export running, else the current clip's face search."""
        if self._export_handle is not None:
            self._export_handle.cancel()
            return
        entry = self.current()
        if entry is not None:
            handle = self._analysis_handles.get(entry.path)
            if handle is not None:
                handle.cancel()

    # --- export -------------------------------------------------------------------------
    def is_exporting(self) -> bool:
        return self._export_handle is not None

    def _default_folder(self, entry: ClipReview) -> str:
        last = self.context.settings.get("last_export_dir")
        if last and Path(last).is_dir() and Path(last) != entry.path.parent:
            return str(last)
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures or str(Path.home())

    def export_current(self) -> None:
        entry = self.current()
        if entry is None or not entry.exportable or self._export_handle is not None:
            return
        assert entry.analysis is not None
        if not entry.reviewed and not self.context.dialogs.confirm(
            self,
            self.tr("Clip not checked"),
            self.tr(
                "You have not checked this clip yet. PhotoSafe may have missed a face, or "
                "hidden something that is not one. Save a copy anyway?"
            ),
        ):
            return
        folder = self.context.dialogs.choose_folder(
            self, self.tr("Where should the safe copy go?"), self._default_folder(entry)
        )
        if not folder:
            return
        self.context.settings.set("last_export_dir", folder)
        target = Path(folder) / entry.path.name
        options = dataclasses.replace(self.options, effect=self.effect())
        self._export_path = entry.path
        self.last_result = None
        self.summary_label.setText(self.tr("Writing the safe copy…"))
        self._show_progress(0.0, None)
        path = entry.path
        self._export_handle = self.exports.run(
            _export,
            path,
            target,
            options,
            entry.analysis,
            cancellable=True,
            report=lambda progress, p=path: self._relay.progressed.emit(p, progress),
            on_done=self._export_done,
            on_error=self._export_failed,
            on_bug=lambda _exc: self._export_failed(None),
        )
        self._update_controls()

    def _export_finished(self) -> None:
        self._export_handle = None
        self._export_path = None
        self._update_controls()
        self.changed.emit()

    def _export_done(self, result: ClipResult) -> None:
        self.last_result = result
        self._export_finished()
        verification = result.verification
        if result.verified:
            text = self.tr(
                "Saved as {name}: {faces} face(s) hidden; checked again, no location or "
                "device data and no face left on {frames} frames."
            ).format(
                name=result.output.name,
                faces=result.faces_hidden,
                frames=verification.get("frames_checked", 0),
            )
        else:
            text = self.tr(
                "Saved as {name}, but the check of the copy found a problem: do not share it."
            ).format(name=result.output.name)
        self.summary_label.setText(text)

    def _export_failed(self, error: PhotoSafeError | None) -> None:
        self._export_finished()
        if error is None:
            text = self.tr(
                "The copy stopped because of an unexpected problem. Your original is untouched."
            )
        else:
            text = tr_message(error.message)
        self.summary_label.setText(text)
        if error is None or error.code != "cancelled":
            self.context.dialogs.inform(self, self.tr("The clip was not saved"), text)

    # --- state --------------------------------------------------------------------------
    def _update_controls(self) -> None:
        entry = self.current()
        exporting = self._export_handle is not None
        ready = entry is not None and entry.stage == ClipStage.READY
        analysing = entry is not None and entry.stage == ClipStage.ANALYSING
        self.reviewed_button.setEnabled(ready and not exporting)
        self.export_button.setEnabled(ready and not exporting)
        self.candidates_button.setEnabled(
            ready and not exporting and entry is not None and entry.candidates > 0
        )
        self.retry_button.setVisible(
            entry is not None and entry.stage == ClipStage.ERROR and entry.info is not None
        )
        busy = exporting or analysing
        self.progress.setVisible(busy)
        self.progress_text.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if entry is not None and entry.reviewed:
            self.reviewed_button.setText(self.tr("Checked ✓"))
        else:
            self.reviewed_button.setText(self.tr("I checked this clip"))
        if analysing and entry is not None and not exporting:
            self._show_progress(entry.progress, entry.seconds_left)
        shows_result = (
            entry is not None
            and self.last_result is not None
            and self.last_result.source.resolve() == entry.path
        )
        if entry is not None and not exporting and not shows_result:
            self.summary_label.setText(self._state_text(entry))
        self._update_position()

    def shutdown(self) -> None:
        self._generation += 1
        runners = (self.previews, self.analysis, self.frames, self.exports)
        for runner in runners:
            runner.cancel()
        for runner in runners:
            runner.wait(30000)


__all__ = ["THUMB", "ClipsPanel", "badged_thumbnail"]
