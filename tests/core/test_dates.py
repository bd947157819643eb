"""Dates the reader's way (issue 15): nl "14/07/2025 om 15.02 u", fr "le 02/12/2026 à 10 h 30",
en "14 July 2025 at 15:02"; never EXIF (2025:07:14) or ISO (2026-12-02T10:30)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from photosafe_desktop.core.dates import (
    format_date,
    format_datetime,
    format_time,
    format_when,
    localise_dates,
    parse_machine_datetime,
    with_local_dates,
)
from photosafe_desktop.core.i18n import Message

BRUSSELS = ZoneInfo("Europe/Brussels")
CAMERA = datetime(2025, 7, 14, 15, 2)  # a camera's clock: no zone


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "14/07/2025 om 15.02 u"),
        ("fr", "14/07/2025 à 15 h 02"),
        ("en", "14 July 2025 at 15:02"),
    ],
)
def test_a_date_and_time_in_each_language(language: str, expected: str) -> None:
    assert format_datetime(CAMERA, language) == expected


def test_the_french_example_of_the_issue_reads_in_a_sentence() -> None:
    moment = datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc)  # 10:30 in Brussels
    assert f"le {format_datetime(moment, 'fr', BRUSSELS)}" == "le 02/12/2026 à 10 h 30"
    assert format_datetime(moment, "nl", BRUSSELS) == "02/12/2026 om 10.30 u"


@pytest.mark.parametrize(
    ("language", "day", "time"),
    [
        ("nl", "05/01/2026", "9.05 u"),
        ("fr", "05/01/2026", "9 h 05"),
        ("en", "5 January 2026", "09:05"),
    ],
)
def test_dates_and_times_alone(language: str, day: str, time: str) -> None:
    moment = datetime(2026, 1, 5, 9, 5)
    assert format_date(moment, language) == day
    assert format_date(moment.date(), language) == day
    assert format_time(moment, language) == time


def test_an_aware_time_is_shown_on_the_local_clock() -> None:
    utc = datetime(2026, 7, 1, 22, 30, tzinfo=timezone.utc)  # already 2 July in Brussels
    assert format_datetime(utc, "nl", BRUSSELS) == "02/07/2026 om 0.30 u"
    assert format_date(utc, "fr", BRUSSELS) == "02/07/2026"
    assert format_date(utc, "fr", ZoneInfo("UTC")) == "01/07/2026"


def test_letters_carry_the_offset_for_readers_abroad() -> None:
    summer = datetime(2026, 7, 1, 16, 30, tzinfo=timezone.utc)
    assert format_when(summer, "nl", BRUSSELS) == "01/07/2026 om 18.30 u (UTC+02:00)"
    assert format_when(summer, "fr", BRUSSELS) == "01/07/2026 à 18 h 30 (UTC+02:00)"
    assert format_when(summer, "en", ZoneInfo("UTC")) == "1 July 2026 at 16:30 (UTC+00:00)"
    naive = datetime(2026, 1, 1, 12, 0)  # taken as UTC
    assert format_when(naive, "en", BRUSSELS) == "1 January 2026 at 13:00 (UTC+01:00)"


def test_an_unknown_language_falls_back_to_english() -> None:
    assert format_datetime(CAMERA, "de") == "14 July 2025 at 15:02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025:07:14 15:02:00", datetime(2025, 7, 14, 15, 2)),
        ("2025-07-14T15:02:09", datetime(2025, 7, 14, 15, 2, 9)),
        ("2025:07:14", date(2025, 7, 14)),
        (
            "2026-12-02T10:30:00+01:00",
            datetime(2026, 12, 2, 10, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("2026-12-02T09:30Z", datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc)),
        ("0000:00:00 00:00:00", None),  # cameras write this when the clock was never set
        ("not a date", None),
    ],
)
def test_machine_dates_are_recognised(text: str, expected: object) -> None:
    assert parse_machine_datetime(text) == expected


def test_dates_inside_metadata_values_are_rewritten() -> None:
    value = "2025:07:14 15:02:00; 2025:07:14 15:02:00+02:00"
    assert localise_dates(value, "nl") == "14/07/2025 om 15.02 u; 14/07/2025 om 15.02 u"
    assert localise_dates("IMG_20250714 from 2025-07-14", "fr") == "IMG_20250714 from 14/07/2025"
    assert localise_dates("0000:00:00 00:00:00", "fr") == "0000:00:00 00:00:00"
    message = Message("Findings", "This photo records when it was taken: {date}", {"date": value})
    local = with_local_dates(message, "fr")
    assert local.params["date"] == "14/07/2025 à 15 h 02; 14/07/2025 à 15 h 02"
    assert local.text == message.text and local.context == message.context


#: machine dates that are meant for machines: stored data, JSON for other programs, the
#: calendar file's fields, a folder name that sorts by date
MACHINE_WRITERS = {
    "core/cases/model.py": 2,  # CASE.json
    "core/cases/store.py": 1,  # the case log's database
    "core/cases/purge.py": 1,  # the case log's database
    "core/cases/deadlines.py": 3,  # iCalendar DTSTAMP / DTSTART / DTEND
    "core/requests/sending.py": 2,  # the organisation API's JSON
    "ui/workspace/export_dialog.py": 1,  # the suggested folder name "PhotoSafe 2026-12-02"
}


def test_no_other_code_writes_machine_dates() -> None:
    """Grep the sources: every date people read goes through core/dates.py (issue 15)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "photosafe_desktop"
    pattern = re.compile(r"strftime\(|isoformat\(\)|QLocale\(\)\.toString\(")
    found = {}
    for path in root.rglob("*.py"):
        name = path.relative_to(root).as_posix()
        if name == "core/dates.py":
            continue
        count = len(pattern.findall(path.read_text(encoding="utf-8")))
        if count:
            found[name] = count
    assert found == MACHINE_WRITERS
