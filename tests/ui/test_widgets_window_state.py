"""Typed settings and window state: saved, restored, and safe on a changed screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QTableView
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.window_state import (
    LAST_FOLDER,
    LAST_TAB,
    REQUEST_LOG_VISIBLE,
    SETTINGS_VERSION,
    WindowState,
    keep_on_screen,
)


def _settings(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


class _Window(QMainWindow):
    def __init__(self, columns: int = 4) -> None:
        super().__init__()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("absences_splitter")
        self.view = QTableView(self.splitter)
        self.view.setObjectName("table_events")
        self.view.setModel(QStandardItemModel(3, columns, self.view))
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(QLabel("timeline", self.splitter))
        self.setCentralWidget(self.splitter)
        self.dock = QDockWidget("Request log", self)
        self.dock.setObjectName("request_log_dock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)


def test_typed_settings_survive_a_restart_and_bad_values_fall_back(tmp_path: Path) -> None:
    state = WindowState(_settings(tmp_path))
    assert state.get(LAST_TAB) == 0
    state.set(LAST_TAB, 3)
    state.set(LAST_FOLDER, "/home/hr/imports")
    state.set(REQUEST_LOG_VISIBLE, True)
    state.settings.sync()
    again = WindowState(_settings(tmp_path))  # INI gives every value back as text
    assert again.get(LAST_TAB) == 3
    assert again.get(LAST_FOLDER) == "/home/hr/imports"
    assert again.get(REQUEST_LOG_VISIBLE) is True
    assert again.get(SETTINGS_VERSION) >= 1
    again.settings.setValue(LAST_TAB.key, "not a number")
    assert again.get(LAST_TAB) == 0
    with pytest.raises(TypeError):
        again.set(LAST_TAB, "2")  # type: ignore[arg-type]


def test_tab_filters_are_remembered_per_tab(tmp_path: Path) -> None:
    state = WindowState(_settings(tmp_path))
    state.set_tab_filters("events", {"": "sairaus", "project": "P-100", "type": ""})
    state.settings.sync()
    again = WindowState(_settings(tmp_path))
    assert again.tab_filters("events") == {"": "sairaus", "project": "P-100"}
    # A column that an older version had and this one does not: its filter is dropped.
    assert again.tab_filters("events", known={"type", "person"}) == {"": "sairaus"}
    assert again.tab_filters("personnel") == {}
    again.settings.setValue("filters/projects", "{broken json")
    assert again.tab_filters("projects") == {}


def test_geometry_splitters_headers_and_docks_are_restored(qtbot: QtBot, tmp_path: Path) -> None:
    window = _Window()
    qtbot.addWidget(window)
    window.resize(700, 450)
    window.move(40, 30)
    window.show()
    window.splitter.setSizes([500, 150])
    window.view.horizontalHeader().resizeSection(1, 222)
    window.view.horizontalHeader().moveSection(0, 3)
    window.dock.hide()
    saved_sizes = window.splitter.sizes()
    WindowState(_settings(tmp_path)).save_window(window, "main")

    restored = _Window()
    qtbot.addWidget(restored)
    assert WindowState(_settings(tmp_path)).restore_window(restored, "main")
    restored.show()
    assert restored.size().width() == 700
    assert restored.view.horizontalHeader().sectionSize(1) == 222
    assert restored.view.horizontalHeader().visualIndex(0) == 3
    assert restored.splitter.sizes() == saved_sizes
    assert restored.dock.isHidden()


def test_header_saved_with_other_columns_is_not_applied(qtbot: QtBot, tmp_path: Path) -> None:
    window = _Window(columns=4)
    qtbot.addWidget(window)
    window.view.horizontalHeader().resizeSection(1, 222)
    WindowState(_settings(tmp_path)).save_window(window, "main")
    newer = _Window(columns=6)
    qtbot.addWidget(newer)
    default_width = newer.view.horizontalHeader().sectionSize(1)
    WindowState(_settings(tmp_path)).restore_window(newer, "main")
    assert newer.view.horizontalHeader().sectionSize(1) == default_width


def test_window_saved_on_a_screen_that_is_gone_comes_back_on_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = _Window()
    qtbot.addWidget(window)
    # As if saved on a second monitor, far right, that is no longer attached; and larger
    # than the screen now available.
    window.resize(screen.width() + 400, screen.height() + 300)
    window.move(screen.right() + 3000, screen.bottom() + 2000)
    WindowState(_settings(tmp_path)).save_window(window, "main")

    restored = _Window()
    qtbot.addWidget(restored)
    WindowState(_settings(tmp_path)).restore_window(restored, "main")
    geometry = restored.geometry()
    assert screen.intersects(geometry)
    assert geometry.width() <= screen.width() and geometry.height() <= screen.height()
    assert screen.contains(geometry.topLeft())


def test_keep_on_screen_moves_a_window_that_no_screen_shows(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = _Window()
    qtbot.addWidget(window)
    window.setGeometry(screen.right() + 5000, screen.top() + 100, 600, 400)
    assert not screen.intersects(window.geometry())
    keep_on_screen(window)
    assert screen.contains(window.geometry())
    window.setGeometry(screen.left() + 10, screen.top() + 10, 600, 400)
    keep_on_screen(window)  # already on screen: left where the user put it
    assert window.geometry().topLeft() == screen.topLeft() + type(screen.topLeft())(10, 10)
