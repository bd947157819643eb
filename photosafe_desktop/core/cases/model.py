"""The case: one description of what happened, from which every request is drafted.

A case says what happened (its :class:`Category`), who is asking (:class:`Requester`), where
the image is (one or more URLs), when it was seen, an optional description and how urgent it
is. Personal details are optional and never leave the computer unless the user sends a
request that needs them (DSA Art. 16(2)(c): name and e-mail, except for child sexual abuse).

JSON in and out (``case_from_dict`` / ``case_to_dict``) is the format of ``CASE.json`` for the
command line; a malformed case raises :class:`CaseError` naming the field.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photosafe_desktop.core.errors import PhotoSafeError
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message


class CaseError(PhotoSafeError):
    """A case (CASE.json or the wizard's answers) is malformed; ``field`` names the culprit."""

    def __init__(self, field_name: str, text: str, **params: Any) -> None:
        super().__init__("invalid_case", text, context="Cases", field=field_name, **params)
        self.field = field_name


class Category(str, Enum):
    """What happened. The values are the stable names used in CASE.json."""

    CHILD_PHOTO_MISUSE = "child_photo_misuse"
    SEXUALISED_CONTEXT = "sexualised_context"
    INTIMATE_IMAGE_ADULT = "intimate_image_adult"
    INTIMATE_IMAGE_MINOR = "intimate_image_minor"
    HARASSMENT = "harassment"
    HIDDEN_CAMERA = "hidden_camera"
    IMPERSONATION = "impersonation"
    CSAM = "csam"

    @property
    def label(self) -> str:
        """English label for the UI (translate in context ``Categories``)."""
        return CATEGORY_LABELS[self]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Categories``)."""
        return Message("Categories", CATEGORY_LABELS[self])


CATEGORY_LABELS: dict[Category, str] = {
    Category.CHILD_PHOTO_MISUSE: QT_TRANSLATE_NOOP(
        "Categories", "A photo of a child was put online without consent"
    ),
    Category.SEXUALISED_CONTEXT: QT_TRANSLATE_NOOP(
        "Categories", "A photo of a child is used in a sexual or predatory context"
    ),
    Category.INTIMATE_IMAGE_ADULT: QT_TRANSLATE_NOOP(
        "Categories", "An intimate image of an adult was shared without consent"
    ),
    Category.INTIMATE_IMAGE_MINOR: QT_TRANSLATE_NOOP(
        "Categories", "An intimate image of someone under 18 was shared"
    ),
    Category.HARASSMENT: QT_TRANSLATE_NOOP("Categories", "Images used to harass someone"),
    Category.HIDDEN_CAMERA: QT_TRANSLATE_NOOP("Categories", "Images filmed with a hidden camera"),
    Category.IMPERSONATION: QT_TRANSLATE_NOOP(
        "Categories", "A fake profile or a deepfake uses someone's image"
    ),
    Category.CSAM: QT_TRANSLATE_NOOP("Categories", "A sexual image of a child"),
}

#: categories where the person shown is (or was) a minor
MINOR_CATEGORIES = frozenset(
    {
        Category.CHILD_PHOTO_MISUSE,
        Category.SEXUALISED_CONTEXT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.CSAM,
    }
)

#: categories where the image itself is intimate or sexual: with a person under 18 (or maybe
#: under 18) in it, the minor rules apply (issue 13); impersonation joins them when the fake is
#: a sexual deepfake (``Case.sexual_deepfake``)
SEXUAL_CATEGORIES = frozenset(
    {
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
        Category.SEXUALISED_CONTEXT,
        Category.CSAM,
    }
)

#: categories about intimate or sexual images (IEFH can act for victims)
INTIMATE_CATEGORIES = frozenset(
    {Category.INTIMATE_IMAGE_ADULT, Category.INTIMATE_IMAGE_MINOR, Category.HIDDEN_CAMERA}
)


class RequesterRole(str, Enum):
    SELF = "self"
    PARENT = "parent"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]

    @property
    def message(self) -> Message:
        """The label, translatable (context ``Cases``)."""
        return Message("Cases", ROLE_LABELS[self])


ROLE_LABELS: dict[RequesterRole, str] = {
    RequesterRole.SELF: QT_TRANSLATE_NOOP("Cases", "I am the person in the image"),
    RequesterRole.PARENT: QT_TRANSLATE_NOOP("Cases", "I am a parent or guardian"),
    RequesterRole.ORGANISATION: QT_TRANSLATE_NOOP(
        "Cases", "I speak for a youth organisation, on behalf of the parents"
    ),
}


class Urgency(str, Enum):
    NORMAL = "normal"
    URGENT = "urgent"


@dataclass(frozen=True)
class Requester:
    """Who asks. Everything but the role is optional and stays on this computer."""

    role: RequesterRole
    name: str = ""
    email: str = ""
    organisation: str = ""

    @property
    def is_identified(self) -> bool:
        return bool(self.name.strip() and self.email.strip())


@dataclass(frozen=True)
class Case:
    """One description of what happened. Immutable: use :func:`dataclasses.replace`."""

    category: Category
    requester: Requester
    urls: tuple[str, ...]
    seen_at: datetime  # timezone-aware, UTC
    description: str = ""
    urgency: Urgency = Urgency.NORMAL
    person_name: str = ""  # the person shown (needed by some forms, e.g. a minor's name)
    person_age: int | None = None  # age of the person shown, when known
    age_unsure: bool = False  # "not sure" of the age: treated as under 18
    sexual_deepfake: bool = False  # impersonation: the fake image is sexual
    sextortion: bool = False  # someone threatens to share unless paid or sent more images
    account_name: str = ""  # the account that posted it, when known (evidence)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def is_csam(self) -> bool:
        return self.category is Category.CSAM

    @property
    def concerns_minor(self) -> bool:
        """The person shown is under 18 (by category, age, or a parent asking)."""
        if self.category in MINOR_CATEGORIES:
            return True
        if self.person_age is not None:
            return self.person_age < 18
        return self.requester.role is RequesterRole.PARENT

    @property
    def may_be_minor(self) -> bool:
        """The person shown is, or may be, under 18 ("not sure" counts as under 18)."""
        if self.person_age is not None:
            return self.person_age < 18 or self.category in MINOR_CATEGORIES
        return self.age_unsure or self.concerns_minor

    @property
    def sexual_image(self) -> bool:
        """The image itself is intimate or sexual (or used in a sexual context)."""
        if self.category is Category.IMPERSONATION:
            return self.sexual_deepfake
        return self.category in SEXUAL_CATEGORIES

    @property
    def minor_rules(self) -> bool:
        """Someone (maybe) under 18 in an intimate or sexual image: no copy kept, hotline
        first, Take It Down, the offence for minors in letters, anonymity allowed."""
        return self.sexual_image and self.may_be_minor

    @property
    def under_digital_consent_age(self) -> bool:
        """Under 13, Belgium's GDPR Art. 8 age, when the age is known."""
        return self.person_age is not None and self.person_age < 13

    @property
    def anonymous_allowed(self) -> bool:
        """DSA Art. 16(2)(c): a notice about child sexual abuse may be anonymous."""
        return self.category in (Category.CSAM, Category.INTIMATE_IMAGE_MINOR) or self.minor_rules

    def for_storage(self) -> Case:
        """What may be kept. For CSAM the web addresses and the date only: no description, no
        account, no names (the hotline page says so). For a minor in an intimate or sexual
        image: no description (it may describe the image)."""
        if self.is_csam:
            return replace(
                self,
                description="",
                account_name="",
                person_name="",
                requester=Requester(self.requester.role),
                sextortion=False,
            )
        if self.minor_rules and self.description:
            return replace(self, description="")
        return self


