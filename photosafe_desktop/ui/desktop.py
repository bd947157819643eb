"""Open a web page or a folder the way each system does, with a way out when it cannot.

Qt's ``QDesktopServices.openUrl`` comes first (ShellExecute on Windows, Launch Services on
macOS, the portal or ``xdg-open`` on Linux). When it fails (a bare Linux desktop without a
portal, a sandbox, a broken file manager), the system's own opener is started directly:
``explorer`` on Windows, ``open`` on macOS, ``xdg-open`` (then ``gio open``) elsewhere. When
that fails too, the user is told what to open, with the address or folder to copy, instead
of a click that does nothing.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

#: the system's own openers, tried in order after Qt's
OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "win32": (("explorer",),),
    "darwin": (("open",),),
    "linux": (("xdg-open",), ("gio", "open")),
}


def target_text(url: QUrl) -> str:
    """What the system opener gets: a local path for files and folders, else the URL."""
    return url.toLocalFile() if url.isLocalFile() else url.toString()


def fallback_commands(url: QUrl, system: str | None = None) -> list[list[str]]:
    """The commands to try for ``url`` on ``system`` (``sys.platform`` style; BSDs and other
    Unix desktops use the Linux openers)."""
    system = system or sys.platform
    openers = OPENERS.get(system, OPENERS["linux"])
    target = target_text(url)
    if system == "win32" and url.isLocalFile():
        target = target.replace("/", "\\")  # explorer wants backslashes
    return [[*opener, target] for opener in openers]


def _start_detached(program: str, arguments: list[str]) -> bool:
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)


def open_location(
    url: QUrl,
    *,
    open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    start: Callable[[str, list[str]], bool] = _start_detached,
    system: str | None = None,
) -> bool:
    """Open ``url`` (a web page, a file or a folder); False when nothing could open it."""
    if not url.isValid() or url.isEmpty():
        return False
    if open_url(url):
        return True
    for command in fallback_commands(url, system):
        program = shutil.which(command[0])
        if program is not None and start(program, command[1:]):
            return True
    return False


def explanation(url: QUrl) -> str:
    """The message shown when nothing could open ``url``."""
    if url.isLocalFile():
        text = QCoreApplication.translate(
            "Desktop",
            "PhotoSafe could not open this folder on your computer. You can open it yourself "
            "in your file manager:\n\n{target}",
        )
    else:
        text = QCoreApplication.translate(
            "Desktop",
            "PhotoSafe could not open your web browser. You can copy this address into your "
            "browser yourself:\n\n{target}",
        )
    return text.format(target=target_text(url))


def open_or_explain(
    url: QUrl,
    parent: QWidget | None = None,
    *,
    open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    start: Callable[[str, list[str]], bool] = _start_detached,
    system: str | None = None,
) -> QMessageBox | None:
    """Open ``url``, or show (non-modally) a message with the address or folder and a Copy
    button. Returns the message box when one was shown."""
    if open_location(url, open_url=open_url, start=start, system=system):
        return None
    box = QMessageBox(QMessageBox.Icon.Information, "PhotoSafe", explanation(url), parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy it
    copy = box.addButton(
        QCoreApplication.translate("Desktop", "&Copy the address"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy.setObjectName("copy_address")
    target = target_text(url)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(target))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


__all__ = [
    "OPENERS",
    "explanation",
    "fallback_commands",
    "open_location",
    "open_or_explain",
    "target_text",
]
