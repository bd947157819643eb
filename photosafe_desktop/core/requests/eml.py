"""Requests as ``.eml`` files: open them in any mail client (long letters break ``mailto:``).

The message is a standard RFC 5322 e-mail in UTF-8 (``email.message.EmailMessage``), with
``X-Unsent: 1`` so mail clients that know the header open it as a draft ready to send.
"""

from __future__ import annotations

import email.policy
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from photosafe_desktop.core.files import write_atomically


def build_message(
    *,
    to: str,
    subject: str,
    text: str,
    sender_email: str = "",
    sender_name: str = "",
    language: str = "",
    date: datetime | None = None,
    reply_to: str = "",
) -> EmailMessage:
    """A UTF-8 e-mail with proper headers; raises ValueError for a malformed address.

    ``reply_to``: where answers should go when that is not the sending account (the address
    the requester gave in the letter), with the requester's name."""
    message = EmailMessage(policy=email.policy.SMTP)
    if sender_email:
        user, _, domain = sender_email.partition("@")
        message["From"] = Address(display_name=sender_name, username=user, domain=domain)
    if to:
        user, _, domain = to.partition("@")
        if not user or not domain:
            raise ValueError("the recipient is not an e-mail address")
        message["To"] = Address(username=user, domain=domain)
    if reply_to:
        user, _, domain = reply_to.partition("@")
        if not user or not domain:
            raise ValueError("the reply address is not an e-mail address")
        message["Reply-To"] = Address(display_name=sender_name, username=user, domain=domain)
    message["Subject"] = subject
    message["Date"] = format_datetime(date or datetime.now(timezone.utc))
    domain = sender_email.partition("@")[2] or "photosafe.invalid"
    message["Message-ID"] = make_msgid(domain=domain)
    message["X-Unsent"] = "1"
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    if language:  # after set_content, which replaces every Content-* header
        message["Content-Language"] = language
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=email.policy.SMTP)


def write_eml(path: Path, message: EmailMessage) -> Path:
    """Write ``message`` atomically to ``path`` (the folder must exist)."""
    path = Path(path)
    return write_atomically(eml_bytes(message), path)


__all__ = ["build_message", "eml_bytes", "write_eml"]
