"""Text detection: generated name tags, shirts, signs and plates are found, read, hidden and
verified; the DB post-processing on known maps; the bundled text models' checksums."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from photosafe_desktop.core.export import ExportJob, ExportOptions, export_album
from photosafe_desktop.core.faces import models as face_models
from photosafe_desktop.core.faces.obscure import make_obscure_transform, obscure
from photosafe_desktop.core.faces.regions import (
    Kind,
    Region,
    Source,
    regions_from_json,
    regions_to_json,
)
from photosafe_desktop.core.text import (
    TextModelError,
    detect_text,
    text_region,
    verify_text_hidden,
)
from photosafe_desktop.core.text import models as text_models
from photosafe_desktop.core.text.detect import _label_runs, _runs, boxes_from_probability
from photosafe_desktop.core.text.samples import PlacedText, default_fonts, draw_text_element


def _covered(
    line: PlacedText, boxes: list[tuple[int, int, int, int]], size: tuple[int, int]
) -> float:
    mask = Image.new("1", size, 0)
    ImageDraw.Draw(mask).polygon(list(line.corners), fill=1)
    ink = np.asarray(mask, dtype=bool)
    under = np.zeros(ink.shape, dtype=bool)
    for x, y, w, h in boxes:
        under[y : y + h, x : x + w] = True
    return float(under[ink].mean())


def _photo() -> tuple[Image.Image, list[PlacedText]]:
    """A grassy scene with a sign, a name tag, a shirt print and a number plate."""
    rng = np.random.default_rng(3)
    pixels = np.clip(np.array([90, 140, 70]) + rng.normal(0, 14, (720, 960, 3)), 0, 255).astype(
        np.uint8
    )
    photo = Image.fromarray(pixels)
    regular, bold = default_fonts()
    placed = [
        draw_text_element(photo, "sign", "Sint-Jansschool", bold, 40, 0, (40, 40)),
        draw_text_element(photo, "name_tag", "Lotte", regular, 16, 8, (620, 80)),
        draw_text_element(photo, "shirt", "CHIRO SINT-JAN", bold, 24, -10, (80, 330)),
        draw_text_element(photo, "plate", "1-ABC-234", bold, 30, 0, (520, 560)),
    ]
    return photo, placed


@pytest.fixture(scope="module")
def scene() -> tuple[Image.Image, list[PlacedText]]:
    return _photo()


def test_generated_text_is_found_and_read(scene: tuple[Image.Image, list[PlacedText]]) -> None:
    photo, placed = scene
    found = detect_text(photo)
    boxes = [(r.x, r.y, r.w, r.h) for r in found]
    for line in placed:
        assert _covered(line, boxes, photo.size) >= 0.7, line.text
    assert len(found) <= len(placed) + 1  # grass is not text
    words = " ".join(r.text for r in found).upper()
    assert "SINT-JANSSCHOOL" in words and "1-ABC-234" in words


def test_a_blank_or_tiny_picture_has_no_text() -> None:
    assert detect_text(Image.new("RGB", (640, 480), (128, 128, 128))) == []
    assert detect_text(Image.new("RGB", (10, 10), "white")) == []


def test_text_regions_are_hidden_and_verified(scene: tuple[Image.Image, list[PlacedText]]) -> None:
    photo, _placed = scene
    regions = [text_region(line) for line in detect_text(photo)]
    assert regions and all(r.kind is Kind.TEXT for r in regions)
    assert verify_text_hidden(photo, []) != []  # the check can fail
    hidden = obscure(photo, regions, effect="pixelate")
    assert verify_text_hidden(hidden, regions) == []
    words = " ".join(r.text for r in detect_text(hidden)).upper()
    assert not any(w in words for w in ("LOTTE", "SINT", "CHIRO", "ABC"))  # nothing readable


def test_the_transform_hides_text_only_when_asked(
    scene: tuple[Image.Image, list[PlacedText]],
) -> None:
    photo, placed = scene
    without = make_obscure_transform("solid")
    output, face_report = without(photo)
    assert "texts_found" not in face_report.to_json()  # unchanged without the flag
    assert not face_report.text_checked
    assert len(detect_text(output)) >= len(placed) - 1

    output, text_report = make_obscure_transform("solid", text=True)(photo)
    assert text_report.texts_hidden >= len(placed)
    report = text_report.to_json()  # the stable JSON keys
    assert report["texts_obscured"] >= len(placed)
    assert report["verified"] and report["texts_unobscured"] == []
    assert {"x", "y", "w", "h", "score", "text"} == set(report["texts"][0])
    assert detect_text(output) == []  # solid boxes leave nothing that looks like text
    before = np.asarray(photo, dtype=np.int16)
    after = np.asarray(output, dtype=np.int16)
    assert np.abs(after[200:300, 500:700] - before[200:300, 500:700]).max() == 0  # grass kept


def test_export_hides_reviewed_text_regions(
    tmp_path: Path, scene: tuple[Image.Image, list[PlacedText]]
) -> None:
    photo, _placed = scene
    source = tmp_path / "kamp.png"
    photo.save(source)
    regions = tuple(text_region(line) for line in detect_text(photo))
    face = Region(300, 200, 40, 40)  # a manual face box
    summary = export_album(
        [ExportJob(source, (*regions, face))],
        tmp_path / "out",
        ExportOptions(format="png", effect="solid"),
        workers=1,
    )
    assert summary.exported == 1
    # the copy is searched for text again: what looks like text beside a ticked line (the
    # edges of adjacent solid boxes) is hidden too, nothing is left readable
    assert len(regions) <= summary.texts_hidden <= len(regions) + 2
    assert summary.faces_hidden == 1 and summary.texts_readable == 0
    with Image.open(summary.outputs[0]) as out:
        hidden = out.convert("RGB")
    # every line found before lies under a hidden box; nothing readable is left (the edges
    # of adjacent solid boxes may still look like a line: sanitize's extra round hides those)
    left = verify_text_hidden(hidden, regions)
    assert all(not line.text for line in left) and len(left) <= 1
    words = " ".join(r.text for r in detect_text(hidden)).upper()
    assert not any(w in words for w in ("LOTTE", "SINT", "CHIRO", "ABC"))
    assert all(detect_text(hidden.crop(r.padded_box(hidden.size))) == [] for r in regions)


@pytest.mark.parametrize(
    ("preset", "watermark"), [("parents", "Alleen voor ouders"), ("archive", None), (None, "x")]
)
def test_a_preset_export_checks_the_copy_for_text_too(
    tmp_path: Path,
    scene: tuple[Image.Image, list[PlacedText]],
    preset: str | None,
    watermark: str | None,
) -> None:
    """The sharing presets and the watermark go through the same transform as a plain export:
    a ticked line that sticks out of its box is hidden by the copy check, text lines are not
    counted as faces, and the watermark (text drawn last) is not taken for a readable line."""
    photo, _placed = scene
    source = tmp_path / "kamp.png"
    photo.save(source)
    lines = detect_text(photo)
    sign = next(line for line in lines if "Sint" in line.text)
    small = text_region(sign).replace(w=sign.w // 3, padding=0.0)  # the rest sticks out
    face = Region(300, 200, 40, 40, source=Source.MANUAL)
    summary = export_album(
        [ExportJob(source, (small, face))],
        tmp_path / "out",
        ExportOptions(format="png", effect="solid", preset=preset, watermark=watermark),
        workers=1,
    )
    assert summary.exported == 1 and summary.faces_hidden == 1
    assert summary.texts_hidden >= 2 and summary.texts_readable == 0  # hidden again
    with Image.open(summary.outputs[0]) as out:
        words = " ".join(line.text for line in detect_text(out.convert("RGB")))
    assert "Sint" not in words and "school" not in words


def test_text_regions_round_trip_and_faces_keep_their_json() -> None:
    region = text_region(detect_text_stub())
    back = regions_from_json(regions_to_json([region]))[0]
    assert back == region and back.kind is Kind.TEXT and back.label == "KSA"
    assert region.text_dict() == {"x": 4, "y": 5, "w": 60, "h": 20, "score": 0.9, "text": "KSA"}
    assert "kind" not in Region(1, 2, 3, 4).to_dict()


def detect_text_stub():  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.text.detect import TextRegion

    return TextRegion(4, 5, 60, 20, 0.9, "KSA")


def test_runs_are_labelled_as_8_connected_components() -> None:
    mask = np.zeros((8, 12), dtype=bool)
    mask[1, 1:4] = True  # a U shape: one component
    mask[2:5, 1] = True
    mask[2:5, 3] = True
    mask[5, 4] = True  # diagonal neighbour of (4, 3): same component
    mask[1:3, 8:11] = True  # a separate block
    rows, starts, ends = _runs(mask)
    roots = _label_runs(rows, starts, ends, mask.shape[1])
    assert len(set(roots.tolist())) == 2


def test_db_boxes_are_unclipped_and_follow_rotation() -> None:
    prob = np.zeros((200, 300), dtype=np.float32)
    prob[50:60, 40:240] = 0.9  # a level kernel 200 x 10
    (box,) = boxes_from_probability(prob)
    # DB's 2x2 dilation makes the kernel 201 x 11 (x 40-240, y 50-60); unclip distance
    # d = 201 * 11 * 1.6 / (2 * 212) = 8.34 px on every side
    d = 201 * 11 * 1.6 / (2 * 212)
    assert (box.x1, box.x2) == pytest.approx((40 - d, 241 + d), abs=0.3)
    assert (box.y1, box.y2) == pytest.approx((50 - d, 61 + d), abs=0.3)
    tilted = np.asarray(Image.fromarray((prob * 255).astype(np.uint8)).rotate(30), np.float32)
    (box,) = boxes_from_probability(tilted / 255)
    assert abs(abs(box.angle) - 30) < 3
    assert box.x2 - box.x1 < 215 and box.y2 - box.y1 > 100  # the box of the tilted line
    assert boxes_from_probability(prob * 0.5) == []  # below the box threshold


def test_bundled_text_models_pass_their_checksums(tmp_path: Path) -> None:
    for name in (text_models.TEXT_DETECTOR, text_models.TEXT_RECOGNISER):
        assert len(text_models.read_text_model(name)) > 1_000_000
    folder = face_models.models_dir()
    assert "rapidocr-onnxruntime 1.4.4" in (folder / "PROVENANCE.md").read_text(encoding="utf-8")
    assert (folder / "LICENSE-ppocr-rapidocr-Apache-2.0.txt").read_text().count("Apache") > 3
    copy = tmp_path / "models"
    shutil.copytree(folder, copy)
    data = bytearray((copy / text_models.TEXT_DETECTOR).read_bytes())
    data[len(data) // 3] ^= 0x01
    (copy / text_models.TEXT_DETECTOR).write_bytes(bytes(data))
    with pytest.raises(face_models.ModelError) as info:
        face_models.read_verified(text_models.TEXT_DETECTOR, copy)
    assert info.value.code == "model_checksum"


def test_a_damaged_text_model_gives_a_text_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy = tmp_path / "models"
    shutil.copytree(face_models.models_dir(), copy)
    (copy / text_models.TEXT_RECOGNISER).write_bytes(b"tampered")
    monkeypatch.setattr(face_models, "models_dir", lambda: copy)
    with pytest.raises(TextModelError) as info:
        text_models.read_text_model(text_models.TEXT_RECOGNISER)
    assert info.value.code == "model_checksum"
    assert "text-detection model" in info.value.message.english()


def test_the_copy_check_hides_text_that_sticks_out_of_a_ticked_box(
    scene: tuple[Image.Image, list[PlacedText]],
) -> None:
    from photosafe_desktop.core.text.copy_check import check_ticked_text

    photo, _placed = scene
    lines = detect_text(photo)
    sign = next(line for line in lines if "Sint" in line.text)
    # the user shrank the sign's box to its left third and unticked every other line
    small = text_region(sign).replace(w=sign.w // 3, padding=0.0)
    others = [text_region(line, enabled=False) for line in lines if line is not sign]
    output = obscure(photo, [small])
    checked, report = check_ticked_text(output, [small, *others], "solid")
    assert report.checked and report.hidden_again >= 1 and report.readable == ()
    words = " ".join(line.text for line in detect_text(checked))
    assert "Sint" not in words and "school" not in words
    assert "CHIRO" in words  # unticked lines stay as the user chose
    # nothing ticked: the copy is not scanned at all
    same, nothing = check_ticked_text(photo, others, "solid")
    assert same is photo and not nothing.checked


def test_the_8_bit_detector_finds_what_the_float_model_finds(
    scene: tuple[Image.Image, list[PlacedText]],
) -> None:
    """The app runs PP-OCRv4's detector quantised to 8 bits (tools/quantize_models.py):
    on the generated scene it finds the same lines as the float model it was made from."""
    from photosafe_desktop.core.faces.regions import iou

    photo, _placed = scene
    rgb = np.asarray(photo)
    float_model = text_models.TextDetector(face_models.read_verified("ch_PP-OCRv4_det_infer.onnx"))
    assert text_models.TEXT_DETECTOR == "ch_PP-OCRv4_det_int8.onnx"
    int8 = boxes_from_probability(text_models.text_detector().probability(rgb))
    full = boxes_from_probability(float_model.probability(rgb))
    assert len(int8) == len(full) >= 4
    for box in full:
        best = max(iou((b.x1, b.y1, b.x2, b.y2), (box.x1, box.y1, box.x2, box.y2)) for b in int8)
        assert best > 0.8
