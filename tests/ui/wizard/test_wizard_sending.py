"""The send page for real: web form, SMTP to a local server, .eml, an organisation's API;
every attempt in the case log; passwords and tokens never in settings, files or logs."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import logging
from pathlib import Path

import pytest
from local_servers import ApiServer, smtp_server
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.core.cases.store import CaseStore
from photosafe_desktop.core.logsetup import setup_logging
from photosafe_desktop.core.secrets import SecretStore
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.mail_settings import MailSettingsDialog
from photosafe_desktop.ui.wizard.send_page import RequestPanel
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.fake_keyring import MemoryKeyring, installed
from tests.ui.dialogs import Recorder
from tests.ui.wizard.test_wizard_flow import walk_to_review

PASSWORD = "Wachtwoord-ë-42"
TOKEN = "tok-ORG-secret-77"
REDDIT = "https://www.reddit.com/r/kamp/comments/1/foto/"  # Reddit takes e-mail
FACEBOOK = "https://www.facebook.com/photo/?fbid=123"


def panel_named(wizard: RemovalWizard, name: str) -> RequestPanel:
    for row, panel in enumerate(wizard.send_page.panels):
        if panel.record.recipient_name == name:
            wizard.send_page.list.setCurrentRow(row)
            return panel
    raise AssertionError(name)


def use_local_smtp(
    context: AppContext, port: int, *, user: str = "ouder", sender: str = "ouder@example.be"
) -> None:
    """Point the mail settings at the test's own SMTP server on 127.0.0.1 (no encryption)."""
    for key, value in (
        ("smtp_host", "127.0.0.1"),
        ("smtp_port", port),
        ("smtp_security", "none"),
        ("smtp_user", user),
        ("smtp_from", sender),
    ):
        context.settings.set(key, value)


def _to_send_page(wizard: RemovalWizard, category: Category = Category.CHILD_PHOTO_MISUSE) -> None:
    walk_to_review(wizard, category, f"{FACEBOOK}\n{REDDIT}")
    wizard.next()


def _no_secret_in(home: Path, *secrets: str) -> None:
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                assert secret.encode() not in data, path


def test_web_form_opens_the_exact_page_with_fields_to_copy(
    wizard: RemovalWizard, store: CaseStore, recorder
) -> None:  # type: ignore[no-untyped-def]
    _to_send_page(wizard)
    panel = panel_named(wizard, "Facebook")
    assert panel.open_form.isVisible() and panel.fields_box.isVisible()
    assert not panel.send_mail.isVisible()
    panel.open_form.click()
    assert recorder.opened == ["https://www.facebook.com/help/www/428478523862899"]
    urls_field = panel.copy_fields[0]
    assert FACEBOOK in urls_field.value
    urls_field.copy_button.click()
    assert QGuiApplication.clipboard().text() == urls_field.value
    assert any("Parents cannot use this form" in n for n in panel.notes.text().splitlines())
    panel.sent_button.click()
    record = store.get_request(panel.record.id)
    assert record.status is Status.SENT and record.sent_at is not None
    kinds = [e.kind for e in store.events(record.case_id) if e.request_id == record.id]
    assert "web_form_opened" in kinds and "sent" in kinds


@pytest.fixture
def file_log(photosafe_home: Path):  # type: ignore[no-untyped-def]
    logger = logging.getLogger("photosafe_desktop")
    level = logger.level
    setup_logging(logging.DEBUG)
    yield photosafe_home / "logs" / "photosafe.log"
    for handler in list(logger.handlers):
        if getattr(handler, "_photosafe", False):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def test_smtp_send_to_a_real_server_asks_the_password_and_stores_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    file_log: Path,
    wizard: RemovalWizard,
    store: CaseStore,
    context: AppContext,
    recorder: Recorder,
    photosafe_home: Path,
) -> None:
    recorder.secrets.extend([PASSWORD, PASSWORD])
    with smtp_server(user="ouder", password=PASSWORD) as (port, handler):
        use_local_smtp(context, port)
        _to_send_page(wizard, Category.SEXUALISED_CONTEXT)
        panel = panel_named(wizard, "Reddit")
        assert panel.send_mail.isVisible() and panel.address.text() == "contact@reddit.com"
        assert wizard.send_page.keyring_notice.isVisible()  # no keyring: it says so
        panel.send_mail.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
        assert "Sent" in panel.result.text(), panel.result.text()
        # sending again is deliberate and confirmed; the password is asked again
        recorder.confirms.append(True)
        panel.resend_mail.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
    assert [kind for kind, _text in recorder.asked] == ["secret", "confirm", "secret"]
    assert len(handler.messages) == 2
    received = handler.messages[0]
    assert received.rcpt_tos == ["contact@reddit.com"]
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert message["From"] == "Anaïs Dupré <ouder@example.be>"
    assert message["Subject"] == panel.record.subject
    assert (
        "Anaïs Dupré" in message.get_content()
    )  # non-ASCII survives SMTP (no description: a minor)
    record = store.get_request(panel.record.id)
    assert record.status is Status.SENT
    assert [e.kind for e in store.events(record.case_id) if e.request_id == record.id].count(
        "sent"
    ) == 2
    _no_secret_in(photosafe_home, PASSWORD)
    # the log has no address, URL or name either (the case log has them, on purpose)
    log_text = file_log.read_text(encoding="utf-8")
    assert "request sent by e-mail" in log_text
    for private in ("contact@reddit.com", "ouder@example.be", "reddit.com/r/kamp", "Anaïs"):
        assert private not in log_text


