"""The workspace's calls into the core, shaped for background tasks.

Every function here runs on a worker thread (through ``ui/tasks.py``) and returns plain data
or a QImage (QImage is safe off the GUI thread; QPixmap is not).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.metadata.inspect import Finding, inspect
from photosafe_desktop.core.thumbnails import make_thumbnail

THUMBNAIL_SIDE = 256
DISPLAY_SIDE = 2400


def pil_to_qimage(image: Image.Image) -> QImage:
    """A deep-copied QImage (independent of the PIL buffer)."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    if image.mode == "RGB":
        data = image.tobytes("raw", "RGB")
        qimage = QImage(
            data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        )
    else:
        data = image.tobytes("raw", "RGBA")
        qimage = QImage(
            data, image.width, image.height, image.width * 4, QImage.Format.Format_RGBA8888
        )
    return qimage.copy()


@dataclass(frozen=True)
class Preview:
    path: Path
    thumbnail: QImage
    size: tuple[int, int]


def load_preview(path: Path) -> Preview:
    thumb = make_thumbnail(path, THUMBNAIL_SIDE)
    return Preview(path, pil_to_qimage(thumb.image), thumb.full_size)


@dataclass(frozen=True)
class Analysis:
    path: Path
    size: tuple[int, int]
    regions: tuple[Region, ...]
    findings: tuple[Finding, ...]


def analyse(path: Path) -> Analysis:
    """Find the faces and what the photo's metadata reveals."""
    from photosafe_desktop.core.faces.detect import detect_faces
    from photosafe_desktop.core.safe_files import read_photo_file

    # read once for both the pixels and the metadata; only a regular file of sane size
    data = read_photo_file(path)
    decoded = open_image(data)
    detection = detect_faces(decoded.image)
    findings = tuple(inspect(data, file_name=path.name).findings)
    return Analysis(path, decoded.image.size, tuple(detection.regions), findings)


def _background_priority() -> None:
    """Runs first in the analysis process: leave the CPU to the window when it needs it,
    and end with the app however the app ends."""
    from photosafe_desktop.core.lifeline import watch_main_process
    from photosafe_desktop.core.offline import enforce_offline

    enforce_offline()
    watch_main_process(os.getppid())  # spawned by the app itself
    if hasattr(os, "nice"):
        try:
            os.nice(5)
        except OSError:
            pass


class AnalysisWorker:
    """Runs :func:`analyse` in one separate process.

    Face detection holds the interpreter for long stretches inside native code; in a
    process of its own it can never make the window stutter, and the models are loaded once.
    Call :meth:`run` from a worker thread (it waits for the result).
    """

    def __init__(self) -> None:
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def run(self, path: Path) -> Analysis:
        for attempt in range(2):  # a crashed process is replaced and the photo tried again
            with self._lock:
                if self._closed:
                    raise concurrent.futures.CancelledError()
                if self._executor is None:
                    context = multiprocessing.get_context("spawn")
                    self._executor = concurrent.futures.ProcessPoolExecutor(
                        1, mp_context=context, initializer=_background_priority
                    )
                executor = self._executor
            try:
                return executor.submit(analyse, path).result()
            except concurrent.futures.process.BrokenProcessPool:
                with self._lock:
                    if self._executor is executor:
                        self._executor = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class DisplayImage:
    path: Path
    image: QImage  # at most DISPLAY_SIDE on its longer side
    full_size: tuple[int, int]
    pil: Image.Image  # the same pixels, for rendering the export preview


def load_display_image(path: Path, max_side: int = DISPLAY_SIDE) -> DisplayImage:
    decoded = open_image(path)
    image = decoded.image
    full = image.size
    if max(full) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return DisplayImage(path, pil_to_qimage(image), full, image)


def render_result(display: DisplayImage, regions: tuple[Region, ...]) -> QImage:
    """The photo as it will be exported (regions scaled to the display size)."""
    from photosafe_desktop.core.faces.obscure import obscure

    scale = display.pil.width / display.full_size[0]
    scaled = []
    for region in regions:
        if not region.enabled:
            continue
        scaled.append(
            region.replace(
                x=int(region.x * scale),
                y=int(region.y * scale),
                w=max(1, int(round(region.w * scale))),
                h=max(1, int(round(region.h * scale))),
            )
        )
    return pil_to_qimage(obscure(display.pil, scaled))
