"""Sending a saved request (Qt-free): built from the record as saved, not re-drafted."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.model import case_from_dict
from photosafe_desktop.core.cases.store import CaseStore, RequestRecord
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.core.requests.outbox import email_for, save_as_eml
from photosafe_desktop.core.requests.sending import SendError, SmtpConfig


def _saved(tmp_path: Path) -> tuple[CaseStore, RequestRecord]:
    store = CaseStore(tmp_path / "cases.sqlite3")
    case = case_from_dict(
        {
            "category": "child_photo_misuse",
            "requester": {"role": "parent", "name": "Anaïs Dupré", "email": "anais@example.org"},
            "urls": ["https://www.snapchat.com/add/x"],
            "seen_at": "2026-10-01T18:30:00+02:00",
            "person_age": 9,
        }
    )
    stored = store.save_case(case, draft_all(case, "fr").requests)
    record = store.list_requests(stored.id)[0]  # any channel: the text is what matters
    store.update_request_text(record.id, "Objet modifié", "Texte modifié é")
    return store, store.get_request(record.id)


def test_the_email_is_the_request_as_saved(tmp_path: Path) -> None:
    store, record = _saved(tmp_path)
    with store:
        case = store.get_case(record.case_id)
        config = SmtpConfig("127.0.0.1", 25, "none", "", "ouder@example.be")
        message = email_for(record, case, config, "privacy@example.org")
        assert message["Subject"] == "Objet modifié"
        assert message["From"] == "Anaïs Dupré <ouder@example.be>"
        assert message["Content-Language"] == record.language  # as saved, not re-drafted
        with pytest.raises(SendError):
            email_for(record, case, config, "not an address")


def test_eml_file(tmp_path: Path) -> None:
    store, record = _saved(tmp_path)
    with store:
        case = store.get_case(record.case_id)
        path = save_as_eml(tmp_path / "r.eml", record, case, "", "")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"] is None and message["From"] == "Anaïs Dupré <anais@example.org>"
    assert "Texte modifié é" in message.get_content()