def test_a_second_click_does_not_send_the_same_email_twice(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: RemovalWizard,
    store: CaseStore,
    context: AppContext,
    recorder: Recorder,
) -> None:
    """Issue 15: once sent, the button is off and says so; a resend asks first."""
    recorder.secrets.extend([PASSWORD, PASSWORD])
    with smtp_server(user="ouder", password=PASSWORD) as (port, handler):
        use_local_smtp(context, port)
        _to_send_page(wizard, Category.SEXUALISED_CONTEXT)
        panel = panel_named(wizard, "Reddit")
        assert not panel.resend_mail.isVisible()
        panel.send_mail.click()
        panel.send_mail.click()  # while sending
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
        panel.send_mail.click()  # after it was sent
        panel.send_by_email()  # even called directly (a keyboard shortcut, a double click)
        qtbot.wait(200)
        assert not panel.busy
        assert len(handler.messages) == 1
        assert not panel.send_mail.isEnabled()
        assert panel.send_mail.text().startswith("Sent on ")
        assert panel.resend_mail.isVisible()
        # a resend that is not confirmed sends nothing
        recorder.confirms.append(False)
        panel.resend_mail.click()
        qtbot.wait(200)
        assert len(handler.messages) == 1
        # a confirmed resend sends it once more
        recorder.confirms.append(True)
        panel.resend_mail.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
    assert len(handler.messages) == 2
    assert [kind for kind, _text in recorder.asked] == ["secret", "confirm", "confirm", "secret"]


