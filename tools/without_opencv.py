#!/usr/bin/env python3
"""Run Python the way the app bundle runs it: without OpenCV.

    python tools/without_opencv.py benchmarks/faces.py [ARGS...]
    python tools/without_opencv.py -c "CODE"

The bundle leaves OpenCV out (see build.spec); the face engine then runs CenterFace through
onnxruntime and resamples with Pillow. Here the child process, and every process it starts,
finds ``import cv2`` failing, and mediapipe's drawing helpers (which import cv2) replaced by
the bundle's own runtime hook, ``packaging/rthook_mediapipe_no_drawing.py``. For measuring
and testing only: nothing in the app reads a switch.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "packaging" / "rthook_mediapipe_no_drawing.py"

SITECUSTOMIZE = f"""
import importlib.abc, runpy, sys


class _NoOpenCV(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "cv2" or name.startswith("cv2."):
            raise ImportError("OpenCV is blocked (tools/without_opencv.py)")
        return None


sys.meta_path.insert(0, _NoOpenCV())
runpy.run_path({str(HOOK)!r})
"""


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="photosafe-no-cv2-") as tmp:
        (Path(tmp) / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        paths = [tmp, str(ROOT), os.environ.get("PYTHONPATH", "")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
        return subprocess.call([sys.executable, *argv], env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
