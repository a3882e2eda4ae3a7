from pytestqt.qtbot import QtBot

from nepton_desktop.ui.main_window import TAB_TITLES, MainWindow


def test_main_window_has_the_four_tabs(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == list(TAB_TITLES)
    assert window.menuBar().actions()
    assert window.statusBar() is not None
