"""Make the 8-bit models the app runs from the float models in ``resources/models``.

Two models cost most of a photo's analysis: CenterFace (faces) and PP-OCRv4's text detector.
Quantised to 8 bits (weights per channel, activations per tensor, QDQ format) onnxruntime
runs each about twice as fast on x86-64 and ARM CPUs with the same faces and text found
(``benchmarks/faces.py`` and ``benchmarks/text.py --detector`` compare them; tests check the
8-bit models against the float ones).

- **Text** (``ch_PP-OCRv4_det_int8.onnx``): calibrated on generated pictures (name tags,
  shirts, signs and plates from ``core/text/samples.py`` on noisy gradients and on the
  self-test's drawn scenes), so it is reproducible without any photo.
- **Faces** (``centerface_int8.onnx``): drawn faces are too unlike real ones to calibrate
  on, so it is calibrated on the shared face corpus (``../shared/corpus/faces``, or
  ``--corpus``): its first 32 photos (names sorted), at the scales the detector runs them.
  The photos are read, never copied.

Needs the ``onnx`` package (tool only, never in the app):

    pip install onnx==1.23.2 && python tools/quantize_models.py [--corpus DIR]

``tools/update_models.py`` runs it after extracting the float models and lists the results
in ``SHA256SUMS`` and ``PROVENANCE.md``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CALIBRATION_PICTURES = 16
FACE_CALIBRATION_PHOTOS = 32
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "faces"


def text_calibration(_corpus: Path, count: int = CALIBRATION_PICTURES) -> list[np.ndarray]:
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


FACE_CALIBRATION_SIDE = 512  # percentile calibration needs inputs of one size


def face_calibration(corpus: Path, count: int = FACE_CALIBRATION_PHOTOS) -> list[np.ndarray]:
    """Corpus photos as CenterFace input blobs (1x3x512x512 RGB, 0-255): the large ones
    reduced to 960 px (the coarse pass), the small ones enlarged 1.6x (a fine pass), each
    cut or padded (mid-grey) to 512 x 512 from its top left."""
    images = corpus / "images"
    paths = sorted(images.glob("*.jpg"))[: count // 2 + 2]
    paths += sorted(images.glob("lowres*.png"))[: count - len(paths)]
    if not paths:
        raise SystemExit(f"no face corpus in {corpus}: give --corpus")
    blobs = []
    for path in paths:
        with Image.open(path) as opened:
            picture = opened.convert("RGB")
        scale = 1.6 if path.name.startswith("lowres") else min(1.0, 960 / max(picture.size))
        picture = picture.resize(
            (max(32, round(picture.width * scale)), max(32, round(picture.height * scale)))
        )
        side = FACE_CALIBRATION_SIDE
        blob = np.full((1, 3, side, side), 114.0, dtype=np.float32)
        rgb = np.asarray(picture, dtype=np.float32)[:side, :side]
        blob[0, :, : rgb.shape[0], : rgb.shape[1]] = rgb.transpose(2, 0, 1)
        blobs.append(blob)
    return blobs


def _dynamic_centerface(source: Path) -> bytes:
    from photosafe_desktop.core.faces.models import dynamic_centerface

    return dynamic_centerface(source.read_bytes())


@dataclass(frozen=True)
class Derived:
    source: str
    target: str
    calibration: Callable[[Path], list[np.ndarray]]
    how: str  # what the calibration pictures are, for PROVENANCE.md
    prepare: Callable[[Path], bytes] = lambda source: source.read_bytes()
    # activation ranges: "minmax", or "percentile" (99.99 %: a few extreme activations do
    # not stretch the range; measured on CenterFace: 689 of 691 sure faces the float model
    # finds on benchmarks/sanitize.py's album, against 664 with min-max)
    ranges: str = "minmax"

    @property
    def description(self) -> str:
        ranges = "99.99th-percentile" if self.ranges == "percentile" else "min-max"
        return (
            f"`{self.target}` <- `{self.source}` quantised to 8 bits by "
            "`tools/quantize_models.py` (onnxruntime.quantization, QDQ, per-channel int8 "
            f"weights, uint8 activations with {ranges} ranges, opset 13; calibrated on "
            f"{self.how})"
        )


TEXT = Derived(
    "ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_det_int8.onnx", text_calibration,
    "generated pictures",
)  # fmt: skip
FACES = Derived(
    "centerface.onnx", "centerface_int8.onnx", face_calibration,
    f"the first {FACE_CALIBRATION_PHOTOS} photos of the shared face corpus",
    _dynamic_centerface,  # symbolic input size, weights as constants
    "percentile",
)  # fmt: skip
DERIVED = (FACES, TEXT)


def quantize_one(models_dir: Path, derived: Derived, corpus: Path = DEFAULT_CORPUS) -> Path:
    """Write ``derived.target`` next to its source in ``models_dir``; returns its path."""
    import onnx
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    blobs = derived.calibration(corpus)
    model = onnx.load_from_string(derived.prepare(models_dir / derived.source))
    name = model.graph.input[0].name

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._items = iter([{name: blob} for blob in blobs])

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self._items, None)

    with tempfile.TemporaryDirectory() as tmp:
        # per-channel DequantizeLinear needs opset 13 (both models are older)
        if model.opset_import[0].version < 13:
            model = version_converter.convert_version(model, 13)
        onnx.save(model, str(Path(tmp) / "13.onnx"))
        quant_pre_process(
            str(Path(tmp) / "13.onnx"), str(Path(tmp) / "pre.onnx"), skip_symbolic_shape=True
        )
        target = models_dir / derived.target
        quantize_static(
            str(Path(tmp) / "pre.onnx"),
            str(target),
            Reader(),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            calibrate_method=(
                CalibrationMethod.Percentile
                if derived.ranges == "percentile"
                else CalibrationMethod.MinMax
            ),
            extra_options={"CalibPercentile": 99.99} if derived.ranges == "percentile" else {},
        )
    return target


def quantize(models_dir: Path, corpus: Path = DEFAULT_CORPUS) -> list[tuple[Path, str]]:
    """Every 8-bit model: (path, description for PROVENANCE.md)."""
    return [(quantize_one(models_dir, d, corpus), d.description) for d in DERIVED]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", choices=("faces", "text"))
    args = parser.parse_args()
    chosen = [d for d in DERIVED if args.only is None or (d is FACES) == (args.only == "faces")]
    for derived in chosen:
        target = quantize_one(ROOT / "resources" / "models", derived, args.corpus)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
