"""What the window needs from each system: sharp text and icons on high-DPI screens, a font
when the system offers none, and photos opened from Finder ("Open with PhotoSafe").

- High DPI: Qt 6 always scales by the screen's factor; the rounding policy is set to
  ``PassThrough`` so 125 % and 150 % Windows screens get exactly that, not a rounded 1x or
  2x (blurry or huge). Icons come as PNGs up to 512 px, so they stay sharp at 2x.
- Fonts: Windows and macOS always have their system fonts; a bare Linux machine (or a
  container) may have none that fontconfig knows. Then the bundled DejaVu Sans (also used
  for the PDF dossier, it covers every Dutch and French letter) becomes the app's font.
- macOS gives documents opened from Finder to the running app as ``QFileOpenEvent``, not as
  arguments: :class:`FileOpenHandler` passes them to the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QGuiApplication

from photosafe_desktop.core.resources import resource_path

BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
BUNDLED_FAMILY = "DejaVu Sans"


def prepare_high_dpi() -> None:
    """Call before the QApplication exists."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def install_fallback_font(system_families: Sequence[str] | None = None) -> str | None:
    """When the system has no font at all, load the bundled one and make it the app's font.

    ``system_families`` defaults to what Qt's font database finds (tests pass an empty list
    to simulate a machine without fonts). Returns the family installed, or None when the
    system's fonts are used.
    """
    families = QFontDatabase.families() if system_families is None else system_families
    if families:
        return None
    loaded: list[str] = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not loaded:
        return None
    family = BUNDLED_FAMILY if BUNDLED_FAMILY in loaded else loaded[0]
    font = QFont(family)
    font.setPointSizeF(max(QGuiApplication.font().pointSizeF(), 10.0))
    QGuiApplication.setFont(font)
    return family


class FileOpenHandler(QObject):
    """Passes photos opened from Finder to ``open_paths`` (queued until it is set: macOS
    sends the event before the window exists when the app is started by a double-click
    on a photo)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[Path] = []
        self._open_paths: Callable[[list[Path]], None] | None = None

    def attach(self, open_paths: Callable[[list[Path]], None]) -> None:
        self._open_paths = open_paths
        if self.pending:
            paths, self.pending = self.pending, []
            open_paths(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                if self._open_paths is None:
                    self.pending.append(Path(path))
                else:
                    self._open_paths([Path(path)])
                return True
        return super().eventFilter(watched, event)


__all__ = [
    "BUNDLED_FAMILY",
    "FileOpenHandler",
    "install_fallback_font",
    "prepare_high_dpi",
]
