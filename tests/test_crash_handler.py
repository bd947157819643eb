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


def test_a_hard_crash_leaves_its_stack_in_the_log_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """faulthandler writes a crashing decoder's Python stack next to the app's log."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = (
        "import ctypes, pathlib, sys\n"
        "from photosafe_desktop.app import enable_faulthandler\n"
        f"handle = enable_faulthandler(pathlib.Path({str(tmp_path)!r}) / 'photosafe.log')\n"
        "def decoder():\n"
        "    ctypes.string_at(0)\n"
        "decoder()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=root, timeout=120)
    assert result.returncode != 0
    text = (tmp_path / "faulthandler.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "decoder" in text
