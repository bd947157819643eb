"""Who to write to for a website that is not a known platform: RDAP abuse contacts.

- A URL whose domain belongs to a platform in the directory needs no lookup.
- Otherwise the domain's registry is found through the IANA bootstrap file ``dns.json``
  (RFC 9224), queried with an RDAP domain query (RFC 9082), and every entity with the role
  ``abuse`` (RFC 9083) is collected with its vCard e-mail and telephone; the registrar's own
  RDAP server (``links`` with ``rel: related``) is asked too.
- The hosting provider: the host's address is resolved and the IP network's RDAP record
  (bootstrap ``ipv4.json`` / ``ipv6.json`` beside ``dns.json``) gives its abuse contact.

Every request has a timeout; answers are size-limited and checked before use; successful
answers are cached on disk in the user cache folder. No URL or address is ever logged.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import requests

from photosafe_desktop import __version__
from photosafe_desktop.core import paths
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.requests.directory import Directory, active_directory
from photosafe_desktop.core.requests.recipients import HostContact, host_of

log = logging.getLogger(__name__)

IANA_DNS_BOOTSTRAP = "https://data.iana.org/rdap/dns.json"
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 10.0)  # connect, read (seconds)
MAX_ANSWER_BYTES = 2_000_000
CACHE_TTL_SECONDS = 24 * 3600
USER_AGENT = f"PhotoSafe-Desktop/{__version__} (RDAP abuse-contact lookup)"

Resolver = Callable[[str], list[str]]


class RdapError(PhotoSafeError):
    """A lookup failed for a reason the user can understand (offline, timeout...)."""


def _offline() -> RdapError:
    return RdapError(
        "offline",
        QT_TRANSLATE_NOOP(
            "Errors",
            "PhotoSafe could not reach the internet to find out who hosts this website. "
            "Check your connection and try again; your other requests can be sent already.",
        ),
    )


def _timeout() -> RdapError:
    return RdapError(
        "timeout",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The registry that knows who hosts this website did not answer in time. "
            "Try again later.",
        ),
    )


def _bad_answer() -> RdapError:
    return RdapError(
        "bad_answer",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The registry that knows who hosts this website sent an answer PhotoSafe cannot read.",
        ),
    )


def _server_error(status: int) -> RdapError:
    return RdapError(
        "server_error",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The registry that knows who hosts this website reported a problem (HTTP {status}). "
            "Try again later.",
        ),
        status=status,
    )


def _no_service() -> RdapError:
    return RdapError(
        "no_rdap_service",
        QT_TRANSLATE_NOOP(
            "Errors",
            "PhotoSafe cannot look up this kind of web address automatically. Look for a "
            "contact or abuse address on the website itself.",
        ),
    )


@dataclass(frozen=True)
class AbuseContact:
    role: str  # "hosting" (IP network), "registrar", "registry" or another RDAP role
    organisation: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    source: str  # the RDAP URL it came from

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "organisation": self.organisation,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "source": self.source,
        }


@dataclass(frozen=True)
class AbuseLookup:
    url: str
    host: str
    domain: str  # the registered domain the registry knows ("" if none found)
    platform_id: str  # set when the URL belongs to a known platform (no lookup done)
    platform_name: str
    ip: str
    contacts: tuple[AbuseContact, ...]
    problems: tuple[RdapError, ...]  # partial failures (e.g. IP lookup timed out)

    @property
    def found(self) -> bool:
        return bool(self.platform_id) or any(c.emails for c in self.contacts)

    def host_contact(self) -> HostContact | None:
        """The best address for a removal request: the hosting provider, else the registrar."""
        for role in ("hosting", "registrar", "registry"):
            for contact in self.contacts:
                if contact.role == role and contact.emails:
                    return HostContact(self.host, contact.organisation, contact.emails[0])
        for contact in self.contacts:
            if contact.emails:
                return HostContact(self.host, contact.organisation, contact.emails[0])
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "host": self.host,
            "domain": self.domain,
            "platform": {"id": self.platform_id, "name": self.platform_name}
            if self.platform_id
            else None,
            "ip": self.ip,
            "contacts": [c.to_json() for c in self.contacts],
            "problems": [{"code": p.code, "message": p.message.english()} for p in self.problems],
        }


# --------------------------------------------------------------------------- parsing (RFC 9083)


def parse_vcard(vcard_array: Any) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(name, e-mails, telephones) from a jCard ``vcardArray`` (RFC 7095); garbage -> empty."""
    name = org = ""
    emails: list[str] = []
    phones: list[str] = []
    if not (
        isinstance(vcard_array, list) and len(vcard_array) == 2 and isinstance(vcard_array[1], list)
    ):
        return "", (), ()
    for prop in vcard_array[1]:
        if not (isinstance(prop, list) and len(prop) >= 4 and isinstance(prop[0], str)):
            continue
        key, value = prop[0].lower(), prop[3]
        if isinstance(value, list):
            value = " ".join(str(v) for v in value if isinstance(v, str) and v)
        if not isinstance(value, str):
            continue
        value = value.strip()[:300]
        if not value:
            continue
        if key == "fn" and not name:
            name = value
        elif key == "org" and not org:
            org = value
        elif key == "email" and "@" in value and value not in emails:
            emails.append(value.removeprefix("mailto:"))
        elif key == "tel":
            tel = value.removeprefix("tel:")
            if tel not in phones:
                phones.append(tel)
    return org or name, tuple(emails), tuple(phones)


