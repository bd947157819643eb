"""tools/build_app.py: the size report fails a bundle over the target (the build itself runs
in .ci/run, not in the tests: it takes minutes)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _build_app():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "tools" / "build_app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle(tmp_path: Path, big_mb: int) -> Path:
    bundle = tmp_path / "PhotoSafe"
    (bundle / "_internal" / "mediapipe").mkdir(parents=True)
    (bundle / "photosafe-desktop").write_bytes(b"\0" * 1000)
    with open(bundle / "_internal" / "mediapipe" / "libmediapipe.so", "wb") as f:
        f.truncate(big_mb * 1_000_000)  # sparse: counts by size, takes no disk
    (bundle / "_internal" / "libpython.so").write_bytes(b"\0" * 5000)
    os.symlink("mediapipe/libmediapipe.so", bundle / "_internal" / "libmediapipe.so")
    return bundle


def test_size_report_passes_under_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build_app().report_size(_bundle(tmp_path, 300))
    out = capsys.readouterr().out
    assert "bundle size: 300 MB unpacked (target < 450 MB)" in out  # symlinks not counted
    assert "300.0 MB  mediapipe" in out


def test_size_report_fails_over_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not _build_app().report_size(_bundle(tmp_path, 460))
    assert "over the 450 MB target" in capsys.readouterr().out


def test_the_bundle_pins_the_ml_libraries_like_the_package() -> None:
    """The frozen app must not get a mediapipe/onnxruntime the package refuses (telemetry)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    build_app = _build_app()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    mediapipe = next(d for d in declared if d.startswith("mediapipe"))
    onnxruntime = next(d for d in declared if d.startswith("onnxruntime"))
    assert build_app.MEDIAPIPE == mediapipe
    assert onnxruntime in build_app.BUILD_REQUIREMENTS
    # the video library too (the frozen smoke test sanitises a clip with it)
    av = next(d for d in declared if d.startswith("av>") or d == "av")
    assert av in build_app.BUILD_REQUIREMENTS
