"""A real RDAP server on 127.0.0.1 for tests: RFC 9224 bootstrap files and RFC 9083 answers.

The answers are shaped like real registry, registrar and RIR responses (Verisign-style
domain object with a registrar entity holding an ``abuse`` entity, a ``related`` link to the
registrar's RDAP server, an ARIN/RIPE-style ``ip network`` with a registrant holding the
abuse contact). Some paths misbehave on purpose: 500, slow, garbage, oversized.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def vcard(*props: list[Any]) -> list[Any]:
    return ["vcard", [["version", {}, "text", "4.0"], *props]]


def domain_answer(base: str, name: str) -> dict[str, Any]:
    return {
        "objectClassName": "domain",
        "handle": "2336799_DOMAIN_COM-VRSN",
        "ldhName": name.upper(),
        "links": [
            {
                "value": f"{base}/com/domain/{name}",
                "rel": "self",
                "href": f"{base}/com/domain/{name}",
                "type": "application/rdap+json",
            },
            {
                "value": f"{base}/registrar/domain/{name}",
                "rel": "related",
                "href": f"{base}/registrar/domain/{name}",
                "type": "application/rdap+json",
            },
        ],
        "status": ["client delete prohibited", "client transfer prohibited"],
        "entities": [
            {
                "objectClassName": "entity",
                "handle": "1234",
                "roles": ["registrar"],
                "publicIds": [{"type": "IANA Registrar ID", "identifier": "1234"}],
                "vcardArray": vcard(["fn", {}, "text", "Registrar Éxample SA"]),
                "entities": [
                    {
                        "objectClassName": "entity",
                        "roles": ["abuse"],
                        "vcardArray": vcard(
                            ["fn", {}, "text", ""],
                            ["tel", {"type": "voice"}, "uri", "tel:+32.22001122"],
                            ["email", {}, "text", "abuse@registrar.example"],
                        ),
                    }
                ],
            }
        ],
        "events": [
            {"eventAction": "registration", "eventDate": "2011-08-03T08:22:01Z"},
            {"eventAction": "last update of RDAP database", "eventDate": "2026-11-29T21:00:00Z"},
        ],
        "secureDNS": {"delegationSigned": False},
        "nameservers": [{"objectClassName": "nameserver", "ldhName": "NS1.HOSTCO.EXAMPLE"}],
        "rdapConformance": [
            "rdap_level_0",
            "icann_rdap_technical_implementation_guide_1",
            "icann_rdap_response_profile_1",
        ],
        "notices": [{"title": "Terms of Use", "description": ["Service subject to Terms of Use."]}],
    }


def registrar_answer(name: str) -> dict[str, Any]:
    return {
        "objectClassName": "domain",
        "ldhName": name,
        "rdapConformance": ["rdap_level_0"],
        "entities": [
            {
                "objectClassName": "entity",
                "roles": ["registrar"],
                "vcardArray": vcard(["fn", {}, "text", "Registrar Éxample SA"]),
                "entities": [
                    {
                        "objectClassName": "entity",
                        "roles": ["abuse"],
                        "vcardArray": vcard(["email", {}, "text", "dsa-abuse@registrar.example"]),
                    }
                ],
            },
            {
                "objectClassName": "entity",
                "roles": ["registrant"],
                "vcardArray": vcard(["fn", {}, "text", "REDACTED"]),
            },
        ],
    }


def ip_answer() -> dict[str, Any]:
    return {
        "objectClassName": "ip network",
        "handle": "NET-192-0-2-0-1",
        "startAddress": "192.0.2.0",
        "endAddress": "192.0.2.255",
        "ipVersion": "v4",
        "name": "HOSTCO-NET",
        "type": "ASSIGNED PA",
        "rdapConformance": ["rdap_level_0", "nro_rdap_profile_0"],
        "entities": [
            {
                "objectClassName": "entity",
                "handle": "HOSTCO-1",
                "roles": ["registrant"],
                "vcardArray": vcard(["fn", {}, "text", "HostCo B.V."], ["kind", {}, "text", "org"]),
                "entities": [
                    {
                        "objectClassName": "entity",
                        "handle": "ABUSE-HOSTCO",
                        "roles": ["abuse"],
                        "vcardArray": vcard(
                            ["fn", {}, "text", "Abuse desk"],
                            ["email", {}, "text", "abuse@hostco.example"],
                            ["tel", {"type": ["work", "voice"]}, "text", "+31 20 000 0000"],
                        ),
                    }
                ],
            }
        ],
    }


class RdapTestServer:
    """Routes: path -> (status, body, delay seconds). Records every path asked."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, float]] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                outer.hits.append(self.path)
                status, body, delay = outer.routes.get(self.path, (404, b'{"errorCode": 404}', 0.0))
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/rdap+json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def json(self, path: str, data: Any, status: int = 200, delay: float = 0.0) -> None:
        self.routes[path] = (status, json.dumps(data).encode("utf-8"), delay)

    def raw(self, path: str, body: bytes, status: int = 200, delay: float = 0.0) -> None:
        self.routes[path] = (status, body, delay)

    def standard(self) -> RdapTestServer:
        base = self.base
        self.json(
            "/dns.json",
            {
                "version": "1.0",
                "publication": "2026-11-20T19:00:01Z",
                "description": "RDAP bootstrap file for Domain Name System registrations",
                "services": [
                    [["com", "net"], [f"{base}/com/"]],
                    [["be"], [f"{base}/be"]],
                    [["slow"], [f"{base}/slow/"]],
                    [["junk"], [f"{base}/junk/"]],
                    [["err"], [f"{base}/err/"]],
                    [["big"], [f"{base}/big/"]],
                ],
            },
        )
        self.json(
            "/ipv4.json",
            {
                "version": "1.0",
                "publication": "2026-11-20T19:00:01Z",
                "services": [
                    [["192.0.0.0/8"], [f"{base}/wrong-rir/"]],
                    [["192.0.2.0/24"], [f"{base}/rir/"]],
                    [["198.51.100.0/24"], [f"{base}/slowrir/"]],
                ],
            },
        )
        self.json(
            "/ipv6.json", {"version": "1.0", "services": [[["2001:db8::/32"], [f"{base}/rir6/"]]]}
        )
        self.json("/com/domain/hostedsite.com", domain_answer(base, "hostedsite.com"))
        self.json("/registrar/domain/hostedsite.com", registrar_answer("hostedsite.com"))
        self.json("/be/domain/example.be", domain_answer(base, "example.be"))
        self.json("/rir/ip/192.0.2.10", ip_answer())
        self.json("/rir6/ip/2001:db8::5", ip_answer())
        self.json("/slow/domain/site.slow", domain_answer(base, "site.slow"), delay=2.0)
        self.json("/slowrir/ip/198.51.100.7", ip_answer(), delay=2.0)
        self.raw("/junk/domain/site.junk", b"<html><body>Service Unavailable</body></html>")
        self.raw("/err/domain/site.err", b'{"errorCode": 500}', status=500)
        self.raw("/big/domain/site.big", b'{"x": "' + b"a" * 3_000_000 + b'"}')
        return self

    def __enter__(self) -> RdapTestServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
