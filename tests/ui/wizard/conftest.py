"""Fixtures for the removal wizard: a real wizard on a real case log, no traffic but loopback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.secrets import SecretStore
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.tasks import TaskRunner
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.ui.dialogs import Recorder

REQUESTS_TESTS = Path(__file__).resolve().parents[2] / "core" / "requests"
if str(REQUESTS_TESTS) not in sys.path:
    sys.path.insert(0, str(REQUESTS_TESTS))


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network traffic but to 127.0.0.1 / ::1 in these tests."""
    import socket

    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            if address[0] not in ("127.0.0.1", "::1", "localhost"):
                raise AssertionError(f"test tried to reach {address[0]!r}")
        return real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "::1", "localhost", None):
            raise AssertionError(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    yield
    languages.set_language("en")


@pytest.fixture
def store(photosafe_home: Path) -> Iterator[CaseStore]:
    with CaseStore() as case_store:
        yield case_store


@pytest.fixture
def recorder() -> Recorder:
    from local_servers import free_port

    return Recorder(f"http://127.0.0.1:{free_port()}/dns.json")  # nothing listens: offline


@pytest.fixture
def context(qtbot, store: CaseStore, recorder: Recorder) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    ctx = AppContext(
        settings=Settings(),
        tasks=tasks,
        store=lambda: store,
        language=lambda: "en",
        secrets=SecretStore(),
        rdap_client=recorder.rdap_client,
        dialogs=recorder,
    )
    yield ctx
    tasks.wait(20000)


@pytest.fixture
def wizard(qtbot, context: AppContext) -> RemovalWizard:  # type: ignore[no-untyped-def]
    wiz = RemovalWizard(context)
    qtbot.addWidget(wiz)
    wiz.resize(1000, 720)
    wiz.show()
    return wiz


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """The normal case on a fresh Linux: no keyring backend (tests needing one install one)."""
    import keyring.backends.fail

    from tests.fake_keyring import installed

    with installed(keyring.backends.fail.Keyring()):
        yield
