"""The core must work with PySide6 absent: import every core module with it blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, importlib.util, pkgutil, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
                raise ImportError(f"blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, Block())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker does not work")

    import photosafe_desktop.core as core
    names = [m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + ".")]
    for name in names:
        importlib.import_module(name)
    assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
    print("imported", len(names), "core modules")
    """
)


def test_core_imports_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout


def test_blocker_catches_a_qt_import(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The check can fail: a module importing PySide6 under the blocker is refused."""
    bad = tmp_path / "uses_qt.py"
    bad.write_text("import PySide6.QtCore\n")
    code = BLOCKER.split("import photosafe_desktop.core")[0] + "import uses_qt\n"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "blocked in this test" in result.stderr
