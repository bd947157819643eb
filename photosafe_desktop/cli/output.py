"""The one way the ``photosafe`` command prints: JSON documents and errors.

Every error, whatever the subcommand, has the same JSON shape ``{"code", "text",
"message", ...}`` (``text`` and ``message`` are the same English sentence: ``inspect`` and
``sanitize`` documents have always used ``text``, the request commands ``message``), plus
any extra fields of that error (``field``, ``where``). Human-readable errors go to stderr
as ``photosafe COMMAND: sentence``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from enum import Enum
from typing import Any

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.safe_files import printable


def error_json(code: str, text: str, **extra: Any) -> dict[str, Any]:
    """The JSON shape of every error."""
    return {"code": code, "text": text, "message": text, **extra}


def exception_json(exc: PhotoSafeError, **extra: Any) -> dict[str, Any]:
    return error_json(exc.code, exc.message.english(), **extra)


def print_json(document: Any) -> None:
    """One JSON document on stdout, ASCII-escaped so it survives any console or pipe."""
    json.dump(document, sys.stdout, ensure_ascii=True, indent=2)
    sys.stdout.write("\n")


def print_error(where: str, text: str) -> None:
    """A human-readable error (or note) on stderr; ``where`` (often a file name from a
    photo folder) with its control characters escaped."""
    print(f"{printable(where)}: {text}", file=sys.stderr)


def tolerant_output() -> None:
    """Names and comments found in photos can hold any character: never crash on them."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def plain(value: Any) -> Any:
    """Dataclasses, enums and containers as JSON-ready values."""
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


__all__ = [
    "error_json",
    "exception_json",
    "plain",
    "print_error",
    "print_json",
    "tolerant_output",
]
