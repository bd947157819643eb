"""Photo analysis for the workspace: read once, decode, find the faces and the text (name
tags, shirts, signs, plates), inspect the metadata.

:func:`analyse` does it in the calling process (the CLI, tests); :class:`PhotoAnalyser`
runs it in one separate low-priority process (the desktop app): face detection holds the
interpreter for long stretches inside native code, so in a process of its own it can never
make the window stutter, and the models are loaded once. A crashed process is replaced and
the photo tried once more (:class:`~photosafe_desktop.core.pool.OneProcess`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.metadata.findings import Finding
from photosafe_desktop.core.metadata.inspect import inspect
from photosafe_desktop.core.pool import OneProcess, lower_priority


@dataclass(frozen=True)
class Analysis:
    path: Path
    size: tuple[int, int]  # of the upright photo
    regions: tuple[Region, ...]  # the faces found (sure ones enabled)
    findings: tuple[Finding, ...]  # what the metadata reveals
    texts: tuple[Region, ...] = ()  # text lines found (kind "text", words in label), enabled


def analyse(path: Path, *, text: bool = True) -> Analysis:
    """Find the faces, the text lines (``text=True``) and what the photo's metadata reveals.

    Text regions come enabled; the workspace ticks or unticks them as the user's setting says.

    Raises :class:`~photosafe_desktop.core.errors.PhotoSafeError` for a file that cannot be
    read or is not a photo PhotoSafe can open.
    """
    from photosafe_desktop.core.faces.detect import detect_faces
    from photosafe_desktop.core.safe_files import read_photo_file

    path = Path(path)
    # read once for both the pixels and the metadata; only a regular file of sane size
    data = read_photo_file(path)
    decoded = open_image(data)
    detection = detect_faces(decoded.image)
    texts: tuple[Region, ...] = ()
    if text:
        from photosafe_desktop.core.text import detect_text, text_region

        texts = tuple(text_region(line) for line in detect_text(decoded.image))
    findings = tuple(inspect(data, file_name=path.name).findings)
    return Analysis(path, decoded.image.size, tuple(detection.regions), findings, texts)


def _start_analysis() -> None:
    """Runs first in the analysis process: no network, ever; leave the CPU to the window."""
    from photosafe_desktop.core.offline import enforce_offline

    enforce_offline()
    lower_priority()


class PhotoAnalyser:
    """Runs :func:`analyse` in one separate process; :meth:`run` waits for the result."""

    def __init__(self) -> None:
        self._process = OneProcess(initializer=_start_analysis)

    def run(self, path: Path, text: bool = True) -> Analysis:
        return self._process.call(functools.partial(analyse, text=text), Path(path))

    def shutdown(self) -> None:
        self._process.shutdown()


__all__ = ["Analysis", "PhotoAnalyser", "analyse"]
