"""The connection dialog against the sandbox over loopback, passwords in the in-memory keyring."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.api import (
    Credentials,
    CredentialStore,
    Environment,
    NeptonService,
    Profile,
    ProfileStore,
)
from nepton_desktop.api.compatibility import Missing
from nepton_desktop.api.transport import Transport, TransportSettings
from nepton_desktop.sandbox import FaultSpec, SandboxServer
from nepton_desktop.ui.connection import ConnectionDialog, DemoSandbox, choose_connection
from nepton_desktop.ui.connection.connection_test import Status, compatibility_result
from tests.conftest import MemoryKeyring, screenshot_dir
from tests.ui import waiting

SCREENSHOTS = screenshot_dir()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo")
    server.start()
    yield server
    server.stop()


def _fast_service(profile: Profile, credentials: Credentials) -> NeptonService:
    # Few, quick retries: an unreachable address is reported in a moment.
    settings = TransportSettings(
        connect_timeout=2, read_timeout=5, read_attempts=2, backoff_base=0.01
    )
    return NeptonService(profile, credentials, transport=Transport(settings))


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    # Stands for the main window: closing the dialog must not close the last window.
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _dialog(
    tmp_path: Path, sandbox: SandboxServer, parent: QWidget, store: CredentialStore | None = None
) -> ConnectionDialog:
    dialog = ConnectionDialog(
        ProfileStore(tmp_path / "config"),
        store or CredentialStore(),
        demo=DemoSandbox(sandbox),
        service_factory=_fast_service,
        parent=parent,
    )
    dialog.resize(880, 640)
    dialog.show()
    return dialog


def _fill(
    dialog: ConnectionDialog,
    server: SandboxServer,
    *,
    name: str = "Sandbox",
    username: str | None = None,
    password: str | None = None,
) -> None:
    info = server.info
    form = dialog.form
    form.environment_combo.setCurrentIndex(form.environment_combo.findData("custom"))
    for edit, text in (
        (form.name_edit, name),
        (form.worktime_url_edit, info.worktime_url),
        (form.hr_url_edit, info.hr_url),
        (form.customer_id_edit, info.customer_id),
        (form.deployment_id_edit, info.deployment_id),
        (form.username_edit, username or info.username),
        (form.password_edit, password or info.password),
        (form.ws_password_edit, info.webservice_password),
    ):
        edit.setText(text)
        edit.textEdited.emit(text)


async def test_first_start_demo_connects_and_keeps_passwords_in_the_keyring(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    profiles = ProfileStore(tmp_path / "config")
    credentials = CredentialStore()
    task = asyncio.ensure_future(
        choose_connection(
            parent, profiles, credentials, demo=DemoSandbox(sandbox), service_factory=_fast_service
        )
    )
    await waiting.until(lambda: parent.findChild(ConnectionDialog) is not None)
    dialog = parent.findChild(ConnectionDialog)
    assert isinstance(dialog, ConnectionDialog)
    # No profiles yet: the dialog opens on a new one, and nothing can connect until it is valid.
    assert dialog.profile_list.count() == 0
    assert dialog.form.name_edit.text() == "New profile"
    assert not dialog.connect_button.isEnabled()
    assert (
        "MemoryKeyring" in dialog.storage_label.text() or "keyring" in dialog.storage_label.text()
    )

    combo = dialog.form.environment_combo
    combo.setCurrentIndex(combo.findData(Environment.SANDBOX.value))
    combo.activated.emit(combo.currentIndex())
    await waiting.until(
        lambda: dialog.form.customer_id_edit.text() == "1234", what="the demo's facts"
    )
    assert dialog.form.username_edit.text() == "api.integration"
    assert dialog.connect_button.isEnabled()

    dialog.test_button.click()
    await waiting.until(
        lambda: dialog.last_report is not None and not dialog.busy(), what="the connection test"
    )
    report = dialog.last_report
    assert report is not None and report.ok
    assert [r.api for r in report.results] == [
        "Worktime API",
        "HR API",
        "Worktime API operations",
        "HR API operations",
    ]
    # The sandbox serves the contract's WSDL: every operation the app uses is declared.
    assert "Every operation and field" in dialog.results_label.text()
    assert "event types read" in dialog.results_label.text()
    assert "units read" in dialog.results_label.text()

    dialog.connect_button.click()
    chosen = await asyncio.wait_for(task, 10)
    assert chosen is not None
    profile, secret = chosen
    assert profile.environment is Environment.SANDBOX
    assert profile.worktime_url == sandbox.info.worktime_url
    assert secret == Credentials("Demo-Api-Password-1", "Demo-WS-Password-1")
    assert profiles.get(profile.name) == profile
    # The passwords went to the keyring, not to the profile file.
    assert "Demo-Api-Password-1" in memory_keyring.passwords.values()
    assert "Demo-Api-Password-1" not in (tmp_path / "config" / "profiles.json").read_text()


async def test_wrong_password_gets_1001_advice_and_spares_the_hr_login(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _dialog(tmp_path, sandbox, parent)
    _fill(dialog, sandbox, password="Wrong-Password-1")
    dialog.test_button.click()
    await waiting.until(lambda: dialog.last_report is not None and not dialog.busy())
    report = dialog.last_report
    assert report is not None
    worktime, hr = report.results
    assert worktime.status is Status.FAILED and worktime.code == 1001
    assert "1018" in worktime.advice  # repeated tries lock the user: said before it happens
    assert hr.status is Status.NOT_TESTED
    assert "✖ Worktime API" in dialog.results_label.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "connection-dialog-wrong-password.png"))


# (no.rights lacks write rights only: its reads work, so a read-only test passes it.)
@pytest.mark.parametrize(("username", "code"), [("disabled.user", 1020)])
async def test_a_disabled_api_user_is_named_as_such(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
    username: str,
    code: int,
) -> None:
    dialog = _dialog(tmp_path, sandbox, parent)
    _fill(dialog, sandbox, username=username)
    dialog.test_button.click()
    await waiting.until(lambda: dialog.last_report is not None and not dialog.busy())
    report = dialog.last_report
    assert report is not None
    failed = [r for r in report.results if r.status is Status.FAILED]
    assert failed and failed[0].code == code
    assert f"({code})" in dialog.results_label.text()


async def test_unreachable_server_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _dialog(tmp_path, sandbox, parent)
    _fill(dialog, sandbox)
    for edit in (dialog.form.worktime_url_edit, dialog.form.hr_url_edit):
        edit.setText("http://127.0.0.1:9/WebService.php")  # discard port: nothing listens
    dialog.test_button.click()
    await waiting.until(lambda: dialog.last_report is not None and not dialog.busy(), timeout=30)
    report = dialog.last_report
    assert report is not None
    assert all(r.status is Status.FAILED for r in report.results)
    assert "could not be reached" in report.results[0].summary
    assert "server address" in report.results[0].advice


def test_password_ending_with_ampersand_is_refused_with_neptons_reason(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _dialog(tmp_path, sandbox, parent)
    _fill(dialog, sandbox, password="Salasana&")
    assert dialog.form.password_problem.isVisible()
    assert "ends with '&'" in dialog.form.password_problem.text()
    assert "breaks its XML" in dialog.form.password_problem.text()
    assert not dialog.test_button.isEnabled() and not dialog.connect_button.isEnabled()
    assert not dialog.save_profile()
    assert memory_keyring.passwords == {}
    dialog.form.password_edit.setText("Salasana&1")
    dialog.form.password_edit.textEdited.emit("Salasana&1")
    assert not dialog.form.password_problem.isVisible()
    assert dialog.connect_button.isEnabled()


def test_without_a_keyring_passwords_are_kept_for_this_session_only(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer, parent: QWidget
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = CredentialStore()
        dialog = _dialog(tmp_path, sandbox, parent, store)
        assert "this run only" in dialog.storage_label.text()
        _fill(dialog, sandbox)
        assert dialog.save_profile()
        assert "this session only" in dialog.storage_label.text()
        assert "keyring could not be used" in dialog.storage_label.text()
        # Kept in memory for this run, so the same dialog can still connect.
        assert store.load("Sandbox") == Credentials(
            sandbox.info.password, sandbox.info.webservice_password
        )
    finally:
        keyring.set_keyring(previous)


async def test_rename_moves_passwords_and_remove_asks_first(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _dialog(tmp_path, sandbox, parent)
    _fill(dialog, sandbox, name="Helsinki")
    assert dialog.save_profile()
    assert dialog.profile_list.count() == 1
    dialog.add_button.click()
    _fill(dialog, sandbox, name="Tampere")
    assert dialog.save_profile()
    assert dialog.profile_list.count() == 2
    dialog.form.name_edit.setText("Tampere HR")
    dialog.form.name_edit.textEdited.emit("Tampere HR")
    assert dialog.save_profile()
    store = dialog.credential_store
    assert store.load("Tampere") is None
    assert store.load("Tampere HR") is not None
    assert [p.name for p in dialog.profile_store.profiles()] == ["Helsinki", "Tampere HR"]

    dialog.remove_button.click()
    await waiting.until(
        lambda: dialog.pending_question is not None and dialog.pending_question.isVisible()
    )
    box = dialog.pending_question
    assert box is not None and "Tampere HR" in box.text()
    box.done(QMessageBox.StandardButton.Yes)
    await waiting.until(lambda: len(dialog.profile_store.profiles()) == 1)
    assert store.load("Tampere HR") is None
    assert dialog.profile_list.count() == 1
    assert dialog.form.name_edit.text() == "Helsinki"
    dialog.reject()


async def test_connection_dialog_screenshot(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    parent: QWidget,
    memory_keyring: MemoryKeyring,
) -> None:
    profiles = ProfileStore(tmp_path / "config")
    profiles.save(
        Profile.for_environment(
            "Tuotanto",
            Environment.PRODUCTION,
            customer_id="4711",
            deployment_id="900001",
            username="api.hr",
        )
    )
    dialog = _dialog(tmp_path, sandbox, parent)
    assert dialog.form.name_edit.text() == "Tuotanto"  # the stored profile is shown first
    dialog.add_button.click()
    _fill(dialog, sandbox, name="Testi")
    assert dialog.save_profile()
    dialog.test_button.click()
    await waiting.until(lambda: dialog.last_report is not None and not dialog.busy())
    assert dialog.last_report is not None and dialog.last_report.ok
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "connection-dialog.png"))
    dialog.profile_list.setCurrentRow(1)
    names = [dialog.profile_list.item(i).text() for i in range(dialog.profile_list.count())]
    assert names[0].startswith("Testi") and names[1].startswith("Tuotanto")
    assert dialog.form.production_note.isVisible()
    assert "password is missing" in dialog.hint_label.text()  # why Connect is greyed out
    assert not dialog.connect_button.isEnabled()
    await asyncio.sleep(0.05)  # let the layout settle around the new hint
    assert dialog.grab().save(str(SCREENSHOTS / "connection-dialog-production.png"))


def test_missing_operations_are_named_with_what_to_do() -> None:
    missing = [
        Missing("worktime", "operation", "GetActivitiesV5"),
        *(
            Missing("worktime", "element", f"ReturnValueForGetProjectsV2/Project/F{n}")
            for n in range(12)
        ),
    ]
    result = compatibility_result("Worktime API operations", missing)
    assert result.status is Status.FAILED
    assert result.summary.startswith("The server does not declare 13 thing")
    assert "GetActivitiesV5" in result.summary and "(+5)" in result.summary
    assert "newer than this server" in result.advice
    assert compatibility_result("HR API operations", []).status is Status.OK


async def test_lockout_gets_1018_advice_and_spares_the_hr_login(
    qtbot: QtBot, tmp_path: Path, parent: QWidget, memory_keyring: MemoryKeyring
) -> None:
    locked = SandboxServer(seed="demo", faults=FaultSpec.parse("lockout=1"))
    locked.start()
    try:
        dialog = _dialog(tmp_path, locked, parent)
        _fill(dialog, locked)
        dialog.test_button.click()
        await waiting.until(lambda: dialog.last_report is not None and not dialog.busy())
        report = dialog.last_report
        assert report is not None
        worktime, hr = report.results
        assert worktime.status is Status.FAILED and worktime.code == 1018
        assert "Wait before trying again" in worktime.advice
        assert hr.status is Status.NOT_TESTED
        assert len(report.results) == 2  # no WSDL check either: nothing more to try now
    finally:
        locked.stop()
