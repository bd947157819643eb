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
    is_secure_backend,
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


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plain-text file backend (not installed here)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EncryptedKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's password-in-a-terminal file backend."""


EncryptedKeyring.__module__ = "keyrings.alt.file"


def _system_backend(module_name: str, class_name: str) -> object:
    """A real keyring backend object of another system (its module imports everywhere; it
    is only constructed, never called)."""
    import importlib

    module = importlib.import_module(module_name)
    return getattr(module, class_name)()


def _chainer(*backends: object) -> object:
    """keyring's chainer over exactly ``backends`` (instead of this machine's)."""

    class ChainerBackend(keyring.backends.chainer.ChainerBackend):
        pass

    ChainerBackend.backends = list(backends)  # type: ignore[assignment,misc]
    return ChainerBackend()


@pytest.mark.parametrize(
    ("module_name", "class_name"),
    [
        ("keyring.backends.Windows", "WinVaultKeyring"),  # Windows Credential Locker
        ("keyring.backends.macOS", "Keyring"),  # macOS Keychain
        ("keyring.backends.SecretService", "Keyring"),  # GNOME Keyring, KeePassXC
        ("keyring.backends.kwallet", "DBusKeyring"),  # KDE
    ],
)
def test_every_systems_keyring_is_secure(module_name: str, class_name: str) -> None:
    backend = _system_backend(module_name, class_name)
    assert is_secure_backend(backend)
    assert is_secure_backend(_chainer(backend))  # what keyring builds on that system


def test_plaintext_and_failing_backends_are_refused() -> None:
    assert not is_secure_backend(PlaintextKeyring())
    assert not is_secure_backend(EncryptedKeyring())
    assert not is_secure_backend(keyring.backends.null.Keyring())
    windows = _system_backend("keyring.backends.Windows", "WinVaultKeyring")
    assert not is_secure_backend(_chainer(windows, PlaintextKeyring()))  # falls back to a file
    assert not is_secure_backend(_chainer())
    with installed(PlaintextKeyring()) as backend:
        store = SecretStore()
        assert not store.set("smtp:ouder@mail.example", "pw")
        assert store.problem is NO_BACKEND and backend.store == {}
