"""Errors the user can do something about (as opposed to bugs).

A :class:`PhotoSafeError` carries a translatable :class:`~photosafe_desktop.core.i18n.Message`
and a stable machine ``code``; the UI shows the translated message, the CLI the English one,
and JSON output the code. Anything else that escapes is a bug.
"""

from __future__ import annotations

from typing import Any

from photosafe_desktop.core.i18n import Message


class PhotoSafeError(Exception):
    """An expected failure with a plain-language, translatable explanation."""

    def __init__(self, code: str, text: str, context: str = "Errors", **params: Any) -> None:
        self.code = code
        self.message = Message(context, text, params)
        super().__init__(self.message.english())

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable with every attribute, so the error crosses from a worker process to the
        app intact (the default would call ``__init__`` with the English text only)."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[PhotoSafeError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class UnreadableImageError(PhotoSafeError):
    """The file is not an image we can read (corrupt, truncated, unknown, too large...)."""


class OutputError(PhotoSafeError):
    """Writing a result failed (disk full, no permission, target exists...)."""
