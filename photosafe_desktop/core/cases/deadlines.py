"""Follow-up: each request's status, its due dates, reminders, escalation, calendar files.

- GDPR (Art. 12(3)): an answer is due within one month of receipt; extendable by two months
  if the person is told within the first month (``extended``).
- DSA notices: a first reminder after 7 days without an answer.
- Staged reminders by the request's age: under 30 days, over 30, over 60 days; after the
  last one, escalation: the data-protection authority (GBA/APD), BIPT (DSA), the IEFH for
  intimate images, Child Focus for children.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Protocol

from photosafe_desktop.core.cases.model import INTIMATE_CATEGORIES, Case, Category
from photosafe_desktop.core.dates import format_date, format_when
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.requests.directory import Directory, active_directory
from photosafe_desktop.core.requests.templates import fill, phrase, phrases, template
from photosafe_desktop.core.requests.triage import Ground

DSA_REMINDER_DAYS = 7
STAGE_2_DAYS = 30
STAGE_3_DAYS = 60
#: ``reminders_sent`` at this value: the escalation letter was made, nothing more falls due
ESCALATED = 4


class Status(str, Enum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    REMOVED = "removed"
    REFUSED = "refused"
    NO_ANSWER = "no_answer"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Status``)."""
        return Message("Status", STATUS_LABELS[self])

    @property
    def is_open(self) -> bool:
        """Still waiting for the recipient (something may fall due)."""
        return self in (Status.SENT, Status.ACKNOWLEDGED, Status.NO_ANSWER)


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.SENT: QT_TRANSLATE_NOOP("Status", "Sent, waiting for an answer"),
    Status.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Status", "Receipt confirmed"),
    Status.REMOVED: QT_TRANSLATE_NOOP("Status", "Removed"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Status", "Refused"),
    Status.NO_ANSWER: QT_TRANSLATE_NOOP("Status", "No answer"),
}

#: which status may follow which (a removed image can come back: send again)
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SENT}),
    Status.SENT: frozenset({Status.ACKNOWLEDGED, Status.REMOVED, Status.REFUSED, Status.NO_ANSWER}),
    Status.ACKNOWLEDGED: frozenset({Status.REMOVED, Status.REFUSED, Status.NO_ANSWER}),
    Status.NO_ANSWER: frozenset({Status.SENT, Status.ACKNOWLEDGED, Status.REMOVED, Status.REFUSED}),
    Status.REFUSED: frozenset({Status.SENT}),
    Status.REMOVED: frozenset({Status.SENT}),
}


def can_change(old: Status, new: Status) -> bool:
    return new in TRANSITIONS[old]


class DueKind(str, Enum):
    REMINDER = "reminder"
    ANSWER_DUE = "answer_due"  # GDPR one month (Art. 12(3))
    ESCALATION = "escalation"


DUE_LABELS: dict[tuple[DueKind, int], str] = {
    (DueKind.REMINDER, 1): QT_TRANSLATE_NOOP("Deadlines", "Send a first reminder"),
    (DueKind.ANSWER_DUE, 0): QT_TRANSLATE_NOOP("Deadlines", "The answer is due (one month)"),
    (DueKind.REMINDER, 2): QT_TRANSLATE_NOOP("Deadlines", "Send a second reminder"),
    (DueKind.REMINDER, 3): QT_TRANSLATE_NOOP("Deadlines", "Send a final reminder"),
    (DueKind.ESCALATION, 0): QT_TRANSLATE_NOOP("Deadlines", "Escalate: file a complaint"),
}


