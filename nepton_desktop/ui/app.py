"""Start the Qt application with one asyncio loop inside Qt's (qasync)."""

from __future__ import annotations

import asyncio
import sys

import qasync
from PySide6.QtWidgets import QApplication

from nepton_desktop import __version__
from nepton_desktop.ui.i18n import install_translators
from nepton_desktop.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Nepton Desktop")
    app.setOrganizationName("Nepton Desktop")
    app.setApplicationVersion(__version__)
    return app


def run_gui(*, demo: bool = False, profile_name: str | None = None) -> int:
    app = create_application()
    install_translators(app)  # before any widget: the saved language choice, else the system's
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow()
    window.show()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)

    async def main() -> None:
        await closed.wait()

    with loop:
        loop.run_until_complete(main())
    return 0
