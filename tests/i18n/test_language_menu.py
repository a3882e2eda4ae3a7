"""Choosing a language: saved at once, takes effect after a restart the user may start."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.i18n import language_menu
from nepton_desktop.ui.i18n.language_menu import LanguageMenu, relaunch_command
from nepton_desktop.ui.i18n.languages import LanguageChoice, read_choice


class Window(QMainWindow):
    """A main window whose close handling can refuse, as one with unsaved work may."""

    def __init__(self, refuse: bool = False) -> None:
        super().__init__()
        self.refuse = refuse
        self.close_events = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_events += 1
        if self.refuse:
            event.ignore()
        else:
            event.accept()


class AskingWindow(QMainWindow):
    """Like the main window with unsent changes: the close asks first, in a window-modal
    box opened with open(), and closes for real only when the user agrees."""

    def __init__(self) -> None:
        super().__init__()
        self.confirmed = False
        self.question: QMessageBox | None = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirmed:
            event.accept()
            return
        event.ignore()
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsent", "Keep them?", parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._answered(result))
        self.question = box
        box.open()

    def _answered(self, result: int) -> None:
        self.question = None
        if result == QMessageBox.StandardButton.Ok.value:
            self.confirmed = True
            self.close()


class Launcher:
    """Records the relaunch; ``exit()`` runs what was registered to run at process exit."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []
        self.at_exit: list[Callable[[], None]] = []

    def __call__(self, program: str, arguments: Sequence[str]) -> bool:
        self.calls.append((program, list(arguments)))
        return True

    def register(self, function: Callable[[], None]) -> None:
        self.at_exit.append(function)

    def exit(self) -> None:
        for function in self.at_exit:
            function()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _menu(qtbot: QtBot, settings: QSettings, window: Window) -> tuple[LanguageMenu, Launcher]:
    launcher = Launcher()
    qtbot.addWidget(window)
    menu = LanguageMenu(settings, window, window, launcher=launcher, at_exit=launcher.register)
    window.menuBar().addMenu(menu)
    window.show()
    return menu, launcher


def _answer(menu: LanguageMenu, restart: bool) -> None:
    box = menu.notice
    assert box is not None and box.isVisible()
    wanted = QMessageBox.ButtonRole.AcceptRole if restart else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == wanted)
    button.click()


def test_the_menu_shows_the_saved_choice(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue("language", "sv")
    menu, _ = _menu(qtbot, settings, Window())
    checked = [c for c, a in menu.actions_by_choice.items() if a.isChecked()]
    assert checked == [LanguageChoice.SWEDISH]
    assert [a.text() for a in menu.actions()][1:] == ["Suomi", "Svenska", "English"]


def test_choosing_saves_and_later_keeps_the_app_running(qtbot: QtBot, settings: QSettings) -> None:
    window = Window()
    menu, launcher = _menu(qtbot, settings, window)
    with qtbot.waitSignal(menu.changed) as changed:
        menu.actions_by_choice[LanguageChoice.FINNISH].trigger()
    assert changed.args == ["fi"]
    assert read_choice(settings) is LanguageChoice.FINNISH
    _answer(menu, restart=False)
    assert window.isVisible() and launcher.at_exit == []


def test_restart_now_closes_the_window_and_relaunches_at_exit(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["nepton-desktop", "--demo"])
    window = Window()
    menu, launcher = _menu(qtbot, settings, window)
    menu.choose(LanguageChoice.ENGLISH)
    _answer(menu, restart=True)
    assert window.close_events == 1 and not window.isVisible()
    assert launcher.calls == []  # not while this process still runs
    launcher.exit()
    assert launcher.calls == [(sys.executable, ["-m", "nepton_desktop", "--demo"])]


def test_no_restart_when_the_window_refuses_to_close(qtbot: QtBot, settings: QSettings) -> None:
    window = Window(refuse=True)
    menu, launcher = _menu(qtbot, settings, window)
    menu.choose(LanguageChoice.SWEDISH)
    _answer(menu, restart=True)
    assert window.close_events == 1 and window.isVisible()
    qtbot.waitUntil(lambda: not window.findChildren(language_menu._PendingRestart), timeout=5000)
    assert launcher.at_exit == []
    assert read_choice(settings) is LanguageChoice.SWEDISH  # the choice stays saved


def test_choosing_the_current_language_asks_nothing(qtbot: QtBot, settings: QSettings) -> None:
    menu, _ = _menu(qtbot, settings, Window())
    menu.choose(LanguageChoice.SYSTEM)
    assert menu.notice is None


def test_relaunch_command() -> None:
    assert relaunch_command(["/x/nepton-desktop", "--profile", "A"], frozen=False) == (
        sys.executable,
        ["-m", "nepton_desktop", "--profile", "A"],
    )
    assert relaunch_command(["/x/nepton-desktop", "--demo"], frozen=True) == (
        sys.executable,
        ["--demo"],
    )
    assert language_menu.relaunch_command([], frozen=True) == (sys.executable, [])


def _press(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    found = box.button(button)
    assert found is not None
    found.click()


def test_restart_waits_for_a_close_that_asks_first(qtbot: QtBot) -> None:
    window = AskingWindow()
    qtbot.addWidget(window)
    window.show()
    launcher = Launcher()
    assert language_menu.restart_application(window, launcher, launcher.register) is False
    qtbot.waitUntil(lambda: window.question is not None and window.question.isVisible())
    qtbot.wait(300)  # the restart keeps waiting while the question is open
    assert launcher.at_exit == []
    _press(window.question, QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: len(launcher.at_exit) == 1)
    assert not window.isVisible()
    launcher.exit()
    assert len(launcher.calls) == 1


def test_cancelling_the_close_drops_the_restart(qtbot: QtBot) -> None:
    window = AskingWindow()
    qtbot.addWidget(window)
    window.show()
    launcher = Launcher()
    language_menu.restart_application(window, launcher, launcher.register)
    qtbot.waitUntil(lambda: window.question is not None and window.question.isVisible())
    _press(window.question, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: not window.findChildren(language_menu._PendingRestart))
    # Closing later, the ordinary way, quits without starting the app again.
    window.confirmed = True
    window.close()
    qtbot.wait(300)
    assert launcher.at_exit == []


def test_the_main_window_offers_the_language_choice(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    from nepton_desktop.ui.main_window import MainWindow
    from nepton_desktop.ui.window_state import WindowState

    window = MainWindow(window_state=WindowState(settings))
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu.menuAction() in window.view_menu.actions()
    menu._at_exit = lambda _f: None  # never relaunch from a test
    menu.actions_by_choice[LanguageChoice.SWEDISH].trigger()
    assert read_choice(settings) is LanguageChoice.SWEDISH
    assert menu.notice is not None
    menu.notice.done(QMessageBox.StandardButton.Cancel.value)
