"""Re-classifying a saved case as CSAM (or a minor's intimate image) purges what it may not keep.

The proof is taken from outside: after the change every file in the data folder (the SQLite
database, its WAL and journal files, the evidence folder) is read byte for byte, and neither
the screenshot, nor its SHA-256 (as text or as raw bytes), nor the description is left.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.evidence import EvidenceRefused
from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.requests.letters import draft_all

MakeCase = Callable[..., Case]

DESCRIPTION = "Omschrijving-Uniek-7f3a: foto uit de kleedkamer van de zwemclub"
ACCOUNT = "account_uniek_91b2"


def _screenshot(tmp_path: Path) -> tuple[Path, bytes]:
    # a recognisable, incompressible pattern
    content = b"\x89PNG\r\n\x1a\n" + hashlib.sha256(b"seed").digest() * 512 + os.urandom(4096)
    path = tmp_path / "screenshot.png"
    path.write_bytes(content)
    return path, content


def _every_file(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _needles(content: bytes, digest: str) -> dict[str, bytes]:
    return {
        "screenshot (start)": content[8:72],
        "screenshot (random tail)": content[-64:],
        "sha256 hex": digest.encode(),
        "sha256 raw": bytes.fromhex(digest),
        "description utf-8": DESCRIPTION.encode("utf-8"),
        "description utf-16": DESCRIPTION.encode("utf-16-le"),
    }


def _save_case_with_evidence(
    make_case: MakeCase, tmp_path: Path, category: str, **extra: object
) -> tuple[CaseStore, Case, bytes, str]:
    case = make_case(
        category=category,
        description=DESCRIPTION,
        account_name=ACCOUNT,
        requester={"role": "self", "name": "Jan Peeters", "email": "jan@example.be"},
        person_age=None,
        **extra,
    )
    store = CaseStore()
    store.add_case(case)
    for request in draft_all(case, "nl").requests:
        store.add_request(case.id, request)
    shot, content = _screenshot(tmp_path)
    evidence = store.add_evidence(case.id, case.urls[0], screenshot=shot, note=ACCOUNT)
    shot.unlink()  # only the data folder may hold it from here on
    return store, case, content, evidence.sha256


def test_before_the_change_the_data_folder_holds_screenshot_hash_and_description(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path
) -> None:
    """The check can fail: before re-classifying, every needle is found."""
    store, _case, content, digest = _save_case_with_evidence(make_case, tmp_path, "harassment")
    store.close()
    blob = b"".join(_every_file(photosafe_home).values())
    for name, needle in _needles(content, digest).items():
        if name == "sha256 raw" or name == "description utf-16":
            continue  # stored as text, not as raw bytes / UTF-16
        assert needle in blob, name


@pytest.mark.parametrize("new_category", [Category.CSAM, Category.INTIMATE_IMAGE_MINOR])
def test_reclassify_purges_every_byte(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path, new_category: Category
) -> None:
    store, case, content, digest = _save_case_with_evidence(make_case, tmp_path, "harassment")
    requests_before = store.list_requests(case.id)
    assert requests_before and all(DESCRIPTION in r.text for r in requests_before)

    stored, report = store.reclassify(replace(case, category=new_category))

    # it says so
    assert report.anything
    assert report.screenshots == 1 and report.fingerprints == 1 and report.notes == 1
    assert report.description
    message = report.message().english()
    assert "1 screenshot" in message and "SHA-256" in message
    assert any(e.kind == "safety_purge" for e in store.events(case.id))
    # what the case still holds
    assert stored.description == ""
    evidence = store.list_evidence(case.id)
    if new_category is Category.CSAM:
        assert evidence == []
        assert report.requests_removed == len(requests_before)
        assert store.list_requests(case.id) == []
        assert stored.requester.name == "" and stored.account_name == ""
    else:
        assert [e.url for e in evidence] == [case.urls[0]]  # the web address stays
        assert all(e.sha256 == "" and e.file == "" and e.note == "" for e in evidence)
        assert report.requests_redacted == len(requests_before)
        assert all(DESCRIPTION not in r.text for r in store.list_requests(case.id))
    assert stored.urls == case.urls
    store.close()

    files = _every_file(photosafe_home)
    assert any(p.name.startswith("cases.sqlite3") for p in files)
    for path, data in files.items():
        assert digest not in path.name, path
        for name, needle in _needles(content, digest).items():
            assert needle not in data, f"{name} left in {path.relative_to(photosafe_home)}"


def test_a_case_that_turns_out_to_show_a_minor_is_purged_too(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path
) -> None:
    """Not a new category: the age says the person in the hidden-camera image is 15."""
    store, case, content, digest = _save_case_with_evidence(make_case, tmp_path, "hidden_camera")
    _stored, report = store.reclassify(replace(case, person_age=15))
    assert report.screenshots == 1 and report.fingerprints == 1
    with pytest.raises(EvidenceRefused):
        shot, _ = _screenshot(tmp_path)
        store.add_evidence(case.id, case.urls[0], screenshot=shot)
    store.close()
    blob = b"".join(_every_file(photosafe_home).values())
    assert digest.encode() not in blob and content[-64:] not in blob


def test_an_ordinary_update_purges_nothing(
    make_case: MakeCase, tmp_path: Path, photosafe_home: Path
) -> None:
    store, case, _content, digest = _save_case_with_evidence(make_case, tmp_path, "harassment")
    _stored, report = store.reclassify(replace(case, person_age=35))
    assert not report.anything
    assert [e.sha256 for e in store.list_evidence(case.id)] == [digest]
    store.close()
