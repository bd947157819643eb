"""Regions are plain, immutable, JSON-friendly data."""

from __future__ import annotations

import dataclasses
import json

import pytest

from photosafe_desktop.core.faces.regions import (
    Effect,
    Region,
    Shape,
    Source,
    Tier,
    iou,
    regions_from_json,
    regions_to_json,
)


def test_round_trip_through_json() -> None:
    regions = [
        Region(10, 20, 30, 40, score=0.87654, tier=Tier.CHECK, enabled=False),
        Region(1, 2, 3, 4, shape=Shape.ELLIPSE, effect=Effect.PIXELATE, source=Source.MANUAL),
    ]
    text = json.dumps(regions_to_json(regions))
    back = regions_from_json(json.loads(text))
    assert back[1] == regions[1]
    assert back[0].score == pytest.approx(0.8765)
    assert back[0].tier is Tier.CHECK and back[0].enabled is False
    assert json.loads(text)[1]["shape"] == "ellipse"


def test_strings_become_enums_and_regions_are_immutable() -> None:
    region = Region(0, 0, 5, 5, tier="check", shape="ellipse", effect="blur", source="manual")  # type: ignore[arg-type]
    assert region.tier is Tier.CHECK and region.effect is Effect.BLUR
    with pytest.raises(dataclasses.FrozenInstanceError):
        region.x = 3  # type: ignore[misc]
    moved = region.replace(x=7, enabled=False)
    assert (moved.x, moved.enabled, region.x) == (7, False, 0)
    with pytest.raises(ValueError):
        Region(0, 0, 0, 5)
    with pytest.raises(ValueError):
        Region(0, 0, 5, 5, effect="smudge")  # type: ignore[arg-type]


def test_padded_box_grows_and_clips() -> None:
    region = Region(100, 100, 40, 80)  # 25 % padding
    assert region.padded_box((1000, 1000)) == (90, 80, 150, 200)
    corner = Region(2, 3, 40, 40)
    assert corner.padded_box((30, 30)) == (0, 0, 30, 30)
    assert Region(10, 10, 10, 10, padding=0).padded_box((100, 100)) == (10, 10, 20, 20)


def test_face_dict_is_the_cli_contract() -> None:
    assert Region(1, 2, 3, 4, score=0.5).face_dict() == {
        "x": 1,
        "y": 2,
        "w": 3,
        "h": 4,
        "score": 0.5,
        "tier": "sure",
    }


def test_iou() -> None:
    assert iou((0, 0, 10, 10), (0, 0, 10, 10)) == 1.0
    assert iou((0, 0, 10, 10), (10, 10, 20, 20)) == 0.0
    assert iou((0, 0, 10, 10), (5, 0, 15, 10)) == pytest.approx(1 / 3)
