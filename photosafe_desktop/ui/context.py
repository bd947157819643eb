"""The application context: the shared services, built once at start-up and passed on.

Every area, page and dialog that needs settings, the task runner, the case log, secrets,
the platform directory or the language gets them from one :class:`AppContext`, never by
looking around the main window. :class:`Dialogs` is the seam for the questions a test must
be able to answer (a secret, a path, a confirmation, opening a URL): tests pass their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.requests.directory import Directory, active_directory
from photosafe_desktop.core.requests.rdap import RdapClient
from photosafe_desktop.core.secrets import SecretStore
from photosafe_desktop.ui.desktop import open_or_explain
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.tasks import TaskRunner


class Dialogs:
    """The questions the app asks the user in a standard dialog (Qt's own)."""

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A password or token (nothing is kept); None when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def save_path(self, parent: QWidget | None, caption: str, default: str, filters: str) -> str:
        """Where to save a file; "" when cancelled."""
        path, _filter = QFileDialog.getSaveFileName(parent, caption, default, filters)
        return path

    def open_path(self, parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
        """Which file to open; "" when cancelled."""
        path, _filter = QFileDialog.getOpenFileName(parent, caption, folder, filters)
        return path

    def open_paths(
        self, parent: QWidget | None, caption: str, folder: str, filters: str
    ) -> list[str]:
        """Which files to open; [] when cancelled."""
        paths, _filter = QFileDialog.getOpenFileNames(parent, caption, folder, filters)
        return list(paths)

    def choose_folder(self, parent: QWidget | None, caption: str, folder: str) -> str:
        """A folder; "" when cancelled."""
        return QFileDialog.getExistingDirectory(parent, caption, folder)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question (No is the default)."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """A message the user must read before going on (a warning icon)."""
        QMessageBox.warning(parent, title, text)

    def open_url(self, url: QUrl) -> bool:
        """Open a web page, a mail client or a folder with the system's handler (falls back
        to the system's opener; when nothing works, a message shows what to copy)."""
        return open_or_explain(url) is None


class LazyStore:
    """The case log, opened on first use (one per application)."""

    def __init__(self, factory: Callable[[], CaseStore] = CaseStore) -> None:
        self._factory = factory
        self._store: CaseStore | None = None

    def __call__(self) -> CaseStore:
        if self._store is None:
            self._store = self._factory()
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


@dataclass
class AppContext:
    """What the areas need from the application (tests build their own)."""

    settings: Settings
    tasks: TaskRunner
    store: Callable[[], CaseStore]
    language: Callable[[], str]
    secrets: SecretStore = field(default_factory=SecretStore)
    rdap_client: Callable[[], RdapClient] = RdapClient
    directory: Callable[[], Directory] = active_directory
    dialogs: Dialogs = field(default_factory=Dialogs)
    #: open an area of the main window by name ("workspace", "removal", "cases")
    navigate: Callable[[str], None] = lambda _name: None

    def open_url(self, url: QUrl) -> bool:
        return self.dialogs.open_url(url)

    def close(self) -> None:
        """On quit: wait for background work, then close the case log."""
        self.tasks.wait(10000)
        if isinstance(self.store, LazyStore):
            self.store.close()


def build_context(
    settings: Settings, languages: LanguageManager, tasks: TaskRunner | None = None
) -> AppContext:
    """The application's one context (the case log opens on first use)."""
    return AppContext(
        settings=settings,
        tasks=tasks if tasks is not None else TaskRunner(),
        store=LazyStore(),
        language=lambda: languages.language,
    )


__all__ = ["AppContext", "Dialogs", "LazyStore", "build_context"]
