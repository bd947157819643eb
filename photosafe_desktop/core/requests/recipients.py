"""Recipients: who a removal request goes to (platforms, hosts, search engines, hotline).

The platform directory gives the routes; a website that is not a known platform gets a
request to its host's abuse contact (found with RDAP, see :mod:`.rdap` and :mod:`.hosts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from photosafe_desktop.core.cases.model import (
    Case,
)
from photosafe_desktop.core.requests.directory import (
    Directory,
    Platform,
    Route,
    Text,
    active_directory,
    may_file,
)
from photosafe_desktop.core.requests.templates import (
    check_language,
    phrase,
)
from photosafe_desktop.core.requests.triage import TriageResult, triage


class LetterKind(str, Enum):
    NOTICE = "notice"  # to a platform: DSA notice + GDPR erasure + image right
    HOST_NOTICE = "host_notice"  # to a hosting provider / registrar abuse contact
    DELISTING = "delisting"  # to a search engine
    HOTLINE_REPORT = "hotline_report"  # CSAM: URL only, to the hotline
    COPYRIGHT = "copyright"  # the group's own photo: author's rights (core/origin/route.py)


@dataclass(frozen=True)
class HostContact:
    """The abuse contact found for a website that is not a known platform."""

    host: str
    organisation: str
    email: str


@dataclass(frozen=True)
class Recipient:
    id: str  # "platform:facebook", "search:google_search", "host:example.org", "org:child_focus"
    name: str
    kind: str  # platform | search_engine | messaging | host | hotline
    channel: str  # web_form | email | in_app
    address_or_url: str  # "" when still unknown (look up the abuse contact)
    language: str  # the language the request is written in
    urls: tuple[str, ...]
    letter: LetterKind
    platform_id: str = ""
    route_id: str = ""
    required_fields: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # facts from the directory, in the user's language
    may_file: bool | None = True  # False: the requester may not use this route
    source: str = ""  # the page that states the route
    verified: str = ""  # the day that page was checked


# --------------------------------------------------------------------------- recipients


def host_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _platform_route(platform: Platform, case: Case) -> Route | None:
    """The route a letter goes to: a form or an address before a report in the app, a legal
    notice (DSA or privacy) before a general report; the directory's order otherwise."""
    candidates = [r for r in platform.routes if case.category in r.categories]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda r: (r.channel == "in_app", r.purpose not in ("dsa_notice", "privacy")),
    )


def is_image_address(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".heic", ".bmp"))


def _platform_recipient(
    platform: Platform,
    route: Route | None,
    urls: Sequence[str],
    case: Case,
    language: str,
    letter: LetterKind,
    recipient_id: str,
    extra_notes: Sequence[str] = (),
) -> Recipient:
    notes: list[str] = list(extra_notes)
    channel, address, route_id = "", "", ""
    required: tuple[str, ...] = ()
    eligible: bool | None = True
    source = verified = ""
    if route is not None:
        channel, address, route_id = route.channel, route.address_or_url, route.id
        notes = list(route.notes_in(language)) + notes
        required = route.required_fields
        eligible = may_file(route, case)
        source, verified = route.source, route.verified
    else:
        notes.insert(0, phrase(language, "note_no_route"))
    notes += platform.notes_in(language)
    return Recipient(
        id=recipient_id,
        name=platform.name,
        kind=platform.kind,
        channel=channel,
        address_or_url=address,
        language=platform.request_language(language),
        urls=tuple(urls),
        letter=letter,
        platform_id=platform.id,
        route_id=route_id,
        required_fields=required,
        notes=tuple(dict.fromkeys(notes)),
        may_file=eligible,
        source=source,
        verified=verified,
    )


