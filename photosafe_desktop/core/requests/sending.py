"""Sending a drafted request: through the user's SMTP account, to an organisation's API, or
as an ``.eml`` file for any mail client.

- SMTP (``smtplib``): STARTTLS on 587, implicit TLS on 465, or none (local relays only);
  login when a user name is set; a timeout on every step. Failures become a
  :class:`SendError` with a stable ``code`` and a translatable message (wrong password,
  offline, connection refused, TLS problem, address refused...).
- API: a JSON POST with ``requests``; the token goes in an ``Authorization: Bearer`` header;
  connection errors, timeouts and 5xx answers are retried with exponential backoff (the same
  ``Idempotency-Key`` each time), 4xx answers are not.
- ``.eml``: the engine's :func:`~photosafe_desktop.core.requests.eml.build_message`.

Passwords and tokens are parameters only: nothing here stores or logs them, nor any
address or URL.
"""

from __future__ import annotations

import base64
import ipaddress
import logging
import smtplib
import socket
import ssl
import time
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import requests

from photosafe_desktop import __version__
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.requests.eml import build_message, write_eml

log = logging.getLogger(__name__)

SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
API_SCHEMA = "photosafe.removal-request/1"
USER_AGENT = f"PhotoSafe-Desktop/{__version__}"


class SendError(PhotoSafeError):
    """Sending failed for a reason the user can understand; ``code`` is stable."""

    def __init__(self, code: str, text: str, **params: Any) -> None:
        super().__init__(code, text, context="Sending", **params)


def _error(code: str, **params: Any) -> SendError:
    return SendError(code, _MESSAGES[code], **params)


def not_configured() -> SendError:
    """The error for a mail account that is not set up (the UI shows it before trying)."""
    return _error("not_configured")


_MESSAGES: dict[str, str] = {
    "not_configured": QT_TRANSLATE_NOOP(
        "Sending", "The mail server is not set up yet: fill in the server and your address."
    ),
    "no_recipient": QT_TRANSLATE_NOOP(
        "Sending", "There is no e-mail address to send this request to."
    ),
    "bad_address": QT_TRANSLATE_NOOP(
        "Sending", "The e-mail address '{address}' does not look right."
    ),
    "offline": QT_TRANSLATE_NOOP(
        "Sending",
        "PhotoSafe could not reach the server. Check your internet connection and the server "
        "name, then try again.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Sending",
        "The server refused the connection. Check the server name and the port number.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Sending", "The server did not answer in time. Try again in a moment."
    ),
    "tls_failed": QT_TRANSLATE_NOOP(
        "Sending",
        "A secure connection to the mail server could not be made. Check the security setting "
        "(STARTTLS usually goes with port 587, SSL/TLS with port 465).",
    ),
    "auth_failed": QT_TRANSLATE_NOOP(
        "Sending",
        "The mail server did not accept your user name or password. Some providers need an "
        "app password: see your provider's help pages.",
    ),
    "auth_unsupported": QT_TRANSLATE_NOOP(
        "Sending",
        "This mail server does not offer a login on this connection. Check the security "
        "setting, or leave the user name empty if the server needs no login.",
    ),
    "recipient_refused": QT_TRANSLATE_NOOP(
        "Sending", "The mail server refused the recipient's address: {reason}"
    ),
    "sender_refused": QT_TRANSLATE_NOOP(
        "Sending",
        "The mail server refused your address as sender. Use the address of this mail "
        "account: {reason}",
    ),
    "server_error": QT_TRANSLATE_NOOP("Sending", "The server reported a problem: {reason}"),
    "api_not_configured": QT_TRANSLATE_NOOP(
        "Sending", "No organisation's address (endpoint) is set up for sending."
    ),
    "api_rejected": QT_TRANSLATE_NOOP(
        "Sending", "The organisation's system refused the request (HTTP {status}): {reason}"
    ),
    "api_unauthorised": QT_TRANSLATE_NOOP(
        "Sending",
        "The organisation's system did not accept the access token (HTTP {status}). Check the "
        "token in the settings.",
    ),
    "api_server_error": QT_TRANSLATE_NOOP(
        "Sending",
        "The organisation's system reported a problem (HTTP {status}), also after {attempts} "
        "tries. Try again later.",
    ),
    "write_failed": QT_TRANSLATE_NOOP("Sending", "The file could not be saved: {reason}"),
    "insecure_smtp": QT_TRANSLATE_NOOP(
        "Sending",
        "Without a secure connection PhotoSafe only sends mail to a mail server on this "
        "computer: your password and the request would travel in clear. Choose STARTTLS or "
        "SSL/TLS for this server.",
    ),
    "insecure_api": QT_TRANSLATE_NOOP(
        "Sending",
        "PhotoSafe only sends requests and access tokens over a secure connection (an address "
        "starting with https://), except to a program on this computer. Check the "
        "organisation's address.",
    ),
}


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this computer (``localhost``, 127.0.0.0/8, ``::1``), decided
    from the name alone: looking it up would itself be network traffic, and could lie."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _check_plain_smtp(config: SmtpConfig) -> None:
    if config.security == "none" and not is_loopback_host(config.host):
        raise _error("insecure_smtp")


