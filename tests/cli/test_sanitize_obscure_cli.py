"""`photosafe sanitize --obscure ...`: faces found and hidden, candidates reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.core.metadata.verify import verify
from photosafe_desktop.core.selftest import FACES, make_photo
from tests.conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("mode", ["solid", "pixelate"])
def test_sanitize_hides_the_faces(tmp_path: Path, mode: str) -> None:
    photo = make_photo(tmp_path / "Kamp_Sam.jpg", size=(1200, 900))
    result = _run(
        "sanitize",
        str(photo),
        "--out",
        str(tmp_path / "out"),
        "--obscure",
        mode,
        "--format",
        "png",
        "--rename",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    (item,) = doc["files"]
    report = item["transform"]
    assert report["effect"] == mode
    found = report["faces_obscured"] + len(report["check"])
    assert found >= len(FACES) and report["faces_obscured"] >= 1
    out = Path(item["output"])
    assert out.name == "album-001.png" and verify(out).ok
    before = np.asarray(Image.open(photo).convert("RGB"), dtype=np.int16)
    after = np.asarray(Image.open(out).convert("RGB"), dtype=np.int16)
    assert np.abs(after - before).mean() > 1.0  # something was hidden
    assert np.abs(after[:100, :100] - before[:100, :100]).mean() < 3  # the sky is untouched


def test_sanitize_obscure_none_changes_no_pixels(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "a.jpg", size=(600, 450))
    result = _run(
        "sanitize",
        str(photo),
        "--out",
        str(tmp_path / "out"),
        "--obscure",
        "none",
        "--format",
        "png",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)["files"]
    before = np.asarray(Image.open(photo).convert("RGB"), dtype=np.int16)
    after = np.asarray(Image.open(item["output"]).convert("RGB"), dtype=np.int16)
    assert np.abs(after - before).max() == 0
