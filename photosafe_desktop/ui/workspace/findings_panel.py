""" "What this photo reveals": the metadata findings and the text found in the photo (name
tags, signs, plates: ``text_regions.py``) in plain, translated words."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from photosafe_desktop.core.dates import with_local_dates
from photosafe_desktop.core.metadata.inspect import Severity
from photosafe_desktop.ui.i18n import tr_message, ui_language
from photosafe_desktop.ui.workspace.album import PhotoEntry, Stage
from photosafe_desktop.ui.workspace.text_regions import finding_items

SEVERITY_COLOURS = {"high": "#c0392b", "medium": "#d9822b", "low": "#2a7399", "info": "#7a7a7a"}


class FindingsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("FindingsHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.body = QLabel()
        self.body.setObjectName("FindingsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(self.body.textFormat().RichText)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._entry: PhotoEntry | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("FindingsPanel", "What this photo reveals"))
        self.show_entry(self._entry)

    def show_entry(self, entry: PhotoEntry | None) -> None:
        self._entry = entry
        if entry is None:
            self.body.setText("")
            return
        if entry.stage == Stage.ERROR:
            reason = tr_message(entry.error) if entry.error is not None else ""
            self.body.setText(
                html.escape(
                    QCoreApplication.translate(
                        "FindingsPanel", "This photo cannot be read: {reason}"
                    ).format(reason=reason)
                )
            )
            return
        if entry.stage != Stage.READY:
            self.body.setText(
                html.escape(QCoreApplication.translate("FindingsPanel", "Reading the photo…"))
            )
            return
        relevant = [f for f in entry.findings if f.severity is not Severity.INFO]
        texts = finding_items(entry.regions)
        if not relevant:
            none = html.escape(
                QCoreApplication.translate(
                    "FindingsPanel", "No hidden information was found in this photo."
                )
            )
            if texts:
                self.body.setText(
                    f"<ul style='margin-left:-20px'>{''.join(texts)}</ul><p>{none}</p>"
                )
            else:
                self.body.setText(none)
            return
        items = list(texts)
        for finding in relevant:
            colour = SEVERITY_COLOURS[finding.severity.value]
            items.append(
                f"<li><span style='color:{colour}'>●</span> "
                f"{html.escape(tr_message(with_local_dates(finding.label, ui_language())))}</li>"
            )
        promise = QCoreApplication.translate(
            "FindingsPanel",
            "The safe copies you export contain none of this: PhotoSafe rebuilds each "
            "photo from its pixels only.",
        )
        self.body.setText(
            f"<ul style='margin-left:-20px'>{''.join(items)}</ul><p><i>{html.escape(promise)}</i></p>"
        )
