"""Triage: every category, and the CSAM hard stop."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from photosafe_desktop.core.cases.model import Case, Category
from photosafe_desktop.core.requests.triage import ActionKind, Ground, triage

MakeCase = Callable[..., Case]


def test_csam_is_a_hard_stop(make_case: MakeCase) -> None:
    result = triage(make_case(category="csam"))
    assert result.hard_stop
    assert not result.content_notices_allowed
    assert not result.screenshots_allowed
    assert result.anonymous_allowed
    kinds = {a.kind for a in result.actions}
    # only hotline, police and the safety warning: nothing else is offered
    assert kinds == {ActionKind.HOTLINE, ActionKind.POLICE, ActionKind.SAFETY}
    hotline = result.action("hotline")
    assert hotline is not None and hotline.url == "https://stopchildporno.be"
    assert result.action("inhope") is not None
    assert result.grounds == frozenset({Ground.CSAM_REPORT})
    assert not result.search_delisting and not result.hash_programme


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.CSAM])
def test_other_categories_go_to_platforms(make_case: MakeCase, category: Category) -> None:
    result = triage(make_case(category=category.value))
    assert not result.hard_stop
    assert result.content_notices_allowed
    ids = [a.id for a in result.actions]
    assert "platforms" in ids and "host" in ids
    assert Ground.DSA_NOTICE in result.grounds and Ground.GDPR_ERASURE in result.grounds
    assert Ground.IMAGE_RIGHT in result.grounds
    assert ids[-1] == "separate_email"
    for action in result.actions:
        assert action.title and action.description


def test_intimate_adult_gets_stopncii_iefh_and_court(make_case: MakeCase) -> None:
    result = triage(
        make_case(category="intimate_image_adult", requester={"role": "self"}, person_age=24)
    )
    ids = [a.id for a in result.actions]
    assert result.hash_programme == "stopncii"
    assert "stopncii" in ids and "take_it_down" not in ids
    assert "iefh" in ids and "court" in ids and "police_complaint" in ids
    assert ids.index("prosecutor") == ids.index("court") + 1  # the prosecutor's route next to it
    court = result.action("court")
    assert court is not None and court.organisation_id == "court"
    police = result.action("police_complaint")
    assert police is not None and police.phone == "101"
    iefh = result.action("iefh")
    assert iefh is not None and iefh.phone == "0800 12 800"
    assert iefh.url.startswith("https://igvm-iefh.belgium.be/")
    assert result.screenshots_allowed and result.search_delisting
    assert Ground.NCII_LAW in result.grounds and Ground.GDPR_CHILD not in result.grounds


def test_intimate_minor_gets_take_it_down_and_no_screenshots(make_case: MakeCase) -> None:
    result = triage(
        make_case(category="intimate_image_minor", requester={"role": "self"}, person_age=16)
    )
    ids = [a.id for a in result.actions]
    assert result.hash_programme == "take_it_down"
    assert ids[0] == "hotline"  # issue 13: the hotline first, then what not to keep
    assert "url_only_minor" in ids
    assert "take_it_down" in ids and "stopncii" not in ids and "hotline" in ids
    assert not result.screenshots_allowed
    assert result.anonymous_allowed  # Directive 2011/93/EU offences: DSA 16(2)(c)
    assert Ground.GDPR_CHILD in result.grounds
    assert "iefh" not in ids  # the IEFH assists adults; minors turn to Child Focus
    assert "court" in ids and "prosecutor" in ids


def test_children_photo_privacy_gdpr_image_right_and_delisting(make_case: MakeCase) -> None:
    result = triage(make_case(category="child_photo_misuse"))
    assert {Ground.GDPR_ERASURE, Ground.GDPR_CHILD, Ground.IMAGE_RIGHT} <= result.grounds
    assert result.search_delisting
    assert "police_complaint" not in [a.id for a in result.actions]


def test_sexualised_context_warns_to_switch_to_csam(make_case: MakeCase) -> None:
    result = triage(make_case(category="sexualised_context"))
    ids = [a.id for a in result.actions]
    assert ids[0] == "not_csam_check"
    assert "child_focus_report" in ids


def test_hidden_camera_hash_programme_follows_age(make_case: MakeCase) -> None:
    adult = triage(make_case(category="hidden_camera", requester={"role": "self"}, person_age=30))
    minor = triage(make_case(category="hidden_camera", requester={"role": "parent"}, person_age=15))
    assert adult.hash_programme == "stopncii"
    assert minor.hash_programme == "take_it_down"


@pytest.mark.parametrize("category", ["harassment", "impersonation"])
def test_harassment_and_impersonation(make_case: MakeCase, category: str) -> None:
    result = triage(make_case(category=category, requester={"role": "self"}, person_age=40))
    assert not result.hash_programme and not result.search_delisting
    assert Ground.GDPR_CHILD not in result.grounds
    assert "police_complaint" in [a.id for a in result.actions]
