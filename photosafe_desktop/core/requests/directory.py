"""The platform directory: where and how each platform takes removal requests.

The bundled ``resources/platforms/directory.json`` holds only facts checked on the platform's
or authority's own page: every route and organisation names that page (``source``) and the day
it was checked (``verified``), and says who may file (``who_may_file``). Unknown facts stay
empty. The file is meant to be edited by hand (by an organisation that keeps it up to date):
it is validated against ``directory.schema.json`` by a small validator for the subset of JSON
Schema the schema uses (no extra dependency), and a broken file is refused with the place of
the first problem. :func:`freshness_problems` lists routes checked more than 12 months ago.
:func:`install_directory` validates an updated file and keeps a copy in the user data folder,
which :func:`active_directory` then prefers over the bundled one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photosafe_desktop.core import paths
from photosafe_desktop.core.cases.model import Case, Category, RequesterRole
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.files import write_atomically
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.resources import resource_path

USER_DIRECTORY_NAME = "platform-directory.json"


class DirectoryError(PhotoSafeError):
    """A directory file is unreadable or does not match the schema (``where`` says where)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(
            "invalid_directory",
            QT_TRANSLATE_NOOP("Errors", "The platform directory is not valid: {where}: {problem}"),
            where=where,
            problem=problem,
        )
        self.where = where
        self.problem = problem


# --------------------------------------------------------------------------- schema


def schema_errors(instance: Any, schema: Mapping[str, Any]) -> list[str]:
    """Check ``instance`` against ``schema`` (the JSON Schema subset our schema uses).

    Returns readable problems such as ``platforms[2].routes[0].url: does not match ...``.
    """
    errors: list[str] = []
    _check(instance, schema, schema, "$", errors)
    return errors


_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _type_ok(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def _check(
    value: Any, schema: Mapping[str, Any], root: Mapping[str, Any], where: str, errors: list[str]
) -> None:
    if "$ref" in schema:
        ref = str(schema["$ref"])
        if not ref.startswith("#/$defs/"):
            errors.append(f"{where}: unsupported $ref {ref}")
            return
        target = root.get("$defs", {}).get(ref[len("#/$defs/") :])
        if target is None:
            errors.append(f"{where}: unknown $ref {ref}")
            return
        _check(value, target, root, where, errors)
        return
    expected = schema.get("type")
    if expected is not None:
        names = expected if isinstance(expected, list) else [expected]
        if not any(_type_ok(value, name) for name in names):
            errors.append(f"{where}: must be {' or '.join(names)}")
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: must be one of {', '.join(map(str, schema['enum']))}")
    if isinstance(value, str):
        if len(value) < int(schema.get("minLength", 0)):
            errors.append(f"{where}: must not be empty")
        pattern = schema.get("pattern")
        if pattern is not None and re.search(pattern, value) is None:
            errors.append(f"{where}: {value!r} does not have the expected form")
    if isinstance(value, list):
        if len(value) < int(schema.get("minItems", 0)):
            errors.append(f"{where}: needs at least {schema['minItems']} item(s)")
        if schema.get("uniqueItems"):
            seen: list[Any] = []
            for item in value:
                if item in seen:
                    errors.append(f"{where}: {item!r} appears twice")
                seen.append(item)
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                _check(item, items, root, f"{where}[{index}]", errors)
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}.{key}: is missing")
        properties: Mapping[str, Any] = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                _check(item, properties[key], root, f"{where}.{key}", errors)
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}.{key}: is not a known field")


@cache
def directory_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("platforms", "directory.schema.json").read_text(encoding="utf-8")
    )
    return data


# --------------------------------------------------------------------------- model

#: a route or organisation checked longer ago than this is stale: check its page again
MAX_AGE_DAYS = 365

LANGUAGE_CODES = ("en", "nl", "fr")


@dataclass(frozen=True)
class Text:
    """A short text in the three languages of the app (the directory file holds all three)."""

    en: str
    nl: str
    fr: str

    def in_language(self, language: str) -> str:
        return str(getattr(self, language, "") or self.en)


