"""One typed table of every remembered setting, stored as INI through QSettings.

The file lives in the user's config folder (``PHOTOSAFE_HOME`` redirects it, as tests do).
Secrets never go here: passwords and tokens live in the system keyring only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from photosafe_desktop.core import paths


@dataclass(frozen=True)
class Field:
    default: Any
    cast: Callable[[Any], Any]
    validate: Callable[[Any], bool] = lambda _value: True


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _to_bytes(value: Any) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return b""


FIELDS: dict[str, Field] = {
    # general
    "language": Field("", str, lambda v: v in ("", "en", "nl", "fr")),
    "first_run_done": Field(False, _to_bool),
    "window_geometry": Field(b"", _to_bytes),
    # photo workspace
    "last_import_dir": Field("", str),
    "last_export_dir": Field("", str),
    "export_format": Field("keep", str, lambda v: v in ("keep", "jpeg", "png", "webp")),
    "export_quality": Field(90, int, lambda v: 50 <= v <= 100),
    "export_max_side": Field(0, int, lambda v: 0 <= v <= 20000),
    "export_rename": Field(True, _to_bool),
    "obscure_effect": Field("solid", str, lambda v: v in ("solid", "pixelate", "blur", "sticker")),
    "hide_text": Field(True, _to_bool),  # text found (names, signs, plates) ticked to hide
    # removal requests (no secrets here: passwords and tokens are in the keyring)
    "smtp_host": Field("", str),
    "smtp_port": Field(587, int, lambda v: 0 < v < 65536),
    "smtp_security": Field("starttls", str, lambda v: v in ("starttls", "tls", "none")),
    "smtp_user": Field("", str),
    "smtp_from": Field("", str),
    "api_endpoint": Field("", str),
}


class Settings:
    """Typed access: ``settings.get("export_quality") -> int``; unknown names raise KeyError."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.config_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, name: str) -> Any:
        field = FIELDS[name]
        if not self._qs.contains(name):
            return field.default
        raw = self._qs.value(name)
        try:
            value = field.cast(raw)
        except (TypeError, ValueError):
            return field.default
        return value if field.validate(value) else field.default

    def set(self, name: str, value: Any) -> None:
        field = FIELDS[name]
        value = field.cast(value)
        if not field.validate(value):
            raise ValueError(f"invalid value for setting {name!r}")
        self._qs.setValue(name, QByteArray(value) if isinstance(value, bytes) else value)

    def reset(self, name: str) -> None:
        FIELDS[name]  # noqa: B018 - raises KeyError for unknown names
        self._qs.remove(name)

    def sync(self) -> None:
        self._qs.sync()
