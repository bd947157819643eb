"""The real "dirty" files of mat2's test suite: every one is read, sanitised and checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from exiftool_oracle import EXIFTOOL, exiftool_problems, exiftool_tags, sha256

from photosafe_desktop.core.metadata import inspect, sanitise, verify

pytestmark = pytest.mark.corpus


def _photos(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() != ".md")


def test_every_corpus_file_is_sanitised_and_verified(metadata_corpus: Path, tmp_path: Path) -> None:
    photos = _photos(metadata_corpus)
    assert len(photos) >= 9
    before = {p.name: sha256(p) for p in photos}
    outputs = []
    for photo in photos:
        report = inspect(photo)
        assert report.size[0] > 0
        result = sanitise(photo, tmp_path)
        assert result.verification.ok, (photo.name, result.verification.problems)
        assert verify(result.output).ok
        assert inspect(result.output).keys() <= {"file_name.words", "file_name.date"}
        outputs.append(result.output)
    assert {p.name: sha256(p) for p in photos} == before
    if EXIFTOOL is not None:
        tags = exiftool_tags(outputs)
        assert len(tags) == len(outputs)
        problems = {name: exiftool_problems(doc) for name, doc in tags.items()}
        assert not any(problems.values()), problems


def test_corpus_findings(metadata_corpus: Path) -> None:
    """What we know each corpus file carries (checked against exiftool by hand)."""
    expected = {
        "dirty.jpg": {"comments.comment"},
        "dirty.png": {"comments.comment", "time.other"},
        "dirty.gif": {"comments.comment", "image.animation"},
        "dirty.avif": {"people.names", "comments.caption", "hidden_data.xmp"},
        "dirty.tiff": {"device.camera", "time.taken", "device.makernote", "software.name"},
        "dirty.webp": {"hidden_data.exif"},
        "dirty.heic": {"colour_profile.icc"},
        "control_chars.jpg": {"comments.comment"},
    }
    for name, keys in expected.items():
        found = inspect(metadata_corpus / name).keys()
        assert keys <= found, (name, keys - found)


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_sees_the_corpus_as_dirty(metadata_corpus: Path) -> None:
    tags = exiftool_tags(_photos(metadata_corpus))
    dirty = [name for name, doc in tags.items() if exiftool_problems(doc)]
    assert len(dirty) >= 8, dirty
