"""The photo, large, with every face region drawn over it and editable.

Scene coordinates are pixels of the full-resolution, orientation-corrected photo (the same
coordinates the core uses); the displayed pixmap is scaled to cover them.

- click a region: switch it between hidden and visible
- drag a region: move it; drag a corner handle: resize it
- drag on the photo: add a region where a face was missed
- Delete: remove the selected region

A face marked for the sharing presets carries a small badge above its region ("May be seen
in public" / "No photos", with the child's name when one was attached): drawn at a fixed
screen size, whatever the zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from photosafe_desktop.core.faces.regions import Mark, Region, Shape, Tier
from photosafe_desktop.ui.workspace.text_regions import TEXT_HIDDEN, is_text, region_caption

HIDDEN = QColor("#2a7399")
CHECK = QColor("#d9822b")
VISIBLE = QColor("#9a9a9a")
HANDLE = 10.0  # handle size in screen pixels
BADGE_COLOURS = {Mark.PUBLIC: QColor("#1f6b3a"), Mark.NO_PHOTOS: QColor("#a12a2a")}
BADGE_PAD = 3.0  # screen pixels around the badge text


class RegionItem(QGraphicsObject):
    clicked = Signal(int)
    edited = Signal(int, object)  # index, new Region

    def __init__(self, index: int, region: Region, needs_check: bool) -> None:
        super().__init__()
        self.index = index
        self.region = region
        self.needs_check = needs_check
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._rect = QRectF(region.x, region.y, region.w, region.h)
        self._press: QPointF | None = None
        self._mode = ""  # "", "move" or a corner "tl", "tr", "bl", "br"
        self._start_rect = QRectF(self._rect)
        self.setZValue(10)

    def _handle_size(self) -> float:
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        return HANDLE / max(scale, 1e-6)

    def _scale(self) -> float:
        views = self.scene().views() if self.scene() else []
        return max(views[0].transform().m11() if views else 1.0, 1e-6)

    def badge_text(self) -> str:
        """The mark shown on the region ("" when the face is not marked)."""
        if self.region.mark is Mark.PUBLIC:
            text = self.tr("May be seen in public")
        elif self.region.mark is Mark.NO_PHOTOS:
            text = self.tr("No photos")
        else:
            return ""
        return f"{text} · {self.region.person}" if self.region.person else text

    def _badge_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        return font

    def badge_rect(self) -> QRectF:
        """Where the badge is drawn, in scene coordinates (empty when there is none)."""
        text = self.badge_text()
        if not text:
            return QRectF()
        metrics = QFontMetricsF(self._badge_font())
        scale = self._scale()
        width = (metrics.horizontalAdvance(text) + 2 * BADGE_PAD) / scale
        height = (metrics.height() + 2 * BADGE_PAD) / scale
        top = self._rect.top() - height
        if top < 0:  # a face at the top edge: the badge goes inside, on the photo
            top = self._rect.top()
        return QRectF(self._rect.left(), top, width, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        margin = self._handle_size()
        # text regions carry a caption above the box ("text: CHIRO SINT-JAN")
        above = margin * 2.5 if is_text(self.region) else margin
        right = margin * 40 if is_text(self.region) else margin
        return self._rect.adjusted(-margin, -above, right, margin).united(self.badge_rect())

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        width = 2.5 / max(scale, 1e-6)
        text = is_text(self.region)
        hidden = TEXT_HIDDEN if text else HIDDEN
        colour = CHECK if self.needs_check else (hidden if self.region.enabled else VISIBLE)
        pen = QPen(colour, width)
        if text:
            pen.setStyle(Qt.PenStyle.DotLine)  # text: dotted, purple, with its caption
        elif not self.region.enabled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(110 if self.region.enabled else 0)
        painter.setBrush(QBrush(fill))
        if self.region.shape == Shape.ELLIPSE:
            painter.drawEllipse(self._rect)
        else:
            painter.drawRect(self._rect)
        self._paint_badge(painter)
        if text:
            self._paint_caption(painter, colour)
        if self.isSelected():
            size = self._handle_size()
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(colour, width))
            for corner in self._corners().values():
                painter.drawRect(QRectF(corner.x() - size / 2, corner.y() - size / 2, size, size))

    def _paint_badge(self, painter: QPainter) -> None:
        badge = self.badge_rect()
        if badge.isEmpty():
            return
        scale = self._scale()
        painter.save()
        painter.translate(badge.topLeft())
        painter.scale(1 / scale, 1 / scale)  # draw in screen pixels
        box = QRectF(0, 0, badge.width() * scale, badge.height() * scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOURS[self.region.mark])
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self._badge_font())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.badge_text())
        painter.restore()

    def _paint_caption(self, painter: QPainter, colour: QColor) -> None:
        size = self._handle_size()
        font = painter.font()
        font.setPixelSize(max(1, round(size * 1.4)))
        painter.setFont(font)
        painter.setPen(QPen(colour))
        corner = self._rect.topLeft()
        painter.drawText(QPointF(corner.x(), corner.y() - size * 0.5), region_caption(self.region))

    def _corners(self) -> dict[str, QPointF]:
        r = self._rect
        return {"tl": r.topLeft(), "tr": r.topRight(), "bl": r.bottomLeft(), "br": r.bottomRight()}

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.setSelected(True)
        self._press = event.scenePos()
        self._start_rect = QRectF(self._rect)
        self._mode = "move"
        size = self._handle_size()
        for name, corner in self._corners().items():
            if (corner - event.pos()).manhattanLength() <= size * 1.5:
                self._mode = name
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        r = QRectF(self._start_rect)
        if self._mode == "move":
            r.translate(delta)
        else:
            if "l" in self._mode:
                r.setLeft(min(r.left() + delta.x(), r.right() - 2))
            if "r" in self._mode:
                r.setRight(max(r.right() + delta.x(), r.left() + 2))
            if "t" in self._mode:
                r.setTop(min(r.top() + delta.y(), r.bottom() - 2))
            if "b" in self._mode:
                r.setBottom(max(r.bottom() + delta.y(), r.top() + 2))
        self.prepareGeometryChange()
        self._rect = r
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        moved = (event.scenePos() - self._press).manhattanLength()
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        self._press = None
        if moved * scale < 4:  # a click, not a drag
            self.prepareGeometryChange()
            self._rect = QRectF(self._start_rect)
            self.clicked.emit(self.index)
            return
        r = self._rect.normalized()
        new = self.region.replace(
            x=int(round(r.x())),
            y=int(round(r.y())),
            w=max(1, int(round(r.width()))),
            h=max(1, int(round(r.height()))),
        )
        self.edited.emit(self.index, new)


class PhotoView(QGraphicsView):
    region_clicked = Signal(int)
    region_edited = Signal(int, object)
    region_drawn = Signal(QRectF)
    region_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#3a3a3a"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._result_item: QGraphicsPixmapItem | None = None
        self.region_items: list[RegionItem] = []
        self._full_size = (0, 0)
        self._draw_start: QPointF | None = None
        self._draw_item: QGraphicsRectItem | None = None
        self._fit = True
        self.showing_result = False

    # --- content ------------------------------------------------------------------------
    def clear_photo(self) -> None:
        self.scene().clear()
        self._pixmap_item = None
        self._result_item = None
        self.region_items = []
        self._full_size = (0, 0)

    def set_photo(self, pixmap: QPixmap, full_size: tuple[int, int]) -> None:
        self.clear_photo()
        self._full_size = full_size
        self._pixmap_item = QGraphicsPixmapItem(pixmap)
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        if pixmap.width():
            self._pixmap_item.setScale(full_size[0] / pixmap.width())
        self.scene().addItem(self._pixmap_item)
        self.scene().setSceneRect(QRectF(0, 0, full_size[0], full_size[1]))
        self._fit = True
        self.fit()

    def set_regions(self, regions: tuple[Region, ...], reviewed: bool) -> None:
        selected = next((item.index for item in self.region_items if item.isSelected()), None)
        for item in self.region_items:
            self.scene().removeItem(item)
        self.region_items = []
        for index, region in enumerate(regions):
            item = RegionItem(index, region, needs_check=region.tier == Tier.CHECK and not reviewed)
            item.clicked.connect(self.region_clicked)
            item.edited.connect(self.region_edited)
            item.setVisible(not self.showing_result)
            self.scene().addItem(item)
            if index == selected:
                item.setSelected(True)
            self.region_items.append(item)

    def set_result_mode(self, on: bool) -> None:
        """Preview the export: regions hidden; the picture comes with set_result_pixmap."""
        self.showing_result = on
        if not on:
            self._drop_result()
        for item in self.region_items:
            item.setVisible(not on)

    def set_result_pixmap(self, pixmap: QPixmap) -> None:
        if not self.showing_result or not self._full_size[0]:
            return
        self._drop_result()
        self._result_item = QGraphicsPixmapItem(pixmap)
        self._result_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._result_item.setScale(self._full_size[0] / max(1, pixmap.width()))
        self._result_item.setZValue(5)
        self.scene().addItem(self._result_item)

    def _drop_result(self) -> None:
        if self._result_item is not None:
            self.scene().removeItem(self._result_item)
            self._result_item = None

    def selected_region(self) -> int | None:
        return next((item.index for item in self.region_items if item.isSelected()), None)

    # --- view ---------------------------------------------------------------------------
    def fit(self) -> None:
        if self._full_size[0]:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self._fit = False
            self.scale(factor, factor)
            event.accept()
            return
        super().wheelEvent(event)

    # --- drawing a new region -----------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not isinstance(item, RegionItem)
            and not self.showing_result
            and self._full_size[0]
        ):
            self.scene().clearSelection()
            self._draw_start = self.mapToScene(event.position().toPoint())
            self._draw_item = QGraphicsRectItem(QRectF(self._draw_start, self._draw_start))
            pen = QPen(HIDDEN, 0)
            pen.setCosmetic(True)
            pen.setWidthF(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            self._draw_item.setPen(pen)
            self._draw_item.setZValue(20)
            self.scene().addItem(self._draw_item)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._draw_start is not None and self._draw_item is not None:
            end = self.mapToScene(event.position().toPoint())
            self._draw_item.setRect(QRectF(self._draw_start, end).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._draw_start is not None and self._draw_item is not None:
            rect = self._draw_item.rect().intersected(self.scene().sceneRect())
            self.scene().removeItem(self._draw_item)
            self._draw_item = None
            self._draw_start = None
            scale = self.transform().m11()
            if rect.width() * scale >= 6 and rect.height() * scale >= 6:
                self.region_drawn.emit(rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.selected_region()
            if index is not None:
                self.region_delete_requested.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)
