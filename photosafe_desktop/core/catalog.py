"""Translations without Qt: read the compiled catalogue (``translations/photosafe_<lang>.qm``).

The command line runs without a QApplication but still has to answer in the language asked
for (``photosafe draft --lang nl`` gives Dutch action titles). The .qm files that the UI
loads keep every message's context and English source text next to its translation, so a
small reader is enough. Unknown texts, missing files and English fall back to the source.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from functools import cache

from photosafe_desktop.core.resources import translations_dir

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def _parse_messages(block: bytes) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    pos = 0
    context = source = ""
    translation: str | None = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if translation is not None and source:
                out.setdefault((context, source), translation)
            context = source = ""
            translation = None
            continue
        if tag == _OBSOLETE1:
            continue
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == 0xFFFFFFFF:
            continue
        data = block[pos : pos + length]
        pos += length
        if tag == _TRANSLATION:
            if translation is None:  # the first form (singular) for plural messages
                translation = data.decode("utf-16-be", errors="replace")
        elif tag == _SOURCE:
            source = data.decode("utf-8", errors="replace")
        elif tag == _CONTEXT:
            context = data.decode("utf-8", errors="replace")
        elif tag != _COMMENT:
            raise ValueError(f"unknown tag {tag:#x} in a .qm file")
    return out


@cache
def catalogue(language: str) -> Mapping[tuple[str, str], str]:
    """Every (context, source) -> translation of ``language``; empty when unavailable."""
    if language == "en" or not language.isalpha():
        return {}
    try:
        data = (translations_dir() / f"photosafe_{language}.qm").read_bytes()
    except (OSError, FileNotFoundError):
        return {}
    if not data.startswith(_MAGIC):
        return {}
    pos = len(_MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        if tag == _MESSAGES:
            try:
                return _parse_messages(data[pos + 5 : pos + 5 + length])
            except (ValueError, struct.error):
                return {}
        pos += 5 + length
    return {}


def translate(context: str, text: str, language: str) -> str:
    """``text`` (English source in ``context``) in ``language``; the source when not found."""
    return catalogue(language).get((context, text)) or text


__all__ = ["catalogue", "translate"]
