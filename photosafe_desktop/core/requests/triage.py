"""Triage: from what happened to what to do, and what the app may keep and send.

Child sexual abuse material (CSAM) is a hard stop: the only actions are reporting the web
address to the hotline (Belgium: Child Focus, stopchildporno.be; elsewhere via INHOPE) and
the police. Such a case keeps URLs only, never an image or screenshot, and the app drafts no
notice about the content for anyone but the hotline.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from photosafe_desktop.core.cases.model import Case, Category, RequesterRole
from photosafe_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from photosafe_desktop.core.requests.directory import Directory, active_directory
from photosafe_desktop.core.requests.safeguards import (
    hash_programme as _hash_programme,
)
from photosafe_desktop.core.requests.safeguards import (
    screenshots_allowed as _screenshots_allowed,
)
from photosafe_desktop.core.requests.safeguards import service_url


class ActionKind(str, Enum):
    SAFETY = "safety"
    HOTLINE = "hotline"
    POLICE = "police"
    HASH_PROGRAMME = "hash_programme"
    PLATFORM_REQUEST = "platform_request"
    HOST_ABUSE = "host_abuse"
    SEARCH_DELISTING = "search_delisting"
    EVIDENCE = "evidence"
    SUPPORT = "support"
    COURT = "court"


class Ground(str, Enum):
    """Legal grounds a request rests on (all from shared/docs/removal-requests.md)."""

    DSA_NOTICE = "dsa_notice"  # DSA Art. 16(2)
    GDPR_ERASURE = "gdpr_erasure"  # GDPR Art. 17(1)
    GDPR_CHILD = "gdpr_child"  # GDPR Art. 17(1)(f) with Art. 8(1)
    IMAGE_RIGHT = "image_right"  # Art. XI.174 Code of Economic Law
    NCII_LAW = "ncii_law"  # Belgian law of 4 May 2020 (no article number cited)
    CSAM_REPORT = "csam_report"  # hotline report, URL only, may be anonymous


@dataclass(frozen=True)
class Action:
    """One thing to do. ``title`` and ``description`` are English; translate in ``Triage``."""

    id: str
    kind: ActionKind
    title: str
    description: str
    url: str = ""
    phone: str = ""
    organisation_id: str = ""

    @property
    def title_message(self) -> Message:
        return Message("Triage", self.title)

    @property
    def description_message(self) -> Message:
        return Message("Triage", self.description)


@dataclass(frozen=True)
class TriageResult:
    category: Category
    hard_stop: bool  # CSAM: nothing but the hotline and the police
    actions: tuple[Action, ...]
    grounds: frozenset[Ground]
    screenshots_allowed: bool  # may the case keep screenshots as evidence?
    content_notices_allowed: bool  # may the app draft notices to platforms and hosts?
    anonymous_allowed: bool  # DSA Art. 16(2)(c) exception
    search_delisting: bool
    hash_programme: str  # "stopncii", "take_it_down" or ""

    def action(self, action_id: str) -> Action | None:
        return next((a for a in self.actions if a.id == action_id), None)


_T = "Triage"

_TEXTS: dict[str, tuple[ActionKind, str, str]] = {
    "no_copy": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "Do not keep or send a copy"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Do not download, screenshot, save or forward the image, not even as evidence. "
            "The web address is enough. PhotoSafe keeps no image, no screenshot, no "
            "description and no names for this: at most the web addresses and the date, and "
            "only in a case you saved.",
        ),
    ),
    "hotline": (
        ActionKind.HOTLINE,
        QT_TRANSLATE_NOOP("Triage", "Report the web address to Child Focus"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Report only the web address (URL) at stopchildporno.be. You may report "
            "anonymously. Child Focus can also be called on 116 000.",
        ),
    ),
    "inhope": (
        ActionKind.HOTLINE,
        QT_TRANSLATE_NOOP("Triage", "Websites abroad: the INHOPE hotlines"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "For a website in another country, the report reaches the hotline of that "
            "country through the INHOPE network of hotlines.",
        ),
    ),
    "police_url": (
        ActionKind.POLICE,
        QT_TRANSLATE_NOOP("Triage", "Tell the police"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "You can also report the web address to the police. Give the address only; "
            "do not bring or send copies of the image.",
        ),
    ),
    "url_only_minor": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "Keep only the web addresses"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "The image shows someone under 18: do not screenshot, save or forward it. "
            "Write down the web address, the date and time and the account name instead.",
        ),
    ),
    "not_csam_check": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "If you see sexual images of a child, stop here"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "If the page shows sexual images of a child, do not screenshot it: go back and "
            'choose "A sexual image of a child".',
        ),
    ),
    "evidence": (
        ActionKind.EVIDENCE,
        QT_TRANSLATE_NOOP("Triage", "Keep evidence before it disappears"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Note the web address, the date and time of the post and of your capture, the "
            "account name and the context. Keep screenshots unedited, on your computer only.",
        ),
    ),
    "stopncii": (
        ActionKind.HASH_PROGRAMME,
        QT_TRANSLATE_NOOP("Triage", "Block copies with StopNCII.org"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "StopNCII.org makes a fingerprint (hash) of the image on your own device; the "
            "image itself is not uploaded. Partner platforms use it to block copies. Keep "
            "the case number and PIN.",
        ),
    ),
    "take_it_down": (
        ActionKind.HASH_PROGRAMME,
        QT_TRANSLATE_NOOP("Triage", "Block copies with Take It Down"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Take It Down (NCMEC) is for intimate images of someone under 18. The "
            "fingerprint (hash) is made on the device; the image is not uploaded.",
        ),
    ),
    "platforms": (
        ActionKind.PLATFORM_REQUEST,
        QT_TRANSLATE_NOOP("Triage", "Ask each platform to remove it"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "PhotoSafe drafts one request for each site where the image is, with the legal "
            "grounds the site has to consider. You check each one before sending it.",
        ),
    ),
    "host": (
        ActionKind.HOST_ABUSE,
        QT_TRANSLATE_NOOP("Triage", "Write to the hosting provider of other websites"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "For a website that is not a known platform, the request goes to the abuse "
            "contact of the company that hosts it or registered its name.",
        ),
    ),
    "delisting": (
        ActionKind.SEARCH_DELISTING,
        QT_TRANSLATE_NOOP("Triage", "Ask search engines to drop it from their results"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "A search engine removes the image from its results only, not from the website "
            "itself, so ask the website too.",
        ),
    ),
    "iefh": (
        ActionKind.SUPPORT,
        QT_TRANSLATE_NOOP(
            "Triage", "Get help from the Institute for the Equality of Women and Men"
        ),
        QT_TRANSLATE_NOOP(
            "Triage",
            "The Institute (IEFH/IGVM) may act for victims of sexual images shared without "
            "consent, and is a trusted flagger with several platforms.",
        ),
    ),
    "court": (
        ActionKind.COURT,
        QT_TRANSLATE_NOOP("Triage", "Urgent removal through the court"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Belgian law has an urgent procedure before the president of the court of first "
            "instance: the order requires removal within 6 hours of being served. A lawyer "
            "can help you with it.",
        ),
    ),
    "prosecutor": (
        ActionKind.COURT,
        QT_TRANSLATE_NOOP("Triage", "Ask the public prosecutor to order removal"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Next to the court procedure, the public prosecutor can order that sexual images "
            "shared without consent be removed or made inaccessible. Ask for it when you file "
            "a complaint with the police.",
        ),
    ),
    "police_complaint": (
        ActionKind.POLICE,
        QT_TRANSLATE_NOOP("Triage", "File a complaint with the police"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "You can file a complaint at the police. Bring the dossier PhotoSafe makes of "
            "this case.",
        ),
    ),
    "child_focus_report": (
        ActionKind.HOTLINE,
        QT_TRANSLATE_NOOP("Triage", "Report the web address to Child Focus too"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "A photo of a child used in a sexual or predatory context can be reported to "
            "Child Focus at stopchildporno.be. Report the web address only.",
        ),
    ),
    "child_focus_help": (
        ActionKind.SUPPORT,
        QT_TRANSLATE_NOOP("Triage", "Get help from Child Focus"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Child Focus helps young people under 18 and their parents, whatever happened "
            "(also harassment, fake profiles and hidden cameras). Call 116 000, free, day "
            "and night. You may stay anonymous.",
        ),
    ),
    "mandate_advice": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "Some platforms accept only a parent or the person shown"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "You write on behalf of the parents, and the letters say so. Keep the parents' "
            "written consent. Some platforms accept a request only from a parent or from the "
            "person shown: if one refuses yours, ask the parents to send it themselves.",
        ),
    ),
    "sextortion": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "Someone threatens to share the images"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Do not pay and do not send more images: it rarely stops the threats. Keep the "
            "conversation (the messages, the account name, the web addresses), then block "
            "the person. Report the account to the platform and to the police.",
        ),
    ),
    "sextortion_minor": (
        ActionKind.HOTLINE,
        QT_TRANSLATE_NOOP(
            "Triage", "Threats to share images of someone under 18: call Child Focus first"
        ),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Call Child Focus on 116 000 first, free, day and night. Do not pay and do not "
            "send more images. Keep the messages and the account name but no sexual image, "
            "then block the person. Report to the platform and to the police.",
        ),
    ),
    "separate_email": (
        ActionKind.SAFETY,
        QT_TRANSLATE_NOOP("Triage", "Use a separate e-mail address"),
        QT_TRANSLATE_NOOP(
            "Triage",
            "Use a separate e-mail address for these requests. Never send your home address "
            "or a copy of your identity card.",
        ),
    ),
}


def _actions(ids: list[str], directory: Directory) -> tuple[Action, ...]:
    out: list[Action] = []
    for action_id in ids:
        kind, title, description = _TEXTS[action_id]
        url = phone = org_id = ""
        if action_id in ("hotline", "child_focus_report"):
            org_id = "child_focus"
        elif action_id == "inhope":
            org_id = "inhope"
        elif action_id in ("stopncii", "take_it_down", "iefh"):
            org_id = action_id
        elif action_id in ("child_focus_help", "sextortion_minor"):
            org_id = "child_focus"
        elif action_id in ("police_url", "police_complaint"):
            org_id = "police"
        elif action_id in ("court", "prosecutor"):
            org_id = action_id
        if org_id:
            org = directory.organisation(org_id)
            if org is not None:
                url, phone = org.url, org.phone
            if not url:
                url = service_url(org_id)
        out.append(Action(action_id, kind, title, description, url, phone, org_id))
    return tuple(out)


def _may_be_adult(case: Case) -> bool:
    """Not known to be a minor: the IEFH may assist (it helps adults)."""
    if case.category is Category.INTIMATE_IMAGE_MINOR:
        return False
    return case.person_age is None or case.person_age >= 18


def triage(case: Case, directory: Directory | None = None) -> TriageResult:
    """What to do for ``case``, what may be kept, and on which grounds requests rest."""
    directory = directory or active_directory()
    category = case.category
    if category is Category.CSAM:
        return TriageResult(
            category=category,
            hard_stop=True,
            actions=_actions(["no_copy", "hotline", "inhope", "police_url"], directory),
            grounds=frozenset({Ground.CSAM_REPORT}),
            screenshots_allowed=False,
            content_notices_allowed=False,
            anonymous_allowed=True,
            search_delisting=False,
            hash_programme="",
        )

    grounds = {Ground.DSA_NOTICE, Ground.GDPR_ERASURE, Ground.IMAGE_RIGHT}
    if case.concerns_minor:
        grounds.add(Ground.GDPR_CHILD)
    if category in (
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
    ):
        grounds.add(Ground.NCII_LAW)

    # the person shown decides (issue 13): a (maybe) minor in an intimate or sexual image
    # gets the minor rules whatever button was pressed; the helper follows the age
    hash_programme = _hash_programme(case)
    minor_rules = case.minor_rules
    minor = case.may_be_minor

    delisting = category in (
        Category.CHILD_PHOTO_MISUSE,
        Category.SEXUALISED_CONTEXT,
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
    )
    screenshots = _screenshots_allowed(case)

    ids: list[str] = []
    if category is Category.SEXUALISED_CONTEXT:
        ids.append("not_csam_check")  # before anything: is it in fact CSAM?
    if minor_rules:
        ids.append("child_focus_report" if category is Category.SEXUALISED_CONTEXT else "hotline")
        if case.sextortion:
            ids.append("sextortion_minor")
        ids.append("url_only_minor")
    elif case.sextortion:
        ids.append("sextortion_minor" if minor else "sextortion")
    if not minor_rules:
        ids.append("evidence")
    if hash_programme and hash_programme not in ids:
        ids.append(hash_programme)
    if case.requester.role is RequesterRole.ORGANISATION:
        ids.append("mandate_advice")
    ids += ["platforms", "host"]
    if delisting:
        ids.append("delisting")
    if category is Category.SEXUALISED_CONTEXT and "child_focus_report" not in ids:
        ids.append("child_focus_report")
    if minor:
        if "sextortion_minor" not in ids:
            ids.append("child_focus_help")
    elif case.sexual_image:
        ids.append("iefh")
    if Ground.NCII_LAW in grounds:
        ids += ["court", "prosecutor"]
    if category is not Category.CHILD_PHOTO_MISUSE:
        ids.append("police_complaint")
    ids.append("separate_email")

    return TriageResult(
        category=category,
        hard_stop=False,
        actions=_actions(ids, directory),
        grounds=frozenset(grounds),
        screenshots_allowed=screenshots,
        content_notices_allowed=True,
        anonymous_allowed=case.anonymous_allowed,
        search_delisting=delisting,
        hash_programme=hash_programme,
    )


__all__ = ["Action", "ActionKind", "Ground", "TriageResult", "triage"]
