"""Exporting an album: the user's regions applied at full resolution, nothing left behind."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from PIL import Image

from photosafe_desktop.core.export import ExportJob, ExportOptions, export_album, write_report
from photosafe_desktop.core.faces.regions import Region
from photosafe_desktop.core.metadata.verify import verify
from photosafe_desktop.core.selftest import make_photo


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_regions_are_hidden_and_outputs_verify(tmp_path: Path) -> None:
    source = make_photo(tmp_path / "Sam.jpg", size=(800, 600), faces=False)
    before = _digest(source)
    region = Region(100, 100, 120, 120, padding=0.0)
    visible = Region(500, 300, 80, 80, enabled=False, padding=0.0)
    summary = export_album(
        [ExportJob(source, (region, visible))],
        tmp_path / "out",
        ExportOptions(format="png", rename=True),
        workers=1,
    )
    assert summary.exported == 1 and summary.faces_hidden == 1 and not summary.failures
    out = summary.outputs[0]
    assert out.name == "album-001.png"
    assert verify(out).ok
    original = np.asarray(Image.open(source).convert("RGB"), dtype=np.int16)
    result = np.asarray(Image.open(out).convert("RGB"), dtype=np.int16)
    inside = result[110:210, 110:210]
    assert inside.std() < 1.0  # a solid fill
    assert np.abs(inside - original[110:210, 110:210]).mean() > 20
    assert np.abs(result[310:370, 510:570] - original[310:370, 510:570]).mean() < 1  # visible
    assert _digest(source) == before


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    sources = [
        make_photo(tmp_path / f"p{i}.jpg", size=(400, 300), seed=i, faces=False) for i in range(4)
    ]
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    summary = export_album(
        [ExportJob(s) for s in sources],
        tmp_path / "out",
        ExportOptions(),
        cancelled=cancelled,
        workers=1,
    )
    assert summary.cancelled and summary.exported == 0
    assert list((tmp_path / "out").iterdir()) == []


def test_a_broken_photo_is_reported_and_the_rest_exported(tmp_path: Path) -> None:
    good = make_photo(tmp_path / "good.jpg", size=(400, 300), faces=False)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff not a jpeg")
    summary = export_album(
        [ExportJob(good), ExportJob(bad)], tmp_path / "out", ExportOptions(rename=False), workers=1
    )
    assert summary.exported == 1
    assert [f.name for f in summary.failures] == ["bad.jpg"]
    assert summary.failures[0].reason.english()


def test_report_never_overwrites(tmp_path: Path) -> None:
    first = write_report(tmp_path, "one\n")
    second = write_report(tmp_path, "two\n")
    assert first.read_text() == "one\n" and second.read_text() == "two\n"
    assert first != second
    assert not list(tmp_path.glob(".*.tmp"))


def test_each_photo_gets_its_own_regions_across_processes(tmp_path: Path) -> None:
    a = make_photo(tmp_path / "a.jpg", size=(400, 300), seed=1, faces=False)
    b = make_photo(tmp_path / "b.jpg", size=(400, 300), seed=2, faces=False)
    jobs = [ExportJob(a, (Region(10, 10, 50, 50, padding=0.0),)), ExportJob(b, ())]
    summary = export_album(
        jobs, tmp_path / "out", ExportOptions(format="png", rename=True), workers=2
    )
    assert [f.faces_hidden for f in summary.files] == [1, 0]
    first = np.asarray(Image.open(summary.files[0].output).convert("RGB"), dtype=np.int16)
    second = np.asarray(Image.open(summary.files[1].output).convert("RGB"), dtype=np.int16)
    assert first[15:55, 15:55].std() < 1.0
    source_b = np.asarray(Image.open(b).convert("RGB"), dtype=np.int16)
    assert np.abs(second[15:55, 15:55] - source_b[15:55, 15:55]).mean() < 1


def test_failures_carry_the_source_path_not_just_the_name(tmp_path: Path) -> None:
    """Two IMG_0001.jpg from different folders: only the broken one is reported."""
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    good = make_photo(tmp_path / "day1" / "IMG_0001.jpg", size=(400, 300), faces=False)
    bad = tmp_path / "day2" / "IMG_0001.jpg"
    bad.write_bytes(b"\xff\xd8\xff not a jpeg")
    summary = export_album(
        [ExportJob(good), ExportJob(bad)], tmp_path / "out", ExportOptions(rename=True), workers=1
    )
    assert [f.source for f in summary.failures] == [bad]
    assert summary.failure_for(bad) is not None
    assert summary.failure_for(good) is None
    assert [f.source for f in summary.files] == [good]
    assert summary.files[0].faces_hidden == 0
