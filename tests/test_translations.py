"""Every user-visible string is translated into Dutch and French, and the .qm are current."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert spec and spec.loader
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)

LANGS = ("nl", "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_entries(lang: str) -> None:
    path = ROOT / "translations" / f"photosafe_{lang}.ts"
    assert 'type="unfinished"' not in path.read_text(encoding="utf-8")
    assert i18n_tool.unfinished(path) == []


def test_lupdate_finds_no_new_source_string(tmp_path: Path) -> None:
    for lang in LANGS:
        shutil.copy(ROOT / "translations" / f"photosafe_{lang}.ts", tmp_path)
    i18n_tool.lupdate(tmp_path)
    for lang in LANGS:
        missing = i18n_tool.unfinished(tmp_path / f"photosafe_{lang}.ts")
        assert missing == [], f"run 'python tools/i18n.py update' and translate: {missing}"


def test_the_check_can_fail(tmp_path: Path) -> None:
    """A .ts file with an untranslated message is reported."""
    ts = tmp_path / "photosafe_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl">'
        "<context><name>X</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>'
    )
    assert i18n_tool.unfinished(ts) == [{"context": "X", "source": "Hello", "plural": False}]


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_files_are_current(lang: str, tmp_path: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / f"photosafe_{lang}.qm"
    subprocess.run(
        [
            str(tool if tool.exists() else "pyside6-lrelease"),
            "-silent",
            str(ROOT / "translations" / f"photosafe_{lang}.ts"),
            "-qm",
            str(out),
        ],
        check=True,
    )
    committed = ROOT / "translations" / f"photosafe_{lang}.qm"
    assert committed.read_bytes() == out.read_bytes(), "run 'python tools/i18n.py update'"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    import re

    tree = ET.parse(ROOT / "translations" / f"photosafe_{lang}.ts")
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        texts = [tr.text or ""] + [f.text or "" for f in tr.iter("numerusform")]
        wanted = set(re.findall(r"\{\w+\}", source))
        for text in texts:
            if text:
                assert set(re.findall(r"\{\w+\}", text)) == wanted, (source, text)


# Wording that confused people in trials, and what replaced it (issue 15).
AVOIDED_WORDING = {
    "nl": [
        "vrijblijvend",  # -> "niet verplicht"
        "Haal even adem",  # -> "Neem even de tijd. Goed dat u dit aanpakt."
        "Ik spreek namens een jeugdorganisatie",  # -> leiding van een jeugdbeweging
        "moet u nakijken",  # -> "Nog 5 foto's na te kijken"
        "vingerafdruk (SHA-256)",  # -> a plain explanation
    ],
    "fr": [
        "Respirez",  # -> "Prenez le temps : vous avez bien fait de réagir."
        "Je parle pour une organisation de jeunesse",  # -> mouvement de jeunesse
        "Rendre des photos sûres",  # -> "Sécuriser des photos avant de les partager"
        "Vos données vont seulement",  # -> "Vos coordonnées figurent uniquement…"
        "publiée sans demander",  # -> "publiée sans autorisation"
    ],
}


def _translations(lang: str) -> dict[str, list[str]]:
    root = ET.parse(ROOT / "translations" / f"photosafe_{lang}.ts").getroot()
    found: dict[str, list[str]] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found[source] = forms
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_wording_people_stumbled_over_is_gone(lang: str) -> None:
    texts = [t for forms in _translations(lang).values() for t in forms]
    for phrase in AVOIDED_WORDING[lang]:
        assert not [t for t in texts if phrase in t], phrase


def test_french_uses_one_apostrophe_and_says_what_undo_does() -> None:
    french = _translations("fr")
    straight = [t for forms in french.values() for t in forms if re.search(r"\w'\w", t)]
    assert straight == []
    assert french["Undo"] == ["Annuler la dernière action"]
