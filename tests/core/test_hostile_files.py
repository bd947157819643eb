"""Hostile and odd files (issue 12): devices, pipes, link loops, huge files, transparent
pixels that keep their colour, output folders inside the input, hidden and oddly named
files, temporary files left by a killed run, batch verification of very large photos."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.cli import main
from photosafe_desktop.core.batch import collect_photos, sanitise_batch
from photosafe_desktop.core.errors import UnreadableImageError
from photosafe_desktop.core.imaging import open_image
from photosafe_desktop.core.metadata import inspect
from photosafe_desktop.core.metadata.sanitise import SanitiseOptions, safe_stem
from photosafe_desktop.core.safe_files import (
    printable,
    read_photo_file,
    remove_stale_temp_files,
)
from photosafe_desktop.core.selftest import make_photo

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    if not hasattr(os, "mkfifo") or not Path("/dev/zero").exists():
        pytest.skip("POSIX devices and FIFOs needed")
    zero = tmp_path / "x.jpg"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "f.jpg"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.jpg"
    loop.symlink_to(tmp_path / "loop2.jpg")
    (tmp_path / "loop2.jpg").symlink_to(loop)
    return {"zero": zero, "fifo": fifo, "loop": loop}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", ["zero", "fifo", "loop"])
@pytest.mark.parametrize("reader", [open_image, inspect, read_photo_file])
def test_devices_pipes_and_link_loops_are_refused_at_once(hostile, kind, reader) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnreadableImageError) as caught:
        reader(hostile[kind])
    assert caught.value.code == "not_a_file"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("command", ["inspect", "detect"])
def test_cli_reports_hostile_files_clearly(hostile, command, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main([command, *(str(p) for p in hostile.values())])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("not an ordinary file") == 3
    assert "Traceback" not in err


@pytest.mark.timeout(120)
def test_cli_sanitize_reports_hostile_files_in_a_folder(hostile, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    make_photo(tmp_path / "real.jpg", size=(64, 48), faces=False)
    code = main(["sanitize", str(tmp_path), "--out", str(tmp_path / "out"), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    errors = {Path(f["source"]).name: f.get("error", {}).get("code") for f in document["files"]}
    assert errors == {"f.jpg": "not_a_file", "loop.jpg": "not_a_file", "loop2.jpg": "not_a_file",
                      "real.jpg": None, "x.jpg": "not_a_file"}  # fmt: skip


def test_files_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "p.jpg", size=(64, 48), faces=False)
    with pytest.raises(UnreadableImageError) as caught:
        read_photo_file(photo, max_bytes=100)
    assert caught.value.code == "file_too_large"
    assert read_photo_file(photo) == photo.read_bytes()


def _rgba_with_hidden_text() -> bytes:
    pixels = np.zeros((80, 120, 4), dtype=np.uint8)
    pixels[..., :3] = (250, 10, 10)  # red "text" ...
    pixels[10:30, 10:50, 3] = 255  # ... visible only in the middle
    buffer = io.BytesIO()
    Image.fromarray(pixels, "RGBA").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["png", "webp"])
def test_transparent_pixels_keep_no_colour(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "erased.png"
    source.write_bytes(_rgba_with_hidden_text())
    (tmp_path / "out").mkdir()
    batch = sanitise_batch([source], tmp_path / "out", SanitiseOptions(format=fmt), workers=1)
    assert batch.ok
    assert batch.items[0].result is not None
    with Image.open(batch.items[0].result.output) as out:
        pixels = np.asarray(out.convert("RGBA"))
    hidden = pixels[..., 3] == 0
    assert hidden.any()
    # (lossy WebP smears colour within the 16x16 blocks that hold visible pixels)
    far = hidden.copy()
    far[:32, :64] = False
    assert not pixels[far if fmt == "webp" else hidden, :3].any(), "colour under alpha 0"
    visible = pixels[20, 20, :3].astype(int)
    assert abs(visible - (250, 10, 10)).max() <= 8  # the visible part is untouched


def test_output_folder_inside_the_input_is_not_walked(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    album = tmp_path / "album"
    album.mkdir()
    for i in range(2):
        make_photo(album / f"p{i}.jpg", size=(64, 48), seed=i, faces=False)
    out = album / "safe"
    for _run in range(3):
        assert main(["sanitize", str(album), "--out", str(out)]) == 0
    assert len(list(out.iterdir())) == 2 * 3  # p0.jpg, p0-2.jpg ... never safe/safe/...
    assert all(p.parent == out for p in out.iterdir())
    assert collect_photos([album], exclude=[out]) == sorted(album.glob("*.jpg"))
    # --out equal to the input folder: nothing to re-import either
    assert collect_photos([out], exclude=[out]) == []
    capsys.readouterr()


def test_hidden_photos_are_reported_with_exit_code(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    album = tmp_path / "album"
    album.mkdir()
    make_photo(album / "p.jpg", size=(64, 48), faces=False)
    make_photo(album / ".secret.jpg", size=(64, 48), faces=False)
    (album / ".hidden").mkdir()
    code = main(["sanitize", str(album), "--out", str(tmp_path / "out"), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1 and document["ok"] is False
    reasons = {Path(s["path"]).name: s["reason"] for s in document["skipped"]}
    assert reasons == {".secret.jpg": "hidden", ".hidden": "hidden"}
    assert [Path(f["source"]).name for f in document["files"]] == ["p.jpg"]


def _without_root_read_rights() -> list[str]:
    """A command prefix under which a folder with mode 0 really cannot be read.

    Root reads every folder (CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH), and CI runs as root:
    there the CLI runs with those two capabilities dropped, so the test sees what a user
    sees instead of skipping."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: every folder is readable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    album = tmp_path / "album"
    (album / "locked").mkdir(parents=True)
    make_photo(album / "p.jpg", size=(64, 48), faces=False)
    make_photo(album / "locked" / "q.jpg", size=(64, 48), faces=False)
    os.chmod(album / "locked", 0)
    try:
        result = subprocess.run(
            [
                *_without_root_read_rights(),
                sys.executable,
                "-m",
                "photosafe_desktop.cli",
                "sanitize",
                str(album),
                "--out",
                str(tmp_path / "out"),
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        os.chmod(album / "locked", 0o700)
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["skipped"] == [{"path": str(album / "locked"), "reason": "unreadable_folder"}]
    assert [Path(f["source"]).name for f in document["files"]] == ["p.jpg"]


def test_windows_reserved_names_are_made_safe(tmp_path: Path) -> None:
    assert safe_stem("CON") == "_CON"
    assert safe_stem("nul") == "_nul"
    assert safe_stem("com1.backup") == "_com1.backup"
    assert safe_stem("CONCERT") == "CONCERT"
    source = make_photo(tmp_path / "CON.jpg", size=(64, 48), faces=False)
    (tmp_path / "out").mkdir()
    batch = sanitise_batch([source], tmp_path / "out", workers=1)
    assert batch.items[0].result is not None
    assert batch.items[0].result.output.name == "_CON.jpg"


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    name = "evil\x1b]0;pwned\x07\x1b[2J.jpg"
    make_photo(tmp_path / name, size=(64, 48), faces=False)
    assert "\x1b" not in printable(tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", "sanitize", str(tmp_path),
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "evil" in done.stdout
    assert "\x1b" not in done.stdout + done.stderr and "\x07" not in done.stdout


def test_temporary_files_left_by_a_killed_run_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".photosafe-abc123.tmp"
    stale.write_bytes(b"half a photo")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = out / ".photosafe-def456.tmp"  # another run writing right now: left alone
    fresh.write_bytes(b"being written")
    source = make_photo(tmp_path / "p.jpg", size=(64, 48), faces=False)
    assert sanitise_batch([source], out, workers=1).ok
    assert not stale.exists() and fresh.exists()
    assert remove_stale_temp_files(out, older_than=-1) == 1


def test_batch_parent_verifies_200_megapixel_outputs(tmp_path: Path) -> None:
    """The parent of a batch verifies every output with Pillow: it must use PhotoSafe's
    pixel limit and plugins even when it never opened a photo itself (fresh process)."""
    big = tmp_path / "big.png"
    Image.new("1", (16320, 12240)).save(big)  # 200 MP, a few kB on disk
    script = (
        "import sys, warnings\n"
        "warnings.simplefilter('error')\n"
        "from photosafe_desktop.core.metadata.verify import verify_bytes\n"
        "result = verify_bytes(open(sys.argv[1], 'rb').read())\n"
        "print(result.ok, result.problems)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(big)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("True"), done.stdout


def test_output_names_do_not_depend_on_which_photo_finishes_first(tmp_path: Path) -> None:
    sources = []
    for i, folder in enumerate(("a", "b", "c")):
        (tmp_path / folder).mkdir()
        # the first photo is the largest: with two workers it finishes last
        size = (1600, 1200) if i == 0 else (64, 48)
        sources.append(make_photo(tmp_path / folder / "P.jpg", size=size, seed=i, faces=False))
    names = []
    for run in range(2):
        out = tmp_path / f"out{run}"
        out.mkdir()
        batch = sanitise_batch(sources, out, workers=2)
        assert batch.ok
        names.append([item.result.output.name for item in batch.items if item.result])
    assert names[0] == names[1] == ["P.jpg", "P-2.jpg", "P-3.jpg"]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("workers", [1, 2])
def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path, workers: int) -> None:
    """A 70 KB PNG of 24000 x 24000 pixels (576 MP, under the per-photo cap) took 4.4 GB and
    half a minute; the batch's pixel budget refuses it from its header."""
    bomb = tmp_path / "bomb.png"
    Image.new("1", (24000, 24000)).save(bomb)
    assert bomb.stat().st_size < 200_000
    ok = make_photo(tmp_path / "ok.jpg", size=(64, 48), faces=False)
    (tmp_path / "out").mkdir()
    started = time.monotonic()
    batch = sanitise_batch([bomb, ok], tmp_path / "out", workers=workers)
    assert time.monotonic() - started < 60
    codes = [item.error_code for item in batch.items]
    assert codes == ["too_large_for_memory", None]
    assert batch.items[0].error is not None
    assert "megapixels" in batch.items[0].error.english()


def test_photos_wait_for_the_pixel_budget(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import photosafe_desktop.core.batch as batch_module

    monkeypatch.setattr(batch_module, "pixel_budget", lambda: 64 * 48 + 10)
    sources = [make_photo(tmp_path / f"p{i}.jpg", size=(64, 48), seed=i) for i in range(3)]
    big = make_photo(tmp_path / "big.jpg", size=(65, 48), faces=False)
    (tmp_path / "out").mkdir()
    batch = sanitise_batch([*sources, big], tmp_path / "out", workers=2)
    assert [item.error_code for item in batch.items] == [None, None, None, "too_large_for_memory"]
