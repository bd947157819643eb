"""Batches: per-file results and errors, progress, cancel, neutral names, process pool."""

from __future__ import annotations

import os
from pathlib import Path

import dirty_photos
import pytest
from PIL import Image

from photosafe_desktop.core.batch import (
    collect_photos,
    neutral_stems,
    sanitise_batch,
    start_method,
)
from photosafe_desktop.core.metadata import SanitiseOptions


def _album(folder: Path, count: int = 5, broken: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"Sam_{i}.jpg"
        path.write_bytes(dirty_photos.jpeg_oriented(1 + i % 8))
        paths.append(path)
    if broken:
        bad = folder / "letter.jpg"
        bad.write_bytes(dirty_photos.not_an_image())
        paths.insert(2, bad)
    return paths


def test_collect_photos_from_folders(tmp_path: Path) -> None:
    album = tmp_path / "album"
    _album(album / "day1", 2, broken=False)
    (album / ".hidden").mkdir()
    (album / ".hidden" / "x.jpg").write_bytes(b"x")
    (album / "notes.txt").write_text("no")
    extra = tmp_path / "single.dat"
    extra.write_bytes(b"given explicitly: read by content")
    found = collect_photos([album, extra])
    assert [p.name for p in found] == ["Sam_0.jpg", "Sam_1.jpg", "single.dat"]


def test_neutral_stems_grow_with_the_album() -> None:
    assert neutral_stems(2) == ["album-001", "album-002"]
    assert neutral_stems(1000)[-1] == "album-1000"


def test_batch_in_one_process_reports_each_file(tmp_path: Path) -> None:
    paths = _album(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    calls: list[tuple[int, int]] = []
    result = sanitise_batch(
        paths,
        out,
        SanitiseOptions(),
        rename=True,
        workers=1,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(i, len(paths)) for i in range(1, len(paths) + 1)]
    assert not result.ok and not result.cancelled
    assert [i.index for i in result.items] == list(range(len(paths)))
    failed = result.failed
    assert len(failed) == 1 and failed[0].source.name == "letter.jpg"
    assert failed[0].error_code == "not_an_image"
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "album-001.jpg",
        "album-002.jpg",
        "album-004.jpg",
        "album-005.jpg",
        "album-006.jpg",
    ]
    assert all(i.result.verification.ok for i in result.items if i.result)


def test_cancelled_batch_leaves_nothing(tmp_path: Path) -> None:
    paths = _album(tmp_path / "in", broken=False)
    out = tmp_path / "out"
    out.mkdir()
    done: list[int] = []
    result = sanitise_batch(
        paths, out, workers=1, progress=lambda d, t: done.append(d), cancel=lambda: len(done) >= 2
    )
    assert result.cancelled and not result.ok
    assert len(result.items) == 2
    assert list(out.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize("start", [None, "spawn"], ids=["default", "spawn"])
def test_process_pool_batch(tmp_path: Path, start: str | None) -> None:
    """``spawn`` is what Windows, macOS and the bundled app use: proven here on Linux too
    (the workers import everything afresh and get their work pickled)."""
    paths = _album(tmp_path / "in", count=7)
    out = tmp_path / "out"
    out.mkdir()
    calls: list[tuple[int, int]] = []
    result = sanitise_batch(
        paths,
        out,
        SanitiseOptions("png"),
        workers=2,
        progress=lambda d, t: calls.append((d, t)),
        start=start,
    )
    assert [d for d, _ in calls] == list(range(1, len(paths) + 1))
    assert len(result.items) == len(paths) and len(result.failed) == 1
    assert len(list(out.iterdir())) == len(paths) - 1
    for item in result.items:
        if item.result is not None:
            assert item.result.output.suffix == ".png" and item.result.verification.ok


@pytest.mark.slow
def test_process_pool_cancel_removes_written_files(tmp_path: Path) -> None:
    paths = _album(tmp_path / "in", count=12, broken=False)
    out = tmp_path / "out"
    out.mkdir()
    done: list[int] = []
    result = sanitise_batch(
        paths, out, workers=2, progress=lambda d, t: done.append(d), cancel=lambda: len(done) >= 1
    )
    assert result.cancelled
    assert 1 <= len(result.items) < len(paths)
    assert list(out.iterdir()) == []


def die_on_odd_width(image: Image.Image) -> tuple[Image.Image, dict[str, int]]:
    """A transform that kills its worker process for one photo (like the OOM killer would)."""
    if image.size[0] % 2:
        os._exit(3)
    return image, {}


@pytest.mark.slow
@pytest.mark.parametrize("start", [None, "spawn"], ids=["default", "spawn"])
def test_a_crashing_worker_fails_only_its_photo(tmp_path: Path, start: str | None) -> None:
    paths = _album(tmp_path / "in", count=6, broken=False)
    odd = tmp_path / "in" / "odd.png"
    Image.new("RGB", (81, 60), "white").save(odd)
    paths.insert(3, odd)
    out = tmp_path / "out"
    out.mkdir()
    result = sanitise_batch(paths, out, workers=2, transform=die_on_odd_width, start=start)
    assert len(result.items) == len(paths)
    failed = result.failed
    assert [(i.source.name, i.error_code) for i in failed] == [("odd.png", "crashed")]
    assert len(list(out.iterdir())) == len(paths) - 1


def test_collect_photos_does_not_follow_folder_links(tmp_path: Path) -> None:
    album = tmp_path / "album"
    _album(album, 1, broken=False)
    try:
        (album / "loop").symlink_to(album, target_is_directory=True)
    except OSError:
        pytest.skip("no symbolic links here")
    assert [p.name for p in collect_photos([album])] == ["Sam_0.jpg"]


@pytest.mark.slow
def test_batch_runs_from_a_worker_thread(tmp_path: Path) -> None:
    """How the UI uses it: from a background thread, with progress and cancel callbacks."""
    import threading

    paths = _album(tmp_path / "in", count=4, broken=False)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[str, int]] = []
    results = []

    def job() -> None:
        results.append(
            sanitise_batch(
                paths,
                out,
                workers=2,
                progress=lambda d, t: seen.append((threading.current_thread().name, d)),
                cancel=lambda: False,
            )
        )

    worker = threading.Thread(target=job, name="ui-task")
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert results[0].ok
    assert [d for _, d in seen] == [1, 2, 3, 4]
    assert {name for name, _ in seen} == {"ui-task"}  # callbacks on the caller's thread


@pytest.mark.parametrize(
    ("system", "frozen", "available", "expected"),
    [
        ("win32", False, ["spawn"], "spawn"),
        ("darwin", False, ["spawn", "fork", "forkserver"], "spawn"),
        ("linux", False, ["fork", "spawn", "forkserver"], "forkserver"),
        ("linux", True, ["fork", "spawn", "forkserver"], "spawn"),  # the bundled app
        ("linux", False, ["fork", "spawn"], "spawn"),
    ],
)
def test_start_method_per_system(
    system: str, frozen: bool, available: list[str], expected: str
) -> None:
    assert start_method(system, frozen, available) == expected
