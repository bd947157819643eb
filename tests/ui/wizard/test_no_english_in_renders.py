"""No English developer text, raw codes or ISO/EXIF dates in Dutch and French renders (issue 15).

Every wizard page (all categories and branches, the hotline page), the send panels, every
letter kind (first request, reminder, escalation to each organisation, copyright), My cases
with log entries of every event kind, and the dossier PDF's text, in nl and fr: none may
contain a known English phrase, a snake_case code or a machine-style (ISO, EXIF) timestamp.
The letters, My cases and the dossier in English: no code and no machine timestamp either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizardPage,
)

from photosafe_desktop.core.cases.deadlines import (
    Escalation,
    Status,
    escalation_letter,
    reminder_letter,
)
from photosafe_desktop.core.cases.dossier import build_dossier
from photosafe_desktop.core.cases.model import Category, RequesterRole, case_from_dict
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.consent.register import GroupInfo
from photosafe_desktop.core.origin.copyright import copyright_letter
from photosafe_desktop.core.origin.pdq import PdqHash
from photosafe_desktop.core.origin.register import CopyRecord, OriginMatch
from photosafe_desktop.core.requests.letters import DIVIDER, draft_all
from photosafe_desktop.core.secrets import SecretStore
from photosafe_desktop.ui.cases.case_list import CasesArea
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.tasks import TaskRunner
from photosafe_desktop.ui.wizard.state import PAGE_HOTLINE, PAGE_REVIEW, PAGE_SEND, PAGE_WHERE
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.ui.dialogs import Recorder

#: English words and phrases that do not occur in Dutch or French sentences
ENGLISH = (
    " the ",
    "The ",
    " you ",
    "You ",
    " your ",
    " and ",
    " with ",
    " not ",
    " for ",
    " to ",
    " is not",
    "not known",
    "look it up",
    "partner",
    "confirmed by the user",
    "please",
    "Please",
    " should ",
    " request ",
    " sent ",
    " was ",
    " has ",
    "web form",
    "e-mail address",
    " known ",
    "Coordinator",
    "dispute",
    "bodies",
    "(Belgium)",
    "abuse-contact",
    "photosafe ",
)
#: a developer's code: snake_case words (case_created, child_photo_misuse, web_form...)
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
#: machine-style timestamps: ISO (2026-12-02, 2026-12-02T10:30) and EXIF (2025:07:14)
MACHINE_DATE = re.compile(r"\b\d{4}[-:]\d{2}[-:]\d{2}(?:[T ]\d{2}:\d{2})?")
#: what may legitimately look like a code or a date: web and e-mail addresses, file paths
ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:pdf|eml|ics|png|jpg)\b|[/\\]\S+"
)
#: proper names that contain an English word
NAMES = ("Take It Down", "Google Search", "Bing Webmaster", "Child Focus")

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def problems(where: str, text: str, language: str = "nl") -> list[str]:
    """Every English phrase (not in ``en``), code or machine date in ``text`` (addresses and
    names left out)."""
    plain = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    plain = ADDRESS.sub(" ", plain)
    for name in NAMES:
        plain = plain.replace(name, " ")
    plain = " " + " ".join(plain.split()) + " "
    english = ENGLISH if language != "en" else ()
    found = [
        f"{where}: {phrase!r} in {plain.strip()[:160]!r}" for phrase in english if phrase in plain
    ]
    found += [f"{where}: code {m!r} in {plain.strip()[:160]!r}" for m in SNAKE.findall(plain)]
    found += [
        f"{where}: date {m!r} in {plain.strip()[:160]!r}" for m in MACHINE_DATE.findall(plain)
    ]
    return found


def user_part(text: str) -> str:
    """A letter to a recipient in another language: the user's own version below it."""
    return text.split(DIVIDER, 2)[-1] if DIVIDER in text else text


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(name, text) of everything ``root`` shows: labels, buttons, fields, lists, tooltips."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield name, widget.text()
            yield name + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            yield name, user_part(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QAbstractSpinBox):  # the date-time field shows a date
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                item = widget.item(index)
                yield name, item.text()
                yield name + ".tooltip", item.toolTip()
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield name + ".header", header.text(column)
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                for column in range(widget.columnCount()):
                    yield name, item.text(column)
                    yield name + ".tooltip", item.toolTip(column)
                stack += [item.child(i) for i in range(item.childCount())]
        if isinstance(widget, QWizardPage):
            yield name + ".title", widget.title()
            yield name + ".subtitle", widget.subTitle()
        yield name + ".tooltip", widget.toolTip()
        yield name + ".accessible", widget.accessibleName()
        if widget.isWindow():
            yield name + ".window", widget.windowTitle()


