"""The desktop app: QApplication, translators, faulthandler, the application context and
the main window; ``--smoke-test`` runs :mod:`photosafe_desktop.selfcheck`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from photosafe_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from photosafe_desktop.core import offline  # noqa: F401 - first: no telemetry, ever

log = logging.getLogger("photosafe_desktop.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="photosafe-desktop",
        description="PhotoSafe: make photos safe to share, get images removed from the internet.",
    )
    parser.add_argument("--version", action="version", version=f"PhotoSafe {__version__}")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="language of the interface")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the window, open every area, print 'smoke-test ok LANG' and exit",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="photos or folders to open")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def _prepare_environment() -> None:
    # OpenCV (pulled in by mediapipe) points Qt at its own plugins; Qt must use PySide6's.
    os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    os.environ.pop("QT_PLUGIN_PATH", None)


def create_application(argv: Sequence[str]) -> object:
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.ui.platform import (
        FileOpenHandler,
        install_fallback_font,
        prepare_high_dpi,
    )

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        prepare_high_dpi()
        app = QApplication([sys.argv[0], *argv])
    QApplication.setDesktopFileName(APP_ID)
    install_fallback_font()
    if app.findChild(FileOpenHandler) is None:  # photos opened from Finder (macOS)
        app.installEventFilter(FileOpenHandler(app))
    return app


def build_window(lang: str | None = None):  # type: ignore[no-untyped-def]
    """Create the settings, translators and main window (used by main, tests, smoke test)."""
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.ui.i18n import LanguageManager, system_language
    from photosafe_desktop.ui.icons import app_icon
    from photosafe_desktop.ui.main_window import MainWindow
    from photosafe_desktop.ui.settings import Settings

    settings = Settings()
    chosen = lang or settings.get("language") or system_language()
    app = QApplication.instance()
    languages = LanguageManager(app)
    languages.set_language(chosen)
    if not settings.get("language") or lang:
        settings.set("language", chosen)
    QApplication.setWindowIcon(app_icon())
    from photosafe_desktop.ui.context import build_context

    window = MainWindow(build_context(settings, languages), languages)
    return window


def enable_faulthandler(log_path: Path | None) -> Any:
    """A hard crash in a decoder (they run in this process too) leaves its Python stack in
    ``faulthandler.log`` next to the app's log. Returns the open file (kept for the app's
    lifetime), or None."""
    import faulthandler

    if log_path is None:
        return None
    try:
        handle = open(log_path.parent / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    faulthandler.enable(handle)
    return handle


def install_crash_handler(log_path: Path | None) -> None:
    """A bug becomes a calm message with the log's location, not a vanished window."""

    def handle(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        log.critical("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        text = QCoreApplication.translate(
            "CrashDialog",
            "PhotoSafe ran into a problem it did not expect. Your photos and cases are safe. "
            "If it happens again, please send us the log file (it contains no names, "
            "addresses or photos):\n{path}",
        ).format(path=str(log_path) if log_path else "-")
        QMessageBox.warning(None, "PhotoSafe", text)

    sys.excepthook = handle


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # worker processes of a frozen app
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from photosafe_desktop.core.logsetup import setup_logging

    log_path = None
    try:
        log_path = setup_logging()
    except OSError:
        pass  # a read-only home must not stop the app
    crash_log = enable_faulthandler(log_path)  # noqa: F841 - open while the app runs
    app = create_application([])
    if not args.smoke_test:
        install_crash_handler(log_path)
    try:
        window = build_window(args.lang)
    except Exception:  # noqa: BLE001 - report and exit non-zero
        traceback.print_exc()
        return 1
    if args.smoke_test:
        try:
            from photosafe_desktop import selfcheck

            selfcheck.run(window)
        except Exception:  # noqa: BLE001 - any failure is a failed smoke test
            traceback.print_exc()
            print(f"smoke-test FAILED {window.languages.language}", file=sys.stderr)
            return 1
        print(f"smoke-test ok {window.languages.language}", flush=True)
        window.close()
        return 0
    if args.paths:
        window.open_paths(args.paths)
    from photosafe_desktop.ui.platform import FileOpenHandler

    handler = app.findChild(FileOpenHandler)  # type: ignore[attr-defined]
    if handler is not None and hasattr(window, "open_paths"):
        handler.attach(window.open_paths)
    window.show()
    from photosafe_desktop.ui.welcome import maybe_welcome

    maybe_welcome(window)
    log.info("PhotoSafe %s started", __version__)
    return int(app.exec())  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
