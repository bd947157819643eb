"""`photosafe-desktop --smoke-test` as a real process, in each language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_smoke_test_prints_ok(lang: str, photosafe_home) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PHOTOSAFE_HOME": str(photosafe_home)}
    result = subprocess.run(
        [sys.executable, "-m", "photosafe_desktop", "--smoke-test", "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"smoke-test ok {lang}"
