"""`photosafe sanitize` with video clips next to photos (issue 18's contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from photosafe_desktop.core.selftest import make_photo
from photosafe_desktop.core.video import make_clip
from photosafe_desktop.core.video.verify import leftover_tags
from tests.conftest import ROOT

pytest.importorskip("av")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_folder_with_photos_and_a_clip(tmp_path: Path) -> None:
    album = tmp_path / "Kamp"
    album.mkdir()
    make_photo(album / "Kamp_Sam_1.jpg", size=(600, 450))
    make_clip(album / "Kamp_Sam_2.mp4", size=(320, 240), seconds=0.5, fps=10)
    out = tmp_path / "clean"
    result = _run("sanitize", str(album), "--out", str(out), "--obscure", "solid", "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    document = json.loads(result.stdout)
    assert document["ok"] and document["obscure"] == "solid"
    photo, clip = document["files"]
    assert photo["output"].endswith("Kamp_Sam_1.jpg") and "kind" not in photo
    assert clip["ok"] and clip["kind"] == "video"
    assert Path(clip["output"]) == out / "Kamp_Sam_2.mp4"
    assert clip["frames"] == 5
    assert isinstance(clip["faces_hidden"], int)
    assert isinstance(clip["check_candidates"], int)
    assert clip["verification"]["metadata_clean"] is True
    assert clip["verification"]["frames_checked"] >= 1
    assert clip["transform"]["faces_obscured"] == clip["faces_hidden"]
    assert clip["audio"] == "copied"
    assert leftover_tags(out / "Kamp_Sam_2.mp4") == {}


@pytest.mark.slow
def test_one_clip_renamed_without_audio(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "Jan.mov", size=(320, 240), seconds=0.3, fps=10)
    out = tmp_path / "clean"
    result = _run(
        "sanitize", str(clip), "--out", str(out), "--obscure", "none", "--rename",
        "--drop-audio", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    (item,) = json.loads(result.stdout)["files"]
    assert Path(item["output"]) == out / "album-001.mov"
    assert item["audio"] == "dropped" and item["faces_hidden"] == 0
    assert sorted(p.name for p in out.iterdir()) == ["album-001.mov"]


def test_a_damaged_clip_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"not a video at all")
    out = tmp_path / "clean"
    result = _run("sanitize", str(bad), "--out", str(out), "--json")
    assert result.returncode == 1
    (item,) = json.loads(result.stdout)["files"]
    assert item["ok"] is False and item["error"]["code"] == "unreadable_video"
    assert list(out.iterdir()) == []
