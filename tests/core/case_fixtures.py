"""Fixtures shared by the removal-request engine and case log tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from photosafe_desktop.core.cases.model import Case, case_from_dict

BASE_CASE: dict[str, Any] = {
    "category": "child_photo_misuse",
    "requester": {"role": "parent", "name": "Anaïs Dupré", "email": "anais.dupre@example.org"},
    "urls": ["https://www.facebook.com/photo/?fbid=123"],
    "seen_at": "2026-03-14T18:30:00+01:00",
    "description": "Foto van het kamp in Hasselt, zonder toestemming gedeeld — ë é ç.",
    "person_age": 9,
}


@pytest.fixture
def case_data() -> dict[str, Any]:
    import copy

    return copy.deepcopy(BASE_CASE)


@pytest.fixture
def make_case() -> Callable[..., Case]:
    def make(**overrides: Any) -> Case:
        import copy

        data = copy.deepcopy(BASE_CASE)
        requester = overrides.pop("requester", None)
        if requester is not None:
            data["requester"] = requester
        data.update(overrides)
        return case_from_dict(data)

    return make


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network traffic but to 127.0.0.1 / ::1 in these tests (a connect elsewhere fails)."""
    import socket

    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise AssertionError(f"test tried to reach {host!r}: only 127.0.0.1 is allowed")
        return real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "::1", "localhost", None):
            raise AssertionError(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
