"""What PhotoSafe bundles, and under which licence (shown in the About dialog)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    url: str  # "" when there is no public address (never a made-up one)


BUNDLED_COMPONENTS: tuple[Component, ...] = (
    # no public website or repository address yet: the README that comes with it explains it
    Component("PhotoSafe Desktop", "GPL-3.0-or-later", ""),
    Component("Qt 6 / PySide6", "LGPL-3.0", "qt.io"),
    Component("Python", "PSF-2.0", "python.org"),
    Component("Pillow", "MIT-CMU (HPND)", "python-pillow.org"),
    Component(
        "pillow-heif / libheif", "BSD-3-Clause / LGPL-3.0", "github.com/bigcat88/pillow_heif"
    ),
    Component("piexif", "MIT", "github.com/hMatoba/Piexif"),
    Component("NumPy", "BSD-3-Clause", "numpy.org"),
    Component("MediaPipe", "Apache-2.0", "mediapipe.dev"),
    Component("BlazeFace face detection models", "Apache-2.0", "mediapipe.dev"),
    Component("CenterFace face detection model", "MIT", "github.com/Star-Clouds/CenterFace"),
    Component("ONNX Runtime", "MIT", "onnxruntime.ai"),
    Component("keyring", "MIT", "github.com/jaraco/keyring"),
    Component("requests", "Apache-2.0", "requests.readthedocs.io"),
    Component("platformdirs", "MIT", "github.com/tox-dev/platformdirs"),
    Component("fpdf2", "LGPL-3.0", "py-pdf.github.io/fpdf2"),
)
