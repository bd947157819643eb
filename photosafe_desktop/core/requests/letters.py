"""Letters: one request per recipient, in the right language, with the right legal words.

Every request carries the four elements of a DSA Art. 16(2) notice under fixed headings
(a)-(d); :func:`check_completeness` verifies them on the final text, also after the user has
edited it, and names what is missing. A CSAM case gets no content notice at all: only a
URL-only report for the hotline, which may be anonymous. No legal article is cited that is
not in ``shared/docs/removal-requests.md``. Templates: :mod:`.templates`; who receives what:
:mod:`.recipients`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any

from photosafe_desktop.core.cases.model import (
    INTIMATE_CATEGORIES,
    Case,
    Category,
    RequesterRole,
)
from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.requests.directory import (
    Directory,
    active_directory,
)
from photosafe_desktop.core.requests.recipients import (
    HostContact,
    LetterKind,
    Recipient,
    find_recipients,
    is_image_address,
)
from photosafe_desktop.core.requests.safeguards import (
    Safeguards,
    contradictions,
    evaluate,
    letter_phrase,
)
from photosafe_desktop.core.requests.templates import (
    LANGUAGES,
    check_language,
    fill,
    format_when,
    phrase,
    phrases,
    template,
)
from photosafe_desktop.core.requests.triage import Action, Ground, TriageResult, triage
from photosafe_desktop.core.resources import resource_path

DIVIDER = "=" * 40


class MissingElement(str, Enum):
    """A required element of a DSA Art. 16(2) notice that a text lacks."""

    EXPLANATION = "explanation"  # (a)
    LOCATION = "location"  # (b)
    NAME = "name"  # (c)
    EMAIL = "email"  # (c)
    STATEMENT = "statement"  # (d)
    CONSISTENT = "consistent"  # the letter must not contradict itself (issue 13)

    @property
    def label(self) -> str:
        return MISSING_LABELS[self]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Drafting``)."""
        return Message("Drafting", MISSING_LABELS[self])


MISSING_LABELS: dict[MissingElement, str] = {
    MissingElement.EXPLANATION: QT_TRANSLATE_NOOP(
        "Drafting", "(a) an explanation of why the content is illegal"
    ),
    MissingElement.LOCATION: QT_TRANSLATE_NOOP(
        "Drafting", "(b) the exact web address of every image"
    ),
    MissingElement.NAME: QT_TRANSLATE_NOOP("Drafting", "(c) your name"),
    MissingElement.EMAIL: QT_TRANSLATE_NOOP("Drafting", "(c) your e-mail address"),
    MissingElement.STATEMENT: QT_TRANSLATE_NOOP(
        "Drafting", "(d) the statement that the notice is accurate and complete, in good faith"
    ),
    MissingElement.CONSISTENT: QT_TRANSLATE_NOOP(
        "Drafting",
        "a consistent account: the request speaks of a child, but the age given is 18 or more "
        "(correct the age, the category or who is asking)",
    ),
}


@dataclass(frozen=True)
class FormField:
    """One field of a web form with the text to paste into it."""

    label: str
    value: str


@dataclass(frozen=True)
class DraftRequest:
    recipient: Recipient
    user_language: str
    subject: str
    text: str
    fields: tuple[FormField, ...]
    grounds: frozenset[Ground]
    missing: tuple[MissingElement, ...]
    #: ``description_pasted_as_typed``: the letter is not in the user's language and the
    #: user's own description is pasted into it untranslated (see :attr:`warning_texts`)
    warnings: tuple[str, ...] = ()
    warning_texts: tuple[str, ...] = ()  # the same, explained in the user's language

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def language(self) -> str:
        return self.recipient.language

    def to_json(self) -> dict[str, Any]:
        """The stable shape printed by ``photosafe draft --json``."""
        return {
            "recipient": self.recipient.name,
            "channel": self.recipient.channel,
            "address_or_url": self.recipient.address_or_url,
            "subject": self.subject,
            "text": self.text,
            "complete": self.complete,
            "missing": [m.value for m in self.missing],
            "kind": self.recipient.letter.value,
            "language": self.recipient.language,
            "platform_id": self.recipient.platform_id,
            "route_id": self.recipient.route_id,
            "urls": list(self.recipient.urls),
            "source": self.recipient.source,
            "verified": self.recipient.verified,
            "notes": list(self.recipient.notes),
            "warnings": list(self.warnings),
            "warning_texts": list(self.warning_texts),
        }


