"""Output names valid on Windows too: reserved device names, trailing dots and spaces,
MAX_PATH (simulated with ``windows=True``, so it runs on every system)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photosafe_desktop.core.filenames import (
    COLLISION_ROOM,
    MAX_PATH,
    MIN_STEM,
    fit_path,
    is_reserved,
    safe_file_name,
    safe_stem,
)
from photosafe_desktop.core.metadata.sanitise import SanitiseOptions, sanitise
from photosafe_desktop.core.selftest import make_photo


@pytest.mark.parametrize(
    "name",
    ["CON", "con", "aux.png", "CON.jpg", "Lpt1", "LPT9.tar.gz", "nul .txt", "COM¹", "PRN"],
)
def test_reserved_device_names_are_recognised(name: str) -> None:
    assert is_reserved(name)


@pytest.mark.parametrize("name", ["CONCERT", "console.jpg", "LPT10", "COM0x", "aux-2", "photo"])
def test_ordinary_names_are_not_reserved(name: str) -> None:
    assert not is_reserved(name)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("CON", "_CON"),
        ("aux", "_aux"),
        ("LPT1", "_LPT1"),
        ("CON.", "_CON"),  # trailing dot dropped first, then still reserved
        ("holiday. . ", "holiday"),
        ("  .hidden", "hidden"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("tab\there", "tab_here"),
        ("...", "photo"),
        ("", "photo"),
        ("Zoë en Théo", "Zoë en Théo"),
    ],
)
def test_safe_stem(stem: str, expected: str) -> None:
    assert safe_stem(stem) == expected


@given(st.text(max_size=300))
def test_safe_stem_is_always_valid_on_windows(stem: str) -> None:
    result = safe_stem(stem)
    assert result and len(result) <= 120
    assert not is_reserved(result)
    assert result[-1] not in ". " and result[0] not in ". "
    assert not set(result) & set('<>:"/\\|?*') and all(ord(c) >= 32 for c in result)


def test_long_paths_are_shortened_on_windows_only() -> None:
    folder = "C:\\Users\\Ouder\\" + "Documents\\" * 20  # 216 characters
    stem = "zomerkamp-2026-" + "x" * 100
    fitted = fit_path(folder, stem, ".jpg", windows=True)
    assert fitted == stem[: len(fitted)] and len(fitted) < len(stem)
    assert len(folder.rstrip("\\")) + 1 + len(fitted) + len(".jpg") + COLLISION_ROOM == MAX_PATH
    assert fit_path(folder, stem, ".jpg", windows=False) == stem
    assert fit_path("C:\\Out", stem, ".jpg", windows=True) == stem  # fits: unchanged
    # deeper than any name can fit: shortened to the minimum, the system reports the rest
    assert len(fit_path("C:\\" + "d" * 300, stem, ".jpg", windows=True)) == MIN_STEM
    assert safe_file_name(folder, "LPT1", ".png", windows=True) == "_LPT1.png"


def test_sanitise_writes_a_reserved_name_safely(tmp_path: Path) -> None:
    source = make_photo(tmp_path / "source.jpg")
    out = tmp_path / "out"
    out.mkdir()
    result = sanitise(source, out, SanitiseOptions(), name="CON ")
    assert result.output.name == "_CON.jpg"
    assert result.output.is_file() and result.verification.ok
