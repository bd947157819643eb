"""Text found in a photo (name tags, shirt prints, signs, number plates) in the workspace:
the setting that ticks it by default, how it is drawn, and what the findings panel says.

Text regions are ordinary regions of ``kind="text"`` (the words read in ``label``): the
photo view edits them like faces and every change is one step of the same undo stack.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QWidget

from photosafe_desktop.core.faces.regions import Kind, Region
from photosafe_desktop.ui.settings import Settings

#: text regions are drawn in purple with a dotted outline, faces in blue/orange
TEXT_HIDDEN = QColor("#8e44ad")
TEXT_WORDS_MAX = 40  # characters of the words shown over the box


def is_text(region: Region) -> bool:
    return region.kind is Kind.TEXT


def region_caption(region: Region) -> str:
    """The small caption drawn over a text region: "text" or "text: CHIRO SINT-JAN"."""
    words = region.label.strip()
    if len(words) > TEXT_WORDS_MAX:
        words = words[: TEXT_WORDS_MAX - 1] + "…"
    if words:
        return QCoreApplication.translate("TextRegions", "text: {words}").format(words=words)
    return QCoreApplication.translate("TextRegions", "text")


def with_text_setting(
    faces: tuple[Region, ...], texts: tuple[Region, ...], hide_text: bool
) -> tuple[Region, ...]:
    """A photo's regions after analysis: the faces, then the text lines ticked as set."""
    return (*faces, *(r.replace(enabled=hide_text) for r in texts))


def finding_items(regions: tuple[Region, ...]) -> list[str]:
    """HTML list items for the "What this photo reveals" panel, one per text line found."""
    items = []
    for region in regions:
        if not is_text(region):
            continue
        words = region.label.strip()
        if words:
            line = QCoreApplication.translate(
                "TextRegions", "A name or place may be readable: {words}"
            ).format(words=words)
        else:
            line = QCoreApplication.translate(
                "TextRegions", "Text may be readable (a name tag, shirt, sign or plate)"
            )
        state = (
            QCoreApplication.translate("TextRegions", "will be hidden")
            if region.enabled
            else QCoreApplication.translate("TextRegions", "not hidden")
        )
        colour = TEXT_HIDDEN.name()
        items.append(
            f"<li><span style='color:{colour}'>■</span> {html.escape(line)} "
            f"<i>({html.escape(state)})</i></li>"
        )
    return items


def text_summary_lines(hidden: int, readable: int) -> list[str]:
    """The export summary's lines about text: how many lines were hidden, and whether the
    check of the copies still found any (it looks for text again on every copy)."""
    lines = []
    if hidden:
        lines.append(
            QCoreApplication.translate(
                "TextRegions",
                "Text lines hidden (names, signs, plates): {count}. The copies were searched "
                "for text again.",
            ).format(count=hidden)
        )
    if readable:
        lines.append(
            QCoreApplication.translate(
                "TextRegions",
                "Warning: the check of the copies still found text you chose to hide "
                "({count}). Please look at those copies before sharing them.",
            ).format(count=readable)
        )
    return lines


class HideTextSetting(QCheckBox):
    """Settings: "Hide text by default" (for photos analysed next; the tooltip says which
    text: name tags, shirt prints, signs, number plates)."""

    changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hide_text_default")
        self.settings = settings
        self.setChecked(bool(settings.get("hide_text")))
        self.toggled.connect(self._store)
        self.retranslate()

    def _store(self, on: bool) -> None:
        self.settings.set("hide_text", on)
        self.changed.emit(on)

    def retranslate(self) -> None:
        # short enough for the side panel at 1366 px in every language (a check box cannot wrap)
        self.setText(self.tr("Hide text by default"))
        self.setToolTip(
            self.tr(
                "Text that PhotoSafe finds (name tags, shirt prints, school signs, number "
                "plates) is ticked to be hidden in the photos it reads next. You can still "
                "click each one to show or hide it."
            )
        )


__all__ = [
    "TEXT_HIDDEN",
    "HideTextSetting",
    "finding_items",
    "is_text",
    "region_caption",
    "text_summary_lines",
    "with_text_setting",
]
