"""The one atomic writer: a temporary file in the same folder, fsync, then the name."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from photosafe_desktop.core.errors import OutputError
from photosafe_desktop.core.files import output_error, write_atomically


def test_replaces_an_existing_file_by_default(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    assert write_atomically(b"new", target) == target
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_private_unless_a_mode_is_given(tmp_path: Path) -> None:
    private = write_atomically(b"x", tmp_path / "private")
    shared = write_atomically(b"x", tmp_path / "shared", mode=0o644)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_finds_a_free_name_without_touching_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "x.jpg"
    target.write_bytes(b"old")
    written = write_atomically(b"new", target, overwrite=False, find_free_name=True)
    assert written == tmp_path / "x-2.jpg"
    assert target.read_bytes() == b"old"
    assert written.read_bytes() == b"new"


def test_refuses_an_existing_name(tmp_path: Path) -> None:
    target = tmp_path / "x.jpg"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError) as info:
        write_atomically(b"new", target, overwrite=False)
    assert output_error(info.value).code == "exists"
    assert [p.name for p in tmp_path.iterdir()] == ["x.jpg"]


def test_a_failing_writer_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def half(out: BinaryIO) -> None:
        out.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as info:
        write_atomically(half, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]
    error = output_error(info.value)
    assert isinstance(error, OutputError) and error.code == "disk_full"


def test_a_check_can_refuse_the_complete_file(tmp_path: Path) -> None:
    def refuse(tmp: Path) -> None:
        assert tmp.parent == tmp_path and tmp.read_bytes() == b"content"
        raise ValueError("not what we meant")

    with pytest.raises(ValueError):
        write_atomically(b"content", tmp_path / "a.bin", check=refuse)
    assert list(tmp_path.iterdir()) == []


def test_file_time(tmp_path: Path) -> None:
    written = write_atomically(b"x", tmp_path / "t", file_time=315532800)
    assert int(os.stat(written).st_mtime) == 315532800


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        write_atomically(b"x", tmp_path / "missing" / "a")
    assert output_error(info.value).code == "no_folder"


def test_only_one_writer_in_the_package() -> None:
    """Every file the app writes goes through files.write_atomically."""
    root = Path(__file__).resolve().parents[2] / "photosafe_desktop"
    offenders = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("mkstemp(", "write_text(", "write_bytes(", "os.replace("):
            # the video muxer writes to a temporary path itself, then files.place names it
            allowed = path.name == "files.py" or path.parts[-2:] == ("video", "sanitise.py")
            if needle in text and not allowed:
                offenders.append(f"{path.relative_to(root)}: {needle}")
    assert offenders == []
