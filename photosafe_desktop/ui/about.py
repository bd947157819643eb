"""About PhotoSafe: version and the licences of everything bundled with it."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from photosafe_desktop import __version__
from photosafe_desktop.core.about import BUNDLED_COMPONENTS
from photosafe_desktop.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(False)
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About PhotoSafe"))
        self.heading.setText(
            "<h2>PhotoSafe {version}</h2><p>{text}</p><p>{tech}</p>".format(
                version=html.escape(__version__),
                text=html.escape(
                    self.tr(
                        "Make photos of children safe to share, and get images removed from "
                        "the internet. PhotoSafe sends no data anywhere unless you ask it to."
                    )
                ),
                tech=html.escape(
                    self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                        qt=qVersion(), pyside=pyside_version, python=platform.python_version()
                    )
                ),
            )
        )
        rows = "".join(
            f"<tr><td><b>{html.escape(c.name)}</b></td><td>{html.escape(c.licence)}</td>"
            f"<td>{html.escape(c.url) if c.url else '—'}</td></tr>"
            for c in BUNDLED_COMPONENTS
        )
        intro = html.escape(self.tr("PhotoSafe is built with these components:"))
        component = html.escape(self.tr("Component"))
        licence = html.escape(self.tr("Licence"))
        website = html.escape(self.tr("Website"))
        self.licences.setHtml(
            f"<p>{intro}</p><table cellspacing='6'><tr><th align='left'>{component}</th>"
            f"<th align='left'>{licence}</th><th align='left'>{website}</th></tr>{rows}</table>"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
