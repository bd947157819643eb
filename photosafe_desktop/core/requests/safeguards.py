"""Safeguards that follow the person shown, not the button pressed (issue 13).

Whoever is in the image decides the rules: a person under 18 (or maybe under 18: "not sure"
counts as under 18) in an intimate or sexual image gets the minor rules whatever category
was chosen: no screenshot or copy kept, the hotline (Child Focus) first, Take It Down instead
of StopNCII, letters that name the offence for minors. The helper follows the age too: the
Institute for the Equality of Women and Men (IGVM/IEFH) for adults, Child Focus for minors in
every category. Support lines come from ``resources/safeguards/helplines.json``, each with
its source and the date it was checked; lines not confirmed on an official page are kept in
the file but not shown.

Plain, Qt-free functions and dataclasses: the triage, the drafting, the command line and the
wizard all ask this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from photosafe_desktop.core.cases.model import (
    MINOR_CATEGORIES,
    Case,
    Category,
    RequesterRole,
)
from photosafe_desktop.core.resources import resource_path


class AgeBand(str, Enum):
    UNDER_13 = "under_13"
    TEEN = "13_17"
    ADULT = "adult"
    UNKNOWN = "unknown"


#: categories where "who is asking" defaults to "I am the person in the image" and the
#: child-only fields (the youth organisation, the name of the child) are hidden
ADULT_CATEGORIES = frozenset(
    {
        Category.INTIMATE_IMAGE_ADULT,
        Category.HIDDEN_CAMERA,
        Category.HARASSMENT,
        Category.IMPERSONATION,
    }
)

#: categories where someone may threaten to share images unless paid or sent more
SEXTORTION_CATEGORIES = frozenset(
    {
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
        Category.IMPERSONATION,
    }
)


def age_band(case: Case) -> AgeBand:
    if case.person_age is None:
        return AgeBand.UNKNOWN
    if case.person_age < 13:
        return AgeBand.UNDER_13
    if case.person_age < 18:
        return AgeBand.TEEN
    return AgeBand.ADULT


def default_role(category: Category) -> RequesterRole:
    """Who is asking, before the user says: the person shown for adult categories."""
    return RequesterRole.SELF if category in ADULT_CATEGORIES else RequesterRole.PARENT


def signs_of_minor(category: Category, role: RequesterRole) -> bool:
    """Something says the person shown may be a child: ask the age."""
    return category in MINOR_CATEGORIES or role is not RequesterRole.SELF


def must_ask_age(
    category: Category,
    role: RequesterRole,
    age: int | None,
    unsure: bool,
    *,
    sexual_deepfake: bool = False,
) -> bool:
    """The age changes the rules here and nobody gave it (nor said "not sure")."""
    sexual = (
        category is Category.IMPERSONATION and sexual_deepfake
    ) or category in SEXUAL_RULE_CATEGORIES
    return sexual and age is None and not unsure and signs_of_minor(category, role)


#: the sexual categories where the age decides between adult and minor rules (CSAM and a
#: minor's intimate image are minor rules already)
SEXUAL_RULE_CATEGORIES = frozenset(
    {Category.INTIMATE_IMAGE_ADULT, Category.HIDDEN_CAMERA, Category.SEXUALISED_CONTEXT}
)


def contradictions(case: Case) -> tuple[str, ...]:
    """Things a letter would say that contradict each other (such a letter is never complete).

    ``adult_as_child``: the letter speaks of a child (a parent, a youth organisation on behalf
    of parents, or a child's category) while the age given is 18 or more.
    """
    out: list[str] = []
    adult = case.person_age is not None and case.person_age >= 18
    if adult and (
        case.requester.role is not RequesterRole.SELF or case.category in MINOR_CATEGORIES
    ):
        out.append("adult_as_child")
    return tuple(out)


# --------------------------------------------------------------------------- helplines


@dataclass(frozen=True)
class Helpline:
    id: str
    name: str
    phone: str
    url: str
    hours: str
    about: str
    sources: tuple[str, ...]
    last_verified: str

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.phone,
            "url": self.url,
            "hours": self.hours,
            "about": self.about,
            "last_verified": self.last_verified,
        }


@cache
def _helpline_data() -> Mapping[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("safeguards", "helplines.json").read_text(encoding="utf-8")
    )
    return data


def service_url(service_id: str) -> str:
    """The verified address of a service (e.g. ``take_it_down``), or ""."""
    for service in _helpline_data().get("services", []):
        if service.get("id") == service_id and service.get("verified"):
            return str(service.get("url", ""))
    return ""


def _local(value: Any, language: str) -> str:
    if isinstance(value, Mapping):
        return str(value.get(language) or value.get("en") or "")
    return str(value or "")


def helplines_for(case: Case, language: str) -> tuple[Helpline, ...]:
    """The verified support lines that fit ``case``, in ``language``, most specific first."""
    minor = case.may_be_minor or case.is_csam
    sexual = case.sexual_image or case.sextortion
    out = []
    for entry in _helpline_data().get("helplines", []):
        if not entry.get("verified"):
            continue
        audience = entry.get("audience", "any")
        if audience == "minor" and not minor:
            continue
        if audience == "adult" and minor:
            continue
        if "sexual" in entry.get("topics", ["any"]) and not sexual:
            continue
        if language not in entry.get("languages", ["nl", "fr", "en"]):
            continue
        out.append(
            Helpline(
                id=str(entry["id"]),
                name=_local(entry.get("name"), language),
                phone=str(entry.get("phone", "")),
                url=str(entry.get("url", "")),
                hours=_local(entry.get("hours"), language),
                about=_local(entry.get("about"), language),
                sources=tuple(entry.get("sources", ())),
                last_verified=str(entry.get("last_verified", "")),
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- letters


@cache
def _letters() -> Mapping[str, Mapping[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        resource_path("safeguards", "letters.json").read_text(encoding="utf-8")
    )
    return data


def letter_phrase(language: str, key: str, **values: Any) -> str:
    text = _letters()[language][key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


# --------------------------------------------------------------------------- the summary


@dataclass(frozen=True)
class Safeguards:
    """What the person shown means for this case."""

    minor: bool  # the person shown is, or may be, under 18
    minor_rules: bool  # ... and the image is intimate or sexual
    age_band: AgeBand
    screenshots_allowed: bool
    first_step: str  # "hotline" | "child_focus" | "platform"
    helper: str  # "child_focus" | "iefh" | ""
    hash_programme: str  # "take_it_down" | "stopncii" | ""
    sextortion: bool
    contradictions: tuple[str, ...]
    helplines: tuple[Helpline, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``"safeguards"`` object of ``photosafe draft --json``."""
        return {
            "minor": self.minor,
            "minor_rules": self.minor_rules,
            "age_band": self.age_band.value,
            "screenshots_allowed": self.screenshots_allowed,
            "first_step": self.first_step,
            "helper": self.helper,
            "hash_programme": self.hash_programme,
            "sextortion": self.sextortion,
            "contradictions": list(self.contradictions),
            "helplines": [h.to_json() for h in self.helplines],
        }


def hash_programme(case: Case) -> str:
    """Take It Down for a (maybe) minor, StopNCII for an adult; "" where none applies."""
    if case.category in (
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
    ) or (case.category is Category.IMPERSONATION and case.sexual_deepfake):
        return "take_it_down" if case.may_be_minor else "stopncii"
    return ""


def helper(case: Case) -> str:
    """Who assists: Child Focus for every minor, the IGVM/IEFH for adults in sexual cases."""
    if case.may_be_minor or case.is_csam:
        return "child_focus"
    if case.sexual_image:
        return "iefh"
    return ""


def screenshots_allowed(case: Case) -> bool:
    return not (case.is_csam or case.minor_rules or case.category is Category.INTIMATE_IMAGE_MINOR)


def evaluate(case: Case, language: str = "en") -> Safeguards:
    minor = case.may_be_minor or case.is_csam
    if case.is_csam or case.minor_rules:
        first = "hotline"
    elif minor and case.sextortion:
        first = "child_focus"
    else:
        first = "platform"
    return Safeguards(
        minor=minor,
        minor_rules=case.minor_rules or case.is_csam,
        age_band=age_band(case),
        screenshots_allowed=screenshots_allowed(case),
        first_step=first,
        helper=helper(case),
        hash_programme="" if case.is_csam else hash_programme(case),
        sextortion=case.sextortion,
        contradictions=contradictions(case),
        helplines=helplines_for(case, language),
    )


__all__ = [
    "ADULT_CATEGORIES",
    "SEXTORTION_CATEGORIES",
    "SEXUAL_RULE_CATEGORIES",
    "AgeBand",
    "Helpline",
    "Safeguards",
    "age_band",
    "contradictions",
    "default_role",
    "evaluate",
    "hash_programme",
    "helper",
    "helplines_for",
    "letter_phrase",
    "must_ask_age",
    "screenshots_allowed",
    "service_url",
    "signs_of_minor",
]
