"""Page 2, where: paste the links; each platform is recognised, and for any other website the
host's abuse contact is looked up in the background (never for a CSAM case)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.model import CaseError, Category, validate_url
from photosafe_desktop.core.requests.hosts import hosts_to_look_up, look_up_host
from photosafe_desktop.core.requests.recipients import HostContact, host_of
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.widgets import notice_frame, wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage

log = logging.getLogger(__name__)


@dataclass
class HostState:
    """Where a lookup for one host stands: running, found, not found, failed."""

    state: str = "running"  # running | found | none | failed
    organisation: str = ""
    email: str = ""
    error: str = ""  # translated message


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]


class WherePage(WizardPage):
    #: a background lookup for this host finished (found or not)
    lookup_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)
        self.links_label = QLabel()
        layout.addWidget(self.links_label)
        self.links = QPlainTextEdit()
        self.links.setObjectName("links")
        self.links.setTabChangesFocus(True)
        self.links.setMaximumHeight(120)
        self.links_label.setBuddy(self.links)
        layout.addWidget(self.links)
        self.help = wrapped_label()
        layout.addWidget(self.help)
        frame, frame_layout = notice_frame("info")
        self.results = wrapped_label()
        self.results.setObjectName("link_results")
        self.results.setTextFormat(Qt.TextFormat.RichText)
        frame_layout.addWidget(self.results)
        row = QHBoxLayout()
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry_lookup")
        self.retry_button.clicked.connect(self.retry_failed)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        frame_layout.addLayout(row)
        layout.addWidget(frame)
        self.warning = wrapped_label()
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.hosts: dict[str, HostState] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh)
        self.links.textChanged.connect(self._timer.start)
        self.links.textChanged.connect(self.completeChanged)
        self.setFocusProxy(self.links)
        self.retranslate()

    def reset(self) -> None:
        self.links.clear()
        self.hosts.clear()

    # -- parsing ----------------------------------------------------------------------

    def parsed(self) -> tuple[list[str], list[str]]:
        """(valid URLs, lines that are not complete web addresses)."""
        valid: list[str] = []
        invalid: list[str] = []
        for line in split_lines(self.links.toPlainText()):
            candidate = line
            if "://" not in candidate and "." in candidate and " " not in candidate:
                candidate = "https://" + candidate  # people paste "www.site.be/x"
            try:
                url = validate_url(candidate, "url")
            except CaseError:
                invalid.append(line)
                continue
            if url not in valid:
                valid.append(url)
        return valid, invalid

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        valid, invalid = self.parsed()
        return bool(valid) and not invalid

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        valid, invalid = self.parsed()
        if not valid or invalid:
            return False
        self.wiz().answers.urls = tuple(valid)
        return True

    # -- lookups ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Recognise platforms and start lookups for the other hosts."""
        wizard = self.wiz()
        valid, invalid = self.parsed()
        directory = wizard.directory()
        wanted = hosts_to_look_up(wizard.answers.category, valid, directory, known=self.hosts)
        lines: list[str] = []
        for url in valid:
            platform = directory.platform_for_url(url)
            host = host_of(url)
            if platform is not None:
                lines.append(
                    self.tr("✔ <b>{platform}</b>: PhotoSafe knows how to ask {platform}.").format(
                        platform=_esc(platform.name)
                    )
                )
                continue
            if wanted.get(host) == url:
                self.hosts[host] = HostState()
                self._start_lookup(host, url)
            lines.append(self._host_line(host, self.hosts.get(host)))
        for line in invalid:
            lines.append(
                self.tr(
                    "✘ <b>{line}</b> is not a complete web address. Copy it from the "
                    "address bar of your browser (it starts with https://)."
                ).format(line=_esc(line[:120]))
            )
        if not lines:
            lines.append(self.tr("The places you paste will be checked here."))
        self.results.setText("<br>".join(lines))
        self.retry_button.setVisible(any(s.state == "failed" for s in self.hosts.values()))
        self.completeChanged.emit()

    def _host_line(self, host: str, state: HostState | None) -> str:
        name = _esc(host)
        if state is None or state.state == "running":
            return self.tr("… <b>{host}</b>: looking up who hosts this website…").format(host=name)
        if state.state == "found":
            return self.tr(
                "✔ <b>{host}</b>: the request goes to {organisation} ({email}), who hosts "
                "this website."
            ).format(
                host=name, organisation=_esc(state.organisation or host), email=_esc(state.email)
            )
        if state.state == "none":
            return self.tr(
                "• <b>{host}</b>: no abuse address was found. You can type one in later, "
                "from the website's contact page."
            ).format(host=name)
        return self.tr("• <b>{host}</b>: {problem} You can continue anyway.").format(
            host=name, problem=_esc(state.error)
        )

    def _start_lookup(self, host: str, url: str) -> None:
        wizard = self.wiz()
        if wizard.answers.category is Category.CSAM:  # never look anything up for CSAM
            return
        client = wizard.context.rdap_client()
        directory = wizard.directory()

        def done(contact: HostContact | None) -> None:
            if contact is not None:
                wizard.host_contacts[host] = contact
                self.hosts[host] = HostState("found", contact.organisation, contact.email)
            else:
                self.hosts[host] = HostState("none")
            self.refresh()
            self.lookup_finished.emit(host)

        def failed(message: str) -> None:
            self.hosts[host] = HostState("failed", error=message)
            self.refresh()
            self.lookup_finished.emit(host)

        wizard.context.tasks.run(
            look_up_host,
            client,
            url,
            directory,
            on_done=done,
            on_error=lambda exc: failed(tr_message(exc.message)),
            on_bug=lambda _exc: failed(self.tr("The lookup did not work.")),
        )

    def retry_failed(self) -> None:
        for host in [h for h, s in self.hosts.items() if s.state == "failed"]:
            del self.hosts[host]
        self.refresh()

    def lookups_running(self) -> bool:
        return any(s.state == "running" for s in self.hosts.values())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is the image?"))
        self.setSubTitle(self.tr("Paste the web address of every place where you saw it."))
        self.intro.setText(
            self.tr(
                "Open the page with the image in your browser, click the address bar at the "
                "top, copy the address (Ctrl+C) and paste it below (Ctrl+V). One address per "
                "line; add as many as you found."
            )
        )
        self.links_label.setText(self.tr("&Web addresses (one per line):"))
        self.links.setAccessibleName(self.tr("Web addresses, one per line"))
        self.links.setPlaceholderText("https://www.instagram.com/p/…")
        self.help.setText(
            self.tr(
                "For a well-known platform PhotoSafe knows where to send the request. For "
                "any other website it looks up who hosts it; only the website's name is "
                "looked up, never your details."
            )
        )
        self.retry_button.setText(self.tr("&Try the lookup again"))
        category = self.wiz().answers.category if self.wizard() is not None else None
        self.warning.setText(
            self.tr(
                "If a page shows sexual images of a child, do not screenshot it: go back and "
                'choose "A sexual image of a child".'
            )
            if category is Category.SEXUALISED_CONTEXT
            else ""
        )
        self.warning.setVisible(bool(self.warning.text()))
        if self.wizard() is not None:
            self.refresh()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.retranslate()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
