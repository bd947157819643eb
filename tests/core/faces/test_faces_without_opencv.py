"""The face engine without OpenCV, as in the app bundle (build.spec leaves cv2 out).

A child process runs through ``tools/without_opencv.py``: ``import cv2`` fails there and the
bundle's runtime hook stands in for mediapipe's drawing helpers. Its detections must match
the OpenCV path's in this process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from faces_helpers import annotations, iou_xywh, recall

from photosafe_desktop.core.faces import models
from photosafe_desktop.core.faces.detect import _Resampler, detect_faces, to_rgb_array
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.selftest import make_photo
from tests.conftest import CORPUS, ROOT

CORPUS_IMAGE = "images/fullres__11_Meeting_Meeting_11_Meeting_Meeting_11_176.jpg"

CHILD = """
import json, sys
from photosafe_desktop.core.faces import models
from photosafe_desktop.core.faces.detect import detect_faces
from photosafe_desktop.core.imaging import open_image

assert models.opencv() is None and "cv2" not in sys.modules, "OpenCV was not blocked"
out = {"files": {}}
for path in sys.argv[1:]:
    found = detect_faces(open_image(path).image)
    out["files"][path] = [[r.x, r.y, r.w, r.h, r.score, r.tier.value] for r in found.regions]
out["runtime"] = models.centerface().backend.name
assert "cv2" not in sys.modules and "matplotlib" not in sys.modules
print("RESULT " + json.dumps(out))
"""

pytestmark = pytest.mark.skipif(models.opencv() is None, reason="compares with OpenCV")


def without_opencv(files: list[Path]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "without_opencv.py"), "-c", CHILD, *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    data: dict[str, object] = json.loads(line.removeprefix("RESULT "))
    return data


def regions(path: Path) -> list[list[float]]:
    found = detect_faces(open_image(path).image)
    return [[r.x, r.y, r.w, r.h, r.score, r.tier.value] for r in found.regions]  # type: ignore[list-item]


def assert_near_identical(cv: list[list[float]], plain: list[list[float]]) -> None:
    """Every sure face of one path is found by the other with nearly the same box/score."""
    for ours, theirs in ((cv, plain), (plain, cv)):
        for face in (f for f in ours if f[5] == "sure"):
            best = max(theirs, key=lambda other: iou_xywh(face[:4], other[:4]))
            assert iou_xywh(face[:4], best[:4]) >= 0.8, (face, best)
            assert abs(face[4] - best[4]) <= 0.08, (face, best)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_photo(tmp_path_factory.mktemp("no-cv2") / "faces.jpg")


@pytest.fixture(scope="module")
def child(generated: Path) -> dict[str, object]:
    """One child process without OpenCV detects on the generated photo and, when the
    shared corpus is present, on a real crowd photo."""
    files = [generated]
    if (CORPUS / "faces" / CORPUS_IMAGE).is_file():
        files.append(CORPUS / "faces" / CORPUS_IMAGE)
    return without_opencv(files)


@pytest.mark.slow
def test_drawn_faces_match_without_opencv(generated: Path, child: dict[str, object]) -> None:
    assert child["runtime"] == "onnxruntime"
    found: dict[str, list[list[float]]] = child["files"]  # type: ignore[assignment]
    cv, plain = regions(generated), found[str(generated)]
    assert len([f for f in plain if f[5] == "sure"]) == len([f for f in cv if f[5] == "sure"]) >= 2
    assert_near_identical(cv, plain)


@pytest.mark.slow
@pytest.mark.corpus
def test_crowd_photo_matches_without_opencv(faces_corpus: Path, child: dict[str, object]) -> None:
    image = faces_corpus / CORPUS_IMAGE
    found: dict[str, list[list[float]]] = child["files"]  # type: ignore[assignment]
    truth = annotations(faces_corpus)[CORPUS_IMAGE]
    cv, plain = regions(image), found[str(image)]
    cv_recall = recall([f[:4] for f in cv if f[5] == "sure"], truth)
    plain_recall = recall([f[:4] for f in plain if f[5] == "sure"], truth)
    assert plain_recall >= cv_recall - 0.02 and plain_recall > 0.6, (plain_recall, cv_recall)
    for face in (f for f in cv if f[4] >= 0.6):  # confident faces are found either way
        assert max(iou_xywh(face[:4], other[:4]) for other in plain) >= 0.6, face


def test_pillow_tiles_match_opencv_warp_affine(generated: Path) -> None:
    """Enlarged tiles: bilinear, replicated borders, warpAffine's pixel mapping."""
    rgb = to_rgb_array(open_image(generated).image)[:300, :420]
    with_cv, plain = _Resampler(rgb), _Resampler(rgb)
    plain.cv2 = None
    height, width = rgb.shape[:2]
    for scale in (2.0, 2.37, 3.0):
        scaled_w, scaled_h = round(width * scale), round(height * scale)
        factor = (width / scaled_w, height / scaled_h)
        for x0, y0, x1, y1 in (
            (0, 0, 512, 416),
            (scaled_w - 400, scaled_h - 300, scaled_w, scaled_h),
        ):
            a = with_cv.enlarged_tile(factor, (x0, y0), (x1 - x0, y1 - y0)).astype(int)
            b = plain.enlarged_tile(factor, (x0, y0), (x1 - x0, y1 - y0)).astype(int)
            assert a.shape == b.shape == (y1 - y0, x1 - x0, 3)
            assert np.abs(a - b).max() <= 2


def test_pillow_reduction_is_close_to_area_averaging(generated: Path) -> None:
    rgb = to_rgb_array(open_image(generated).image)
    with_cv, plain = _Resampler(rgb), _Resampler(rgb)
    plain.cv2 = None
    height, width = rgb.shape[:2]
    for scale in (0.94, 0.6, 0.37):
        size = (round(width * scale), round(height * scale))
        a = with_cv.reduced(size).astype(int)
        b = plain.reduced(size).astype(int)
        assert a.shape == b.shape == (size[1], size[0], 3)
        assert np.abs(a - b).mean() < 1.0, scale


def test_mediapipe_drawing_stand_ins_fail_loudly() -> None:
    code = (
        "from mediapipe.tasks.python.vision import drawing_utils\n"
        "try:\n    drawing_utils.draw_detection\nexcept ImportError as exc:\n"
        "    print('refused:', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "without_opencv.py"), "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "refused:" in result.stdout and "no drawing" in result.stdout


def test_face_engine_loads_mediapipe_without_its_drawing_helpers() -> None:
    """From source too (OpenCV installed): BlazeFace loads without importing matplotlib
    (~0.4 s of every face worker's start-up) or mediapipe's drawing helpers."""
    code = (
        "import sys\n"
        "from photosafe_desktop.core.faces import models\n"
        "models.blazeface()\n"
        "print('matplotlib' in sys.modules,"
        " hasattr(sys.modules['mediapipe.tasks.python.vision.drawing_utils'], '__file__'))\n"
    )
    result = _python(code)
    assert result.stdout.split()[-2:] == ["False", "False"]


def test_making_the_face_detector_prints_nothing() -> None:
    """mediapipe's native start-up chatter (TFLite, absl) no longer lands in
    ``photosafe sanitize``'s output; standard error works again afterwards."""
    code = (
        "import sys\n"
        "from photosafe_desktop.core.faces import models\n"
        "models.blazeface()\n"
        "print('still here', file=sys.stderr)\n"
    )
    result = _python(code)
    assert result.stderr.strip() == "still here", result.stderr[-2000:]


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh Python from source (OpenCV installed); it must succeed."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result