# --------------------------------------------------------------------------- SMTP


@dataclass(frozen=True)
class SmtpConfig:
    """The user's mail account (no password: that is passed separately, never stored here)."""

    host: str
    port: int = 587
    security: str = "starttls"  # starttls | tls | none
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""
    timeout: float = 20.0

    @property
    def complete(self) -> bool:
        return bool(self.host.strip() and self.sender.strip() and 0 < self.port < 65536)


def _check_address(address: str) -> str:
    address = address.strip()
    user, at, domain = address.partition("@")
    if not at or not user or not domain or " " in address or "." not in domain:
        raise _error("bad_address", address=address)
    return address


def _connect(config: SmtpConfig, context: ssl.SSLContext | None) -> smtplib.SMTP:
    if config.security not in SECURITY_MODES:
        raise ValueError(f"unknown security mode {config.security!r}")
    context = context or ssl.create_default_context()
    server: smtplib.SMTP
    if config.security == "tls":
        server = smtplib.SMTP_SSL(
            config.host.strip(), config.port, timeout=config.timeout, context=context
        )
    else:
        server = smtplib.SMTP(config.host.strip(), config.port, timeout=config.timeout)
    try:
        server.ehlo()
        if config.security == "starttls":
            server.starttls(context=context)
            server.ehlo()
    except BaseException:
        _close(server)
        raise
    return server


