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
