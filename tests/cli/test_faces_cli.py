"""``photosafe detect FILE... --json``: the stable JSON contract and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from photosafe_desktop.cli import main

FACES_PHOTO = "images/lowres416__3_Riot_Riot_3_405.png"  # 3 large faces


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object]:
    code = main(["detect", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_blank_photo_gives_an_empty_face_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.png"
    Image.new("RGB", (320, 200), "white").save(path)
    code, result = run(capsys, str(path))
    assert code == 0
    assert result == [{"file": str(path), "width": 320, "height": 200, "faces": []}]


def test_a_failed_file_sets_error_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.png"
    Image.new("RGB", (50, 40), "white").save(good)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo at all")
    code, result = run(capsys, str(bad), str(good), str(tmp_path / "missing.jpg"))
    assert code == 1
    assert isinstance(result, list) and len(result) == 3
    assert result[0]["file"] == str(bad) and result[0]["error"] and result[0]["faces"] == []
    assert "error" not in result[1] and result[1]["width"] == 50
    assert result[2]["code"] == "not_found"


@pytest.mark.corpus
def test_faces_in_pixels_of_the_displayed_photo(
    faces_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upright = Image.open(faces_corpus / FACES_PHOTO).convert("RGB")
    # stored sideways with EXIF orientation 6: the output must describe the upright photo
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    upright.transpose(Image.Transpose.ROTATE_90).save(buffer, "JPEG", exif=exif.tobytes())
    path = tmp_path / "rotated.jpg"
    path.write_bytes(buffer.getvalue())
    code, result = run(capsys, str(path))
    assert code == 0
    entry = result[0]  # type: ignore[index]
    assert (entry["width"], entry["height"]) == upright.size
    assert set(entry) == {"file", "width", "height", "faces"}
    faces = entry["faces"]
    assert len([f for f in faces if f["tier"] == "sure"]) == 3
    for face in faces:
        assert set(face) == {"x", "y", "w", "h", "score", "tier"}
        assert face["tier"] in ("sure", "check")
        assert 0 <= face["x"] and face["x"] + face["w"] <= upright.width
        assert 0 <= face["y"] and face["y"] + face["h"] <= upright.height
        assert 0 < face["score"] <= 1


def test_plain_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blank.png"
    Image.new("RGB", (40, 40), "white").save(path)
    assert main(["detect", str(path)]) == 0
    assert "0 faces" in capsys.readouterr().out
