"""Every sentence the metadata engine marks for translation has Dutch and French text."""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted((ROOT / "photosafe_desktop" / "core" / "metadata").glob("*.py")) + [
    ROOT / "photosafe_desktop" / "core" / "batch.py",
    ROOT / "photosafe_desktop" / "core" / "imaging.py",
]
PLACEHOLDER = re.compile(r"\{\w+\}")


def marked_strings() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for module in MODULES:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                if (context, source) not in found:
                    found.append((context, source))
    return found


def known_translations() -> dict[tuple[str, str], dict[str, str]]:
    entries = json.loads((ROOT / "translations" / "new_metadata.json").read_text(encoding="utf-8"))
    return {(e["context"], e["source"]): e for e in entries}


def in_ts_files(source: str) -> bool:
    escaped = html.escape(source, quote=False)
    return all(
        escaped in (ROOT / "translations" / f"photosafe_{lang}.ts").read_text(encoding="utf-8")
        for lang in ("nl", "fr")
    )


def test_strings_are_found() -> None:
    assert len(marked_strings()) > 40  # the check below would pass vacuously otherwise


@pytest.mark.parametrize(("context", "source"), marked_strings())
def test_every_marked_string_is_translated(context: str, source: str) -> None:
    if in_ts_files(source):
        return
    entry = known_translations().get((context, source))
    assert entry is not None, f"add to translations/new_metadata.json: {context}: {source}"
    wanted = set(PLACEHOLDER.findall(source))
    for lang in ("nl", "fr"):
        assert entry[lang].strip(), (lang, source)
        assert set(PLACEHOLDER.findall(entry[lang])) == wanted, (lang, source)
