"""The connection dialog: profiles (add, edit, remove), passwords, "Test connection", connect.

Profiles go to the API layer's :class:`ProfileStore`, passwords to its
:class:`CredentialStore` (the OS keyring, or this run only when no keyring works; the dialog
says which and why). Every network step runs as an asyncio task, so the dialog never freezes;
open it with :func:`choose_connection` from a coroutine (never ``exec()``).
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.api import Credentials, CredentialStore, Environment, Profile, ProfileStore
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.profiles import ProfileError
from nepton_desktop.ui.connection.connection_test import (
    ConnectionReport,
    ServiceFactory,
    Status,
    run_connection_test,
)
from nepton_desktop.ui.connection.demo_sandbox import (
    DEMO_PROFILE_NAME,
    DemoSandbox,
    demo_credentials,
    demo_profile,
)
from nepton_desktop.ui.connection.profile_form import ProfileForm, environment_label
from nepton_desktop.ui.error_dialog import await_dialog, show_error, status_color, status_style
from nepton_desktop.ui.i18n import translate_message

_STATUS_MARK = {Status.OK: "✔", Status.FAILED: "✖", Status.NOT_TESTED: "–"}
_STATUS_TONE = {Status.OK: "ok", Status.FAILED: "error", Status.NOT_TESTED: "muted"}


class ConnectionDialog(QDialog):
    """``ConnectionDialog(profile_store, credential_store, *, demo=None, service_factory=None,
    check_compatibility=True, preselect=None, parent=None)``.

    ``demo`` runs the built-in demo sandbox when a profile uses it; ``service_factory`` builds
    the API service for "Test connection" (tests hand in one with fast retries);
    ``check_compatibility`` compares what the client uses with each live WSDL. After ``accepted``,
    :attr:`chosen` holds ``(Profile, Credentials)``. Signals: QDialog's own.
    """

    def __init__(
        self,
        profile_store: ProfileStore,
        credential_store: CredentialStore,
        *,
        demo: DemoSandbox | None = None,
        service_factory: ServiceFactory | None = None,
        check_compatibility: bool = True,
        preselect: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connection_dialog")
        self.setWindowTitle(self.tr("Connect to Nepton"))
        self.profile_store = profile_store
        self.credential_store = credential_store
        self.demo = demo or DemoSandbox()
        self._service_factory = service_factory
        self._check_compatibility = check_compatibility
        self.chosen: tuple[Profile, Credentials] | None = None
        self.last_report: ConnectionReport | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._editing: str | None = None  # name of the stored profile in the form; None: new
        self.pending_question: QMessageBox | None = None  # an open question, for tests

        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profile_list")
        self.profile_list.setMinimumWidth(190)
        self.profile_list.currentItemChanged.connect(self._profile_selected)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_profile)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(lambda: self._spawn(self.remove_profile()))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Profiles"), self))
        left.addWidget(self.profile_list, 1)
        left.addLayout(list_buttons)

        self.form = ProfileForm(self)
        self.form.changed.connect(self._form_changed)
        self.form.environment_combo.activated.connect(self._environment_chosen)
        self.storage_label = QLabel(self)
        self.storage_label.setObjectName("password_storage")
        self.storage_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.save_button.clicked.connect(self.save_profile)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(lambda: self._spawn(self.test_connection()))
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("connection_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(status_style("muted"))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.test_button)
        actions.addWidget(self.hint_label, 1)
        self.results_label = QLabel(self)
        self.results_label.setObjectName("connection_results")
        self.results_label.setWordWrap(True)
        self.results_label.setTextFormat(Qt.TextFormat.RichText)
        self.results_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.results_label.setMinimumHeight(110)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.storage_label)
        right.addLayout(actions)
        right.addWidget(self.results_label, 1)

        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(lambda: self._spawn(self.connect_chosen()))
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self._reload(select=preselect)

    def sizeHint(self) -> QSize:
        return QSize(860, 620)

    # ------------------------------------------------------------------ tasks

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        async def guarded() -> None:
            try:
                await coroutine
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # shown, never lost in a bare task
                self._set_busy(False)
                await show_error(self, exc, context=self.tr("The connection step failed."))
            finally:
                self._tasks.discard(task)
            self._form_changed()

        task = asyncio.ensure_future(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def busy(self) -> bool:
        try:
            current = asyncio.current_task()
        except RuntimeError:  # no loop running (a plain slot call in a sync context)
            current = None
        return any(not t.done() and t is not current for t in self._tasks)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.connect_button, self.save_button):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        for task in list(self._tasks):
            task.cancel()
        super().done(result)

    # ------------------------------------------------------------------ profiles

    def _reload(self, select: str | None = None) -> None:
        try:
            profiles = self.profile_store.profiles()
        except ProfileError as exc:
            profiles = []
            self.results_label.setText(html.escape(translate_message(str(exc), "ProfileError")))
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in profiles:
            item = QListWidgetItem(
                f"{profile.name}  ·  {environment_label(profile.environment)}", self.profile_list
            )
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            if profile.environment is Environment.PRODUCTION:
                item.setForeground(Qt.GlobalColor.darkRed)
        self.profile_list.blockSignals(False)
        names = [p.name for p in profiles]
        if not profiles:
            self.add_profile()
            return
        index = names.index(select) if select in names else 0
        self.profile_list.setCurrentRow(index)
        self._profile_selected()

    def _profile_selected(self, *_: object) -> None:
        item = self.profile_list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        profile = next((p for p in self.profile_store.profiles() if p.name == name), None)
        if profile is None:
            return
        self._editing = name
        self.form.set_values(profile, self.credential_store.load(name))
        self.results_label.clear()
        self._show_storage(None)
        self._form_changed()

    def add_profile(self) -> None:
        """Start a new profile in the form (saved with "Save profile" or "Connect")."""
        self.profile_list.blockSignals(True)
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self._editing = None
        self.form.set_values(None, None)
        taken = {p.name for p in self.profile_store.profiles()}
        name, n = self.tr("New profile"), 2
        while name in taken:
            name, n = f"{self.tr('New profile')} {n}", n + 1
        self.form.name_edit.setText(name)
        self.form.name_edit.setFocus()
        self.results_label.clear()
        self._show_storage(None)
        self._form_changed()

    def save_profile(self) -> bool:
        """Store the profile and its passwords; False (with the reasons shown) if invalid."""
        if self.form.problems():
            return False
        try:
            profile, credentials = self.form.profile(), self.form.credentials()
        except (ProfileError, InvalidValue):
            return False
        old = self._editing
        self.profile_store.save(profile)
        if old is not None and old != profile.name:
            # A rename: the passwords move with the profile, nothing stays under the old name.
            self.profile_store.remove(old)
            self.credential_store.delete(old)
        result = self.credential_store.save(profile.name, credentials)
        self._editing = profile.name
        self._reload(select=profile.name)
        self._show_storage(result.stored_in_keyring, result.where, result.reason)
        return True

    async def remove_profile(self) -> None:
        name = self._editing
        if name is None:
            self._reload()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove profile"),
            self.tr("Remove the profile %1 and its saved passwords?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.pending_question = box
        answer = await await_dialog(box)
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.profile_store.remove(name)
        self.credential_store.delete(name)
        self._editing = None
        self._reload()

    # ------------------------------------------------------------------ passwords

    def _show_storage(
        self, stored: bool | None, where: str | None = None, reason: str = ""
    ) -> None:
        if stored is None:
            text = self.tr("Passwords are kept in %1.").replace(
                "%1", storage_words(self.credential_store.describe_storage())
            )
        elif stored:
            text = self.tr("Passwords saved in %1.").replace("%1", storage_words(where or ""))
        else:
            text = self.tr("Passwords kept for this session only: %1.").replace(
                "%1", storage_words(reason)
            )
        self.storage_label.setText(text)
        self.storage_label.setStyleSheet("" if stored is not False else status_style("warning"))

    # ------------------------------------------------------------------ environment

    def _environment_chosen(self) -> None:
        if self.form.environment() is Environment.SANDBOX:
            self._spawn(self._fill_demo())

    async def _fill_demo(self) -> None:
        self.results_label.setText(html.escape(self.tr("Starting the built-in demo…")))
        info = await self.demo.ensure_started()
        name = self.form.name_edit.text().strip() or DEMO_PROFILE_NAME
        self.form.set_values(demo_profile(info, name), demo_credentials(info))
        self.results_label.setText(
            html.escape(self.tr("The built-in demo runs on this computer with sample data."))
        )
        self._form_changed()

    async def _current_demo_addresses(self) -> None:
        # A demo profile's stored port is from an earlier run: take the running sandbox's.
        if self.form.environment() is Environment.SANDBOX:
            info = await self.demo.ensure_started()
            self.form.worktime_url_edit.setText(info.worktime_url)
            self.form.hr_url_edit.setText(info.hr_url)

    # ------------------------------------------------------------------ test and connect

    def _form_changed(self) -> None:
        problems = self.form.problems()
        shown_by_fields = {
            label.text()
            for label in (
                self.form.password_problem,
                self.form.ws_password_problem,
                self.form.profile_problem,
            )
        }
        # What the fields do not already say in red (a password not typed yet).
        self.hint_label.setText(" ".join(p for p in problems if p not in shown_by_fields))
        ready = not problems
        self.test_button.setEnabled(ready and not self.busy())
        self.connect_button.setEnabled(ready and not self.busy())
        self.save_button.setEnabled(not self.busy())

    async def test_connection(self) -> None:
        await self._current_demo_addresses()
        try:
            profile, credentials = self.form.profile(), self.form.credentials()
        except (ProfileError, InvalidValue):
            self.form.problems()
            return
        self._set_busy(True)
        self.results_label.setText(html.escape(self.tr("Testing the connection…")))
        try:
            kwargs: dict[str, Any] = {"check_compatibility": self._check_compatibility}
            if self._service_factory is not None:
                kwargs["service_factory"] = self._service_factory
            report = await run_connection_test(profile, credentials, **kwargs)
        finally:
            self._set_busy(False)
            self._form_changed()
        self.last_report = report
        self._show_report(report)

    def _show_report(self, report: ConnectionReport) -> None:
        lines = []
        for result in report.results:
            color = status_color(_STATUS_TONE[result.status]).name()
            line = (
                f"<p><span style='color:{color}'><b>{_STATUS_MARK[result.status]} "
                f"{html.escape(result.api)}</b>: {html.escape(result.summary)}</span>"
            )
            if result.advice:
                line += f"<br>{html.escape(result.advice)}"
            lines.append(line + "</p>")
        self.results_label.setText("".join(lines))

    async def connect_chosen(self) -> None:
        """Save what is in the form and close the dialog with it chosen."""
        await self._current_demo_addresses()
        if not self.save_profile():
            return
        self.chosen = (self.form.profile(), self.form.credentials())
        self.accept()


async def choose_connection(
    parent: QWidget | None,
    profile_store: ProfileStore,
    credential_store: CredentialStore,
    *,
    demo: DemoSandbox | None = None,
    service_factory: ServiceFactory | None = None,
    check_compatibility: bool = True,
    preselect: str | None = None,
) -> tuple[Profile, Credentials] | None:
    """Open the connection dialog and wait for the user: the chosen profile and its passwords,
    or None when cancelled. With no profiles stored it opens on a new one (first start)."""
    dialog = ConnectionDialog(
        profile_store,
        credential_store,
        demo=demo,
        service_factory=service_factory,
        check_compatibility=check_compatibility,
        preselect=preselect,
        parent=parent,
    )
    try:
        result = await await_dialog(dialog)
        return dialog.chosen if result == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


_SYSTEM_KEYRING = re.compile(r"the system keyring \((.+)\)")
_KEYRING_FAILED = re.compile(
    r"the system keyring could not be used \((\w+)\); the password is kept only until the app "
    r"closes and will be asked again next time"
)


def storage_words(text: str) -> str:
    """Where passwords are kept, or why not in the keyring, in the user's language.

    ``api/credentials.py`` builds some of these texts at run time with the keyring backend's
    name or the error's; they are recognised here and their frame translated."""
    m = _SYSTEM_KEYRING.fullmatch(text)
    if m is not None:
        return QCoreApplication.translate("CredentialStore", "the system keyring (%1)").replace(
            "%1", m[1]
        )
    m = _KEYRING_FAILED.fullmatch(text)
    if m is not None:
        return QCoreApplication.translate(
            "CredentialStore",
            "the system keyring could not be used (%1); the password is kept only until the app "
            "closes and will be asked again next time",
        ).replace("%1", m[1])
    if text == "this run only (memory)":
        return QCoreApplication.translate("CredentialStore", "this run only (memory)")
    return translate_message(text, "CredentialStore")
