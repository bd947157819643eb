"""Guard against a broken Qt binding: PySide6 6.12.0 drops a reference to None on every
void call under Python < 3.12, which crashes the app after a few thousand paints."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_none_alive() -> None:
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3)
        drift = sys.getrefcount(None) - before
    finally:
        painter.end()
    assert drift > -100, f"PySide6 loses references to None ({drift}): use another version"
