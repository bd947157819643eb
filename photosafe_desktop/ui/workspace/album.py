"""The album: one entry per photo, and the Qt list model the grid shows (the review rules
are in :mod:`photosafe_desktop.core.review`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QImage

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.review import (
    AlbumCounts,
    PhotoReview,
    Stage,
    count_album,
    expand_paths,
    next_needing_review,
)


@dataclass
class PhotoEntry(PhotoReview):
    """A photo of the album with its thumbnail (the review rules: core/review.py)."""

    thumbnail: QImage | None = None


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
        return count_album(self.entries)

    def pending_count(self) -> int:
        """Photos still being read or searched for faces."""
        return self.counts().pending

    def review_count(self) -> int:
        return self.counts().to_check

    def error_count(self) -> int:
        return self.counts().errors

    def exportable(self) -> list[PhotoEntry]:
        return [e for e in self.entries if e.stage == Stage.READY]  # same rule as core

    def ready_to_export(self) -> bool:
        return self.counts().ready_to_export

    def next_needing_review(self, after: int) -> int | None:
        return next_needing_review(self.entries, after)


__all__ = ["AlbumCounts", "AlbumModel", "PhotoEntry", "Stage", "expand_paths"]
