"""'This is one of our photos' in the wizard, with real widgets: a photo published through
the export and the register is recognised from a re-compressed, smaller copy; the case gets
the proof-of-origin paragraph and the copyright route. Never offered for CSAM or a minor's
intimate image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QWizard

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.consent.register import ConsentRegister, GroupInfo, save_register
from photosafe_desktop.core.export import ExportJob, ExportOptions, export_album
from photosafe_desktop.core.origin.register import OriginRegister
from photosafe_desktop.ui.wizard.state import PAGE_EVIDENCE, PAGE_REVIEW, PAGE_SEND, PAGE_WHERE
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.origin_helpers import save_with_date, scene
from tests.ui.dialogs import Recorder

URLS = "https://www.instagram.com/p/kamp2026/\nhttps://www.facebook.com/photo/?fbid=77"


@pytest.fixture
def published(tmp_path: Path, photosafe_home: Path) -> Path:
    """One camp photo exported with the Public preset: it is in the origin register."""
    original = save_with_date(scene(21), tmp_path / "IMG_0021.jpg")
    with OriginRegister() as origin:
        summary = export_album(
            [ExportJob(original)],
            tmp_path / "out",
            ExportOptions(format="jpeg", preset="public"),
            workers=1,
            origin=origin,
            album="Zomerkamp 2026",
        )
        assert origin.count() == 1
    return summary.outputs[0]


def smaller_copy(path: Path, out: Path) -> Path:
    """What a stranger re-posts: 80 % of the size, JPEG quality 60."""
    with Image.open(path) as image:
        image.convert("RGB").resize((round(image.width * 0.8), round(image.height * 0.8))).save(
            out, "JPEG", quality=60
        )
    return out


def walk_to_evidence(wizard: RemovalWizard, category: Category, age: int = 9) -> None:
    wizard.what_page.buttons[category].click()
    assert wizard.currentId() == PAGE_WHERE
    wizard.where_page.links.setPlainText(URLS)
    wizard.where_page.refresh()
    wizard.next()
    wizard.who_page.name.setText("An Peeters")
    wizard.who_page.email.setText("an.peeters@example.org")
    wizard.who_page.person_age.setValue(age)
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE


def compare(qtbot, wizard: RemovalWizard, recorder: Recorder, found: Path) -> str:  # type: ignore[no-untyped-def]
    box = wizard.evidence_page.own_photo
    assert box.isVisible()
    recorder.paths.append(str(found))
    box.browse.click()  # the file dialog (answered by the test), then the comparison
    assert box.checking and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: not box.checking, timeout=30000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    return box.status.text()


def test_a_smaller_recompressed_copy_adds_proof_and_copyright_route(
    qtbot,
    wizard: RemovalWizard,
    store: CaseStore,
    recorder: Recorder,
    published: Path,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    save_register(ConsentRegister(GroupInfo(name="Scouts Sint-Jozef", email="leiding@sj.be")))
    found = smaller_copy(published, tmp_path / "found-on-instagram.jpg")
    walk_to_evidence(wizard, Category.CHILD_PHOTO_MISUSE)
    status = compare(qtbot, wizard, recorder, found)
    assert "This is one of your photos" in status and "Zomerkamp 2026" in status
    assert "Public" in status
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW
    requests = wizard.review_page.requests
    ids = [r.recipient.id for r in requests]
    assert "platform:instagram" in ids and "platform:facebook" in ids
    assert "copyright:instagram" in ids and "copyright:facebook" in ids
    form = next(r for r in requests if r.recipient.id == "copyright:instagram")
    assert form.recipient.channel == "web_form" and form.recipient.source
    assert "Scouts Sint-Jozef" in form.text and "leiding@sj.be" in form.text
    assert "Zomerkamp 2026" in form.text and "XI.165" not in form.text
    notice = next(r for r in requests if r.recipient.id == "platform:instagram")
    assert "Scouts Sint-Jozef took the original photo" in notice.text  # the proof paragraph
    assert all(r.complete for r in requests), [(r.recipient.id, r.missing) for r in requests]
    wizard.next()
    assert wizard.currentId() == PAGE_SEND
    (case_id,) = store.case_ids()
    saved = {r.recipient_id: r for r in store.list_requests(case_id)}
    assert saved["copyright:instagram"].address_or_url == form.recipient.address_or_url
    assert "Zomerkamp 2026" in saved["platform:facebook"].text
    assert len(wizard.send_page.panels) == len(saved)


def test_an_unrelated_photo_is_not_ours_and_the_wizard_goes_on(
    qtbot, wizard: RemovalWizard, recorder: Recorder, published: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stranger = save_with_date(scene(88), tmp_path / "stranger.jpg")
    walk_to_evidence(wizard, Category.HARASSMENT, age=30)
    status = compare(qtbot, wizard, recorder, stranger)
    assert "not among the photos you published" in status and "That is fine" in status
    assert wizard.answers.origin_match is None
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW
    ids = [r.recipient.id for r in wizard.review_page.requests]
    assert ids and not any(i.startswith("copyright:") for i in ids)
    assert not any("PDQ" in r.text for r in wizard.review_page.requests)


@pytest.mark.parametrize(
    ("category", "age"),
    [(Category.INTIMATE_IMAGE_MINOR, 15), (Category.INTIMATE_IMAGE_ADULT, 16)],
)
def test_never_offered_for_a_minors_intimate_image(
    wizard: RemovalWizard, category: Category, age: int
) -> None:
    wizard.what_page.buttons[category].click()
    wizard.where_page.links.setPlainText(URLS)
    wizard.where_page.refresh()
    wizard.next()
    wizard.who_page.person_age.setValue(age)
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    assert wizard.evidence_page.own_photo.isHidden()
    assert not wizard.evidence_page.own_photo_allowed()


def test_choosing_a_minors_intimate_image_after_a_match_forgets_it(
    qtbot, wizard: RemovalWizard, recorder: Recorder, published: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    found = smaller_copy(published, tmp_path / "found.jpg")
    walk_to_evidence(wizard, Category.CHILD_PHOTO_MISUSE)
    compare(qtbot, wizard, recorder, found)
    assert wizard.evidence_page.own_photo.match is not None
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.what_page.buttons[Category.INTIMATE_IMAGE_MINOR].click()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_EVIDENCE
    assert wizard.evidence_page.own_photo.isHidden()
    assert wizard.evidence_page.own_photo.match is None
    wizard.next()
    assert wizard.answers.origin_match is None
    assert not any(r.recipient.id.startswith("copyright:") for r in wizard.review_page.requests)
