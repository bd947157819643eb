"""The app icon and a few simple drawn icons (no icon theme needed on any OS)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from photosafe_desktop.core.resources import resource_path

_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in _ICON_SIZES:
        png = resource_path("icons", f"photosafe-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    svg = resource_path("icons", "photosafe.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def _draw(name: str, painter: QPainter, s: float) -> None:
    blue, green, red = QColor("#2a7399"), QColor("#3bb273"), QColor("#c0504d")
    pen = QPen(blue, s * 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if name == "photos":
        painter.drawRoundedRect(QRectF(s * 0.1, s * 0.22, s * 0.8, s * 0.6), s * 0.08, s * 0.08)
        painter.setBrush(blue)
        painter.drawEllipse(QPointF(s * 0.5, s * 0.46), s * 0.1, s * 0.1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(s * 0.3, s * 0.78))
        path.cubicTo(s * 0.32, s * 0.62, s * 0.68, s * 0.62, s * 0.7, s * 0.78)
        painter.drawPath(path)
        painter.setPen(QPen(green, s * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s * 0.38, s * 0.34), QPointF(s * 0.62, s * 0.58))
    elif name == "removal":
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.36, s * 0.36)
        painter.drawLine(QPointF(s * 0.14, s * 0.5), QPointF(s * 0.86, s * 0.5))
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.16, s * 0.36)
        painter.setPen(QPen(red, s * 0.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s * 0.62, s * 0.62), QPointF(s * 0.9, s * 0.9))
        painter.drawLine(QPointF(s * 0.9, s * 0.62), QPointF(s * 0.62, s * 0.9))
    elif name == "cases":
        painter.drawRoundedRect(QRectF(s * 0.18, s * 0.1, s * 0.64, s * 0.8), s * 0.06, s * 0.06)
        for i, y in enumerate((0.32, 0.5, 0.68)):
            painter.setPen(QPen(green if i == 0 else blue, s * 0.07, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(s * 0.3, s * y), QPointF(s * 0.7, s * y))
    elif name == "back":
        path = QPainterPath(QPointF(s * 0.6, s * 0.2))
        path.lineTo(s * 0.3, s * 0.5)
        path.lineTo(s * 0.6, s * 0.8)
        painter.drawPath(path)


@cache
def themed_icon(name: str) -> QIcon:
    """A small drawn icon: ``photos``, ``removal``, ``cases`` or ``back``."""
    icon = QIcon()
    for size in (24, 48, 96):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(name, painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
