"""Following up a sent request (the reminder stage, the calendar entries), without Qt."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.follow_up import calendar_events, next_reminder_stage
from photosafe_desktop.core.cases.model import case_from_dict
from photosafe_desktop.core.cases.store import CaseStore, RequestRecord
from photosafe_desktop.core.dates import format_date
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.requests.letters import draft_all

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(photosafe_home: Path) -> Iterator[CaseStore]:
    with CaseStore() as case_store:
        yield case_store


def sent(store: CaseStore, days_ago: int) -> RequestRecord:
    case = store.add_case(
        case_from_dict(
            {
                "category": "child_photo_misuse",
                "requester": {"role": "parent", "name": "Anaïs", "email": "anais@example.org"},
                "urls": ["https://www.facebook.com/photo/?fbid=123"],
                "seen_at": "2026-10-01T18:30:00+02:00",
                "person_age": 9,
            }
        )
    )
    draft = next(r for r in draft_all(case, "nl").requests if r.recipient.name == "Facebook")
    record = store.add_request(case.id, draft)
    store.record_send(record.id, record.channel, True, at=NOW - timedelta(days=days_ago))
    return store.get_request(record.id)


def test_reminder_stages_follow_the_age_and_what_was_sent(store: CaseStore) -> None:
    assert next_reminder_stage(sent(store, 8), NOW) == 1
    assert next_reminder_stage(sent(store, 40), NOW) == 1  # the first one is still due
    record = sent(store, 70)
    store.record_reminder(record.id, 1)
    assert next_reminder_stage(store.get_request(record.id), NOW) == 2
    store.record_reminder(record.id, 2)
    assert next_reminder_stage(store.get_request(record.id), NOW) == 3


def test_calendar_entries_are_translated_and_private(store: CaseStore) -> None:
    record = sent(store, 2)
    english = calendar_events(record)
    what = english[0].description.split(". ")[0]
    assert english and english[0].summary == f"PhotoSafe: {what} (Facebook)"
    # the dates the user's way (issue 15)
    sent_day = format_date(record.sent_at, "nl")  # type: ignore[arg-type]
    dutch = calendar_events(record, language="nl")
    assert f"sent on {sent_day}" in dutch[0].description
    assert not re.search(r"\d{4}-\d{2}-\d{2}", dutch[0].description)
    seen: list[Message] = []

    def shout(message: Message) -> str:
        seen.append(message)
        return message.english().upper()

    loud = calendar_events(record, shout)
    assert loud[0].summary.startswith("PHOTOSAFE:")
    assert {m.context for m in seen} == {"Deadlines", "CasesArea"}
    assert all("facebook.com" not in e.summary + e.description for e in loud)
