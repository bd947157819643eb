"""No network traffic unless the user asks: starting the app and using the photo
workspace opens no connection."""

from __future__ import annotations

import socket

import pytest

from photosafe_desktop.core.selftest import make_test_album


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self, address, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network use during a privacy test")
        return original(self, address, *args, **kwargs)

    original = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    return attempts


def test_app_start_and_workspace_use_no_network(qtbot, tmp_path, no_network) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.app import build_window
    from photosafe_desktop.ui.main_window import AREA_NAMES

    window = build_window("nl")
    qtbot.addWidget(window)
    window.show()
    for name in AREA_NAMES:
        window.open_area(name)
        window.go_home()
    page = window.open_area("workspace")
    page.add_paths([make_test_album(tmp_path / "album", count=2)])
    qtbot.waitUntil(lambda: page.model.pending_count() == 0, timeout=120_000)
    page.shutdown()
    window.show_about().close()
    assert no_network == []
    window.languages.set_language("en")