def scan(where: str, root: QWidget, language: str = "nl") -> list[str]:
    found: list[str] = []
    for name, text in widget_texts(root):
        if text:
            found += problems(f"{where} {name}", text, language)
    return found


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    languages = LanguageManager(QApplication.instance())
    languages.set_language(request.param)
    yield request.param
    languages.set_language("en")


@pytest.fixture
def localised(qtbot, store: CaseStore, recorder: Recorder, language: str) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    ctx = AppContext(
        settings=Settings(),
        tasks=tasks,
        store=lambda: store,
        language=lambda: language,
        secrets=SecretStore(),
        rdap_client=recorder.rdap_client,
        dialogs=recorder,
    )
    yield ctx
    tasks.wait(20000)


#: (category, role, age, unsure, deepfake, sextortion): every branch the pages take
BRANCHES = [
    (Category.CHILD_PHOTO_MISUSE, RequesterRole.PARENT, 9, False, False, False),
    (Category.SEXUALISED_CONTEXT, RequesterRole.ORGANISATION, 12, False, False, False),
    (Category.INTIMATE_IMAGE_ADULT, RequesterRole.SELF, 30, False, False, True),
    (Category.INTIMATE_IMAGE_ADULT, RequesterRole.SELF, None, True, False, False),
    (Category.INTIMATE_IMAGE_MINOR, RequesterRole.PARENT, 15, False, False, True),
    (Category.HARASSMENT, RequesterRole.SELF, 16, False, False, False),
    (Category.HIDDEN_CAMERA, RequesterRole.SELF, 25, False, False, False),
    (Category.IMPERSONATION, RequesterRole.SELF, 20, False, True, False),
    (Category.IMPERSONATION, RequesterRole.PARENT, 14, False, False, False),
]
URLS = (
    "https://www.facebook.com/photo/?fbid=123\n"
    "https://www.instagram.com/p/kamp2026/\n"
    "https://www.tiktok.com/@x/video/1\n"
    "https://fotos.voorbeeld-kamp.be/kamp/1.jpg"
)
DESCRIPTION = {"nl": "Foto van het kamp.", "fr": "Photo du camp.", "en": "Photo of the camp."}


def walk(qtbot, wizard: RemovalWizard, branch: tuple, language: str) -> list[str]:  # type: ignore[no-untyped-def,type-arg]
    category, role, age, unsure, deepfake, sextortion = branch
    found = scan("what", wizard.currentPage())
    wizard.what_page.buttons[category].click()
    assert wizard.currentId() == PAGE_WHERE
    wizard.where_page.links.setPlainText(URLS)
    wizard.where_page.refresh()
    qtbot.waitUntil(lambda: not wizard.where_page.lookups_running(), timeout=20000)
    found += scan("where", wizard.currentPage())
    wizard.next()
    who = wizard.who_page
    for button in who.role_group.buttons():
        if button.objectName() == f"role_{role.value}":
            button.click()
    who.name.setText("Anaïs Dupré")
    who.email.setText("anais.dupre@example.org")
    if role is RequesterRole.ORGANISATION:
        who.organisation.setText("Scouts Sint-Jan")
    if unsure:
        who.age_unsure.setChecked(True)
    elif age is not None:
        who.person_age.setValue(age)
    if deepfake:
        who.sexual_deepfake.setChecked(True)
    found += scan("who", wizard.currentPage())
    wizard.next()
    evidence = wizard.evidence_page
    evidence.description.setPlainText(DESCRIPTION[language])
    evidence.account.setText("@kampfotos")
    if sextortion:
        evidence.sextortion.setChecked(True)
    found += scan("evidence", wizard.currentPage())
    wizard.next()
    assert wizard.currentId() == PAGE_REVIEW
    review = wizard.review_page
    for row in range(review.list.count()):
        review.list.setCurrentRow(row)
        found += scan(f"review[{row}]", review)
    # the lookup found nothing (offline): type the host's address so the case can be saved
    for row, request in enumerate(review.requests):
        if request.recipient.channel == "email" and not request.recipient.address_or_url:
            review.list.setCurrentRow(row)
            review.address.setText("abuse@voorbeeld-host.be")
            review._address_edited()
    if not review.isComplete():
        return found  # an inconsistent account: the review page says so (scanned above)
    wizard.next()
    assert wizard.currentId() == PAGE_SEND
    send = wizard.send_page
    for row in range(send.list.count()):
        send.list.setCurrentRow(row)
        found += scan(f"send[{row}]", send)
    found += scan("wizard", wizard)
    return found


