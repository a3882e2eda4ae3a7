"""Start the Qt application with one asyncio loop inside Qt's (qasync).

``--demo`` starts the sandbox in a worker thread and opens the window on it, no dialog;
``--profile NAME`` opens on a saved profile with its passwords from the keyring. The window
gets its service through its constructor; when it closes, the service (and the demo sandbox)
are closed before the loop, and the loop before the QApplication.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nepton_desktop import __version__
from nepton_desktop.ui.i18n import install_translators
from nepton_desktop.ui.main_thread_gc import collect_on_the_gui_thread
from nepton_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from nepton_desktop.api import Credentials, NeptonService, Profile
    from nepton_desktop.ui.connection.demo_sandbox import DemoSandbox
    from nepton_desktop.ui.main_window import ConnectionIdentity


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Nepton Desktop")
    app.setOrganizationName("Nepton Desktop")
    app.setApplicationVersion(__version__)
    # Desktop shells match the window to nepton-desktop.desktop (its name and icon).
    app.setDesktopFileName("nepton-desktop")
    icon = _icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    collect_on_the_gui_thread(app)
    return app


def _icon_path() -> Path | None:
    """The app icon: bundled under resources/icons when frozen, in packaging/ in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources" / "icons"] if bundle else []
    candidates.append(Path(__file__).resolve().parents[2] / "packaging" / "icons")
    for folder in candidates:
        if (folder / "nepton-desktop.svg").is_file():
            return folder / "nepton-desktop.svg"
    return None


def run_gui(*, demo: bool = False, profile_name: str | None = None) -> int:
    app = create_application()
    collector = collect_on_the_gui_thread(app)
    install_translators(app)  # before any widget: the saved language choice, else the system's
    # The window's close decides when the app ends (it may first ask about unsent changes and
    # must close the service), not Qt's "last window closed".
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code: int = loop.run_until_complete(_main(demo=demo, profile_name=profile_name))
    finally:
        collector.stop()
    return code


async def _main(*, demo: bool, profile_name: str | None) -> int:
    """One window per connection: File > Connect closes the window, asks for the next
    connection and opens a new window on it (each window keeps the one service it got)."""
    from nepton_desktop.api import NeptonService
    from nepton_desktop.ui.connection.demo_sandbox import DemoSandbox
    from nepton_desktop.ui.demo import DemoSession, identity_for, start_demo
    from nepton_desktop.ui.error_dialog import show_error

    session: DemoSession | None = None
    sandbox = DemoSandbox()
    try:
        if demo:
            session = await start_demo()
            # The connection dialog's "Built-in demo" then uses this same sandbox.
            sandbox = DemoSandbox(session.server)
        first = True
        while True:
            if first and session is not None:
                window = await _run_window(session.service, session.identity)
            else:
                chosen = await _choose_profile(profile_name if first else None, sandbox)
                if chosen is None:
                    window = await _run_window(None, None)
                else:
                    profile, credentials = chosen
                    service = NeptonService(profile, credentials)
                    try:
                        window = await _run_window(service, identity_for(profile))
                    finally:
                        await service.aclose()
            if not window.reconnect_requested:
                return 0
            first = False
    except Exception as error:  # the user sees why the app could not start
        await show_error(None, error)
        return 1
    finally:
        if session is not None:
            await session.aclose()
        sandbox.stop()


async def _run_window(
    service: NeptonService | None, identity: ConnectionIdentity | None
) -> MainWindow:
    """Show a main window on this connection and return once it has closed."""
    from nepton_desktop.ui.editing.journal import EditJournal, journal_path
    from nepton_desktop.ui.window_state import WindowState

    journal = EditJournal(journal_path(identity.profile_name)) if identity is not None else None
    window = MainWindow(service, identity=identity, journal=journal, window_state=WindowState())
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    window.show()
    if service is not None:
        window.start_loading()
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Not connected: choose File > Connect.")
        )
    await closed.wait()
    return window


async def _choose_profile(
    profile_name: str | None, sandbox: DemoSandbox
) -> tuple[Profile, Credentials] | None:
    """The profile to open: ``--profile`` with its stored passwords, else the connection
    dialog (first start, or passwords not stored)."""
    from nepton_desktop.api import CredentialStore, ProfileStore
    from nepton_desktop.ui.connection.dialog import choose_connection

    profiles = ProfileStore()
    credentials = CredentialStore()
    if profile_name:
        profile = profiles.get(profile_name)
        stored = credentials.load(profile.name)
        if stored is not None:
            return profile, stored
    return await choose_connection(
        None, profiles, credentials, demo=sandbox, preselect=profile_name
    )
