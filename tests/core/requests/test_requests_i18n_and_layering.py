"""Every marked string of the removal engine has Dutch and French; core never imports Qt."""

from __future__ import annotations

import ast
import json
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(
    [
        *(ROOT / "photosafe_desktop" / "core" / "requests").glob("*.py"),
        *(ROOT / "photosafe_desktop" / "core" / "cases").glob("*.py"),
    ]
)


def _marked() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                found.add((ast.literal_eval(node.args[0]), ast.literal_eval(node.args[1])))
    return found


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_marked_string_is_translated() -> None:
    entries = json.loads((ROOT / "translations" / "new_requests.json").read_text(encoding="utf-8"))
    table = {(e["context"], e["source"]): e for e in entries}
    marked = _marked()
    assert len(marked) > 50
    for key in marked:
        assert key in table, key
        for lang in ("nl", "fr"):
            assert table[key][lang].strip(), (key, lang)
            assert _names(table[key][lang]) == _names(key[1]), (key, lang)
    assert set(table) == marked  # no stale entries either


def test_core_imports_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import photosafe_desktop.core.requests.case, photosafe_desktop.core.requests.triage\n"
        "import photosafe_desktop.core.requests.directory, photosafe_desktop.core.requests.rdap\n"
        "import photosafe_desktop.core.requests.drafting, photosafe_desktop.core.requests.deadlines\n"
        "import photosafe_desktop.core.requests.eml, photosafe_desktop.core.cases.store\n"
        "import photosafe_desktop.core.cases.evidence, photosafe_desktop.core.cases.dossier\n"
        "import photosafe_desktop.commands.requests\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
