"""E-mail (SMTP) and organisation (API) settings: the password and token only in the keyring.

Without a keyring backend the dialog says so, the "remember" boxes are off and disabled, and
nothing secret is stored anywhere; the password is asked for each time it is needed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.requests.mail_providers import (
    mail_providers,
    provider,
    provider_for_host,
)
from photosafe_desktop.core.requests.sending import (
    DEFAULT_PORTS,
    SECURITY_MODES,
    SmtpConfig,
    smtp_test,
)
from photosafe_desktop.core.secrets import secret_name
from photosafe_desktop.ui.context import AppContext
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.settings import Settings
from photosafe_desktop.ui.widgets import notice_frame, wrapped_label


def smtp_config(settings: Settings) -> SmtpConfig:
    return SmtpConfig(
        host=settings.get("smtp_host"),
        port=settings.get("smtp_port"),
        security=settings.get("smtp_security"),
        user=settings.get("smtp_user"),
        sender=settings.get("smtp_from"),
    )


def smtp_secret_name(config: SmtpConfig) -> str:
    return secret_name("smtp", config.user or config.sender, config.host)


def api_secret_name(endpoint: str) -> str:
    return secret_name("api", endpoint)


class MailSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MailSettingsDialog")
        self.context = context
        self.settings = settings = context.settings
        self.secrets = secrets = context.secrets
        self.tasks = context.tasks
        layout = QVBoxLayout(self)

        self.keyring_frame, frame_layout = notice_frame("warning")
        self.keyring_text = wrapped_label()
        self.keyring_text.setObjectName("keyring_notice")
        frame_layout.addWidget(self.keyring_text)
        layout.addWidget(self.keyring_frame)

        self.smtp_box = QGroupBox()
        form = QFormLayout(self.smtp_box)
        self.smtp_form = form
        # ready-made settings for common providers (from each provider's own help page)
        self.provider = QComboBox()
        self.provider.setObjectName("mail_provider")
        self.provider.addItem("", "")
        for known in mail_providers():
            self.provider.addItem(known.name, known.id)
        self.provider.addItem("", "other")
        known_now = provider_for_host(settings.get("smtp_host"))
        if known_now is not None:
            self.provider.setCurrentIndex(self.provider.findData(known_now.id))
        elif settings.get("smtp_host"):
            self.provider.setCurrentIndex(self.provider.findData("other"))
        self.provider.activated.connect(self._provider_chosen)
        self.provider_hint = wrapped_label()
        self.provider_hint.setObjectName("provider_hint")
        form.addRow("provider", self.provider)
        form.addRow("", self.provider_hint)
        self.host = QLineEdit(settings.get("smtp_host"))
        self.host.setObjectName("smtp_host")
        self.port = QSpinBox()
        self.port.setObjectName("smtp_port")
        self.port.setRange(1, 65535)
        self.port.setValue(settings.get("smtp_port"))
        self.security = QComboBox()
        self.security.setObjectName("smtp_security")
        for mode in SECURITY_MODES:
            self.security.addItem(mode, mode)
        self.security.setCurrentIndex(SECURITY_MODES.index(settings.get("smtp_security")))
        self.security.activated.connect(self._security_changed)
        self.user = QLineEdit(settings.get("smtp_user"))
        self.user.setObjectName("smtp_user")
        self.sender = QLineEdit(settings.get("smtp_from"))
        self.sender.setObjectName("smtp_from")
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setObjectName("remember_password")
        test_row = QHBoxLayout()
        self.test_button = QPushButton()
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = wrapped_label()
        self.test_result.setObjectName("test_result")
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        for key, widget in (
            ("host", self.host),
            ("port", self.port),
            ("security", self.security),
            ("user", self.user),
            ("sender", self.sender),
            ("password", self.password),
        ):
            form.addRow(key, widget)
        form.addRow("", self.remember)
        form.addRow("", test_row)
        layout.addWidget(self.smtp_box)

        self.api_box = QGroupBox()
        api_form = QFormLayout(self.api_box)
        self.api_form = api_form
        self.api_hint = wrapped_label()
        api_form.addRow(self.api_hint)
        self.endpoint = QLineEdit(settings.get("api_endpoint"))
        self.endpoint.setObjectName("api_endpoint")
        self.token = QLineEdit()
        self.token.setObjectName("api_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_token = QCheckBox()
        self.remember_token.setObjectName("remember_token")
        api_form.addRow("endpoint", self.endpoint)
        api_form.addRow("token", self.token)
        api_form.addRow("", self.remember_token)
        layout.addWidget(self.api_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        available = secrets.available
        self.keyring_frame.setVisible(not available)
        for box in (self.remember, self.remember_token):
            box.setEnabled(available)
            box.setChecked(available)
        self.testing = False
        self.retranslate()

    def _provider_chosen(self, _index: int = 0) -> None:
        chosen = provider(str(self.provider.currentData()))
        if chosen is not None:
            self.host.setText(chosen.host)
            self.port.setValue(chosen.port)
            self.security.setCurrentIndex(max(0, self.security.findData(chosen.security)))
            if not self.user.text().strip() and self.sender.text().strip():
                self.user.setText(self.sender.text().strip())
        self._update_provider_hint()

    def _update_provider_hint(self) -> None:
        choice = str(self.provider.currentData())
        chosen = provider(choice)
        lines = []
        if chosen is not None:
            lines.append(self.tr("Filled in from {name}'s own help page.").format(name=chosen.name))
            if chosen.app_password:
                lines.append(
                    self.tr(
                        "{name} wants an app password here, not your normal password. You "
                        "make one in the security settings of your {name} account (it needs "
                        "two-step verification)."
                    ).format(name=chosen.name)
                )
            if chosen.id == "outlook":
                lines.append(
                    self.tr(
                        "Microsoft is phasing out passwords for other mail programs. If the "
                        "test does not work, save the request as an e-mail file and send it "
                        "from Outlook instead."
                    )
                )
        elif choice == "other":
            lines.append(
                self.tr(
                    'Look up "outgoing mail server" on your provider\'s help page (Telenet, '
                    "Proximus, Orange, VOO, Scarlet...) and fill in what it says below. "
                    "Usually your login name is your full e-mail address."
                )
            )
        self.provider_hint.setText("\n".join(lines))
        self.provider_hint.setToolTip(chosen.source if chosen is not None else "")
        self.provider_hint.setVisible(bool(lines))
        if self.isVisible():  # room for the hint's lines
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _security_changed(self) -> None:
        mode = self.security.currentData()
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[mode])

    def config(self) -> SmtpConfig:
        return SmtpConfig(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            sender=self.sender.text().strip(),
        )

    def _password_for(self, config: SmtpConfig) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        return self.secrets.get(smtp_secret_name(config))

    def test_connection(self) -> None:
        config = self.config()
        password = self._password_for(config)
        if config.user and password is None:
            password = self.context.dialogs.ask_secret(
                self, self.tr("Mail password"), self.tr("Password:")
            )
            if password is None:
                return
        self.testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))
        self.tasks.run(
            smtp_test,
            config,
            password,
            on_done=self._test_ok,
            on_error=lambda exc: self._test_failed("✘ " + tr_message(exc.message)),
            on_bug=lambda _exc: self._test_failed(self.tr("✘ The test did not work.")),
        )

    def _test_ok(self, _result: object) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("✔ The connection works."))

    def _test_failed(self, text: str) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self.test_result.setText(text)

    def accept(self) -> None:
        config = self.config()
        self.settings.set("smtp_host", config.host)
        self.settings.set("smtp_port", config.port)
        self.settings.set("smtp_security", config.security)
        self.settings.set("smtp_user", config.user)
        self.settings.set("smtp_from", config.sender)
        endpoint = self.endpoint.text().strip()
        self.settings.set("api_endpoint", endpoint)
        self.settings.sync()
        if self.password.text() and self.remember.isChecked():
            self.secrets.set(smtp_secret_name(config), self.password.text())
        if self.token.text() and endpoint and self.remember_token.isChecked():
            self.secrets.set(api_secret_name(endpoint), self.token.text())
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-mail settings"))
        self.keyring_text.setText(
            tr_message(self.secrets.problem)
            if self.secrets.problem is not None
            else self.tr(
                "This computer has no safe password storage. PhotoSafe stores no password "
                "and will ask for it each time."
            )
        )
        self.smtp_box.setTitle(self.tr("Your e-mail account (to send requests yourself)"))
        labels = (
            (self.provider, self.tr("E-mail &provider:")),
            (self.host, self.tr("Outgoing mail &server:")),
            (self.port, self.tr("&Port:")),
            (self.security, self.tr("S&ecure connection:")),
            (self.user, self.tr("&Login name:")),
            (self.sender, self.tr("Your e-mail &address:")),
            (self.password, self.tr("Pass&word:")),
            (self.endpoint, self.tr("&Address (endpoint):")),
            (self.token, self.tr("Access &token:")),
        )
        for widget, text in labels:
            form = self.api_form if widget in (self.endpoint, self.token) else self.smtp_form
            label = form.labelForField(widget)
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        names = {
            "starttls": self.tr("Yes, the usual way (port 587)"),
            "tls": self.tr("Yes, secure from the start (port 465)"),
            "none": self.tr("No (only for a mail server in your own home or office)"),
        }
        for index in range(self.security.count()):
            self.security.setItemText(index, names[self.security.itemData(index)])
        self.provider.setItemText(0, self.tr("Choose your provider…"))
        self.provider.setItemText(self.provider.count() - 1, self.tr("Another provider"))
        self._update_provider_hint()
        self.host.setPlaceholderText(self.tr("for example smtp.example.be"))
        self.user.setPlaceholderText(self.tr("usually your full e-mail address"))
        self.password.setPlaceholderText(self.tr("asked when needed if left empty"))
        self.remember.setText(self.tr("&Remember the password in the system keyring"))
        self.remember_token.setText(self.tr("Remember the token in the system &keyring"))
        self.test_button.setText(self.tr("Test the &connection"))
        self.api_box.setTitle(self.tr("For organisations: your own intake system (optional)"))
        self.api_hint.setText(
            self.tr(
                "A youth organisation or support service may give you an address where "
                "PhotoSafe can post requests for them to follow up. Leave it empty otherwise."
            )
        )
        self.endpoint.setPlaceholderText("https://…")
