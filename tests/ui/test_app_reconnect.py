"""The app's own loop of windows (ui/app.py): File > Connect closes the window and opens the
next on the connection the user chooses; cancelling the choice opens an unconnected window;
closing a window without asking to reconnect ends the app."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from PySide6.QtWidgets import QApplication

from nepton_desktop.api.profiles import Environment
from nepton_desktop.ui import app
from nepton_desktop.ui.connection.dialog import ConnectionDialog
from nepton_desktop.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.waiting import until


def _shown(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _loaded(window: MainWindow) -> bool:
    task = window.load_task
    return task is not None and task.done() and window.personnel_tab.model.rowCount() > 0


@pytest.fixture
async def main() -> AsyncIterator[asyncio.Future[int]]:
    """The app's _main on --demo, as run_gui runs it; whatever a failing test left open is
    closed after it."""
    # As run_gui does: a closing window must not quit the application (and the test's loop).
    QApplication.setQuitOnLastWindowClosed(False)
    task = asyncio.ensure_future(app._main(demo=True, profile_name=None))
    yield task
    if not task.done():
        task.cancel()
        for window in _shown(MainWindow):
            window.close()


async def _next_window(before: MainWindow | None) -> MainWindow:
    await until(lambda: any(w is not before for w in _shown(MainWindow)), what="a new window")
    (window,) = [w for w in _shown(MainWindow) if w is not before]
    return window


async def test_connect_opens_a_new_window_on_the_chosen_connection_and_close_ends(
    main: asyncio.Future[int], memory_keyring: MemoryKeyring
) -> None:
    first = await _next_window(None)
    await until(lambda: _loaded(first), what="the demo loaded", timeout=30)
    persons = first.personnel_tab.model.rowCount()

    first.request_reconnect()
    await until(lambda: bool(_shown(ConnectionDialog)), what="the connection dialog")
    assert not first.isVisible()
    (dialog,) = _shown(ConnectionDialog)
    combo = dialog.form.environment_combo
    combo.setCurrentIndex(combo.findData(Environment.SANDBOX.value))
    combo.activated.emit(combo.currentIndex())
    await until(lambda: dialog.form.customer_id_edit.text() == "1234", what="demo facts")
    await until(dialog.connect_button.isEnabled, what="connect enabled")
    dialog.connect_button.click()

    second = await _next_window(first)
    await until(lambda: _loaded(second), what="the new window loaded", timeout=30)
    # The built-in demo in the dialog is the sandbox the app already runs.
    assert second.personnel_tab.model.rowCount() == persons
    assert second.service is not first.service

    second.close()
    assert await asyncio.wait_for(main, 30) == 0


async def test_cancelled_connection_choice_opens_an_unconnected_window(
    main: asyncio.Future[int],
) -> None:
    first = await _next_window(None)
    await until(lambda: _loaded(first), what="the demo loaded", timeout=30)
    first.request_reconnect()
    await until(lambda: bool(_shown(ConnectionDialog)), what="the connection dialog")
    (dialog,) = _shown(ConnectionDialog)
    dialog.reject()

    second = await _next_window(first)
    assert second.service is None
    assert "File > Connect" in second.statusBar().currentMessage()
    second.close()
    assert await asyncio.wait_for(main, 30) == 0
