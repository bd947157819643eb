"""``photosafe platforms``, ``photosafe abuse-contact`` and ``photosafe draft``.

Stable for scripts:
  photosafe platforms [--json]
  photosafe abuse-contact URL [--bootstrap URL] [--json]
  photosafe draft --case CASE.json --lang nl|fr|en [--json]
Exit codes: 0 success, 1 a lookup failed (offline, timeout...), 2 malformed input.
Only ``abuse-contact`` (and ``draft --lookup``) use the network.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from photosafe_desktop.cli.output import exception_json, plain, print_error, print_json
from photosafe_desktop.core.cases.model import CaseError, load_case
from photosafe_desktop.core.catalog import translate
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.requests.directory import (
    Directory,
    DirectoryError,
    active_directory,
    freshness_problems,
    load_directory,
)
from photosafe_desktop.core.requests.hosts import find_host_contacts
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.core.requests.rdap import IANA_DNS_BOOTSTRAP, RdapClient, RdapError
from photosafe_desktop.core.requests.recipients import HostContact, host_of


def _error(args: argparse.Namespace, exc: PhotoSafeError, code: int, **extra: Any) -> int:
    print_error(f"photosafe {args.command}", exc.message.english())
    if getattr(args, "json", False):
        print_json({"error": exception_json(exc, **extra)})
    return code


def _directory(args: argparse.Namespace) -> Directory:
    path = getattr(args, "directory", None)
    return load_directory(path) if path else active_directory()


# --------------------------------------------------------------------------- platforms


def _platforms(args: argparse.Namespace) -> int:
    try:
        directory = _directory(args)
    except DirectoryError as exc:
        return _error(args, exc, 2, where=exc.where)
    if args.json:
        print_json(
            {
                "origin": directory.origin,
                "updated": directory.updated,
                "stale": list(freshness_problems(directory, date.today())),
                "platforms": plain(directory.platforms),
                "organisations": plain(directory.organisations),
            }
        )
        return 0
    for platform in directory.platforms:
        print(f"{platform.name} ({platform.id}) — {', '.join(platform.domains)}")
        if platform.operator:
            print(
                f"  operator: {platform.operator}{', ' + platform.address if platform.address else ''}"
            )
        for route in platform.routes:
            where = route.address_or_url or "(in the app)"
            cats = ", ".join(c.value for c in route.categories) or "-"
            print(f"  {route.purpose:17} {route.channel:8} {where}")
            print(f"  {'':17} categories: {cats}")
            print(f"  {'':17} who may file: {', '.join(route.who_may_file)}")
            print(f"  {'':17} source: {route.source} (verified {route.verified})")
        if platform.languages:
            print(f"  requests in: {', '.join(platform.languages)}")
        if platform.hash_programmes:
            print(f"  hash programmes: {', '.join(platform.hash_programmes)}")
    for org in directory.organisations:
        contact = ", ".join(x for x in (org.address_or_url, org.phone, org.address) if x)
        print(f"{org.name} ({org.id}, {org.role}) — {contact or '-'}")
        print(f"  source: {org.source} (verified {org.verified})")
    for problem in freshness_problems(directory, date.today()):
        print(f"warning: check again: {problem}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- abuse-contact


def _resolver_from(pairs: list[str] | None) -> Any:
    if not pairs:
        return None
    table: dict[str, list[str]] = {}
    for pair in pairs:
        host, _, address = pair.partition(":")
        table.setdefault(host.lower(), []).append(address)
    return lambda host: table.get(host.lower(), [])


def _client(args: argparse.Namespace) -> RdapClient:
    return RdapClient(
        args.bootstrap,
        timeout=(args.timeout, args.timeout),
        use_cache=not args.no_cache,
        resolver=_resolver_from(args.resolve),
    )


def _abuse_contact(args: argparse.Namespace) -> int:
    if not host_of(args.url) or "://" not in args.url:
        exc = PhotoSafeError(
            "invalid_url",
            "This is not a complete web address (it must start with https:// or http://).",
        )
        return _error(args, exc, 2)
    try:
        directory = _directory(args)
        lookup = _client(args).lookup(args.url, directory)
    except DirectoryError as exc:
        return _error(args, exc, 2, where=exc.where)
    except RdapError as exc:
        return _error(args, exc, 1)
    if args.json:
        print_json(lookup.to_json())
        return 0 if lookup.found else 1
    if lookup.platform_id:
        platform = directory.platform(lookup.platform_id)
        print(f"{args.url}: a known platform, {platform.name}. See `photosafe platforms`.")
        for route in platform.routes:
            print(f"  {route.purpose}: {route.address_or_url or '(in the app)'}")
        return 0
    print(f"host: {lookup.host}")
    if lookup.domain:
        print(f"domain: {lookup.domain}")
    if lookup.ip:
        print(f"address: {lookup.ip}")
    for contact in lookup.contacts:
        print(f"{contact.role}: {contact.organisation or '(unnamed)'}")
        for email in contact.emails:
            print(f"  e-mail: {email}")
        for phone in contact.phones:
            print(f"  phone: {phone}")
    for problem in lookup.problems:
        print(f"note: {problem.message.english()}", file=sys.stderr)
    if not lookup.found:
        print("No abuse e-mail address was found.", file=sys.stderr)
        return 1
    return 0


# --------------------------------------------------------------------------- draft


def _draft(args: argparse.Namespace) -> int:
    try:
        case = load_case(Path(args.case))
    except CaseError as exc:
        print_error(
            "photosafe draft", f"invalid case: field '{exc.field}': {exc.message.english()}"
        )
        if args.json:
            print_json({"error": exception_json(exc, field=exc.field)})
        return 2
    try:
        directory = _directory(args)
    except DirectoryError as exc:
        return _error(args, exc, 2, where=exc.where)
    contacts: dict[str, HostContact] = {}
    problems: list[str] = []
    if args.lookup:
        found = find_host_contacts(case.category, case.urls, directory, _client(args))
        contacts = found.contacts
        problems = [problem.english() for problem in found.problems]
    drafts = draft_all(case, args.lang, directory, contacts)
    if args.json:
        print_json(
            {
                "requests": [r.to_json() for r in drafts.requests],
                "actions": [
                    {
                        "id": a.id,
                        "kind": a.kind.value,
                        "title": translate("Triage", a.title, args.lang),
                        "description": translate("Triage", a.description, args.lang),
                        "url": a.url,
                        "phone": a.phone,
                    }
                    for a in drafts.actions
                ],
                "safeguards": drafts.safeguards.to_json() if drafts.safeguards else None,
            }
        )
    else:
        if drafts.triage.hard_stop:
            print("STOP: a sexual image of a child. Do not download, screenshot or send it.")
            print("Only report the web address to the hotline and the police.\n")
        for request in drafts.requests:
            r = request.recipient
            print("=" * 72)
            print(f"To: {r.name} ({r.channel}: {r.address_or_url or 'address still unknown'})")
            if r.source:
                print(f"Route checked {r.verified} on {r.source}")
            print(f"Subject: {request.subject}")
            status = (
                "complete"
                if request.complete
                else "INCOMPLETE, missing: " + ", ".join(m.value for m in request.missing)
            )
            print(f"Notice: {status}")
            if r.may_file is False:
                print("Note: this form does not accept requests from you for this person.")
            elif r.may_file is None:
                print("Note: whether you may use this form depends on the age of the person shown.")
            for note in r.notes:
                print(f"Note: {note}")
            for warning in request.warning_texts:
                print(f"Warning: {warning}")
            print()
            print(request.text)
        print("=" * 72)
        print("What to do:")
        for action in drafts.actions:
            extra = f" [{action.url}]" if action.url else ""
            title = translate("Triage", action.title, args.lang)
            print(f"- {title}{extra}: {translate('Triage', action.description, args.lang)}")
        if drafts.safeguards is not None and drafts.safeguards.helplines:
            print("=" * 72)
            print("People to talk to:")
            for line in drafts.safeguards.helplines:
                details = ", ".join(x for x in (line.phone, line.url, line.hours) if x)
                print(f"- {line.name} ({details}): {line.about}")
    for problem in problems:
        print(f"note: {problem}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- register


def _add_lookup_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bootstrap",
        default=IANA_DNS_BOOTSTRAP,
        metavar="URL",
        help="RFC 9224 dns.json to start from (default: IANA's); ipv4.json/ipv6.json are "
        "expected beside it",
    )
    parser.add_argument(
        "--timeout", type=float, default=10.0, metavar="SECONDS", help="per request (default 10)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="do not use or fill the on-disk cache"
    )
    parser.add_argument(
        "--resolve",
        action="append",
        metavar="HOST:ADDRESS",
        help="use ADDRESS for HOST instead of asking DNS (repeatable)",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    platforms = subparsers.add_parser("platforms", help="list the platform directory")
    platforms.add_argument("--json", action="store_true", help="print JSON")
    platforms.add_argument("--directory", metavar="FILE", help="use this directory file")
    platforms.set_defaults(func=_platforms)

    abuse = subparsers.add_parser(
        "abuse-contact",
        help="find who to ask for removal: the platform, or the host's abuse contact (RDAP)",
    )
    abuse.add_argument("url", metavar="URL")
    abuse.add_argument("--json", action="store_true", help="print JSON")
    abuse.add_argument("--directory", metavar="FILE", help="use this directory file")
    _add_lookup_options(abuse)
    abuse.set_defaults(func=_abuse_contact)

    draft = subparsers.add_parser(
        "draft", help="draft one removal request per recipient from CASE.json"
    )
    draft.add_argument("--case", required=True, metavar="CASE.json")
    draft.add_argument("--lang", required=True, choices=("nl", "fr", "en"))
    draft.add_argument("--json", action="store_true", help="print JSON")
    draft.add_argument("--directory", metavar="FILE", help="use this directory file")
    draft.add_argument(
        "--lookup", action="store_true", help="look up abuse contacts of unknown websites (network)"
    )
    _add_lookup_options(draft)
    draft.set_defaults(func=_draft)
