"""The bundled text models: PaddleOCR's PP-OCRv4 detection and recognition networks.

Both ship in ``resources/models/`` (taken from the ``rapidocr-onnxruntime`` 1.4.4 wheel,
Apache-2.0; the detector runs quantised to 8 bits by ``tools/quantize_models.py``, about
twice as fast; see ``PROVENANCE.md`` and ``tools/update_models.py``), are checked against
``SHA256SUMS`` before loading, and run on onnxruntime with the face engine's session
options. The rapidocr package itself is not used (it needs full OpenCV, which the app bundle
leaves out): pre- and post-processing are ours, in numpy and Pillow.

- Detection (``ch_PP-OCRv4_det_int8.onnx``, DB): a BGR picture normalised to [-1, 1], sides
  multiples of 32, in; a text probability map of the same size out.
- Recognition (``ch_PP-OCRv4_rec_infer.onnx``, CTC): a BGR line 48 px high in; per-column
  character probabilities out. Its character list is stored in the model's metadata.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from photosafe_desktop.core.faces.models import ModelError, onnx_session, read_verified
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP

TEXT_DETECTOR = "ch_PP-OCRv4_det_int8.onnx"  # ch_PP-OCRv4_det_infer.onnx, 8-bit
TEXT_RECOGNISER = "ch_PP-OCRv4_rec_infer.onnx"

Array = npt.NDArray[Any]


class TextModelError(ModelError):
    """A text model is missing or damaged: text cannot be found (or read)."""


def read_text_model(name: str) -> bytes:
    """The verified bytes of text model ``name`` (:class:`TextModelError` otherwise)."""
    try:
        return read_verified(name)
    except ModelError as exc:
        if exc.code == "model_checksum":
            raise TextModelError(
                exc.code,
                QT_TRANSLATE_NOOP(
                    "Text",
                    "A text-detection model has been altered or damaged, so PhotoSafe will not "
                    "use it. Please reinstall PhotoSafe.",
                ),
            ) from exc
        raise TextModelError(
            exc.code,
            QT_TRANSLATE_NOOP(
                "Text",
                "A text-detection model is missing from this installation. "
                "Please reinstall PhotoSafe.",
            ),
        ) from exc


class TextDetector:
    """PP-OCRv4 DB detection: RGB pixels in, text probability map (same size) out."""

    def __init__(self, model: bytes) -> None:
        self._session = onnx_session(model)
        self._input = self._session.get_inputs()[0].name

    def probability(self, rgb: Array) -> Array:
        """The probability map (float32, ``rgb``'s height x width) of one RGB picture."""
        height, width = rgb.shape[:2]
        pad_h, pad_w = -height % 32, -width % 32
        # BGR (the model was trained on OpenCV's channel order), (x / 255 - 0.5) / 0.5
        blob = rgb[:, :, ::-1].astype(np.float32) * (2.0 / 255.0) - 1.0
        if pad_h or pad_w:
            blob = np.pad(blob, ((0, pad_h), (0, pad_w), (0, 0)))
        blob = np.ascontiguousarray(blob.transpose(2, 0, 1)[None])
        (out,) = self._session.run(None, {self._input: blob})
        result: Array = out[0, 0, :height, :width]
        return result


@dataclass
class TextRecogniser:
    """PP-OCRv4 CTC recognition of single text lines (48 px high)."""

    session: Any
    characters: list[str]  # index 0 is the CTC blank

    HEIGHT = 48

    @classmethod
    def load(cls, model: bytes) -> TextRecogniser:
        session = onnx_session(model)
        meta = session.get_modelmeta().custom_metadata_map
        characters = ["", *meta.get("character", "").splitlines(), " "]
        return cls(session, characters)

    BATCH = 8  # lines per run
    BATCH_SPREAD = 1.25  # widest / narrowest line of one run (the rest is padded)

    def read(self, lines: list[Array]) -> list[tuple[str, float]]:
        """(text, mean confidence) of each RGB line picture, already 48 px high.

        Lines of similar width are read together, padded on the right with mid-grey (0 after
        normalising, as PaddleOCR pads): one run for several lines costs much less than one
        run each (measured in ``benchmarks/text.py``)."""
        results: list[tuple[str, float]] = [("", 0.0)] * len(lines)
        order = sorted(range(len(lines)), key=lambda i: lines[i].shape[1])
        name = self.session.get_inputs()[0].name
        start = 0
        while start < len(order):
            end = start + 1
            narrowest = lines[order[start]].shape[1]
            while (
                end < len(order)
                and end - start < self.BATCH
                and lines[order[end]].shape[1] <= narrowest * self.BATCH_SPREAD
            ):
                end += 1
            batch = order[start:end]
            width = max(lines[i].shape[1] for i in batch)
            blob = np.zeros((len(batch), 3, self.HEIGHT, width), dtype=np.float32)
            for row, index in enumerate(batch):
                line = lines[index]
                normalised = line[:, :, ::-1].astype(np.float32) * (2.0 / 255.0) - 1.0
                blob[row, :, :, : line.shape[1]] = normalised.transpose(2, 0, 1)
            (probs,) = self.session.run(None, {name: blob})
            for row, index in enumerate(batch):
                # the columns of the padding (the model's output is 8x narrower) are left out
                columns = max(1, math.ceil(lines[index].shape[1] * probs.shape[1] / width))
                results[index] = self.decode(probs[row, :columns])
            start = end
        return results

    def decode(self, probs: Array) -> tuple[str, float]:
        """Greedy CTC: best class per column, repeats merged, blanks dropped."""
        best = probs.argmax(axis=1)
        confidence = probs.max(axis=1)
        keep = best != 0
        keep[1:] &= best[1:] != best[:-1]
        chars = [self.characters[i] if i < len(self.characters) else "" for i in best[keep]]
        score = float(confidence[keep].mean()) if keep.any() else 0.0
        return "".join(chars).strip(), score


_lock = threading.Lock()
_detector: TextDetector | None = None
_recogniser: TextRecogniser | None = None


def text_detector() -> TextDetector:
    """The shared detection model, loaded on first use (thread-safe)."""
    global _detector
    with _lock:
        if _detector is None:
            _detector = TextDetector(read_text_model(TEXT_DETECTOR))
        return _detector


def text_recogniser() -> TextRecogniser:
    """The shared recognition model, loaded on first use (thread-safe)."""
    global _recogniser
    with _lock:
        if _recogniser is None:
            _recogniser = TextRecogniser.load(read_text_model(TEXT_RECOGNISER))
        return _recogniser


__all__ = [
    "TEXT_DETECTOR",
    "TEXT_RECOGNISER",
    "TextDetector",
    "TextModelError",
    "TextRecogniser",
    "read_text_model",
    "text_detector",
    "text_recogniser",
]
