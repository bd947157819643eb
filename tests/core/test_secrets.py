"""Secrets go to the system keyring or nowhere: never to settings, files or logs."""

from __future__ import annotations

import logging

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from photosafe_desktop.core.secrets import (
    BACKEND_FAILED,
    NO_BACKEND,
    SecretStore,
    backend_usable,
    secret_name,
)
from tests.fake_keyring import BrokenKeyring, MemoryKeyring, installed


def test_memory_backend_keeps_the_secret() -> None:
    with installed(MemoryKeyring()) as backend:
        store = SecretStore()
        assert store.available and store.problem is None
        assert store.set(secret_name("smtp", "ouder", "mail.example"), "pw-ë")
        assert store.get("smtp:ouder@mail.example") == "pw-ë"
        assert backend.store == {("PhotoSafe Desktop", "smtp:ouder@mail.example"): "pw-ë"}
        store.delete("smtp:ouder@mail.example")
        assert store.get("smtp:ouder@mail.example") is None


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        keyring.backends.chainer.ChainerBackend(),
    ],
    ids=["fail", "null", "empty-chainer"],
)
def test_no_usable_backend_stores_nothing_and_says_so(backend, photosafe_home) -> None:  # type: ignore[no-untyped-def]
    with installed(backend):
        store = SecretStore()
        assert not store.available
        assert store.problem is NO_BACKEND
        assert "stores no password" in store.problem.english()
        assert store.set("smtp:x@y", "hunter2-secret") is False
        assert store.get("smtp:x@y") is None
    files = [p for p in photosafe_home.rglob("*") if p.is_file()]
    assert not any(b"hunter2-secret" in p.read_bytes() for p in files)


def test_a_failing_backend_is_treated_as_none(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "photosafe_desktop")
    with installed(BrokenKeyring()):
        store = SecretStore()
        assert store.available
        assert store.set("api:https://x", "tok-very-secret") is False
        assert store.problem is BACKEND_FAILED
        assert not store.available
        assert store.get("api:https://x") is None
    assert "tok-very-secret" not in caplog.text
    assert "https://x" not in caplog.text


def test_backend_usable_rules() -> None:
    assert backend_usable(MemoryKeyring())
    assert not backend_usable(None)
    assert not backend_usable(keyring.backends.fail.Keyring())
    chainer = keyring.backends.chainer.ChainerBackend()
    assert not backend_usable(chainer)
