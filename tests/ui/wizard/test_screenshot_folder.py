"""Issue 15: "Browse…" for a screenshot starts in Pictures, or in Downloads when it has the
more recent images, or in the home folder: never in the program's folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.start_folders import screenshot_folder
from photosafe_desktop.ui.wizard.state import PAGE_EVIDENCE
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.ui.dialogs import Recorder
from tests.ui.wizard.test_wizard_flow import walk_to_review


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)  # where the program runs from
    return home


def _image(path: Path, age_days: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    moment = path.stat().st_mtime - age_days * 86400
    os.utime(path, (moment, moment))
    return path


def test_home_when_there_is_no_pictures_or_downloads_folder(home: Path) -> None:
    assert screenshot_folder() == str(home)


def test_pictures_by_default(home: Path) -> None:
    (home / "Pictures").mkdir()
    (home / "Downloads").mkdir()
    assert screenshot_folder() == str(home / "Pictures")


def test_downloads_when_it_has_the_more_recent_images(home: Path) -> None:
    _image(home / "Pictures" / "Screenshots" / "old.png", age_days=30)
    _image(home / "Downloads" / "capture.png", age_days=1)
    assert screenshot_folder() == str(home / "Downloads")
    _image(home / "Pictures" / "Screenshots" / "today.png", age_days=0)
    assert screenshot_folder() == str(home / "Pictures")


def test_the_browse_button_starts_there_and_never_in_the_program_folder(
    home: Path, wizard: RemovalWizard, recorder: Recorder
) -> None:
    _image(home / "Downloads" / "capture.png", age_days=0)
    (home / "Pictures").mkdir()
    walk_to_review(wizard, Category.CHILD_PHOTO_MISUSE)
    wizard.back()
    assert wizard.currentId() == PAGE_EVIDENCE
    recorder.paths.append(str(home / "Downloads" / "capture.png"))
    wizard.evidence_page.browse.click()
    assert recorder.open_folders == [str(home / "Downloads")]
    assert recorder.open_folders[0] != os.getcwd()
    assert wizard.evidence_page.screenshot.text() == str(home / "Downloads" / "capture.png")
