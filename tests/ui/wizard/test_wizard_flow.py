"""Through the whole wizard with real widgets, for every category; the CSAM hard stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizard,
)

from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.evidence import evidence_root, sha256_file
from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.ui.wizard.state import (
    PAGE_EVIDENCE,
    PAGE_HOTLINE,
    PAGE_REVIEW,
    PAGE_SEND,
    PAGE_WHERE,
    PAGE_WHO,
)
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.ui.dialogs import Recorder

URLS = "https://www.facebook.com/photo/?fbid=123\nhttps://www.instagram.com/p/kamp2026/"
NON_CSAM = [c for c in Category if c is not Category.CSAM]


def walk_to_review(
    wizard: RemovalWizard,
    category: Category,
    urls: str = URLS,
    *,
    name: str = "Anaïs Dupré",
    email: str = "anais.dupre@example.org",
    age: int = 9,
    screenshot: Path | None = None,
) -> None:
    wizard.what_page.buttons[category].click()
    assert wizard.currentId() == PAGE_WHERE
    wizard.where_page.links.setPlainText(urls)
    wizard.where_page.refresh()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_WHO
    wizard.who_page.name.setText(name)
    wizard.who_page.email.setText(email)
    wizard.who_page.person_age.setValue(age)
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    wizard.evidence_page.description.setPlainText("Foto van het kamp — é ë ç.")
    wizard.evidence_page.account.setText("@kampfotos")
    if screenshot is not None:
        wizard.evidence_page.screenshot.setText(str(screenshot))
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW


@pytest.mark.parametrize("category", NON_CSAM, ids=[c.value for c in NON_CSAM])
def test_every_category_goes_through_to_sending(
    wizard: RemovalWizard, store: CaseStore, category: Category, recorder
) -> None:  # type: ignore[no-untyped-def]
    walk_to_review(wizard, category)
    requests = wizard.review_page.requests
    names = [r.recipient.name for r in requests]
    assert "Facebook" in names and "Instagram" in names
    assert all(r.complete for r in requests), [(r.recipient.name, r.missing) for r in requests]
    assert "✔ Complete" in wizard.review_page.check.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled()
    assert not store.case_ids()  # nothing is kept before the user goes on
    wizard.next()
    assert wizard.currentId() == PAGE_SEND
    (case_id,) = store.case_ids()
    case = store.get_case(case_id)
    assert case.category is category
    assert case.requester.email == "anais.dupre@example.org"
    records = store.list_requests(case_id)
    assert [r.recipient_name for r in records] == names
    assert all(r.status is Status.DRAFT for r in records)
    assert len(wizard.send_page.panels) == len(records)
    evidence = store.list_evidence(case_id)
    assert [e.url for e in evidence] == list(case.urls)
    # there is no way back to change a saved case
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert recorder.rdap_clients == 0  # known platforms only: no lookup


def test_csam_goes_straight_to_the_hotline_and_offers_nothing_else(
    wizard: RemovalWizard, store: CaseStore, recorder, photosafe_home: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard.what_page.buttons[Category.CSAM].click()
    assert wizard.currentId() == PAGE_HOTLINE
    page = wizard.hotline_page
    assert page.isFinalPage() and page.nextId() == -1
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    # no upload, no screenshot, no e-mail, no text entry of any kind
    assert page.findChildren(QLineEdit) == []
    assert page.findChildren(QPlainTextEdit) == []
    buttons = page.findChildren(QPushButton)
    assert [b.objectName() for b in buttons] == ["open_hotline"]
    texts = " ".join(w.text() for w in page.findChildren(type(page.stop_title)))
    assert "116 000" in texts and "stopchildporno.be" in texts
    assert "Do not download" in texts
    for forbidden in ("Browse", "Screenshot file", "e-mail now", "Upload"):
        assert forbidden not in texts
    page.open_button.click()
    assert recorder.opened == ["https://stopchildporno.be"]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # nothing stored: no case, no notice, no evidence, no lookup
    assert store.case_ids() == []
    assert not evidence_root().exists() or not any(evidence_root().iterdir())
    assert recorder.rdap_clients == 0
    assert wizard.answers.urls == () and wizard.case is None


def test_choosing_csam_after_typing_forgets_what_was_typed(
    wizard: RemovalWizard, store: CaseStore
) -> None:
    wizard.what_page.buttons[Category.SEXUALISED_CONTEXT].click()
    wizard.where_page.links.setPlainText(URLS)
    wizard.next()
    wizard.back()
    wizard.back()
    wizard.what_page.buttons[Category.CSAM].click()
    assert wizard.currentId() == PAGE_HOTLINE
    assert wizard.answers.urls == ()
    assert wizard.where_page.links.toPlainText() == ""  # not even kept in the form
    assert store.case_ids() == []


def test_sexualised_context_warns_to_stop_before_any_screenshot(wizard: RemovalWizard) -> None:
    wizard.what_page.buttons[Category.SEXUALISED_CONTEXT].click()
    assert wizard.where_page.warning.isVisible()
    assert "A sexual image of a child" in wizard.where_page.warning.text()


def test_screenshot_is_kept_unchanged_with_its_sha256(
    wizard: RemovalWizard, store: CaseStore, tmp_path: Path
) -> None:
    shot = tmp_path / "capture.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"screenshot bytes " * 50)
    walk_to_review(wizard, Category.HARASSMENT, screenshot=shot)
    wizard.next()
    (case_id,) = store.case_ids()
    kept = [e for e in store.list_evidence(case_id) if e.file]
    assert len(kept) == 1
    assert kept[0].sha256 == sha256_file(shot)
    path = kept[0].path()
    assert path is not None and path.read_bytes() == shot.read_bytes()


def test_no_screenshot_for_an_intimate_image_of_a_minor(
    wizard: RemovalWizard, store: CaseStore
) -> None:
    wizard.what_page.buttons[Category.INTIMATE_IMAGE_MINOR].click()
    wizard.where_page.links.setPlainText(URLS)
    wizard.next()
    # the law allows an anonymous notice here: no name or e-mail needed
    assert "optional" in wizard.who_page.law_text.text()
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    page = wizard.evidence_page
    assert page.screenshot_row.isHidden()
    assert "do not screenshot" in page.guidance.text()
    wizard.next()
    assert all(r.complete for r in wizard.review_page.requests)
    wizard.next()
    (case_id,) = store.case_ids()
    assert all(not e.file for e in store.list_evidence(case_id))


def test_name_and_email_are_required_where_the_law_asks_for_them(wizard: RemovalWizard) -> None:
    wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
    wizard.where_page.links.setPlainText(URLS)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_WHO
    assert "fill in your name" in wizard.who_page.error.text()
    wizard.who_page.name.setText("Jan Peeters")
    wizard.who_page.email.setText("jan@@nowhere")
    wizard.next()
    assert wizard.currentId() == PAGE_WHO
    assert "does not look right" in wizard.who_page.error.text()
    wizard.who_page.email.setText("jan.peeters@example.be")
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    # the hint about a separate address and never an ID copy is there
    assert "separate e-mail address" in wizard.who_page.email_hint.text()
    assert "identity card" in wizard.who_page.email_hint.text()


def test_bad_lines_block_the_next_button_with_a_plain_explanation(wizard: RemovalWizard) -> None:
    wizard.what_page.buttons[Category.HARASSMENT].click()
    wizard.where_page.links.setPlainText("https://www.tiktok.com/@x/video/1\nkijk op die site")
    wizard.where_page.refresh()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "is not a complete web address" in wizard.where_page.results.text()
    wizard.where_page.links.setPlainText("www.tiktok.com/@x/video/1")  # scheme added for them
    wizard.where_page.refresh()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "TikTok" in wizard.where_page.results.text()


def test_editing_a_request_reruns_the_completeness_check(wizard: RemovalWizard) -> None:
    walk_to_review(wizard, Category.CHILD_PHOTO_MISUSE)
    page = wizard.review_page
    page.list.setCurrentRow(0)
    original = page.text.toPlainText()
    page.text.setPlainText(original.replace("https://www.facebook.com/photo/?fbid=123", "(gone)"))
    assert "Not complete" in page.check.text()
    assert "exact web address" in page.check.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    page.restore_button.click()
    assert page.text.toPlainText() == original
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_wizard_can_be_driven_from_the_keyboard(qtbot, wizard: RemovalWizard) -> None:  # type: ignore[no-untyped-def]
    first = wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE]
    assert first.focusPolicy() & Qt.FocusPolicy.TabFocus
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_WHERE
    qtbot.keyClicks(wizard.where_page.links, "https://www.youtube.com/watch?v=abc")
    wizard.where_page.refresh()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isDefault() or next_button.autoDefault()
    qtbot.keyClick(next_button, Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_WHO
    assert all(w.accessibleName() for w in wizard.who_page.rows.values())
    label = wizard.who_page.form.labelForField(wizard.who_page.name)
    assert "&" in label.text() and label.buddy() is wizard.who_page.name


def test_unknown_site_gets_its_hosts_abuse_contact(qtbot, store: CaseStore, context) -> None:  # type: ignore[no-untyped-def]
    from rdap_server import RdapTestServer

    from photosafe_desktop.core.requests.rdap import RdapClient

    with RdapTestServer().standard() as server:
        context.rdap_client = lambda: RdapClient(
            server.base + "/dns.json",
            timeout=(2.0, 2.0),
            use_cache=False,
            resolver=lambda host: ["192.0.2.10"],
        )
        wizard = RemovalWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
        wizard.where_page.links.setPlainText("https://www.hostedsite.com/kamp/foto-12.jpg")
        wizard.where_page.refresh()
        assert "looking up who hosts" in wizard.where_page.results.text()
        qtbot.waitUntil(
            lambda: "abuse@hostco.example" in wizard.where_page.results.text(), timeout=10000
        )
        assert "HostCo B.V." in wizard.where_page.results.text()
        wizard.next()
        wizard.who_page.name.setText("Jan Peeters")
        wizard.who_page.email.setText("jan@example.be")
        wizard.next()
        wizard.next()
        (request,) = [r for r in wizard.review_page.requests if r.recipient.kind == "host"]
        assert request.recipient.address_or_url == "abuse@hostco.example"
        assert request.recipient.channel == "email"


def test_offline_lookup_says_so_and_lets_the_user_go_on(
    qtbot, wizard: RemovalWizard, recorder
) -> None:  # type: ignore[no-untyped-def]
    wizard.what_page.buttons[Category.IMPERSONATION].click()
    wizard.where_page.links.setPlainText("https://fake-profiles.example.be/p/1")
    wizard.where_page.refresh()
    qtbot.waitUntil(
        lambda: "could not reach the internet" in wizard.where_page.results.text(), timeout=10000
    )
    assert wizard.where_page.retry_button.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert recorder.rdap_clients == 1
    wizard.where_page.retry_button.click()
    assert recorder.rdap_clients == 2
    qtbot.waitUntil(lambda: not wizard.where_page.lookups_running(), timeout=10000)
    wizard.next()
    wizard.who_page.name.setText("Jan Peeters")
    wizard.who_page.email.setText("jan@example.be")
    wizard.next()
    wizard.next()
    page = wizard.review_page
    (row,) = [i for i, r in enumerate(page.requests) if r.recipient.kind == "host"]
    page.list.setCurrentRow(row)
    assert page.address.isVisible() and page.address.text() == ""
    assert "no e-mail address yet" in page.check.text()
    page.address.setText("abuse@fake-profiles.example.be")
    page.address.editingFinished.emit()
    assert page.requests[row].recipient.address_or_url == "abuse@fake-profiles.example.be"


def test_screenshot_browse_uses_a_file_dialog(
    wizard: RemovalWizard, recorder: Recorder, tmp_path: Path
) -> None:
    recorder.paths.append(str(tmp_path / "x.png"))
    walk_to_review(wizard, Category.HIDDEN_CAMERA, age=30)  # an adult: screenshots allowed
    wizard.back()
    wizard.evidence_page.browse.click()
    assert wizard.evidence_page.screenshot.text() == str(tmp_path / "x.png")
    wizard.next()  # the file does not exist: a plain message, no crash
    assert wizard.currentId() == PAGE_EVIDENCE
    assert "cannot be found" in wizard.evidence_page.error.text()


def test_a_route_the_parent_may_not_use_is_flagged(wizard: RemovalWizard) -> None:
    # Facebook's image-privacy form: a parent may file only for a child under 13
    walk_to_review(wizard, Category.CHILD_PHOTO_MISUSE, age=15)
    page = wizard.review_page
    row = [r.recipient.name for r in page.requests].index("Facebook")
    page.list.setCurrentRow(row)
    assert page.eligibility.isVisible()
    assert "only for certain people" in page.eligibility.text()
    page.list.setCurrentRow([r.recipient.name for r in page.requests].index("Instagram"))
    assert not page.eligibility.isVisible()
    wizard.next()
    facebook = next(p for p in wizard.send_page.panels if p.record.recipient_name == "Facebook")
    assert "only for certain people" in facebook.eligibility.text()


def test_enter_on_a_choice_picks_it(qtbot, wizard: RemovalWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.what_page.buttons[Category.HIDDEN_CAMERA]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_WHERE
    assert wizard.answers.category is Category.HIDDEN_CAMERA


def test_wizard_buttons_follow_a_language_change(wizard: RemovalWizard) -> None:
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.ui.i18n import LanguageManager

    languages = LanguageManager(QApplication.instance())
    try:
        languages.set_language("nl")
        assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "Bewaren en naar versturen"
        assert wizard.what_page.title() == "Wat is er gebeurd?"
        languages.set_language("fr")
        assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Terminé"
    finally:
        languages.set_language("en")
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Done"


def test_send_page_lists_what_else_to_do(wizard: RemovalWizard) -> None:
    walk_to_review(wizard, Category.INTIMATE_IMAGE_ADULT, age=30)  # the IEFH assists adults
    wizard.next()
    page = wizard.send_page
    last = page.list.count() - 1
    assert page.list.item(last).text().endswith("What else you can do")
    page.list.setCurrentRow(last)
    assert page.stack.currentWidget() is page.actions_page
    text = page.actions_text.text()
    assert "StopNCII" in text and "https://stopncii.org" in text
    assert "Institute for the Equality" in text
    assert "Ask each platform" not in text  # that is what the other entries do


def test_a_case_can_be_filed_entirely_from_the_keyboard(
    qtbot, wizard: RemovalWizard, store: CaseStore
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), k, modifier)

    def type_text(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab_to(widget) -> None:  # type: ignore[no-untyped-def]
        for _ in range(40):
            if QApplication.focusWidget() is widget:
                return
            key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName()}")

    tab_to(wizard.what_page.buttons[Category.HARASSMENT])
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_WHERE
    tab_to(wizard.where_page.links)
    type_text("https://www.tiktok.com/@pester/video/77")
    wizard.where_page.refresh()
    tab_to(wizard.button(QWizard.WizardButton.NextButton))
    key(Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_WHO
    tab_to(wizard.who_page.name)
    type_text("Jan Peeters")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.who_page.email
    type_text("jan.peeters@example.be")
    key(Qt.Key.Key_Return)  # Enter in a field presses the default button: Next
    assert wizard.currentId() == PAGE_EVIDENCE
    tab_to(wizard.evidence_page.description)
    type_text("Foto's om mij te pesten.")
    tab_to(wizard.button(QWizard.WizardButton.NextButton))
    key(Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_REVIEW
    tab_to(wizard.button(QWizard.WizardButton.CommitButton))
    key(Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_SEND
    (case_id,) = store.case_ids()
    assert store.get_case(case_id).description == "Foto's om mij te pesten."
    panel = wizard.send_page.panels[0]
    tab_to(panel.sent_button)
    key(Qt.Key.Key_Space)
    assert store.list_requests(case_id)[0].status is Status.SENT


def test_a_slow_lookup_still_fills_in_the_address_on_the_review_page(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from rdap_server import RdapTestServer

    from photosafe_desktop.core.requests.rdap import RdapClient

    with RdapTestServer().standard() as server:
        context.rdap_client = lambda: RdapClient(
            server.base + "/dns.json",
            timeout=(3.0, 5.0),
            use_cache=False,
            resolver=lambda host: ["192.0.2.10"],
        )
        wizard = RemovalWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        walk_to_review(wizard, Category.HARASSMENT, "https://site.slow/fotos/1")  # 2 s answer
        page = wizard.review_page
        (row,) = [i for i, r in enumerate(page.requests) if r.recipient.kind == "host"]
        assert page.requests[row].recipient.address_or_url == ""
        page.list.setCurrentRow(row)
        qtbot.waitUntil(lambda: page.address.text() == "abuse@hostco.example", timeout=15000)
        assert page.requests[row].recipient.address_or_url == "abuse@hostco.example"
        assert "HostCo B.V." in page.list.item(row).text()


def test_escape_or_cancel_asks_before_throwing_answers_away(
    qtbot, wizard: RemovalWizard, recorder: Recorder
) -> None:  # type: ignore[no-untyped-def]
    recorder.confirms.append(False)
    wizard.what_page.buttons[Category.HARASSMENT].click()
    wizard.where_page.links.setPlainText(URLS)
    qtbot.keyClick(wizard.where_page.links, Qt.Key.Key_Escape)
    assert recorder.asked and wizard.isVisible() and wizard.currentId() == PAGE_WHERE
    assert wizard.where_page.links.toPlainText() == URLS
    recorder.confirms.append(True)
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        wizard.button(QWizard.WizardButton.CancelButton).click()


def test_cancel_on_the_first_page_does_not_ask(
    qtbot, wizard: RemovalWizard, recorder: Recorder
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    assert recorder.asked == []  # nothing was asked
