"""Evidence: URL, UTC time, screenshot kept unchanged with its SHA-256; refused for CSAM."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.evidence import (
    EvidenceError,
    EvidenceRefused,
    keep_screenshot,
    sha256_file,
    verify,
)
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import CaseStore

MakeCase = Callable[..., Case]


def _shot(tmp_path: Path, content: bytes = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40) -> Path:
    path = tmp_path / "Schermafbeelding 2026-03-14 om 18.31.png"
    path.write_bytes(content)
    return path


def test_screenshot_is_kept_byte_for_byte_with_its_hash(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path
) -> None:
    case = make_case()
    shot = _shot(tmp_path)
    with CaseStore() as store:
        store.add_case(case)
        when = datetime(2026, 3, 14, 17, 31, tzinfo=timezone.utc)
        evidence = store.add_evidence(
            case.id, case.urls[0], captured_at=when, screenshot=shot, note="profiel ë"
        )
        assert evidence.sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()
        kept = evidence.path()
        assert kept is not None and kept.read_bytes() == shot.read_bytes()
        assert kept.is_relative_to(photosafe_home / "data" / "evidence")
        assert evidence.captured_at == when
        assert store.list_evidence(case.id) == [evidence]
        assert verify(evidence)
        kept.write_bytes(kept.read_bytes() + b"edited")
        assert not verify(evidence)  # a changed screenshot is detected


def test_url_only_evidence_and_time_defaults_to_now_utc(make_case: MakeCase) -> None:
    case = make_case()
    with CaseStore() as store:
        store.add_case(case)
        evidence = store.add_evidence(case.id, case.urls[0])
        assert evidence.file == "" and evidence.sha256 == "" and evidence.path() is None
        assert evidence.captured_at.tzinfo is not None
        assert abs((datetime.now(timezone.utc) - evidence.captured_at).total_seconds()) < 60


def test_csam_and_minor_intimate_images_refuse_screenshots(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path
) -> None:
    shot = _shot(tmp_path)
    with pytest.raises(EvidenceRefused) as info:
        keep_screenshot(make_case(category="csam"), shot)
    assert info.value.code == "csam_no_evidence"
    minor = make_case(category="intimate_image_minor", requester={"role": "self"}, person_age=16)
    with pytest.raises(EvidenceRefused) as info:
        keep_screenshot(minor, shot)
    assert info.value.code == "minor_no_screenshot"
    with CaseStore() as store:
        store.add_case(minor)
        assert store.add_evidence(minor.id, minor.urls[0]).file == ""  # URL and time only
    assert not (photosafe_home / "data" / "evidence").exists() or not any(
        (photosafe_home / "data" / "evidence").rglob("*.png")
    )


def test_missing_or_empty_screenshot(make_case: MakeCase, tmp_path: Path) -> None:
    with pytest.raises(EvidenceError):
        keep_screenshot(make_case(), tmp_path / "nope.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceError):
        keep_screenshot(make_case(), empty)


def test_sha256_file(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"abc")
    assert sha256_file(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