class IncompleteNoticeError(PhotoSafeError):
    """A notice lacks required DSA Art. 16(2) elements; ``missing`` says which."""

    def __init__(self, missing: Sequence[MissingElement]) -> None:
        super().__init__(
            "incomplete_notice",
            QT_TRANSLATE_NOOP(
                "Drafting", "This request cannot be sent yet. It still needs: {missing}."
            ),
            missing="; ".join(m.label for m in missing),
        )
        self.missing = tuple(missing)


def ensure_complete(request: DraftRequest) -> DraftRequest:
    """Refuse (raise :class:`IncompleteNoticeError`) a request that misses an element."""
    if request.missing:
        raise IncompleteNoticeError(request.missing)
    return request


@dataclass(frozen=True)
class Drafts:
    triage: TriageResult
    requests: tuple[DraftRequest, ...]
    actions: tuple[Action, ...] = field(default=())
    safeguards: Safeguards | None = None


# --------------------------------------------------------------------------- letters


@dataclass(frozen=True)
class _Parts:
    subject: str
    explanation: str
    locations: str
    submitter: str
    statement: str
    text: str


def _role_line(case: Case, lang: str) -> str:
    role = case.requester.role
    if role is RequesterRole.ORGANISATION:
        if case.requester.organisation:
            org = case.requester.organisation
            line = phrase(lang, "role_organisation", organisation=org)
        else:
            org = phrase(lang, "organisation_default")
            line = phrase(lang, "role_organisation_unnamed")
        return line + " " + letter_phrase(lang, "mandate", organisation=org)
    return phrase(lang, f"role_{role.value}")


def _letter_grounds(letter: LetterKind, result: TriageResult) -> frozenset[Ground]:
    if letter is LetterKind.HOTLINE_REPORT:
        return frozenset({Ground.CSAM_REPORT})
    grounds = set(result.grounds)
    if letter is LetterKind.DELISTING:
        # delisting rests on the GDPR: a search engine is not the host (no DSA Art. 16 notice,
        # no image-right claim about a copy it does not hold)
        grounds -= {Ground.DSA_NOTICE, Ground.IMAGE_RIGHT}
    if letter is not LetterKind.NOTICE:
        # Art. 17(1)(f): only data collected through an online service offered to the child
        grounds.discard(Ground.GDPR_CHILD)
    return frozenset(grounds)


#: categories whose facts are a crime under Belgian law; the letter names the offence and the
#: law, never an article number (Belgium renumbered these offences in 2022 and in its new
#: Criminal Code: cite a number only once it is verified on an official source)
CRIME_CATEGORIES = frozenset(
    {
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
        Category.HARASSMENT,
        Category.IMPERSONATION,
    }
)


def legal_paragraphs(case: Case, lang: str, grounds: frozenset[Ground]) -> list[str]:
    """The legal grounds of a letter, one paragraph each, in ``lang``."""
    paragraphs: list[str] = []
    if case.category in CRIME_CATEGORIES:
        paragraphs.append(phrase(lang, f"crime_{case.category.value}"))
    if Ground.GDPR_ERASURE in grounds:
        gdpr = [phrase(lang, "gdpr")]
        gdpr.append(phrase(lang, "gdpr_weighing_child" if case.concerns_minor else "gdpr_weighing"))
        if case.category in INTIMATE_CATEGORIES:
            gdpr.append(phrase(lang, "gdpr_special"))
        if Ground.GDPR_CHILD in grounds:
            gdpr.append(phrase(lang, "gdpr_child"))
        gdpr.append(phrase(lang, "gdpr_deadline"))
        paragraphs.append(" ".join(gdpr))
    if Ground.IMAGE_RIGHT in grounds:
        minor = case.concerns_minor
        paragraphs.append(phrase(lang, "image_right_minor" if minor else "image_right_self"))
    if Ground.DSA_NOTICE in grounds:
        paragraphs.append(phrase(lang, "dsa_knowledge"))
    return paragraphs


