"""Every edit in the workspace is a QUndoCommand (Ctrl+Z / Ctrl+Shift+Z).

Regions are immutable; a command stores the photo's region tuple before and after, so undo
and redo are exact whatever the edit was (toggle, add, move, resize, delete, effect).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.ui.workspace.album import AlbumModel


class SetRegions(QUndoCommand):
    def __init__(
        self,
        model: AlbumModel,
        row: int,
        new: tuple[Region, ...],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.row = row
        self.old = model.entry(row).regions
        self.new = tuple(new)

    def redo(self) -> None:
        self.model.set_regions(self.row, self.new)

    def undo(self) -> None:
        self.model.set_regions(self.row, self.old)


class SetAlbumRegions(QUndoCommand):
    """One step that changes the regions of many photos (e.g. hide every possible face)."""

    def __init__(self, model: AlbumModel, new: dict[int, tuple[Region, ...]], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.old = {row: model.entry(row).regions for row in new}
        self.new = {row: tuple(regions) for row, regions in new.items()}

    def redo(self) -> None:
        for row, regions in self.new.items():
            self.model.set_regions(row, regions)

    def undo(self) -> None:
        for row, regions in self.old.items():
            self.model.set_regions(row, regions)


class SetReviewed(QUndoCommand):
    def __init__(self, model: AlbumModel, row: int, reviewed: bool, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.reviewed = model, row, reviewed
        self.before = model.entry(row).reviewed

    def redo(self) -> None:
        self.model.set_reviewed(self.row, self.reviewed)

    def undo(self) -> None:
        self.model.set_reviewed(self.row, self.before)
