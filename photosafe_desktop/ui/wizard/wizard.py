"""The removal wizard: calm questions, one at a time, that end with requests actually sent.

Pages: what happened -> (a sexual image of a child: the hotline page, and nothing else) ->
where -> who you are -> evidence -> review (a commit page: the case is saved here) -> send.
"""

from __future__ import annotations

import logging
from datetime import timezone

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from photosafe_desktop.core.cases.model import (
    Case,
    Category,
    Requester,
    RequesterRole,
    Urgency,
)
from photosafe_desktop.core.requests.directory import Directory
from photosafe_desktop.core.requests.recipients import HostContact
from photosafe_desktop.core.requests.safeguards import Safeguards, evaluate
from photosafe_desktop.core.requests.triage import TriageResult, triage
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.wizard.evidence_page import EvidencePage
from photosafe_desktop.ui.wizard.review_page import ReviewPage
from photosafe_desktop.ui.wizard.send_page import SendPage
from photosafe_desktop.ui.wizard.state import (
    PAGE_EVIDENCE,
    PAGE_HOTLINE,
    PAGE_REVIEW,
    PAGE_SEND,
    PAGE_WHAT,
    PAGE_WHERE,
    PAGE_WHO,
    Answers,
)
from photosafe_desktop.ui.wizard.what_page import HotlinePage, WhatPage
from photosafe_desktop.ui.wizard.where_page import WherePage
from photosafe_desktop.ui.wizard.who_page import WhoPage

log = logging.getLogger(__name__)


class RemovalWizard(QWizard):
    """Emits ``case_saved(case_id)`` once the case and its requests are in the case log."""

    case_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.answers = Answers()
        self.host_contacts: dict[str, HostContact] = {}
        self.case: Case | None = None
        self.saved_case_id = ""
        self._closing = False
        self.setObjectName("RemovalWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.what_page = WhatPage(self)
        self.hotline_page = HotlinePage(self)
        self.where_page = WherePage(self)
        self.who_page = WhoPage(self)
        self.evidence_page = EvidencePage(self)
        self.review_page = ReviewPage(self)
        self.send_page = SendPage(self)
        for page_id, page in (
            (PAGE_WHAT, self.what_page),
            (PAGE_HOTLINE, self.hotline_page),
            (PAGE_WHERE, self.where_page),
            (PAGE_WHO, self.who_page),
            (PAGE_EVIDENCE, self.evidence_page),
            (PAGE_REVIEW, self.review_page),
            (PAGE_SEND, self.send_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_WHAT)
        self.retranslate()

    # -- state ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.context.language()

    def directory(self) -> Directory:
        return self.context.directory()

    def build_case(self) -> Case:
        """The case from the answers so far (category and URLs must be set)."""
        a = self.answers
        if a.category is None:
            raise ValueError("no category chosen")
        requester = Requester(
            role=a.role,
            name=a.name.strip(),
            email=a.email.strip(),
            organisation=a.organisation.strip() if a.role is RequesterRole.ORGANISATION else "",
        )
        return Case(
            category=a.category,
            requester=requester,
            urls=a.urls,
            seen_at=a.seen_at.astimezone(timezone.utc),
            description=a.description.strip(),
            urgency=Urgency.URGENT if a.urgent else Urgency.NORMAL,
            person_name=a.person_name.strip(),
            person_age=a.person_age,
            age_unsure=a.age_unsure and a.person_age is None,
            sexual_deepfake=a.sexual_deepfake and a.category is Category.IMPERSONATION,
            sextortion=a.sextortion,
            account_name=a.account_name.strip(),
        )

    def sketch_case(self) -> Case:
        """What is known so far about who is shown and what happened (no personal details):
        enough to decide what may be kept and who can help."""
        a = self.answers
        category = a.category or Category.CHILD_PHOTO_MISUSE
        return Case(
            category=category,
            requester=Requester(a.role),
            urls=a.urls or ("https://example.invalid/",),
            seen_at=a.seen_at,
            person_age=a.person_age,
            age_unsure=a.age_unsure and a.person_age is None,
            sexual_deepfake=a.sexual_deepfake and category is Category.IMPERSONATION,
            sextortion=a.sextortion,
        )

    def triage(self) -> TriageResult:
        """Triage of what is known so far: the category, who is asking and the age."""
        return triage(self.sketch_case(), self.directory())

    def safeguards(self) -> Safeguards:
        return evaluate(self.sketch_case(), self.language)

    def choose(self, category: Category) -> None:
        """Record what happened and go on (a CSAM choice goes to the hotline page)."""
        if category is not self.answers.category:
            self.answers.category = category
            self.case = None
            self.who_page.apply_category(category)  # the role default follows the category
            if category is Category.CSAM:
                # nothing about the content is kept: forget anything typed earlier
                self.answers = Answers(category=category)
                self.host_contacts = {}
                for page in (self.where_page, self.who_page, self.evidence_page):
                    page.reset()
        self.next()

    DEFAULT_BUTTONS = (
        QWizard.WizardButton.Stretch,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )

    def restart_fresh(self) -> None:
        self.setButtonLayout(list(self.DEFAULT_BUTTONS))
        self.answers = Answers()
        self.host_contacts = {}
        self.case = None
        self.saved_case_id = ""
        for page_id in self.pageIds():
            reset = getattr(self.page(page_id), "reset", None)
            if reset is not None:
                reset()
        self.restart()

    def has_unsaved_answers(self) -> bool:
        """Something was filled in that stopping now would lose."""
        return (
            self.answers.category is not None
            and not self.saved_case_id
            and self.currentId() not in (PAGE_WHAT, PAGE_HOTLINE)
        )

    def reject(self) -> None:
        """Cancel (or Escape) asks first when it would throw away what was filled in."""
        if self.has_unsaved_answers() and not self._closing:
            stop = self.context.dialogs.confirm(
                self,
                self.tr("Stop here?"),
                self.tr(
                    "What you filled in is not saved yet. If you stop now, you will have to "
                    "start again. Stop anyway?"
                ),
            )
            if not stop:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # the window closing (the app quitting) is not the user pressing Cancel: no question
        self._closing = True
        try:
            super().closeEvent(event)
        finally:
            self._closing = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        """Keep the keyboard focus in the field the user is typing in.

        Whenever a page's ``completeChanged`` fires (on every keystroke in the web-address
        field), QWizard hides its page area for a moment to avoid flicker. Hiding a widget
        that holds the focus makes Qt move the focus to the next widget in the chain, which
        for a wizard embedded in the main window is a button outside it ("Back to the
        start"): the next key then goes there, and a Space leaves the form. A real Tab press
        comes from a visible widget; only that one may move the focus.
        """
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and not focused.isVisible():
            return True
        return super().focusNextPrevChild(next)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Get an image removed"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Save and go to sending"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
