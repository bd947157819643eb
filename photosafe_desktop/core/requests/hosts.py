"""The host-lookup policy: which websites need their host's abuse contact, and finding it.

A known platform is asked through its own routes; every other website gets a request to the
company that hosts it, found with RDAP. Nothing is ever looked up for child sexual abuse
material (the URL goes to the hotline only), and each host is looked up once. The wizard
and ``photosafe draft --lookup`` both follow this policy.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.requests.directory import Directory
from photosafe_desktop.core.requests.rdap import RdapClient, RdapError
from photosafe_desktop.core.requests.recipients import HostContact, host_of


def hosts_to_look_up(
    category: Category | None,
    urls: Iterable[str],
    directory: Directory,
    known: Collection[str] = (),
) -> dict[str, str]:
    """host -> the first URL on it, for every website that needs a lookup (in order).

    Empty for CSAM; known platforms and hosts in ``known`` are left out.
    """
    if category is Category.CSAM:
        return {}
    wanted: dict[str, str] = {}
    for url in urls:
        host = host_of(url)
        if not host or host in known or host in wanted:
            continue
        if directory.platform_for_url(url) is not None:
            continue
        wanted[host] = url
    return wanted


def look_up_host(client: RdapClient, url: str, directory: Directory) -> HostContact | None:
    """The abuse contact of ``url``'s host, or None when none was found. Raises RdapError."""
    return client.lookup(url, directory).host_contact()


@dataclass(frozen=True)
class HostLookups:
    contacts: dict[str, HostContact]  # host -> contact
    problems: tuple[Message, ...]  # lookups that failed (the request can still be drafted)


def find_host_contacts(
    category: Category | None,
    urls: Iterable[str],
    directory: Directory,
    client: RdapClient,
) -> HostLookups:
    """Look up every host that needs it, one after the other (network)."""
    contacts: dict[str, HostContact] = {}
    problems: list[Message] = []
    for host, url in hosts_to_look_up(category, urls, directory).items():
        try:
            contact = look_up_host(client, url, directory)
        except RdapError as exc:
            problems.append(exc.message)
            continue
        if contact is not None:
            contacts[host] = contact
    return HostLookups(contacts, tuple(problems))


__all__ = ["HostLookups", "find_host_contacts", "hosts_to_look_up", "look_up_host"]
