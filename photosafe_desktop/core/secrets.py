"""Passwords and tokens, in the system keyring only.

When no usable keyring backend exists (common on a fresh Linux desktop: keyring falls back
to its ``fail`` backend, or a chainer with no backends), :class:`SecretStore` stores
NOTHING, says so through :attr:`SecretStore.available` and :attr:`SecretStore.problem`,
and the app asks for the password each time. There is no plain-text fallback, and no
secret or account name is ever logged.
"""

from __future__ import annotations

import logging
from typing import Any

from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

SERVICE = "PhotoSafe Desktop"

NO_BACKEND = Message(
    "Secrets",
    QT_TRANSLATE_NOOP(
        "Secrets",
        "This computer has no safe password storage (system keyring). PhotoSafe stores no "
        "password or token and will ask for it each time it is needed.",
    ),
)
BACKEND_FAILED = Message(
    "Secrets",
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring did not work. PhotoSafe stores no password or token and will ask "
        "for it each time it is needed.",
    ),
)


def _module() -> Any:
    import keyring

    return keyring


def backend_usable(backend: Any) -> bool:
    """False for keyring's ``fail`` and ``null`` backends and for a chainer with no backends."""
    if backend is None:
        return False
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return False
    if module.startswith("keyring.backends.chainer") or name == "ChainerBackend":
        try:
            inner = list(backend.backends)
        except Exception:  # noqa: BLE001 - a broken chainer is no backend
            return False
        return any(backend_usable(b) for b in inner)
    return True  # any other backend keyring chose (or was given) is a real one


def secret_name(kind: str, *parts: str) -> str:
    """The keyring user name for a secret: ``smtp:user@host``, ``api:https://...``."""
    return kind + ":" + "@".join(p.strip() for p in parts if p and p.strip())


class SecretStore:
    """Get and set secrets in the system keyring, or store nothing at all."""

    def __init__(self, keyring_module: Any | None = None, service: str = SERVICE) -> None:
        self._keyring = keyring_module
        self.service = service
        self.problem: Message | None = None

    def _backend(self) -> Any | None:
        try:
            module = self._keyring or _module()
            return module.get_keyring()
        except Exception:  # noqa: BLE001 - no keyring at all
            return None

    @property
    def available(self) -> bool:
        """Whether a secret can be kept (a real backend, and it has not failed us)."""
        if self.problem is BACKEND_FAILED:
            return False
        usable = backend_usable(self._backend())
        if not usable:
            self.problem = NO_BACKEND
        return usable

    def get(self, name: str) -> str | None:
        if not name or not self.available:
            return None
        try:
            value = self._backend().get_password(self.service, name)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001 - any keyring error: nothing is known
            log.warning("keyring read failed (%s)", type(exc).__name__)
            self.problem = BACKEND_FAILED
            return None
        return value if isinstance(value, str) and value else None

    def set(self, name: str, value: str) -> bool:
        """Keep ``value``; returns False (and stores nothing anywhere) without a backend."""
        if not name or not value or not self.available:
            return False
        try:
            self._backend().set_password(self.service, name, value)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001 - any keyring error: nothing is stored
            log.warning("keyring write failed (%s)", type(exc).__name__)
            self.problem = BACKEND_FAILED
            return False
        return True

    def delete(self, name: str) -> None:
        if not name or not self.available:
            return
        try:
            self._backend().delete_password(self.service, name)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001 - absent or failing: nothing to delete
            log.info("keyring delete did nothing (%s)", type(exc).__name__)

    def has(self, name: str) -> bool:
        return self.get(name) is not None


__all__ = [
    "BACKEND_FAILED",
    "NO_BACKEND",
    "SERVICE",
    "SecretStore",
    "backend_usable",
    "secret_name",
]