def _text(data: Mapping[str, Any], key: str, where: str, *, limit: int = 20_000) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CaseError(where, QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be text."))
    if len(value) > limit:
        raise CaseError(
            where,
            QT_TRANSLATE_NOOP(
                "Cases", "The field '{field}' is too long ({limit} characters at most)."
            ),
            limit=limit,
        )
    return value.strip()


def _enum(enum: type[Enum], value: Any, where: str) -> Any:
    allowed = [member.value for member in enum]
    if isinstance(value, str) and value in allowed:
        return enum(value)
    raise CaseError(
        where,
        QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be one of: {allowed}."),
        allowed=", ".join(allowed),
    )


_URGENT_WORDS = {"urgent", "high", "yes", "true"}
_UNSURE_WORDS = {"unknown", "not_sure", "not sure", "unsure", "?"}
_NORMAL_WORDS = {"normal", "low", "no", "false", ""}


def _urgency(value: Any) -> Urgency:
    """``normal`` / ``urgent`` (also true/false and high/low, as people write it)."""
    if value is None or isinstance(value, bool):
        return Urgency.URGENT if value else Urgency.NORMAL
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _URGENT_WORDS:
            return Urgency.URGENT
        if word in _NORMAL_WORDS:
            return Urgency.NORMAL
    raise CaseError(
        "urgency",
        QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be one of: {allowed}."),
        allowed="normal, urgent",
    )


def validate_url(value: Any, where: str) -> str:
    """An absolute http(s) URL with a host; returns it stripped."""
    if not isinstance(value, str) or not value.strip():
        raise CaseError(
            where, QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be a web address.")
        )
    url = value.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host:
        raise CaseError(
            where,
            QT_TRANSLATE_NOOP(
                "Cases",
                "The field '{field}' is not a complete web address (it must start with "
                "https:// or http://).",
            ),
        )
    if any(ch.isspace() for ch in url):
        raise CaseError(
            where, QT_TRANSLATE_NOOP("Cases", "The field '{field}' must not contain spaces.")
        )
    return url


def validate_email(value: str, where: str) -> str:
    if value and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise CaseError(
            where, QT_TRANSLATE_NOOP("Cases", "The field '{field}' is not an e-mail address.")
        )
    return value


def parse_datetime(value: Any, where: str) -> datetime:
    """ISO-8601 date or date-time; a time without zone is taken as UTC. Returns UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise CaseError(
                where,
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "The field '{field}' must be a date and time like 2026-03-14T18:30:00+01:00.",
                ),
            ) from None
    else:
        raise CaseError(
            where,
            QT_TRANSLATE_NOOP(
                "Cases",
                "The field '{field}' must be a date and time like 2026-03-14T18:30:00+01:00.",
            ),
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if value is None or isinstance(value, bool):
        return bool(value)
    raise CaseError(key, QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be true or false."))


def case_from_dict(data: Any) -> Case:
    """Build a :class:`Case` from CASE.json data; raises :class:`CaseError` naming the field."""
    if not isinstance(data, Mapping):
        raise CaseError("(case)", QT_TRANSLATE_NOOP("Cases", "A case must be a JSON object."))
    if "category" not in data:
        raise CaseError("category", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is missing."))
    category = _enum(Category, data["category"], "category")

    raw_requester = data.get("requester")
    if raw_requester is None:
        raise CaseError("requester", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is missing."))
    if not isinstance(raw_requester, Mapping):
        raise CaseError(
            "requester", QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be a JSON object.")
        )
    if "role" not in raw_requester:
        raise CaseError(
            "requester.role", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is missing.")
        )
    requester = Requester(
        role=_enum(RequesterRole, raw_requester["role"], "requester.role"),
        name=_text(raw_requester, "name", "requester.name", limit=200),
        email=validate_email(
            _text(raw_requester, "email", "requester.email", limit=254), "requester.email"
        ),
        organisation=_text(raw_requester, "organisation", "requester.organisation", limit=200),
    )

    raw_urls = data.get("urls")
    if raw_urls is None:
        raise CaseError("urls", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is missing."))
    if not isinstance(raw_urls, list) or not raw_urls:
        raise CaseError(
            "urls",
            QT_TRANSLATE_NOOP(
                "Cases", "The field '{field}' must be a list of one or more web addresses."
            ),
        )
    if len(raw_urls) > 200:
        raise CaseError(
            "urls",
            QT_TRANSLATE_NOOP("Cases", "The field '{field}' has too many addresses (200 at most)."),
        )
    urls: list[str] = []
    for index, raw in enumerate(raw_urls):
        url = validate_url(raw, f"urls[{index}]")
        if url not in urls:
            urls.append(url)

    if "seen_at" not in data:
        raise CaseError("seen_at", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is missing."))
    seen_at = parse_datetime(data["seen_at"], "seen_at")

    urgency = _urgency(data.get("urgency", "normal"))
    age = data.get("person_age")
    age_unsure = _flag(data, "age_unsure")
    if isinstance(age, str) and age.strip().lower() in _UNSURE_WORDS:
        age, age_unsure = None, True
    if age is not None and (
        isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 130
    ):
        raise CaseError(
            "person_age",
            QT_TRANSLATE_NOOP("Cases", "The field '{field}' must be a whole number of years."),
        )
    kwargs: dict[str, Any] = {}
    if "id" in data:
        case_id = data["id"]
        if (
            not isinstance(case_id, str)
            or not case_id
            or len(case_id) > 64
            or not all(ch.isalnum() or ch in "-_" for ch in case_id)
        ):
            raise CaseError(
                "id", QT_TRANSLATE_NOOP("Cases", "The field '{field}' is not a valid case id.")
            )
        kwargs["id"] = case_id
    if "created_at" in data:
        kwargs["created_at"] = parse_datetime(data["created_at"], "created_at")
    return Case(
        category=category,
        requester=requester,
        urls=tuple(urls),
        seen_at=seen_at,
        description=_text(data, "description", "description"),
        urgency=urgency,
        person_name=_text(data, "person_name", "person_name", limit=200),
        person_age=age,
        age_unsure=age_unsure and age is None,
        sexual_deepfake=_flag(data, "sexual_deepfake"),
        sextortion=_flag(data, "sextortion"),
        account_name=_text(data, "account_name", "account_name", limit=200),
        **kwargs,
    )


def case_to_dict(case: Case) -> dict[str, Any]:
    """The CASE.json form of ``case`` (round-trips through :func:`case_from_dict`)."""
    return {
        "id": case.id,
        "created_at": case.created_at.isoformat(),
        "category": case.category.value,
        "requester": {
            "role": case.requester.role.value,
            "name": case.requester.name,
            "email": case.requester.email,
            "organisation": case.requester.organisation,
        },
        "urls": list(case.urls),
        "seen_at": case.seen_at.isoformat(),
        "description": case.description,
        "urgency": case.urgency.value,
        "person_name": case.person_name,
        "person_age": case.person_age,
        "age_unsure": case.age_unsure,
        "sexual_deepfake": case.sexual_deepfake,
        "sextortion": case.sextortion,
        "account_name": case.account_name,
    }


def load_case(path: Path) -> Case:
    """Read CASE.json; unreadable files and bad JSON are :class:`CaseError` too."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # tolerate a BOM (Windows editors)
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(
            "(file)",
            QT_TRANSLATE_NOOP("Cases", "The case file cannot be read: {reason}"),
            reason=str(exc),
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseError(
            "(file)",
            QT_TRANSLATE_NOOP(
                "Cases", "The case file is not valid JSON (line {line}, column {column})."
            ),
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    return case_from_dict(data)


__all__ = [
    "CATEGORY_LABELS",
    "INTIMATE_CATEGORIES",
    "MINOR_CATEGORIES",
    "SEXUAL_CATEGORIES",
    "Case",
    "CaseError",
    "Category",
    "Requester",
    "RequesterRole",
    "Urgency",
    "case_from_dict",
    "case_to_dict",
    "load_case",
    "parse_datetime",
    "validate_url",
]
