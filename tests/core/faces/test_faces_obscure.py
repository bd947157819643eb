"""Obscuring: pixels inside the padded region change, pixels outside stay identical."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.core.faces.obscure import block_size, covered_fraction, obscure
from photosafe_desktop.core.faces.regions import Effect, Region, Shape


def noise(width: int, height: int, mode: str = "RGB", seed: int = 0) -> Image.Image:
    channels = len(mode)
    arr = np.random.default_rng(seed).integers(0, 256, (height, width, channels), dtype=np.uint8)
    return Image.fromarray(arr, mode)


def inside_mask(size: tuple[int, int], box: tuple[int, int, int, int]) -> np.ndarray:
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1] : box[3], box[0] : box[2]] = True
    return mask


@pytest.mark.parametrize("effect", list(Effect))
def test_inside_changes_outside_identical(effect: Effect) -> None:
    image = noise(300, 200)
    original = np.asarray(image).copy()
    region = Region(100, 60, 40, 50, effect=effect)
    out = obscure(image, [region])
    assert out.size == image.size and out.mode == "RGB"
    np.testing.assert_array_equal(np.asarray(image), original)  # the input is untouched
    result = np.asarray(out)
    box = region.padded_box(image.size)
    assert box == (90, 47, 150, 123)  # 25 % padding on every side
    inside = inside_mask(image.size, box)
    np.testing.assert_array_equal(result[~inside], original[~inside])
    changed = np.any(result != original, axis=2)[inside].mean()
    assert changed > 0.95


def test_ellipse_leaves_the_corners_alone() -> None:
    image = noise(200, 200)
    region = Region(50, 50, 100, 100, shape=Shape.ELLIPSE, padding=0)
    result, original = np.asarray(obscure(image, [region])), np.asarray(image)
    np.testing.assert_array_equal(result[50:55, 50:55], original[50:55, 50:55])
    np.testing.assert_array_equal(result[145:150, 145:150], original[145:150, 145:150])
    changed = np.any(result != original, axis=2)
    assert changed[95:105, 95:105].all()
    assert changed[100, 51:149].all()  # the whole middle row


def test_disabled_regions_are_ignored() -> None:
    image = noise(100, 100)
    out = obscure(image, [Region(10, 10, 30, 30, enabled=False)])
    np.testing.assert_array_equal(np.asarray(out), np.asarray(image))


@pytest.mark.parametrize(("face", "expected_block"), [(40, 5), (160, 20), (800, 100)])
def test_pixelate_block_size_scales_with_the_face(face: int, expected_block: int) -> None:
    region = Region(0, 0, face, face, effect=Effect.PIXELATE, padding=0)
    assert block_size(region) == expected_block
    # a smooth two-way gradient: every block has its own average colour
    ramp = np.linspace(0, 255, face)
    arr = np.stack(np.broadcast_arrays(ramp[None, :], ramp[:, None], 128.0), axis=2)
    image = Image.fromarray(arr.astype(np.uint8), "RGB")
    result = np.asarray(obscure(image, [region]))
    # constant inside every block, different between neighbouring blocks (noise input)
    for top in range(0, face, expected_block):
        for left in range(0, face, expected_block):
            cell = result[top : top + expected_block, left : left + expected_block]
            assert np.all(cell == cell[0, 0])
    assert face / expected_block <= 8
    assert len(np.unique(result.reshape(-1, 3), axis=0)) == (face // expected_block) ** 2


def test_blur_is_smooth_and_scaled() -> None:
    image = noise(400, 400)
    region = Region(100, 100, 200, 200, effect=Effect.BLUR, padding=0)
    result = np.asarray(obscure(image, [region])).astype(int)
    inside = result[110:290, 110:290]
    # neighbouring pixels barely differ after a strong blur (noise differs by ~85 on average)
    assert np.abs(np.diff(inside, axis=1)).mean() < 3


def test_rgba_keeps_alpha_and_mode() -> None:
    image = noise(120, 120, "RGBA", seed=3)
    arr = np.asarray(image).copy()
    arr[:, :60, 3] = 0  # left half transparent
    arr[:, 60:, 3] = 255
    image = Image.fromarray(arr, "RGBA")
    region = Region(40, 40, 40, 40)
    for effect in Effect:
        out = obscure(image, [region], effect=effect)
        assert out.mode == "RGBA"
        result = np.asarray(out)
        np.testing.assert_array_equal(result[:, :, 3], arr[:, :, 3])  # alpha untouched
        box = region.padded_box(image.size)
        inside = inside_mask(image.size, box)
        np.testing.assert_array_equal(result[~inside], arr[~inside])
        # colour hidden under the opaque and the transparent part alike
        assert np.any(result[:, :, :3] != arr[:, :, :3], axis=2)[inside].mean() > 0.95


def test_other_modes_are_converted_and_full_resolution_is_kept() -> None:
    image = noise(64, 48).convert("L")
    out = obscure(image, [Region(10, 10, 20, 20)])
    assert out.mode == "RGB" and out.size == (64, 48)


def test_covered_fraction() -> None:
    regions = [Region(0, 0, 10, 10, padding=0)]
    assert covered_fraction((0, 0, 10, 10), regions, (100, 100)) == 1.0
    assert covered_fraction((5, 0, 15, 10), regions, (100, 100)) == 0.5
    assert covered_fraction((50, 50, 60, 60), regions, (100, 100)) == 0.0
    disabled = [regions[0].replace(enabled=False)]
    assert covered_fraction((0, 0, 10, 10), disabled, (100, 100)) == 0.0