def _entities(obj: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = obj.get("entities")
    if not isinstance(value, list):
        return []
    return [e for e in value if isinstance(e, Mapping)]


def _roles(entity: Mapping[str, Any]) -> list[str]:
    roles = entity.get("roles")
    if not isinstance(roles, list):
        return []
    return [r.lower() for r in roles if isinstance(r, str)]


def abuse_contacts(obj: Any, source: str, top_role: str) -> list[AbuseContact]:
    """Every entity with role ``abuse`` in an RDAP object, at any depth.

    Its ``role`` is the role of the entity it hangs under (``registrar``...) or ``top_role``
    when it hangs directly under the object (the registry itself, or an IP network's owner).
    """
    if not isinstance(obj, Mapping):
        raise _bad_answer()
    found: list[AbuseContact] = []

    def walk(
        entity_list: list[Mapping[str, Any]], parent_role: str, parent_name: str, depth: int
    ) -> None:
        if depth > 6:
            return
        for entity in entity_list:
            roles = _roles(entity)
            name, emails, phones = parse_vcard(entity.get("vcardArray"))
            if "abuse" in roles:
                found.append(
                    AbuseContact(
                        role=parent_role,
                        organisation=parent_name or name,
                        emails=emails,
                        phones=phones,
                        source=source,
                    )
                )
            own_role = next((r for r in roles if r != "abuse"), parent_role)
            walk(_entities(entity), own_role, name or parent_name, depth + 1)

    walk(_entities(obj), top_role, "", 0)
    return found


def _related_links(obj: Mapping[str, Any]) -> list[str]:
    links = obj.get("links")
    out: list[str] = []
    if not isinstance(links, list):
        return out
    for link in links:
        if not isinstance(link, Mapping):
            continue
        href, rel, kind = (
            link.get("href"),
            link.get("rel"),
            link.get("type", "application/rdap+json"),
        )
        if rel == "related" and isinstance(href, str) and kind == "application/rdap+json":
            if urlsplit(href).scheme in ("http", "https") and href not in out:
                out.append(href)
    return out[:2]


def bootstrap_services(data: Any) -> list[tuple[list[str], list[str]]]:
    """The ``services`` of an RFC 9224 bootstrap file: [(entries, base URLs)]."""
    if not isinstance(data, Mapping) or not isinstance(data.get("services"), list):
        raise _bad_answer()
    services: list[tuple[list[str], list[str]]] = []
    for service in data["services"]:
        if not (isinstance(service, list) and len(service) >= 2):
            continue
        entries, urls = service[0], service[-1]
        if isinstance(entries, list) and isinstance(urls, list):
            clean_urls = [
                u for u in urls if isinstance(u, str) and urlsplit(u).scheme in ("http", "https")
            ]
            # RFC 9224 section 3: prefer https when both are listed
            clean_urls.sort(key=lambda u: 0 if u.startswith("https:") else 1)
            services.append(([str(e).lower() for e in entries if isinstance(e, str)], clean_urls))
    return services


def dns_servers_for(
    services: list[tuple[list[str], list[str]]], host: str
) -> tuple[str, list[str]]:
    """Longest-match the host's labels against the entries: (matched entry, base URLs)."""
    labels = host.lower().rstrip(".").split(".")
    best: tuple[str, list[str]] = ("", [])
    for entries, urls in services:
        for entry in entries:
            entry_labels = entry.rstrip(".").split(".")
            if len(entry_labels) < len(labels) and labels[-len(entry_labels) :] == entry_labels:
                if len(entry) > len(best[0]) and urls:
                    best = (entry, urls)
    return best


def ip_servers_for(services: list[tuple[list[str], list[str]]], ip: str) -> list[str]:
    address = ipaddress.ip_address(ip)
    best_len, best_urls = -1, []
    for entries, urls in services:
        for entry in entries:
            try:
                network = ipaddress.ip_network(entry, strict=False)
            except ValueError:
                continue
            if (
                network.version == address.version
                and address in network
                and network.prefixlen > best_len
            ):
                best_len, best_urls = network.prefixlen, urls
    return best_urls


def _ace(host: str) -> str:
    try:
        import idna

        return str(idna.encode(host, uts46=True).decode("ascii"))
    except Exception:  # noqa: BLE001 - fall back to Python's IDNA 2003 codec
        try:
            return host.encode("idna").decode("ascii")
        except UnicodeError:
            return host


def default_resolver(host: str, timeout: float = 5.0) -> list[str]:
    """The host's IP addresses (IPv4 first), or [] when it does not resolve in time."""
    result: list[str] = []

    def run() -> None:
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return
        for info in infos:
            address = str(info[4][0])
            if address not in result:
                result.append(address)

    thread = threading.Thread(target=run, daemon=True, name="photosafe-resolve")
    thread.start()
    thread.join(timeout)
    return sorted(result, key=lambda a: (":" in a, a))


# --------------------------------------------------------------------------- client


class RdapClient:
    """RDAP lookups with timeouts, size limits and an on-disk cache."""

    def __init__(
        self,
        bootstrap_url: str = IANA_DNS_BOOTSTRAP,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] | float = DEFAULT_TIMEOUT,
        cache_dir: Path | None = None,
        use_cache: bool = True,
        cache_ttl: float = CACHE_TTL_SECONDS,
        resolver: Resolver | None = None,
        max_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.bootstrap_url = bootstrap_url
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", USER_AGENT)
        self.timeout = timeout
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.cache_ttl = cache_ttl
        self.resolver: Resolver = resolver or default_resolver
        self.max_bytes = max_bytes

    # -- HTTP -------------------------------------------------------------------------

    def _cache_path(self, url: str) -> Path:
        folder = self.cache_dir or (paths.cache_dir() / "rdap")
        folder.mkdir(parents=True, exist_ok=True)
        return folder / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".json")

    def _from_cache(self, url: str) -> Any | None:
        if not self.use_cache:
            return None
        path = self._cache_path(url)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("url") == url and time.time() - float(stored["fetched"]) < self.cache_ttl:
                return stored["body"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return None

    def _to_cache(self, url: str, body: Any) -> None:
        if not self.use_cache:
            return
        path = self._cache_path(url)
        data = json.dumps({"url": url, "fetched": time.time(), "body": body})
        try:
            write_atomically(data.encode("utf-8"), path)
        except OSError:
            log.warning("RDAP cache could not be written")

    def get_json(self, url: str) -> Any | None:
        """GET an RDAP/bootstrap URL: the parsed JSON, or None for 404. Raises RdapError."""
        cached = self._from_cache(url)
        if cached is not None:
            return cached
        try:
            with self.session.get(
                url,
                timeout=self.timeout,
                stream=True,
                headers={"Accept": "application/rdap+json, application/json"},
                allow_redirects=True,
            ) as response:
                if response.status_code == 404:
                    return None
                if response.status_code >= 400:
                    raise _server_error(response.status_code)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_content(65536):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _bad_answer()
                    chunks.append(chunk)
        except requests.Timeout as exc:
            log.info("RDAP request timed out")
            raise _timeout() from exc
        except requests.ConnectionError as exc:
            log.info("RDAP request could not connect (%s)", type(exc).__name__)
            raise _offline() from exc
        except requests.RequestException as exc:
            log.info("RDAP request failed (%s)", type(exc).__name__)
            raise _bad_answer() from exc
        try:
            body = json.loads(b"".join(chunks).decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise _bad_answer() from exc
        if not isinstance(body, dict):
            raise _bad_answer()
        self._to_cache(url, body)
        return body

    # -- lookups ----------------------------------------------------------------------

    def _bootstrap(self, url: str) -> list[tuple[list[str], list[str]]]:
        data = self.get_json(url)
        if data is None:
            raise _server_error(404)
        return bootstrap_services(data)

    def domain_contacts(self, host: str) -> tuple[str, list[AbuseContact]]:
        """(registered domain, abuse contacts of registry and registrar) for ``host``."""
        services = self._bootstrap(self.bootstrap_url)
        ace = _ace(host)
        entry, bases = dns_servers_for(services, ace)
        if not bases:
            raise _no_service()
        labels = ace.split(".")
        entry_len = len(entry.split("."))
        # from the full host name down to one label under the bootstrap entry
        candidates = [".".join(labels[i:]) for i in range(0, len(labels) - entry_len)][-4:]
        for candidate in candidates:
            base = bases[0] if bases[0].endswith("/") else bases[0] + "/"
            url = urljoin(base, "domain/" + quote(candidate))
            data = self.get_json(url)
            if data is None:
                continue
            contacts = abuse_contacts(data, url, "registry")
            for related in _related_links(data):
                try:
                    extra = self.get_json(related)
                except RdapError:
                    continue
                if extra is not None:
                    for contact in abuse_contacts(extra, related, "registrar"):
                        if contact not in contacts:
                            contacts.append(contact)
            return candidate, _merge(contacts)
        return "", []

    def ip_contacts(self, ip: str) -> list[AbuseContact]:
        """Abuse contacts of the network that holds ``ip`` (its hosting provider)."""
        version = ipaddress.ip_address(ip).version
        bootstrap = urljoin(self.bootstrap_url, "ipv4.json" if version == 4 else "ipv6.json")
        bases = ip_servers_for(self._bootstrap(bootstrap), ip)
        if not bases:
            raise _no_service()
        base = bases[0] if bases[0].endswith("/") else bases[0] + "/"
        url = urljoin(base, "ip/" + ip)
        data = self.get_json(url)
        if data is None:
            return []
        network_name = data.get("name") if isinstance(data.get("name"), str) else ""
        contacts = []
        for contact in abuse_contacts(data, url, "hosting"):
            # the abuse contact of an IP network is the hosting provider's, whatever its parent
            contacts.append(
                AbuseContact(
                    "hosting",
                    contact.organisation or network_name,
                    contact.emails,
                    contact.phones,
                    url,
                )
            )
        return _merge(contacts)

    def lookup(self, url: str, directory: Directory | None = None) -> AbuseLookup:
        """Everything known about who to ask for ``url``. Raises RdapError only when nothing
        at all could be found (e.g. offline); partial failures are in ``problems``."""
        host = host_of(url)
        if not host:
            raise RdapError(
                "invalid_url",
                QT_TRANSLATE_NOOP("Errors", "This is not a complete web address."),
            )
        directory = directory or active_directory()
        platform = directory.platform_for_url(url)
        if platform is not None:
            return AbuseLookup(url, host, "", platform.id, platform.name, "", (), ())
        problems: list[RdapError] = []
        contacts: list[AbuseContact] = []
        domain = ""
        ip = ""
        is_ip = _is_ip(host)
        if not is_ip:
            try:
                domain, found = self.domain_contacts(host)
                contacts.extend(found)
            except RdapError as exc:
                problems.append(exc)
            offline = any(p.code == "offline" for p in problems)
            addresses = [] if offline else self.resolver(host)
        else:
            addresses = [host.strip("[]")]
        for address in addresses[:1]:
            ip = address
            try:
                contacts = self._prefer_hosting(self.ip_contacts(address), contacts)
            except RdapError as exc:
                problems.append(exc)
        if not contacts and problems:
            # nothing found: the first problem says why (offline, timeout...)
            raise problems[0]
        return AbuseLookup(url, host, domain, "", "", ip, tuple(contacts), tuple(problems))

    @staticmethod
    def _prefer_hosting(
        hosting: list[AbuseContact], others: list[AbuseContact]
    ) -> list[AbuseContact]:
        return hosting + [c for c in others if c not in hosting]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _merge(contacts: Iterable[AbuseContact]) -> list[AbuseContact]:
    """One contact per (role, organisation), e-mails and phones combined."""
    merged: dict[tuple[str, str], AbuseContact] = {}
    for contact in contacts:
        key = (contact.role, contact.organisation)
        if key in merged:
            old = merged[key]
            merged[key] = AbuseContact(
                old.role,
                old.organisation,
                tuple(dict.fromkeys(old.emails + contact.emails)),
                tuple(dict.fromkeys(old.phones + contact.phones)),
                old.source,
            )
        else:
            merged[key] = contact
    return list(merged.values())


def lookup_abuse_contacts(
    url: str, bootstrap_url: str = IANA_DNS_BOOTSTRAP, **options: Any
) -> AbuseLookup:
    """Convenience wrapper: ``RdapClient(bootstrap_url, **options).lookup(url)``."""
    return RdapClient(bootstrap_url, **options).lookup(url)


__all__ = [
    "IANA_DNS_BOOTSTRAP",
    "AbuseContact",
    "AbuseLookup",
    "RdapClient",
    "RdapError",
    "abuse_contacts",
    "bootstrap_services",
    "default_resolver",
    "dns_servers_for",
    "ip_servers_for",
    "lookup_abuse_contacts",
    "parse_vcard",
]
