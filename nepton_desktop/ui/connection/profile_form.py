"""The fields of one profile and its two passwords, with Nepton's rules checked as you type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from nepton_desktop.api import Credentials, Environment, Profile
from nepton_desktop.api.credentials import check_password
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.profiles import ENVIRONMENT_URLS, ProfileError
from nepton_desktop.ui.error_dialog import status_style
from nepton_desktop.ui.i18n import translate_message
from nepton_desktop.ui.i18n.messages import invalid_value_reason


def environment_label(environment: Environment) -> str:
    labels = {
        Environment.PRODUCTION: QCoreApplication.translate("ProfileForm", "Production"),
        Environment.PUBLIC_TESTING: QCoreApplication.translate("ProfileForm", "Public testing"),
        Environment.CUSTOM: QCoreApplication.translate("ProfileForm", "Custom addresses"),
        Environment.SANDBOX: QCoreApplication.translate("ProfileForm", "Built-in demo"),
    }
    return labels[environment]


class ProfileForm(QWidget):
    """Edits a :class:`Profile` and its :class:`Credentials`. ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profile_name")
        self.environment_combo = QComboBox(self)
        self.environment_combo.setObjectName("profile_environment")
        for environment in Environment:
            self.environment_combo.addItem(environment_label(environment), environment.value)
        self.worktime_url_edit = QLineEdit(self)
        self.worktime_url_edit.setObjectName("profile_worktime_url")
        self.hr_url_edit = QLineEdit(self)
        self.hr_url_edit.setObjectName("profile_hr_url")
        self.customer_id_edit = QLineEdit(self)
        self.customer_id_edit.setObjectName("profile_customer_id")
        self.deployment_id_edit = QLineEdit(self)
        self.deployment_id_edit.setObjectName("profile_deployment_id")
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("profile_username")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("profile_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ws_password_edit = QLineEdit(self)
        self.ws_password_edit.setObjectName("profile_ws_password")
        self.ws_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_problem = self._problem_label("profile_password_problem")
        self.ws_password_problem = self._problem_label("profile_ws_password_problem")
        self.profile_problem = self._problem_label("profile_problem")
        self.production_note = QLabel(
            self.tr("Production: every change is made in your live Nepton data."), self
        )
        self.production_note.setStyleSheet(status_style("error", bold=True))
        self.production_note.setVisible(False)

        self.customer_id_edit.setPlaceholderText(self.tr("from Nepton customer service"))
        self.deployment_id_edit.setPlaceholderText(self.tr("from Nepton customer service"))
        self.username_edit.setPlaceholderText(self.tr("the dedicated API user"))
        self.password_edit.setPlaceholderText(self.tr("the API user's password"))
        self.ws_password_edit.setPlaceholderText(self.tr("the HR API's own password"))

        form = QFormLayout(self)
        form.addRow(self.tr("Profile name"), self.name_edit)
        form.addRow(self.tr("Environment"), self.environment_combo)
        form.addRow("", self.production_note)
        form.addRow(self.tr("Worktime API address"), self.worktime_url_edit)
        form.addRow(self.tr("HR API address"), self.hr_url_edit)
        form.addRow(self.tr("CustomerId"), self.customer_id_edit)
        form.addRow(self.tr("DeploymentId"), self.deployment_id_edit)
        form.addRow(self.tr("API username"), self.username_edit)
        form.addRow(self.tr("API user password"), self.password_edit)
        form.addRow("", self.password_problem)
        form.addRow(self.tr("WebServicePassword"), self.ws_password_edit)
        form.addRow("", self.ws_password_problem)
        form.addRow("", self.profile_problem)

        self.environment_combo.currentIndexChanged.connect(self._environment_changed)
        for edit in (
            self.name_edit,
            self.worktime_url_edit,
            self.hr_url_edit,
            self.customer_id_edit,
            self.deployment_id_edit,
            self.username_edit,
            self.password_edit,
            self.ws_password_edit,
        ):
            edit.textEdited.connect(self._edited)
        self._environment_changed()

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        # Grows to the lines its text wraps to (a longer Finnish or Swedish reason would
        # otherwise keep one line's height and be cut).
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        label.setStyleSheet(status_style("error"))
        label.setVisible(False)
        return label

    # ------------------------------------------------------------------ values

    def environment(self) -> Environment:
        return Environment(self.environment_combo.currentData())

    def set_values(self, profile: Profile | None, credentials: Credentials | None) -> None:
        self.blockSignals(True)
        if profile is None:
            self.name_edit.clear()
            self.environment_combo.setCurrentIndex(0)
            for edit in (self.customer_id_edit, self.deployment_id_edit, self.username_edit):
                edit.clear()
        else:
            self.name_edit.setText(profile.name)
            self.environment_combo.setCurrentIndex(
                self.environment_combo.findData(profile.environment.value)
            )
            self.worktime_url_edit.setText(profile.worktime_url)
            self.hr_url_edit.setText(profile.hr_url)
            self.customer_id_edit.setText(profile.customer_id)
            self.deployment_id_edit.setText(profile.deployment_id)
            self.username_edit.setText(profile.username)
        self.password_edit.setText(credentials.password if credentials else "")
        self.ws_password_edit.setText(credentials.webservice_password if credentials else "")
        self.blockSignals(False)
        self._environment_changed()

    def profile(self) -> Profile:
        """The profile as typed; raises :class:`ProfileError` with the reason when invalid."""
        profile = Profile(
            self.name_edit.text().strip(),
            self.environment(),
            self.worktime_url_edit.text().strip(),
            self.hr_url_edit.text().strip(),
            self.customer_id_edit.text().strip(),
            self.deployment_id_edit.text().strip(),
            self.username_edit.text().strip(),
        )
        profile.validate()
        return profile

    def credentials(self) -> Credentials:
        """The passwords as typed; raises :class:`InvalidValue` with Nepton's reason."""
        password = self.password_edit.text()
        ws_password = self.ws_password_edit.text()
        check_password(password, self.tr("API user password"))
        check_password(ws_password, self.tr("WebServicePassword"))
        return Credentials(password, ws_password)

    def problems(self) -> list[str]:
        """Every reason the profile cannot be saved yet, also shown next to the fields."""
        found: list[str] = []
        for edit, label in (
            (self.password_edit, self.password_problem),
            (self.ws_password_edit, self.ws_password_problem),
        ):
            text = ""
            if edit.text():
                try:
                    check_password(edit.text(), "")
                except InvalidValue as exc:
                    # Nepton's own reason, without the field prefix: it sits under the field.
                    reason = invalid_value_reason(exc)
                    text = self.tr("The password %1.").replace("%1", reason)
            label.setText(text)
            label.setVisible(bool(text))
            if text:
                found.append(text)
        profile_text = ""
        try:
            self.profile()
        except ProfileError as exc:
            reason = translate_message(str(exc), "ProfileError")
            profile_text = reason[:1].upper() + reason[1:] + "."
        self.profile_problem.setText(profile_text)
        self.profile_problem.setVisible(bool(profile_text))
        if profile_text:
            found.append(profile_text)
        if not self.password_edit.text():
            found.append(self.tr("The API user password is missing."))
        if not self.ws_password_edit.text():
            found.append(self.tr("The WebServicePassword is missing."))
        return found

    # ------------------------------------------------------------------ internals

    def _edited(self) -> None:
        self.problems()
        self.changed.emit()

    def _environment_changed(self) -> None:
        environment = self.environment()
        urls = ENVIRONMENT_URLS.get(environment)
        if urls is not None:
            self.worktime_url_edit.setText(urls[0])
            self.hr_url_edit.setText(urls[1])
        # Fixed addresses are shown but not edited; the demo's come from the running sandbox.
        editable = environment is Environment.CUSTOM
        self.worktime_url_edit.setReadOnly(not editable)
        self.hr_url_edit.setReadOnly(not editable)
        self.production_note.setVisible(environment is Environment.PRODUCTION)
        self.problems()
        self.changed.emit()
