"""The album: one entry per photo, and the Qt list model the grid shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QImage

from photosafe_desktop.core.batch import collect_photos
from photosafe_desktop.core.faces.regions import Region, Tier
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.metadata.inspect import Finding


class Stage(Enum):
    LOADING = "loading"  # thumbnail not there yet
    DETECTING = "detecting"  # thumbnail shown, faces being searched
    READY = "ready"
    ERROR = "error"


@dataclass
class PhotoEntry:
    path: Path
    stage: Stage = Stage.LOADING
    thumbnail: QImage | None = None
    size: tuple[int, int] | None = None  # oriented full-resolution width, height
    regions: tuple[Region, ...] = ()
    findings: tuple[Finding, ...] = ()
    reviewed: bool = False
    error: Message | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def face_count(self) -> int:
        return sum(1 for r in self.regions if r.enabled)

    @property
    def check_count(self) -> int:
        """Candidates the detector was unsure about and the user has not yet looked at."""
        if self.reviewed:
            return 0
        return sum(1 for r in self.regions if r.tier == Tier.CHECK)

    @property
    def no_faces_found(self) -> bool:
        return self.stage == Stage.READY and not self.regions

    @property
    def needs_review(self) -> bool:
        if self.stage != Stage.READY or self.reviewed:
            return False
        return self.check_count > 0 or self.no_faces_found

    @property
    def reveals_private_data(self) -> bool:
        return any(f.is_private for f in self.findings)


@dataclass(frozen=True)
class AlbumCounts:
    total: int
    pending: int  # still being read or searched for faces
    to_check: int  # need the user's check before export
    errors: int
    ready: int  # read and searched: can be exported

    @property
    def ready_to_export(self) -> bool:
        return self.ready > 0 and self.pending == 0 and self.to_check == 0


class AlbumModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1

    #: emitted whenever the review state of the album may have changed
    review_state_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[PhotoEntry] = []
        self._by_path: dict[Path, int] = {}

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.name
        if role == self.EntryRole:
            return entry
        return None

    # --- album operations ---------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> list[int]:
        """Add new photos (duplicates ignored); returns the rows added."""
        fresh = []
        for path in paths:
            key = path.resolve()
            if key in self._by_path:
                continue
            fresh.append(key)
        if not fresh:
            return []
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for offset, path in enumerate(fresh):
            self.entries.append(PhotoEntry(path))
            self._by_path[path] = first + offset
        self.endInsertRows()
        self.review_state_changed.emit()
        return list(range(first, first + len(fresh)))

    def clear(self) -> None:
        self.beginResetModel()
        self.entries.clear()
        self._by_path.clear()
        self.endResetModel()
        self.review_state_changed.emit()

    def row_of(self, path: Path) -> int | None:
        return self._by_path.get(path)

    def entry(self, row: int) -> PhotoEntry:
        return self.entries[row]

    def changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.review_state_changed.emit()

    def set_regions(self, row: int, regions: tuple[Region, ...]) -> None:
        self.entries[row].regions = tuple(regions)
        self.changed(row)

    def set_reviewed(self, row: int, reviewed: bool) -> None:
        self.entries[row].reviewed = reviewed
        self.changed(row)

    # --- summaries ----------------------------------------------------------------------
    def counts(self) -> AlbumCounts:
        """Where the album stands, in one pass over the photos."""
        pending = to_check = errors = ready = 0
        for entry in self.entries:
            if entry.stage in (Stage.LOADING, Stage.DETECTING):
                pending += 1
            elif entry.stage == Stage.ERROR:
                errors += 1
            else:
                ready += 1
                to_check += entry.needs_review
        return AlbumCounts(len(self.entries), pending, to_check, errors, ready)

    def pending_count(self) -> int:
        """Photos still being read or searched for faces."""
        return self.counts().pending

    def review_count(self) -> int:
        return self.counts().to_check

    def error_count(self) -> int:
        return self.counts().errors

    def exportable(self) -> list[PhotoEntry]:
        return [e for e in self.entries if e.stage == Stage.READY]

    def ready_to_export(self) -> bool:
        return self.counts().ready_to_export

    def next_needing_review(self, after: int) -> int | None:
        count = len(self.entries)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self.entries[row].needs_review:
                return row
        return None


def expand_paths(paths: list[Path]) -> tuple[list[Path], int]:
    """Files as given plus photos found in folders (recursively, sorted).

    Returns the paths and the number of folders or files that could not be read.
    """
    problems = 0

    def on_error(_error: OSError) -> None:
        nonlocal problems
        problems += 1

    present = [p for p in paths if p.is_dir() or p.is_file()]
    problems += len(paths) - len(present)
    return collect_photos(present, on_error=on_error), problems