@dataclass(frozen=True)
class Route:
    """One way to ask a platform: a web form, an e-mail address or the app itself.

    ``source`` is the page that states this route and ``verified`` the day it was checked.
    """

    id: str
    purpose: str  # dsa_notice | privacy | content_report | search_delisting | underage_account
    categories: tuple[Category, ...]
    channel: str  # web_form | email | in_app
    url: str  # the form, or for in_app the help page that explains the steps
    email: str
    who_may_file: tuple[str, ...]
    source: str
    verified: str  # YYYY-MM-DD
    required_fields: tuple[str, ...] = ()
    login_required: bool | None = None
    anonymous_possible: bool | None = None
    notes: tuple[str, ...] = ()  # English
    texts: tuple[Text, ...] = ()  # the same notes in every language

    @property
    def address_or_url(self) -> str:
        return self.email if self.channel == "email" else self.url

    def notes_in(self, language: str) -> tuple[str, ...]:
        return tuple(text.in_language(language) for text in self.texts) or self.notes


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    kind: str  # platform | search_engine | messaging
    operator: str
    address: str
    domains: tuple[str, ...]
    languages: tuple[str, ...]  # languages requests must be in; empty = the user's
    hash_programmes: tuple[str, ...]
    routes: tuple[Route, ...]
    notes: tuple[str, ...]  # English
    sources: tuple[str, ...]  # every route's source
    last_verified: str  # the oldest route check
    test_urls: tuple[str, ...] = ()
    match_subdomains: bool = True
    texts: tuple[Text, ...] = ()

    def route_for(self, category: Category, purposes: Sequence[str] | None = None) -> Route | None:
        """The first route that takes ``category`` (optionally only of the given purposes)."""
        for route in self.routes:
            if category in route.categories and (purposes is None or route.purpose in purposes):
                return route
        return None

    def matching_domain(self, host: str) -> str:
        """The domain of this platform that serves ``host`` ("" when none does)."""
        host = host.lower().rstrip(".")
        best = ""
        for domain in self.domains:
            if self.match_subdomains:
                hit = host == domain or host.endswith("." + domain)
            else:
                hit = host in (domain, "www." + domain)
            if hit and len(domain) > len(best):
                best = domain
        return best

    def matches_host(self, host: str) -> bool:
        return bool(self.matching_domain(host))

    def request_language(self, user_language: str) -> str:
        """The language a request to this platform should be written in."""
        if not self.languages or user_language in self.languages:
            return user_language
        return self.languages[0]

    def notes_in(self, language: str) -> tuple[str, ...]:
        return tuple(text.in_language(language) for text in self.texts) or self.notes


@dataclass(frozen=True)
class Organisation:
    """A hotline, a hash programme, an authority, the police, the prosecutor or a court."""

    id: str
    name: str
    role: str
    country: str
    url: str
    emails: tuple[str, ...]
    phone: str
    notes: tuple[str, ...]  # English
    sources: tuple[str, ...]
    last_verified: str
    channel: str = ""  # web_form | email | post | phone | in_person
    form_url: str = ""
    address: str = ""
    source: str = ""
    verified: str = ""
    texts: tuple[Text, ...] = ()

    def notes_in(self, language: str) -> tuple[str, ...]:
        return tuple(text.in_language(language) for text in self.texts) or self.notes

    @property
    def address_or_url(self) -> str:
        """Where a letter to this organisation goes: its form, its e-mail or its page."""
        if self.channel == "email" and self.emails:
            return self.emails[0]
        return self.form_url or self.url or (self.emails[0] if self.emails else "")


@dataclass(frozen=True)
class Directory:
    platforms: tuple[Platform, ...]
    organisations: tuple[Organisation, ...]
    updated: str
    origin: str  # "bundled" or the path of the user's file

    def platform(self, platform_id: str) -> Platform:
        for platform in self.platforms:
            if platform.id == platform_id:
                return platform
        raise KeyError(platform_id)

    def organisation(self, org_id: str) -> Organisation | None:
        for org in self.organisations:
            if org.id == org_id:
                return org
        return None

    def platform_for_url(self, url: str) -> Platform | None:
        """The platform whose domain serves ``url``; the most specific domain wins, so
        ``drive.google.com`` is Google Drive while ``www.google.be`` is Google Search."""
        try:
            host = urlsplit(url.strip()).hostname or ""
        except ValueError:
            return None
        if not host:
            return None
        best: Platform | None = None
        best_length = 0
        for platform in self.platforms:
            domain = platform.matching_domain(host)
            if len(domain) > best_length:
                best, best_length = platform, len(domain)
        return best

    def search_engines(self) -> tuple[Platform, ...]:
        return tuple(p for p in self.platforms if p.kind == "search_engine")


