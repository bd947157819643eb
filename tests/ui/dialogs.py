"""Dialog answers for tests: the app asks through ``AppContext.dialogs``; a test scripts the
answers here instead of patching Qt's static dialogs."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from photosafe_desktop.core.requests.rdap import RdapClient
from photosafe_desktop.ui.context import AppContext, Dialogs, LazyStore
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.tasks import TaskRunner


class ScriptedDialogs(Dialogs):
    """Answers queued by the test; every question asked is recorded in ``asked``.

    A question without a queued answer fails the test (it would block a real user).
    """

    def __init__(self) -> None:
        self.secrets: deque[str | None] = deque()
        self.paths: deque[str] = deque()
        self.save_defaults: list[str] = []  # the path each save dialog suggested
        self.open_folders: list[str] = []  # the folder each open dialog started in
        self.folders: deque[str] = deque()
        self.confirms: deque[bool] = deque()
        self.asked: list[tuple[str, str]] = []
        self.opened: list[str] = []
        self.informed: list[str] = []

    def _next(self, queue: deque, kind: str, text: str):  # type: ignore[no-untyped-def,type-arg]
        self.asked.append((kind, text))
        if not queue:
            raise AssertionError(f"unexpected {kind} dialog: {text!r}")
        return queue.popleft()

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return self._next(self.secrets, "secret", label)  # type: ignore[no-any-return]

    def save_path(self, parent: QWidget | None, caption: str, default: str, filters: str) -> str:
        self.save_defaults.append(default)
        return self._next(self.paths, "save", caption)  # type: ignore[no-any-return]

    def open_path(self, parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
        self.open_folders.append(folder)
        return self._next(self.paths, "open", caption)  # type: ignore[no-any-return]

    def open_paths(
        self, parent: QWidget | None, caption: str, folder: str, filters: str
    ) -> list[str]:
        return [self._next(self.paths, "open", caption)]

    def choose_folder(self, parent: QWidget | None, caption: str, folder: str) -> str:
        return self._next(self.folders, "folder", caption)  # type: ignore[no-any-return]

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self._next(self.confirms, "confirm", text)  # type: ignore[no-any-return]

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", text))
        self.informed.append(text)

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True


def workspace_context(dialogs: Dialogs | None = None) -> AppContext:
    """A context for an area on its own (settings in the test's home folder)."""
    return AppContext(
        settings=Settings(),
        tasks=TaskRunner(),
        store=LazyStore(),
        language=lambda: "en",
        dialogs=dialogs or ScriptedDialogs(),
    )


class Recorder(ScriptedDialogs):
    """Answers the wizard's dialogs and collects what it asked for: opened URLs, RDAP
    clients made."""

    def __init__(self, bootstrap: str) -> None:
        super().__init__()
        self.rdap_clients = 0
        self.bootstrap = bootstrap

    def rdap_client(self) -> RdapClient:
        self.rdap_clients += 1
        return RdapClient(
            self.bootstrap, timeout=(1.0, 1.0), use_cache=False, resolver=lambda h: ["192.0.2.10"]
        )
