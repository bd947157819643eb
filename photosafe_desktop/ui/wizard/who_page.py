"""Page 3, who you are and how to be reached. Never a home address or an ID copy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photosafe_desktop.core.cases.model import (
    CaseError,
    Category,
    RequesterRole,
    validate_email,
)
from photosafe_desktop.core.requests.safeguards import (
    ADULT_CATEGORIES,
    default_role,
    must_ask_age,
)
from photosafe_desktop.ui.i18n import tr_message
from photosafe_desktop.ui.widgets import notice_frame, wrapped_label
from photosafe_desktop.ui.wizard.common import WizardPage


class WhoPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.role_box = QGroupBox()
        role_layout = QVBoxLayout(self.role_box)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[RequesterRole, QRadioButton] = {}
        for index, role in enumerate(RequesterRole):
            button = QRadioButton()
            button.setObjectName(f"role_{role.value}")
            self.role_group.addButton(button, index)
            role_layout.addWidget(button)
            self.role_buttons[role] = button
        self.role_buttons[RequesterRole.PARENT].setChecked(True)
        self.role_group.buttonToggled.connect(self._role_changed)
        layout.addWidget(self.role_box)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.person_name = QLineEdit()
        self.person_name.setObjectName("person_name")
        self.person_age = QSpinBox()
        self.person_age.setObjectName("person_age")
        self.person_age.setRange(-1, 120)
        self.person_age.setValue(-1)
        self.age_unsure = QCheckBox()
        self.age_unsure.setObjectName("age_unsure")
        self.age_unsure.toggled.connect(self._age_unsure_changed)
        self.age_row = QWidget()
        self.age_row.setObjectName("age_row")
        age_layout = QHBoxLayout(self.age_row)
        age_layout.setContentsMargins(0, 0, 0, 0)
        age_layout.addWidget(self.person_age)
        age_layout.addWidget(self.age_unsure)
        age_layout.addStretch(1)
        self.sexual_deepfake = QCheckBox()
        self.sexual_deepfake.setObjectName("sexual_deepfake")
        self.rows: dict[str, QWidget] = {}
        for key, widget, field in (
            ("name", self.name, self.name),
            ("email", self.email, self.email),
            ("organisation", self.organisation, self.organisation),
            ("person_name", self.person_name, self.person_name),
            ("person_age", self.age_row, self.person_age),
        ):
            form.addRow(key, widget)
            self.rows[key] = field
        form.addRow("", self.sexual_deepfake)
        self.age_hint = wrapped_label()
        self.age_hint.setObjectName("age_hint")
        form.addRow("", self.age_hint)
        self.form = form
        layout.addWidget(self.form_box)

        frame, frame_layout = notice_frame("info")
        self.law_text = wrapped_label()
        self.law_text.setObjectName("anonymity_hint")
        self.email_hint = wrapped_label()
        self.email_hint.setObjectName("separate_email_hint")
        frame_layout.addWidget(self.law_text)
        frame_layout.addWidget(self.email_hint)
        layout.addWidget(frame)
        self.error = wrapped_label()
        self.error.setObjectName("who_error")
        self.error.setStyleSheet("color: #a12a2a;")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.role_buttons[RequesterRole.PARENT])
        self.retranslate()

    def reset(self) -> None:
        for edit in (self.name, self.email, self.organisation, self.person_name):
            edit.clear()
        self.person_age.setValue(-1)
        self.age_unsure.setChecked(False)
        self.sexual_deepfake.setChecked(False)
        self.role_buttons[RequesterRole.PARENT].setChecked(True)
        self.error.clear()

    def category(self) -> Category | None:
        return self.wiz().answers.category if self.wizard() is not None else None

    def apply_category(self, category: Category) -> None:
        """The role default and the fields follow the category: for adult categories "I am
        the person in the image", and no youth-organisation or child fields."""
        self.role_buttons[default_role(category)].setChecked(True)
        self._update_fields(category)

    def _update_fields(self, category: Category | None) -> None:
        adult = category in ADULT_CATEGORIES
        organisation_role = self.role_buttons[RequesterRole.ORGANISATION]
        if adult and organisation_role.isChecked():
            self.role_buttons[RequesterRole.SELF].setChecked(True)
        organisation_role.setVisible(not adult)  # a youth organisation acts for children
        self._set_row_visible(
            self.organisation, self.role() is RequesterRole.ORGANISATION and not adult
        )
        # the person shown is the one asking: no separate name for them
        self._set_row_visible(self.person_name, self.role() is not RequesterRole.SELF)
        self.sexual_deepfake.setVisible(category is Category.IMPERSONATION)
        self._update_age_hint()

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self.form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    def _age_unsure_changed(self, unsure: bool) -> None:
        self.person_age.setEnabled(not unsure)
        if unsure:
            self.person_age.setValue(-1)
        self._update_age_hint()

    def _update_age_hint(self) -> None:
        self.age_hint.setText(
            self.tr(
                "If the person in the image is, or may be, under 18, PhotoSafe follows the "
                "rules for minors: no screenshot is kept, Child Focus is the first step."
            )
            if self.age_unsure.isChecked() or 0 <= self.person_age.value() < 18
            else ""
        )
        self.age_hint.setVisible(bool(self.age_hint.text()))

    def role(self) -> RequesterRole:
        for role, button in self.role_buttons.items():
            if button.isChecked():
                return role
        return RequesterRole.PARENT

    def _role_changed(self) -> None:
        organisation = self.role() is RequesterRole.ORGANISATION
        self.organisation.setEnabled(organisation)
        label = self.form.labelForField(self.organisation)
        if label is not None:
            label.setEnabled(organisation)
        self._update_fields(self.category())

    def anonymous_allowed(self) -> bool:
        return self.wiz().triage().anonymous_allowed if self.wizard() is not None else False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who is asking?"))
        self.setSubTitle(
            self.tr("Your details go only into the requests you send. They stay on this computer.")
        )
        self.role_box.setTitle(self.tr("You are"))
        for role, button in self.role_buttons.items():
            button.setText(tr_message(role.message))
        self.form_box.setTitle(self.tr("How the platforms can reach you"))
        labels = {
            "name": self.tr("Your &name:"),
            "email": self.tr("Your &e-mail address:"),
            "organisation": self.tr("Name of the &organisation:"),
            "person_name": self.tr("Name of the &person in the image (optional):"),
            "person_age": self.tr("&Age of the person in the image:"),
        }
        for key, text in labels.items():
            label = self.form.labelForField(self.age_row if key == "person_age" else self.rows[key])
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]
                if key == "person_age":
                    label.setBuddy(self.person_age)  # type: ignore[attr-defined]
            self.rows[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.age_unsure.setText(self.tr("&Not sure"))
        self.age_unsure.setToolTip(
            self.tr("If you are not sure, PhotoSafe treats the person as under 18.")
        )
        self.sexual_deepfake.setText(
            self.tr("The fake image is sexual or nude (a sexual deepfake)")
        )
        self._update_age_hint()
        self.person_age.setSpecialValueText(self.tr("Not given"))
        self.person_age.setSuffix(self.tr(" years"))
        self.person_age.setToolTip(
            self.tr("Some platforms let a parent file only for a child under 13, so the age helps.")
        )
        self.email.setPlaceholderText(self.tr("a separate address is best"))
        self.email_hint.setText(
            self.tr(
                "Tip: use a separate e-mail address for these requests. PhotoSafe never asks "
                "for your home address or a copy of your identity card; do not send them."
            )
        )
        self._update_law_text()
        self._role_changed()

    def _update_law_text(self) -> None:
        if self.anonymous_allowed():
            self.law_text.setText(
                self.tr(
                    "Your name and e-mail address are optional here: the law allows an "
                    "anonymous notice for this. Without an address nobody can tell you what "
                    "was done."
                )
            )
        else:
            self.law_text.setText(
                self.tr(
                    "The law (Digital Services Act) asks for your name and e-mail address in "
                    "a notice, so that the platform has to act on it and can answer you."
                )
            )

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._update_fields(self.category())
        self._update_law_text()
        self.error.clear()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        name, email = self.name.text().strip(), self.email.text().strip()
        age = self.person_age.value()
        category = self.category()
        # who is shown decides what the law allows (anonymity for a minor's sexual image):
        # record it first; it holds no personal details
        answers = self.wiz().answers
        answers.role = self.role()
        answers.person_age = None if age < 0 else age
        answers.age_unsure = self.age_unsure.isChecked() and age < 0
        answers.sexual_deepfake = (
            self.sexual_deepfake.isChecked() and category is Category.IMPERSONATION
        )
        problems = []
        ask_age = category is not None and must_ask_age(
            category,
            self.role(),
            answers.person_age,
            answers.age_unsure,
            sexual_deepfake=answers.sexual_deepfake,
        )
        if ask_age:
            problems.append(
                self.tr(
                    "How old is the person in the image? Fill in the age, or tick "
                    '"Not sure" (PhotoSafe then follows the rules for minors).'
                )
            )
        anonymous = self.anonymous_allowed()
        if not anonymous:
            if not name:
                problems.append(self.tr("Please fill in your name."))
            if not email:
                problems.append(self.tr("Please fill in your e-mail address."))
        if email:
            try:
                validate_email(email, "email")
                if "." not in email.partition("@")[2]:
                    raise ValueError(email)
            except (CaseError, ValueError):
                problems.append(self.tr("The e-mail address does not look right."))
        self._update_law_text()
        if problems:
            self.error.setText(" ".join(problems))
            if ask_age:
                self.person_age.setFocus()
            else:
                (self.name if not name and not anonymous else self.email).setFocus()
            return False
        self.error.clear()
        answers.name = name
        answers.email = email
        answers.organisation = (
            self.organisation.text().strip() if not self.organisation.isHidden() else ""
        )
        answers.person_name = (
            self.person_name.text().strip() if self.role() is not RequesterRole.SELF else ""
        )
        return True
