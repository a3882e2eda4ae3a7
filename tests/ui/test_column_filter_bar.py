from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.tabs.column_filter_bar import ColumnFilterBar


def test_placing_fields_after_the_view_is_gone_does_nothing(qtbot: QtBot) -> None:
    # A queued placement can fire while a closing window deletes the view before the bar.
    holder = QWidget()
    qtbot.addWidget(holder)
    view = QTableView()
    bar = ColumnFilterBar(view, ["A", "B"], lambda _col, _text: None, parent=holder)
    view.deleteLater()
    del view
    qtbot.waitUntil(lambda: _deleted(bar), timeout=2000)
    bar.place_fields()  # raised "Internal C++ object already deleted" before


def _deleted(bar: ColumnFilterBar) -> bool:
    from shiboken6 import isValid

    return not isValid(bar._view)