@dataclass(frozen=True)
class DueDate:
    kind: DueKind
    due: datetime  # UTC
    stage: int = 0  # reminder stage 1-3

    @property
    def label(self) -> str:
        return DUE_LABELS[(self.kind, self.stage if self.kind is DueKind.REMINDER else 0)]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Deadlines``)."""
        return Message("Deadlines", self.label)

    def overdue(self, now: datetime) -> bool:
        return now >= self.due


class RequestLike(Protocol):
    """What follow-up needs to know about a request (the store's records have it)."""

    @property
    def recipient_name(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def urls(self) -> tuple[str, ...]: ...
    @property
    def text(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def sent_at(self) -> datetime | None: ...
    @property
    def grounds(self) -> frozenset[Ground]: ...
    @property
    def reminders_sent(self) -> int: ...
    @property
    def extended(self) -> bool: ...


def add_months(moment: datetime, months: int) -> datetime:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def schedule(
    sent_at: datetime, grounds: frozenset[Ground], *, extended: bool = False
) -> tuple[DueDate, ...]:
    """Every due date of a request sent at ``sent_at``, in order."""
    items: list[DueDate] = []
    if Ground.CSAM_REPORT in grounds:
        return ()  # the hotline takes it from here; nothing to chase
    items.append(DueDate(DueKind.REMINDER, sent_at + timedelta(days=DSA_REMINDER_DAYS), 1))
    stage_2 = sent_at + timedelta(days=STAGE_2_DAYS)
    stage_3 = sent_at + timedelta(days=STAGE_3_DAYS)
    if Ground.GDPR_ERASURE in grounds:
        answer_due = add_months(sent_at, 3 if extended else 1)
        items.append(DueDate(DueKind.ANSWER_DUE, answer_due))
        # the later reminders say the GDPR month has passed: never before it has
        stage_2 = max(stage_2, answer_due)
        stage_3 = max(stage_3, add_months(sent_at, 2), answer_due + timedelta(days=STAGE_2_DAYS))
    items.append(DueDate(DueKind.REMINDER, stage_2, 2))
    items.append(DueDate(DueKind.REMINDER, stage_3, 3))
    items.append(DueDate(DueKind.ESCALATION, stage_3 + timedelta(days=14)))
    return tuple(sorted(items, key=lambda d: d.due))


def reminder_stage(sent_at: datetime, now: datetime) -> int:
    """0 (too early), 1 (7-30 days), 2 (over 30 days), 3 (over 60 days)."""
    age = now - sent_at
    if age >= timedelta(days=STAGE_3_DAYS):
        return 3
    if age >= timedelta(days=STAGE_2_DAYS):
        return 2
    if age >= timedelta(days=DSA_REMINDER_DAYS):
        return 1
    return 0


def next_due(request: RequestLike, now: datetime | None = None) -> DueDate | None:
    """The next thing to do for ``request`` (possibly already overdue), or None."""
    if request.sent_at is None or request.reminders_sent >= ESCALATED:
        return None
    if request.status is Status.REFUSED:
        refused_at = getattr(request, "status_at", None)
        return DueDate(DueKind.ESCALATION, refused_at or now or datetime.now(timezone.utc))
    if not request.status.is_open:
        return None
    for item in schedule(request.sent_at, request.grounds, extended=request.extended):
        if item.kind is DueKind.REMINDER and item.stage <= request.reminders_sent:
            continue
        if item.kind is DueKind.ANSWER_DUE and now is not None and item.due <= now:
            continue  # past: the reminders that follow carry it
        return item
    return None


# --------------------------------------------------------------------------- letters


@dataclass(frozen=True)
class Letter:
    subject: str
    text: str
    language: str
    to_name: str = ""  # who the letter goes to
    channel: str = ""  # web_form | email | post | ...
    address_or_url: str = ""  # the form's link, the e-mail address or the web page
    to_lines: tuple[str, ...] = ()  # "To: ...", the form link, phone, address (user's language)


def reminder_letter(
    case: Case,
    request: RequestLike,
    stage: int,
    language: str,
    *,
    address_or_url: str = "",
) -> Letter:
    """Reminder ``stage`` (1: under 30 days, 2: over 30, 3: over 60) for ``request``.

    After a valid extension (``request.extended``) the reminder names the extended period
    instead of saying the answer was due within one month.
    """
    if stage not in (1, 2, 3):
        raise ValueError("reminder stage must be 1, 2 or 3")
    if request.sent_at is None:
        raise ValueError("a reminder needs a request that was sent")
    p = phrases(language)
    sent = format_date(request.sent_at, language)
    key = f"reminder_{stage}"
    if request.extended and stage in (2, 3):
        key += "_extended"
    due = format_date(add_months(request.sent_at, 3), language)
    text = fill(
        template(language, "reminder"),
        greeting=p["greeting"],
        body=phrase(language, key, date=sent, due=due),
        locations="\n".join(f"- {url}" for url in request.urls),
        request=p["reminder_request"],
        closing=p["closing"],
        signature=case.requester.name or p["anonymous_signature"],
        original_heading=p["original_heading"],
        original=_quote(request.text),
    )
    address = address_or_url or getattr(request, "address_or_url", "")
    return Letter(
        phrase(language, f"subject_reminder_{stage}", date=sent),
        text.strip() + "\n",
        language,
        to_name=request.recipient_name,
        channel=request.channel,
        address_or_url=address,
        to_lines=_to_lines(language, request.recipient_name, request.channel, address),
    )


def organisation_name(org_id: str, language: str, directory: Directory | None = None) -> str:
    """An organisation's name in ``language`` (phrase ``org_<id>``), else the directory's."""
    p = phrases(language)
    if f"org_{org_id}" in p:
        return p[f"org_{org_id}"]
    org = (directory or active_directory()).organisation(org_id)
    return org.name if org else ""


def _to_lines(
    language: str,
    name: str,
    channel: str,
    address: str,
    phone: str = "",
    postal: str = "",
) -> tuple[str, ...]:
    lines = [phrase(language, "to_line", name=name)] if name else []
    if address:
        if channel == "email" and "@" in address:
            lines.append(phrase(language, "to_email", email=address))
        else:
            lines.append(phrase(language, "to_form", url=address))
    if phone:
        lines.append(phrase(language, "to_phone", phone=phone))
    if postal:
        lines.append(phrase(language, "to_address", address=postal))
    return tuple(lines)


def _quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip().splitlines())


class Escalation(str, Enum):
    GBA = "gba"  # data-protection authority: GDPR erasure refused / unanswered
    BIPT = "bipt"  # Digital Services Coordinator: DSA notice not handled
    IEFH = "iefh"  # Institute for the Equality of Women and Men: intimate images of adults
    CHILD_FOCUS = "child_focus"  # children
    INTERNAL_COMPLAINT = "internal_complaint"  # the platform's own complaint system (DSA Art. 20)
    ODS = "ods"  # a certified out-of-court dispute settlement body (DSA Art. 21)

    @property
    def organisation_id(self) -> str:
        """The directory entry the letter goes to ("" for the platform itself)."""
        return ESCALATION_ORGANISATIONS[self]

    @property
    def label(self) -> str:
        return ESCALATION_LABELS[self]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Deadlines``)."""
        return Message("Deadlines", ESCALATION_LABELS[self])


ESCALATION_LABELS: dict[Escalation, str] = {
    Escalation.GBA: QT_TRANSLATE_NOOP(
        "Deadlines", "Complaint to the Data Protection Authority (GBA/APD)"
    ),
    Escalation.BIPT: QT_TRANSLATE_NOOP(
        "Deadlines", "Complaint to BIPT, the Digital Services Coordinator"
    ),
    Escalation.IEFH: QT_TRANSLATE_NOOP(
        "Deadlines", "Ask the Institute for the Equality of Women and Men (IEFH/IGVM) for help"
    ),
    Escalation.CHILD_FOCUS: QT_TRANSLATE_NOOP("Deadlines", "Ask Child Focus for help"),
    Escalation.INTERNAL_COMPLAINT: QT_TRANSLATE_NOOP(
        "Deadlines", "Contest the platform's decision through its complaint system (DSA Art. 20)"
    ),
    Escalation.ODS: QT_TRANSLATE_NOOP(
        "Deadlines", "Ask an out-of-court dispute settlement body (DSA Art. 21)"
    ),
}

ESCALATION_ORGANISATIONS: dict[Escalation, str] = {
    Escalation.GBA: "gba_apd",
    Escalation.BIPT: "bipt",
    Escalation.IEFH: "iefh",
    Escalation.CHILD_FOCUS: "child_focus",
    Escalation.INTERNAL_COMPLAINT: "",
    Escalation.ODS: "ods_bodies",
}


def escalations_for(case: Case, request: RequestLike | None = None) -> tuple[Escalation, ...]:
    """Who to turn to when a request is refused or unanswered.

    The IEFH assists adults (for minors: Child Focus, whatever the category); a refused DSA
    notice can first be contested with the platform (Art. 20), then before a certified
    out-of-court body (Art. 21).
    """
    if case.category is Category.CSAM:
        return ()
    grounds = (
        request.grounds
        if request is not None
        else frozenset({Ground.GDPR_ERASURE, Ground.DSA_NOTICE})
    )
    out: list[Escalation] = []
    if Ground.GDPR_ERASURE in grounds:
        out.append(Escalation.GBA)
    if Ground.DSA_NOTICE in grounds:
        out.append(Escalation.BIPT)
    known_minor = case.category is Category.INTIMATE_IMAGE_MINOR or (
        case.person_age is not None and case.person_age < 18
    )
    if case.category in INTIMATE_CATEGORIES and not known_minor:
        out.append(Escalation.IEFH)
    if case.concerns_minor:
        out.append(Escalation.CHILD_FOCUS)
    if Ground.DSA_NOTICE in grounds and request is not None and request.status is Status.REFUSED:
        out += [Escalation.INTERNAL_COMPLAINT, Escalation.ODS]
    return tuple(out)


def escalation_letter(
    case: Case,
    kind: Escalation,
    language: str,
    requests: Sequence[RequestLike],
    directory: Directory | None = None,
) -> Letter:
    """A complaint or request for help about ``requests`` that went unanswered or refused,
    addressed to the body in the directory (its form, e-mail, phone and address)."""
    if case.category is Category.CSAM:
        raise ValueError("CSAM cases are handled by the hotline and the police only")
    p = phrases(language)
    sent = [r for r in requests if r.sent_at is not None] or list(requests)
    names = ", ".join(dict.fromkeys(r.recipient_name for r in sent)) or "-"
    history = [
        phrase(
            language,
            "history_line",
            date=format_date(r.sent_at, language) if r.sent_at else "-",
            recipient=r.recipient_name,
            channel=p.get(f"channel_{r.channel}", r.channel),
            status=p[f"status_{r.status.value}"],
        )
        for r in requests
    ]
    urls: list[str] = list(dict.fromkeys(u for r in requests for u in r.urls)) or list(case.urls)
    facts = [phrase(language, f"cat_{case.category.value}")]
    if case.description:
        facts.append(case.description)
    facts.append(phrase(language, "seen", date=format_when(case.seen_at, language)))
    submitter = "\n".join(
        [
            phrase(language, "submitter_name", name=case.requester.name or p["submitter_missing"]),
            phrase(
                language, "submitter_email", email=case.requester.email or p["submitter_missing"]
            ),
        ]
    )
    text = fill(
        template(language, "escalation"),
        greeting=p["greeting"],
        intro=phrase(language, f"intro_{kind.value}", recipient=names),
        facts_heading=p["facts_heading"],
        facts="\n\n".join(facts),
        locations_heading=p["locations_heading"],
        locations="\n".join(f"- {u}" for u in urls),
        history_heading=p["history_heading"],
        history="\n".join(history) or p["history_none"],
        request=p[f"request_{kind.value}"],
        submitter=submitter,
        closing=p["closing"],
        signature=case.requester.name or p["anonymous_signature"],
    )
    if kind is Escalation.INTERNAL_COMPLAINT:
        first = sent[0] if sent else None
        to_name = first.recipient_name if first else ""
        channel = first.channel if first else ""
        address = getattr(first, "address_or_url", "") if first else ""
        lines = _to_lines(language, to_name, channel, address)
    else:
        org = (directory or active_directory()).organisation(kind.organisation_id)
        to_name = organisation_name(kind.organisation_id, language, directory) if org else ""
        channel = org.channel if org else ""
        # a help line is phoned or written to, not sent the hotline's report form
        address = org.address_or_url if org and org.channel in ("web_form", "email") else ""
        lines = (
            _to_lines(language, to_name, channel, address, org.phone, org.address) if org else ()
        )
    return Letter(
        p[f"subject_{kind.value}"],
        text.strip() + "\n",
        language,
        to_name=to_name,
        channel=channel,
        address_or_url=address,
        to_lines=lines,
    )


# --------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    description: str
    day: date


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """RFC 5545 3.1: lines of at most 75 octets, continuation lines start with a space."""
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = " " + char
            limit = 75
        else:
            current += char
    out.append(current)
    return out


def ics_calendar(events: Sequence[CalendarEvent], now: datetime | None = None) -> str:
    """An iCalendar file (RFC 5545) with one all-day event and a reminder per due date."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//PhotoSafe//PhotoSafe Desktop//EN",
        "CALSCALE:GREGORIAN",
    ]
    for event in events:
        end = event.day + timedelta(days=1)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_escape(event.summary)}",
            f"DESCRIPTION:{_ics_escape(event.description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_ics_escape(event.summary)}",
            "TRIGGER:PT9H",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


