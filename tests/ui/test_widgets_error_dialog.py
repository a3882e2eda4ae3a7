"""The error dialog: plain Nepton messages, scrubbed details, copy, awaitable from a coroutine."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.api.errors import AccountLocked, AuthenticationFailed
from nepton_desktop.domain.identity import make_fi_iban, make_hetu
from nepton_desktop.ui.error_dialog import (
    ErrorDialog,
    error_details,
    scrub_secrets,
    show_error,
    status_color,
)
from tests.conftest import screenshot_dir
from tests.ui import waiting

SCREENSHOTS = screenshot_dir()


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_nepton_error_shows_its_plain_message_in_the_ui_language(qtbot: QtBot) -> None:
    error = AuthenticationFailed("login refused", operation="GetActivityTypes")
    english = ErrorDialog(error, language="en")
    finnish = ErrorDialog(error, language="fi")
    qtbot.addWidget(english)
    qtbot.addWidget(finnish)
    assert english.message_label.text() == AuthenticationFailed.message_en
    assert finnish.message_label.text() == AuthenticationFailed.message_fi
    assert "Code: 1001" in english.details_text
    assert "Operation: GetActivityTypes" in english.details_text


def test_details_are_hidden_until_asked_for(qtbot: QtBot) -> None:
    dialog = ErrorDialog(ValueError("bad value"), context="Could not read the file.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details_view.isVisible()
    assert dialog.message_label.text().startswith("Could not read the file.")
    dialog.details_button.click()
    assert dialog.details_view.isVisible()
    assert "ValueError" in dialog.details_view.toPlainText()
    assert dialog.details_button.text() == "Hide details"


def test_copied_details_hold_no_passwords_identity_codes_or_ibans(qtbot: QtBot) -> None:
    hetu = make_hetu(__import__("datetime").date(1985, 3, 12), 123)
    iban = make_fi_iban("12345600000785")
    secret = "Demo-Api-Password-1"
    error = _raised(
        RuntimeError(
            f"<Password>{secret}</Password><WebServicePassword>Demo-WS-Password-1"
            f"</WebServicePassword> person {hetu} account {iban} password={secret}x "
            "https://api.integration:hunter2@time.example"
        )
    )
    dialog = ErrorDialog(error, secrets=[secret])
    qtbot.addWidget(dialog)
    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    for leaked in (secret, "Demo-WS-Password-1", hetu, iban, "hunter2"):
        assert leaked not in copied
    assert hetu[:7] in copied  # the birth-date part stays, as Nepton's own UI shows it
    assert "Traceback" in copied
    assert "RuntimeError" in copied


def test_scrub_masks_a_known_secret_without_a_telltale_key() -> None:
    assert "s3cr3t&x" not in scrub_secrets("sent s3cr3t&x to the server", ["s3cr3t&x"])
    assert error_details("plain text") == "plain text"


async def test_show_error_is_awaitable_inside_a_coroutine(qtbot: QtBot) -> None:
    # A parent window stays open, as the main window does: closing the last window would quit.
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = asyncio.ensure_future(show_error(parent, AccountLocked(), title="Connection"))
    await waiting.until(lambda: parent.findChild(ErrorDialog) is not None)
    dialog = parent.findChild(ErrorDialog)
    assert isinstance(dialog, ErrorDialog)
    await waiting.until(dialog.isVisible)
    assert dialog.windowTitle() == "Connection"
    assert dialog.message_label.text() == AccountLocked.message_en
    # Another task keeps running while the dialog is open: no nested loop.
    ticks: list[int] = []
    asyncio.get_running_loop().call_soon(ticks.append, 1)
    await waiting.until(lambda: ticks)
    assert not task.done()
    dialog.reject()
    await asyncio.wait_for(task, 5)


def test_error_dialog_screenshot(qtbot: QtBot) -> None:
    dialog = ErrorDialog(
        _raised(AuthenticationFailed("ResponseCode 1001", operation="GetActivityTypes")),
        context="Could not connect to Nepton.",
        language="en",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.details_button.click()
    dialog.resize(620, 420)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "error-dialog.png"))


async def test_a_dialog_with_no_window_behind_it_does_not_quit_the_app(qtbot: QtBot) -> None:
    # First start: the connection dialog or an early error is the only window. Closing it
    # must not quit the application (and stop the loop this coroutine runs on).
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    task = asyncio.ensure_future(show_error(None, AccountLocked()))
    await waiting.until(
        lambda: any(
            isinstance(w, ErrorDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    )
    dialog.reject()
    await asyncio.wait_for(task, 5)
    assert QApplication.quitOnLastWindowClosed()  # held off only while it was open
    ticks: list[int] = []
    asyncio.get_running_loop().call_soon(ticks.append, 1)
    await waiting.until(lambda: ticks)  # the loop still runs


def test_status_colours_stay_readable_on_a_dark_scheme(qtbot: QtBot) -> None:
    light_base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert light_base.lightness() > 128
    on_light = status_color("error")
    previous = QApplication.palette()
    dark = QPalette(previous)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    QApplication.setPalette(dark)
    try:
        on_dark = status_color("error")
    finally:
        QApplication.setPalette(previous)
    assert on_dark.lightness() > on_light.lightness()
    assert on_dark.lightness() - QColor("#1e1e1e").lightness() > 100
