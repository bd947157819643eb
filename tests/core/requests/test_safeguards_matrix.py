"""Issue 13: the rules follow the person shown. Every category x age band x language.

Age bands: under 13, 13-17, adult and unknown ("not sure", which counts as under 18).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.catalog import translate
from photosafe_desktop.core.requests.letters import MissingElement, draft_all
from photosafe_desktop.core.requests.recipients import LetterKind
from photosafe_desktop.core.requests.safeguards import (
    AgeBand,
    contradictions,
    default_role,
    evaluate,
    letter_phrase,
    must_ask_age,
)
from photosafe_desktop.core.requests.triage import triage

MakeCase = Callable[..., Case]

AGES: dict[str, Any] = {"under_13": 9, "13_17": 15, "adult": 30, "unknown": "not_sure"}
SEXUAL = {
    Category.INTIMATE_IMAGE_ADULT,
    Category.INTIMATE_IMAGE_MINOR,
    Category.HIDDEN_CAMERA,
    Category.SEXUALISED_CONTEXT,
}
CHILD_CATEGORIES = {
    Category.CHILD_PHOTO_MISUSE,
    Category.SEXUALISED_CONTEXT,
    Category.INTIMATE_IMAGE_MINOR,
}
DESCRIPTION = "Beschrijving-42: wat er te zien is"


def _case(make_case: MakeCase, category: Category, band: str, **extra: Any) -> Case:
    role = "parent" if category in CHILD_CATEGORIES else "self"
    return make_case(
        category=category.value,
        person_age=AGES[band],
        description=DESCRIPTION,
        requester={"role": role, "name": "Sam Claes", "email": "sam@example.be"},
        **extra,
    )


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("band", list(AGES))
@pytest.mark.parametrize("category", [c for c in Category if c is not Category.CSAM])
def test_rules_follow_the_person(
    make_case: MakeCase, category: Category, band: str, lang: str
) -> None:
    case = _case(make_case, category, band)
    result = triage(case)
    safeguards = evaluate(case, lang)
    drafts = draft_all(case, lang)
    ids = [a.id for a in result.actions]
    minor = band != "adult" or category in CHILD_CATEGORIES
    minor_rules = minor and category in SEXUAL

    assert safeguards.minor is minor
    assert safeguards.minor_rules is minor_rules
    assert safeguards.age_band is AgeBand(band)
    # what may be kept
    assert result.screenshots_allowed is (not minor_rules)
    assert safeguards.screenshots_allowed is result.screenshots_allowed
    # who helps: Child Focus for every minor, the IGVM/IEFH for adults in sexual cases
    if minor:
        assert "child_focus_help" in ids and "iefh" not in ids
        assert safeguards.helper == "child_focus"
    else:
        assert "child_focus_help" not in ids
        assert ("iefh" in ids) is (category in SEXUAL)
    # the first step
    if minor_rules:
        assert safeguards.first_step == "hotline"
        assert ids[0] in ("hotline", "not_csam_check")
        assert {"hotline", "child_focus_report"} & set(ids)
        assert "evidence" not in ids  # its text invites screenshots
        assert result.anonymous_allowed
    else:
        assert safeguards.first_step == "platform"
    # hash programmes: Take It Down for minors, StopNCII for adults
    if category in (
        Category.INTIMATE_IMAGE_ADULT,
        Category.INTIMATE_IMAGE_MINOR,
        Category.HIDDEN_CAMERA,
    ):
        assert result.hash_programme == ("take_it_down" if minor else "stopncii")
    assert not ("take_it_down" in ids and "stopncii" in ids)
    # support lines in the user's language, from the verified data only
    lines = {h.id: h for h in safeguards.helplines}
    assert ("child_focus" in lines) is minor
    assert ("iefh" in lines) is (not minor and category in SEXUAL)
    assert "police" in lines and lines["police"].phone == "101"
    assert not {"awel", "zsg_cpvs"} & set(lines)  # not confirmed: not shown
    assert ("sos_viol" in lines) is (category in SEXUAL and lang in ("fr", "en"))
    assert ("ecoute_enfants" in lines) is (minor and lang in ("fr", "en"))
    assert ("line_1712" in lines) is (lang in ("nl", "en"))
    # letters: the offence for minors, no description of a minor's image
    offence = letter_phrase(lang, "offence_minor")
    contradicted = bool(contradictions(case))
    for request in drafts.requests:
        assert request.recipient.letter is not LetterKind.HOTLINE_REPORT
        assert (offence in request.text) is minor_rules
        assert (DESCRIPTION in request.text) is (not minor_rules)
        if category is Category.INTIMATE_IMAGE_ADULT and minor_rules:
            assert "adult" not in request.text.split("(b)")[0].lower() or lang != "en"
        assert (MissingElement.CONSISTENT in request.missing) is contradicted
    # an adult in a child's category (or a parent asking about an adult) contradicts itself
    assert contradicted is (band == "adult" and category in CHILD_CATEGORIES)
    # actions exist in the user's language
    for action in result.actions:
        assert translate("Triage", action.title, lang)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("band", list(AGES))
def test_csam_is_a_hard_stop_at_every_age(make_case: MakeCase, band: str, lang: str) -> None:
    case = _case(make_case, Category.CSAM, band)
    result = triage(case)
    safeguards = evaluate(case, lang)
    assert result.hard_stop and not result.screenshots_allowed
    assert safeguards.minor and safeguards.first_step == "hotline"
    assert "child_focus" in {h.id for h in safeguards.helplines}
    assert [r.recipient.letter for r in draft_all(case, lang).requests] == [
        LetterKind.HOTLINE_REPORT
    ]


@pytest.mark.parametrize("band", list(AGES))
def test_impersonation_with_a_sexual_deepfake(make_case: MakeCase, band: str) -> None:
    case = _case(make_case, Category.IMPERSONATION, band, sexual_deepfake=True)
    result = triage(case)
    ids = [a.id for a in result.actions]
    if band == "adult":
        assert result.screenshots_allowed and "iefh" in ids and "stopncii" in ids
    else:
        assert not result.screenshots_allowed
        assert ids[0] == "hotline" and "take_it_down" in ids and "iefh" not in ids


@pytest.mark.parametrize("band", list(AGES))
def test_sextortion_advice(make_case: MakeCase, band: str) -> None:
    case = _case(make_case, Category.INTIMATE_IMAGE_ADULT, band, sextortion=True)
    ids = [a.id for a in triage(case).actions]
    if band == "adult":
        assert "sextortion" in ids and "sextortion_minor" not in ids
    else:
        assert "sextortion_minor" in ids[:2]  # Child Focus first
        assert "sextortion" not in ids


def test_youth_leader_on_behalf_of_the_parents(make_case: MakeCase) -> None:
    case = make_case(
        requester={
            "role": "organisation",
            "name": "Leen Wouters",
            "email": "leen@example.be",
            "organisation": "Chiro Sint-Jan",
        }
    )
    ids = [a.id for a in triage(case).actions]
    assert "mandate_advice" in ids
    for lang in ("nl", "fr", "en"):
        mandate = letter_phrase(lang, "mandate", organisation="Chiro Sint-Jan")
        assert all(mandate in r.text for r in draft_all(case, lang).requests)


def test_an_adults_intimate_image_of_my_child_is_never_complete(make_case: MakeCase) -> None:
    case = make_case(category="intimate_image_adult", person_age=19)  # role: parent
    requests = draft_all(case, "en").requests
    assert requests and not any(r.complete for r in requests)
    assert all(MissingElement.CONSISTENT in r.missing for r in requests)


def test_role_default_and_when_to_ask_the_age() -> None:
    from photosafe_desktop.core.cases.model import RequesterRole

    assert default_role(Category.INTIMATE_IMAGE_ADULT) is RequesterRole.SELF
    assert default_role(Category.HIDDEN_CAMERA) is RequesterRole.SELF
    assert default_role(Category.CHILD_PHOTO_MISUSE) is RequesterRole.PARENT
    ask = must_ask_age
    assert ask(Category.INTIMATE_IMAGE_ADULT, RequesterRole.PARENT, None, False)
    assert not ask(Category.INTIMATE_IMAGE_ADULT, RequesterRole.PARENT, None, True)
    assert not ask(Category.INTIMATE_IMAGE_ADULT, RequesterRole.PARENT, 16, False)
    assert not ask(Category.INTIMATE_IMAGE_ADULT, RequesterRole.SELF, None, False)
    assert ask(Category.SEXUALISED_CONTEXT, RequesterRole.SELF, None, False)
    assert not ask(Category.HARASSMENT, RequesterRole.PARENT, None, False)
    assert ask(Category.IMPERSONATION, RequesterRole.PARENT, None, False, sexual_deepfake=True)
