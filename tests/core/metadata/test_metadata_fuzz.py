"""Damaged and hostile variants of every fixture: clear errors, never a crash, never a leak."""

from __future__ import annotations

import tempfile
from pathlib import Path

import dirty_photos
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photosafe_desktop.core.errors import PhotoSafeError, UnreadableImageError
from photosafe_desktop.core.metadata import containers, inspect, sanitise, verify_bytes

SEEDS = {name: builder() for name, (_f, builder, _k) in dirty_photos.ALL.items()}


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif kind == "cut":
            data = data[: max(1, pos)]
        else:
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(damaged())
def test_damaged_files_never_crash(data: bytes) -> None:
    structure = containers.parse(data)
    assert structure.end <= structure.size
    try:
        inspect(data, file_name="x.jpg")
    except UnreadableImageError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.bin"
        source.write_bytes(data)
        out = Path(folder) / "out"
        out.mkdir()
        try:
            result = sanitise(source, out)
        except PhotoSafeError:
            assert list(out.iterdir()) == []
        else:
            assert verify_bytes(result.output.read_bytes()).ok
            for secret in dirty_photos.SECRETS:
                assert secret not in result.output.read_bytes()
