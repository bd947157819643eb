"""The removal engine imports without Qt (translations are checked in tests/test_translations.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_core_imports_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import photosafe_desktop.core.cases.model, photosafe_desktop.core.requests.triage\n"
        "import photosafe_desktop.core.requests.directory, photosafe_desktop.core.requests.rdap\n"
        "import photosafe_desktop.core.requests.letters, photosafe_desktop.core.cases.deadlines\n"
        "import photosafe_desktop.core.requests.eml, photosafe_desktop.core.cases.store\n"
        "import photosafe_desktop.core.cases.evidence, photosafe_desktop.core.cases.dossier\n"
        "import photosafe_desktop.cli.requests\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