def _close(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


def _login(server: smtplib.SMTP, config: SmtpConfig, password: str | None) -> None:
    user, password = config.user.strip(), password or ""
    if not user:
        return
    if (user + password).isascii():
        server.login(user, password)
        return
    # smtplib encodes credentials as ASCII; AUTH PLAIN is UTF-8 (RFC 4616): do it ourselves
    if not server.has_extn("auth") or "PLAIN" not in server.esmtp_features["auth"].upper():
        raise smtplib.SMTPNotSupportedError("SMTP AUTH PLAIN not supported by server.")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, answer = server.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _smtp_reason(exc: smtplib.SMTPResponseException) -> str:
    error = exc.smtp_error
    text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
    return f"{exc.smtp_code} {text}".strip()


def _translate_smtp_error(exc: BaseException) -> SendError:
    """Map smtplib / socket / ssl failures to a :class:`SendError` (order matters)."""
    if isinstance(exc, SendError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _error("auth_failed")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        text = str(exc).lower()
        return _error("tls_failed" if "starttls" in text else "auth_unsupported")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        reasons = [
            f"{code} {msg.decode('utf-8', 'replace') if isinstance(msg, bytes) else msg}"
            for code, msg in exc.recipients.values()
        ]
        return _error("recipient_refused", reason="; ".join(reasons))
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _error("sender_refused", reason=_smtp_reason(exc))
    if isinstance(exc, smtplib.SMTPResponseException):
        return _error("server_error", reason=_smtp_reason(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _error("server_error", reason=str(exc) or "disconnected")
    if isinstance(exc, smtplib.SMTPException):
        return _error("server_error", reason=str(exc) or type(exc).__name__)
    if isinstance(exc, ssl.SSLError):
        return _error("tls_failed")
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return _error("timeout")
    if isinstance(exc, ConnectionRefusedError):
        return _error("refused")
    if isinstance(exc, (socket.gaierror, OSError)):
        return _error("offline")
    raise exc


def smtp_test(
    config: SmtpConfig, password: str | None, *, ssl_context: ssl.SSLContext | None = None
) -> None:
    """Connect, secure, log in and say goodbye; raises :class:`SendError` on any problem."""
    if not config.complete:
        raise _error("not_configured")
    _check_plain_smtp(config)
    try:
        server = _connect(config, ssl_context)
        try:
            _login(server, config, password)
            server.noop()
        finally:
            _close(server)
    except BaseException as exc:  # noqa: BLE001 - translated or re-raised
        log.info("SMTP test failed (%s)", type(exc).__name__)
        raise _translate_smtp_error(exc) from exc
    log.info("SMTP test succeeded")


def smtp_send(
    config: SmtpConfig,
    password: str | None,
    message: EmailMessage,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Send ``message`` through the user's account; returns a short result for the case log."""
    if not config.complete:
        raise _error("not_configured")
    if not message.get("To"):
        raise _error("no_recipient")
    sender = _check_address(config.sender)
    _check_plain_smtp(config)
    try:
        server = _connect(config, ssl_context)
        try:
            _login(server, config, password)
            refused = server.send_message(message, from_addr=sender)
        finally:
            _close(server)
    except BaseException as exc:  # noqa: BLE001 - translated or re-raised
        log.info("SMTP send failed (%s)", type(exc).__name__)
        raise _translate_smtp_error(exc) from exc
    if refused:
        raise _error("recipient_refused", reason="; ".join(f"{c[0]}" for c in refused.values()))
    log.info("request sent by e-mail")
    return "accepted by the mail server"


def request_message(
    *,
    to: str,
    subject: str,
    text: str,
    sender_email: str = "",
    sender_name: str = "",
    language: str = "",
    sent: bool = True,
    reply_to: str = "",
) -> EmailMessage:
    """The e-mail for a request; ``sent=False`` keeps ``X-Unsent`` (a draft for a mail client).
    ``reply_to`` is set as Reply-To when it is not the sender's own address."""
    to = _check_address(to) if to.strip() else ""
    if sender_email.strip():
        sender_email = _check_address(sender_email)
    reply_to = _check_address(reply_to) if reply_to.strip() else ""
    if reply_to.lower() == sender_email.lower():
        reply_to = ""
    message = build_message(
        to=to,
        subject=subject,
        text=text,
        sender_email=sender_email,
        sender_name=sender_name,
        language=language,
        reply_to=reply_to,
    )
    if sent:
        del message["X-Unsent"]
    return message


def save_eml(
    path: Path,
    *,
    to: str,
    subject: str,
    text: str,
    sender_email: str = "",
    sender_name: str = "",
    language: str = "",
    reply_to: str = "",
) -> Path:
    """Write the request as an ``.eml`` draft (opens in any mail client, ready to send)."""
    message = request_message(
        to=to,
        subject=subject,
        text=text,
        sender_email=sender_email,
        sender_name=sender_name,
        language=language,
        sent=False,
        reply_to=reply_to,
    )
    try:
        return write_eml(Path(path), message)
    except OSError as exc:
        raise _error("write_failed", reason=exc.strerror or type(exc).__name__) from exc


# --------------------------------------------------------------------------- API


@dataclass(frozen=True)
class ApiConfig:
    endpoint: str
    timeout: tuple[float, float] | float = (5.0, 20.0)
    attempts: int = 3  # tries in all (1 = no retry)
    backoff: float = 1.0  # seconds before the 2nd try; doubles each time

    @property
    def complete(self) -> bool:
        return self.endpoint.strip().lower().startswith(("https://", "http://"))


@dataclass(frozen=True)
class ApiResult:
    status: int
    reference: str  # the receiving system's id for the request, when it gave one
    attempts: int


def api_payload(
    case: Case,
    *,
    request_id: str,
    recipient: str,
    language: str,
    subject: str,
    text: str,
    urls: tuple[str, ...],
    now: datetime | None = None,
) -> dict[str, Any]:
    """The JSON body sent to an organisation's system (stable, versioned by ``schema``)."""
    requester = case.requester
    submitter: dict[str, str] | None = None
    if requester.name or requester.email:
        submitter = {
            "role": requester.role.value,
            "name": requester.name,
            "email": requester.email,
            "organisation": requester.organisation,
        }
    return {
        "schema": API_SCHEMA,
        "request_id": request_id,
        "case_id": case.id,
        "category": case.category.value,
        "recipient": recipient,
        "language": language,
        "subject": subject,
        "text": text,
        "urls": list(urls),
        "seen_at": case.seen_at.isoformat(),
        "submitter": submitter,
        "sent_at": (now or datetime.now(timezone.utc)).isoformat(),
    }


def _api_reason(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, Mapping):
        for key in ("message", "error", "detail"):
            if isinstance(data.get(key), str):
                return str(data[key])[:300]
    return (response.reason or "").strip()[:300] or "-"


def api_send(
    config: ApiConfig,
    token: str | None,
    payload: Mapping[str, Any],
    *,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> ApiResult:
    """POST ``payload`` as JSON; retries connection errors, timeouts and 5xx, never 4xx."""
    if not config.complete:
        raise _error("api_not_configured")
    endpoint = urllib.parse.urlsplit(config.endpoint.strip())
    if endpoint.scheme.lower() != "https" and not is_loopback_host(endpoint.hostname or ""):
        raise _error("insecure_api")  # the token and the requester's details, in clear
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
        "Idempotency-Key": str(payload.get("request_id") or uuid.uuid4().hex),
    }
    if token:
        headers["Authorization"] = f"Bearer {token}"
    own_session = session is None
    http = session or requests.Session()
    attempts = max(1, config.attempts)
    last: SendError | None = None
    try:
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                sleep(config.backoff * (2 ** (attempt - 2)))
            try:
                response = http.post(
                    config.endpoint.strip(),
                    json=dict(payload),
                    headers=headers,
                    timeout=config.timeout,
                    allow_redirects=False,
                )
            except requests.Timeout:
                log.info("API send timed out (try %d)", attempt)
                last = _error("timeout")
                continue
            except requests.ConnectionError:
                log.info("API send could not connect (try %d)", attempt)
                last = _error("offline")
                continue
            with response:
                status = response.status_code
                if 200 <= status < 300:
                    reference = ""
                    try:
                        data = response.json()
                    except ValueError:
                        data = None
                    if isinstance(data, Mapping):
                        value = data.get("reference") or data.get("id") or ""
                        reference = str(value)[:200]
                    log.info("request sent to the organisation's API (HTTP %d)", status)
                    return ApiResult(status, reference, attempt)
                if status >= 500:
                    log.info("API answered HTTP %d (try %d)", status, attempt)
                    last = _error("api_server_error", status=status, attempts=attempt)
                    continue
                log.info("API refused the request (HTTP %d)", status)
                if status in (401, 403):
                    raise _error("api_unauthorised", status=status)
                raise _error("api_rejected", status=status, reason=_api_reason(response))
    finally:
        if own_session:
            http.close()
    assert last is not None
    raise last


__all__ = [
    "API_SCHEMA",
    "DEFAULT_PORTS",
    "SECURITY_MODES",
    "ApiConfig",
    "ApiResult",
    "SendError",
    "SmtpConfig",
    "api_payload",
    "api_send",
    "not_configured",
    "request_message",
    "save_eml",
    "smtp_send",
    "smtp_test",
]
