"""'What this photo reveals' lists what is personal and leaves out mere facts."""

from __future__ import annotations

from pathlib import Path

from photosafe_desktop.core.i18n import Message
from photosafe_desktop.core.metadata.inspect import Finding, Risk, Severity
from photosafe_desktop.ui.workspace.album import PhotoEntry, Stage
from photosafe_desktop.ui.workspace.findings_panel import FindingsPanel


def _finding(severity: Severity, text: str) -> Finding:
    return Finding("test." + severity.value, Risk.DEVICE, severity, Message("Findings", text), "")


def test_info_findings_are_not_listed(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    entry = PhotoEntry(Path("x.jpg"), stage=Stage.READY)
    entry.findings = (_finding(Severity.INFO, "This photo is 800 by 600 pixels."),)
    panel.show_entry(entry)
    assert "No hidden information" in panel.body.text()
    entry.findings = (*entry.findings, _finding(Severity.HIGH, "This photo names people."))
    panel.show_entry(entry)
    assert "names people" in panel.body.text()
    assert "800 by 600" not in panel.body.text()


def test_the_date_a_photo_was_taken_reads_the_users_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: a camera writes 2025:07:14 15:02:00; people read 14/07/2025 om 15.02 u."""
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.core.metadata.findings import Collector
    from photosafe_desktop.ui.i18n import LanguageManager

    collector = Collector()
    collector.add("time.taken", "2025:07:14 15:02:00")
    entry = PhotoEntry(Path("x.jpg"), stage=Stage.READY)
    entry.findings = collector.findings()
    assert entry.findings[0].value == "2025:07:14 15:02:00"  # the JSON keeps what was read
    languages = LanguageManager(QApplication.instance())
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    try:
        for language, expected in (
            ("nl", "14/07/2025 om 15.02 u"),
            ("fr", "14/07/2025 à 15 h 02"),
            ("en", "14 July 2025 at 15:02"),
        ):
            languages.set_language(language)
            panel.show_entry(entry)
            assert expected in panel.body.text(), panel.body.text()
            assert "2025:07:14" not in panel.body.text()
    finally:
        languages.set_language("en")
