"""Real local servers for sending tests: SMTP (aiosmtpd) and a JSON API (http.server).

Both listen on 127.0.0.1 only. The SMTP server keeps every received message (raw bytes and
envelope); the API server keeps every request (headers and body) and answers from a script.
"""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- SMTP


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str


@dataclass
class SmtpHandler:
    messages: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        auth = getattr(session, "auth_data", None)
        login = auth.decode() if isinstance(auth, bytes) else ""
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content), login)
        )
        return "250 Message accepted for delivery"


def make_authenticator(user: str, password: str) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        if (
            isinstance(data, LoginPassword)
            and data.login.decode() == user
            and data.password.decode() == password
        ):
            return AuthResult(success=True, auth_data=data.login)
        return AuthResult(success=False, handled=False)

    return authenticator


@contextmanager
def smtp_server(
    *,
    user: str = "",
    password: str = "",
    tls_context: ssl.SSLContext | None = None,
    implicit_tls: ssl.SSLContext | None = None,
) -> Iterator[tuple[int, SmtpHandler]]:
    """An aiosmtpd server on 127.0.0.1 (STARTTLS with ``tls_context``, SMTPS with
    ``implicit_tls``); login required when ``user`` is given."""
    from aiosmtpd.controller import Controller

    handler = SmtpHandler()
    port = free_port()
    kwargs: dict[str, Any] = {}
    if user:
        kwargs["authenticator"] = make_authenticator(user, password)
        # without STARTTLS the login stays optional: aiosmtpd warns about a required plain
        # AUTH, and it does not see implicit TLS as TLS (it would hide AUTH)
        kwargs["auth_required"] = tls_context is not None
        kwargs["auth_require_tls"] = tls_context is not None
    if tls_context is not None:
        kwargs["tls_context"] = tls_context
        kwargs["require_starttls"] = True
    if implicit_tls is not None:
        kwargs["ssl_context"] = implicit_tls
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


def self_signed(tmp: Path) -> tuple[Path, Path] | None:
    """A self-signed certificate for 127.0.0.1 made with the openssl command, or None."""
    tool = shutil.which("openssl")
    if tool is None:
        return None
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(
        [
            tool,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


# --------------------------------------------------------------------------- HTTP API


@dataclass
class ApiCall:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class ApiServer:
    """Answers POSTs from ``script``: a list of (status, body, delay) used in turn (the last
    one repeats)."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self.script: list[tuple[int, Any, float]] = [(201, {"reference": "REF-1"}, 0.0)]
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                index = min(len(outer.calls), len(outer.script) - 1)
                outer.calls.append(ApiCall(self.path, dict(self.headers.items()), body))
                status, answer, delay = outer.script[index]
                if delay:
                    time.sleep(delay)
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1/requests"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> ApiServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
