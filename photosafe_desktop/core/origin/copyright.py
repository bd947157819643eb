"""The copyright route: when a found photo matches one of the group's exported copies.

The group that took a photo holds the author's rights on it, often the fastest removal
ground of all. A proof-of-origin match (:mod:`.register`) gives:

- :func:`proof_paragraph`: "taken by the group on <date>, original kept, exported on <date>
  with preset <p>", for the case and the letters;
- :func:`copyright_letter`: a request on the author's rights (auteursrecht / droit d'auteur,
  Code of Economic Law, Book XI; no article number: Art. XI.165 could not be confirmed on an
  official page, see ``resources/legal/sources.json``; the children's image right,
  Art. XI.174, is mentioned too), in nl, fr or en;
- :func:`copyright_routes`: the platforms' own copyright/IP forms, from
  ``resources/platforms/copyright.json`` (each with its source page and the date read).

Never for CSAM or a minor's intimate image (:func:`copyright_allowed`): no copy of such an
image may be kept or matched, and those cases go to the hotline and the police.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photosafe_desktop.core.cases.evidence import check_evidence_allowed
from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.dates import format_datetime, format_when
from photosafe_desktop.core.origin.register import OriginMatch, OriginRegister
from photosafe_desktop.core.resources import resource_path

LANGUAGES = ("nl", "fr", "en")
EXCLUDED = frozenset({Category.CSAM, Category.INTIMATE_IMAGE_MINOR})


def copyright_allowed(category: Category | str) -> bool:
    """Whether a case of ``category`` may keep a copy and use the copyright route."""
    return Category(category) not in EXCLUDED


@dataclass(frozen=True)
class CopyrightRoute:
    platform: str
    name: str
    domains: tuple[str, ...]
    channel: str
    url: str
    who_may_file: tuple[str, ...]
    required_fields: tuple[str, ...]
    notes: tuple[str, ...]
    source: str
    verified: str  # ISO date the source page was read

    def serves(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        return any(host == d or host.endswith("." + d) for d in self.domains)


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


@cache
def _texts(language: str) -> Mapping[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    data: dict[str, str] = json.loads(
        resource_path("legal", language, "copyright.json").read_text(encoding="utf-8")
    )
    return data


def legal_texts(language: str) -> Mapping[str, str]:
    """The copyright texts of ``language`` (``resources/legal/<lang>/copyright.json``)."""
    return _texts(language)


@cache
def copyright_routes() -> tuple[CopyrightRoute, ...]:
    data: dict[str, Any] = json.loads(
        resource_path("platforms", "copyright.json").read_text(encoding="utf-8")
    )
    return tuple(
        CopyrightRoute(
            platform=item["platform"],
            name=item["name"],
            domains=tuple(item.get("domains", ())),
            channel=item["channel"],
            url=item["url"],
            who_may_file=tuple(item.get("who_may_file", ())),
            required_fields=tuple(item.get("required_fields", ())),
            notes=tuple(item.get("notes", ())),
            source=item["source"],
            verified=item["verified"],
        )
        for item in data["routes"]
    )


def routes_for(urls: Iterable[str], category: Category | str) -> list[CopyrightRoute]:
    """The copyright forms of the platforms hosting ``urls`` (none for excluded categories)."""
    if not copyright_allowed(category):
        return []
    urls = list(urls)
    return [route for route in copyright_routes() if any(route.serves(u) for u in urls)]


def _date(value: datetime, language: str) -> str:
    """A camera's time (no zone) as it was; an aware time the reader's way, with its offset."""
    if value.tzinfo is None:
        return format_datetime(value, language)
    return format_when(value, language)


def proof_paragraph(match: OriginMatch, group: str, language: str) -> str:
    t = _texts(language)
    record = match.record
    captured = (
        t["captured_on"].format(date=_date(record.captured, language))
        if record.captured is not None
        else t["captured_unknown"]
    )
    if match.exact:
        evidence = t["match_exact"].format(sha256=record.sha256)
    else:
        evidence = t["match_close"].format(distance=match.distance, sha256=record.sha256)
    return t["proof"].format(
        group=group.strip() or "-",
        captured=captured,
        exported=_date(record.exported.replace(microsecond=0), language),
        preset=t.get(f"preset_{record.preset}", record.preset),
        album=t["album"].format(album=record.album) if record.album else "",
        match=evidence,
    )


def copyright_letter(
    match: OriginMatch,
    group: GroupInfo,
    urls: Sequence[str],
    language: str,
    *,
    category: Category | str = Category.CHILD_PHOTO_MISUSE,
    signer: str = "",
) -> Letter:
    """The author's-rights removal request, with the proof of origin. Raises ValueError for
    categories that must not use this route (CSAM, a minor's intimate image)."""
    if not copyright_allowed(category):
        raise ValueError("the copyright route is not available for this category")
    t = _texts(language)
    name = group.name.strip() or "-"
    contact = [x for x in (signer or group.contact_name, name, group.email, group.phone) if x]
    parts = [
        t["greeting"],
        t["intro"].format(group=name),
        "\n".join(f"- {u}" for u in urls),
        proof_paragraph(match, name, language),
        t["law"].format(group=name),
        t["children"],
        t["ask"],
        t["declaration"],
        t["closing"] + "\n" + "\n".join(dict.fromkeys(contact)),
    ]
    return Letter(t["subject"], "\n\n".join(parts) + "\n")


@dataclass(frozen=True)
class CopyrightAddition:
    """What a proof-of-origin match adds to a case: the proof paragraph, the author's-rights
    letter and the platforms' own copyright forms for the case's web addresses."""

    match: OriginMatch
    paragraph: str
    letter: Letter
    routes: tuple[CopyrightRoute, ...]


def match_for_case(
    case: Case,
    found: Path,
    group: GroupInfo,
    language: str,
    register: OriginRegister,
) -> CopyrightAddition | None:
    """ "This is one of our photos": match a saved copy (or screenshot) of the found image.

    The safety rules are checked before the file is even read: a CSAM case or a minor's
    intimate image raises :class:`~photosafe_desktop.core.cases.evidence.EvidenceRefused`.
    Returns None when the photo is not in the register. ``found`` is only read.
    """
    check_evidence_allowed(case, with_screenshot=True)
    match = register.match_file(found)
    if match is None:
        return None
    return CopyrightAddition(
        match,
        proof_paragraph(match, group.name, language),
        copyright_letter(match, group, case.urls, language, category=case.category),
        tuple(routes_for(case.urls, case.category)),
    )


__all__ = [
    "EXCLUDED",
    "CopyrightAddition",
    "match_for_case",
    "CopyrightRoute",
    "Letter",
    "copyright_allowed",
    "copyright_letter",
    "copyright_routes",
    "legal_texts",
    "proof_paragraph",
    "routes_for",
]
