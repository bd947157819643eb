"""Export safe copies: choose where and how, watch the progress, read the summary."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core import export as export_core
from photosafe_desktop.core.dates import format_datetime
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.review import ReviewHonesty, review_honesty
from photosafe_desktop.core.sharing.presets import Preset, apply_preset
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.tasks import TaskHandle, TaskRunner
from photosafe_desktop.ui.workspace.album import PhotoEntry
from photosafe_desktop.ui.workspace.effects import EFFECTS, effect_name
from photosafe_desktop.ui.workspace.preset_picker import PresetPicker
from photosafe_desktop.ui.workspace.text_regions import text_summary_lines

SIZES = (0, 2048, 1600, 1024)


class ExportDialog(QDialog):
    def __init__(
        self, entries: list[PhotoEntry], context: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.entries = entries
        self.context = context
        self.settings = context.settings
        self.tasks = TaskRunner(self, max_threads=1)
        self._handle: TaskHandle | None = None
        self._started = 0.0
        self.summary: export_core.ExportSummary | None = None
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Export safe copies"))
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._build_options()
        self._build_progress()
        self._build_summary()

    # --- page 1: options ----------------------------------------------------------------
    def _build_options(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "PhotoSafe writes new, clean copies of your %n photo(s). The originals are "
                "not changed.",
                "",
                len(self.entries),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(self._default_folder())
        self.folder_edit.setObjectName("export_folder")
        self.folder_edit.setAccessibleName(self.tr("Folder for the safe copies"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Save in:"), folder_row)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("export_format")
        for value, text in (
            ("keep", self.tr("Same as the original (HEIC becomes JPEG)")),
            ("jpeg", self.tr("JPEG (smallest, for photos)")),
            ("png", self.tr("PNG (lossless, larger files)")),
            ("webp", self.tr("WebP")),
        ):
            self.format_combo.addItem(text, value)
        form.addRow(self.tr("File type:"), self.format_combo)

        self.quality_spin = QSpinBox()
        self.quality_spin.setObjectName("export_quality")
        self.quality_spin.setRange(50, 100)
        self.quality_spin.setSuffix(" %")
        form.addRow(self.tr("Quality:"), self.quality_spin)

        self.size_combo = QComboBox()
        self.size_combo.setObjectName("export_size")
        for side in SIZES:
            text = (
                self.tr("Original size")
                if side == 0
                else self.tr("At most {pixels} pixels wide or high").format(pixels=side)
            )
            self.size_combo.addItem(text, side)
        form.addRow(self.tr("Size:"), self.size_combo)

        self.effect_combo = QComboBox()
        self.effect_combo.setObjectName("export_effect")
        self.effect_combo.addItem(self.tr("As set in each photo"), "")
        for effect in EFFECTS:
            self.effect_combo.addItem(effect_name(effect), effect.value)
        form.addRow(self.tr("Hide faces and text with:"), self.effect_combo)

        self.rename_check = QCheckBox(self.tr("Give the copies neutral names (album-001.jpg, …)"))
        self.rename_check.setObjectName("export_rename")
        self.rename_check.setToolTip(self.tr("File names often contain children's names."))
        form.addRow(self.rename_check)  # the whole width: a check box cannot wrap
        layout.addLayout(form)
        self.preset_picker = PresetPicker(self, self.context.dialogs)
        layout.addWidget(self.preset_picker)

        faces = sum(e.face_count for e in self.entries)
        texts = sum(e.text_count for e in self.entries)
        note = QLabel(
            self.tr("%n face(s) will be hidden as you set them in each photo.", "", faces)
            + (
                " " + self.tr("%n text line(s) (names, signs, plates) too.", "", texts)
                if texts
                else ""
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.review_note = QLabel(self._review_warning(review_honesty(self.entries)))
        self.review_note.setObjectName("export_review_note")
        self.review_note.setWordWrap(True)
        self.review_note.setVisible(bool(self.review_note.text()))
        layout.addWidget(self.review_note)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start_export")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pages.addWidget(page)

        s = self.settings
        self.format_combo.setCurrentIndex(
            max(0, self.format_combo.findData(s.get("export_format")))
        )
        self.quality_spin.setValue(s.get("export_quality"))
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(s.get("export_max_side"))))
        self.rename_check.setChecked(s.get("export_rename"))

    def _default_folder(self) -> str:
        last = self.settings.get("last_export_dir")
        sources = {e.path.parent for e in self.entries}
        if last and Path(last).is_dir() and Path(last) not in sources:
            base = Path(last)
        else:
            pictures = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
            base = Path(pictures or Path.home())
            return str(base / f"PhotoSafe {dt.date.today().isoformat()}")
        return str(base)

    def _browse(self) -> None:
        folder = self.context.dialogs.choose_folder(
            self, self.tr("Where should the safe copies go?"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    # --- page 2: progress ---------------------------------------------------------------
    def _build_progress(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_title = QLabel(self.tr("Making safe copies…"))
        layout.addWidget(self.progress_title)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("export_progress")
        self.progress_bar.setRange(0, max(1, len(self.entries)))
        layout.addWidget(self.progress_bar)
        self.progress_label = QLabel()
        layout.addWidget(self.progress_label)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_export")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        self.pages.addWidget(page)

    # --- page 3: summary ----------------------------------------------------------------
    def _build_summary(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_view = QTextBrowser()
        self.summary_view.setObjectName("export_summary")
        layout.addWidget(self.summary_view, 1)
        # where the copies are: always shown, to copy when no file manager opens
        self.where_row = QWidget()
        where_layout = QHBoxLayout(self.where_row)
        where_layout.setContentsMargins(0, 0, 0, 0)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_path = QLineEdit()
        self.where_path.setObjectName("export_where")
        self.where_path.setReadOnly(True)
        self.where_label.setBuddy(self.where_path)
        self.copy_where = QPushButton()
        self.copy_where.setObjectName("copy_folder")
        self.copy_where.clicked.connect(self.copy_folder)
        where_layout.addWidget(self.where_label)
        where_layout.addWidget(self.where_path, 1)
        where_layout.addWidget(self.copy_where)
        layout.addWidget(self.where_row)
        self.open_result = QLabel()
        self.open_result.setObjectName("open_result")
        self.open_result.setWordWrap(True)
        self.open_result.setVisible(False)
        layout.addWidget(self.open_result)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("open_folder")
        self.open_button.clicked.connect(self.open_folder)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.pages.addWidget(page)

    # --- running ------------------------------------------------------------------------
    def options(self) -> export_core.ExportOptions:
        return export_core.ExportOptions(
            format=self.format_combo.currentData(),
            quality=self.quality_spin.value(),
            max_side=self.size_combo.currentData() or None,
            rename=self.rename_check.isChecked(),
            effect=self.effect_combo.currentData() or None,
            preset=self.preset_picker.preset(),
            watermark=self.preset_picker.watermark(),
        )

    def start(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self.folder_edit.text().strip():
            self.context.dialogs.inform(
                self, self.windowTitle(), self.tr("Please choose a folder for the safe copies.")
            )
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.context.dialogs.inform(
                self,
                self.windowTitle(),
                self.tr("This folder cannot be created or written to. Please choose another one."),
            )
            return
        options = self.options()
        self.settings.set("last_export_dir", str(folder))
        self.settings.set("export_format", options.format)
        self.settings.set("export_quality", options.quality)
        self.settings.set("export_max_side", options.max_side or 0)
        self.settings.set("export_rename", options.rename)
        jobs = [
            export_core.ExportJob(e.path, tuple(e.regions), tuple(e.findings)) for e in self.entries
        ]
        self.folder = folder
        self._origin = self._open_origin() if self.preset_picker.record_origin() else None
        self.pages.setCurrentIndex(1)
        self._started = time.monotonic()
        self._update_progress(0, len(jobs))
        self._handle = self.tasks.run(
            export_core.export_album,
            jobs,
            folder,
            options,
            on_done=self._finished,
            on_error=lambda _exc: self._crashed(),
            on_bug=lambda _exc: self._crashed(),
            on_progress=self._update_progress,
            consent=self.preset_picker.register,
            origin=self._origin,
            album=folder.name,
            cancellable=True,
        )

    def _open_origin(self):  # type: ignore[no-untyped-def]
        from photosafe_desktop.core.origin.register import OriginRegister

        try:
            return OriginRegister()
        except PhotoSafeError:
            return None  # the export goes on; the copies are just not remembered

    def _close_origin(self) -> None:
        origin, self._origin = getattr(self, "_origin", None), None
        if origin is not None:
            origin.close()

    def is_running(self) -> bool:
        return self._handle is not None and not self._handle.finished.is_set()

    def _update_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)
        text = self.tr("{done} of {total} photos").format(done=done, total=total)
        if done:
            elapsed = time.monotonic() - self._started
            left = elapsed / done * (total - done)
            if total > done:
                if left < 60:
                    text += " · " + self.tr("less than a minute left")
                else:
                    text += " · " + self.tr("about %n minute(s) left", "", round(left / 60))
        self.progress_label.setText(text)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_title.setText(
                self.tr("Stopping… photos already written are being removed.")
            )

    def _crashed(self) -> None:
        self._handle = None
        self._close_origin()
        self.pages.setCurrentIndex(2)
        self.summary_view.setPlainText(
            self.tr(
                "The export stopped because of an unexpected problem. Your originals are untouched."
            )
        )

    def honesty(self, summary: export_core.ExportSummary) -> ReviewHonesty:
        """What the exported copies leave visible and what was confirmed unseen."""
        exported = {f.source for f in summary.files}
        photos = [e for e in self.entries if e.path in exported]
        preset, register = self.preset_picker.preset(), self.preset_picker.register

        def decide(regions: tuple[Region, ...]) -> tuple[Region, ...]:
            return apply_preset(regions, Preset(preset), register) if preset else regions

        return review_honesty(photos, decide)

    def _review_warning(self, honesty: ReviewHonesty) -> str:
        parts = []
        if honesty.visible_faces:
            parts.append(
                self.tr(
                    "%n face(s) or possible face(s) stay visible, as you chose.",
                    "",
                    honesty.visible_faces,
                )
            )
        if honesty.visible_candidates:
            parts.append(
                self.tr(
                    "Of these, %n are possible faces you did not tick.",
                    "",
                    honesty.visible_candidates,
                )
            )
        if honesty.unseen:
            parts.append(
                self.tr(
                    "%n photo(s) were marked as checked without being looked at.",
                    "",
                    len(honesty.unseen),
                )
            )
        return " ".join(parts)

    def _photo_label(self, path: Path) -> str:
        """The album name of a photo, or its number when the copies get neutral names."""
        if not self.rename_check.isChecked() and self.preset_picker.preset() is None:
            return path.name
        for number, entry in enumerate(self.entries, start=1):
            if entry.path == path:
                return self.tr("photo {number}").format(number=number)
        return path.name

    def _report_text(self, summary: export_core.ExportSummary) -> str:
        rename = self.rename_check.isChecked()
        lines = [
            self.tr("PhotoSafe — export report"),
            self.tr("Date: {date}").format(
                date=format_datetime(dt.datetime.now(), self.context.language())
            ),
            self.tr("Photos exported: {count}").format(count=summary.exported),
            self.tr("Faces hidden: {count}").format(count=summary.faces_hidden),
            self.tr("Text lines hidden (names, signs, plates): {count}").format(
                count=summary.texts_hidden
            ),
            self.tr("Photos from which hidden information was removed: {count}").format(
                count=summary.with_metadata
            ),
            self.tr("Every copy was checked after writing: it contains only the image."),
        ]
        honesty = self.honesty(summary)
        if honesty.visible_faces:
            lines.append(
                self.tr("Faces or possible faces left visible by your choice: {count}").format(
                    count=honesty.visible_faces
                )
            )
            lines.append(
                self.tr("  of which possible faces you did not tick: {count}").format(
                    count=honesty.visible_candidates
                )
            )
        if honesty.unseen:
            lines.append(self.tr("Photos marked as checked without being looked at:"))
            lines.extend("  " + self._photo_label(path) for path in honesty.unseen)
        lines.append("")
        for file in summary.files:
            lines.append(
                "  "
                + file.output.name
                + " — "
                + self.tr("%n face(s) hidden", "", file.faces_hidden)
            )
        if summary.failures:
            lines.append("")
            lines.append(self.tr("Not exported:"))
            for number, entry in enumerate(self.entries, start=1):
                failure = summary.failure_for(entry.path)
                if failure is not None:
                    label = (
                        self.tr("photo {number}").format(number=number) if rename else entry.name
                    )
                    lines.append(f"  {label}: {tr_message(failure.reason)}")
        return "\n".join(lines) + "\n"

    def _finished(self, summary: export_core.ExportSummary) -> None:
        self._close_origin()
        if not summary.cancelled and summary.files:
            try:
                path: Path | None = export_core.write_report(
                    self.folder, self._report_text(summary)
                )
            except PhotoSafeError:
                path = None
            summary = dataclasses.replace(summary, report_path=path)
        self.summary = summary
        self._handle = None
        self.pages.setCurrentIndex(2)
        if summary.cancelled:
            heading = self.tr("The export was cancelled")
            lines = [self.tr("The export was cancelled. No copies were left behind.")]
        else:
            honesty = self.honesty(summary)
            heading = (
                self.tr("✓ Your safe copies are ready")
                if honesty.complete
                else self.tr("Your copies are ready: please read what stays visible")
            )
            lines = [
                self.tr("%n safe copy(ies) saved.", "", summary.exported),
                self.tr("%n face(s) hidden.", "", summary.faces_hidden),
                *text_summary_lines(summary.texts_hidden, summary.texts_readable),
                *([self._review_warning(honesty)] if not honesty.complete else []),
                self.tr(
                    "Hidden information removed from %n photo(s) (location, camera, names, …).",
                    "",
                    summary.with_metadata,
                ),
                *(tr_message(note) for note in summary.notes),
            ]
        failures = ""
        if summary.failures:
            items = "".join(
                f"<li>{html.escape(f.name)}: {html.escape(tr_message(f.reason))}</li>"
                for f in summary.failures
            )
            title = self.tr("%n photo(s) could not be exported:", "", len(summary.failures))
            failures = f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"
        unseen = ""
        if not summary.cancelled and self.honesty(summary).unseen:
            items = "".join(
                f"<li>{html.escape(path.name)}</li>" for path in self.honesty(summary).unseen
            )
            title = self.tr(
                "Marked as checked without being looked at (please open them before you share "
                "the copies):"
            )
            unseen = f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"
        report = ""
        if summary.report_path is not None:
            saved = self.tr("A short report was saved next to the copies.")
            report = f"<p><i>{html.escape(saved)}</i></p>"
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        where = ""
        if not summary.cancelled:
            where_text = self.tr("Your safe copies are in this folder:")
            where = f"<p><b>{html.escape(where_text)}</b><br>{html.escape(str(self.folder))}</p>"
        self.summary_view.setHtml(
            f"<h2>{html.escape(heading)}</h2>{where}{body}{unseen}{failures}{report}"
        )
        self.open_button.setEnabled(not summary.cancelled)
        self.where_label.setText(self.tr("&Folder:"))
        self.where_path.setText(str(self.folder))
        self.where_path.setAccessibleName(self.tr("Folder with the safe copies"))
        self.copy_where.setText(self.tr("Co&py"))
        self.copy_where.setAccessibleName(self.tr("Copy the folder's address"))
        self.where_row.setVisible(not summary.cancelled)
        self.open_result.setVisible(False)

    def open_folder(self) -> None:
        # the context's opener falls back to the system's own, then explains what to open
        if self.context.open_url(QUrl.fromLocalFile(str(self.folder))):
            self.open_result.setVisible(False)
            return
        self.open_result.setText(
            self.tr("The folder did not open. Copy its address and open it in your file manager:")
        )
        self.open_result.setVisible(True)
        self.where_path.setFocus()
        self.where_path.selectAll()

    def copy_folder(self) -> None:
        QGuiApplication.clipboard().setText(str(self.folder))
        self.open_result.setText(self.tr("The folder's address is copied."))
        self.open_result.setVisible(True)

    def reject(self) -> None:
        if self.is_running():
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.is_running():
            self.cancel()
            self.tasks.wait(60000)
        super().done(result)
