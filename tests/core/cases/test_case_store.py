"""The case log: SQLite in the data folder, migrations, statuses, real deletion."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.deadlines import DueKind, Status
from photosafe_desktop.core.cases.evidence import EvidenceRefused
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import (
    DB_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    CaseStore,
    StoreError,
)
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.core.requests.triage import Ground

MakeCase = Callable[..., Case]


@pytest.fixture
def store() -> CaseStore:
    with CaseStore() as s:
        yield s  # type: ignore[misc]


def test_store_lives_in_the_data_folder_in_wal_mode(store: CaseStore, photosafe_home: Path) -> None:
    assert store.path == photosafe_home / "data" / DB_NAME
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_case_and_requests_round_trip(store: CaseStore, make_case: MakeCase) -> None:
    case = make_case(urls=["https://www.instagram.com/p/1", "https://discord.com/channels/1/2"])
    store.add_case(case)
    assert store.get_case(case.id) == case
    drafts = draft_all(case, "nl")
    records = [store.add_request(case.id, d) for d in drafts.requests]
    listed = store.list_requests(case.id)
    assert [r.id for r in listed] == [r.id for r in records]
    first = listed[0]
    assert first.status is Status.DRAFT and first.sent_at is None
    assert first.text == drafts.requests[0].text and "Anaïs" in first.text
    assert first.urls == ("https://www.instagram.com/p/1",)
    assert Ground.GDPR_ERASURE in first.grounds
    assert first.recipient_id == "platform:instagram"
    kinds = [e.kind for e in store.events(case.id)]
    assert kinds[0] == "case_created" and kinds.count("request_added") == len(drafts.requests)


def test_sending_status_and_due_dates(store: CaseStore, make_case: MakeCase) -> None:
    case = make_case()
    store.add_case(case)
    record = store.add_request(case.id, draft_all(case, "fr").requests[0])
    sent_at = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    failed = store.record_send(record.id, "email", False, "SMTP 550", at=sent_at)
    assert failed.status is Status.DRAFT
    sent = store.record_send(record.id, "email", True, "250 OK", at=sent_at)
    assert sent.status is Status.SENT and sent.sent_at == sent_at and sent.channel == "email"
    now = sent_at + timedelta(days=10)
    summary = store.list_cases(now)[0]
    assert summary.overdue and summary.next_due is not None
    assert summary.next_due.kind is DueKind.REMINDER and summary.next_due.stage == 1
    store.record_reminder(record.id, 1)
    due = store.due_items(now)
    assert len(due) == 1 and due[0].due.kind is DueKind.ANSWER_DUE and not due[0].overdue
    acknowledged = store.set_status(record.id, Status.ACKNOWLEDGED, extended=True)
    assert acknowledged.extended
    store.set_status(record.id, Status.REMOVED)
    assert store.due_items(now) == []
    with pytest.raises(ValueError):
        store.set_status(record.id, Status.DRAFT)
    log = [(e.kind, e.detail) for e in store.events(case.id)]
    assert ("send_failed", "email: SMTP 550") in log and ("sent", "email: 250 OK") in log
    assert ("status", "removed") in log and ("reminder", "1") in log


def test_csam_case_keeps_urls_only_and_refuses_evidence(
    store: CaseStore, make_case: MakeCase, tmp_path: Path
) -> None:
    case = make_case(category="csam", description="DETAILS OF THE IMAGE", account_name="creep")
    stored = store.add_case(case)
    assert stored.description == "" and stored.account_name == ""
    raw = store.path.read_bytes() + (store.path.with_name(DB_NAME + "-wal").read_bytes())
    assert b"DETAILS OF THE IMAGE" not in raw and b"creep" not in raw
    assert store.get_case(case.id).urls == case.urls
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with pytest.raises(EvidenceRefused):
        store.add_evidence(case.id, case.urls[0], screenshot=shot)
    with pytest.raises(EvidenceRefused):
        store.add_evidence(case.id, case.urls[0])
    assert store.list_evidence(case.id) == []
    hotline = draft_all(case, "nl").requests[0]
    store.add_request(case.id, hotline)
    platform_draft = draft_all(make_case(), "nl").requests[0]
    with pytest.raises(ValueError):
        store.add_request(case.id, platform_draft)
    assert not (store.path.parent / "evidence" / case.id).exists()


def test_delete_really_deletes(store: CaseStore, make_case: MakeCase, tmp_path: Path) -> None:
    marker = "UNIQUE-MARKER-Zwölf-9f3a"
    keep = make_case(description="another case that stays")
    gone = make_case(description=marker, account_name=marker + "-account")
    store.add_case(keep)
    store.add_case(gone)
    store.add_request(gone.id, draft_all(gone, "nl").requests[0])
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + marker.encode() * 50)
    evidence = store.add_evidence(gone.id, gone.urls[0], screenshot=shot)
    kept_file = evidence.path()
    assert kept_file is not None and kept_file.read_bytes() == shot.read_bytes()

    def raw_bytes() -> bytes:
        data = b""
        for suffix in ("", "-wal", "-shm"):
            path = store.path.with_name(DB_NAME + suffix)
            if path.exists():
                data += path.read_bytes()
        return data

    assert marker.encode() in raw_bytes()
    store.delete_case(gone.id)
    assert marker.encode() not in raw_bytes()
    assert not kept_file.exists() and not kept_file.parent.exists()
    with pytest.raises(KeyError):
        store.get_case(gone.id)
    assert store.case_ids() == [keep.id]
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 0
        assert (
            conn.execute("SELECT COUNT(*) FROM events WHERE case_id = ?", (gone.id,)).fetchone()[0]
            == 0
        )


def test_migration_from_version_1(photosafe_home: Path, make_case: MakeCase) -> None:
    path = photosafe_home / "data" / DB_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    case = make_case()
    conn = sqlite3.connect(path)
    conn.executescript(str(MIGRATIONS[0][0]))
    from photosafe_desktop.core.cases.model import case_to_dict

    conn.execute(
        "INSERT INTO cases VALUES (?, ?, ?, ?, ?)",
        (
            case.id,
            case.category.value,
            case.created_at.isoformat(),
            case.created_at.isoformat(),
            json.dumps(case_to_dict(case)),
        ),
    )
    conn.execute(
        "INSERT INTO requests VALUES ('r1', ?, 'Facebook', 'web_form', 'https://facebook.com/help/428478523862899', "
        "'Subject', 'Body é', 'sent', '2026-01-01T10:00:00+00:00', '2026-01-02T10:00:00+00:00')",
        (case.id,),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    with CaseStore() as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        record = store.get_request("r1")
        assert record.text == "Body é" and record.status is Status.SENT
        assert record.urls == case.urls  # filled from the case by the migration
        assert record.sent_at == datetime(2026, 1, 2, 10, 0, tzinfo=timezone.utc)
        assert record.status_at == record.sent_at
        assert record.next_due(record.sent_at) is not None
        store.add_evidence(case.id, case.urls[0])  # the new table works
        assert store.get_case(case.id) == case
        assert record.fields == () and record.may_file is True  # no draft kept before v3


def test_newer_schema_is_refused_with_a_clear_error(photosafe_home: Path) -> None:
    path = photosafe_home / "data" / DB_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError) as info:
        CaseStore()
    assert info.value.code == "store_newer"


def test_corrupt_file_is_a_clear_error(photosafe_home: Path) -> None:
    path = photosafe_home / "data" / DB_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as info:
        CaseStore()
    assert info.value.code == "store_corrupt"


def test_store_is_usable_from_several_threads(store: CaseStore, make_case: MakeCase) -> None:
    import threading

    cases = [make_case() for _ in range(20)]
    threads = [threading.Thread(target=store.add_case, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(store.case_ids()) == sorted(c.id for c in cases)


def test_request_address_can_be_corrected(tmp_path, make_case) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.cases.store import CaseStore
    from photosafe_desktop.core.requests.letters import draft_all

    case = make_case(urls=["https://unknown-host.example.be/p/1"])
    with CaseStore(tmp_path / "cases.sqlite3") as store:
        store.add_case(case)
        (draft, *_rest) = draft_all(case, "nl").requests
        record = store.add_request(case.id, draft)
        assert record.address_or_url == ""
        fixed = store.update_request_address(record.id, "abuse@unknown-host.example.be")
        assert fixed.address_or_url == "abuse@unknown-host.example.be"
        assert store.events(case.id)[-1].kind == "address_changed"


def test_save_case_keeps_the_full_draft_in_one_transaction(
    store: CaseStore, make_case: MakeCase, tmp_path: Path
) -> None:
    from photosafe_desktop.core.cases.evidence import evidence_dir
    from photosafe_desktop.core.cases.store import EvidenceItem

    case = make_case()
    drafts = draft_all(case, "fr").requests
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG fake screenshot")
    stored = store.save_case(case, drafts, [EvidenceItem(case.urls[0], screenshot=shot)])
    records = store.list_requests(stored.id)
    assert [r.recipient_id for r in records] == [d.recipient.id for d in drafts]
    web = next(r for r in records if r.channel == "web_form")
    draft = next(d for d in drafts if d.recipient.id == web.recipient_id)
    assert web.fields == draft.fields and web.fields  # what to paste, as drafted then
    assert web.notes == draft.warning_texts + draft.recipient.notes
    assert web.may_file == draft.recipient.may_file
    assert web.language == draft.language
    assert len(store.list_evidence(stored.id)) == 1

    # a failure half-way (a URL that is not one) keeps nothing: no case, no screenshot copy
    before = store.case_ids()
    again = make_case()
    with pytest.raises(Exception):  # noqa: B017 - whatever refuses, nothing may be kept
        store.save_case(
            again,
            draft_all(again, "nl").requests,
            [EvidenceItem(again.urls[0], screenshot=shot), EvidenceItem("not a url")],
        )
    assert store.case_ids() == before
    assert not evidence_dir(again.id).exists()
