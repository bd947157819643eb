"""Letter templates: the phrase books and skeletons in ``resources/templates/{nl,fr,en}/``.

Every letter is assembled from a skeleton (``notice.txt``...) and ``phrases.json`` of its
language; :func:`fill` puts in the values and leaves an unknown placeholder visible.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from functools import cache
from typing import Any

from photosafe_desktop.core.dates import format_when
from photosafe_desktop.core.resources import resource_path

LANGUAGES = ("nl", "fr", "en")


# --------------------------------------------------------------------------- templates


def check_language(language: str) -> str:
    """``language`` when letters can be written in it; else ``ValueError``."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language


@cache
def phrases(language: str) -> Mapping[str, str]:
    """The phrase book of ``language`` (``resources/templates/<lang>/phrases.json``)."""
    data: dict[str, str] = json.loads(
        resource_path("templates", check_language(language), "phrases.json").read_text(
            encoding="utf-8"
        )
    )
    return data


@cache
def template(language: str, name: str) -> str:
    return resource_path("templates", check_language(language), f"{name}.txt").read_text(
        encoding="utf-8"
    )


def fill(text: str, **values: Any) -> str:
    """``{name}`` placeholders, like ``str.format`` but an unknown name stays visible."""
    result = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        result.append(literal)
        if name is not None:
            result.append(str(values[name]) if name in values else "{" + name + "}")
    return "".join(result)


def phrase(language: str, key: str, **values: Any) -> str:
    return fill(phrases(language)[key], **values)


__all__ = ["LANGUAGES", "check_language", "fill", "format_when", "phrase", "phrases", "template"]