def write_calendar(path: Path | str, events: Sequence[CalendarEvent]) -> Path:
    """Write :func:`ics_calendar` atomically to ``path``. Raises ``OSError``."""
    return write_atomically(ics_calendar(events).encode("utf-8"), Path(path), mode=0o644)


def due_events(
    request_id: str, recipient_name: str, dues: Sequence[DueDate], summary_prefix: str = "PhotoSafe"
) -> list[CalendarEvent]:
    """Calendar events for ``dues`` (English labels; the UI passes translated ones if it likes).

    No web address or personal detail goes into a calendar entry: calendars are often synced.
    """
    events = []
    for due in dues:
        uid_source = f"{request_id}-{due.kind.value}-{due.stage}"
        uid = hashlib.sha256(uid_source.encode()).hexdigest()[:32] + "@photosafe"
        events.append(
            CalendarEvent(
                uid=uid,
                summary=f"{summary_prefix}: {due.label} ({recipient_name})",
                description=due.label,
                day=due.due.date(),
            )
        )
    return events


__all__ = [
    "ESCALATED",
    "STATUS_LABELS",
    "CalendarEvent",
    "DueDate",
    "DueKind",
    "Escalation",
    "Letter",
    "RequestLike",
    "Status",
    "add_months",
    "can_change",
    "due_events",
    "escalation_letter",
    "escalations_for",
    "ics_calendar",
    "write_calendar",
    "next_due",
    "organisation_name",
    "reminder_letter",
    "reminder_stage",
    "schedule",
]
