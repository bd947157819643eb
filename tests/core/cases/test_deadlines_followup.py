"""Deadlines, reminders, escalation letters and calendar files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest

from photosafe_desktop.core.cases.deadlines import (
    DueKind,
    Escalation,
    Status,
    add_months,
    can_change,
    due_events,
    escalation_letter,
    escalations_for,
    ics_calendar,
    next_due,
    reminder_letter,
    reminder_stage,
    schedule,
)
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.requests.templates import LANGUAGES, phrases
from photosafe_desktop.core.requests.triage import Ground

MakeCase = Callable[..., Case]
SENT = datetime(2026, 1, 31, 10, 0, tzinfo=timezone.utc)
BOTH = frozenset({Ground.DSA_NOTICE, Ground.GDPR_ERASURE})


@dataclass(frozen=True)
class Req:
    recipient_name: str = "Instagram"
    channel: str = "web_form"
    urls: tuple[str, ...] = ("https://www.instagram.com/p/kamp/",)
    text: str = "Original request text\nwith two lines"
    status: Status = Status.SENT
    sent_at: datetime | None = SENT
    grounds: frozenset[Ground] = field(default=BOTH)
    reminders_sent: int = 0
    extended: bool = False
    address_or_url: str = "https://help.instagram.com/616583228400289"


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(SENT, 1).date().isoformat() == "2026-02-28"
    assert add_months(datetime(2028, 1, 31, tzinfo=timezone.utc), 1).day == 29
    assert (
        add_months(datetime(2026, 11, 15, tzinfo=timezone.utc), 3).date().isoformat()
        == "2027-02-15"
    )


def test_schedule_has_dsa_reminder_gdpr_month_and_stages() -> None:
    items = schedule(SENT, BOTH)
    kinds = [(i.kind, i.stage, i.due.date().isoformat()) for i in items]
    assert kinds == [
        (DueKind.REMINDER, 1, "2026-02-07"),
        (DueKind.ANSWER_DUE, 0, "2026-02-28"),
        (DueKind.REMINDER, 2, "2026-03-02"),
        (DueKind.REMINDER, 3, "2026-04-01"),
        (DueKind.ESCALATION, 0, "2026-04-15"),
    ]
    extended = schedule(SENT, BOTH, extended=True)
    assert [i.due.date().isoformat() for i in extended if i.kind is DueKind.ANSWER_DUE] == [
        "2026-04-30"
    ]
    assert not any(
        i.kind is DueKind.ANSWER_DUE for i in schedule(SENT, frozenset({Ground.DSA_NOTICE}))
    )
    assert schedule(SENT, frozenset({Ground.CSAM_REPORT})) == ()


def test_reminder_stages_by_age() -> None:
    assert [
        reminder_stage(SENT, SENT + timedelta(days=d)) for d in (0, 6, 7, 29, 30, 59, 60, 200)
    ] == [0, 0, 1, 1, 2, 2, 3, 3]


def test_next_due_walks_through_the_stages() -> None:
    now = SENT + timedelta(days=1)
    assert next_due(Req(), now).kind is DueKind.REMINDER  # type: ignore[union-attr]
    after_first = next_due(Req(reminders_sent=1), now)
    assert after_first is not None and after_first.kind is DueKind.ANSWER_DUE
    late = SENT + timedelta(days=40)
    item = next_due(Req(reminders_sent=1), late)
    assert (
        item is not None and (item.kind, item.stage) == (DueKind.REMINDER, 2) and item.overdue(late)
    )
    assert next_due(Req(reminders_sent=3), late).kind is DueKind.ESCALATION  # type: ignore[union-attr]
    assert next_due(Req(status=Status.REMOVED), late) is None
    assert next_due(Req(status=Status.DRAFT, sent_at=None), late) is None
    assert next_due(Req(status=Status.REFUSED), late).kind is DueKind.ESCALATION  # type: ignore[union-attr]


def test_status_transitions() -> None:
    assert can_change(Status.DRAFT, Status.SENT)
    assert not can_change(Status.DRAFT, Status.REMOVED)
    assert can_change(Status.SENT, Status.ACKNOWLEDGED)
    assert can_change(Status.REMOVED, Status.SENT)  # it came back
    assert not any(can_change(s, Status.DRAFT) for s in Status)
    assert all(s.label for s in Status)


SENT_DAY = {"en": "31 January 2026", "nl": "31/01/2026", "fr": "31/01/2026"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("stage", [1, 2, 3])
def test_reminder_letters(make_case: MakeCase, lang: str, stage: int) -> None:
    letter = reminder_letter(make_case(), Req(), stage, lang)
    sent = SENT_DAY[lang]  # the reader's way (issue 15), never ISO
    assert sent in letter.subject and sent in letter.text
    assert "2026-01-31" not in letter.subject + letter.text
    assert "https://www.instagram.com/p/kamp/" in letter.text
    assert "> Original request text" in letter.text
    assert phrases(lang)["reminder_request"] in letter.text
    assert "Anaïs Dupré" in letter.text
    if stage == 2:
        assert "12(3)" in letter.text
    if stage == 3:
        assert "GBA" in letter.text or "APD" in letter.text
    assert letter.to_name == "Instagram"
    assert letter.address_or_url == "https://help.instagram.com/616583228400289"
    assert letter.to_lines == (
        phrases(lang)["to_line"].format(name="Instagram"),
        phrases(lang)["to_form"].format(url="https://help.instagram.com/616583228400289"),
    )
    with pytest.raises(ValueError):
        reminder_letter(make_case(), Req(), 4, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("stage", [2, 3])
def test_a_reminder_after_an_extension_never_says_one_month(
    make_case: MakeCase, lang: str, stage: int
) -> None:
    extended = reminder_letter(make_case(), Req(extended=True), stage, lang)
    plain = reminder_letter(make_case(), Req(), stage, lang)
    one_month = {
        "en": "you had to answer within one month",
        "nl": "moest u binnen één maand antwoorden",
        "fr": "vous deviez répondre dans un délai d’un mois",
    }[lang]
    assert one_month not in extended.text
    # sent 31 January + 3 months, clamped
    assert {"en": "30 April 2026", "nl": "30/04/2026", "fr": "30/04/2026"}[lang] in extended.text
    assert "12(3)" in extended.text
    if stage == 2:
        assert one_month in plain.text


def test_escalations_by_category(make_case: MakeCase) -> None:
    assert escalations_for(make_case()) == (Escalation.GBA, Escalation.BIPT, Escalation.CHILD_FOCUS)
    refused = escalations_for(make_case(), Req(status=Status.REFUSED))
    assert refused[-2:] == (Escalation.INTERNAL_COMPLAINT, Escalation.ODS)
    minor = make_case(category="intimate_image_minor", requester={"role": "self"}, person_age=16)
    assert Escalation.IEFH not in escalations_for(minor)  # adults only: minors go to Child Focus
    assert Escalation.CHILD_FOCUS in escalations_for(minor)
    adult = make_case(category="intimate_image_adult", requester={"role": "self"}, person_age=30)
    assert Escalation.IEFH in escalations_for(
        adult
    ) and Escalation.CHILD_FOCUS not in escalations_for(adult)
    assert escalations_for(make_case(category="csam")) == ()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(Escalation))
def test_escalation_letters(make_case: MakeCase, lang: str, kind: Escalation) -> None:
    case = make_case()
    requests = [Req(), Req(recipient_name="Draft only", status=Status.DRAFT, sent_at=None)]
    letter = escalation_letter(case, kind, lang, requests)
    assert letter.subject == phrases(lang)[f"subject_{kind.value}"]
    assert "Instagram" in letter.text and SENT_DAY[lang] in letter.text
    assert phrases(lang)["status_sent"] in letter.text
    assert "https://www.instagram.com/p/kamp/" in letter.text
    assert phrases(lang)[f"request_{kind.value}"] in letter.text
    assert letter.to_name and letter.to_lines  # a letter with a "To"
    if kind is Escalation.INTERNAL_COMPLAINT:
        assert letter.to_name == "Instagram"
    else:
        assert letter.to_name != "Instagram"
    expected = {
        Escalation.GBA: "https://www.gegevensbeschermingsautoriteit.be/verzoek-klacht-indienen",
        Escalation.IEFH: "gelijkheid.manvrouw@igvm.belgie.be",
        Escalation.BIPT: "https://bipt.be/consumers/filing-a-complaint-against-online-platforms-or-search-engines",
        Escalation.INTERNAL_COMPLAINT: "https://help.instagram.com/616583228400289",
        Escalation.ODS: "https://bipt.be/operators/out-of-court-dispute-settlement-bodies",
    }
    if kind is Escalation.CHILD_FOCUS:  # a help line: phoned or written to
        assert letter.address_or_url == ""
        assert phrases(lang)["to_phone"].format(phone="116 000") in letter.to_lines
    else:
        assert letter.address_or_url == expected[kind]
    with pytest.raises(ValueError):
        escalation_letter(make_case(category="csam"), kind, lang, requests)


def test_ics_calendar_is_rfc5545() -> None:
    dues = schedule(SENT, BOTH)
    events = due_events("req-1", "Instagram; Meta, Ireland — é", dues)
    text = ics_calendar(events, now=SENT)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == len(dues) == text.count("BEGIN:VALARM")
    assert "DTSTART;VALUE=DATE:20260207\r\n" in text
    assert "Instagram\\; Meta\\, Ireland" in text.replace("\r\n ", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert "\n" not in text.replace("\r\n", "")
    assert "instagram.com" not in text  # no web address in a calendar that may be synced
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    assert len(set(uids)) == len(uids)
    assert due_events("req-1", "X", dues)[0].uid == events[0].uid  # stable: re-import updates


def test_long_summary_is_folded() -> None:
    events = due_events("r", "É" * 100, schedule(SENT, BOTH))
    text = ics_calendar(events, now=SENT)
    assert "\r\n " in text
    unfolded = text.replace("\r\n ", "")
    assert "É" * 100 in unfolded
