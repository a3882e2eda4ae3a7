"""The window shell without a connection: tabs, shortcuts, status bar identity."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.main_window import TAB_TITLES, ConnectionIdentity, MainWindow


def test_main_window_has_the_four_tabs(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == list(TAB_TITLES)
    assert window.menuBar().actions()
    assert window.connection_label.text() == "Not connected"


def test_tab_shortcuts(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    shortcuts = {a.objectName(): a.shortcuts() for a in window.actions()}
    assert QKeySequence("Ctrl+PgDown") in shortcuts["next_tab"]
    assert QKeySequence("Ctrl+PgUp") in shortcuts["previous_tab"]
    assert QKeySequence("Alt+3") in shortcuts["show_tab_3"]
    assert QKeySequence("F5") in shortcuts["refresh"]
    assert QKeySequence("Ctrl+S") in shortcuts["submit"]
    assert QKeySequence("Ctrl+F") in shortcuts["find"]
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    window.tab_actions[2].trigger()
    assert window.tabs.currentIndex() == 2
    window.next_tab_action.trigger()
    window.next_tab_action.trigger()
    assert window.tabs.currentIndex() == 0  # wraps around
    window.previous_tab_action.trigger()
    assert window.tabs.currentIndex() == 3


def test_production_is_unmissable(qtbot: QtBot) -> None:
    identity = ConnectionIdentity("Acme live", "api.integration", "production")
    window = MainWindow(object(), identity=identity)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.environment_label.text() == "PRODUCTION"
    assert "background-color" in window.environment_label.styleSheet()
    assert "Acme live" in window.connection_label.text()
    assert "api.integration" in window.connection_label.text()
    assert "PRODUCTION" in window.windowTitle()


def test_demo_is_labelled_plainly(qtbot: QtBot) -> None:
    identity = ConnectionIdentity("Demo", "api.integration", "demo")
    window = MainWindow(object(), identity=identity)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.environment_label.text() == "Demo sandbox"
    assert "background-color" not in window.environment_label.styleSheet()


async def test_request_log_dock_shows_the_service_log(demo_window: MainWindow) -> None:
    from tests.ui.waiting import until

    dock = demo_window.request_log_dock
    assert not dock.isVisible()
    demo_window.request_log_action.trigger()
    assert dock.isVisible()
    await until(lambda: dock.model.rowCount() >= 5, what="logged reads")  # persons, units, ...


async def test_import_opens_on_the_current_tab(demo_window: MainWindow) -> None:
    from nepton_desktop.domain.columns import Entity

    demo_window.tabs.setCurrentWidget(demo_window.absences_tab)
    wizard = demo_window.open_import_wizard()
    assert wizard is not None and wizard.isVisible()
    assert wizard.session.entity is Entity.ABSENCES  # type: ignore[attr-defined]
    from tests.ui.waiting import until

    gone: list[bool] = []
    wizard.destroyed.connect(lambda: gone.append(True))
    wizard.reject()  # type: ignore[attr-defined]
    assert demo_window.import_wizard is None
    await until(lambda: gone, what="wizard deleted")  # while the window lives, not in teardown
    assert not demo_window.tasks  # cancelled: nothing was sent, so no refresh


def test_application_has_the_app_icon_and_desktop_name(qapp: object) -> None:
    from nepton_desktop.ui.app import create_application

    app = create_application([])
    assert app.desktopFileName() == "nepton-desktop"
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()
