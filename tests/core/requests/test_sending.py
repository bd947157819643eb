"""Sending for real: SMTP to a local aiosmtpd server, JSON to a local HTTP server, .eml files."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from local_servers import ApiServer, free_port, self_signed, smtp_server

from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.core.requests.sending import (
    ApiConfig,
    SendError,
    SmtpConfig,
    api_payload,
    api_send,
    request_message,
    save_eml,
    smtp_send,
    smtp_test,
)

pytestmark = pytest.mark.network_local

PASSWORD = "s3cret-Pässword"


def _message(case: Case, to: str = "abuse@hostco.example") -> Any:
    request = draft_all(case, "nl").requests[0]
    return request, request_message(
        to=to,
        subject=request.subject + " — é ë",
        text=request.text,
        sender_email="ouder@example.be",
        sender_name="Anaïs Dupré",
        language="nl",
    )


def _parse(data: bytes) -> Any:
    return email.message_from_bytes(data, policy=email.policy.default)


def test_smtp_plain_with_login_delivers_utf8(make_case: Callable[..., Case]) -> None:
    case = make_case()
    request, message = _message(case)
    with smtp_server(user="ouder", password=PASSWORD) as (port, handler):
        config = SmtpConfig("127.0.0.1", port, "none", "ouder", "ouder@example.be", timeout=5)
        result = smtp_send(config, PASSWORD, message)
    assert result
    assert len(handler.messages) == 1
    received = handler.messages[0]
    assert received.login == "ouder"
    assert received.mail_from == "ouder@example.be"
    assert received.rcpt_tos == ["abuse@hostco.example"]
    parsed = _parse(received.data)
    assert parsed["To"] == "abuse@hostco.example"
    assert parsed["From"] == "Anaïs Dupré <ouder@example.be>"
    assert parsed["Subject"].endswith("— é ë")
    assert parsed["Content-Language"] == "nl"
    assert "X-Unsent" not in parsed
    body = parsed.get_content()
    assert "Anaïs Dupré" in body and "ë é ç" in body
    assert "https://www.facebook.com/photo/?fbid=123" in body
    assert parsed.get_content_charset() == "utf-8"


def test_smtp_wrong_password_is_a_clear_error(make_case: Callable[..., Case]) -> None:
    _request, message = _message(make_case())
    with smtp_server(user="ouder", password=PASSWORD) as (port, handler):
        config = SmtpConfig("127.0.0.1", port, "none", "ouder", "ouder@example.be", timeout=5)
        with pytest.raises(SendError) as info:
            smtp_send(config, "wrong", message)
        with pytest.raises(SendError) as test_info:
            smtp_test(config, "wrong")
        smtp_test(config, PASSWORD)  # the right one passes the test
    assert info.value.code == "auth_failed" == test_info.value.code
    assert "password" in info.value.message.english()
    assert handler.messages == []


def test_smtp_connection_refused_and_offline(
    make_case: Callable[..., Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    _request, message = _message(make_case())
    closed = SmtpConfig("127.0.0.1", free_port(), "none", "", "ouder@example.be", timeout=3)
    with pytest.raises(SendError) as info:
        smtp_send(closed, None, message)
    assert info.value.code == "refused"

    # no name resolution (as when offline): no traffic leaves the machine
    def no_dns(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    nowhere = SmtpConfig("mail.invalid", 587, "starttls", "", "ouder@example.be", timeout=3)
    with pytest.raises(SendError) as info:
        smtp_send(nowhere, None, message)
    assert info.value.code == "offline"


def test_smtp_not_configured_and_no_recipient(make_case: Callable[..., Case]) -> None:
    _request, message = _message(make_case())
    with pytest.raises(SendError) as info:
        smtp_send(SmtpConfig("", 587, "starttls", "", ""), None, message)
    assert info.value.code == "not_configured"
    with pytest.raises(SendError) as info:
        request_message(to="not an address", subject="x", text="y")
    assert info.value.code == "bad_address"


def test_smtp_starttls_required_but_missing_is_a_tls_error(
    make_case: Callable[..., Case],
) -> None:
    _request, message = _message(make_case())
    with smtp_server() as (port, handler):  # no TLS offered
        config = SmtpConfig("127.0.0.1", port, "starttls", "", "ouder@example.be", timeout=5)
        with pytest.raises(SendError) as info:
            smtp_send(config, None, message)
    assert info.value.code == "tls_failed"
    assert handler.messages == []


def _tls_contexts(tmp_path: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    made = self_signed(tmp_path)
    if made is None:
        pytest.skip("openssl command not available")
    cert, key = made
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client


def test_smtp_starttls_and_login(make_case: Callable[..., Case], tmp_path: Path) -> None:
    server_ctx, client_ctx = _tls_contexts(tmp_path)
    _request, message = _message(make_case())
    with smtp_server(user="ouder", password=PASSWORD, tls_context=server_ctx) as (port, handler):
        config = SmtpConfig("127.0.0.1", port, "starttls", "ouder", "ouder@example.be", timeout=5)
        smtp_send(config, PASSWORD, message, ssl_context=client_ctx)
        # the default context does not trust the self-signed certificate: a TLS error
        with pytest.raises(SendError) as info:
            smtp_send(config, PASSWORD, message)
    assert info.value.code == "tls_failed"
    assert len(handler.messages) == 1
    assert "ë" in _parse(handler.messages[0].data)["Subject"]


def test_smtp_implicit_tls(make_case: Callable[..., Case], tmp_path: Path) -> None:
    server_ctx, client_ctx = _tls_contexts(tmp_path)
    _request, message = _message(make_case())
    with smtp_server(user="ouder", password=PASSWORD, implicit_tls=server_ctx) as (port, handler):
        config = SmtpConfig("127.0.0.1", port, "tls", "ouder", "ouder@example.be", timeout=5)
        smtp_test(config, PASSWORD, ssl_context=client_ctx)
        smtp_send(config, PASSWORD, message, ssl_context=client_ctx)
    assert len(handler.messages) == 1


# --------------------------------------------------------------------------- API


def _payload(case: Case) -> dict[str, Any]:
    request = draft_all(case, "fr").requests[0]
    return api_payload(
        case,
        request_id="req-1",
        recipient=request.recipient.name,
        language="fr",
        subject=request.subject,
        text=request.text,
        urls=request.recipient.urls,
    )


def test_api_success_sends_json_with_bearer_token(make_case: Callable[..., Case]) -> None:
    case = make_case()
    with ApiServer() as server:
        result = api_send(ApiConfig(server.url, timeout=3), "tok-123", _payload(case))
    assert (result.status, result.reference, result.attempts) == (201, "REF-1", 1)
    (call,) = server.calls
    assert call.headers["Authorization"] == "Bearer tok-123"
    assert call.headers["Content-Type"].startswith("application/json")
    assert call.headers["Idempotency-Key"] == "req-1"
    body = call.json()
    assert body["schema"] == "photosafe.removal-request/1"
    assert body["category"] == "child_photo_misuse"
    assert body["urls"] == ["https://www.facebook.com/photo/?fbid=123"]
    assert body["submitter"]["name"] == "Anaïs Dupré"
    assert "ë é ç" in body["text"]


def test_api_4xx_is_not_retried(make_case: Callable[..., Case]) -> None:
    sleeps: list[float] = []
    with ApiServer() as server:
        server.script = [(422, {"message": "urls: not allowed"}, 0.0)]
        with pytest.raises(SendError) as info:
            api_send(
                ApiConfig(server.url, timeout=3), "t", _payload(make_case()), sleep=sleeps.append
            )
        assert len(server.calls) == 1
        server.calls.clear()
        server.script = [(401, {}, 0.0)]
        with pytest.raises(SendError) as unauthorised:
            api_send(
                ApiConfig(server.url, timeout=3), "t", _payload(make_case()), sleep=sleeps.append
            )
        assert len(server.calls) == 1
    assert info.value.code == "api_rejected"
    assert "urls: not allowed" in info.value.message.english()
    assert unauthorised.value.code == "api_unauthorised"
    assert sleeps == []


def test_api_5xx_is_retried_with_backoff(make_case: Callable[..., Case]) -> None:
    sleeps: list[float] = []
    with ApiServer() as server:
        server.script = [(503, {}, 0.0), (502, {}, 0.0), (200, {"id": 77}, 0.0)]
        result = api_send(
            ApiConfig(server.url, timeout=3, attempts=3, backoff=0.5),
            "t",
            _payload(make_case()),
            sleep=sleeps.append,
        )
        assert len(server.calls) == 3
        # the same idempotency key every time: the receiver can drop duplicates
        assert {c.headers["Idempotency-Key"] for c in server.calls} == {"req-1"}
    assert (result.status, result.reference, result.attempts) == (200, "77", 3)
    assert sleeps == [0.5, 1.0]


def test_api_5xx_gives_up_after_the_last_try(make_case: Callable[..., Case]) -> None:
    with ApiServer() as server:
        server.script = [(500, {}, 0.0)]
        with pytest.raises(SendError) as info:
            api_send(
                ApiConfig(server.url, timeout=3, attempts=2, backoff=0.01),
                "t",
                _payload(make_case()),
            )
        assert len(server.calls) == 2
    assert info.value.code == "api_server_error"
    assert "500" in info.value.message.english()


def test_api_timeout_is_retried_then_reported(make_case: Callable[..., Case]) -> None:
    with ApiServer() as server:
        server.script = [(200, {}, 1.5)]
        start = time.monotonic()
        with pytest.raises(SendError) as info:
            api_send(
                ApiConfig(server.url, timeout=(1.0, 0.3), attempts=2, backoff=0.01),
                "t",
                _payload(make_case()),
            )
        assert len(server.calls) == 2
    assert info.value.code == "timeout"
    assert time.monotonic() - start < 10


def test_api_offline_is_retried_then_reported(make_case: Callable[..., Case]) -> None:
    sleeps: list[float] = []
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(SendError) as info:
        api_send(
            ApiConfig(url, timeout=2, attempts=3, backoff=0.2),
            "t",
            _payload(make_case()),
            sleep=sleeps.append,
        )
    assert info.value.code == "offline"
    assert sleeps == [0.2, 0.4]


def test_api_not_configured(make_case: Callable[..., Case]) -> None:
    with pytest.raises(SendError) as info:
        api_send(ApiConfig(""), "t", _payload(make_case()))
    assert info.value.code == "api_not_configured"


# --------------------------------------------------------------------------- .eml


def test_save_eml_is_a_draft_for_any_mail_client(
    make_case: Callable[..., Case], tmp_path: Path
) -> None:
    request = draft_all(make_case(), "fr").requests[0]
    path = save_eml(
        tmp_path / "demande.eml",
        to="privacy@snap.com",
        subject=request.subject,
        text=request.text,
        sender_email="ouder@example.be",
        language="fr",
    )
    parsed = _parse(path.read_bytes())
    assert parsed["X-Unsent"] == "1"
    assert parsed["To"] == "privacy@snap.com"
    assert "Anaïs Dupré" in parsed.get_content()
    assert not list(tmp_path.glob(".eml-*"))


# ---------------------------------------------------------------- networks a user chose


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("mail.localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("mail.example.org", False),
        ("192.168.1.10", False),
        ("localhost.example.org", False),
        ("127.0.0.1.nip.io", False),
        ("", False),
    ],
)
def test_loopback_hosts_are_decided_from_the_name(host: str, loopback: bool) -> None:
    from photosafe_desktop.core.requests.sending import is_loopback_host

    assert is_loopback_host(host) is loopback


def _no_lookup(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    tried: list[object] = []

    def refuse(*args: object, **kwargs: object) -> object:
        tried.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return tried


def test_smtp_without_security_only_to_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    tried = _no_lookup(monkeypatch)
    for host in ("mail.example.org", "192.168.1.10"):
        config = SmtpConfig(host, 25, "none", "ouder", "ouder@example.be", timeout=3)
        with pytest.raises(SendError) as caught:
            smtp_test(config, "hunter2")
        assert caught.value.code == "insecure_smtp"
        message = request_message(to="a@example.org", subject="s", text="t")
        with pytest.raises(SendError) as caught:
            smtp_send(config, "hunter2", message)
        assert caught.value.code == "insecure_smtp"
    assert tried == []  # refused before any connection or name lookup


def test_api_never_over_plain_http_except_loopback(
    make_case: Callable[..., Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    tried = _no_lookup(monkeypatch)
    for url in ("http://api.example.org/v1", "HTTP://10.0.0.5:8080/v1", "ftp://x.example/"):
        with pytest.raises(SendError) as caught:
            api_send(ApiConfig(url, timeout=3, attempts=1), "tok-123", _payload(make_case()))
        assert caught.value.code in ("insecure_api", "api_not_configured")
    assert tried == []
