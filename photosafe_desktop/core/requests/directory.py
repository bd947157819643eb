"""The platform directory: where and how each platform takes removal requests.

The bundled ``resources/platforms/directory.json`` holds only facts from public help pages
(each platform with its ``sources`` and ``last_verified``); unknown facts are empty. It is
validated against ``directory.schema.json`` by a small validator for the subset of JSON
Schema the schema uses (no extra dependency). An organisation can hand out an updated file:
:func:`install_directory` validates it and keeps a copy in the user data folder, which
:func:`active_directory` then prefers over the bundled one.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photosafe_desktop.core import paths
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.requests.case import Case, Category, RequesterRole
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


@dataclass(frozen=True)
class Route:
    """One way to ask a platform: a web form, an e-mail address or the app."""

    id: str
    purpose: str  # dsa_notice | privacy | search_delisting | underage_account
    categories: tuple[Category, ...]
    channel: str  # web_form | email | in_app
    url: str
    email: str
    who_may_file: tuple[str, ...]
    required_fields: tuple[str, ...]
    login_required: bool | None
    anonymous_possible: bool | None
    notes: tuple[str, ...]

    @property
    def address_or_url(self) -> str:
        return self.email if self.channel == "email" else self.url


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    kind: str  # platform | search_engine | messaging
    operator: str
    address: str
    domains: tuple[str, ...]
    languages: tuple[str, ...]  # languages requests must be in; empty = not known
    dsa_emails: tuple[str, ...]
    dsa_url: str
    privacy_emails: tuple[str, ...]
    privacy_url: str
    hash_programmes: tuple[str, ...]
    routes: tuple[Route, ...]
    notes: tuple[str, ...]
    sources: tuple[str, ...]
    last_verified: str

    def route_for(self, category: Category, purposes: Sequence[str] | None = None) -> Route | None:
        """The first route that takes ``category`` (optionally only of the given purposes)."""
        for route in self.routes:
            if category in route.categories and (purposes is None or route.purpose in purposes):
                return route
        return None

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def request_language(self, user_language: str) -> str:
        """The language a request to this platform should be written in."""
        if not self.languages or user_language in self.languages:
            return user_language
        return self.languages[0]


@dataclass(frozen=True)
class Organisation:
    """A hotline, a hash programme, an authority or the police."""

    id: str
    name: str
    role: str
    country: str
    url: str
    emails: tuple[str, ...]
    phone: str
    notes: tuple[str, ...]
    sources: tuple[str, ...]
    last_verified: str


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
        """The platform whose domain serves ``url`` (``m.facebook.com`` -> Facebook)."""
        try:
            host = urlsplit(url.strip()).hostname or ""
        except ValueError:
            return None
        if not host:
            return None
        for platform in self.platforms:
            if platform.matches_host(host):
                return platform
        return None

    def search_engines(self) -> tuple[Platform, ...]:
        return tuple(p for p in self.platforms if p.kind == "search_engine")


def _route(data: Mapping[str, Any]) -> Route:
    return Route(
        id=data["id"],
        purpose=data["purpose"],
        categories=tuple(Category(c) for c in data["categories"]),
        channel=data["channel"],
        url=data.get("url", ""),
        email=data.get("email", ""),
        who_may_file=tuple(data.get("who_may_file", [])),
        required_fields=tuple(data.get("required_fields", [])),
        login_required=data.get("login_required"),
        anonymous_possible=data.get("anonymous_possible"),
        notes=tuple(data.get("notes", [])),
    )


def _platform(data: Mapping[str, Any]) -> Platform:
    dsa = data.get("dsa_contact", {})
    privacy = data.get("privacy_contact", {})
    return Platform(
        id=data["id"],
        name=data["name"],
        kind=data["kind"],
        operator=data.get("operator", ""),
        address=data.get("address", ""),
        domains=tuple(data["domains"]),
        languages=tuple(data.get("languages", [])),
        dsa_emails=tuple(dsa.get("email", [])),
        dsa_url=dsa.get("url", ""),
        privacy_emails=tuple(privacy.get("email", [])),
        privacy_url=privacy.get("url", ""),
        hash_programmes=tuple(data.get("hash_programmes", [])),
        routes=tuple(_route(r) for r in data["routes"]),
        notes=tuple(data.get("notes", [])),
        sources=tuple(data["sources"]),
        last_verified=data["last_verified"],
    )


def _organisation(data: Mapping[str, Any]) -> Organisation:
    return Organisation(
        id=data["id"],
        name=data["name"],
        role=data["role"],
        country=data.get("country", ""),
        url=data.get("url", ""),
        emails=tuple(data.get("email", [])),
        phone=data.get("phone", ""),
        notes=tuple(data.get("notes", [])),
        sources=tuple(data["sources"]),
        last_verified=data["last_verified"],
    )


def parse_directory(data: Any, origin: str = "bundled") -> Directory:
    """Validate ``data`` against the schema (and unique ids/domains) and build the model."""
    problems = schema_errors(data, directory_schema())
    if not problems:
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
            for r_index, route in enumerate(platform["routes"]):
                where = f"$.platforms[{index}].routes[{r_index}]"
                if route["channel"] == "web_form" and not route.get("url"):
                    problems.append(f"{where}.url: a web form needs its URL")
                if route["channel"] == "email" and not route.get("email"):
                    problems.append(f"{where}.email: an e-mail route needs its address")
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
    data = Path(source).read_bytes()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".directory-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Directory(directory.platforms, directory.organisations, directory.updated, str(target))


def reset_directory() -> None:
    """Forget the user's directory; the bundled one is used again."""
    user_directory_path().unlink(missing_ok=True)


# --------------------------------------------------------------------------- eligibility


def may_file(route: Route, case: Case) -> bool | None:
    """Whether the requester may use ``route``: True, False, or None when it depends on
    something the case does not say (e.g. a parent, for a child of unknown age)."""
    allowed = set(route.who_may_file)
    if not allowed or "anyone" in allowed:
        return True
    role = case.requester.role
    if role is RequesterRole.SELF:
        return "self" in allowed
    if role is RequesterRole.PARENT:
        if "parent_or_guardian" in allowed:
            return True
        if "parent_of_child_under_13" in allowed:
            if case.person_age is None:
                return None
            return case.under_digital_consent_age
        return False
    # a youth organisation acts with the parents' mandate: an authorised representative,
    # not the child's legal representative (the parents are)
    return "authorised_representative" in allowed


__all__ = [
    "Directory",
    "DirectoryError",
    "Organisation",
    "Platform",
    "Route",
    "active_directory",
    "bundled_directory",
    "install_directory",
    "load_directory",
    "may_file",
    "parse_directory",
    "reset_directory",
    "schema_errors",
]
