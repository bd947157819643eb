"""The photo workspace area: import, review face by face, export safe copies."""

from __future__ import annotations

import logging
import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.analysis import Analysis, PhotoAnalyser
from photosafe_desktop.core.batch import PHOTO_SUFFIXES
from photosafe_desktop.core.faces.regions import Effect, Region, Source, Tier
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.review import hide_candidates
from photosafe_desktop.core.video.probe import VIDEO_SUFFIXES, is_clip
from photosafe_desktop.ui.areas import AreaPage
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.tasks import TaskRunner
from photosafe_desktop.ui.workspace import engine
from photosafe_desktop.ui.workspace.album import AlbumModel, PhotoEntry, Stage, expand_paths
from photosafe_desktop.ui.workspace.clips import ClipsPanel
from photosafe_desktop.ui.workspace.effects import EFFECTS, effect_name
from photosafe_desktop.ui.workspace.export_dialog import ExportDialog
from photosafe_desktop.ui.workspace.face_marks import FaceMarkPanel
from photosafe_desktop.ui.workspace.findings_panel import FindingsPanel
from photosafe_desktop.ui.workspace.grid import PhotoGrid
from photosafe_desktop.ui.workspace.photo_view import PhotoView
from photosafe_desktop.ui.workspace.text_regions import (
    HideTextSetting,
    is_text,
    with_text_setting,
)
from photosafe_desktop.ui.workspace.undo import SetAlbumRegions, SetRegions, SetReviewed

log = logging.getLogger(__name__)


def _patterns(suffixes: frozenset[str]) -> str:
    """``*.jpg *.mp4 ...`` for a file dialog filter (upper case too, for case-sensitive
    systems)."""
    return " ".join(f"*{s} *{s.upper()}" for s in sorted(suffixes))


def _unexpected_error() -> Message:
    return Message(
        "Errors", QT_TRANSLATE_NOOP("Errors", "Something went wrong while reading this photo.")
    )


