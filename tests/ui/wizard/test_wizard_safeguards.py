"""Issue 13 in the wizard: the role default, hidden child-only fields, the age question, the
helplines and the sextortion advice, with real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from photosafe_desktop.core.cases.model import Category, RequesterRole
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.wizard.wizard import (
    PAGE_EVIDENCE,
    PAGE_REVIEW,
    PAGE_WHO,
    RemovalWizard,
)

URL = "https://www.facebook.com/photo/?fbid=555"
ADULT = [Category.INTIMATE_IMAGE_ADULT, Category.HIDDEN_CAMERA, Category.HARASSMENT]
CHILD = [Category.CHILD_PHOTO_MISUSE, Category.SEXUALISED_CONTEXT, Category.INTIMATE_IMAGE_MINOR]


def _row_hidden(form_page: QWidget, widget: QWidget) -> bool:
    label = form_page.form.labelForField(widget)  # type: ignore[attr-defined]
    return widget.isHidden() and (label is None or label.isHidden())


def to_who(wizard: RemovalWizard, category: Category) -> None:
    wizard.what_page.buttons[category].click()
    wizard.where_page.links.setPlainText(URL)
    wizard.where_page.refresh()
    wizard.next()
    assert wizard.currentId() == PAGE_WHO


@pytest.mark.parametrize("category", ADULT, ids=[c.value for c in ADULT])
def test_adult_categories_default_to_the_person_shown_and_hide_child_fields(
    wizard: RemovalWizard, category: Category
) -> None:
    to_who(wizard, category)
    page = wizard.who_page
    assert page.role() is RequesterRole.SELF
    assert page.role_buttons[RequesterRole.SELF].isChecked()
    assert page.role_buttons[RequesterRole.ORGANISATION].isHidden()
    assert _row_hidden(page, page.organisation)
    assert _row_hidden(page, page.person_name)  # the person shown is the one asking
    assert not page.person_age.isHidden() and not page.age_unsure.isHidden()
    # a parent asking after all: the child's name comes back, the organisation does not
    page.role_buttons[RequesterRole.PARENT].click()
    assert not _row_hidden(page, page.person_name)
    assert page.role_buttons[RequesterRole.ORGANISATION].isHidden()


@pytest.mark.parametrize("category", CHILD, ids=[c.value for c in CHILD])
def test_child_categories_default_to_a_parent_with_every_field(
    wizard: RemovalWizard, category: Category
) -> None:
    to_who(wizard, category)
    page = wizard.who_page
    assert page.role() is RequesterRole.PARENT
    assert not page.role_buttons[RequesterRole.ORGANISATION].isHidden()
    assert not _row_hidden(page, page.person_name)
    page.role_buttons[RequesterRole.ORGANISATION].click()
    assert not _row_hidden(page, page.organisation)


def test_the_role_default_follows_a_changed_category(wizard: RemovalWizard) -> None:
    to_who(wizard, Category.CHILD_PHOTO_MISUSE)
    assert wizard.who_page.role() is RequesterRole.PARENT
    wizard.back()
    wizard.back()
    wizard.what_page.buttons[Category.INTIMATE_IMAGE_ADULT].click()
    wizard.next()
    assert wizard.who_page.role() is RequesterRole.SELF


def test_signs_of_a_minor_ask_the_age_and_not_sure_counts_as_a_minor(
    wizard: RemovalWizard, store: CaseStore
) -> None:
    to_who(wizard, Category.HIDDEN_CAMERA)
    page = wizard.who_page
    page.role_buttons[RequesterRole.PARENT].click()  # a parent: maybe a child in the image
    page.name.setText("An Peeters")
    page.email.setText("an.peeters@example.be")
    wizard.next()
    assert wizard.currentId() == PAGE_WHO
    assert "How old" in page.error.text()
    page.age_unsure.setChecked(True)
    assert not page.person_age.isEnabled()
    assert "rules for minors" in page.age_hint.text()
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    evidence = wizard.evidence_page
    # the minor rules: no screenshot, no description, Child Focus among the people to talk to
    assert evidence.screenshot_row.isHidden()
    assert evidence.description.isHidden()
    assert "under 18" in evidence.guidance.text()
    assert not evidence.helplines_frame.isHidden()
    lines = evidence.helplines_text.text()
    assert "Child Focus" in lines and "116 000" in lines
    assert "Institute for the Equality" not in lines
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW
    case = wizard.case
    assert case is not None and case.age_unsure and case.minor_rules
    ids = [a.id for a in wizard.triage().actions]
    assert ids[0] == "hotline" and "take_it_down" in ids and "iefh" not in ids


def test_an_adult_in_a_hidden_camera_image_gets_the_adult_rules(wizard: RemovalWizard) -> None:
    to_who(wizard, Category.HIDDEN_CAMERA)
    page = wizard.who_page
    page.name.setText("Lotte Janssens")
    page.email.setText("lotte@example.be")
    page.person_age.setValue(30)
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    evidence = wizard.evidence_page
    assert not evidence.screenshot_row.isHidden() and not evidence.description.isHidden()
    lines = evidence.helplines_text.text()
    assert "Institute for the Equality" in lines and "Child Focus" not in lines


@pytest.mark.parametrize(("age", "child_focus_first"), [(30, False), (16, True)])
def test_sextortion_is_a_question_with_advice(
    wizard: RemovalWizard, age: int, child_focus_first: bool
) -> None:
    to_who(wizard, Category.INTIMATE_IMAGE_ADULT)
    wizard.who_page.name.setText("Sam Claes")
    wizard.who_page.email.setText("sam@example.be")
    wizard.who_page.person_age.setValue(age)
    wizard.next()
    evidence = wizard.evidence_page
    assert not evidence.sextortion.isHidden()
    assert evidence.sextortion_frame.isHidden()
    evidence.sextortion.click()
    assert not evidence.sextortion_frame.isHidden()
    advice = evidence.sextortion_advice.text()
    assert "Do not pay" in advice and "Block" in advice
    assert advice.startswith("Call Child Focus first") is child_focus_first
    wizard.next()
    assert wizard.case is not None and wizard.case.sextortion
    ids = [a.id for a in wizard.triage().actions]
    assert ("sextortion_minor" in ids) is child_focus_first


def test_the_sextortion_question_is_not_asked_for_a_school_photo(wizard: RemovalWizard) -> None:
    to_who(wizard, Category.CHILD_PHOTO_MISUSE)
    wizard.who_page.name.setText("An Peeters")
    wizard.who_page.email.setText("an@example.be")
    wizard.next()
    assert wizard.evidence_page.sextortion.isHidden()


def test_youth_leader_gets_the_mandate_line(wizard: RemovalWizard) -> None:
    to_who(wizard, Category.CHILD_PHOTO_MISUSE)
    page = wizard.who_page
    page.role_buttons[RequesterRole.ORGANISATION].click()
    page.name.setText("Leen Wouters")
    page.email.setText("leen@example.be")
    page.organisation.setText("Chiro Sint-Jan")
    page.person_age.setValue(10)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW
    texts = [r.text for r in wizard.review_page.requests]
    assert texts and all("written consent can be shown on request" in t for t in texts)
    assert "mandate_advice" in [a.id for a in wizard.triage().actions]
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_safeguard_texts_in_dutch_and_french(wizard: RemovalWizard, tmp_path: Path) -> None:
    to_who(wizard, Category.INTIMATE_IMAGE_ADULT)
    languages = LanguageManager(QApplication.instance())
    seen = {}
    for code in ("nl", "fr"):
        languages.set_language(code)
        seen[code] = (wizard.who_page.age_unsure.text(), wizard.who_page.sexual_deepfake.text())
    languages.set_language("en")
    english = (wizard.who_page.age_unsure.text(), wizard.who_page.sexual_deepfake.text())
    for code, texts in seen.items():
        assert texts[0] != english[0] and texts[1] != english[1], code


def test_hotline_page_triage_and_store_agree_on_what_a_csam_case_keeps(
    wizard: RemovalWizard, store: CaseStore
) -> None:
    import json

    from photosafe_desktop.core.cases.model import case_from_dict
    from photosafe_desktop.core.requests.triage import triage

    wizard.what_page.buttons[Category.CSAM].click()
    page_text = wizard.hotline_page.kept_text.text()
    case = case_from_dict(
        {
            "category": "csam",
            "requester": {"role": "parent", "name": "An Peeters", "email": "an@example.be"},
            "urls": [URL],
            "seen_at": "2026-11-30T10:00:00Z",
            "description": "wat er te zien was",
            "account_name": "dader_123",
            "person_name": "Mila",
        }
    )
    no_copy = triage(case).action("no_copy")
    assert no_copy is not None
    for text in (page_text, no_copy.description):
        assert "no image, no screenshot, no description and no names" in text
        assert "the web addresses and the date" in text
    stored = store.add_case(case)
    raw = json.dumps(json.loads(store._conn.execute("SELECT data FROM cases").fetchone()[0]))
    for forbidden in ("An Peeters", "an@example.be", "wat er te zien", "dader_123", "Mila"):
        assert forbidden not in raw
    assert stored.urls == (URL,)