def find_recipients(
    case: Case,
    language: str,
    directory: Directory | None = None,
    host_contacts: Mapping[str, HostContact] | None = None,
    triage_result: TriageResult | None = None,
) -> list[Recipient]:
    """Everyone a request goes to: platforms, hosts of other sites, search engines.

    ``language`` is the user's: notes come in it, letters in the recipient's language. For
    CSAM only the hotline (Child Focus); nobody else gets anything about the content. A search
    engine gets one delisting request that covers every web address of the case that is not
    one of its own result pages (a Google Drive link is Google Drive's, and still listed).
    """
    check_language(language)
    directory = directory or active_directory()
    result = triage_result or triage(case, directory)
    host_contacts = host_contacts or {}
    if result.hard_stop:
        org = directory.organisation("child_focus")
        return [
            Recipient(
                id="org:child_focus",
                name=org.name if org else "Child Focus",
                kind="hotline",
                channel="web_form",
                address_or_url=org.url if org else "",
                language=language,
                urls=case.urls,
                letter=LetterKind.HOTLINE_REPORT,
                notes=org.notes_in(language) if org else (),
                source=org.source if org else "",
                verified=org.verified if org else "",
            )
        ]

    recipients: list[Recipient] = []
    by_platform: dict[str, list[str]] = {}
    by_engine: dict[str, list[str]] = {}  # the engines' own result pages
    by_host: dict[str, list[str]] = {}
    for url in case.urls:
        platform = directory.platform_for_url(url)
        if platform is None:
            by_host.setdefault(host_of(url), []).append(url)
        elif platform.kind == "search_engine":
            by_engine.setdefault(platform.id, []).append(url)
        else:
            by_platform.setdefault(platform.id, []).append(url)

    for platform_id, urls in by_platform.items():
        platform = directory.platform(platform_id)
        recipients.append(
            _platform_recipient(
                platform,
                _platform_route(platform, case),
                urls,
                case,
                language,
                LetterKind.NOTICE,
                f"platform:{platform.id}",
            )
        )

    for host, urls in by_host.items():
        contact = host_contacts.get(host)
        recipients.append(
            Recipient(
                id=f"host:{host}",
                name=f"{contact.organisation} ({host})"
                if contact and contact.organisation
                else host,
                kind="host",
                channel="email",
                address_or_url=contact.email if contact else "",
                language=language,
                urls=tuple(urls),
                letter=LetterKind.HOST_NOTICE,
                notes=()
                if contact and contact.email
                else (phrase(language, "note_abuse_unknown"),),
            )
        )

    # every web address that is not a search result page is also asked off the results
    off_search = tuple(u for urls in (*by_platform.values(), *by_host.values()) for u in urls)
    for engine in directory.search_engines():
        own = by_engine.get(engine.id, [])
        if not own and not (result.search_delisting and off_search):
            continue
        route = engine.route_for(case.category, purposes=("search_delisting",))
        if route is None and not own:
            continue  # this engine has no checked route for this kind of case
        merged = tuple(dict.fromkeys([*own, *off_search]))
        recipients.append(
            _platform_recipient(
                engine,
                route,
                merged,
                case,
                language,
                LetterKind.DELISTING,
                f"search:{engine.id}",
                extra_notes=(phrase(language, "note_search_merged"),) if len(merged) > 1 else (),
            )
        )
    return recipients


#: the phrase-book notes a recipient may carry (see :func:`find_recipients`)
_PHRASE_NOTES = ("note_no_route", "note_abuse_unknown", "note_search_merged")
#: notes saved by earlier versions, with what they are now
_OLD_NOTES = {
    "The hosting provider's abuse address is not known yet: look it up (photosafe "
    "abuse-contact URL).": "note_abuse_unknown",
    "Het misbruikadres van de hostingprovider is nog niet gekend: zoek het op (photosafe "
    "abuse-contact URL).": "note_abuse_unknown",
    "L’adresse abuse de l’hébergeur n’est pas encore connue : recherchez-la (photosafe "
    "abuse-contact URL).": "note_abuse_unknown",
}


def notes_in_language(
    notes: Sequence[str], language: str, directory: Directory | None = None
) -> tuple[str, ...]:
    """Saved notes (written in the language of the day they were drafted) in ``language``:
    each directory note and phrase-book note is found in any language and shown in this one;
    a note PhotoSafe does not know is shown as saved."""
    check_language(language)
    directory = directory or active_directory()
    known: dict[str, str] = {}
    texts: list[Text] = [t for platform in directory.platforms for t in platform.texts]
    texts += [t for org in directory.organisations for t in org.texts]
    texts += [
        t for platform in directory.platforms for route in platform.routes for t in route.texts
    ]
    for text in texts:
        for other in (text.en, text.nl, text.fr):
            if other:
                known.setdefault(other, text.in_language(language))
    for key in _PHRASE_NOTES:
        for other in ("en", "nl", "fr"):
            known.setdefault(phrase(other, key), phrase(language, key))
    for old, key in _OLD_NOTES.items():
        known.setdefault(old, phrase(language, key))
    return tuple(dict.fromkeys(known.get(note, note) for note in notes))


__all__ = [
    "HostContact",
    "LetterKind",
    "Recipient",
    "find_recipients",
    "host_of",
    "notes_in_language",
]