def _compose(
    case: Case,
    recipient: Recipient,
    lang: str,
    grounds: frozenset[Ground],
    foreign_description: bool = False,
    proof: Mapping[str, str] | None = None,
) -> _Parts:
    letter = recipient.letter
    requester = case.requester
    locations = "\n".join(f"- {url}" for url in recipient.urls)
    seen = phrase(lang, "seen", date=format_when(case.seen_at, lang))

    if letter is LetterKind.HOTLINE_REPORT:
        subject = phrase(lang, "subject_hotline")
        intro = phrase(lang, "intro_hotline")
        explanation = "\n".join(
            [phrase(lang, "hotline_explanation"), seen, phrase(lang, "hotline_no_copy")]
        )
        request = phrase(lang, "request_hotline")
    else:
        subject_key, intro_key, request_key = {
            LetterKind.NOTICE: ("subject_notice", "intro_notice", "request_remove"),
            LetterKind.HOST_NOTICE: ("subject_host", "intro_host", "request_host"),
            LetterKind.DELISTING: ("subject_delisting", "intro_delisting", "request_delisting"),
        }[letter]
        subject = phrase(lang, subject_key)
        intro = phrase(lang, intro_key) + "\n\n" + _role_line(case, lang)
        category_key = case.category.value
        if case.minor_rules and case.category is Category.INTIMATE_IMAGE_ADULT:
            category_key = Category.INTIMATE_IMAGE_MINOR.value  # the age decides, not the button
        paragraphs = [phrase(lang, f"cat_{category_key}")]
        if case.minor_rules:
            paragraphs.append(letter_phrase(lang, "offence_minor"))
        if case.description and not case.minor_rules:  # nothing describing a minor's image
            intro_line = phrase(lang, "description_intro")
            if foreign_description:
                intro_line += " " + phrase(lang, "description_typed_note")
            paragraphs.append(intro_line + "\n" + case.description)
        facts = []
        if case.person_name:
            facts.append(phrase(lang, "person", person=case.person_name))
        if case.person_age is not None:
            facts.append(phrase(lang, "person_age", age=case.person_age))
        elif case.age_unsure:
            facts.append(letter_phrase(lang, "age_unsure"))
        if case.account_name:
            facts.append(phrase(lang, "account", account=case.account_name))
        facts.append(seen)
        paragraphs.append("\n".join(facts))
        if proof and proof.get(lang) and letter is not LetterKind.DELISTING:
            paragraphs.append(proof[lang])  # "this is one of our photos" (core/origin)
        paragraphs += legal_paragraphs(case, lang, grounds)
        explanation = "\n\n".join(paragraphs)
        request = phrase(lang, request_key) + "\n\n" + phrase(lang, "evidence_kept")

    missing_text = phrase(lang, "submitter_missing")
    if requester.name or requester.email or not case.anonymous_allowed:
        submitter = "\n".join(
            [
                phrase(lang, "submitter_name", name=requester.name or missing_text),
                phrase(lang, "submitter_email", email=requester.email or missing_text),
            ]
        )
    else:
        key = "anonymous_delisting" if letter is LetterKind.DELISTING else "anonymous"
        submitter = phrase(lang, key)
    signature = requester.name or phrase(lang, "anonymous_signature")
    if requester.role is RequesterRole.ORGANISATION and requester.organisation:
        signature += "\n" + requester.organisation
    statement = phrase(lang, "statement")
    p = phrases(lang)
    text = fill(
        template(lang, "notice"),
        greeting=p["greeting"],
        intro=intro,
        h_a=p["h_a"],
        explanation=explanation,
        h_b=p["h_b"],
        locations=locations,
        h_c=p["h_c"],
        submitter=submitter,
        h_d=p["h_d"],
        statement=statement,
        request=request,
        closing=p["closing"],
        signature=signature,
    )
    return _Parts(subject, explanation, locations, submitter, statement, text.strip() + "\n")


