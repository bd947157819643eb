"""Types into every text field of the removal wizard the way a person does.

Each key goes to whatever widget has the keyboard focus *at that moment*
(``QApplication.focusWidget()``), one key at a time, inside the real main window. A field
that loses the focus while the user types (a button outside the wizard grabbing it, say)
shows up as text that did not arrive.

Used by the offscreen tests and, as ``python -m tests.ui.typing_driver``, under a real X
server with a window manager (``tests/ui/wizard/test_typing_through_focus.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

URL = "https://www.instagram.com/p/Kamp 2026/"
TEXT = "Ab c@1"


def pump(ms: int = 30) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def type_through_focus(text: str) -> None:
    for char in text:
        target = QApplication.focusWidget()
        if target is None:
            raise AssertionError(f"no widget has the focus before typing {char!r}")
        QTest.keyClick(target, char)
        pump(5)


def field_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.toPlainText()
    raise TypeError(type(field).__name__)


def text_fields(page: QWidget) -> Iterator[QWidget]:
    """Visible, editable text fields of a page (spin boxes' inner editors left out)."""
    for field in page.findChildren(QWidget):
        if not isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)):
            continue
        if isinstance(field.parentWidget(), QAbstractSpinBox):
            continue
        if not field.isVisible() or not field.isEnabled() or field.isReadOnly():
            continue
        yield field


def check_field(field: QWidget, text: str, failures: list[str], where: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    pump()
    if QApplication.focusWidget() is not field:
        failures.append(f"{where}: {field.objectName() or type(field).__name__} took no focus")
        return
    if isinstance(field, QLineEdit):
        field.end(False)
    else:
        field.moveCursor(field.textCursor().MoveOperation.End)
    before = field_text(field)
    type_through_focus(text)
    after = field_text(field)
    name = field.accessibleName() or field.objectName() or type(field).__name__
    if after != before + text:
        failures.append(f"{where}: typed {text!r} into {name!r}, it holds {after!r}")
    if QApplication.focusWidget() is not field:
        focused = QApplication.focusWidget()
        label = getattr(focused, "text", lambda: "")() if focused is not None else "nothing"
        failures.append(f"{where}: the focus left {name!r} for {label!r}")


def drive(window: QWidget, open_area: Callable[[str], QWidget]) -> list[str]:
    """Walk the wizard inside ``window``; returns what went wrong (empty: all typed)."""
    from photosafe_desktop.core.cases.model import Category
    from photosafe_desktop.ui.wizard.state import PAGE_EVIDENCE, PAGE_WHERE, PAGE_WHO

    failures: list[str] = []
    area = open_area("removal")
    wizard = area.wizard  # type: ignore[attr-defined]
    pump(100)
    wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
    pump()
    if wizard.currentId() != PAGE_WHERE:
        return ["the wizard did not open the 'where' page"]
    links = wizard.where_page.links
    check_field(links, URL, failures, "where")
    if links.toPlainText() != URL:
        return failures or [f"the address field holds {links.toPlainText()!r}"]
    links.setPlainText("https://www.instagram.com/p/PhotoSafeTyping/")
    wizard.next()
    pump()
    if wizard.currentId() != PAGE_WHO:
        return [*failures, "the wizard did not go to the 'who' page"]
    for field in list(text_fields(wizard.currentPage())):
        check_field(field, TEXT, failures, "who")
    wizard.who_page.name.setText("Typing Test")
    wizard.who_page.email.setText("typing@example.org")
    wizard.who_page.person_age.setValue(9)
    wizard.next()
    pump()
    if wizard.currentId() != PAGE_EVIDENCE:
        return [*failures, "the wizard did not go to the evidence page"]
    for field in list(text_fields(wizard.currentPage())):
        check_field(field, TEXT, failures, "evidence")
    wizard.next()
    pump(100)
    for field in list(text_fields(wizard.currentPage())):
        check_field(field, TEXT, failures, "review")
    return failures


def main() -> int:
    """Under a real display: the main window, a real window manager, real focus."""
    os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    from photosafe_desktop.ui.context import build_context
    from photosafe_desktop.ui.i18n import LanguageManager
    from photosafe_desktop.ui.main_window import MainWindow
    from photosafe_desktop.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    languages = LanguageManager(app)
    languages.set_language(sys.argv[1] if len(sys.argv) > 1 else "nl")
    window = MainWindow(build_context(Settings(), languages), languages)
    window.show()
    window.raise_()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    failures = drive(window, window.open_area)
    print(f"platform {app.platformName()}")
    for failure in failures:
        print(failure)
    print("typing ok" if not failures else f"typing failed: {len(failures)}")
    window.close()
    window.tasks.wait(20000)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
