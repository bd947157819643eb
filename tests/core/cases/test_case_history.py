"""The case log in words (issue 15): codes and parameters stored, sentences rendered in the
reader's language; logs written by earlier versions read the same way."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from photosafe_desktop.core.cases.history import EVENT_KINDS, describe_event, history
from photosafe_desktop.core.cases.store import LogEvent
from photosafe_desktop.core.requests.templates import phrases

AT = datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc)
NAMES = {"r1": "Facebook"}

#: what each writer of the log stores (kind, detail, request id), old forms included
STORED = [
    ("case_created", "child_photo_misuse", ""),
    ("case_updated", "", ""),
    ("request_added", "platform:facebook", "r1"),
    ("request_added", "search:google_search", "r9"),  # a request deleted since: the directory
    ("request_added", "host:fotos.voorbeeld.be", "r8"),
    ("evidence_added", "ab" * 32, ""),
    ("request_edited", "", "r1"),
    ("address_changed", "", "r1"),
    ("sent", "web_form: confirmed by the user", "r1"),  # written by earlier versions
    ("sent", "web_form: confirmed", "r1"),
    ("sent", "email: <abc@example.org>", "r1"),
    ("send_failed", "email: auth_failed", "r1"),
    ("status", "acknowledged", "r1"),
    ("reminder", "2", "r1"),
    ("escalation", "gba", "r1"),
    ("escalation", "internal_complaint", "r1"),
    ("eml_saved", "", "r1"),
    ("web_form_opened", "platform:facebook", "r1"),
    (
        "safety_purge",
        json.dumps({"screenshots": 1, "requests_removed": 2, "requests_redacted": 0}),
        "",
    ),
    ("something_new", "x_y", ""),  # a code from a newer version: a neutral sentence
]
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def events() -> list[LogEvent]:
    return [
        LogEvent(i, "c1", request_id, AT, kind, detail)
        for i, (kind, detail, request_id) in enumerate(STORED)
    ]


def test_every_kind_the_app_writes_is_covered() -> None:
    assert set(EVENT_KINDS) <= {kind for kind, _, _ in STORED}


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_event_reads_as_a_sentence(language: str) -> None:
    lines = [describe_event(e, language, NAMES) for e in events()]
    for (kind, _detail, _), line in zip(STORED, lines, strict=True):
        assert line and "{" not in line, (kind, line)
        assert not SNAKE.search(line), (kind, line)
        assert "confirmed by the user" not in line and "web_form" not in line, line
        if language != "en":
            assert kind not in line, line
    p = phrases(language)
    assert p["category_child_photo_misuse"] in lines[0]
    assert "Facebook" in lines[2]
    assert "Google" in lines[3]  # found in the directory by its id
    assert "fotos.voorbeeld.be" in lines[4]
    # the old "confirmed by the user" and the new code read the same
    assert lines[8] == lines[9] and "confirmed" not in lines[8].replace("Confirmed", "")
    assert p["status_acknowledged"] in lines[12]
    assert "2" in lines[13]
    assert p["org_gba_apd"] in lines[14]
    assert lines[-1] == p["event_other"]


def test_the_log_is_dated_the_readers_way() -> None:
    (line,) = history(events()[:1], "fr")
    assert re.fullmatch(r"02/12/2026 à \d{1,2} h 30", line.when)
    (line,) = history(events()[:1], "nl")
    assert re.fullmatch(r"02/12/2026 om \d{1,2}\.30 u", line.when)
