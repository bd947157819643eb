"""What the wizard pages share: the page ids, the answers so far, and what a page may ask
its wizard (:class:`WizardState`), so pages never import the wizard module itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from photosafe_desktop.core.cases.model import Case, Category, RequesterRole
from photosafe_desktop.core.origin.register import OriginMatch
from photosafe_desktop.core.requests.directory import Directory
from photosafe_desktop.core.requests.recipients import HostContact
from photosafe_desktop.core.requests.triage import TriageResult
from photosafe_desktop.ui.context import AppContext

PAGE_WHAT, PAGE_HOTLINE, PAGE_WHERE, PAGE_WHO, PAGE_EVIDENCE, PAGE_REVIEW, PAGE_SEND = range(7)


@dataclass
class Answers:
    """Everything the user said so far (plain data; the Case is built from it)."""

    category: Category | None = None
    urls: tuple[str, ...] = ()
    role: RequesterRole = RequesterRole.PARENT
    name: str = ""
    email: str = ""
    organisation: str = ""
    person_name: str = ""
    person_age: int | None = None
    age_unsure: bool = False  # "not sure": treated as under 18
    sexual_deepfake: bool = False
    sextortion: bool = False
    seen_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    description: str = ""
    account_name: str = ""
    urgent: bool = False
    screenshot: Path | None = None
    origin_match: OriginMatch | None = None  # "this is one of our photos" (copyright route)


class WizardState(Protocol):
    """The wizard as its pages see it."""

    context: AppContext
    answers: Answers
    host_contacts: dict[str, HostContact]
    case: Case | None
    saved_case_id: str
    review_page: Any

    @property
    def language(self) -> str: ...

    def directory(self) -> Directory: ...

    def build_case(self) -> Case: ...

    def sketch_case(self) -> Case: ...

    def triage(self) -> TriageResult: ...

    def choose(self, category: Category) -> None: ...

    def next(self) -> None: ...

    def setButtonLayout(self, layout: Any) -> None: ...  # noqa: N802 - Qt API


__all__ = [
    "PAGE_EVIDENCE",
    "PAGE_HOTLINE",
    "PAGE_REVIEW",
    "PAGE_SEND",
    "PAGE_WHAT",
    "PAGE_WHERE",
    "PAGE_WHO",
    "Answers",
    "WizardState",
]
