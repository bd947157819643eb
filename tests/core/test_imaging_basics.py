from __future__ import annotations

import io

import pytest
from PIL import Image

from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.imaging import open_image


def _jpeg(size=(40, 20), color=(200, 10, 10)) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG")
    return buf.getvalue()


def test_reads_by_content_not_extension(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "holiday.png"  # a JPEG with the wrong extension
    path.write_bytes(_jpeg())
    decoded = open_image(path)
    assert decoded.format == "JPEG"
    assert decoded.size == (40, 20)


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty_file"), (b"hello, not a photo", "not_an_image")],
)
def test_unreadable_inputs_give_a_code(data: bytes, code: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.jpg"
    path.write_bytes(data)
    with pytest.raises(UnreadableImageError) as info:
        open_image(path)
    assert info.value.code == code
    assert info.value.message.english()


def test_truncated_jpeg_is_reported_as_damaged() -> None:
    data = _jpeg((400, 300))
    with pytest.raises(UnreadableImageError) as info:
        open_image(data[: len(data) // 2])
    assert info.value.code == "damaged"


def test_bomb_is_refused_before_decoding() -> None:
    buf = io.BytesIO()
    Image.new("1", (30000, 30000)).save(buf, "PNG")
    with pytest.raises(UnreadableImageError) as info:
        open_image(buf.getvalue(), max_pixels=100_000_000)
    assert info.value.code == "too_large"
