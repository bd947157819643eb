"""Make the 8-bit text-detection model the app runs from PP-OCRv4's float model.

PP-OCRv4's detector (``ch_PP-OCRv4_det_infer.onnx``, from the pinned rapidocr wheel, see
``tools/update_models.py``) costs most of the text search. Quantised to 8 bits (weights per
channel, activations per tensor, QDQ format) onnxruntime runs it about twice as fast on
x86-64 and ARM CPUs, with the same text found (``benchmarks/text.py --detector`` compares
them); that time pays for the finer pass that finds 12-px capitals on 12-MP photos.

The calibration pictures are generated, so the result is reproducible without any photo:
name tags, shirts, signs and plates (``core/text/samples.py``) on noisy gradients and on the
self-test's drawn scenes. Needs the ``onnx`` package (tool only, never in the app):

    pip install onnx==1.23.2 && python tools/quantize_text_model.py

``tools/update_models.py`` runs it after extracting the float model and lists the result in
``SHA256SUMS`` and ``PROVENANCE.md``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCE = "ch_PP-OCRv4_det_infer.onnx"
TARGET = "ch_PP-OCRv4_det_int8.onnx"
CALIBRATION_PICTURES = 16
DESCRIPTION = (
    f"`{TARGET}` <- `{SOURCE}` quantised to 8 bits by `tools/quantize_text_model.py` "
    "(onnxruntime.quantization, QDQ, per-channel int8 weights, uint8 activations, opset 13; "
    "calibrated on generated pictures)"
)


def calibration_pictures(count: int = CALIBRATION_PICTURES) -> list[np.ndarray]:
    """Generated pictures with text, as the detector's input blobs (1x3xHxW, [-1, 1])."""
    from photosafe_desktop.core.selftest import make_photo
    from photosafe_desktop.core.text.samples import default_fonts, scatter_text

    blobs = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(count):
            rng = np.random.default_rng(index)
            if index % 2:
                path = make_photo(Path(tmp) / f"{index}.jpg", (960, 704), seed=index)
                with Image.open(path) as opened:
                    picture = opened.convert("RGB")
            else:
                base = rng.uniform(30, 220, 3)
                ramp = np.linspace(0, 1, 704)[:, None, None] * rng.uniform(-70, 70, 3)
                noise = rng.normal(0, 18, (704, 960, 3))
                pixels = np.clip(base + ramp + noise, 0, 255).astype(np.uint8)
                picture = Image.fromarray(pixels)
            scatter_text(
                picture, 8, caps=(8, 12, 16, 24, 36, 56), fonts=default_fonts(), seed=index
            )
            rgb = np.asarray(picture, dtype=np.float32)
            blob = rgb[:, :, ::-1] * (2.0 / 255.0) - 1.0
            blobs.append(np.ascontiguousarray(blob.transpose(2, 0, 1)[None]))
    return blobs


def quantize(models_dir: Path) -> Path:
    """Write ``TARGET`` next to ``SOURCE`` in ``models_dir``; returns its path."""
    import onnx
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    blobs = calibration_pictures()

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._items = iter([{"x": blob} for blob in blobs])

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self._items, None)

    with tempfile.TemporaryDirectory() as tmp:
        model = onnx.load(str(models_dir / SOURCE))
        # per-channel DequantizeLinear needs opset 13 (the wheel's model is opset 12)
        onnx.save(version_converter.convert_version(model, 13), str(Path(tmp) / "13.onnx"))
        quant_pre_process(
            str(Path(tmp) / "13.onnx"), str(Path(tmp) / "pre.onnx"), skip_symbolic_shape=True
        )
        target = models_dir / TARGET
        quantize_static(
            str(Path(tmp) / "pre.onnx"),
            str(target),
            Reader(),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
        )
    return target


def main() -> int:
    target = quantize(ROOT / "resources" / "models")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
