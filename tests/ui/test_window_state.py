"""The last tab, filters and the request log's visibility come back at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.main_window import MainWindow
from nepton_desktop.ui.window_state import WindowState


def test_tab_and_filters_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = MainWindow(window_state=WindowState(settings))
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(2)
    tab = first.absences_tab
    tab.quick_filter.setText("sair")
    tab.filter_bar.fields[tab.model.column_index("person")].setText("100")
    first.request_log_dock.show()
    first.close()

    second = MainWindow(window_state=WindowState(settings))
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    tab = second.absences_tab
    assert tab.quick_filter.text() == "sair"
    assert tab.filter_bar.fields[tab.model.column_index("person")].text() == "100"
    assert tab.model.quick_filter == "sair"
    assert not second.request_log_dock.isHidden()
