"""Photo analysis as a core use-case: read once, faces and metadata, in its own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from photosafe_desktop.core.analysis import PhotoAnalyser, analyse
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.selftest import make_photo


def test_analyse_finds_the_drawn_faces_and_the_metadata(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "Kamp_Sam.jpg", size=(900, 675), seed=1)
    result = analyse(photo)
    assert result.path == photo and result.size == (900, 675)
    assert result.regions, "the drawn faces were not found"
    keys = {finding.key for finding in result.findings}
    assert any(key.startswith("location") for key in keys), keys
    assert any(key.startswith("file_name") for key in keys), keys


def test_a_broken_file_is_a_known_error(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"\xff\xd8\xff not a photo")
    with pytest.raises(PhotoSafeError):
        analyse(broken)
    with pytest.raises(PhotoSafeError):
        analyse(tmp_path / "missing.jpg")


@pytest.mark.slow
def test_the_analyser_runs_in_its_own_process(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "a.jpg", size=(640, 480), seed=2)
    analyser = PhotoAnalyser()
    try:
        assert analyser.run(photo).regions == analyse(photo).regions
        with pytest.raises(PhotoSafeError):  # errors cross the process boundary intact
            analyser.run(tmp_path / "missing.jpg")
    finally:
        analyser.shutdown()


def test_known_errors_survive_pickling() -> None:
    """A worker process's PhotoSafeError reaches the app with its code and message."""
    import pickle

    from photosafe_desktop.core.cases.model import CaseError
    from photosafe_desktop.core.requests.letters import IncompleteNoticeError, MissingElement

    error = PhotoSafeError("too_large", "At most {limit} MB.", limit=5)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is PhotoSafeError and again.code == "too_large"
    assert again.message.english() == "At most 5 MB." == str(again)
    incomplete = pickle.loads(pickle.dumps(IncompleteNoticeError([MissingElement.NAME])))
    assert incomplete.missing == (MissingElement.NAME,) and incomplete.code == "incomplete_notice"
    case_error = pickle.loads(pickle.dumps(CaseError("urls", "Bad {what}.", what="address")))
    assert case_error.field == "urls" and case_error.message.english() == "Bad address."