@pytest.mark.parametrize("branch", BRANCHES, ids=[f"{b[0].value}-{b[1].value}" for b in BRANCHES])
def test_every_wizard_page_is_free_of_english(
    qtbot, localised: AppContext, language: str, branch: tuple
) -> None:  # type: ignore[no-untyped-def,type-arg]
    wizard = RemovalWizard(localised)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 720)
    wizard.show()
    found = walk(qtbot, wizard, branch, language)
    assert not found, "\n".join(found)


def test_the_hotline_page_is_free_of_english(qtbot, localised: AppContext) -> None:  # type: ignore[no-untyped-def]
    wizard = RemovalWizard(localised)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 720)
    wizard.show()
    wizard.what_page.buttons[Category.CSAM].click()
    assert wizard.currentId() == PAGE_HOTLINE
    found = scan("hotline", wizard)
    assert not found, "\n".join(found)


# --------------------------------------------------------------------------- letters, cases


def saved_case(store: CaseStore, language: str, category: str = "sexualised_context") -> str:
    """A case with a request to every recipient, sent, answered, reminded, escalated: a log
    with every kind of event."""
    case = case_from_dict(
        {
            "category": category,
            "requester": {"role": "parent", "name": "Anaïs Dupré", "email": "anais@example.org"},
            "urls": [
                "https://www.facebook.com/photo/?fbid=123",
                "https://www.reddit.com/r/x/comments/1/a/",
                "https://fotos.voorbeeld-kamp.be/kamp/1.jpg",
            ],
            "seen_at": "2026-10-01T18:30:00+02:00",
            "person_age": 9,
            "description": DESCRIPTION[language],
        }
    )
    stored = store.add_case(case)
    store.add_evidence(stored.id, case.urls[0])  # the address and the date, no screenshot
    records = [store.add_request(stored.id, d) for d in draft_all(stored, language).requests]
    first, second = records[0], records[1]
    store.record_send(first.id, first.channel, True, "", at=NOW - timedelta(days=40))
    store.record_send(second.id, "email", False, "SMTP 550 mailbox unavailable")
    store.record_send(second.id, "email", True, "", at=NOW - timedelta(days=20))
    store.set_status(first.id, Status.ACKNOWLEDGED)
    store.record_reminder(second.id, 1)
    store.record_escalation(first.id, Escalation.CHILD_FOCUS.value)
    store.update_request_text(first.id, first.subject, first.text + "\n")
    store.update_request_address(records[-1].id, "abuse@voorbeeld-host.be")
    store.log_event(stored.id, "eml_saved", "", first.id)
    store.set_status(first.id, Status.REMOVED)
    store.update_case(replace(store.get_case(stored.id), description=DESCRIPTION[language] + "!"))
    return stored.id


ALL_LANGUAGES = pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)