class WorkspaceArea(AreaPage):
    area_name = "workspace"
    #: a photo counts as looked at once it was on screen this long (or was edited)
    SEEN_AFTER_MS = 1500

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.setAcceptDrops(True)
        self.model = AlbumModel(self)
        self.undo_stack = QUndoStack(self)
        self.previews = TaskRunner(self, max_threads=2)
        self.analysis = TaskRunner(self, max_threads=1)
        self.viewer_tasks = TaskRunner(self, max_threads=1)
        self.analysis_worker = PhotoAnalyser()
        self._generation = 0
        self._preview_queue: deque[Path] = deque()
        self._import_note = ""  # what the last import could not read or left out
        self._current_row: int | None = None
        self._result_token = 0
        self._display: engine.DisplayImage | None = None
        # face analysis: one photo at a time, the one the user looks at first
        self._analysis_queue: list[Path] = []
        self._analysing: Path | None = None
        self._analysis_started = 0.0
        self._analysis_run_done = 0  # photos analysed since the search (re)started
        self._analysis_times: deque[float] = deque(maxlen=20)
        self._analysis_stopped = False
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.timeout.connect(self._mark_current_seen)
        self._build()
        self.model.review_state_changed.connect(self._update_state)
        self.model.dataChanged.connect(self._on_data_changed)
        self.retranslate()
        self._update_state()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.add_files_button = QPushButton()
        self.add_files_button.setObjectName("add_files")
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.setObjectName("add_folder")
        self.add_folder_button.clicked.connect(self.choose_folder)
        bar.addWidget(self.add_files_button)
        bar.addWidget(self.add_folder_button)
        bar.addSpacing(16)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addSpacing(16)
        self.review_menu = QMenu(self)
        self.hide_album_action = QAction(self)
        self.hide_album_action.setObjectName("hide_album_candidates")
        self.hide_album_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.hide_album_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide_album_action.triggered.connect(self.hide_all_candidates_in_album)
        self.addAction(self.hide_album_action)
        self.hide_photo_action = QAction(self)
        self.hide_photo_action.triggered.connect(self.hide_all_candidates)
        self.next_check_action = QAction(self)
        self.next_check_action.triggered.connect(self.go_to_next_check)
        self.stop_analysis_action = QAction(self)
        self.stop_analysis_action.triggered.connect(self.toggle_analysis)
        for action in (
            self.hide_album_action,
            self.hide_photo_action,
            self.next_check_action,
            self.stop_analysis_action,
        ):
            self.review_menu.addAction(action)
        self.review_menu_button = QToolButton()
        self.review_menu_button.setObjectName("review_menu")
        self.review_menu_button.setMenu(self.review_menu)
        self.review_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.review_menu_button)
        bar.addStretch(1)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.open_export_dialog)
        bar.addWidget(self.export_button)
        self.body.addLayout(bar)

        banner_row = QHBoxLayout()
        self.banner = QLabel()
        self.banner.setObjectName("WorkspaceBanner")
        self.banner.setWordWrap(True)
        banner_row.addWidget(self.banner, 1)
        self.hide_album_button = QPushButton()
        self.hide_album_button.setObjectName("hide_album_button")
        self.hide_album_button.clicked.connect(self.hide_all_candidates_in_album)
        banner_row.addWidget(self.hide_album_button)
        self.body.addLayout(banner_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.grid = PhotoGrid()
        self.grid.setModel(self.model)
        self.grid.selectionModel().currentChanged.connect(
            lambda current, _previous: self.show_photo(current.row() if current.isValid() else None)
        )
        self.grid.clicked.connect(self._photo_clicked)
        self.grid.setMinimumWidth(220)
        # video clips under the photos (ui/workspace/clips.py), shown once there are some
        self.clips = ClipsPanel(self.context, self._default_effect)
        self.clips.clip_selected.connect(self._show_clip)
        self.clips.changed.connect(self._update_state)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.grid)
        self.left.addWidget(self.clips)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.splitter.addWidget(self.left)

        # centre: empty state or the photo
        self.centre = QStackedWidget()
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("EmptyMessage")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_label.setFont(font)
        empty_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_files_button = QPushButton()
        self.empty_files_button.clicked.connect(self.choose_files)
        self.empty_folder_button = QPushButton()
        self.empty_folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.empty_files_button)
        row.addWidget(self.empty_folder_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.centre.addWidget(self.empty)

        photo_box = QWidget()
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        self.view = PhotoView()
        self.view.region_clicked.connect(self.toggle_region)
        self.view.region_edited.connect(self.edit_region)
        self.view.region_drawn.connect(self.add_region)
        self.view.region_delete_requested.connect(self.delete_region)
        photo_layout.addWidget(self.view, 1)
        nav = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_photo)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_photo)
        self.result_button = QPushButton()
        self.result_button.setObjectName("show_result")
        self.result_button.setCheckable(True)
        self.result_button.toggled.connect(self.set_show_result)
        self.reviewed_button = QPushButton()
        self.reviewed_button.setObjectName("mark_reviewed")
        self.reviewed_button.clicked.connect(self.toggle_reviewed)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.result_button)
        nav.addWidget(self.reviewed_button)
        photo_layout.addLayout(nav)
        self.photo_hint = QLabel()
        self.photo_hint.setWordWrap(True)
        photo_layout.addWidget(self.photo_hint)
        self.centre.addWidget(photo_box)
        self.centre.addWidget(self.clips.review)
        self.splitter.addWidget(self.centre)

        # right: effect and findings
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.effect_label = QLabel()
        side_layout.addWidget(self.effect_label)
        self.effect_combo = QComboBox()
        self.effect_combo.setObjectName("effect")
        for effect in EFFECTS:
            self.effect_combo.addItem("", effect.value)
        self.effect_label.setBuddy(self.effect_combo)
        side_layout.addWidget(self.effect_combo)
        self.effect_selected_button = QPushButton()
        self.effect_selected_button.clicked.connect(lambda: self.apply_effect(all_regions=False))
        self.effect_all_button = QPushButton()
        self.effect_all_button.clicked.connect(lambda: self.apply_effect(all_regions=True))
        side_layout.addWidget(self.effect_selected_button)
        side_layout.addWidget(self.effect_all_button)
        side_layout.addSpacing(8)
        self.hide_candidates_button = QPushButton()
        self.hide_candidates_button.setObjectName("hide_candidates")
        self.hide_candidates_button.clicked.connect(self.hide_all_candidates)
        side_layout.addWidget(self.hide_candidates_button)
        self.hide_text_setting = HideTextSetting(self.settings)
        side_layout.addWidget(self.hide_text_setting)
        side_layout.addSpacing(8)
        self.face_marks = FaceMarkPanel(self)
        self.view.region_clicked.connect(self.face_marks.show_selected)
        side_layout.addWidget(self.face_marks)
        side_layout.addSpacing(16)
        self.findings = FindingsPanel()
        findings_scroll = QScrollArea()
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        findings_scroll.setWidget(self.findings)
        side_layout.addWidget(findings_scroll, 1)
        # no fixed minimum: the side panel is never narrower than its buttons' labels in
        # the language shown (a check box or button cannot wrap)
        side.setMaximumWidth(420)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([300, 700, 260])
        # dragged to its narrowest, the side panel stays usable instead of vanishing
        self.splitter.setCollapsible(2, False)
        self.body.addWidget(self.splitter, 1)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("WorkspaceProgress")
        progress_row.addWidget(self.progress_label, 1)
        self.analysis_bar = QProgressBar()
        self.analysis_bar.setObjectName("analysis_progress")
        self.analysis_bar.setMaximumWidth(260)
        self.analysis_bar.setVisible(False)
        progress_row.addWidget(self.analysis_bar)
        self.analysis_button = QPushButton()
        self.analysis_button.setObjectName("stop_analysis")
        self.analysis_button.clicked.connect(self.toggle_analysis)
        self.analysis_button.setVisible(False)
        progress_row.addWidget(self.analysis_button)
        self.body.addLayout(progress_row)

        # keyboard
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_photo),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_photo),
            (QKeySequence("Ctrl+Right"), self.next_photo),
            (QKeySequence("Ctrl+Left"), self.previous_photo),
            (QKeySequence("Ctrl+Return"), self.toggle_reviewed),
            (QKeySequence("Ctrl+R"), self.toggle_reviewed),
            (QKeySequence("Ctrl+E"), self.open_export_dialog),
            (QKeySequence("Ctrl+O"), self.choose_files),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        default_effect = self.settings.get("obscure_effect")
        self.effect_combo.setCurrentIndex(max(0, self.effect_combo.findData(default_effect)))

    def title(self) -> str:
        return self.tr("Make photos safe to share")

    def retranslate(self) -> None:
        super().retranslate()
        self.add_files_button.setText(self.tr("Add photos…"))
        self.add_folder_button.setText(self.tr("Add a folder…"))
        self.empty_files_button.setText(self.tr("Choose photos…"))
        self.empty_folder_button.setText(self.tr("Choose a folder…"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.export_button.setText(self.tr("Export safe copies…"))
        self.empty_label.setText(
            self.tr(
                "Drop photos or a folder here, or choose them below.\n"
                "PhotoSafe finds the faces and the hidden information. "
                "Your original photos are never changed."
            )
        )
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous photo (Page Up)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next photo (Page Down)"))
        self.result_button.setText(self.tr("Show the result"))
        self.result_button.setToolTip(self.tr("Show the photo as it will be exported"))
        self.effect_label.setText(self.tr("How to hide faces:"))
        for i, effect in enumerate(EFFECTS):
            self.effect_combo.setItemText(i, effect_name(effect))
        self.effect_selected_button.setText(self.tr("For the selected face"))
        self.effect_all_button.setText(self.tr("For every face in this photo"))
        self.face_marks.retranslate()
        self.hide_text_setting.retranslate()
        self.hide_candidates_button.setText(self.tr("Also hide the possible faces"))
        self.hide_candidates_button.setToolTip(
            self.tr("PhotoSafe was not sure these are faces. Hiding them all is the safe choice.")
        )
        self.review_menu_button.setText(self.tr("Review"))
        self.review_menu.setTitle(self.tr("Review"))
        self.hide_album_action.setText(self.tr("Hide every possible face in the whole album"))
        self.hide_album_action.setToolTip(
            self.tr(
                "Ticks every possible face in every photo, so it is hidden in the copies. "
                "The safe choice when you are in a hurry; undo with Ctrl+Z."
            )
        )
        self.hide_album_button.setText(self.tr("Hide every possible face in the album"))
        self.hide_album_button.setToolTip(self.hide_album_action.toolTip())
        self.hide_photo_action.setText(self.tr("Hide the possible faces in this photo"))
        self.next_check_action.setText(self.tr("Go to the next photo to check"))
        self.photo_hint.setText(
            self.tr(
                "Click a face to hide it or show it. Drag on the photo to hide a face that was "
                "missed. Drag a box to move it, or its corners to resize it; Delete removes it."
            )
            + "\n"
            + self.tr(
                "Purple dotted boxes are text (a name, a sign, a plate): click one to hide it "
                "or show it."
            )
        )
        for widget, name in (
            (self.grid, self.tr("Photos in the album")),
            (self.view, self.tr("The selected photo, with the faces that will be hidden")),
            (self.effect_combo, self.tr("How to hide faces")),
        ):
            widget.setAccessibleName(name)
        self.findings.retranslate()
        self.clips.retranslate()
        self._update_state()
        self._update_photo_controls()

    # --- import -------------------------------------------------------------------------
    def _start_dir(self) -> str:
        last = self.settings.get("last_import_dir")
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)

    def choose_files(self) -> None:
        files = self.context.dialogs.open_paths(
            self,
            self.tr("Choose photos"),
            self._start_dir(),
            ";;".join(
                (
                    self.tr("Photos and video clips ({patterns})").format(
                        patterns=_patterns(PHOTO_SUFFIXES | VIDEO_SUFFIXES)
                    ),
                    self.tr("Photos ({patterns})").format(patterns=_patterns(PHOTO_SUFFIXES)),
                    self.tr("Video clips ({patterns})").format(patterns=_patterns(VIDEO_SUFFIXES)),
                    self.tr("All files (*)"),
                )
            ),
        )
        if files:
            self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = self.context.dialogs.choose_folder(
            self, self.tr("Choose a folder with photos"), self._start_dir()
        )
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> int:
        """Import files and folders (recursively); returns how many photos and video clips
        were added."""
        found = expand_paths(paths, PHOTO_SUFFIXES | VIDEO_SUFFIXES)
        if paths:
            first = paths[0]
            self.settings.set("last_import_dir", str(first if first.is_dir() else first.parent))
        clips = self.clips.add_clips([p for p in found.files if is_clip(p)])
        rows = self.model.add_paths([p for p in found.files if not is_clip(p)])
        self._preview_queue.extend(self.model.entry(row).path for row in rows)
        self._pump_previews()
        notes = []
        if found.problems:
            notes.append(
                self.tr("Some files or folders could not be read and were skipped: {count}").format(
                    count=found.problems
                )
            )
        if found.hidden:
            notes.append(
                self.tr(
                    "Hidden photos and folders (names starting with a dot) were not imported: "
                    "{count}"
                ).format(count=found.hidden)
            )
        self._import_note = "\n".join(notes)
        if rows and self._current_row is None:
            self.select_row(rows[0])
        elif clips and not self.model.rowCount():
            self._show_clip()
        self._update_state()
        return len(rows) + clips

    def _pump_previews(self) -> None:
        """Hand photos to the thumbnail workers a few at a time, so that importing hundreds
        of photos never holds up the window."""
        generation = self._generation
        for _ in range(min(32, len(self._preview_queue))):
            path = self._preview_queue.popleft()
            self.previews.run(
                engine.load_preview,
                path,
                on_done=lambda result, g=generation: self._preview_ready(g, result),
                on_error=lambda exc, g=generation, p=path: self._failed(g, p, exc.message),
                on_bug=lambda _exc, g=generation, p=path: self._failed(g, p, _unexpected_error()),
            )
        if self._preview_queue:
            QTimer.singleShot(15, self._pump_previews)

    def _preview_ready(self, generation: int, preview: engine.Preview) -> None:
        if generation != self._generation:
            return
        row = self.model.row_of(preview.path)
        if row is None:
            return
        entry = self.model.entry(row)
        entry.thumbnail = preview.thumbnail
        entry.size = preview.size
        if self._analysis_stopped:
            entry.stage = Stage.STOPPED
            self.model.changed(row)
            return
        entry.stage = Stage.DETECTING
        self.model.changed(row)
        self._analysis_queue.append(preview.path)
        self._pump_analysis()

    # --- face analysis: one photo at a time, what the user looks at first ---------------
    def _next_to_analyse(self) -> Path:
        """The current photo if it waits, else the first waiting photo visible in the grid,
        else the oldest one."""
        current = self.current_entry()
        if current is not None and current.path in self._analysis_queue:
            return current.path
        viewport = self.grid.viewport().rect()
        for path in self._analysis_queue:
            row = self.model.row_of(path)
            if row is not None and self.grid.visualRect(self.model.index(row)).intersects(viewport):
                return path
        return self._analysis_queue[0]

    def _pump_analysis(self) -> None:
        if self._analysing is None and self._analysis_queue and not self._analysis_stopped:
            path = self._next_to_analyse()
            self._analysis_queue.remove(path)
            self._analysing = path
            self._analysis_started = time.monotonic()
            generation = self._generation
            self.analysis.run(
                self.analysis_worker.run,
                path,
                on_done=lambda result, g=generation, p=path: self._analysis_finished(
                    g, p, result=result
                ),
                on_error=lambda exc, g=generation, p=path: self._analysis_finished(
                    g, p, error=exc.message
                ),
                on_bug=lambda _exc, g=generation, p=path: self._analysis_finished(
                    g, p, error=_unexpected_error()
                ),
            )
        self._update_analysis_progress()

    def _analysis_finished(
        self,
        generation: int,
        path: Path,
        result: Analysis | None = None,
        error: Message | None = None,
    ) -> None:
        if generation != self._generation:
            return
        if self._analysing == path:
            self._analysing = None
            self._analysis_times.append(time.monotonic() - self._analysis_started)
            self._analysis_run_done += 1
        if result is not None:
            self._analysis_ready(generation, result)
        else:
            self._failed(generation, path, error or _unexpected_error())
        self._pump_analysis()

    def analysis_remaining(self) -> int:
        """Photos still to be searched for faces in this run (waiting or in progress)."""
        return len(self._analysis_queue) + (self._analysing is not None)

    def analysis_seconds_left(self) -> float | None:
        """The estimated time until every waiting photo is searched (None: not known yet)."""
        if not self._analysis_times:
            return None
        average = sum(self._analysis_times) / len(self._analysis_times)
        left = average * len(self._analysis_queue)
        if self._analysing is not None:
            left += max(0.0, average - (time.monotonic() - self._analysis_started))
        return left

    def _update_analysis_progress(self) -> None:
        remaining = self.analysis_remaining()
        stopped = self.model.counts().stopped
        running = remaining > 0 and not self._analysis_stopped
        self.analysis_bar.setVisible(running)
        self.analysis_button.setVisible(running or stopped > 0)
        if running:
            total = self._analysis_run_done + remaining
            self.analysis_bar.setRange(0, total)
            self.analysis_bar.setValue(self._analysis_run_done)
            left = self.analysis_seconds_left()
            if left is None:
                when = self.tr("estimating the time left…")
            elif left < 60:
                when = self.tr("less than a minute left")
            else:
                when = self.tr("about %n minute(s) left", "", round(left / 60))
            self.analysis_bar.setFormat(
                self.tr("Faces: {done} of {total}").format(
                    done=self._analysis_run_done, total=total
                )
            )
            self.analysis_bar.setToolTip(when)
            self._analysis_eta = when
            self.analysis_button.setText(self.tr("Stop looking for faces"))
            self.stop_analysis_action.setText(self.tr("Stop looking for faces"))
            self.stop_analysis_action.setEnabled(True)
        else:
            self._analysis_eta = ""
            self.analysis_button.setText(self.tr("Continue looking for faces"))
            self.stop_analysis_action.setText(self.tr("Continue looking for faces"))
            self.stop_analysis_action.setEnabled(stopped > 0)
        self._update_state()

    def toggle_analysis(self) -> None:
        """Stop the search for faces (the photo being searched is finished), or continue it."""
        if self._analysis_stopped or not self.analysis_remaining():
            self.resume_analysis()
        else:
            self.stop_analysis()

    def stop_analysis(self) -> None:
        self._analysis_stopped = True
        waiting, self._analysis_queue = self._analysis_queue, []
        for path in waiting:
            row = self.model.row_of(path)
            if row is not None:
                self.model.entry(row).stage = Stage.STOPPED
                self.model.changed(row)
        self._update_analysis_progress()

    def resume_analysis(self) -> None:
        self._analysis_stopped = False
        self._analysis_run_done = 0
        for row, entry in enumerate(self.model.entries):
            if entry.stage == Stage.STOPPED:
                entry.stage = Stage.DETECTING
                self._analysis_queue.append(entry.path)
                self.model.changed(row)
        self._pump_analysis()

    def _analysis_ready(self, generation: int, result: Analysis) -> None:
        if generation != self._generation:
            return
        row = self.model.row_of(result.path)
        if row is None:
            return
        entry = self.model.entry(row)
        entry.size = result.size
        entry.findings = result.findings
        regions = with_text_setting(
            result.regions, result.texts, bool(self.settings.get("hide_text"))
        )
        entry.regions = tuple(r.replace(effect=self._default_effect()) for r in regions)
        entry.stage = Stage.READY
        self.model.changed(row)
        if row == self._current_row:
            self._refresh_regions()
            self.findings.show_entry(entry)
            self._update_photo_controls()
            self._seen_timer.start(self.SEEN_AFTER_MS)

    def _failed(self, generation: int, path: Path, message: Message) -> None:
        if generation != self._generation:
            return
        row = self.model.row_of(path)
        if row is None:
            return
        entry = self.model.entry(row)
        entry.stage = Stage.ERROR
        entry.error = message
        self.model.changed(row)
        if row == self._current_row:
            self.show_photo(row)

    def clear_album(self) -> None:
        self._generation += 1
        self._import_note = ""
        self._preview_queue.clear()
        self._analysis_queue.clear()
        self._analysing = None
        self._analysis_run_done = 0
        self._analysis_stopped = False
        self.previews.cancel()
        self.analysis.cancel()
        self.undo_stack.clear()
        self.model.clear()
        self.clips.clear()
        self.grid.photo_delegate.forget()
        self._current_row = None
        self.view.clear_photo()
        self._update_state()

    # --- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # --- current photo ------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.grid.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.grid.scrollTo(index)

    def current_entry(self) -> PhotoEntry | None:
        if self._current_row is None or self._current_row >= len(self.model.entries):
            return None
        return self.model.entry(self._current_row)

    def _photo_clicked(self, index: QModelIndex) -> None:
        """Back from a clip's review to the photo clicked (even when it is the current one)."""
        if self.centre.currentWidget() is self.clips.review and index.isValid():
            self.show_photo(index.row())

    def _show_clip(self) -> None:
        """Show the clip chosen in the clip list (its review: frames, regions, export)."""
        if self.clips.current() is not None:
            self.centre.setCurrentWidget(self.clips.review)

    def show_photo(self, row: int | None) -> None:
        self._current_row = row
        self.result_button.setChecked(False)
        entry = self.current_entry()
        self._seen_timer.stop()
        if entry is not None and entry.stage == Stage.READY:
            self._seen_timer.start(self.SEEN_AFTER_MS)
        self.findings.show_entry(entry)
        self._update_photo_controls()
        if entry is None:
            self.view.clear_photo()
            self.centre.setCurrentWidget(self.empty)
            return
        self.centre.setCurrentIndex(1)
        self._display = None
        if entry.thumbnail is not None and entry.size is not None:
            self.view.set_photo(QPixmap.fromImage(entry.thumbnail), entry.size)
            self._refresh_regions()
        else:
            self.view.clear_photo()
        if entry.stage == Stage.ERROR:
            return
        path = entry.path
        self.viewer_tasks.cancel()
        self.viewer_tasks.run(
            engine.load_display_image,
            path,
            on_done=lambda display, p=path: self._display_ready(p, display),
            on_error=lambda _exc: None,  # the photo view keeps what it shows
        )

    def _display_ready(self, path: Path, display: engine.DisplayImage) -> None:
        entry = self.current_entry()
        if entry is None or entry.path != path:
            return
        self._display = display
        self.view.set_photo(QPixmap.fromImage(display.image), display.full_size)
        self._refresh_regions()

    def _refresh_regions(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.view.set_regions(entry.regions, entry.reviewed)
        if self.result_button.isChecked():
            self._render_result()

    def _on_data_changed(self, top, _bottom, _roles=None) -> None:  # type: ignore[no-untyped-def]
        if self._current_row is not None and top.row() == self._current_row:
            self._refresh_regions()
            self._update_photo_controls()
            self.findings.show_entry(self.current_entry())  # text ticked or not

    def next_photo(self) -> None:
        if self.model.rowCount():
            row = (
                0
                if self._current_row is None
                else min(self._current_row + 1, self.model.rowCount() - 1)
            )
            self.select_row(row)

    def previous_photo(self) -> None:
        if self.model.rowCount():
            row = 0 if self._current_row is None else max(self._current_row - 1, 0)
            self.select_row(row)

    # --- edits (all undoable) -----------------------------------------------------------
    def _default_effect(self) -> Effect:
        return Effect(self.effect_combo.currentData() or "solid")

    def _push_regions(self, regions: tuple[Region, ...], text: str) -> None:
        if self._current_row is None:
            return
        self.model.entry(self._current_row).seen = True  # the user acted on this photo
        self.undo_stack.push(SetRegions(self.model, self._current_row, regions, text))

    def _mark_current_seen(self) -> None:
        """The current photo was on screen long enough to be looked at (only counts before
        it is confirmed: staying on it after Ctrl+R is not a look before the check)."""
        entry = self.current_entry()
        if entry is not None and entry.stage == Stage.READY and not entry.reviewed:
            entry.seen = True

    def toggle_region(self, index: int) -> None:
        entry = self.current_entry()
        if entry is None or not 0 <= index < len(entry.regions):
            return
        regions = list(entry.regions)
        region = regions[index]
        regions[index] = region.replace(enabled=not region.enabled, tier=Tier.SURE)
        if is_text(region):
            text = self.tr("Hide text") if not region.enabled else self.tr("Show text")
        else:
            text = self.tr("Hide face") if not region.enabled else self.tr("Show face")
        self._push_regions(tuple(regions), text)

    def edit_region(self, index: int, new: Region) -> None:
        entry = self.current_entry()
        if entry is None or not 0 <= index < len(entry.regions):
            return
        regions = list(entry.regions)
        regions[index] = new.replace(tier=Tier.SURE)
        text = self.tr("Move or resize text") if is_text(new) else self.tr("Move or resize face")
        self._push_regions(tuple(regions), text)

    def add_region(self, rect: QRectF) -> None:
        entry = self.current_entry()
        if entry is None or entry.stage != Stage.READY:
            return
        region = Region(
            int(rect.x()),
            int(rect.y()),
            max(1, int(rect.width())),
            max(1, int(rect.height())),
            score=1.0,
            tier=Tier.SURE,
            effect=self._default_effect(),
            enabled=True,
            source=Source.MANUAL,
        )
        self._push_regions((*entry.regions, region), self.tr("Add face"))

    def delete_region(self, index: int) -> None:
        entry = self.current_entry()
        if entry is None or not 0 <= index < len(entry.regions):
            return
        regions = tuple(r for i, r in enumerate(entry.regions) if i != index)
        text = self.tr("Remove text") if is_text(entry.regions[index]) else self.tr("Remove face")
        self._push_regions(regions, text)

    def apply_effect(self, all_regions: bool) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        effect = self._default_effect()
        self.settings.set("obscure_effect", effect.value)
        selected = self.view.selected_region()
        regions = tuple(
            r.replace(effect=effect) if all_regions or i == selected else r
            for i, r in enumerate(entry.regions)
        )
        self._push_regions(regions, self.tr("Change how faces are hidden"))

    def hide_all_candidates(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        regions = hide_candidates(entry.regions)
        if regions != entry.regions:
            self._push_regions(regions, self.tr("Hide all possible faces"))

    def album_candidates(self) -> int:
        """Possible faces not yet ticked, in every photo searched so far."""
        return sum(
            1
            for entry in self.model.entries
            if entry.stage == Stage.READY
            for r in entry.regions
            if r.tier == Tier.CHECK
        )

    def hide_all_candidates_in_album(self) -> int:
        """Tick every possible face in every photo (one undoable step); returns how many."""
        changes = {}
        count = 0
        for row, entry in enumerate(self.model.entries):
            if entry.stage != Stage.READY:
                continue
            regions = hide_candidates(entry.regions)
            if regions != entry.regions:
                changes[row] = regions
                count += sum(1 for r in entry.regions if r.tier == Tier.CHECK)
        if changes:
            self.undo_stack.push(
                SetAlbumRegions(
                    self.model,
                    changes,
                    self.tr("Hide %n possible face(s) in the album", "", count),
                )
            )
        return count

    def go_to_next_check(self) -> None:
        following = self.model.next_needing_review(
            -1 if self._current_row is None else self._current_row
        )
        if following is not None:
            self.select_row(following)

    def toggle_reviewed(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.stage != Stage.READY or self._current_row is None:
            return
        reviewed = not entry.reviewed
        row = self._current_row
        text = (
            self.tr("Mark photo as checked") if reviewed else self.tr("Mark photo as not checked")
        )
        self.undo_stack.push(SetReviewed(self.model, row, reviewed, text))
        if reviewed:
            following = self.model.next_needing_review(row)
            if following is not None:
                self.select_row(following)

    # --- export preview -----------------------------------------------------------------
    def set_show_result(self, on: bool) -> None:
        self.view.set_result_mode(on)
        if on:
            self._render_result()

    def _render_result(self) -> None:
        """Obscure the display-size photo off the GUI thread (blur can take a while)."""
        entry = self.current_entry()
        if entry is None or self._display is None:
            return
        self._result_token += 1
        self.viewer_tasks.run(
            engine.render_result,
            self._display,
            entry.regions,
            on_done=lambda image, token=self._result_token: self._result_ready(token, image),
            on_error=lambda _exc: None,  # the photo view keeps what it shows
        )

    def _result_ready(self, token: int, image: QImage) -> None:
        if token == self._result_token and self.result_button.isChecked():
            self.view.set_result_pixmap(QPixmap.fromImage(image))

    # --- state --------------------------------------------------------------------------
    def _update_photo_controls(self) -> None:
        entry = self.current_entry()
        ready = entry is not None and entry.stage == Stage.READY
        for widget in (
            self.reviewed_button,
            self.result_button,
            self.effect_selected_button,
            self.effect_all_button,
        ):
            widget.setEnabled(ready)
        self.hide_candidates_button.setEnabled(
            ready and entry is not None and any(r.tier == Tier.CHECK for r in entry.regions)
        )
        self.hide_photo_action.setEnabled(self.hide_candidates_button.isEnabled())
        if entry is not None and entry.reviewed:
            self.reviewed_button.setText(self.tr("Checked ✓ (undo with Ctrl+Z)"))
        elif entry is not None and entry.no_faces_found:
            self.reviewed_button.setText(self.tr("I checked: no face to hide"))
        else:
            self.reviewed_button.setText(self.tr("I checked this photo"))
        self.reviewed_button.setToolTip(self.tr("Mark this photo as checked (Ctrl+R)"))

    def _update_state(self) -> None:
        counts = self.model.counts()
        total, pending, to_check, errors = (
            counts.total,
            counts.pending,
            counts.to_check,
            counts.errors,
        )
        clips, clips_pending = len(self.clips.entries), self.clips.pending_count()
        if total == 0 and not clips:
            self.centre.setCurrentWidget(self.empty)
        parts = []
        if total:
            parts.append(self.tr("%n photo(s)", "", total))
        if pending:
            parts.append(self.tr("looking for faces in %n photo(s)…", "", pending))
            if getattr(self, "_analysis_eta", ""):
                parts.append(self._analysis_eta)
        if counts.stopped:
            parts.append(self.tr("%n photo(s) not searched for faces", "", counts.stopped))
        if errors:
            parts.append(self.tr("%n photo(s) cannot be read", "", errors))
        if clips:
            parts.append(self.tr("%n video clip(s)", "", clips))
        if clips_pending:
            parts.append(self.tr("looking for faces in %n clip(s)…", "", clips_pending))
        self.progress_label.setText(" · ".join(parts))
        candidates = self.album_candidates()
        self.hide_album_button.setVisible(candidates > 0)
        self.hide_album_button.setEnabled(candidates > 0)
        self.hide_album_action.setEnabled(candidates > 0)
        self.next_check_action.setEnabled(to_check > 0)
        ready = counts.ready_to_export
        self.export_button.setEnabled(ready)
        if total == 0 and clips:
            reason = self.tr(
                "Look through each video clip, press “I checked this clip”, then save a safe "
                "copy of it."
            )
        elif total == 0:
            reason = self.tr("Add photos to start.")
        elif pending:
            reason = self.tr("Please wait: PhotoSafe is still looking for faces.")
        elif to_check:
            reason = self.tr(
                "%n photo(s) need your check (orange): possible faces, or no face found. "
                "Look at each one, then press “I checked this photo”.",
                "",
                to_check,
            )
        elif not counts.ready:
            reason = (
                self.tr("The search for faces was stopped. Continue it to export these photos.")
                if counts.stopped
                else self.tr("None of these photos can be read.")
            )
        else:
            reason = self.tr("All photos are checked. You can export safe copies.")
        if counts.stopped and counts.ready:
            reason = self.tr(
                "The search for faces was stopped: %n photo(s) were not searched and will not "
                "be exported until you continue it.",
                "",
                counts.stopped,
            ) + ("" if pending else " " + reason)
        self.export_button.setToolTip(reason)
        self.banner.setText(f"{reason}\n{self._import_note}" if self._import_note else reason)

    # --- export -------------------------------------------------------------------------
    def open_export_dialog(self) -> None:
        if not self.model.ready_to_export():
            return

        dialog = ExportDialog(self.model.exportable(), self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._export_dialog = dialog

    def can_close(self) -> bool:
        dialog = getattr(self, "_export_dialog", None)
        if self.clips.is_exporting():
            return False
        try:
            return dialog is None or not dialog.is_running()
        except RuntimeError:  # already deleted
            return True

    def on_shown(self) -> None:
        QTimer.singleShot(0, self.grid.setFocus)

    def shutdown(self) -> None:
        self._generation += 1
        self._preview_queue.clear()
        self._analysis_queue.clear()
        self._seen_timer.stop()
        for runner in (self.previews, self.analysis, self.viewer_tasks):
            runner.cancel()
        self.clips.shutdown()
        self.analysis_worker.shutdown()
        for runner in (self.previews, self.analysis, self.viewer_tasks):
            runner.wait(30000)
