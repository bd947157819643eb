"""sanitise: nothing but the pixels survives, the pixels look right, originals stay intact."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import dirty_photos
import numpy as np
import pytest
from exiftool_oracle import EXIFTOOL, exiftool_problems, exiftool_tags, sha256
from PIL import Image

from photosafe_desktop.core.errors import OutputError, UnreadableImageError
from photosafe_desktop.core.metadata import (
    SanitiseOptions,
    inspect,
    sanitise,
    verify,
)
from photosafe_desktop.core.metadata.sanitise import NEUTRAL_FILE_TIME, write_photo


def _notes(result) -> set[str]:
    return {n.key for n in result.notes}


@pytest.mark.parametrize("name", sorted(dirty_photos.ALL))
def test_output_is_verified_and_holds_no_secret(sanitised: Any, name: str) -> None:
    result = sanitised.results[name]
    assert result.verification.ok, result.verification.problems
    data = result.output.read_bytes()
    for secret in dirty_photos.SECRETS:
        assert secret not in data, f"{name}: {secret!r} survived"
    assert verify(result.output).ok
    # nothing a finding would report, except what the (kept) file name says
    assert inspect(result.output).keys() - {"file_name.words", "file_name.date"} == set()


def test_originals_are_byte_identical(sanitised: Any) -> None:
    assert sanitised.hashes_before == sanitised.hashes_after
    assert len(sanitised.hashes_before) == len(dirty_photos.ALL)


def test_no_temporary_files_are_left(sanitised: Any) -> None:
    names = [p.name for p in sanitised.out_dir.iterdir()]
    assert not [n for n in names if n.startswith(".photosafe-")]
    assert len(names) == len(dirty_photos.ALL)


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_sees_only_structure(sanitised: Any) -> None:
    outputs = [r.output for r in sanitised.results.values()]
    tags = exiftool_tags(outputs)
    assert len(tags) == len(outputs)
    problems = {name: exiftool_problems(t) for name, t in tags.items()}
    assert not any(problems.values()), problems


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_the_exiftool_check_can_fail(dirty_dir: Path) -> None:
    tags = exiftool_tags(sorted(dirty_dir.iterdir()))
    for name, document in tags.items():
        if name.endswith(".png") and "12" in name:
            continue  # the 16-bit ramp carries no metadata
        if name == "IMG_0009.jpg":
            continue  # exiftool does not report text after EOI: our own verify does
        assert exiftool_problems(document), f"{name} looks clean to the oracle"


def test_dirty_inputs_fail_verification(dirty_dir: Path) -> None:
    for file_name, _builder, keys in dirty_photos.ALL.values():
        path = dirty_dir / file_name
        if not keys or path.suffix in (".heic", ".gif"):
            continue
        assert not verify(path).ok, file_name


@pytest.mark.parametrize("orientation", range(1, 9))
def test_orientation_is_baked_into_the_pixels(tmp_path: Path, orientation: int) -> None:
    source = tmp_path / f"o{orientation}.jpg"
    source.write_bytes(dirty_photos.jpeg_oriented(orientation))
    result = sanitise(source, tmp_path / "out" if False else tmp_path, SanitiseOptions("png"))
    with Image.open(result.output) as out:
        assert out.size == (80, 60)
        colours = dirty_photos.quadrant_colours(out)
    for got, want in zip(colours, dirty_photos.UPRIGHT_COLOURS, strict=True):
        assert max(abs(g - w) for g, w in zip(got, want, strict=True)) < 25, (colours,)
    assert ("rotated" in _notes(result)) is (orientation != 1)


def test_display_p3_colours_are_converted_not_dropped(sanitised: Any) -> None:
    result = sanitised.results["display_p3"]
    with Image.open(result.output) as out:
        pixel = np.asarray(out.convert("RGB"))[30, 40].astype(int)
    expected = np.array(dirty_photos.expected_srgb_from_p3(dirty_photos.P3_COLOUR))
    naive = np.array(dirty_photos.P3_COLOUR)
    assert np.abs(pixel - expected).max() <= 6, (pixel, expected)
    assert np.abs(pixel - naive).max() >= 15, "the profile was dropped, not converted"
    assert "colour_converted" in _notes(result)


def test_cmyk_jpeg_comes_out_red(sanitised: Any) -> None:
    with Image.open(sanitised.results["cmyk"].output) as out:
        assert out.mode == "RGB"
        r, g, b = np.asarray(out)[30, 40].astype(int)
    assert r > 200 and g < 50 and b < 50


def test_16bit_png_is_scaled_to_8bit(sanitised: Any) -> None:
    result = sanitised.results["png16"]
    assert result.output_format == "png"
    with Image.open(result.output) as out:
        row = np.asarray(out.convert("L"))[8]
    assert row[0] == 0 and row[-1] == 255
    assert abs(int(row[32]) - 130) <= 3  # 65535 * 32/63 -> 129.5


def test_palette_transparency_is_kept(sanitised: Any) -> None:
    with Image.open(sanitised.results["palette_alpha"].output) as out:
        assert out.mode == "RGBA"
        pixels = np.asarray(out)
    assert pixels[5, 5, 3] == 0  # palette index 0 was transparent
    assert tuple(pixels[5, 30]) == (0, 0, 255, 255)


@pytest.mark.parametrize("name", ["gif_animated", "webp_animated"])
def test_animations_keep_the_first_frame(sanitised: Any, name: str) -> None:
    result = sanitised.results[name]
    assert "first_frame_only" in _notes(result)
    with Image.open(result.output) as out:
        assert getattr(out, "n_frames", 1) == 1
        r, g, b = np.asarray(out.convert("RGB"))[16, 24].astype(int)
    assert r > 200 and g < 60 and b < 60


def test_heic_is_written_as_jpeg_and_said_so(sanitised: Any) -> None:
    result = sanitised.results["heic_exif"]
    assert result.input_format == "HEIF"
    assert result.output_format == "jpeg" and result.output.suffix == ".jpg"
    note = next(n for n in result.notes if n.key == "format_changed")
    assert (
        note.message.english() == "This HEIC file was saved as JPEG, which every device can open."
    )


def test_mpf_extra_images_are_left_out(sanitised: Any) -> None:
    result = sanitised.results["mpf"]
    assert "extra_images_removed" in _notes(result)
    assert result.output.read_bytes().count(b"\xff\xd8") == 1


def test_wrong_extension_is_read_by_content(sanitised: Any) -> None:
    result = sanitised.results["wrong_extension"]
    assert result.input_format == "PNG"
    assert result.output.suffix == ".png"


@pytest.mark.parametrize(("fmt", "suffix"), [("jpeg", ".jpg"), ("png", ".png"), ("webp", ".webp")])
def test_output_formats(tmp_path: Path, fmt: str, suffix: str) -> None:
    source = tmp_path / "in.heic"
    source.write_bytes(dirty_photos.heic_exif())
    result = sanitise(source, tmp_path, SanitiseOptions(fmt))
    assert result.output.suffix == suffix and result.output_format == fmt
    assert verify(result.output).ok


def test_transparency_to_jpeg_becomes_white(tmp_path: Path) -> None:
    source = tmp_path / "alpha.png"
    source.write_bytes(dirty_photos.png_palette_transparent())
    result = sanitise(source, tmp_path, SanitiseOptions("jpeg"))
    assert "transparency_removed" in _notes(result)
    with Image.open(result.output) as out:
        assert min(np.asarray(out)[5, 5]) > 240


def test_max_side_downscales(tmp_path: Path) -> None:
    source = tmp_path / "big.jpg"
    source.write_bytes(dirty_photos.jpeg_oriented(6))
    result = sanitise(source, tmp_path, SanitiseOptions(max_side=40))
    assert result.size == (40, 30)
    assert "downscaled" in _notes(result)


def test_transform_gets_the_upright_full_image_and_its_report_is_kept(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def black_top_left(image: Image.Image) -> tuple[Image.Image, dict[str, int]]:
        seen.append(image.size)
        image = image.copy()
        image.paste((0, 0, 0), (0, 0, 40, 30))
        return image, {"faces": 1}

    source = tmp_path / "rotated.jpg"
    source.write_bytes(dirty_photos.jpeg_oriented(6))
    result = sanitise(
        source, tmp_path, SanitiseOptions("png", max_side=40), transform=black_top_left
    )
    assert seen == [(80, 60)]  # upright and full resolution, before downscaling
    assert result.transform_report == {"faces": 1}
    with Image.open(result.output) as out:
        colours = dirty_photos.quadrant_colours(out)
    assert max(colours[0]) < 20 and colours[1][1] > 150


def test_never_overwrites_unless_asked(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "photo.jpg"
    existing.write_bytes(b"keep me")
    first = sanitise(source, out)
    assert first.output.name == "photo-2.jpg"
    assert existing.read_bytes() == b"keep me"
    replaced = sanitise(source, out, SanitiseOptions(overwrite=True))
    assert replaced.output == existing and existing.read_bytes() != b"keep me"


def test_never_writes_over_the_source(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    before = sha256(source)
    result = sanitise(source, tmp_path)
    assert result.output != source
    assert sha256(source) == before


def test_file_times(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    os.utime(source, (1_500_000_000, 1_500_000_000))
    reset = sanitise(source, tmp_path / ".", SanitiseOptions(), name="a")
    assert reset.output.stat().st_mtime == NEUTRAL_FILE_TIME
    kept = sanitise(source, tmp_path, SanitiseOptions(reset_file_times=False), name="b")
    assert abs(kept.output.stat().st_mtime - time.time()) < 60  # not the original's time


def test_neutral_name(tmp_path: Path) -> None:
    source = tmp_path / "Sam_camp_2019.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    result = sanitise(source, tmp_path, name="album-001")
    assert result.output.name == "album-001.jpg"
    assert "file_name.words" not in inspect(result.output).keys()


@pytest.mark.parametrize("name", sorted(dirty_photos.BROKEN))
def test_broken_inputs_fail_cleanly(tmp_path: Path, name: str) -> None:
    file_name, builder, code = dirty_photos.BROKEN[name]
    source = tmp_path / file_name
    source.write_bytes(builder())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnreadableImageError) as info:
        sanitise(source, out)
    assert info.value.code == code or (name == "corrupt" and info.value.code == "not_an_image")
    assert list(out.iterdir()) == []


def test_missing_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    with pytest.raises(OutputError) as info:
        sanitise(source, tmp_path / "missing")
    assert info.value.code == "no_folder"


def test_write_photo_can_refuse_an_existing_name(tmp_path: Path) -> None:
    target = tmp_path / "x.jpg"
    target.write_bytes(b"old")
    with pytest.raises(OutputError) as info:
        write_photo(b"new", target, find_free_name=False)
    assert info.value.code == "exists"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.jpg"]


def test_rebuilt_image_carries_no_pillow_info(tmp_path: Path) -> None:
    """Pillow re-saves a JPEG comment by itself; our output must not."""
    buffer = io.BytesIO()
    Image.open(io.BytesIO(dirty_photos.jpeg_comment())).save(buffer, "JPEG")
    assert b"secret comment" in buffer.getvalue()  # the pitfall is real
    source = tmp_path / "c.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    assert b"secret comment" not in sanitise(source, tmp_path).output.read_bytes()


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_heic_orientation_is_upright(tmp_path: Path, orientation: int) -> None:
    source = tmp_path / "phone.heic"
    source.write_bytes(dirty_photos.heic_oriented(orientation))
    assert "image.orientation" in inspect(source).keys()
    result = sanitise(source, tmp_path, SanitiseOptions("png"))
    with Image.open(result.output) as out:
        assert out.size == (80, 60)
        colours = dirty_photos.quadrant_colours(out)
    for got, want in zip(colours, dirty_photos.UPRIGHT_COLOURS, strict=True):
        assert max(abs(g - w) for g, w in zip(got, want, strict=True)) < 25, colours


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes here")
def test_extended_attributes_are_not_copied(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_photos.jpeg_comment())
    try:
        os.setxattr(source, "user.xdg.origin.url", b"https://example.org/Sam")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    result = sanitise(source, tmp_path)
    assert os.listxattr(result.output) == []


def test_srgb_profile_is_dropped_without_changing_colours(tmp_path: Path) -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = tmp_path / "srgb.jpg"
    Image.new("RGB", (80, 60), dirty_photos.P3_COLOUR).save(source, quality=95, icc_profile=srgb)
    result = sanitise(source, tmp_path, SanitiseOptions("png"))
    assert "colour_converted" not in _notes(result)
    with Image.open(result.output) as out:
        assert "icc_profile" not in out.info
        pixel = np.asarray(out)[30, 40].astype(int)
    assert np.abs(pixel - np.array(dirty_photos.P3_COLOUR)).max() <= 3
