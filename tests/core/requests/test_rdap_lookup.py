"""RDAP lookups against a real HTTP server on 127.0.0.1 (no other network traffic)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from rdap_server import RdapTestServer

from photosafe_desktop.core.requests.rdap import (
    RdapClient,
    RdapError,
    abuse_contacts,
    dns_servers_for,
    parse_vcard,
)

pytestmark = pytest.mark.network_local


def _client(server: RdapTestServer, tmp_path: Path, **options: object) -> RdapClient:
    defaults: dict[str, object] = {
        "timeout": (2.0, 0.8),
        "cache_dir": tmp_path / "cache",
        "resolver": lambda host: ["192.0.2.10"],
    }
    defaults.update(options)
    return RdapClient(server.base + "/dns.json", **defaults)  # type: ignore[arg-type]


def test_domain_and_hosting_abuse_contacts(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    lookup = _client(rdap_server, tmp_path).lookup(
        "https://www.photos.hostedsite.com/gallery/kamp-2026?p=3"
    )
    assert lookup.domain == "hostedsite.com"
    assert lookup.ip == "192.0.2.10"
    by_role = {c.role: c for c in lookup.contacts}
    hosting, registrar = by_role["hosting"], by_role["registrar"]
    assert hosting.organisation == "HostCo B.V."
    assert hosting.emails == ("abuse@hostco.example",)
    assert hosting.phones == ("+31 20 000 0000",)
    assert registrar.organisation == "Registrar Éxample SA"
    # the registry's entity and the registrar's own RDAP server (rel=related) are merged
    assert registrar.emails == ("abuse@registrar.example", "dsa-abuse@registrar.example")
    assert registrar.phones == ("+32.22001122",)
    contact = lookup.host_contact()
    assert contact is not None and contact.email == "abuse@hostco.example"
    assert lookup.found and not lookup.problems
    # the full host name was tried first (404), then the registered domain
    assert rdap_server.hits[:3] == [
        "/dns.json",
        "/com/domain/photos.hostedsite.com",
        "/com/domain/hostedsite.com",
    ]
    # the most specific IP block wins (192.0.2.0/24 over 192.0.0.0/8)
    assert "/rir/ip/192.0.2.10" in rdap_server.hits and not any(
        "wrong-rir" in h for h in rdap_server.hits
    )


def test_base_url_without_trailing_slash_and_ipv6(
    rdap_server: RdapTestServer, tmp_path: Path
) -> None:
    client = _client(rdap_server, tmp_path, resolver=lambda host: ["2001:db8::5"])
    lookup = client.lookup("https://shop.example.be/x")
    assert lookup.domain == "example.be"
    assert lookup.ip == "2001:db8::5"
    assert lookup.host_contact() is not None
    assert lookup.host_contact().email == "abuse@hostco.example"  # type: ignore[union-attr]


def test_ip_literal_url_skips_the_domain_lookup(
    rdap_server: RdapTestServer, tmp_path: Path
) -> None:
    lookup = _client(rdap_server, tmp_path).lookup("http://192.0.2.10/photos/1.jpg")
    assert lookup.domain == "" and lookup.ip == "192.0.2.10"
    assert [c.role for c in lookup.contacts] == ["hosting"]
    assert not any("/domain/" in hit for hit in rdap_server.hits)


def test_known_platform_needs_no_network(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    lookup = _client(rdap_server, tmp_path).lookup("https://m.facebook.com/photo.php?fbid=1")
    assert lookup.platform_id == "facebook" and lookup.found
    assert rdap_server.hits == []


def test_answers_are_cached_on_disk(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    _client(rdap_server, tmp_path).lookup("https://hostedsite.com/a")
    first = len(rdap_server.hits)
    lookup = _client(rdap_server, tmp_path).lookup("https://hostedsite.com/b")
    assert len(rdap_server.hits) == first  # everything came from the cache
    assert lookup.host_contact() is not None
    assert list((tmp_path / "cache").glob("*.json"))
    no_cache = _client(rdap_server, tmp_path, use_cache=False)
    before = len(rdap_server.hits)
    no_cache.lookup("https://hostedsite.com/c")
    assert len(rdap_server.hits) - before >= 4


def test_default_cache_is_in_the_user_cache_folder(
    rdap_server: RdapTestServer, photosafe_home: Path
) -> None:
    RdapClient(rdap_server.base + "/dns.json", resolver=lambda h: []).lookup(
        "https://hostedsite.com/"
    )
    assert list((photosafe_home / "cache" / "rdap").glob("*.json"))


def test_server_error_on_domain_still_returns_hosting(
    rdap_server: RdapTestServer, tmp_path: Path
) -> None:
    lookup = _client(rdap_server, tmp_path).lookup("https://site.err/")
    assert [c.role for c in lookup.contacts] == ["hosting"]
    assert [p.code for p in lookup.problems] == ["server_error"]


def test_timeout_is_reported(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    client = _client(rdap_server, tmp_path, resolver=lambda host: ["198.51.100.7"])
    with pytest.raises(RdapError) as info:
        client.lookup("https://site.slow/")
    assert info.value.code == "timeout"
    assert "did not answer in time" in str(info.value)


def test_garbage_and_oversized_answers(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    client = _client(rdap_server, tmp_path, resolver=lambda host: [])
    with pytest.raises(RdapError) as info:
        client.lookup("https://site.junk/")
    assert info.value.code == "bad_answer"
    with pytest.raises(RdapError) as info:
        client.lookup("https://site.big/")
    assert info.value.code == "bad_answer"


def test_unknown_tld_has_no_service(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    with pytest.raises(RdapError) as info:
        _client(rdap_server, tmp_path, resolver=lambda host: []).lookup("https://site.nowhere/")
    assert info.value.code == "no_rdap_service"


def test_garbage_bootstrap(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    rdap_server.raw("/dns.json", b"[1, 2, 3]")
    with pytest.raises(RdapError) as info:
        _client(rdap_server, tmp_path, resolver=lambda host: []).lookup("https://hostedsite.com/")
    assert info.value.code == "bad_answer"


def test_offline_gives_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port on 127.0.0.1 that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    resolved: list[str] = []
    client = RdapClient(
        f"http://127.0.0.1:{port}/dns.json",
        timeout=(1.0, 1.0),
        cache_dir=tmp_path,
        resolver=lambda host: resolved.append(host) or [],  # type: ignore[func-returns-value]
    )
    with pytest.raises(RdapError) as info:
        client.lookup("https://hostedsite.com/")
    assert info.value.code == "offline"
    assert "could not reach the internet" in str(info.value)
    assert resolved == []  # offline: no DNS query either


def test_parse_vcard_tolerates_garbage() -> None:
    assert parse_vcard(None) == ("", (), ())
    assert parse_vcard(["vcard", "nope"]) == ("", (), ())
    name, emails, phones = parse_vcard(
        [
            "vcard",
            [
                ["fn", {}, "text", "A"],
                ["email", {}, "text", 5],
                ["email"],
                "x",
                ["tel", {}, "uri", "tel:+1"],
                ["org", {}, "text", ["Org", "Unit"]],
            ],
        ]
    )
    assert (name, emails, phones) == ("Org Unit", (), ("+1",))


def test_abuse_entities_at_any_depth_and_garbage_objects() -> None:
    data = {
        "entities": [
            {"roles": ["abuse"], "vcardArray": ["vcard", [["email", {}, "text", "a@reg.example"]]]},
            {"roles": "registrar", "entities": "nope"},
            7,
        ]
    }
    contacts = abuse_contacts(data, "src", "registry")
    assert [(c.role, c.emails) for c in contacts] == [("registry", ("a@reg.example",))]
    with pytest.raises(RdapError):
        abuse_contacts(["not", "an", "object"], "src", "registry")


def test_bootstrap_longest_match() -> None:
    services = [(["uk"], ["https://a/"]), (["co.uk"], ["https://b/"])]
    assert dns_servers_for(services, "shop.example.co.uk") == ("co.uk", ["https://b/"])
    assert dns_servers_for(services, "example.uk") == ("uk", ["https://a/"])
    assert dns_servers_for(services, "example.be") == ("", [])


def test_logs_never_contain_the_address(
    rdap_server: RdapTestServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="photosafe_desktop")
    client = _client(rdap_server, tmp_path, resolver=lambda host: ["198.51.100.7"])
    with pytest.raises(RdapError):
        client.lookup("https://secret-victim-site.slow/page")
    _client(rdap_server, tmp_path).lookup("https://hostedsite.com/private-album")
    assert caplog.records  # something was logged...
    assert (
        "secret-victim" not in caplog.text and "hostedsite" not in caplog.text
    )  # ...but no address
    assert "127.0.0.1" not in caplog.text
