from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from photosafe_desktop.app import install_crash_handler
from photosafe_desktop.core.logsetup import setup_logging


def test_a_bug_is_logged_without_personal_data_and_explained(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    log_path = setup_logging(directory=tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    previous = sys.excepthook
    try:
        install_crash_handler(log_path)
        try:
            raise ValueError("could not open /home/jan/Pictures/Lotte_zwemles.jpg")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    for handler in logging.getLogger("photosafe_desktop").handlers:
        handler.flush()
    content = log_path.read_text(encoding="utf-8")
    assert "unexpected error" in content and "ValueError" in content
    assert "Lotte" not in content and "/home/jan" not in content
    assert shown and str(log_path) in shown[0]
