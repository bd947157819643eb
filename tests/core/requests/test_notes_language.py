"""Saved notes follow the user's language (issue 15): a request drafted in Dutch shows its
directory and phrase-book notes in French once the user switches, old notes included."""

from __future__ import annotations

from photosafe_desktop.core.cases.model import case_from_dict
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.core.requests.recipients import notes_in_language
from photosafe_desktop.core.requests.templates import phrase

CASE = {
    "category": "child_photo_misuse",
    "requester": {"role": "parent", "name": "An", "email": "an@example.org"},
    "urls": ["https://www.whatsapp.com/x", "https://fotos.voorbeeld-kamp.be/1.jpg"],
    "seen_at": "2026-10-01T18:30:00+02:00",
    "person_age": 9,
}


def test_notes_saved_in_dutch_read_in_french() -> None:
    case = case_from_dict(CASE)
    dutch = {r.recipient.id: r.recipient.notes for r in draft_all(case, "nl").requests}
    french = {r.recipient.id: r.recipient.notes for r in draft_all(case, "fr").requests}
    assert any(dutch.values())
    for recipient_id, notes in dutch.items():
        assert notes_in_language(notes, "fr") == french[recipient_id]
        assert notes_in_language(notes, "nl") == notes


def test_old_and_unknown_notes() -> None:
    old = (
        "Het misbruikadres van de hostingprovider is nog niet gekend: zoek het op (photosafe "
        "abuse-contact URL).",
        "A note typed by someone else.",
    )
    assert notes_in_language(old, "fr") == (
        phrase("fr", "note_abuse_unknown"),
        "A note typed by someone else.",
    )
