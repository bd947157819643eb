"""Issue 15: mail settings with ready-made providers in plain words, reachable from the menu;
the in-app guide (Help > Guide, F1) in Dutch, French and English; no made-up website."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from photosafe_desktop.core.about import BUNDLED_COMPONENTS
from photosafe_desktop.core.requests.mail_providers import mail_providers
from photosafe_desktop.core.requests.sending import SECURITY_MODES
from photosafe_desktop.core.resources import resource_path
from photosafe_desktop.ui.context import build_context
from photosafe_desktop.ui.guide import GuideDialog
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.mail_settings import MailSettingsDialog
from photosafe_desktop.ui.main_window import MainWindow
from photosafe_desktop.ui.settings import Settings


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    languages = LanguageManager(QApplication.instance())
    languages.set_language("en")
    win = MainWindow(build_context(Settings(), languages), languages)
    qtbot.addWidget(win)
    win.show()
    yield win
    languages.set_language("en")


def test_every_preset_names_its_source_page_and_date() -> None:
    data = json.loads(resource_path("mail", "providers.json").read_text(encoding="utf-8"))
    assert mail_providers(), "no provider at all"
    for item in data["providers"]:
        assert item["source"].startswith("https://"), item["id"]
        assert date.fromisoformat(item["checked"])
        assert item["security"] in SECURITY_MODES
        assert 0 < item["port"] < 65536
        assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]+", item["host"]), item["host"]
    # the Belgian providers whose own page was not found are listed as such, not guessed
    offered = {p.name for p in mail_providers()}
    for missing in data["not_found"]:
        assert missing["name"] not in offered


@pytest.mark.parametrize("provider", [p.id for p in mail_providers()])
def test_picking_a_preset_fills_the_fields(qtbot, window, provider) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_mail_settings()
    qtbot.waitExposed(dialog)
    chosen = next(p for p in mail_providers() if p.id == provider)
    dialog.sender.setText("ouder@example.be")
    index = dialog.provider.findData(provider)
    dialog.provider.setCurrentIndex(index)
    dialog.provider.activated.emit(index)
    assert dialog.host.text() == chosen.host
    assert dialog.port.value() == chosen.port
    assert dialog.security.currentData() == chosen.security
    assert dialog.user.text() == "ouder@example.be"  # login is usually the address
    assert chosen.name in dialog.provider_hint.text()
    assert dialog.provider_hint.toolTip() == chosen.source
    if chosen.app_password:
        assert "app password" in dialog.provider_hint.text()
    dialog.accept()
    settings = Settings()
    assert settings.get("smtp_host") == chosen.host
    assert settings.get("smtp_port") == chosen.port
    # opened again, the dialog recognises the provider
    again = MailSettingsDialog(window.context, window)
    assert again.provider.currentData() == provider
    again.reject()


def test_the_menu_opens_the_mail_settings_in_plain_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.change_language("nl")
    assert window.mail_settings_action in window.settings_menu.actions()
    window.mail_settings_action.trigger()
    dialog = window.findChild(MailSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    labels = [
        dialog.smtp_form.labelForField(w).text()  # type: ignore[attr-defined]
        for w in (dialog.host, dialog.security)
    ]
    assert labels == ["Uitgaande &mailserver:", "B&eveiligde verbinding:"]
    texts = " ".join([*labels, *(dialog.security.itemText(i) for i in range(3))])
    for jargon in ("SMTP", "STARTTLS", "SSL", "TLS"):
        assert jargon not in texts
    dialog.reject()


@pytest.mark.parametrize(
    ("code", "photos", "removal"),
    [
        ("nl", "Foto's veilig maken om te delen", "Een beeld van het internet laten verwijderen"),
        ("fr", "Sécuriser des photos avant de les partager", "Faire retirer une image d’internet"),
        ("en", "Make photos safe to share", "Get an image removed from the internet"),
    ],
)
def test_the_guide_opens_in_each_language(qtbot, window, code, photos, removal) -> None:  # type: ignore[no-untyped-def]
    window.change_language(code)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert photos in text and removal in text
    # the guide names the workspace's own labels, as translated in the running app
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QCheckBox

    window.area("workspace")  # built when first needed
    hide_album = window.findChild(QAction, "hide_album_candidates")
    hide_text = window.findChild(QCheckBox, "hide_text_default")
    assert hide_album is not None and hide_text is not None
    for label in (hide_album.text(), hide_text.text(), "Ctrl+Shift+H"):
        assert label.replace("&", "") in text, label
    others = {"nl": "Handleiding", "fr": "Guide de PhotoSafe", "en": "PhotoSafe guide"}
    assert others[code] in text
    for other, heading in others.items():
        if other != code:
            assert heading not in text
    dialog.close()


def test_f1_opens_the_guide_at_the_part_for_the_open_area(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_area("cases")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(GuideDialog)
    if dialog is None:  # offscreen: the window may not be active, so trigger it directly
        window.guide_action.trigger()
        dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.topic == "removal"
    dialog.close()


def test_no_made_up_website_for_photosafe() -> None:
    own = next(c for c in BUNDLED_COMPONENTS if c.name == "PhotoSafe Desktop")
    assert own.url == "" or own.url.startswith("https://")
    assert own.url != "photosafe"
