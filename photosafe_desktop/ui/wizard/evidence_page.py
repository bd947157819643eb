"""Page 4, evidence: when it was seen, what it is, and an optional screenshot file (kept
unchanged, with its SHA-256) when the safety rules allow one."""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.origin.route import route_allowed
from photosafe_desktop.core.requests.safeguards import SEXTORTION_CATEGORIES, Helpline
from photosafe_desktop.ui.i18n import ui_language
from photosafe_desktop.ui.start_folders import screenshot_folder
from photosafe_desktop.ui.widgets import notice_frame, wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage
from photosafe_desktop.ui.wizard.own_photo import OwnPhotoBox


def helpline_text(line: Helpline) -> str:
    """One support line as rich text: name, number, hours, web address, who it is for."""
    from html import escape

    parts = [f"<b>{escape(line.name)}</b>"]
    if line.phone:
        parts.append(escape(line.phone))
    if line.hours:
        parts.append(escape(line.hours))
    head = " — ".join(parts)
    link = f' <a href="{escape(line.url)}">{escape(line.url)}</a>' if line.url else ""
    return f"{head}{link}<br>{escape(line.about)}"


class EvidencePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # in a scroll area: with the support lines it is taller than a 1024x600 screen, and
        # the wizard's own buttons must stay in view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        frame, frame_layout = notice_frame("info")
        self.guidance = wrapped_label()
        self.guidance.setObjectName("evidence_guidance")
        frame_layout.addWidget(self.guidance)
        layout.addWidget(frame)

        form = QFormLayout()
        self.form = form
        self.seen_at = QDateTimeEdit()
        self.seen_at.setObjectName("seen_at")
        self.seen_at.setCalendarPopup(True)
        self.seen_at.setDateTime(QDateTime.currentDateTime())
        self.account = QLineEdit()
        self.account.setObjectName("account_name")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.urgent = QCheckBox()
        self.urgent.setObjectName("urgent")
        form.addRow("seen_at", self.seen_at)
        form.addRow("account", self.account)
        form.addRow("description", self.description)
        form.addRow("", self.urgent)

        self.screenshot_row = QWidget()
        self.screenshot_row.setObjectName("screenshot_row")
        row = QHBoxLayout(self.screenshot_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.screenshot = QLineEdit()
        self.screenshot.setObjectName("screenshot")
        self.browse = QPushButton()
        self.browse.setObjectName("browse_screenshot")
        self.browse.clicked.connect(self.choose_screenshot)
        row.addWidget(self.screenshot, 1)
        row.addWidget(self.browse)
        form.addRow("screenshot", self.screenshot_row)
        layout.addLayout(form)
        self.screenshot_hint = wrapped_label()
        self.screenshot_hint.setObjectName("screenshot_hint")
        layout.addWidget(self.screenshot_hint)
        self.own_photo = OwnPhotoBox(
            lambda: self.wiz().context, lambda: self.wiz().sketch_case(), self
        )
        self.own_photo.checking_changed.connect(self.completeChanged)
        self.own_photo.matched.connect(self._own_photo_matched)
        layout.addWidget(self.own_photo)

        self.sextortion = QCheckBox()
        self.sextortion.setObjectName("sextortion")
        self.sextortion.toggled.connect(self._sextortion_changed)
        layout.addWidget(self.sextortion)
        self.sextortion_frame, sextortion_layout = notice_frame("warning")
        self.sextortion_advice = wrapped_label()
        self.sextortion_advice.setObjectName("sextortion_advice")
        sextortion_layout.addWidget(self.sextortion_advice)
        layout.addWidget(self.sextortion_frame)

        self.helplines_frame, helplines_layout = notice_frame("ok")
        self.helplines_frame.setObjectName("helplines")
        self.helplines_title = wrapped_label(bold=True)
        self.helplines_text = wrapped_label()
        self.helplines_text.setObjectName("helplines_text")
        self.helplines_text.setTextFormat(Qt.TextFormat.RichText)
        self.helplines_text.setOpenExternalLinks(False)
        self.helplines_text.linkActivated.connect(self._open_link)
        helplines_layout.addWidget(self.helplines_title)
        helplines_layout.addWidget(self.helplines_text)
        layout.addWidget(self.helplines_frame)
        self.error = wrapped_label()
        self.error.setStyleSheet("color: #a12a2a;")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.seen_at)
        self.retranslate()

    def reset(self) -> None:
        self.seen_at.setDateTime(QDateTime.currentDateTime())
        self.account.clear()
        self.description.clear()
        self.urgent.setChecked(False)
        self.sextortion.setChecked(False)
        self.screenshot.clear()
        self.own_photo.reset()
        self.error.clear()

    def _own_photo_matched(self, match: object) -> None:
        if self.wizard() is not None:
            self.wiz().answers.origin_match = match  # type: ignore[assignment]

    def own_photo_allowed(self) -> bool:
        """ "This is one of our photos" is offered only where a copy may be kept: never for
        CSAM or a minor's intimate image."""
        return self.wizard() is not None and route_allowed(self.wiz().sketch_case())

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.own_photo.checking and super().isComplete()

    def _open_link(self, url: str) -> None:
        self.wiz().context.open_url(QUrl(url))  # an explicit user action

    def _sextortion_changed(self, _checked: bool = False) -> None:
        if self.wizard() is not None:
            self.wiz().answers.sextortion = self.sextortion.isChecked()
        self._update_for_category()

    def screenshots_allowed(self) -> bool:
        return self.wiz().triage().screenshots_allowed if self.wizard() is not None else False

    def choose_screenshot(self) -> None:
        path = self.wiz().context.dialogs.open_path(
            self,
            self.tr("Choose the screenshot"),
            screenshot_folder(),  # Pictures or Downloads, never the program's folder
            self.tr(
                "Images and PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf)"
            ),
        )
        if path:
            self.screenshot.setText(path)

    def _set_label(self, widget: QWidget, text: str) -> None:
        label = self.form.labelForField(widget)
        if label is not None:
            label.setText(text)  # type: ignore[attr-defined]
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What did you see, and when?"))
        self.setSubTitle(
            self.tr("A few facts make the request stronger. Everything here is optional.")
        )
        self._set_label(self.seen_at, self.tr("&When did you see it?"))
        # the Belgian way (14/07/2025 15:02), as letters and My cases write it (issue 15)
        self.seen_at.setDisplayFormat(
            "d MMMM yyyy HH:mm" if ui_language() == "en" else "dd/MM/yyyy HH:mm"
        )
        self._set_label(self.account, self.tr("&Account that posted it (if known):"))
        self._set_label(self.description, self.tr("&What is it? (a sentence or two):"))
        self.description.setPlaceholderText(
            self.tr(
                "For example: a photo of my daughter (9) at the scout camp, posted without asking."
            )
        )
        self.urgent.setText(
            self.tr("This is &urgent (the image is spreading or there are threats)")
        )
        self._set_label(self.screenshot_row, self.tr("&Screenshot file (optional):"))
        self.screenshot.setAccessibleName(self.tr("Screenshot file (optional)"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a screenshot file"))
        self.sextortion.setText(
            self.tr(
                "Someone &threatens to share the images unless they are paid or sent more "
                "(sextortion)"
            )
        )
        self.helplines_title.setText(self.tr("People you can talk to"))
        self.helplines_text.setAccessibleName(self.tr("Support lines"))
        self.own_photo.retranslate()
        self._update_for_category()

    def _update_for_category(self) -> None:
        allowed = self.screenshots_allowed()
        wizard = self.wiz() if self.wizard() is not None else None
        safeguards = wizard.safeguards() if wizard is not None else None
        minor_rules = bool(safeguards and safeguards.minor_rules)
        # nothing describing a minor's intimate image is kept
        self.description.setVisible(not minor_rules)
        label = self.form.labelForField(self.description)
        if label is not None:
            label.setVisible(not minor_rules)
        category = wizard.answers.category if wizard is not None else None
        self.sextortion.setVisible(category in SEXTORTION_CATEGORIES)
        self.sextortion_frame.setVisible(
            self.sextortion.isVisible() and self.sextortion.isChecked()
        )
        if safeguards is not None and safeguards.minor:
            self.sextortion_advice.setText(
                self.tr(
                    "Call Child Focus first, on 116 000 (free, day and night). Do not pay and "
                    "do not send more images: it rarely stops the threats. Keep the messages "
                    "and the account name, but no sexual image. Block the person after saving "
                    "the conversation, and report it to the platform and the police."
                )
            )
        else:
            self.sextortion_advice.setText(
                self.tr(
                    "Do not pay and do not send more images: it rarely stops the threats. Keep "
                    "the conversation (messages, account name, web addresses). Block the "
                    "person after saving it, and report it to the platform and the police."
                )
            )
        lines = safeguards.helplines if safeguards is not None else ()
        self.helplines_frame.setVisible(bool(lines))
        self.helplines_text.setText("<br><br>".join(helpline_text(line) for line in lines))
        self.screenshot_row.setVisible(allowed)
        own_photo = self.own_photo_allowed()
        if not own_photo and (self.own_photo.match is not None or self.own_photo.path.text()):
            self.own_photo.reset()  # nothing of the image is kept for such a case
        self.own_photo.setVisible(own_photo)
        label = self.form.labelForField(self.screenshot_row)
        if label is not None:
            label.setVisible(allowed)
        if allowed:
            self.guidance.setText(
                self.tr(
                    "Note the date and time and the account name. A screenshot is kept "
                    "unchanged on this computer only, with a code calculated from the file "
                    "itself, so anyone can check later that it was not edited. Do not edit the "
                    "screenshot."
                )
            )
            self.screenshot_hint.setText(
                self.tr(
                    "Only if the image does not show a child in a sexual way. If it does, do "
                    "not screenshot it."
                )
            )
        else:
            self.guidance.setText(
                self.tr(
                    "The image shows someone under 18: do not screenshot, save or forward it. "
                    "The web address, the date and time and the account name are enough."
                )
            )
            self.screenshot_hint.setText("")
        self.screenshot_hint.setVisible(bool(self.screenshot_hint.text()))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._update_for_category()
        self.error.clear()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        answers = self.wiz().answers
        screenshot: Path | None = None
        if self.screenshots_allowed() and self.screenshot.text().strip():
            screenshot = Path(self.screenshot.text().strip()).expanduser()
            if not screenshot.is_file():
                self.error.setText(self.tr("The screenshot file cannot be found."))
                self.screenshot.setFocus()
                return False
        seen = self.seen_at.dateTime().toPython()
        if seen.tzinfo is None:
            seen = seen.astimezone()  # local time as the user typed it
        answers.seen_at = seen.astimezone(timezone.utc)
        answers.account_name = self.account.text().strip()
        answers.description = (
            self.description.toPlainText().strip() if not self.description.isHidden() else ""
        )
        answers.sextortion = self.sextortion.isChecked() and not self.sextortion.isHidden()
        answers.urgent = self.urgent.isChecked()
        answers.screenshot = screenshot
        answers.origin_match = self.own_photo.match if self.own_photo_allowed() else None
        self.error.clear()
        return True
