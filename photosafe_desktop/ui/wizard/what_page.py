"""Page 1, what happened; and the hotline page for a sexual image of a child.

The hotline page is a hard stop: report the web address to Child Focus, call 116 000, do not
download or screenshot. It offers nothing else: no upload, no screenshot, no e-mail.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.model import Category
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.icons import themed_icon
from photosafe_desktop.ui.widgets import ChoiceButton, notice_frame, wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage
from photosafe_desktop.ui.wizard.state import PAGE_HOTLINE, PAGE_WHERE

#: the order a worried parent reads them in
CHOICES = (
    Category.CHILD_PHOTO_MISUSE,
    Category.SEXUALISED_CONTEXT,
    Category.CSAM,
    Category.INTIMATE_IMAGE_MINOR,
    Category.INTIMATE_IMAGE_ADULT,
    Category.HIDDEN_CAMERA,
    Category.HARASSMENT,
    Category.IMPERSONATION,
)


class _Choice(ChoiceButton):
    """A choice that Enter also picks (Space does, as for any button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class WhatPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setSpacing(10)
        self.buttons: dict[Category, ChoiceButton] = {}
        for index, category in enumerate(CHOICES):
            button = _Choice()
            button.setObjectName(f"choice_{category.value}")
            button.setIcon(themed_icon("removal" if category is not Category.CSAM else "back"))
            button.setIconSize(QSize(0, 0))
            button.clicked.connect(lambda _=False, c=category: self.wiz().choose(c))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[category] = button
        grid.setRowStretch(len(CHOICES) // 2, 1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.setFocusProxy(self.buttons[CHOICES[0]])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What happened?"))
        self.setSubTitle(self.tr("Choose what fits best. You can go back at any time."))
        self.intro.setText(
            self.tr(
                "Take a breath: you are doing the right thing. PhotoSafe asks a few short "
                "questions and then writes the requests for you. Nothing is sent without you."
            )
        )
        descriptions = {
            Category.CHILD_PHOTO_MISUSE: self.tr(
                "For example a photo from a camp, a party or a school, put on a website or "
                "an account without the parents' permission."
            ),
            Category.SEXUALISED_CONTEXT: self.tr(
                "An ordinary photo of a child, but shown with sexual comments, on a "
                "suspicious site or by someone who collects photos of children."
            ),
            Category.CSAM: self.tr(
                "The image itself is sexual and shows a child. Do not look further and do "
                "not save anything: PhotoSafe tells you where to report it."
            ),
            Category.INTIMATE_IMAGE_MINOR: self.tr(
                "A nude or sexual photo or video of someone under 18 (for example sent to a "
                "boyfriend or girlfriend) is being shared."
            ),
            Category.INTIMATE_IMAGE_ADULT: self.tr(
                "A nude or sexual photo or video of you, or of another adult, is shared "
                "without consent."
            ),
            Category.HIDDEN_CAMERA: self.tr(
                "Someone was filmed or photographed without knowing it, for example in a "
                "changing room or a toilet."
            ),
            Category.HARASSMENT: self.tr("Photos are posted to mock, threaten or bully someone."),
            Category.IMPERSONATION: self.tr(
                "Someone uses a photo to pretend to be someone else, or made a fake (deepfake) "
                "image of a real person."
            ),
        }
        for category, button in self.buttons.items():
            button.setText(tr_message(category.message))
            button.setDescription(descriptions[category])
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz().answers.category is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        category = self.wiz().answers.category if self.wizard() is not None else None
        return PAGE_HOTLINE if category is Category.CSAM else PAGE_WHERE


class HotlinePage(WizardPage):
    """The only page of a CSAM case: where to report, who to call, what not to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        stop, stop_layout = notice_frame("stop")
        stop.setObjectName("notice_stop")
        self.stop_title = wrapped_label(bold=True, scale=1.15)
        self.stop_text = wrapped_label()
        stop_layout.addWidget(self.stop_title)
        stop_layout.addWidget(self.stop_text)
        layout.addWidget(stop)

        self.report_title = wrapped_label(bold=True, scale=1.1)
        self.report_text = wrapped_label()
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_text)
        row = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_hotline")
        self.open_button.setMinimumHeight(40)
        bold = self.open_button.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.open_button.setFont(bold)
        self.open_button.clicked.connect(self.open_hotline)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.call_title = wrapped_label(bold=True, scale=1.1)
        self.call_text = wrapped_label()
        layout.addWidget(self.call_title)
        layout.addWidget(self.call_text)
        self.abroad_text = wrapped_label()
        self.police_text = wrapped_label()
        layout.addWidget(self.abroad_text)
        layout.addWidget(self.police_text)
        self.kept_text = wrapped_label()
        self.kept_text.setObjectName("hotline_nothing_kept")
        layout.addWidget(self.kept_text)
        layout.addStretch(1)
        self.opened: list[str] = []
        self.retranslate()

    def _hotline_url(self) -> str:
        wizard = self.wizard()
        directory = self.wiz().directory() if wizard is not None else None
        org = directory.organisation("child_focus") if directory is not None else None
        return org.url if org is not None and org.url else "https://stopchildporno.be"

    def open_hotline(self) -> None:
        url = self._hotline_url()
        self.opened.append(url)
        self.wiz().context.open_url(QUrl(url))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Report it to Child Focus"))
        self.setSubTitle(self.tr("This is a crime. You do not have to handle it alone."))
        self.stop_title.setText(self.tr("Do not download, save or screenshot the image"))
        self.stop_text.setText(
            self.tr(
                "Not even as evidence, and do not forward it to anyone. Close the page. "
                "The web address (URL) is all that is needed."
            )
        )
        self.report_title.setText(self.tr("1. Report the web address at stopchildporno.be"))
        self.report_text.setText(
            self.tr(
                "Child Focus runs the Belgian hotline. Copy the web address from your "
                "browser's address bar and paste it into their form. You may stay anonymous."
            )
        )
        self.open_button.setText(self.tr("&Open stopchildporno.be"))
        self.open_button.setAccessibleName(self.tr("Open the Child Focus report form"))
        self.call_title.setText(self.tr("2. Call Child Focus on 116 000"))
        self.call_text.setText(
            self.tr("For advice and support, for you and for the child. The number is free.")
        )
        self.abroad_text.setText(
            self.tr(
                "If the website is in another country, Child Focus passes your report to "
                "the hotline there (the INHOPE network)."
            )
        )
        self.police_text.setText(
            self.tr(
                "You can also tell the police. Give them the web address only; do not bring "
                "or send copies of the image."
            )
        )
        self.kept_text.setText(
            self.tr(
                "PhotoSafe keeps no image, no screenshot, no description and no names for "
                "this, and sends nothing to anyone. It keeps at most the web addresses and "
                "the date, and only in a case you saved."
            )
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.open_button.setFocus()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1
