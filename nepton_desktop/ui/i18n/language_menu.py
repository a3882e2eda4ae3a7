"""Settings > Language: follow the system, or Suomi, Svenska, English.

The choice is saved at once (QSettings ``language``) and takes effect when the app starts
again: a running window keeps the texts it was built with. The user is told so and offered
"Restart now", which closes the main window the ordinary way (its close handling keeps unsent
changes in the local journal, and may ask first or cancel); once the app has ended, it starts
again with the same arguments.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QElapsedTimer,
    QObject,
    QProcess,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from nepton_desktop.ui.i18n.languages import LanguageChoice, read_choice, write_choice

# Each language is named in itself, as users look for their own language's name.
NATIVE_NAMES = {
    LanguageChoice.FINNISH: "Suomi",
    LanguageChoice.SWEDISH: "Svenska",
    LanguageChoice.ENGLISH: "English",
}

Launcher = Callable[[str, Sequence[str]], bool]
AtExit = Callable[[Callable[[], None]], object]  # atexit.register


def relaunch_command(
    argv: Sequence[str] | None = None, *, frozen: bool | None = None
) -> tuple[str, list[str]]:
    """The program and arguments that start this app again with the same arguments."""
    args = list(sys.argv if argv is None else argv)[1:]
    if frozen if frozen is not None else bool(getattr(sys, "frozen", False)):
        return sys.executable, args
    return sys.executable, ["-m", "nepton_desktop", *args]


def _start_detached(program: str, arguments: Sequence[str]) -> bool:
    started, _pid = QProcess.startDetached(program, list(arguments))
    return bool(started)


def restart_application(
    window: QWidget, launcher: Launcher = _start_detached, at_exit: AtExit = atexit.register
) -> bool:
    """Close ``window`` the ordinary way, and start the app again once this process has ended.

    The window's close handling runs first (it keeps unsent changes in the local journal) and
    the app shuts down as on any close (services and the demo sandbox closed); the new process
    is started at exit (``at_exit``), so the two never hold the journal at the same time.
    Returns True when the window closed at once. A window may put off its close to ask first
    (unsent changes: keep or discard?); then the restart waits and happens when the window does
    close, or is dropped when the user cancels (the window stays open once no dialog is asking).
    """
    if window.close():
        _relaunch_at_exit(launcher, at_exit)
        return True
    _PendingRestart(window, launcher, at_exit)
    return False


def _relaunch_at_exit(launcher: Launcher, at_exit: AtExit) -> None:
    program, arguments = relaunch_command()

    def relaunch() -> None:
        launcher(program, arguments)

    at_exit(relaunch)


class _PendingRestart(QObject):
    """Waits for a window whose close handling is still asking the user."""

    POLL_MS = 100
    NO_QUESTION_MS = 3000  # no dialog showed up in this time: the close was refused

    def __init__(self, window: QWidget, launcher: Launcher, at_exit: AtExit) -> None:
        super().__init__(window)
        self._window = window
        self._launcher = launcher
        self._at_exit = at_exit
        self._asked = False
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        if not self._window.isVisible():
            self._stop()
            _relaunch_at_exit(self._launcher, self._at_exit)
            return
        if QApplication.activeModalWidget() is not None:
            self._asked = True
            return
        if self._asked or self._clock.elapsed() > self.NO_QUESTION_MS:
            self._stop()  # the user cancelled the close: no restart

    def _stop(self) -> None:
        self._timer.stop()
        self.deleteLater()


class LanguageMenu(QMenu):
    """A menu of the languages (checkable, one at a time), for the Settings or Help menu.

    ``window`` is the main window that "Restart now" closes. ``changed`` carries the new choice
    once it is saved.
    """

    changed = Signal(str)

    def __init__(
        self,
        settings: QSettings,
        window: QWidget,
        parent: QWidget | None = None,
        *,
        launcher: Launcher = _start_detached,
        at_exit: AtExit = atexit.register,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("language_menu")
        self._settings = settings
        self._window = window
        self._launcher = launcher
        self._at_exit = at_exit
        self.notice: QMessageBox | None = None
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_choice: dict[LanguageChoice, QAction] = {}
        current = read_choice(settings)
        for choice in LanguageChoice:
            text = (
                self.tr("System language")
                if choice is LanguageChoice.SYSTEM
                else NATIVE_NAMES[choice]
            )
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(choice is current)
            action.setData(choice.value)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self._group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action

    def choose(self, choice: LanguageChoice) -> None:
        """Save ``choice`` and tell the user it takes effect after a restart."""
        if choice is read_choice(self._settings):
            return
        write_choice(self._settings, choice)
        self.actions_by_choice[choice].setChecked(True)
        self.changed.emit(choice.value)
        self._show_restart_notice()

    def _show_restart_notice(self) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("language_restart_notice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language changed"))
        box.setText(self.tr("The new language takes effect when Nepton Desktop starts again."))
        box.setInformativeText(
            self.tr("Your unsent changes are kept and are there again after the restart.")
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def finished() -> None:
            if box.clickedButton() is restart:
                restart_application(self._window, self._launcher, self._at_exit)

        box.finished.connect(finished)
        self.notice = box
        box.open()
