"""Following up a sent request: which reminder comes next, and its calendar entries.

Used by My cases (and anything else that follows up); the labels are translatable
:class:`~photosafe_desktop.core.i18n.Message` objects, turned into text by the caller's
``translate`` (the UI's ``tr_message``, or ``Message.english`` on the command line).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from photosafe_desktop.core.cases.deadlines import (
    ESCALATED,
    CalendarEvent,
    DueKind,
    due_events,
    reminder_stage,
    schedule,
)
from photosafe_desktop.core.cases.store import RequestRecord
from photosafe_desktop.core.dates import format_date
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

#: the calendar entry's title (context kept from when My cases wrote it itself)
CALENDAR_SUMMARY = QT_TRANSLATE_NOOP("CasesArea", "PhotoSafe: {what} ({name})")
#: the calendar entry's description: what to do, and when the request went out
CALENDAR_DESCRIPTION = QT_TRANSLATE_NOOP(
    "CasesArea", "{what}. The request to {name} was sent on {sent}; this step is due on {due}."
)


def next_reminder_stage(record: RequestRecord, now: datetime) -> int:
    """The reminder to send now: 1, 2 or 3 (the request must have been sent)."""
    due = record.next_due(now)
    if due is not None and due.kind is DueKind.REMINDER:
        return due.stage
    if record.sent_at is None:
        raise ValueError("the request was not sent")
    return max(1, min(3, max(reminder_stage(record.sent_at, now), record.reminders_sent + 1)))


def calendar_events(
    record: RequestRecord,
    translate: Callable[[Message], str] = Message.english,
    language: str = "en",
) -> list[CalendarEvent]:
    """One all-day entry per due date of ``record``, titled in the user's language, with the
    dates written the user's way (``language``).

    No web address or personal detail goes in (calendars are often synced): only the
    recipient's name and what to do. Made from the request's current state: a reminder
    already sent is not in it, and nothing is once the escalation letter was made.
    """
    if record.sent_at is None or record.reminders_sent >= ESCALATED:
        return []
    dues = tuple(
        due
        for due in schedule(record.sent_at, record.grounds, extended=record.extended)
        if not (due.kind is DueKind.REMINDER and due.stage <= record.reminders_sent)
    )
    events = []
    for event, due in zip(due_events(record.id, record.recipient_name, dues), dues, strict=True):
        what = translate(Message("Deadlines", due.label))
        summary = Message(
            "CasesArea", CALENDAR_SUMMARY, {"what": what, "name": record.recipient_name}
        )
        description = Message(
            "CasesArea",
            CALENDAR_DESCRIPTION,
            {
                "what": what,
                "name": record.recipient_name,
                "sent": format_date(record.sent_at, language),
                "due": format_date(due.due, language),
            },
        )
        events.append(
            dataclasses.replace(
                event, summary=translate(summary), description=translate(description)
            )
        )
    return events


__all__ = ["CALENDAR_DESCRIPTION", "CALENDAR_SUMMARY", "calendar_events", "next_reminder_stage"]
