"""Page 6, send: each request by its recipient's channel (panels: ``ui/requests_panel.py``).

- web form: open the exact page in the browser, a panel with each field's text and a Copy
  button, the platform's own notes, and "I have sent it";
- e-mail: through the user's SMTP account (password from the keyring or asked each time),
  or as an ``.eml`` file for any mail client;
- an organisation's intake system (API), when one is set up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from photosafe_desktop.core.cases.deadlines import Status
from photosafe_desktop.core.cases.model import Case
from photosafe_desktop.core.requests.triage import ActionKind
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.mail_settings import (
    MailSettingsDialog,
)
from photosafe_desktop.ui.requests_panel import RequestPanel
from photosafe_desktop.ui.widgets import notice_frame, wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage

log = logging.getLogger(__name__)


class SendPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFinalPage(True)
        self.case: Case | None = None
        self.panels: list[RequestPanel] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.intro = wrapped_label()
        top.addWidget(self.intro, 1)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("mail_settings")
        self.settings_button.clicked.connect(self.open_settings)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.keyring_notice = wrapped_label()
        self.keyring_notice.setObjectName("keyring_notice")
        layout.addWidget(self.keyring_notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("send_list")
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 800])
        self.list.setMinimumWidth(160)
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(320)
        layout.addWidget(splitter, 1)
        # "what else you can do" is the last entry of the list, a page of its own
        self.actions_page = QScrollArea()
        self.actions_page.setWidgetResizable(True)
        self.actions_page.setFrameShape(QFrame.Shape.NoFrame)
        self.actions_frame, actions_layout = notice_frame("info")
        self.actions_title = wrapped_label(bold=True, scale=1.15)
        self.actions_text = wrapped_label()
        self.actions_text.setObjectName("other_steps")
        self.actions_text.setTextFormat(Qt.TextFormat.RichText)
        self.actions_text.setOpenExternalLinks(True)
        self.actions_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        actions_layout.addWidget(self.actions_title)
        actions_layout.addWidget(self.actions_text)
        actions_layout.addStretch(1)
        self.actions_page.setWidget(self.actions_frame)
        self.stack.addWidget(self.actions_page)
        self.retranslate()

    def reset(self) -> None:
        self.case = None
        self.actions_item: QListWidgetItem | None = None
        self.list.clear()
        self.stack.removeWidget(self.actions_page)
        for panel in self.panels:
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.reset()
        wizard = self.wiz()
        store = wizard.context.store()
        self.case = store.get_case(wizard.saved_case_id)
        for record in store.list_requests(wizard.saved_case_id):
            panel = RequestPanel(wizard.context, self.case, record, on_changed=self.update_item)
            self.panels.append(panel)
            self.stack.addWidget(panel)
            self.list.addItem("")
            self.update_item(panel)
        self.stack.addWidget(self.actions_page)
        self.actions_item = QListWidgetItem()
        self.list.addItem(self.actions_item)
        if self.panels:
            self.list.setCurrentRow(0)
        wizard.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
        )  # the case is saved: nothing to cancel any more
        self.retranslate()

    def update_item(self, panel: RequestPanel) -> None:
        row = self.panels.index(panel)
        item = self.list.item(row)
        if item is None:
            return
        mark = "✔" if panel.record.status is not Status.DRAFT else "•"
        item.setText(f"{mark} {panel.record.recipient_name}")

    def open_settings(self) -> None:
        context = self.wiz().context
        dialog = MailSettingsDialog(context, self)
        dialog.exec()
        for panel in self.panels:
            panel.retranslate()

    def busy(self) -> bool:
        return any(p.busy for p in self.panels)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Send the requests"))
        self.setSubTitle(
            self.tr("One at a time, each the way its recipient takes it. Your case is saved.")
        )
        self.intro.setText(
            self.tr(
                "Choose a recipient on the left and follow the steps. You can also stop now "
                "and send them later from My cases."
            )
        )
        self.settings_button.setText(self.tr("E-mail &settings…"))
        self.list.setAccessibleName(self.tr("Recipients"))
        wizard = self.wizard()
        if wizard is not None:
            secrets = self.wiz().context.secrets
            uses_secrets = any(p.channel == "email" for p in self.panels) or bool(
                self.wiz().context.settings.get("api_endpoint")
            )
            self.keyring_notice.setVisible(uses_secrets and not secrets.available)
            if secrets.problem is not None:
                self.keyring_notice.setText(tr_message(secrets.problem))
            result = self.wiz().triage() if self.wiz().answers.category else None
            lines = []
            if result is not None:
                for action in result.actions:
                    if action.kind in (ActionKind.PLATFORM_REQUEST, ActionKind.HOST_ABUSE):
                        continue
                    title = tr_message(action.title_message)
                    description = tr_message(action.description_message)
                    line = f"<p><b>{_esc(title)}</b><br>{_esc(description)}"
                    if action.url:
                        line += f' <a href="{_esc(action.url)}">{_esc(action.url)}</a>'
                    if action.phone:
                        line += f" ☎ {_esc(action.phone)}"
                    lines.append(line + "</p>")
            self.actions_text.setText("".join(lines))
            item = getattr(self, "actions_item", None)
            if item is not None:
                item.setText("➜ " + self.tr("What else you can do"))
        self.actions_title.setText(self.tr("What else you can do"))


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
