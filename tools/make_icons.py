#!/usr/bin/env python3
"""Render resources/icons/photosafe.svg to the PNG sizes, .ico and .icns the platforms need.

QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "photosafe.svg"))
    if not renderer.isValid():
        raise SystemExit("invalid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"photosafe-{size}.png"))
    try:
        from PIL import Image

        big = Image.open(ICONS / "photosafe-256.png")
        big.save(ICONS / "photosafe.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        Image.open(ICONS / "photosafe-512.png").save(ICONS / "photosafe.icns")
    except ImportError:
        pass
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