@ALL_LANGUAGES
def test_every_letter_is_free_of_english(store: CaseStore, language: str) -> None:
    case_id = saved_case(store, language)
    case = store.get_case(case_id)
    requests = store.list_requests(case_id)
    found: list[str] = []
    for record in requests:
        found += problems(
            f"request {record.recipient_name} subject",
            record.subject,
            language,
        )
        found += problems(f"request {record.recipient_name}", user_part(record.text), language)
        sent = record if record.sent_at else replace(record, sent_at=NOW - timedelta(days=10))
        for stage in (1, 2, 3):
            letter = reminder_letter(case, sent, stage, language)
            found += problems(
                f"reminder {stage} to {record.recipient_name}", letter.subject, language
            )
            found += problems(f"reminder {stage} to {record.recipient_name}", letter.text, language)
            found += problems(f"reminder {stage} lines", "\n".join(letter.to_lines), language)
    for kind in Escalation:
        letter = escalation_letter(case, kind, language, requests)
        found += problems(f"escalation {kind.value}", letter.subject, language)
        found += problems(f"escalation {kind.value}", letter.text, language)
        found += problems(f"escalation {kind.value} lines", "\n".join(letter.to_lines), language)
    record = CopyRecord(
        PdqHash(bytes(32), 100),
        "ab" * 32,
        datetime(2025, 7, 14, 15, 2),
        "Zomerkamp 2026",
        "public",
        datetime(2026, 8, 1, 9, 15, 42, tzinfo=timezone.utc),
    )
    group = GroupInfo(name="Scouts Sint-Jozef", contact_name="An Peeters", email="leiding@sj.be")
    for exact in (True, False):
        letter = copyright_letter(
            OriginMatch(record, 0 if exact else 12, exact), group, case.urls, language
        )
        found += problems("copyright", letter.subject, language)
        found += problems("copyright", letter.body, language)
    assert not found, "\n".join(found)


@ALL_LANGUAGES
def test_my_cases_and_its_letters_are_free_of_english(
    qtbot, localised: AppContext, store: CaseStore, language: str
) -> None:  # type: ignore[no-untyped-def]
    case_id = saved_case(store, language)
    area = CasesArea(localised, now=lambda: NOW)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.refresh()
    found = scan("cases", area, language)
    tree = area.tree
    for index in range(tree.topLevelItem(0).childCount()):
        # closing a send panel refreshes the list: take the item afresh each time
        tree.setCurrentItem(tree.topLevelItem(0).child(index))
        found += scan(f"cases[{index}]", area, language)
        record = area._record()
        assert record is not None
        send = area.open_send()  # the send panel, as My cases opens it
        assert send is not None
        found += scan(f"send dialog[{index}]", send, language)
        send.close()
        if area.reminder.isEnabled():
            dialog = area.make_reminder()
            assert dialog is not None
            found += scan(f"reminder[{index}]", dialog, language)
            dialog.close()
        if area.escalation.isEnabled():
            dialog = area.make_escalation()
            assert dialog is not None
            for choice in range(dialog.choice.count()):
                dialog.choice.setCurrentIndex(choice)
                found += scan(f"escalation[{index}.{choice}]", dialog, language)
            dialog.close()
    assert store.events(case_id)
    assert not found, "\n".join(found)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@ALL_LANGUAGES
@pytest.mark.parametrize("category", ["sexualised_context", "csam"])
def test_the_dossier_is_free_of_english(
    store: CaseStore, language: str, tmp_path: Path, category: str
) -> None:
    if category == "csam":
        case = store.add_case(
            case_from_dict(
                {
                    "category": "csam",
                    "requester": {"role": "parent"},
                    "urls": ["https://bad.example.net/x"],
                    "seen_at": "2026-10-01T18:30:00+02:00",
                }
            )
        )
        draft = draft_all(case, language).requests[0]
        record = store.add_request(case.id, draft)
        store.record_send(record.id, "web_form", True, "", at=NOW)
        case_id = case.id
    else:
        case_id = saved_case(store, language)
    path = build_dossier(
        store.get_case(case_id),
        store.list_requests(case_id),
        store.events(case_id),
        store.list_evidence(case_id),
        language,
        tmp_path / "dossier.pdf",
        now=NOW,
    )
    text = pdf_text(path)
    assert "Anaïs" in text or category == "csam"
    assert DIVIDER not in text  # every recipient here takes letters in the user's language
    found = [p for line in text.splitlines() for p in problems("dossier", line, language)]
    assert not found, "\n".join(found)
