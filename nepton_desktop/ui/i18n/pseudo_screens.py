"""Render the app pseudo-localised into PNGs and list every text that does not fit.

    python -m nepton_desktop.ui.i18n.pseudo_screens [--out docs/screenshots] [--language pseudo]

Starts the demo sandbox, opens the main window on it with every text stretched by 40 %
(:mod:`pseudo`), and saves the main window on each tab, its menus and the dialogs the user
meets (language change, error, import wizard, review before sending, unsent changes on close,
About) as ``pseudo-<name>.png``. Prints the texts that are cut (:mod:`cut_texts`); exits 1 when
there are any outside table headers. ``--language fi`` or ``sv`` renders real translations.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.i18n.cut_texts import CutText, find_cut_texts
from nepton_desktop.ui.i18n.loader import install_translators

ROOT = Path(__file__).resolve().parents[3]
SETTLE_S = 0.15  # lets layouts, deferred resizes and queued paints run before a grab


@dataclass
class Screen:
    name: str
    path: Path
    cut: list[CutText] = field(default_factory=list)

    @property
    def cut_outside_headers(self) -> list[CutText]:
        return [c for c in self.cut if not c.header]


class Capture:
    """Saves widgets as ``<prefix><name>.png`` and measures their texts."""

    def __init__(self, out_dir: Path, prefix: str) -> None:
        self.out_dir = out_dir
        self.prefix = prefix
        self.screens: list[Screen] = []

    async def grab(self, name: str, widget: QWidget) -> Screen:
        if not widget.isVisible():
            widget.show()
        await asyncio.sleep(SETTLE_S)
        path = self.out_dir / f"{self.prefix}{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        screen = Screen(name, path, find_cut_texts(widget))
        self.screens.append(screen)
        return screen


async def _wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def _dispose(widget: QWidget) -> None:
    # Hidden first and given time for its queued work (deferred layouts) to run out.
    widget.hide()
    await asyncio.sleep(SETTLE_S)
    widget.deleteLater()
    await asyncio.sleep(SETTLE_S)


async def _close_dialog(dialog: QDialog | None) -> None:
    if dialog is not None:
        dialog.reject()
        await asyncio.sleep(0.05)


async def capture_app(out_dir: Path, prefix: str = "pseudo-") -> list[Screen]:
    """Open the demo app and save every screen; the translators must be installed already."""
    # Imported here: the window and the sandbox are heavy, and the rest of i18n must not need
    # them (the build script imports this package).
    from nepton_desktop.api.credentials import Credentials
    from nepton_desktop.api.errors import AuthenticationFailed
    from nepton_desktop.api.profiles import Environment, Profile
    from nepton_desktop.api.service import NeptonService
    from nepton_desktop.sandbox import SandboxServer
    from nepton_desktop.ui.error_dialog import ErrorDialog
    from nepton_desktop.ui.i18n.language_menu import LanguageMenu
    from nepton_desktop.ui.i18n.languages import LanguageChoice
    from nepton_desktop.ui.main_window import ConnectionIdentity, MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    capture = Capture(out_dir, prefix)
    async with AsyncExitStack() as stack:
        server = SandboxServer(seed="demo")
        server.start()
        stack.callback(server.stop)
        info = server.info
        profile = Profile.for_environment(
            "Demo",
            Environment.SANDBOX,
            customer_id=info.customer_id,
            deployment_id=info.deployment_id,
            username=info.username,
            worktime_url=info.worktime_url,
            hr_url=info.hr_url,
        )
        service = NeptonService(profile, Credentials(info.password, info.webservice_password))
        stack.push_async_callback(service.aclose)
        window = MainWindow(
            service,
            identity=ConnectionIdentity("Demo", info.username, "demo"),
            today=date.today(),
        )
        stack.push_async_callback(_dispose, window)
        window.resize(1280, 800)
        window.show()
        loaded: list[bool] = []
        window.loaded.connect(loaded.append)
        window.start_loading()
        await _wait_for(lambda: loaded, 60, "the demo data to load")

        names = ("personnel", "projects", "absences", "events")
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            await capture.grab(f"main-{name}", window)
        window.tabs.setCurrentIndex(0)

        for number, action in enumerate(window.menuBar().actions(), start=1):
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.actions():
                menu.popup(window.mapToGlobal(window.rect().topLeft()))
                await capture.grab(f"menu-{number}", menu)
                menu.hide()

        await _capture_dialogs(capture, window, stack, ErrorDialog, AuthenticationFailed)

        with tempfile.TemporaryDirectory() as tmp:
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            language = LanguageMenu(
                settings, window, window, launcher=lambda _p, _a: False, at_exit=lambda _f: None
            )
            language.popup(window.mapToGlobal(window.rect().topLeft()))
            await capture.grab("menu-language", language)
            language.hide()
            language.choose(LanguageChoice.FINNISH)
            assert language.notice is not None
            await capture.grab("language-restart", language.notice)
            language.notice.done(QMessageBox.StandardButton.Cancel.value)
    return capture.screens


async def _capture_dialogs(
    capture: Capture,
    window: QWidget,
    stack: AsyncExitStack,
    error_dialog: Callable[..., QDialog],
    error: Callable[[], Exception],
) -> None:
    dialog = error_dialog(error(), window)
    dialog.open()
    await capture.grab("error", dialog)
    details = getattr(dialog, "details_button", None)
    if details is not None:
        details.click()
        await capture.grab("error-details", dialog)
    await _close_dialog(dialog)

    for step in _extra_screens():
        await step(capture, window)


def _extra_screens() -> Sequence[Callable[[Capture, QWidget], Awaitable[None]]]:
    return (
        _about,
        _connection_dialog,
        _import_wizard,
        _import_history,
        _review_and_close_question,
    )


async def _about(capture: Capture, window: QWidget) -> None:
    if not isinstance(window, QMainWindow):
        return
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    if not menus or not isinstance(menus[-1], QMenu) or not menus[-1].actions():
        return
    menus[-1].actions()[-1].trigger()  # Help > About
    await asyncio.sleep(SETTLE_S)
    box = QApplication.activeModalWidget()
    if isinstance(box, QDialog):
        await capture.grab("about", box)
        await _close_dialog(box)


async def _import_wizard(capture: Capture, window: QWidget) -> None:
    """The wizard as the app opens it (File > Import), through file, sheet, columns, preview."""
    from nepton_desktop.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        return
    window.tabs.setCurrentIndex(0)  # personnel
    wizard = window.open_import_wizard()
    if not isinstance(wizard, QWizard):
        return
    await capture.grab("import-file", wizard)
    with tempfile.TemporaryDirectory() as tmp:
        file_page = getattr(wizard, "file_page", None)
        path_edit = getattr(file_page, "path_edit", None)
        if isinstance(path_edit, QLineEdit):
            path_edit.setText(str(_personnel_workbook(Path(tmp) / "henkilot.xlsx")))
            pages = (("import-sheet", 20.0), ("import-mapping", 20.0), ("import-preview", 60.0))
            for name, timeout in pages:
                wizard.next()
                page = wizard.currentPage()

                def ready(page: QWizardPage = page, name: str = name) -> bool:
                    if name == "import-preview":  # rows with errors keep it incomplete
                        session = getattr(wizard, "session", None)
                        return getattr(session, "plan", None) is not None and not _busy(page)
                    return page.isComplete() and not _busy(page)

                await _wait_for(ready, timeout, f"the {name} page")
                await capture.grab(name, wizard)
        wizard.reject()
        await asyncio.sleep(SETTLE_S)


def _busy(page: QWidget) -> bool:
    busy = getattr(page, "busy", None)
    return bool(busy()) if callable(busy) else False


def _personnel_workbook(path: Path) -> Path:
    """A small sheet as HR staff send them: a title row, Finnish headers, a few problems."""
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Henkilöt"
    sheet.append(["Henkilöstön muutokset"])
    sheet.append([])
    sheet.append(["Henkilönumero", "Etunimi", "Sukunimi", "Sähköposti", "Työsuhteen alku"])
    sheet.append(["10000", "Leena", "Räsänen", "leena.rasanen@example.fi", datetime(2019, 3, 1)])
    sheet.append(["10001", "Eero", "Rantanen", "eero.uusi@example.fi", None])
    sheet.append(["90001", "Aino", "Virtanen", "aino.virtanen@example.fi", "1.2.2027"])
    sheet.append(["90002", "Juha", "Nieminen", "juha.nieminen(at)example.fi", "31.2.2027"])
    book.save(path)
    return path


async def _connection_dialog(capture: Capture, window: QWidget) -> None:
    """The connection dialog on a new profile (first start), passwords in a memory store."""
    from keyring.backends.fail import Keyring as NoKeyring

    from nepton_desktop.api.credentials import CredentialStore
    from nepton_desktop.api.profiles import ProfileStore
    from nepton_desktop.ui.connection.dialog import ConnectionDialog

    with tempfile.TemporaryDirectory() as tmp:
        credentials = CredentialStore(NoKeyring())  # type: ignore[no-untyped-call]
        dialog = ConnectionDialog(ProfileStore(Path(tmp)), credentials, parent=window)
        dialog.open()
        await capture.grab("connection", dialog)
        await _close_dialog(dialog)
        await _dispose(dialog)


async def _import_history(capture: Capture, window: QWidget) -> None:
    from nepton_desktop.changes.journal import Journal
    from nepton_desktop.ui.import_wizard.history_dialog import ImportHistoryDialog

    service = getattr(window, "service", None)
    if service is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal(Path(tmp) / "journal.sqlite3")
        dialog = ImportHistoryDialog(journal, service, profile_name="Demo", parent=window)
        dialog.open()
        await capture.grab("import-history", dialog)
        await _close_dialog(dialog)
        await _dispose(dialog)
        journal.close()


async def _review_and_close_question(capture: Capture, window: QWidget) -> None:
    """Edit a name, send it through the review (then the outcome), edit again and close:
    the window asks about the unsent change."""
    from nepton_desktop.ui.main_window import MainWindow, dialog_on_screen

    if not isinstance(window, MainWindow):
        return
    window.tabs.setCurrentIndex(0)
    model = window.personnel_tab.model
    keys = [c.key for c in model.columns]
    if "first_name" not in keys or model.rowCount() < 4:
        return
    column = keys.index("first_name")

    def edit(row: int) -> None:
        index = model.index(row, column)
        model.setData(index, f"{model.data(index) or ''}-Maria")

    def on_screen(name: str) -> Callable[[], bool]:
        return lambda: (d := dialog_on_screen(window)) is not None and d.objectName() == name

    edit(3)
    window.start_submit()
    await _wait_for(on_screen("submit_review"), 20, "the review dialog")
    review = dialog_on_screen(window)
    assert review is not None
    await capture.grab("review", review)
    review.accept()  # send to the demo sandbox
    await _wait_for(on_screen("submit_outcome"), 60, "the outcome dialog")
    outcome = dialog_on_screen(window)
    assert outcome is not None
    await capture.grab("submit-outcome", outcome)
    outcome.accept()
    await _wait_for(lambda: not outcome.isVisible(), 20, "the outcome dialog to close")
    await asyncio.sleep(SETTLE_S)

    edit(4)
    window.close()  # unsent changes: the window asks first
    await _wait_for(lambda: window.pending_question is not None, 10, "the close question")
    question = window.pending_question
    assert question is not None
    await capture.grab("close-question", question)
    cancel = question.button(QMessageBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.click()
    await asyncio.sleep(SETTLE_S)
    model.undo_stack.undo()


def run(out_dir: Path, language: str = "pseudo", prefix: str | None = None) -> list[Screen]:
    """Install ``language`` and capture every screen on a qasync loop of its own."""
    import qasync

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    installed = install_translators(app, language)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go between the grabs
    loop = qasync.QEventLoop(app, already_running=False)
    previous = None
    try:
        previous = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        previous = None
    asyncio.set_event_loop(loop)
    try:
        screens: list[Screen] = loop.run_until_complete(
            capture_app(out_dir, prefix if prefix is not None else f"{language}-")
        )
        return screens
    finally:
        loop.close()  # also stops the loop's worker threads (asyncio.to_thread)
        if loader.active_language() is installed.language:
            loader.uninstall_translators()
        else:
            installed.uninstall()
        app.setQuitOnLastWindowClosed(quit_on_close)
        asyncio.set_event_loop(previous)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pseudo_screens", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="pseudo", help="pseudo (default), fi, sv or en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        # The window's journals and settings go to a scratch folder, not the user's.
        for variable in ("NEPTON_DESKTOP_CONFIG_DIR", "NEPTON_DESKTOP_DATA_DIR"):
            os.environ.setdefault(variable, str(Path(home) / variable.lower()))
        screens = run(args.out, args.language)
    problems = 0
    for screen in screens:
        print(f"{screen.path}")
        for cut in screen.cut:
            print(f"    {'header ' if cut.header else 'CUT    '}{cut}")
        problems += len(screen.cut_outside_headers)
    print(f"{len(screens)} screens, {problems} cut texts outside table headers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