def _fields(case: Case, recipient: Recipient, parts: _Parts, lang: str) -> tuple[FormField, ...]:
    p = phrases(lang)
    requester = case.requester
    out = [
        FormField(p["field_urls"], "\n".join(recipient.urls)),
        FormField(p["field_explanation"], parts.explanation),
    ]
    if requester.name or not case.anonymous_allowed:
        out.append(FormField(p["field_name"], requester.name))
    if requester.email or not case.anonymous_allowed:
        out.append(FormField(p["field_email"], requester.email))
    for required in recipient.required_fields:
        key = required.lower()
        if key == "country":
            out.append(FormField(p["field_country"], p["field_country_value"]))
        elif "name and age" in key or "identifiable" in key:
            person = case.person_name
            if case.person_age is not None:
                person = f"{person} ({case.person_age})".strip()
            out.append(FormField(p["field_person"], person))
        elif key == "relationship":
            out.append(
                FormField(p["field_relationship"], p[f"relationship_{requester.role.value}"])
            )
        elif key == "timestamp":
            out.append(FormField(p["field_timestamp"], ""))
        elif key == "image urls":
            images = [u for u in recipient.urls if is_image_address(u)]
            out.append(FormField(p["field_image_urls"], "\n".join(images)))
    out.append(FormField(p["field_statement"], parts.statement))
    return tuple(out)


def check_completeness(
    text: str,
    *,
    urls: Sequence[str],
    name: str,
    email: str,
    anonymous_allowed: bool,
    language: str,
) -> tuple[MissingElement, ...]:
    """Which DSA Art. 16(2) elements ``text`` lacks (empty: a complete notice).

    Works on the final text, so it also judges a request the user edited: the explanation
    under heading (a) must be substantial, every URL must be there, the submitter's name and
    e-mail address too (unless the case may be anonymous), and the good-faith statement.
    """
    missing: list[MissingElement] = []
    languages = [check_language(language)] + [lang for lang in LANGUAGES if lang != language]
    explained = False
    for lang in languages:
        p = phrases(lang)
        start = text.find(p["h_a"])
        end = text.find(p["h_b"], start + 1) if start >= 0 else -1
        if start >= 0 and end > start:
            body = text[start + len(p["h_a"]) : end]
            if len("".join(body.split())) >= 40:
                explained = True
                break
    if not explained:
        missing.append(MissingElement.EXPLANATION)
    if not urls or any(url not in text for url in urls):
        missing.append(MissingElement.LOCATION)
    if not anonymous_allowed:
        if not name.strip() or name.strip() not in text:
            missing.append(MissingElement.NAME)
        if not email.strip() or email.strip() not in text:
            missing.append(MissingElement.EMAIL)
    if not any(
        " ".join(phrases(lang)["statement"].split()) in " ".join(text.split()) for lang in languages
    ):
        missing.append(MissingElement.STATEMENT)
    return tuple(missing)


def _inconsistent(case: Case, letter: LetterKind) -> tuple[MissingElement, ...]:
    """A letter that contradicts itself (an adult's image "of my child") is never complete."""
    if letter is LetterKind.HOTLINE_REPORT or not contradictions(case):
        return ()
    return (MissingElement.CONSISTENT,)


def draft_request(
    case: Case,
    recipient: Recipient,
    user_language: str,
    triage_result: TriageResult | None = None,
    proof: Mapping[str, str] | None = None,
) -> DraftRequest:
    """The request for one recipient: in its language, followed by the user's where different.

    ``proof``: the proof-of-origin paragraph per language (the group's own photo,
    :mod:`photosafe_desktop.core.origin.route`), added to the explanation of notices."""
    check_language(user_language)
    result = triage_result or triage(case)
    if result.hard_stop and recipient.letter is not LetterKind.HOTLINE_REPORT:
        raise ValueError("a CSAM case may only be reported to the hotline")
    grounds = _letter_grounds(recipient.letter, result)
    foreign = recipient.language != user_language and bool(case.description)
    parts = _compose(
        case, recipient, recipient.language, grounds, foreign_description=foreign, proof=proof
    )
    text = parts.text
    if recipient.language != user_language:
        user_parts = _compose(case, recipient, user_language, grounds, proof=proof)
        text = (
            f"{text}\n{DIVIDER}\n{phrase(user_language, 'version_heading')}\n{DIVIDER}\n\n"
            f"{user_parts.text}"
        )
    missing = check_completeness(
        text,
        urls=recipient.urls,
        name=case.requester.name,
        email=case.requester.email,
        anonymous_allowed=case.anonymous_allowed,
        language=recipient.language,
    ) + _inconsistent(case, recipient.letter)
    return DraftRequest(
        recipient=recipient,
        user_language=user_language,
        subject=parts.subject,
        text=text,
        fields=_fields(case, recipient, parts, recipient.language),
        grounds=grounds,
        missing=missing,
        warnings=("description_pasted_as_typed",) if foreign else (),
        warning_texts=(
            (
                phrase(
                    user_language,
                    "warning_description_language",
                    letter_language=phrase(user_language, f"language_name_{recipient.language}"),
                ),
            )
            if foreign
            else ()
        ),
    )


