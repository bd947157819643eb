"""``photosafe detect --json --text`` and ``photosafe sanitize --hide-text``: the contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photosafe_desktop.cli import main
from photosafe_desktop.core.metadata.verify import verify
from photosafe_desktop.core.text.samples import default_fonts, draw_text_element
from tests.conftest import ROOT

SIGN_INK = (0, 0, 0, 0)


def _sign(path: Path) -> Path:
    global SIGN_INK
    photo = Image.new("RGB", (800, 600), (110, 150, 90))
    sign = draw_text_element(photo, "sign", "Kerkstraat 12", default_fonts()[1], 36, 0, (100, 80))
    draw_text_element(photo, "plate", "1-XKP-917", default_fonts()[1], 28, 0, (420, 420))
    SIGN_INK = sign.box
    photo.save(path)
    return path


def test_detect_text_adds_texts_in_upright_pixels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sign(tmp_path / "sign.png")
    # the same photo stored sideways with an EXIF orientation: boxes in upright pixels
    turned = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display
    Image.open(path).transpose(Image.Transpose.ROTATE_90).save(turned, exif=exif, quality=95)
    code = main(["detect", str(path), str(turned), "--json", "--text"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    for entry in result:
        assert set(entry) == {"file", "width", "height", "faces", "texts"}
        assert (entry["width"], entry["height"]) == (800, 600)
        texts = entry["texts"]
        assert len(texts) == 2
        assert all(set(t) == {"x", "y", "w", "h", "score", "text"} for t in texts)
        sign = min(texts, key=lambda t: t["y"])
        left, top, right, bottom = SIGN_INK  # the ink of the sign's words, upright pixels
        assert sign["x"] <= left + 3 and sign["y"] <= top + 3
        assert sign["x"] + sign["w"] >= right - 3 and sign["y"] + sign["h"] >= bottom - 3
        assert sign["w"] < (right - left) * 1.3 and sign["h"] < (bottom - top) * 2.5
        assert "KERKSTRAAT" in sign["text"].upper()


def test_detect_without_text_keeps_the_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sign(tmp_path / "sign.png")
    assert main(["detect", str(path), "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert set(entry) == {"file", "width", "height", "faces"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "photosafe_desktop.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_sanitize_hide_text_hides_and_verifies(tmp_path: Path) -> None:
    path = _sign(tmp_path / "Kamp_Lotte.png")
    out = tmp_path / "out"
    result = _run(
        "sanitize", str(path), "--out", str(out), "--obscure", "pixelate", "--hide-text",
        "--format", "png", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["hide_text"] is True and doc["obscure"] == "pixelate"
    (item,) = doc["files"]
    report = item["transform"]
    assert report["texts_found"] == 2 and report["texts_obscured"] >= 2
    assert report["verified"] and report["texts_unobscured"] == []
    output = Path(item["output"])
    assert verify(output).ok
    before = np.asarray(Image.open(path).convert("RGB"), dtype=np.int16)
    after = np.asarray(Image.open(output).convert("RGB"), dtype=np.int16)
    assert np.abs(after[80:130, 100:400] - before[80:130, 100:400]).mean() > 5  # sign hidden
    assert np.abs(after[300:380, 0:300] - before[300:380, 0:300]).max() == 0  # grass kept


def test_sanitize_without_hide_text_reports_no_text(tmp_path: Path) -> None:
    path = _sign(tmp_path / "a.png")
    result = _run(
        "sanitize", str(path), "--out", str(tmp_path / "o"), "--obscure", "solid", "--json"
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert "hide_text" not in doc
    assert not any(key.startswith("texts") for key in doc["files"][0]["transform"])


def test_hide_text_needs_an_effect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sign(tmp_path / "a.png")
    code = main(["sanitize", str(path), "--out", str(tmp_path / "o"), "--hide-text"])
    assert code == 2
    assert "--obscure" in capsys.readouterr().err
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_sanitize_hide_text_prints_a_plain_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --json the summary names the faces and the text lines hidden."""
    path = _sign(tmp_path / "Kamp_Lotte.png")
    out = tmp_path / "out"
    code = main(["sanitize", str(path), "--out", str(out), "--obscure", "solid", "--hide-text"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "faces hidden: 0" in printed
    assert "text lines hidden: 2" in printed
