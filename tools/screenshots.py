#!/usr/bin/env python3
"""Screenshots of every removal-wizard page and My cases, as a person sees them.

  QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR] [--lang nl fr] [--size 1366x768 1024x600]

The real main window is built (in a throw-away PhotoSafe home, with no network: the RDAP
look-up points at a closed local port), walked through the wizard with a made-up case
(Facebook and Reddit), and grabbed at each step. The PNGs are reduced to an 8-bit palette
to keep the repository small. Look at every PNG afterwards: nothing may be cut off.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

URLS = "https://www.facebook.com/photo/?fbid=123\nhttps://www.reddit.com/r/kamp/comments/1/foto/"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    raw = path.with_suffix(".raw.png")
    widget.grab().save(str(raw))
    with Image.open(raw) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        small.save(path, optimize=True)
    raw.unlink()
    print(f"saved {path} ({path.stat().st_size // 1024} KB)")


def shoot(out: Path, language: str, width: int, height: int) -> None:
    from PySide6.QtWidgets import QApplication

    from photosafe_desktop.core.cases.model import Category
    from photosafe_desktop.core.requests.rdap import RdapClient
    from photosafe_desktop.ui.context import build_context
    from photosafe_desktop.ui.i18n import LanguageManager
    from photosafe_desktop.ui.main_window import MainWindow
    from photosafe_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    languages = LanguageManager(app)
    languages.set_language(language)
    context = build_context(Settings(), languages)
    bootstrap = f"http://127.0.0.1:{_closed_port()}/dns.json"
    context.rdap_client = lambda: RdapClient(bootstrap, timeout=(0.5, 0.5), use_cache=False)
    window = MainWindow(context, languages)
    window.resize(width, height)
    window.show()
    tag = f"{language}-{width}x{height}"

    def grab(name: str) -> None:
        _save(window, out / f"{name}-{tag}.png")

    area = window.open_area("removal")
    wizard = area.wizard
    grab("wizard-1-what")
    wizard.what_page.buttons[Category.CSAM].click()
    grab("wizard-1b-hotline")
    wizard.back()
    wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
    wizard.where_page.links.setPlainText(URLS)
    wizard.where_page.refresh()
    grab("wizard-2-where")
    wizard.next()
    wizard.who_page.name.setText("Anaïs Dupré")
    wizard.who_page.email.setText("anais.dupre@example.org")
    wizard.who_page.person_age.setValue(9)
    grab("wizard-3-who")
    wizard.next()
    wizard.evidence_page.description.setPlainText(
        {"nl": "Foto van mijn dochter op het kamp.", "fr": "Photo de ma fille au camp."}.get(
            language, "Photo of my daughter at the camp."
        )
    )
    wizard.evidence_page.account.setText("@kampfotos")
    grab("wizard-4-evidence")
    wizard.next()
    grab("wizard-5-review")
    wizard.next()
    page = wizard.send_page
    grab("wizard-6-send")
    page.panels[0].sent_button.click()
    grab("wizard-6-send-marked")
    for row, panel in enumerate(page.panels):
        if panel.channel == "email":
            page.list.setCurrentRow(row)
            grab("wizard-6-send-email")
            break
    page.list.setCurrentRow(page.list.count() - 1)
    grab("wizard-6-send-more")
    cases = window.open_area("cases")
    grab("cases-1-list")
    tree = cases.tree
    if tree.topLevelItemCount():
        top = tree.topLevelItem(0)
        tree.setCurrentItem(top.child(0) if top.childCount() else top)
        grab("cases-2-request")
    window.close()
    languages.set_language("en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", nargs="+", default=["nl", "fr"])
    parser.add_argument("--size", nargs="+", default=["1366x768", "1024x600"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="photosafe-shots-") as home:
        os.environ["PHOTOSAFE_HOME"] = home  # a throw-away case log and settings
        for language in args.lang:
            for size in args.size:
                width, height = (int(v) for v in size.split("x"))
                os.environ["PHOTOSAFE_HOME"] = str(Path(home) / f"{language}-{size}")
                shoot(out, language, width, height)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
