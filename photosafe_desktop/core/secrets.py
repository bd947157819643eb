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


#: the system keyrings PhotoSafe trusts by name: Windows Credential Locker, macOS Keychain,
#: the Secret Service (GNOME Keyring, KeePassXC ...), KWallet, libsecret
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.libsecret.Keyring",
    }
)

#: backends that store nothing (``fail``, ``null``) or store in a file next to the user's
#: data (keyrings.alt: plain text, "encrypted" with a password typed in a terminal, the
#: registry, ...): PhotoSafe refuses them and keeps no secret at all instead
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def is_secure_backend(backend: Any) -> bool:
    """Whether ``backend`` (a keyring backend object) is a safe place for a password.

    Accepted: the system keyrings in :data:`SECURE_BACKENDS` and any other backend that is
    not known to be unsafe (a test's in-memory backend, a future system keyring). Refused:
    ``None``, keyring's ``fail`` and ``null`` backends, every keyrings.alt backend and
    anything named plain text, and a chainer unless it has backends and all of them are
    secure (a chainer writes to the next backend when the first one fails).
    Pure: it only looks at the object, so every system's backend can be checked anywhere.
    """
    if backend is None:
        return False
    kind = type(backend)
    module, name = kind.__module__, kind.__name__
    if f"{module}.{name}" in SECURE_BACKENDS:
        return True
    if module.startswith(_REFUSED_MODULES) or "plaintext" in name.lower():
        return False
    if any(k.__name__ == "ChainerBackend" for k in kind.__mro__):
        try:
            inner = list(backend.backends)
        except Exception:  # noqa: BLE001 - a broken chainer is no backend
            return False
        return bool(inner) and all(is_secure_backend(b) for b in inner)
    return True


#: the earlier name of :func:`is_secure_backend`
backend_usable = is_secure_backend


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
        usable = is_secure_backend(self._backend())
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
    "SECURE_BACKENDS",
    "SERVICE",
    "SecretStore",
    "backend_usable",
    "is_secure_backend",
    "secret_name",
]
