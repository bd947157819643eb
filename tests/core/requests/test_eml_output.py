"""Requests as .eml files that any mail client opens, with é/ë intact."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.requests.eml import build_message, eml_bytes, write_eml
from photosafe_desktop.core.requests.letters import draft_all


def test_eml_round_trip_keeps_accents(make_case: Callable[..., Case], tmp_path: Path) -> None:
    case = make_case(
        category="intimate_image_adult",
        requester={"role": "self", "name": "Anaïs Dupré", "email": "anais.dupre@example.org"},
        person_age=30,
        urls=["https://www.reddit.com/r/x/comments/1/a/"],
    )
    request = draft_all(case, "fr").requests[0]
    message = build_message(
        to=request.recipient.address_or_url,
        subject=request.subject + " — é ë",
        text=request.text,
        sender_email=case.requester.email,
        sender_name=case.requester.name,
        language=request.language,
        date=datetime(2026, 3, 15, 9, 0, tzinfo=timezone.utc),
    )
    path = write_eml(tmp_path / "request.eml", message)
    raw = path.read_bytes()
    assert b"\r\n" in raw and raw.isascii()  # 7-bit safe on the wire
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["To"] == "contact@reddit.com"  # Reddit's help page names this address
    assert parsed["From"].addresses[0].display_name == "Anaïs Dupré"
    assert parsed["From"].addresses[0].addr_spec == "anais.dupre@example.org"
    assert parsed["Subject"].endswith("— é ë")
    assert parsed["Date"].datetime == datetime(2026, 3, 15, 9, 0, tzinfo=timezone.utc)
    assert parsed["Message-ID"].endswith("@example.org>")
    assert parsed["Content-Language"] == "fr"
    assert parsed["X-Unsent"] == "1"
    assert parsed.get_content_charset() == "utf-8"
    body = parsed.get_content()
    assert body.replace("\r\n", "\n") == request.text
    assert "Déclaration de bonne foi" in body and "ë" in body


def test_eml_without_sender_and_bad_recipient() -> None:
    message = build_message(to="abuse@hostco.example", subject="S", text="Tekst met ë")
    assert message["From"] is None
    assert "abuse@hostco.example" in eml_bytes(message).decode("ascii")
    with pytest.raises(ValueError):
        build_message(to="not-an-address", subject="S", text="x")
