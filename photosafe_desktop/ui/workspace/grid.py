"""The thumbnail grid: every photo with badges for faces, checks, private data, state."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photosafe_desktop.core.metadata.inspect import Risk
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.workspace.album import AlbumModel, PhotoEntry, Stage

CELL = QSize(196, 196)
THUMB = 168

BLUE = QColor("#2a7399")
ORANGE = QColor("#d9822b")
RED = QColor("#c0392b")
GREEN = QColor("#2e9e5e")
GREY = QColor("#7a7a7a")


def badges(entry: PhotoEntry) -> list[tuple[QColor, str, str]]:
    """(colour, short text, explanation) for each badge of a photo."""
    out: list[tuple[QColor, str, str]] = []
    if entry.stage == Stage.ERROR:
        reason = tr_message(entry.error) if entry.error is not None else ""
        out.append(
            (
                RED,
                "!",
                QCoreApplication.translate("PhotoGrid", "Cannot be read: {reason}").format(
                    reason=reason
                ),
            )
        )
        return out
    if entry.stage == Stage.LOADING:
        out.append((GREY, "…", QCoreApplication.translate("PhotoGrid", "Opening…")))
        return out
    if entry.stage == Stage.STOPPED:
        out.append(
            (
                GREY,
                "–",
                QCoreApplication.translate(
                    "PhotoGrid", "Not searched for faces (you stopped the search)"
                ),
            )
        )
        return out
    if entry.stage == Stage.DETECTING:
        out.append((GREY, "…", QCoreApplication.translate("PhotoGrid", "Looking for faces…")))
    else:
        hidden = entry.face_count
        out.append(
            (
                BLUE,
                str(hidden),
                QCoreApplication.translate(
                    "PhotoGrid", "Faces that will be hidden: {count}"
                ).format(count=hidden),
            )
        )
        if entry.check_count:
            out.append(
                (
                    ORANGE,
                    "?" + str(entry.check_count),
                    QCoreApplication.translate(
                        "PhotoGrid", "Possible faces to check: {count}"
                    ).format(count=entry.check_count),
                )
            )
        elif entry.no_faces_found and not entry.reviewed:
            out.append(
                (
                    ORANGE,
                    "?",
                    QCoreApplication.translate(
                        "PhotoGrid", "No face found: please check this photo"
                    ),
                )
            )
    if entry.reveals_private_data:
        out.append(
            (
                RED,
                "GPS" if _has_location(entry) else "i",
                QCoreApplication.translate(
                    "PhotoGrid", "Contains hidden personal information (removed on export)"
                ),
            )
        )
    if entry.reviewed:
        out.append((GREEN, "✓", QCoreApplication.translate("PhotoGrid", "Checked")))
    return out


def _has_location(entry: PhotoEntry) -> bool:
    return any(f.risk is Risk.LOCATION for f in entry.findings)


class PhotoDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[int, QPixmap] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        return CELL

    def forget(self) -> None:
        self._cache.clear()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: PhotoEntry | None = index.data(AlbumModel.EntryRole)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(4, 4, -4, -4)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(170))
        elif entry.needs_review:
            painter.setPen(QPen(ORANGE, 2))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(rect), 8, 8)

        thumb_rect = QRect(rect.x() + (rect.width() - THUMB) // 2, rect.y() + 6, THUMB, THUMB - 22)
        if entry.thumbnail is not None:
            key = id(entry.thumbnail)
            pixmap = self._cache.get(key)
            if pixmap is None:
                pixmap = QPixmap.fromImage(entry.thumbnail).scaled(
                    thumb_rect.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self._cache[key] = pixmap
            x = thumb_rect.x() + (thumb_rect.width() - pixmap.width()) // 2
            y = thumb_rect.y() + (thumb_rect.height() - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(QRectF(thumb_rect), 6, 6)

        # file name
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name_rect = QRect(rect.x() + 6, rect.bottom() - 20, rect.width() - 12, 18)
        metrics = painter.fontMetrics()
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(entry.name, Qt.TextElideMode.ElideMiddle, name_rect.width()),
        )

        # badges along the top of the thumbnail
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        x = thumb_rect.x() + 4
        for colour, text, _explanation in badges(entry):
            width = max(22, metrics.horizontalAdvance(text) + 12)
            badge = QRectF(x, thumb_rect.y() + 4, width, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, 11, 11)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        entry: PhotoEntry | None = index.data(AlbumModel.EntryRole)
        if entry is not None:
            from PySide6.QtWidgets import QToolTip

            lines = [entry.name] + [explanation for _c, _t2, explanation in badges(entry)]
            QToolTip.showText(event.globalPos(), "\n".join(lines), view)
            return True
        return super().helpEvent(event, view, option, index)


class PhotoGrid(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setWordWrap(False)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.photo_delegate = PhotoDelegate(self)
        self.setItemDelegate(self.photo_delegate)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
