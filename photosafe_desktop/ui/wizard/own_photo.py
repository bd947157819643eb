"""The evidence page's "This is one of our photos" step: a saved copy (or screenshot) of the
found image is matched against the proof-of-origin register, off the GUI thread.

A match adds the proof paragraph to the letters and the copyright route to the case (the
review page drafts them, :mod:`photosafe_desktop.core.origin.route`). Never offered for
CSAM or a minor's intimate image: the box is hidden and the core refuses anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.dates import format_datetime
from photosafe_desktop.core.origin.register import OriginMatch
from photosafe_desktop.core.origin.route import OwnPhotoCheck, check_own_photo
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.widgets import wrapped_label


class OwnPhotoBox(QGroupBox):
    """Emits ``checking_changed`` when a check starts or ends (the page blocks Next meanwhile)
    and ``matched(match_or_None)`` with the result."""

    checking_changed = Signal()
    matched = Signal(object)

    def __init__(
        self,
        context: Callable[[], AppContext],
        case: Callable[[], Case],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("own_photo")
        self._context = context
        self._case = case
        self.match: OriginMatch | None = None
        self.checking = False
        self._generation = 0
        layout = QVBoxLayout(self)
        self.explanation = wrapped_label()
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("own_photo_path")
        self.path.returnPressed.connect(self.check)
        self.browse = QPushButton()
        self.browse.setObjectName("own_photo_browse")
        self.browse.clicked.connect(self.choose)
        self.check_button = QPushButton()
        self.check_button.setObjectName("own_photo_check")
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.status = wrapped_label()
        self.status.setObjectName("own_photo_status")
        layout.addWidget(self.status)
        self.retranslate()

    def reset(self) -> None:
        self._generation += 1  # a check still running is ignored
        self.path.clear()
        self.status.clear()
        self._set_result(None)
        self._set_checking(False)

    def choose(self) -> None:
        path = self._context().dialogs.open_path(
            self,
            self.tr("Choose the saved copy or screenshot of the found photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic)"),
        )
        if path:
            self.path.setText(path)
            self.check()

    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file first."))
            return
        found = Path(text).expanduser()
        if not found.is_file():
            self.status.setText(self.tr("The file cannot be found."))
            return
        self._generation += 1
        generation = self._generation
        self._set_result(None)
        self._set_checking(True)
        self.status.setText(self.tr("Comparing with your published photos…"))

        def done(result: OwnPhotoCheck) -> None:
            if generation == self._generation:
                self._finished(result)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._set_checking(False)
                self.status.setText(message)

        self._context().tasks.run(
            check_own_photo,
            self._case(),
            found,
            on_done=done,
            on_error=lambda exc: failed(tr_message(exc.message)),
            on_bug=lambda _exc: failed(self.tr("The comparison did not work.")),
        )

    def _finished(self, result: OwnPhotoCheck) -> None:
        self._set_checking(False)
        match = result.match
        if match is None:
            if result.registered == 0:
                self.status.setText(
                    self.tr(
                        "No photos were exported with proof of origin on this computer yet, so "
                        "there is nothing to compare with. That is fine: the requests on privacy "
                        "and the Digital Services Act work without it."
                    )
                )
            else:
                self.status.setText(
                    self.tr(
                        "This photo is not among the photos you published with PhotoSafe. "
                        "That is fine: the requests on privacy and the Digital Services Act "
                        "work without it."
                    )
                )
            self._set_result(None)
            return
        record = match.record
        presets = {
            "public": self.tr("Public"),
            "parents": self.tr("Parents only"),
            "archive": self.tr("Archive"),
        }
        text = self.tr(
            "✔ This is one of your photos: exported on {exported} with the setting "
            "“{preset}”{album}. PhotoSafe adds the proof of origin to the letters and a "
            "copyright request to the case."
        ).format(
            exported=format_datetime(record.exported, self._context().language()),
            preset=presets.get(record.preset, record.preset or "-"),
            album=self.tr(" (album “{album}”)").format(album=record.album) if record.album else "",
        )
        if match.cropped:
            text += " " + self.tr("The copy found online was cropped a little.")
        self.status.setText(text)
        self._set_result(match)

    def _set_result(self, match: OriginMatch | None) -> None:
        self.match = match
        self.matched.emit(match)

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.browse.setEnabled(not checking)
        self.check_button.setEnabled(not checking)
        self.checking_changed.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This is one of our photos"))
        self.explanation.setText(
            self.tr(
                "Did your group take this photo and publish it with PhotoSafe? Choose a saved "
                "copy or a screenshot of the photo you found. PhotoSafe compares it with the "
                "photos you exported, on this computer only. If it is yours, the group holds "
                "the author's rights: the case gets a copyright request too, often the "
                "fastest way to get it removed."
            )
        )
        self.path.setAccessibleName(self.tr("Saved copy of the found photo"))
        self.browse.setText(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the saved copy of the found photo"))
        self.check_button.setText(self.tr("Com&pare"))
