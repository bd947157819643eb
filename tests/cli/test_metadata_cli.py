"""The stable command-line contract: photosafe inspect / photosafe sanitize."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "metadata"))

import dirty_photos  # noqa: E402

from photosafe_desktop.cli import main  # noqa: E402
from photosafe_desktop.cli.metadata import OBSCURE_MODES  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def album(tmp_path: Path) -> Path:
    folder = tmp_path / "album"
    folder.mkdir()
    (folder / "Sam_camp.jpg").write_bytes(dirty_photos.jpeg_gps_thumbnail())
    (folder / "Lotte.png").write_bytes(dirty_photos.png_text_chunks())
    (folder / "sub").mkdir()
    (folder / "sub" / "phone.heic").write_bytes(dirty_photos.heic_exif())
    return folder


def test_inspect_json(album: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(album / "Sam_camp.jpg"), str(album / "Lotte.png"), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["ok"] is True
    first = document["files"][0]
    assert first["file"].endswith("Sam_camp.jpg") and first["format"] == "JPEG"
    keys = {f["key"] for f in first["findings"]}
    assert {"location.gps", "previews.thumbnail", "people.names"} <= keys
    gps = next(f for f in first["findings"] if f["key"] == "location.gps")
    assert gps["value"] == "50.87920, 4.70097" and gps["severity"] == "high"


def test_inspect_text_and_failure_exit_code(
    album: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    code = main(["inspect", str(album / "Sam_camp.jpg"), str(empty)])
    captured = capsys.readouterr()
    assert code == 1
    assert "This photo shows where it was taken: 50.87920, 4.70097" in captured.out
    assert "This file is empty (0 bytes)." in captured.err


def test_inspect_json_reports_errors_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.jpg"
    letter.write_bytes(dirty_photos.not_an_image())
    assert main(["inspect", str(letter), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is False
    assert document["files"][0]["error"]["code"] == "not_an_image"


def test_sanitize_folder_json(
    album: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clean"
    code = main(["sanitize", str(album), "--out", str(out), "--rename", "--jobs", "1", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["ok"] is True
    files = document["files"]
    assert len(files) == 3
    for entry in files:
        assert entry["ok"] and entry["verification"]["ok"] is True
        assert Path(entry["output"]).parent == out
    names = sorted(Path(e["output"]).name for e in files)
    assert names == ["album-001.png", "album-002.jpg", "album-003.jpg"]
    heic = next(e for e in files if e["source"].endswith(".heic"))
    assert heic["output_format"] == "jpeg"
    assert "format_changed" in {n["key"] for n in heic["notes"]}


def test_sanitize_options(album: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "web"
    code = main(
        [
            "sanitize", str(album / "Sam_camp.jpg"), "--out", str(out), "--format", "webp",
            "--quality", "80", "--max-side", "40", "--obscure", "none", "--jobs", "1", "--json",
        ]
    )  # fmt: skip
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 0
    assert entry["output_format"] == "webp" and max(entry["width"], entry["height"]) == 40
    assert Path(entry["output"]).name == "Sam_camp.webp"


def test_sanitize_failure_exit_code(
    album: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = album / "broken.jpg"
    bad.write_bytes(dirty_photos.truncated_jpeg())
    code = main(["sanitize", str(album), "--out", str(tmp_path / "o"), "--jobs", "1", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1 and document["ok"] is False
    failed = [f for f in document["files"] if not f["ok"]]
    assert len(failed) == 1 and failed[0]["error"]["code"] == "damaged"
    assert len([f for f in document["files"] if f["ok"]]) == 3


def test_sanitize_no_photos(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["sanitize", str(empty), "--out", str(tmp_path / "o"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "no_photos"


@pytest.mark.parametrize(
    "args",
    [
        ["sanitize", "x.jpg"],  # --out is required
        ["sanitize", "x.jpg", "--out", "o", "--quality", "0"],
        ["sanitize", "x.jpg", "--out", "o", "--format", "gif"],
        ["sanitize", "x.jpg", "--out", "o", "--obscure", "pixelate-weakly"],
        ["inspect"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2


def test_obscure_choices_are_extensible() -> None:
    assert "none" in OBSCURE_MODES and OBSCURE_MODES["none"] is None


@pytest.mark.slow
def test_real_command_in_a_subprocess(album: Path, tmp_path: Path) -> None:
    out = tmp_path / "clean"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "photosafe_desktop.cli",
            "sanitize",
            str(album),
            "--out",
            str(out),
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert len(document["files"]) == 3 and document["ok"]
    inspected = subprocess.run(
        [
            sys.executable,
            "-m",
            "photosafe_desktop.cli",
            "inspect",
            *sorted(map(str, out.iterdir())),
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert inspected.returncode == 0
    for entry in json.loads(inspected.stdout)["files"]:
        assert {f["key"] for f in entry["findings"]} <= {"file_name.words"}


@pytest.mark.slow
def test_any_character_in_metadata_survives_an_ascii_console(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, "JPEG", comment="Zoë 🎒 kamp".encode())
    photo.write_bytes(buffer.getvalue())
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"}
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "photosafe_desktop.cli", "inspect", str(photo), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stderr
    comment = json.loads(result.stdout)["files"][0]["findings"][0]
    assert comment["value"] == "Zoë 🎒 kamp"
