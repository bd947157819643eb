"""The printable PDF dossier of a case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.dossier import build_dossier
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.requests.letters import draft_all

MakeCase = Callable[..., Case]


def _text(path: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_dossier_pdf_has_the_whole_case(make_case: MakeCase, tmp_path: Path, lang: str) -> None:
    case = make_case(
        urls=["https://www.instagram.com/p/kamp-2026", "https://blog.example.net/" + "lang" * 40]
    )
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 500)
    with CaseStore() as store:
        store.add_case(case)
        for draft in draft_all(case, lang).requests:
            record = store.add_request(case.id, draft)
        store.record_send(record.id, "email", True, "250 OK")
        evidence = store.add_evidence(case.id, case.urls[0], screenshot=shot)
        path = build_dossier(
            case,
            store.list_requests(case.id),
            store.events(case.id),
            store.list_evidence(case.id),
            lang,
            tmp_path / "dossier.pdf",
        )
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5000
    text = _squash(_text(path))
    assert _squash("Anaïs Dupré") in text
    assert _squash("zonder toestemming gedeeld — ë é ç") in text
    assert _squash(case.urls[0]) in text
    assert evidence.sha256 in text
    assert "Instagram" in text and "GoogleSearch" in text
    assert "XI.174" in text
    assert not list(tmp_path.glob(".dossier-*"))


def test_csam_dossier_has_urls_only(make_case: MakeCase, tmp_path: Path) -> None:
    case = make_case(category="csam", description="SHOULD NOT APPEAR")
    with CaseStore() as store:
        stored = store.add_case(case)
        report = draft_all(stored, "nl").requests[0]
        store.add_request(stored.id, report)
        path = build_dossier(
            stored,
            store.list_requests(stored.id),
            store.events(stored.id),
            [],
            "nl",
            tmp_path / "d.pdf",
        )
    text = _squash(_text(path))
    assert "SHOULDNOTAPPEAR" not in text
    assert _squash(case.urls[0]) in text
    assert _squash("geen beeld, geen schermafdruk") in text