def test_a_form_that_does_not_open_shows_the_address_to_copy(
    wizard: RemovalWizard, store: CaseStore, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: when no browser opened, the panel does not claim it did."""
    monkeypatch.setattr(recorder, "open_url", lambda url: False)
    _to_send_page(wizard)
    panel = panel_named(wizard, "Facebook")
    panel.open_form.click()
    assert "did not open" in panel.result.text()
    assert "opening in your browser" not in panel.result.text()
    assert panel.open_failed_row.isVisible()
    QGuiApplication.clipboard().clear()
    panel.copy_address.click()
    assert QGuiApplication.clipboard().text() == "https://www.facebook.com/help/www/428478523862899"
    kinds = [e.kind for e in store.events(panel.record.case_id)]
    assert "web_form_opened" not in kinds


def test_smtp_failure_is_logged_in_the_case_and_shown_plainly(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: RemovalWizard,
    store: CaseStore,
    context: AppContext,
    recorder: Recorder,
) -> None:
    recorder.secrets.append("wrong")
    with smtp_server(user="ouder", password=PASSWORD) as (port, handler):
        use_local_smtp(context, port)
        _to_send_page(wizard, Category.SEXUALISED_CONTEXT)
        panel = panel_named(wizard, "Reddit")
        panel.send_mail.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
    assert "password" in panel.result.text()
    assert handler.messages == []
    record = store.get_request(panel.record.id)
    assert record.status is Status.DRAFT
    failed = [e for e in store.events(record.case_id) if e.kind == "send_failed"]
    assert failed and failed[0].detail == "email: auth_failed"


def test_save_as_eml(
    wizard: RemovalWizard,
    store: CaseStore,
    context: AppContext,
    recorder: Recorder,
    tmp_path: Path,
) -> None:
    target = tmp_path / "snap"
    recorder.paths.append(str(target))
    shared_photos = tmp_path / "safe copies to share"
    shared_photos.mkdir()
    context.settings.set("last_export_dir", str(shared_photos))
    context.settings.set("last_import_dir", str(shared_photos))
    _to_send_page(wizard, Category.SEXUALISED_CONTEXT)
    panel = panel_named(wizard, "Reddit")
    panel.save_eml_button.click()
    # issue 15: suggested in Documents, never in the folder of photos meant for sharing
    (suggested,) = recorder.save_defaults
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(suggested).parent == Path(documents)
    assert context.settings.get("last_export_dir") == str(shared_photos)
    saved = tmp_path / "snap.eml"
    message = email.message_from_bytes(saved.read_bytes(), policy=email.policy.default)
    assert message["To"] == "contact@reddit.com"
    assert message["X-Unsent"] == "1"
    assert "Anaïs Dupré" in message.get_content()
    events = [e.kind for e in store.events(panel.record.case_id)]
    assert "eml_saved" in events


def test_api_channel_with_token_from_the_keyring(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: RemovalWizard,
    store: CaseStore,
    context: AppContext,
    photosafe_home: Path,
) -> None:
    with installed(MemoryKeyring()) as backend, ApiServer() as server:
        context.secrets = SecretStore()
        context.settings.set("api_endpoint", server.url)
        assert context.secrets.set(f"api:{server.url}", TOKEN)
        _to_send_page(wizard)
        panel = panel_named(wizard, "Facebook")
        assert panel.send_api.isVisible()
        panel.send_api.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
        (call,) = server.calls
        assert call.headers["Authorization"] == f"Bearer {TOKEN}"
        body = call.json()
        assert body["recipient"] == "Facebook" and body["request_id"] == panel.record.id
        assert store.get_request(panel.record.id).status is Status.SENT
        sent = [e for e in store.events(panel.record.case_id) if e.kind == "sent"]
        assert sent[-1].detail == "api: HTTP 201 REF-1"
        # a refusal (4xx) is not retried and the request stays as it was
        server.script = [(400, {"message": "unknown platform"}, 0.0)]
        other = panel_named(wizard, "Reddit")
        other.send_api.click()
        qtbot.waitUntil(lambda: not other.busy, timeout=15000)
        assert len(server.calls) == 2
        assert "unknown platform" in other.result.text()
        assert store.get_request(other.record.id).status is Status.DRAFT
        assert list(backend.store.values()) == [TOKEN]
    _no_secret_in(photosafe_home, TOKEN)


def test_mail_settings_without_keyring_store_no_password(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    photosafe_home: Path,
) -> None:
    dialog = MailSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_frame.isVisible()
    assert "stores no password" in dialog.keyring_text.text()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.host.setText("smtp.example.be")
    dialog.user.setText("ouder")
    dialog.sender.setText("ouder@example.be")
    dialog.password.setText(PASSWORD)
    dialog.endpoint.setText("https://intake.example.be/v1")
    dialog.token.setText(TOKEN)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.settings.get("smtp_host") == "smtp.example.be"
    ini = (photosafe_home / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "smtp.example.be" in ini
    _no_secret_in(photosafe_home, PASSWORD, TOKEN)


def test_mail_settings_with_keyring_and_test_connection(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    photosafe_home: Path,
) -> None:
    with (
        installed(MemoryKeyring()) as backend,
        smtp_server(user="ouder", password=PASSWORD) as (
            port,
            _handler,
        ),
    ):
        secrets = SecretStore()
        dialog = MailSettingsDialog(dataclasses.replace(context, secrets=secrets))
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.keyring_frame.isVisible()
        assert dialog.remember.isEnabled() and dialog.remember.isChecked()
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(port)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.user.setText("ouder")
        dialog.sender.setText("ouder@example.be")
        dialog.password.setText("wrong")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: not dialog.testing, timeout=15000)
        assert "password" in dialog.test_result.text()
        dialog.password.setText(PASSWORD)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: not dialog.testing, timeout=15000)
        assert "works" in dialog.test_result.text()
        dialog.buttons.accepted.emit()
        assert backend.store == {("PhotoSafe Desktop", "smtp:ouder@127.0.0.1"): PASSWORD}
    _no_secret_in(photosafe_home, PASSWORD)


def test_an_address_typed_on_the_send_page_is_kept_in_the_case(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: RemovalWizard,
    store: CaseStore,
    recorder: Recorder,
    tmp_path: Path,
) -> None:
    walk_to_review(wizard, Category.HARASSMENT, "https://pesters.example.be/foto/3")
    qtbot.waitUntil(lambda: not wizard.where_page.lookups_running(), timeout=10000)
    wizard.next()
    panel = panel_named(wizard, "pesters.example.be")
    assert panel.address.text() == ""
    panel.address.setText("abuse@pesters.example.be")
    recorder.paths.append(str(tmp_path / "host.eml"))
    panel.save_eml_button.click()
    message = email.message_from_bytes(
        (tmp_path / "host.eml").read_bytes(), policy=email.policy.default
    )
    assert message["To"] == "abuse@pesters.example.be"
    assert store.get_request(panel.record.id).address_or_url == "abuse@pesters.example.be"


def test_smtp_without_settings_opens_the_settings_first(
    wizard: RemovalWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []

    def exec_(self):  # type: ignore[no-untyped-def]
        opened.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MailSettingsDialog, "exec", exec_)
    _to_send_page(wizard, Category.SEXUALISED_CONTEXT)
    panel = panel_named(wizard, "Reddit")
    panel.send_mail.click()
    assert opened == [True]
    assert not panel.busy and panel.result.text() == ""

    def save_nothing(self):  # type: ignore[no-untyped-def]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MailSettingsDialog, "exec", save_nothing)
    panel.send_mail.click()
    assert "not set up yet" in panel.result.text()
