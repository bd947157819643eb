"""Sharing presets: who stays visible where, decided per face by the leader."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.core.consent.register import Child, ConsentLevel, ConsentRegister
from photosafe_desktop.core.export import ExportJob, ExportOptions, export_album
from photosafe_desktop.core.faces.regions import Kind, Mark, Region, Source, Tier
from photosafe_desktop.core.metadata.verify import verify
from photosafe_desktop.core.selftest import make_photo
from photosafe_desktop.core.sharing.presets import (
    Preset,
    apply_preset,
    draw_watermark,
    face_hidden,
    watermark_text,
)

PUBLIC_FACE = Region(100, 100, 100, 100, mark=Mark.PUBLIC, padding=0.0)
NO_PHOTOS_FACE = Region(400, 100, 100, 100, mark=Mark.NO_PHOTOS, padding=0.0)
UNMARKED_FACE = Region(100, 350, 100, 100, padding=0.0)


@pytest.mark.parametrize("preset", list(Preset))
def test_no_photos_is_hidden_under_every_preset(preset: Preset) -> None:
    assert face_hidden(NO_PHOTOS_FACE, preset)
    assert face_hidden(NO_PHOTOS_FACE.replace(enabled=False), preset)
    register = ConsentRegister(children=(Child("K-017", ConsentLevel.NO_PHOTOS),))
    attached = Region(0, 0, 10, 10, mark=Mark.PUBLIC, person="k-017")
    assert face_hidden(attached, preset, register)  # the register wins over a mark


def test_public_face_is_visible_only_under_public_rules() -> None:
    assert not face_hidden(PUBLIC_FACE, Preset.PUBLIC)
    assert face_hidden(UNMARKED_FACE, Preset.PUBLIC)  # every other face is hidden
    assert face_hidden(UNMARKED_FACE.replace(enabled=False), Preset.PUBLIC)
    # parents and archive: faces stay visible unless "no photos"
    for preset in (Preset.PARENTS, Preset.ARCHIVE):
        assert not face_hidden(PUBLIC_FACE, preset)
        assert not face_hidden(UNMARKED_FACE, preset)


def test_consent_register_levels_decide_for_attached_children() -> None:
    register = ConsentRegister(
        children=(Child("Lotte", ConsentLevel.PUBLIC), Child("Jan", ConsentLevel.PARENTS))
    )
    lotte = Region(0, 0, 10, 10, person="Lotte")
    jan_marked_public = Region(0, 0, 10, 10, person="jan", mark=Mark.PUBLIC)
    assert not face_hidden(lotte, Preset.PUBLIC, register)
    assert face_hidden(jan_marked_public, Preset.PUBLIC, register)
    assert not face_hidden(jan_marked_public, Preset.PARENTS, register)


def test_rejected_candidates_and_drawn_areas() -> None:
    rejected = Region(0, 0, 10, 10, tier=Tier.CHECK, enabled=False)
    assert not face_hidden(rejected, Preset.PUBLIC)  # the user said: not a face
    name_tag = Region(0, 0, 10, 10, source=Source.MANUAL)
    assert all(face_hidden(name_tag, preset) for preset in Preset)
    found_text = Region(0, 0, 10, 10, kind=Kind.TEXT, label="Lotte")
    assert all(face_hidden(found_text, preset) for preset in Preset)  # text stays hidden
    assert [r.enabled for r in apply_preset([PUBLIC_FACE, UNMARKED_FACE], Preset.PUBLIC)] == [
        False,
        True,
    ]


def _pixels(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def _hidden(original: np.ndarray, result: np.ndarray, region: Region) -> bool:
    box = (
        slice(region.y + 10, region.y + region.h - 10),
        slice(region.x + 10, region.x + region.w - 10),
    )
    inside = result[box]
    return bool(inside.std() < 2.0 and np.abs(inside - original[box]).mean() > 15)


@pytest.mark.parametrize(
    ("preset", "expect"),
    [
        (Preset.PUBLIC, {"public": False, "no_photos": True, "unmarked": True}),
        (Preset.PARENTS, {"public": False, "no_photos": True, "unmarked": False}),
        (Preset.ARCHIVE, {"public": False, "no_photos": True, "unmarked": False}),
    ],
)
def test_export_with_preset_hides_the_right_faces(
    tmp_path: Path, preset: Preset, expect: dict[str, bool]
) -> None:
    source = make_photo(tmp_path / "camp.jpg", size=(800, 600), faces=False)
    summary = export_album(
        [ExportJob(source, (PUBLIC_FACE, NO_PHOTOS_FACE, UNMARKED_FACE))],
        tmp_path / "out",
        ExportOptions(format="png", rename=False, preset=preset.value),
        workers=1,
    )
    assert summary.exported == 1, summary.failures
    out = summary.outputs[0]
    assert verify(out).ok
    original = _pixels(source)
    result = _pixels(out)
    assert _hidden(original, result, PUBLIC_FACE) is expect["public"]
    assert _hidden(original, result, NO_PHOTOS_FACE) is expect["no_photos"]
    assert _hidden(original, result, UNMARKED_FACE) is expect["unmarked"]
    if preset is Preset.PUBLIC:
        assert out.name == "album-001.png"  # neutral names
    else:
        assert out.name == "camp.png"


def test_public_caps_the_size_and_parents_reduce_it(tmp_path: Path) -> None:
    source = make_photo(tmp_path / "big.jpg", size=(3000, 2000), faces=False)
    sizes = {}
    for preset in Preset:
        summary = export_album(
            [ExportJob(source)],
            tmp_path / preset.value,
            ExportOptions(format="jpeg", preset=preset.value),
            workers=1,
        )
        sizes[preset] = _pixels(summary.outputs[0]).shape[1::-1]
    assert max(sizes[Preset.PUBLIC]) == 1600
    assert max(sizes[Preset.PARENTS]) == 2048
    assert sizes[Preset.ARCHIVE] == (3000, 2000)


def test_parents_watermark_is_drawn_along_the_bottom(tmp_path: Path) -> None:
    text = watermark_text("Chiro Sint-Pieter")
    assert text == "Chiro Sint-Pieter – enkel voor de ouders / réservé aux parents"
    source = make_photo(tmp_path / "p.jpg", size=(1200, 800), faces=False)
    summary = export_album(
        [ExportJob(source)],
        tmp_path / "out",
        ExportOptions(format="png", preset="parents", watermark=text),
        workers=1,
    )
    original = _pixels(source)
    result = _pixels(summary.outputs[0])
    assert np.abs(result[-20:] - original[-20:]).mean() > 20  # the band
    assert np.abs(result[:600] - original[:600]).mean() < 1.5  # the rest untouched
    band = result[-30:, 100:-100]
    assert band.max() > 200 and band.min() < 60  # white letters on a dark band


def test_watermark_keeps_mode_and_size() -> None:
    image = Image.new("RGBA", (300, 200), (10, 200, 10, 128))
    marked = draw_watermark(image, "x – y")
    assert marked.mode == "RGBA" and marked.size == (300, 200)
    assert draw_watermark(image, "") is image
