"""A load that Nepton refuses shows the error dialog and leaves the window usable."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nepton_desktop.api import Credentials, NeptonService
from nepton_desktop.ui.demo import DemoSession
from nepton_desktop.ui.error_dialog import ErrorDialog
from nepton_desktop.ui.main_window import ConnectionIdentity, MainWindow
from tests.ui.waiting import until


def error_dialogs() -> list[ErrorDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


async def test_wrong_password_is_shown_not_swallowed(demo: DemoSession, qtbot: QtBot) -> None:
    info = demo.server.info
    service = NeptonService(demo.profile, Credentials("wrong-password", info.webservice_password))
    window = MainWindow(service, identity=ConnectionIdentity("Demo", info.username, "demo"))
    qtbot.addWidget(window)
    window.show()
    outcomes: list[bool] = []
    window.loaded.connect(outcomes.append)
    try:
        task = window.start_loading()
        await until(lambda: error_dialogs(), what="error dialog")
        [dialog] = error_dialogs()
        assert "1001" in dialog.details_text or "password" in dialog.message_text.lower()
        assert "wrong-password" not in dialog.details_text  # never shown, never copied
        dialog.reject()
        await task
        assert outcomes == [False]
        assert not window.progress.isVisible()
        assert all(tab.model.rowCount() == 0 for tab in window.entity_tabs.values())
    finally:
        await service.aclose()
