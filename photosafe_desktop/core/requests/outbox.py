"""Sending one saved request: the use-cases the send panel (wizard and My cases) calls.

Each builds what goes out from the request *as it was saved* (subject, text, language,
recipient) and hands it to :mod:`.sending`; the caller records the outcome in the case log
(:meth:`~photosafe_desktop.core.cases.store.CaseStore.record_send`). Secrets come from the
caller (the keyring, or asked each time); nothing here keeps them.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.cases.store import RequestRecord
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.requests.sending import (
    ApiConfig,
    ApiResult,
    SmtpConfig,
    api_payload,
    api_send,
    request_message,
    save_eml,
    smtp_send,
)


def reply_address(case: Case) -> str:
    """The address the requester gave in the letter ('' when none)."""
    return case.requester.email.strip()


def reply_note(case: Case, sender_email: str) -> Message | None:
    """A warning when answers cannot reach the requester at the address they expect: the
    letter gives no address of theirs (answers go to the sending account, or nowhere)."""
    if reply_address(case):
        return None
    sender_email = sender_email.strip()
    if sender_email:
        return Message(
            "Sending",
            QT_TRANSLATE_NOOP(
                "Sending",
                "Your request gives no e-mail address of yours: answers will go to the mail "
                "account {sender}. Check that mailbox.",
            ),
            {"sender": sender_email},
        )
    return Message(
        "Sending",
        QT_TRANSLATE_NOOP(
            "Sending",
            "No e-mail address of yours is known, so the recipient cannot answer you. Fill in "
            "your address in your mail program before you send it.",
        ),
    )


def email_for(record: RequestRecord, case: Case, config: SmtpConfig, to: str) -> EmailMessage:
    """The e-mail for ``record`` from the user's account. Raises SendError (bad address);
    quick, so the panel checks it before anything is sent or logged."""
    return request_message(
        to=to,
        subject=record.subject,
        text=record.text,
        sender_email=config.sender,
        sender_name=case.requester.name,
        language=record.language,
        reply_to=reply_address(case),
    )


def send_email(config: SmtpConfig, password: str | None, message: EmailMessage) -> str:
    """Send through the user's SMTP account (network; run it off the GUI thread); a short
    result for the case log. Raises SendError (refused, no network, wrong password)."""
    return smtp_send(config, password, message)


def send_to_api(record: RequestRecord, case: Case, endpoint: str, token: str | None) -> ApiResult:
    """Post the request to an organisation's intake system. Raises SendError."""
    payload = api_payload(
        case,
        request_id=record.id,
        recipient=record.recipient_name,
        language=record.language,
        subject=record.subject,
        text=record.text,
        urls=record.urls,
    )
    return api_send(ApiConfig(endpoint), token, payload)


def save_as_eml(path: Path, record: RequestRecord, case: Case, to: str, sender_email: str) -> Path:
    """The request as an ``.eml`` draft for any mail client. Raises SendError."""
    return save_eml(
        path,
        to=to if "@" in to else "",
        subject=record.subject,
        text=record.text,
        sender_email=sender_email or case.requester.email,
        sender_name=case.requester.name,
        language=record.language,
        reply_to=reply_address(case),
    )


__all__ = ["email_for", "reply_address", "reply_note", "save_as_eml", "send_email", "send_to_api"]
