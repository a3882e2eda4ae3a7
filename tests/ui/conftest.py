"""UI tests: async ones run on a qasync loop (see pytest_asyncio_loop_factories in
tests/conftest.py). Inside them wait with tests/ui/waiting.py, never with qtbot.wait*: a nested
Qt loop inside a coroutine hangs qasync.

``demo`` starts a real sandbox with the demo community on loopback; ``demo_window`` is the main
window connected to it through the real API service, loaded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from nepton_desktop.ui.demo import DemoSession, start_demo
from nepton_desktop.ui.editing.journal import EditJournal, journal_path
from nepton_desktop.ui.main_thread_gc import GuiThreadGarbageCollector
from nepton_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def _english_in_finland() -> Iterator[None]:
    """The locale the app formats with on a bare ``C`` system (English in Finland: dates
    ``03/12/2026``, times ``8.05``, decimal comma), whatever machine runs the tests; a test of
    another locale sets its own."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Finland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (ui/app.py): the cyclic collector never runs in a worker or sandbox
    thread, where it could destroy a closed window's Qt objects off the GUI thread."""
    collector = GuiThreadGarbageCollector()
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _restore_quit_on_last_window_closed() -> Iterator[None]:
    """open_window() switches it off as the app does; later tests get Qt's default back."""
    app = QApplication.instance()
    before = QApplication.quitOnLastWindowClosed() if app is not None else True
    yield
    if QApplication.instance() is not None:
        QApplication.setQuitOnLastWindowClosed(before)


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[DemoSession]:
    session = await start_demo(tmp_path / "sandbox")
    try:
        yield session
    finally:
        await session.aclose()


def open_window(demo: DemoSession, qtbot: QtBot, data_dir: Path) -> MainWindow:
    # As in ui/app.py: closing the window must not quit the application (and with it the loop
    # the test runs on); the app decides when to end.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    journal = EditJournal(journal_path(demo.profile.name, data_dir))
    window = MainWindow(demo.service, identity=demo.identity, journal=journal)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


async def close_window(window: MainWindow) -> None:
    for task in list(window.tasks):
        task.cancel()
    if isValid(window):  # pytest-qt may have closed it already
        window._close_confirmed = True  # the test decides about unsent edits itself
        window.close()


@pytest.fixture
async def demo_window(demo: DemoSession, qtbot: QtBot, tmp_path: Path) -> AsyncIterator[MainWindow]:
    window = open_window(demo, qtbot, tmp_path / "data")
    await window.start_loading()
    try:
        yield window
    finally:
        await close_window(window)