def _texts(items: Sequence[Mapping[str, str]]) -> tuple[Text, ...]:
    return tuple(Text(en=item["en"], nl=item["nl"], fr=item["fr"]) for item in items)


def _route(data: Mapping[str, Any]) -> Route:
    texts = _texts(data.get("notes", []))
    return Route(
        id=data["id"],
        purpose=data["purpose"],
        categories=tuple(Category(c) for c in data["categories"]),
        channel=data["channel"],
        url=data.get("url", ""),
        email=data.get("email", ""),
        who_may_file=tuple(data["who_may_file"]),
        source=data["source"],
        verified=data["verified"],
        required_fields=tuple(data.get("required_fields", [])),
        login_required=data.get("login_required"),
        anonymous_possible=data.get("anonymous_possible"),
        notes=tuple(t.en for t in texts),
        texts=texts,
    )


def _platform(data: Mapping[str, Any]) -> Platform:
    routes = tuple(_route(r) for r in data["routes"])
    texts = _texts(data.get("notes", []))
    return Platform(
        id=data["id"],
        name=data["name"],
        kind=data["kind"],
        operator=data.get("operator", ""),
        address=data.get("address", ""),
        domains=tuple(data["domains"]),
        languages=tuple(data.get("languages", [])),
        hash_programmes=tuple(data.get("hash_programmes", [])),
        routes=routes,
        notes=tuple(t.en for t in texts),
        sources=tuple(dict.fromkeys(r.source for r in routes)),
        last_verified=min(r.verified for r in routes),
        test_urls=tuple(data["test_urls"]),
        match_subdomains=bool(data.get("match_subdomains", True)),
        texts=texts,
    )


def _organisation(data: Mapping[str, Any]) -> Organisation:
    texts = _texts(data.get("notes", []))
    return Organisation(
        id=data["id"],
        name=data["name"],
        role=data["role"],
        country=data.get("country", ""),
        url=data.get("url", ""),
        emails=tuple(data.get("email", [])),
        phone=data.get("phone", ""),
        notes=tuple(t.en for t in texts),
        sources=(data["source"], *data.get("more_sources", [])),
        last_verified=data["verified"],
        channel=data.get("channel", ""),
        form_url=data.get("form_url", ""),
        address=data.get("address", ""),
        source=data["source"],
        verified=data["verified"],
        texts=texts,
    )


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _semantic_problems(data: Mapping[str, Any]) -> list[str]:
    """What the schema cannot say: unique ids and domains, real dates, a URL for a form."""
    problems: list[str] = []
    ids: set[str] = set()
    domains: dict[str, str] = {}
    for index, platform in enumerate(data["platforms"]):
        if platform["id"] in ids:
            problems.append(f"$.platforms[{index}].id: {platform['id']!r} appears twice")
        ids.add(platform["id"])
        for domain in platform["domains"]:
            if domain in domains:
                problems.append(
                    f"$.platforms[{index}].domains: {domain!r} already belongs to "
                    f"{domains[domain]!r}"
                )
            domains[domain] = platform["id"]
        route_ids: set[str] = set()
        for r_index, route in enumerate(platform["routes"]):
            where = f"$.platforms[{index}].routes[{r_index}]"
            if route["id"] in route_ids:
                problems.append(f"{where}.id: {route['id']!r} appears twice")
            route_ids.add(route["id"])
            if route["channel"] == "web_form" and not route.get("url"):
                problems.append(f"{where}.url: a web form needs its URL")
            if route["channel"] == "email" and not route.get("email"):
                problems.append(f"{where}.email: an e-mail route needs its address")
            if _day(route["verified"]) is None:
                problems.append(f"{where}.verified: {route['verified']!r} is not a date")
    org_ids: set[str] = set()
    for index, org in enumerate(data["organisations"]):
        where = f"$.organisations[{index}]"
        if org["id"] in org_ids:
            problems.append(f"{where}.id: {org['id']!r} appears twice")
        org_ids.add(org["id"])
        if _day(org["verified"]) is None:
            problems.append(f"{where}.verified: {org['verified']!r} is not a date")
    return problems


