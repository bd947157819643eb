"""My cases with real widgets on a real case log: overdue highlighted, status changes,
reminder and escalation letters, calendar file, dossier, deleting for real, the notice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from photosafe_desktop import selfcheck
from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.evidence import evidence_dir
from photosafe_desktop.core.cases.model import Category, RequesterRole, case_from_dict
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.requests.letters import draft_all
from photosafe_desktop.ui.cases.case_list import OVERDUE_COLOUR, CasesArea
from photosafe_desktop.ui.cases.due_notice import DueNotice
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.tasks import TaskRunner
from tests.ui.dialogs import ScriptedDialogs

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    yield
    languages.set_language("en")


@pytest.fixture
def store(photosafe_home: Path) -> Iterator[CaseStore]:
    with CaseStore() as case_store:
        yield case_store


def add_case(store: CaseStore, sent_days_ago: int | None, tmp_path: Path | None = None) -> str:
    case = case_from_dict(
        {
            "category": "sexualised_context",
            "requester": {"role": "parent", "name": "Anaïs Dupré", "email": "anais@example.org"},
            # Reddit's route is an e-mail address
            "urls": [
                "https://www.facebook.com/photo/?fbid=123",
                "https://www.reddit.com/r/x/comments/1/a/",
            ],
            "seen_at": "2026-10-01T18:30:00+02:00",
            "person_age": 9,
        }
    )
    if tmp_path is not None:
        # a screenshot may be kept of an adult's image only (never of a minor's intimate one)
        case = replace(
            case,
            category=Category.HIDDEN_CAMERA,
            person_age=30,
            requester=replace(case.requester, role=RequesterRole.SELF),
        )
    stored = store.add_case(case)
    for draft in draft_all(stored, "nl").requests:
        record = store.add_request(stored.id, draft)
        if sent_days_ago is not None:
            store.record_send(
                record.id, record.channel, True, at=NOW - timedelta(days=sent_days_ago)
            )
    if tmp_path is not None:
        shot = tmp_path / "shot.png"
        shot.write_bytes(b"\x89PNG fake screenshot")
        store.add_evidence(stored.id, case.urls[0], screenshot=shot)
    return stored.id


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def context(store: CaseStore, dialogs: ScriptedDialogs) -> Iterator[AppContext]:
    tasks = TaskRunner()
    yield AppContext(
        settings=Settings(),
        tasks=tasks,
        store=lambda: store,
        language=lambda: "nl",
        dialogs=dialogs,
    )
    tasks.wait(5000)


@pytest.fixture
def area(qtbot, context: AppContext) -> CasesArea:  # type: ignore[no-untyped-def]
    page = CasesArea(context, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def request_item(area: CasesArea, name: str):  # type: ignore[no-untyped-def]
    top = area.tree.topLevelItem(0)
    for index in range(top.childCount()):
        if top.child(index).text(0) == name:
            area.tree.setCurrentItem(top.child(index))
            return top.child(index)
    raise AssertionError(name)


def test_empty_list_says_so(area: CasesArea) -> None:
    area.refresh()
    assert area.empty.isVisible() and not area.tree.isVisible()
    assert "no cases yet" in area.empty.text()
    selfcheck.cases(area)


def test_overdue_requests_are_highlighted(area: CasesArea, store: CaseStore) -> None:
    add_case(store, sent_days_ago=10)
    area.refresh()
    assert area.tree.isVisible()
    top = area.tree.topLevelItem(0)
    assert "photo of a child" in top.text(0)
    assert top.text(0).endswith("Something to do")
    item = request_item(area, "Facebook")
    assert item.text(1) == "Sent, waiting for an answer"
    assert item.text(2) == "Send a first reminder"
    assert item.text(3).endswith("overdue")
    assert item.foreground(3).color() == OVERDUE_COLOUR
    assert item.font(3).bold()


def test_the_case_history_reads_in_words_and_follows_changes(
    area: CasesArea, store: CaseStore
) -> None:
    """Issue 15: the log's codes are shown as sentences, newest first, dated the user's way."""
    add_case(store, sent_days_ago=10)
    area.refresh()
    area.tree.setCurrentItem(request_item(area, "Facebook"))
    assert area.history_box.isVisible()
    lines = [area.history.item(i).text() for i in range(area.history.count())]
    assert lines[-1].endswith(
        "Zaak geopend: Een foto van een kind wordt in een seksueel getinte context gebruikt"
    )
    assert any("Verzoek aan Facebook verstuurd" in line for line in lines)
    assert not any("_" in line.split(" — ", 1)[1] for line in lines)
    assert all(re.match(r"\d{2}/\d{2}/\d{4} om \d{1,2}\.\d{2} u — ", line) for line in lines)
    area.removed.click()
    assert area.history.item(0).text().endswith("Facebook: verwijderd")


def test_recent_requests_are_not_overdue(area: CasesArea, store: CaseStore) -> None:
    add_case(store, sent_days_ago=2)
    area.refresh()
    item = request_item(area, "Facebook")
    assert "overdue" not in item.text(3)
    # the context's language (nl) decides how the date reads (issue 15)
    assert item.text(3) == (NOW + timedelta(days=5)).astimezone().strftime("%d/%m/%Y")
    assert "Something to do" not in area.tree.topLevelItem(0).text(0)


def test_drafts_say_not_sent_and_can_be_marked_sent(area: CasesArea, store: CaseStore) -> None:
    add_case(store, sent_days_ago=None)
    area.refresh()
    item = request_item(area, "Reddit")
    assert item.text(2) == "Not sent yet"
    assert area.sent.isEnabled() and not area.removed.isEnabled()
    assert not area.reminder.isEnabled()
    area.sent.click()
    assert request_item(area, "Reddit").text(1) == "Sent, waiting for an answer"


@pytest.mark.parametrize(
    ("button", "status"),
    [
        ("acknowledged", Status.ACKNOWLEDGED),
        ("removed", Status.REMOVED),
        ("refused", Status.REFUSED),
    ],
)
def test_mark_status(area: CasesArea, store: CaseStore, button: str, status: Status) -> None:
    case_id = add_case(store, sent_days_ago=3)
    area.refresh()
    request_item(area, "Facebook")
    getattr(area, button).click()
    (record,) = [r for r in store.list_requests(case_id) if r.recipient_name == "Facebook"]
    assert record.status is status
    assert request_item(area, "Facebook").text(1) == record.status.label


def test_reminder_letter_is_generated_and_recorded(area: CasesArea, store: CaseStore) -> None:
    case_id = add_case(store, sent_days_ago=10)
    area.refresh()
    request_item(area, "Reddit")
    assert area.reminder.isEnabled()
    dialog = area.make_reminder()
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "https://www.reddit.com/r/x/comments/1/a/" in text
    assert "> " in text  # the original request is quoted
    assert dialog.to.text() == "contact@reddit.com"
    assert dialog.where.text().splitlines() == ["Aan: Reddit", "E-mail: contact@reddit.com"]
    assert dialog.subject.text()
    dialog.sent_button.click()
    (record,) = [r for r in store.list_requests(case_id) if r.recipient_name == "Reddit"]
    assert record.reminders_sent == 1
    assert any(e.kind == "reminder" for e in store.events(case_id))
    # the next step is now the second reminder, no longer overdue
    assert "overdue" not in request_item(area, "Reddit").text(3)


def test_escalation_letter_offers_the_right_organisations(
    area: CasesArea, store: CaseStore
) -> None:
    case_id = add_case(store, sent_days_ago=80)
    area.refresh()
    request_item(area, "Facebook")
    area.refused.click()
    request_item(area, "Facebook")
    dialog = area.make_escalation()
    assert dialog is not None
    choices = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert any("GBA/APD" in c for c in choices)
    assert any("Child Focus" in c for c in choices)
    first = dialog.text.toPlainText()
    dialog.choice.setCurrentIndex(dialog.choice.count() - 1)
    assert dialog.text.toPlainText() != first
    dialog.sent_button.click()
    assert any(e.kind == "escalation" for e in store.events(case_id))


def test_calendar_file_has_the_due_dates_and_no_web_address(
    area: CasesArea, store: CaseStore, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    add_case(store, sent_days_ago=2)
    area.refresh()
    request_item(area, "Facebook")
    dialogs.paths.append(str(tmp_path / "follow-up"))
    path = area.save_calendar()
    assert path == tmp_path / "follow-up.ics"
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") >= 4
    assert "Send a first reminder (Facebook)" in text.replace("\r\n ", "")
    assert "facebook.com" not in text and "anais" not in text.lower()


def test_calendar_file_is_made_from_the_current_state(
    area: CasesArea, store: CaseStore, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """Once the first reminder was sent, the calendar no longer asks for it (issue 15)."""
    case_id = add_case(store, sent_days_ago=10)
    area.refresh()
    request_item(area, "Reddit")
    dialog = area.make_reminder()
    assert dialog is not None
    dialog.sent_button.click()
    (record,) = [r for r in store.list_requests(case_id) if r.recipient_name == "Reddit"]
    assert record.reminders_sent == 1
    request_item(area, "Reddit")
    dialogs.paths.append(str(tmp_path / "after-reminder.ics"))
    path = area.save_calendar()
    assert path is not None
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Send a first reminder (Reddit)" not in text
    assert "Send a second reminder (Reddit)" in text


def test_dossier_pdf(
    area: CasesArea, store: CaseStore, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    add_case(store, sent_days_ago=2, tmp_path=tmp_path)
    area.refresh()
    dialogs.paths.append(str(tmp_path / "dossier.pdf"))
    path = area.export_dossier()
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert "dossier is saved" in area.message.text()


def test_delete_asks_first_and_then_really_deletes(
    area: CasesArea, store: CaseStore, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    case_id = add_case(store, sent_days_ago=2, tmp_path=tmp_path)
    assert any(evidence_dir(case_id).iterdir())
    area.refresh()
    dialogs.confirms.append(False)
    assert area.delete_case() is False
    assert store.case_ids() == [case_id]
    dialogs.confirms.append(True)
    assert area.delete_case() is True
    assert "cannot be undone" in dialogs.asked[0][1]
    assert store.case_ids() == []
    assert not evidence_dir(case_id).exists()
    assert area.empty.isVisible()


def test_due_notice_is_calm_and_opens_my_cases(qtbot, store: CaseStore) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    notice = DueNotice(lambda: store, lambda: opened.append("cases"), now=lambda: NOW)
    qtbot.addWidget(notice)
    notice.show()
    assert notice.refresh() == 0 and notice.isHidden()
    add_case(store, sent_days_ago=10)
    assert notice.refresh() == 4  # Facebook, Reddit, Google Search, Bing
    assert not notice.isHidden()
    assert notice.label.text().startswith("4 requests")
    notice.button.click()
    assert opened == ["cases"]


def test_main_window_shows_the_notice_at_start(qtbot, store: CaseStore) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.ui.main_window import MainWindow

    add_case(store, sent_days_ago=40)
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    window = MainWindow(
        AppContext(
            settings=Settings(),
            tasks=TaskRunner(),
            store=lambda: store,
            language=lambda: languages.language,
        ),
        languages,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.due_notice.isVisible()
    assert "My cases" in window.due_notice.label.text()
    window.due_notice.button.click()
    assert window.current_area() == "cases"
    area = window.stack.currentWidget()
    assert area.tree.topLevelItemCount() == 1


def test_a_draft_can_be_sent_later_from_my_cases(qtbot, store: CaseStore) -> None:  # type: ignore[no-untyped-def]
    from photosafe_desktop.core.secrets import SecretStore

    dialogs = ScriptedDialogs()
    tasks = TaskRunner()
    context = AppContext(
        settings=Settings(),
        tasks=tasks,
        store=lambda: store,
        language=lambda: "fr",
        secrets=SecretStore(),
        dialogs=dialogs,
    )
    area = CasesArea(context, now=lambda: NOW)
    qtbot.addWidget(area)
    area.show()
    case_id = add_case(store, sent_days_ago=None)
    area.refresh()
    request_item(area, "Facebook")
    assert area.send_button.isEnabled()
    dialog = area.open_send()
    assert dialog is not None
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert panel.open_form.isVisible() and panel.copy_fields
    panel.open_form.click()
    assert dialogs.opened == ["https://www.facebook.com/help/www/428478523862899"]
    panel.sent_button.click()
    dialog.reject()
    (record,) = [r for r in store.list_requests(case_id) if r.recipient_name == "Facebook"]
    assert record.status is Status.SENT
    assert request_item(area, "Facebook").text(1) == "Sent, waiting for an answer"
    tasks.wait(5000)
