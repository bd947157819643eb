"""Issue 15: the send page at a small screen (1024x600) keeps each recipient's actions and
status in view, and the mouse wheel over a letter box scrolls the page, not the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import LanguageManager
from photosafe_desktop.ui.wizard.area import RemovalArea
from photosafe_desktop.ui.wizard.send_page import RequestPanel
from tests.ui.wizard.test_wizard_flow import walk_to_review

SCREEN = (1024, 600)
REDDIT = "https://www.reddit.com/r/kamp/comments/1/foto/"
FACEBOOK = "https://www.facebook.com/photo/?fbid=123"


def _in_view(widget: QWidget, window: QWidget) -> bool:
    """Entirely visible: shown, not clipped by a scroll area, inside the window."""
    if not widget.isVisible():
        return False
    region = widget.visibleRegion()
    if region.isEmpty() or region.boundingRect().size() != widget.size():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    # the screen, not the window: a window that grew past 1024x600 is cut off too
    width, height = min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1])
    return (
        top_left.x() >= 0
        and top_left.y() >= 0
        and top_left.x() + widget.width() <= width
        and top_left.y() + widget.height() <= height
    )


def _area(qtbot, context: AppContext) -> RemovalArea:  # type: ignore[no-untyped-def]
    area = RemovalArea(context)
    qtbot.addWidget(area)
    area.resize(*SCREEN)
    area.show()
    area.on_shown()
    qtbot.waitExposed(area)
    return area


def _panel(area: RemovalArea, name: str) -> RequestPanel:
    page = area.wizard.send_page
    for row, panel in enumerate(page.panels):
        if panel.record.recipient_name == name:
            page.list.setCurrentRow(row)
            return panel
    raise AssertionError(name)


ACTIONS = ("open_form", "send_mail", "save_eml_button", "copy_all", "sent_button")


@pytest.fixture
def languages(qapp):  # type: ignore[no-untyped-def]
    manager = LanguageManager(QApplication.instance())
    yield manager
    manager.set_language("en")  # removes this manager's translators again


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_after_marking_sent_the_status_and_actions_are_in_view(
    qtbot, context, languages, language
) -> None:  # type: ignore[no-untyped-def]
    languages.set_language(language)
    area = _area(qtbot, context)
    walk_to_review(area.wizard, Category.SEXUALISED_CONTEXT, f"{FACEBOOK}\n{REDDIT}")
    area.wizard.next()
    panels = area.wizard.send_page.panels
    assert {p.channel for p in panels} >= {"web_form", "email"}
    for row, panel in enumerate(panels):
        area.wizard.send_page.list.setCurrentRow(row)
        QApplication.processEvents()
        name = panel.record.recipient_name
        shown = [a for a in ACTIONS if not getattr(panel, a).isHidden()]
        assert "sent_button" in shown and "copy_all" in shown, name
        assert ("send_mail" in shown) == (panel.channel == "email"), name
        for attribute in shown:
            assert _in_view(getattr(panel, attribute), area), (name, attribute)
        panel.sent_button.click()
        QApplication.processEvents()
        assert panel.result.text(), name
        assert _in_view(panel.result, area), name
        assert _in_view(panel.status, area), name
        assert panel.status.text() != "", name
        for attribute in shown:
            assert _in_view(getattr(panel, attribute), area), (name, attribute)


def _wheel(target: QWidget, delta: int = -360) -> None:
    position = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(
        position,
        target.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


def test_the_wheel_over_a_letter_box_scrolls_the_page(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    area = _area(qtbot, context)
    walk_to_review(area.wizard, Category.CHILD_PHOTO_MISUSE, f"{FACEBOOK}\n{REDDIT}")
    area.wizard.next()
    panel = _panel(area, "Facebook")
    QApplication.processEvents()
    boxes = [
        box
        for box in panel.findChildren(QAbstractScrollArea)
        if box.isVisible() and box is not panel.scroll
    ]
    assert boxes, "no letter text box visible"
    box = max(boxes, key=lambda b: b.verticalScrollBar().maximum())
    page_bar = panel.scroll.verticalScrollBar()
    assert page_bar.maximum() > 0, "the page needs scrolling for this test"
    box_before = box.verticalScrollBar().value()
    _wheel(box.viewport())
    assert page_bar.value() > 0
    assert box.verticalScrollBar().value() == box_before
    # once the reader clicks into the box, the wheel scrolls the box itself
    page_before = page_bar.value()
    box.setFocus()
    QApplication.processEvents()
    if box.hasFocus():  # offscreen windows take focus only when active
        _wheel(box.viewport())
        assert box.verticalScrollBar().value() > box_before
        assert page_bar.value() == page_before


def test_every_page_keeps_the_wizard_buttons_in_view_at_1024x600(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """The evidence page with its support lines used to push Next off a 1024x600 screen."""
    from PySide6.QtWidgets import QWizard

    area = _area(qtbot, context)
    wizard = area.wizard
    seen = []

    def check() -> None:
        QApplication.processEvents()
        shown = [
            wizard.button(which)
            for which in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
            )
            if wizard.button(which).isVisible()
        ]
        assert shown, wizard.currentId()
        for button in shown:
            assert _in_view(button, area), (wizard.currentId(), button.text())
        seen.append(wizard.currentId())

    wizard.what_page.buttons[Category.CHILD_PHOTO_MISUSE].click()
    wizard.where_page.links.setPlainText(f"{FACEBOOK}\n{REDDIT}")
    wizard.where_page.refresh()
    check()
    wizard.next()
    wizard.who_page.name.setText("Anaïs Dupré")
    wizard.who_page.email.setText("anais.dupre@example.org")
    wizard.who_page.person_age.setValue(9)
    check()
    wizard.next()
    wizard.evidence_page.sextortion.setChecked(True)  # the tallest version of the page
    check()
    wizard.next()
    check()
    wizard.next()
    check()
    assert len(set(seen)) == 5
