"""verify and the container parsers: each allow-list rule can fail on its own."""

from __future__ import annotations

import io
import struct

import dirty_photos
import pytest
from PIL import Image

from photosafe_desktop.core.metadata import bmff, containers, jpeg, verify_bytes


def _clean(fmt: str, mode: str = "RGB", **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (32, 24), (10, 20, 30, 255)[: len(mode)]).save(buffer, fmt, **kwargs)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fmt", "mode", "kwargs"),
    [
        ("JPEG", "RGB", {}),
        ("JPEG", "RGB", {"progressive": True}),
        ("PNG", "RGB", {}),
        ("PNG", "RGBA", {}),
        ("WEBP", "RGB", {"quality": 80}),
        ("WEBP", "RGB", {"lossless": True}),
    ],
)
def test_clean_files_pass(fmt: str, mode: str, kwargs: dict[str, object]) -> None:
    result = verify_bytes(_clean(fmt, mode, **kwargs))
    assert result.ok, result.problems


def test_transparent_webp_with_vp8x_passes() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (32, 24), (10, 20, 30, 0)).save(buffer, "WEBP", quality=80)
    result = verify_bytes(buffer.getvalue())
    assert result.ok, result.problems
    assert "VP8X" in result.blocks


def test_jfif_thumbnail_fails() -> None:
    data = _clean("JPEG")
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x01\x01" + b"\xff\x00\x00"
    segment = b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0
    start = data.index(b"\xff\xe0")
    length = struct.unpack(">H", data[start + 2 : start + 4])[0]
    dirty = data[:start] + segment + data[start + 2 + length :]
    assert "jpeg:APP0-JFIF-thumbnail" in verify_bytes(dirty).problems


@pytest.mark.parametrize(
    ("builder", "problem"),
    [
        (dirty_photos.jpeg_comment, "jpeg:COM"),
        (dirty_photos.jpeg_gps_thumbnail, "jpeg:APP1-exif"),
        (dirty_photos.jpeg_xmp_names, "jpeg:APP1-xmp"),
        (dirty_photos.jpeg_iptc, "jpeg:APP13-photoshop"),
        (dirty_photos.jpeg_display_p3, "jpeg:APP2-icc"),
        (dirty_photos.jpeg_c2pa_adobe, "jpeg:APP11-jumbf"),
        (dirty_photos.jpeg_trailing, "jpeg:trailing-49-bytes"),
        (dirty_photos.png_text_chunks, "png:tEXt"),
        (dirty_photos.png_text_chunks, "png:eXIf"),
        (dirty_photos.png_c2pa, "png:caBX"),
        (dirty_photos.webp_exif_xmp, "webp:VP8X-flag-EXIF"),
        (dirty_photos.webp_exif_xmp, "webp:XMP"),
        (dirty_photos.webp_animated, "webp:VP8X-flag-animation"),
        (dirty_photos.webp_c2pa, "webp:C2PA"),
        (dirty_photos.heic_exif, "container:bmff"),
        (dirty_photos.gif_animated, "container:gif"),
    ],
)
def test_each_kind_of_leftover_fails(builder: dirty_photos.Builder, problem: str) -> None:
    result = verify_bytes(builder())
    assert not result.ok
    assert problem in result.problems, result.problems


def test_truncated_output_fails() -> None:
    data = _clean("PNG")
    assert "png:incomplete" in verify_bytes(data[:-6]).problems


def test_jpeg_parser_finds_scans_and_the_end() -> None:
    data = dirty_photos.jpeg_trailing()
    structure = jpeg.parse(data)
    assert structure.complete and structure.names()[-1] == "EOI"
    assert structure.trailing == 49
    assert "SCAN" in structure.names()


def test_bmff_parser_sees_heic_items() -> None:
    structure = containers.parse(dirty_photos.heic_exif())
    assert structure.container == "bmff" and structure.complete
    kinds = {bmff.item_type(b) for b in structure.walk() if b.name == "infe"}
    assert {"hvc1", "Exif"} <= kinds
    mimes = {bmff.item_content_type(b) for b in structure.walk() if b.name == "infe"}
    assert "application/rdf+xml" in mimes


def test_riff_parser_handles_odd_chunks() -> None:
    structure = containers.parse(dirty_photos.webp_c2pa())
    assert structure.complete and structure.trailing == 0
    assert structure.names()[-1] == "C2PA"
