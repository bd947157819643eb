"""One case from the wizard's answers to the dossier: what the UI (issue 7) will do."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from photosafe_desktop.core.cases.deadlines import (
    DueKind,
    Escalation,
    Status,
    due_events,
    escalation_letter,
    escalations_for,
    ics_calendar,
    reminder_letter,
    reminder_stage,
    schedule,
)
from photosafe_desktop.core.cases.dossier import build_dossier
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.requests.eml import build_message, write_eml
from photosafe_desktop.core.requests.letters import draft_all, ensure_complete, recheck
from photosafe_desktop.core.requests.recipients import HostContact


def test_whole_case_flow(make_case: Callable[..., Case], tmp_path: Path) -> None:
    case = make_case(
        requester={
            "role": "organisation",
            "name": "Jef Peeters",
            "email": "jef@chiro-example.be",
            "organisation": "Chiro Sint-Jan",
        },
        urls=["https://www.instagram.com/p/kamp", "https://fotos.example.net/kamp-2026/12.jpg"],
    )
    contacts = {
        "fotos.example.net": HostContact("fotos.example.net", "HostCo B.V.", "abuse@hostco.example")
    }
    drafts = draft_all(case, "nl", host_contacts=contacts)
    assert [r.recipient.id for r in drafts.requests] == [
        "platform:instagram",
        "host:fotos.example.net",
        "search:google_search",
        "search:bing",
    ]
    first = drafts.requests[0]
    assert "Chiro Sint-Jan" in first.text and "jeugdorganisatie" in first.text
    edited = recheck(first, case, first.text.replace("Met vriendelijke groeten,", "Met dank,"))
    ensure_complete(edited)

    sent_at = datetime(2026, 3, 15, 9, 0, tzinfo=timezone.utc)
    with CaseStore() as store:
        store.add_case(case)
        records = [store.add_request(case.id, d) for d in (edited, *drafts.requests[1:])]
        store.update_request_text(records[0].id, edited.subject, edited.text)
        host = records[1]
        message = build_message(
            to=host.address_or_url,
            subject=host.subject,
            text=host.text,
            sender_email=case.requester.email,
            sender_name=case.requester.name,
            language=host.language,
        )
        path = write_eml(tmp_path / "hostco.eml", message)
        assert (
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)["To"]
            == "abuse@hostco.example"
        )
        for record in records:
            store.record_send(
                record.id,
                "eml" if record.channel == "email" else record.channel,
                True,
                "",
                at=sent_at,
            )

        later = sent_at + timedelta(days=35)
        due = store.due_items(later)
        assert len(due) == 4 and all(item.overdue for item in due)
        assert reminder_stage(sent_at, later) == 2
        insta = store.get_request(records[0].id)
        letter = reminder_letter(case, insta, 1, "nl")
        store.record_reminder(insta.id, 1)
        assert "15/03/2026" in letter.text and "2026-03-15" not in letter.text
        store.set_status(records[2].id, Status.REMOVED, at=sent_at + timedelta(days=3))
        store.set_status(insta.id, Status.REFUSED, at=sent_at + timedelta(days=20))
        assert escalations_for(case, store.get_request(insta.id)) == (
            Escalation.GBA,
            Escalation.BIPT,
            Escalation.CHILD_FOCUS,
            Escalation.INTERNAL_COMPLAINT,  # refused: contest it with the platform (DSA Art. 20)
            Escalation.ODS,  # then a certified out-of-court body (Art. 21)
        )
        complaint = escalation_letter(case, Escalation.GBA, "fr", [store.get_request(insta.id)])
        assert "Instagram" in complaint.text and "refusé" in complaint.text
        assert "Autorité de protection des données" in complaint.to_name
        assert complaint.address_or_url.startswith("https://www.gegevensbeschermingsautoriteit.be/")
        assert complaint.to_lines[0].startswith("À : ")

        calendar = ics_calendar(
            due_events(host.id, host.recipient_name, schedule(sent_at, host.grounds))
        )
        assert calendar.count("BEGIN:VEVENT") == len(schedule(sent_at, host.grounds))
        refused = store.get_request(insta.id).next_due(later)
        assert refused is not None and refused.kind is DueKind.ESCALATION and refused.overdue(later)
        store.record_escalation(insta.id, Escalation.GBA.value)
        assert store.get_request(insta.id).next_due(later) is None
        assert store.get_request(records[2].id).next_due(later) is None  # removed
        summary = store.list_cases(later)[0]
        assert summary.overdue and summary.next_due is not None
        assert (summary.next_due.kind, summary.next_due.stage) == (DueKind.REMINDER, 1)  # the host
        assert [e.kind for e in store.events(case.id)].count("escalation") == 1

        dossier = build_dossier(
            case,
            store.list_requests(case.id),
            store.events(case.id),
            store.list_evidence(case.id),
            "nl",
            tmp_path / "dossier.pdf",
        )
        assert dossier.stat().st_size > 5000
        store.delete_case(case.id)
        assert store.list_cases() == []
