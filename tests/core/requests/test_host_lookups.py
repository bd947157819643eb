"""The host-lookup policy shared by the wizard and ``photosafe draft --lookup``."""

from __future__ import annotations

from pathlib import Path

from rdap_server import RdapTestServer

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.requests.directory import bundled_directory
from photosafe_desktop.core.requests.hosts import find_host_contacts, hosts_to_look_up
from photosafe_desktop.core.requests.rdap import RdapClient

URLS = (
    "https://www.instagram.com/p/abc/",  # a known platform: asked through its own routes
    "https://www.photos.hostedsite.com/kamp",
    "https://photos.hostedsite.com/other",  # same host: looked up once
    "https://unknown-tld.invalidtld/x",
    "not a url",
)


def test_which_hosts_are_looked_up() -> None:
    directory = bundled_directory()
    wanted = hosts_to_look_up(Category.CHILD_PHOTO_MISUSE, URLS, directory)
    assert wanted == {
        "photos.hostedsite.com": "https://www.photos.hostedsite.com/kamp",
        "unknown-tld.invalidtld": "https://unknown-tld.invalidtld/x",
    }
    known = hosts_to_look_up(
        Category.CHILD_PHOTO_MISUSE, URLS, directory, known={"photos.hostedsite.com"}
    )
    assert list(known) == ["unknown-tld.invalidtld"]


def test_nothing_is_ever_looked_up_for_csam() -> None:
    assert hosts_to_look_up(Category.CSAM, URLS, bundled_directory()) == {}


def test_contacts_and_problems(rdap_server: RdapTestServer, tmp_path: Path) -> None:
    client = RdapClient(
        rdap_server.base + "/dns.json",
        timeout=(2.0, 0.8),
        cache_dir=tmp_path / "cache",
        resolver=lambda host: ["192.0.2.10"],
    )
    found = find_host_contacts(Category.CHILD_PHOTO_MISUSE, URLS, bundled_directory(), client)
    assert sorted(found.contacts) == ["photos.hostedsite.com", "unknown-tld.invalidtld"]
    assert found.contacts["photos.hostedsite.com"].email == "abuse@hostco.example"
    assert found.problems == ()
    assert not any("instagram" in hit for hit in rdap_server.hits)


def test_a_failed_lookup_is_a_problem_not_an_error(tmp_path: Path) -> None:
    from local_servers import free_port

    offline = RdapClient(
        f"http://127.0.0.1:{free_port()}/dns.json", timeout=(1.0, 1.0), use_cache=False
    )
    found = find_host_contacts(Category.CHILD_PHOTO_MISUSE, URLS, bundled_directory(), offline)
    assert found.contacts == {}
    assert len(found.problems) == 2 and all(p.english() for p in found.problems)
