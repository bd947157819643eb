"""The case log in words: each stored event (a code and its parameters) as a sentence.

The log keeps codes (``case_created``, ``sent``, ``status`` ...) and plain parameters (a
category, a channel, a status, a recipient id), never sentences, so that the same log reads
in Dutch, French or English in My cases and in the dossier. Logs written by earlier
versions ("web_form: confirmed by the user") read the same way. Sentences come from the
phrase books (``event_*`` in ``resources/templates/<lang>/phrases.json``); an unknown code
gets a neutral sentence, never the code itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from photosafe_desktop.core.cases.deadlines import organisation_name
from photosafe_desktop.core.cases.store import LogEvent, RequestRecord
from photosafe_desktop.core.dates import format_datetime
from photosafe_desktop.core.requests.directory import Directory, active_directory
from photosafe_desktop.core.requests.templates import phrase, phrases

#: the detail the send panel stores when the user says they sent a request themselves
CONFIRMED = "confirmed"
_CONFIRMED_OLD = "confirmed by the user"

#: escalation code -> the organisation it goes to (phrase ``org_<id>``)
_ESCALATION_ORGS = {
    "gba": "gba_apd",
    "bipt": "bipt",
    "iefh": "iefh",
    "child_focus": "child_focus",
    "ods": "ods_bodies",
}


@dataclass(frozen=True)
class HistoryLine:
    """One log event for people: when (in their way) and what happened."""

    when: str
    text: str

    def __str__(self) -> str:
        return f"{self.when}: {self.text}"


def _recipient_from_id(recipient_id: str, directory: Directory | None) -> str:
    """The name behind ``platform:facebook``, ``search:bing``, ``host:example.org``."""
    kind, _, key = recipient_id.partition(":")
    if not key:
        return ""
    if kind == "host":
        return key
    directory = directory or active_directory()
    try:
        if kind == "org":
            org = directory.organisation(key)
            return org.name if org else ""
        return directory.platform(key).name
    except (KeyError, LookupError, ValueError):
        return ""


def describe_event(
    event: LogEvent,
    language: str,
    recipients: Mapping[str, str] | None = None,
    directory: Directory | None = None,
) -> str:
    """``event`` as a sentence in ``language``. ``recipients`` maps request ids to names."""
    p = phrases(language)
    kind, detail = event.kind, event.detail or ""
    recipient = (recipients or {}).get(event.request_id, "")
    if not recipient and kind == "request_added":
        recipient = _recipient_from_id(detail, directory)
    if not recipient and kind == "web_form_opened":
        recipient = _recipient_from_id(detail, directory)
    recipient = recipient or p["event_someone"]

    def channel_name(code: str) -> str:
        return p.get(f"channel_{code}", p["event_other_channel"])

    if kind == "case_created":
        category = p.get(f"category_{detail}", "")
        return phrase(language, "event_case_created", category=category).rstrip(": ")
    if kind in ("sent", "send_failed"):
        channel, _, rest = detail.partition(":")
        rest = rest.strip()
        if kind == "send_failed":
            return phrase(
                language, "event_send_failed", recipient=recipient, channel=channel_name(channel)
            )
        key = "event_sent_confirmed" if rest in (CONFIRMED, _CONFIRMED_OLD) else "event_sent"
        return phrase(language, key, recipient=recipient, channel=channel_name(channel))
    if kind == "status":
        status = p.get(f"status_{detail}", "")
        if not status:
            return phrase(language, "event_other")
        return phrase(language, "event_status", recipient=recipient, status=status)
    if kind == "reminder":
        return phrase(language, "event_reminder", recipient=recipient, stage=detail or "1")
    if kind == "escalation":
        if detail == "internal_complaint":
            return phrase(language, "event_escalation_internal", recipient=recipient)
        org_id = _ESCALATION_ORGS.get(detail, "")
        organisation = organisation_name(org_id, language, directory) if org_id else ""
        if not organisation:
            return phrase(language, "event_escalation_unknown", recipient=recipient)
        return phrase(language, "event_escalation", recipient=recipient, organisation=organisation)
    if kind == "safety_purge":
        try:
            counts = json.loads(detail) if detail else {}
        except ValueError:
            counts = {}
        if not isinstance(counts, dict):
            counts = {}
        return phrase(
            language,
            "event_safety_purge",
            screenshots=int(counts.get("screenshots", 0) or 0),
            requests=int(counts.get("requests_removed", 0) or 0)
            + int(counts.get("requests_redacted", 0) or 0),
        )
    simple = {
        "case_updated": "event_case_updated",
        "request_added": "event_request_added",
        "evidence_added": "event_evidence_added",
        "request_edited": "event_request_edited",
        "address_changed": "event_address_changed",
        "eml_saved": "event_eml_saved",
        "web_form_opened": "event_web_form_opened",
    }
    if kind in simple:
        return phrase(language, simple[kind], recipient=recipient)
    return phrase(language, "event_other")


def history(
    events: Sequence[LogEvent],
    language: str,
    requests: Sequence[RequestRecord] = (),
    directory: Directory | None = None,
) -> list[HistoryLine]:
    """The whole log of a case, oldest first, in ``language``."""
    names = {r.id: r.recipient_name for r in requests}
    return [
        HistoryLine(
            format_datetime(event.at, language),
            describe_event(event, language, names, directory),
        )
        for event in events
    ]


#: every event code the app writes (tests render each one)
EVENT_KINDS = (
    "case_created",
    "case_updated",
    "request_added",
    "evidence_added",
    "request_edited",
    "address_changed",
    "sent",
    "send_failed",
    "status",
    "reminder",
    "escalation",
    "eml_saved",
    "web_form_opened",
    "safety_purge",
)

__all__ = [
    "CONFIRMED",
    "EVENT_KINDS",
    "HistoryLine",
    "describe_event",
    "history",
]
