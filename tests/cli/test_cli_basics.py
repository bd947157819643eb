from __future__ import annotations

import subprocess
import sys

from photosafe_desktop import __version__
from photosafe_desktop.cli import main
from tests.conftest import ROOT


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    assert "usage: photosafe" in result.stdout
