"""Translatable messages without Qt.

The core marks user-visible English text with :func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate``
recognises the name and collects the text into ``translations/*.ts``. The UI shows a
:class:`Message` through ``QCoreApplication.translate(context, text)`` and then fills in the
named ``{placeholders}``; the command line shows the English text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A user-visible sentence: English source text, its translation context, parameters."""

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return format_message(self.text, self.params)

    def __str__(self) -> str:
        return self.english()


def format_message(template: str, params: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders; a missing parameter never raises (it stays visible)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
