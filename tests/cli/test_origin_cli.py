"""``photosafe sanitize --preset`` and ``photosafe origin FILE --json``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from photosafe_desktop.cli import main
from tests.origin_helpers import save_with_date, scene


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.slow  # the public preset runs the face detector
def test_sanitize_preset_then_origin_finds_the_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = save_with_date(scene(21, (1800, 1200)), tmp_path / "IMG_0001.jpg")
    code, doc = _run(
        capsys,
        "sanitize",
        str(source),
        "--out",
        str(tmp_path / "out"),
        "--preset",
        "public",
        "--album",
        "Kamp",
        "--json",
        "--jobs",
        "1",
    )
    assert code == 0, doc
    assert doc["preset"] == "public" and doc["obscure"] == "solid" and doc["origin_recorded"]
    item = doc["files"][0]
    assert max(item["width"], item["height"]) == 1600
    assert Path(item["output"]).name == "album-001.jpg"

    with Image.open(item["output"]) as published:
        smaller = published.resize((1280, 853))
    buffer = io.BytesIO()
    smaller.save(buffer, "JPEG", quality=60)
    found = tmp_path / "screenshot.jpg"
    found.write_bytes(buffer.getvalue())
    code, doc = _run(capsys, "origin", str(found), "--json")
    assert code == 0
    assert doc["match"] is True and doc["distance"] <= 31
    assert doc["album"] == "Kamp" and doc["captured"] == "2026-07-14T10:30:00"
    assert doc["exported"]

    other = save_with_date(scene(77), tmp_path / "other.jpg")
    code, doc = _run(capsys, "origin", str(other), "--json")
    assert code == 0 and doc["match"] is False and doc["distance"] is None

    code, doc = _run(capsys, "origin", "--clear", "--json")
    assert code == 0 and doc["cleared"] == 1
    code, doc = _run(capsys, "origin", str(found), "--json")
    assert doc["match"] is False


def test_parents_watermark_and_bad_combinations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = save_with_date(scene(22, (3000, 2000)), tmp_path / "p.jpg")
    code, doc = _run(
        capsys,
        "sanitize",
        str(source),
        "--out",
        str(tmp_path / "o"),
        "--preset",
        "parents",
        "--watermark",
        "Chiro X",
        "--no-origin",
        "--json",
        "--jobs",
        "1",
    )
    assert code == 0 and doc["obscure"] == "none" and "origin_recorded" in doc
    assert doc["files"][0]["transform"]["watermark"] is True
    assert max(doc["files"][0]["width"], doc["files"][0]["height"]) == 2048
    code, doc = _run(capsys, "origin", str(doc["files"][0]["output"]), "--json")
    assert doc["match"] is False  # --no-origin: nothing registered

    code, doc = _run(
        capsys,
        "sanitize",
        str(source),
        "--out",
        str(tmp_path / "x"),
        "--preset",
        "public",
        "--obscure",
        "none",
        "--json",
    )
    assert code == 2 and doc["error"]["code"] == "bad_usage"
    code, doc = _run(
        capsys, "sanitize", str(source), "--out", str(tmp_path / "x"), "--watermark", "G", "--json"
    )
    assert code == 2


def test_origin_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo")
    code, doc = _run(capsys, "origin", str(bad), "--json")
    assert code == 1 and doc["ok"] is False and doc["error"]["code"] == "unreadable"