_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}")


@cache
def _copyright_texts(lang: str) -> Mapping[str, str]:
    data: dict[str, str] = json.loads(
        resource_path("legal", lang, "copyright.json").read_text(encoding="utf-8")
    )
    return data


def check_copyright_completeness(
    text: str, *, urls: Sequence[str], name: str
) -> tuple[MissingElement, ...]:
    """What an author's-rights request (:attr:`LetterKind.COPYRIGHT`) lacks: the author's
    rights explained, every web address, the signer's name, an e-mail address to answer
    (the group's own, as the platforms advise, or the requester's) and the declaration."""
    flat = " ".join(text.split())
    missing: list[MissingElement] = []
    laws = [_copyright_texts(lang)["law"].split("{group}")[-1] for lang in LANGUAGES]
    if not any(" ".join(law.split()) in flat for law in laws):
        missing.append(MissingElement.EXPLANATION)
    if not urls or any(url not in text for url in urls):
        missing.append(MissingElement.LOCATION)
    if not name.strip() or name.strip() not in text:
        missing.append(MissingElement.NAME)
    if not _EMAIL.search(text):
        missing.append(MissingElement.EMAIL)
    declarations = [_copyright_texts(lang)["declaration"] for lang in LANGUAGES]
    if not any(" ".join(d.split()) in flat for d in declarations):
        missing.append(MissingElement.STATEMENT)
    return tuple(missing)


def recheck(request: DraftRequest, case: Case, text: str) -> DraftRequest:
    """The same request with an edited ``text``; the completeness check is run again."""
    if request.recipient.letter is LetterKind.COPYRIGHT:
        missing = check_copyright_completeness(
            text, urls=request.recipient.urls, name=case.requester.name
        )
    else:
        missing = check_completeness(
            text,
            urls=request.recipient.urls,
            name=case.requester.name,
            email=case.requester.email,
            anonymous_allowed=case.anonymous_allowed,
            language=request.recipient.language,
        ) + _inconsistent(case, request.recipient.letter)
    return DraftRequest(
        recipient=request.recipient,
        user_language=request.user_language,
        subject=request.subject,
        text=text,
        fields=request.fields,
        grounds=request.grounds,
        missing=missing,
        warnings=request.warnings,
        warning_texts=request.warning_texts,
    )


def draft_all(
    case: Case,
    language: str,
    directory: Directory | None = None,
    host_contacts: Mapping[str, HostContact] | None = None,
    proof: Mapping[str, str] | None = None,
) -> Drafts:
    """Triage ``case`` and draft a request for every recipient (``proof``: see
    :func:`draft_request`; never used in a CSAM case, which only gets the hotline report)."""
    directory = directory or active_directory()
    result = triage(case, directory)
    recipients = find_recipients(case, language, directory, host_contacts, result)
    if result.hard_stop:
        proof = None
    requests = tuple(draft_request(case, r, language, result, proof) for r in recipients)
    return Drafts(
        triage=result,
        requests=requests,
        actions=result.actions,
        safeguards=evaluate(case, language),
    )


__all__ = [
    "MISSING_LABELS",
    "DraftRequest",
    "Drafts",
    "FormField",
    "IncompleteNoticeError",
    "MissingElement",
    "check_completeness",
    "check_copyright_completeness",
    "draft_all",
    "draft_request",
    "ensure_complete",
    "legal_paragraphs",
    "recheck",
]
