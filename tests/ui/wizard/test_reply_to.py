"""Issue 15: an e-mail goes out from the mail account with the requester's name; answers go
to the address given in the letter (Reply-To), or the panel warns that none is known.
Checked on the headers a real local SMTP server (aiosmtpd) received."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from local_servers import smtp_server

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.wizard.wizard import RemovalWizard
from tests.ui.dialogs import Recorder
from tests.ui.wizard.test_wizard_flow import walk_to_review
from tests.ui.wizard.test_wizard_sending import panel_named, use_local_smtp

REDDIT = "https://www.reddit.com/r/kamp/comments/1/foto/"
FACEBOOK = "https://www.facebook.com/photo/?fbid=123"


def _send(qtbot, wizard, context, requester_email: str, account: str):  # type: ignore[no-untyped-def]
    with smtp_server() as (port, handler):
        use_local_smtp(context, port, user="", sender=account)
        walk_to_review(
            wizard, Category.SEXUALISED_CONTEXT, f"{FACEBOOK}\n{REDDIT}", email=requester_email
        )
        wizard.next()
        panel = panel_named(wizard, "Reddit")
        warning = panel.reply_warning.text() if panel.reply_warning.isVisible() else ""
        panel.send_mail.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
        assert "Sent" in panel.result.text(), panel.result.text()
    assert len(handler.messages) == 1
    message = email.message_from_bytes(handler.messages[0].data, policy=email.policy.default)
    return message, warning


def test_reply_to_is_the_address_in_the_letter(qtbot, wizard, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    message, warning = _send(qtbot, wizard, context, "anais.dupre@example.org", "gezin@example.be")
    assert message["From"] == "Anaïs Dupré <gezin@example.be>"
    assert message["Reply-To"] == "Anaïs Dupré <anais.dupre@example.org>"
    assert "anais.dupre@example.org" in message.get_content()  # the letter gives it too
    assert warning == ""


def test_no_reply_to_when_the_letter_gives_the_account_itself(qtbot, wizard, context) -> None:  # type: ignore[no-untyped-def]
    message, warning = _send(qtbot, wizard, context, "Gezin@Example.be", "gezin@example.be")
    assert message["From"] == "Anaïs Dupré <gezin@example.be>"
    assert message["Reply-To"] is None
    assert warning == ""


def test_a_letter_without_an_address_warns_before_sending(qtbot, wizard, context) -> None:  # type: ignore[no-untyped-def]
    message, warning = _send(qtbot, wizard, context, "", "gezin@example.be")
    assert message["Reply-To"] is None
    assert "gezin@example.be" in warning and "answers" in warning


def test_the_eml_file_carries_the_reply_address_too(
    wizard: RemovalWizard, context: AppContext, recorder: Recorder, tmp_path: Path
) -> None:
    context.settings.set("smtp_from", "gezin@example.be")
    walk_to_review(wizard, Category.SEXUALISED_CONTEXT, f"{FACEBOOK}\n{REDDIT}")
    wizard.next()
    panel = panel_named(wizard, "Reddit")
    target = tmp_path / "reddit.eml"
    recorder.paths.append(str(target))
    panel.save_eml_button.click()
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["From"] == "Anaïs Dupré <gezin@example.be>"
    assert message["Reply-To"] == "Anaïs Dupré <anais.dupre@example.org>"


@pytest.mark.parametrize("account", ["", "gezin@example.be"])
def test_the_warning_names_what_happens_to_answers(wizard, context, account) -> None:  # type: ignore[no-untyped-def]
    context.settings.set("smtp_from", account)
    walk_to_review(wizard, Category.SEXUALISED_CONTEXT, f"{FACEBOOK}\n{REDDIT}", email="")
    wizard.next()
    panel = panel_named(wizard, "Reddit")
    assert panel.reply_warning.isVisible()
    if account:
        assert account in panel.reply_warning.text()
    else:
        assert "cannot answer" in panel.reply_warning.text()
