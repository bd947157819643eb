"""The copyright route as requests of a case: "this is one of our photos" in the wizard.

When a found copy matches the proof-of-origin register (:mod:`.register`), the case gets,
next to its privacy and DSA requests:

- the proof-of-origin paragraph (taken by the group on <date>, original kept, exported on
  <date> with preset <p>) inside every notice (:func:`proof_paragraphs`, passed to
  :func:`~photosafe_desktop.core.requests.letters.draft_all`);
- one request per platform with its own, sourced copyright form
  (``resources/platforms/copyright.json``): the author's-rights letter to paste, with the
  form's fields;
- the author's-rights letter for every other place, to the same host or platform as its
  privacy request (by e-mail; the address is the host's abuse contact when known).

Never for CSAM or a minor's intimate image: :func:`draft_with_origin` then drafts exactly
what :func:`draft_all` drafts, without proof or copyright route.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from photosafe_desktop.core.cases.evidence import EvidenceRefused, check_evidence_allowed
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP
from photosafe_desktop.core.origin.copyright import (
    LANGUAGES,
    CopyrightRoute,
    copyright_allowed,
    copyright_letter,
    legal_texts,
    proof_paragraph,
    routes_for,
)
from photosafe_desktop.core.origin.register import OriginMatch, OriginRegister
from photosafe_desktop.core.requests.directory import Directory
from photosafe_desktop.core.requests.letters import (
    DIVIDER,
    DraftRequest,
    Drafts,
    FormField,
    check_copyright_completeness,
    draft_all,
)
from photosafe_desktop.core.requests.recipients import HostContact, LetterKind, Recipient
from photosafe_desktop.core.requests.safeguards import screenshots_allowed
from photosafe_desktop.core.requests.templates import phrase, phrases


def route_allowed(case: Case) -> bool:
    """May ``case`` keep a copy of the image and use the copyright route? Never for CSAM or
    an intimate image of a minor (also one filed as an adult's when the age says under 18)."""
    return copyright_allowed(case.category) and screenshots_allowed(case)


@dataclass(frozen=True)
class OwnPhotoCheck:
    """The answer to "this is one of our photos": the best match (or None) and how many
    published copies the register holds (0: nothing was exported with proof of origin)."""

    match: OriginMatch | None
    registered: int


def check_own_photo(
    case: Case, found: Path, register: OriginRegister | None = None
) -> OwnPhotoCheck:
    """Match a saved copy (or screenshot) of the found image against the register.

    The safety rules come first, before the file is read: CSAM or a minor's intimate image
    raises :class:`EvidenceRefused`. ``found`` is only read, never kept. Slow (hashing
    81 windows): run it off the GUI thread.
    """
    check_evidence_allowed(case, with_screenshot=True)
    if not route_allowed(case):
        raise EvidenceRefused(
            "no_copyright_route",
            QT_TRANSLATE_NOOP("Errors", "The copyright route is not available for this case."),
        )
    own = register is None
    origin = register if register is not None else OriginRegister()
    try:
        count = origin.count()
        return OwnPhotoCheck(origin.match_file(found) if count else None, count)
    finally:
        if own:
            origin.close()


def proof_paragraphs(match: OriginMatch, group: str) -> dict[str, str]:
    """The proof-of-origin paragraph in every letter language."""
    return {lang: proof_paragraph(match, group, lang) for lang in LANGUAGES}


def letter_group(group: GroupInfo, case: Case) -> GroupInfo:
    """The group as the letter signs: its saved details, completed from the wizard's answers
    (the organisation, the requester's name and e-mail address)."""
    requester = case.requester
    return replace(
        group,
        name=group.name.strip() or requester.organisation or requester.name,
        contact_name=requester.name or group.contact_name,
        email=group.email or requester.email,
    )


def _letter_text(
    match: OriginMatch,
    group: GroupInfo,
    urls: Sequence[str],
    case: Case,
    language: str,
    user_language: str,
) -> tuple[str, str]:
    letter = copyright_letter(
        match, group, urls, language, category=case.category, signer=group.contact_name
    )
    text = letter.body
    if language != user_language:
        own = copyright_letter(
            match, group, urls, user_language, category=case.category, signer=group.contact_name
        )
        heading = phrase(user_language, "version_heading")
        text = f"{text}\n{DIVIDER}\n{heading}\n{DIVIDER}\n\n{own.body}"
    return letter.subject, text


def _fields(
    match: OriginMatch, group: GroupInfo, urls: Sequence[str], language: str
) -> tuple[FormField, ...]:
    p = phrases(language)
    t = legal_texts(language)
    return (
        FormField(p["field_name"], group.contact_name),
        FormField(p["field_email"], group.email),
        FormField(t["field_work"], proof_paragraph(match, group.name, language)),
        FormField(p["field_urls"], "\n".join(urls)),
        FormField(p["field_statement"], t["declaration"]),
    )


def _request(
    recipient: Recipient,
    match: OriginMatch,
    group: GroupInfo,
    case: Case,
    user_language: str,
) -> DraftRequest:
    subject, text = _letter_text(
        match, group, recipient.urls, case, recipient.language, user_language
    )
    return DraftRequest(
        recipient=recipient,
        user_language=user_language,
        subject=subject,
        text=text,
        fields=_fields(match, group, recipient.urls, recipient.language),
        grounds=frozenset(),
        missing=check_copyright_completeness(text, urls=recipient.urls, name=case.requester.name),
    )


def copyright_requests(
    case: Case,
    match: OriginMatch,
    group: GroupInfo,
    user_language: str,
    drafts: Sequence[DraftRequest],
) -> tuple[DraftRequest, ...]:
    """The copyright route of ``case``: a request per platform copyright form and an
    author's-rights letter for every other place ``drafts`` (the privacy and DSA requests)
    write to. Empty for CSAM and a minor's intimate image."""
    if not route_allowed(case):
        return ()
    group = letter_group(group, case)
    t = legal_texts(user_language)
    languages = {d.recipient.platform_id: d.recipient.language for d in drafts}
    out: list[DraftRequest] = []
    covered: set[str] = set()
    routes: list[CopyrightRoute] = routes_for(case.urls, case.category)
    for route in routes:
        urls = tuple(u for u in case.urls if route.serves(u))
        covered.update(urls)
        recipient = Recipient(
            id=f"copyright:{route.platform}",
            name=t["form_name"].format(platform=route.name),
            kind="platform",
            channel=route.channel,
            address_or_url=route.url,
            language=languages.get(route.platform, user_language),
            urls=urls,
            letter=LetterKind.COPYRIGHT,
            platform_id=route.platform,
            route_id="copyright",
            required_fields=route.required_fields,
            notes=(t["note_form"], *route.notes),
            source=route.source,
            verified=route.verified,
        )
        out.append(_request(recipient, match, group, case, user_language))
    for draft in drafts:
        source = draft.recipient
        if source.letter not in (LetterKind.NOTICE, LetterKind.HOST_NOTICE):
            continue
        urls = tuple(u for u in source.urls if u not in covered)
        if not urls:
            continue
        recipient = Recipient(
            id=f"copyright:{source.id}",
            name=t["letter_name"].format(recipient=source.name),
            kind=source.kind,
            channel="email",
            address_or_url=source.address_or_url if source.channel == "email" else "",
            language=source.language,
            urls=urls,
            letter=LetterKind.COPYRIGHT,
            platform_id=source.platform_id,
            route_id="copyright_letter",
            notes=(t["note_letter"],),
        )
        out.append(_request(recipient, match, group, case, user_language))
    return tuple(out)


def draft_with_origin(
    case: Case,
    language: str,
    directory: Directory | None = None,
    host_contacts: Mapping[str, HostContact] | None = None,
    *,
    match: OriginMatch | None = None,
    group: GroupInfo | None = None,
) -> Drafts:
    """Every request of ``case``; with a proof-of-origin ``match``, the proof paragraph in
    the notices and the copyright route after them."""
    if match is None or not route_allowed(case):
        return draft_all(case, language, directory, host_contacts)
    signer = letter_group(group or GroupInfo(), case)
    drafts = draft_all(
        case, language, directory, host_contacts, proof=proof_paragraphs(match, signer.name)
    )
    extra = copyright_requests(case, match, group or GroupInfo(), language, drafts.requests)
    return replace(drafts, requests=drafts.requests + extra)


__all__ = [
    "OwnPhotoCheck",
    "check_own_photo",
    "copyright_requests",
    "draft_with_origin",
    "letter_group",
    "proof_paragraphs",
    "route_allowed",
]
