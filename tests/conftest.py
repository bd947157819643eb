"""Shared test setup: offscreen Qt, a private PHOTOSAFE_HOME per test, the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# OpenCV (via mediapipe) may point Qt at its own plugins: never in tests
os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)

ROOT = Path(__file__).resolve().parent.parent


def _corpus_root() -> Path:
    env = os.environ.get("PHOTOSAFE_CORPUS")
    if env:
        return Path(env)
    return ROOT.parent / "shared" / "corpus"


CORPUS = _corpus_root()


@pytest.fixture(autouse=True)
def photosafe_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config, data, log and cache folders."""
    home = tmp_path_factory.mktemp("photosafe-home")
    monkeypatch.setenv("PHOTOSAFE_HOME", str(home))
    return home


@pytest.fixture
def metadata_corpus() -> Path:
    path = CORPUS / "metadata"
    if not path.is_dir():
        pytest.skip("shared metadata corpus not present")
    return path


@pytest.fixture
def faces_corpus() -> Path:
    path = CORPUS / "faces"
    if not (path / "annotations.json").is_file():
        pytest.skip("shared faces corpus not present")
    return path