def parse_directory(data: Any, origin: str = "bundled") -> Directory:
    """Validate ``data`` against the schema (and unique ids/domains) and build the model."""
    problems = schema_errors(data, directory_schema())
    if not problems:
        problems = _semantic_problems(data)
    if problems:
        first = problems[0]
        where, _, problem = first.partition(": ")
        raise DirectoryError(where.removeprefix("$.") or "(file)", problem)
    return Directory(
        platforms=tuple(_platform(p) for p in data["platforms"]),
        organisations=tuple(_organisation(o) for o in data["organisations"]),
        updated=str(data.get("updated", "")),
        origin=origin,
    )


def freshness_problems(
    directory: Directory, today: date, max_age_days: int = MAX_AGE_DAYS
) -> tuple[str, ...]:
    """Every route and organisation without a source, or checked more than ``max_age_days``
    before ``today`` (or after it), as readable lines naming the entry.

    ``today`` is passed in (not read from the clock) so tests and callers decide the date.
    """
    problems: list[str] = []

    def check(where: str, source: str, verified: str) -> None:
        if not source:
            problems.append(f"{where}: no source")
        day = _day(verified)
        if day is None:
            problems.append(f"{where}: not verified")
        elif (today - day).days > max_age_days:
            problems.append(f"{where}: verified {verified}, more than 12 months before {today}")
        elif day > today:
            problems.append(f"{where}: verified {verified}, after {today}")

    for platform in directory.platforms:
        for route in platform.routes:
            check(f"{platform.id}.{route.id}", route.source, route.verified)
    for org in directory.organisations:
        check(f"organisation {org.id}", org.source, org.verified)
    return tuple(problems)


def load_directory(path: Path | str) -> Directory:
    """Load and validate a directory file (raises :class:`DirectoryError`)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DirectoryError("(file)", str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise DirectoryError("(file)", f"not valid JSON (line {exc.lineno})") from exc
    return parse_directory(data, origin=str(path))


@cache
def bundled_directory() -> Directory:
    data = json.loads(resource_path("platforms", "directory.json").read_text(encoding="utf-8"))
    return parse_directory(data, origin="bundled")


def user_directory_path() -> Path:
    return paths.data_dir() / USER_DIRECTORY_NAME


def active_directory() -> Directory:
    """The user's installed directory when there is a valid one, else the bundled one."""
    path = user_directory_path()
    if path.is_file():
        try:
            return load_directory(path)
        except DirectoryError:
            pass  # a broken update must never stop the app: fall back to what ships
    return bundled_directory()


def install_directory(source: Path | str) -> Directory:
    """Validate ``source`` and keep a copy as the user's directory (atomically)."""
    directory = load_directory(source)
    target = user_directory_path()
    write_atomically(Path(source).read_bytes(), target)
    return Directory(directory.platforms, directory.organisations, directory.updated, str(target))


def reset_directory() -> None:
    """Forget the user's directory; the bundled one is used again."""
    user_directory_path().unlink(missing_ok=True)


# --------------------------------------------------------------------------- eligibility


def may_file(route: Route, case: Case) -> bool | None:
    """Whether the requester may use ``route``: True, False, or None when it depends on
    something the case does not say (e.g. a parent, for a child of unknown age).

    ``who_may_file`` values: ``self``, ``parent_or_guardian``, ``parent_of_child_under_N``,
    ``legal_representative``, ``authorised_representative``, ``organisation``, ``anyone``.
    """
    allowed = set(route.who_may_file)
    if not allowed or "anyone" in allowed:
        return True
    role = case.requester.role
    if role is RequesterRole.SELF:
        return "self" in allowed
    if role is RequesterRole.PARENT:
        if "parent_or_guardian" in allowed:
            return True
        limits = [
            int(value.rsplit("_", 1)[1])
            for value in allowed
            if value.startswith("parent_of_child_under_")
        ]
        if limits:
            if case.person_age is None:
                return None
            return case.person_age < max(limits)
        return False
    # a youth organisation acts with the parents' mandate: an authorised representative,
    # not the child's legal representative (the parents are)
    return bool(allowed & {"organisation", "authorised_representative"})


__all__ = [
    "MAX_AGE_DAYS",
    "Directory",
    "DirectoryError",
    "Organisation",
    "Platform",
    "Route",
    "Text",
    "active_directory",
    "bundled_directory",
    "freshness_problems",
    "install_directory",
    "load_directory",
    "may_file",
    "parse_directory",
    "reset_directory",
    "schema_errors",
]
