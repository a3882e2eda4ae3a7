"""Tab actions on real data: F5 keeps unsent edits, export writes what is shown, Ctrl+F,
clipboard round trip."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from nepton_desktop.ui.main_window import MainWindow
from tests.ui.waiting import until


async def test_refresh_keeps_unsent_edits(demo_window: MainWindow) -> None:
    tab = demo_window.events_tab
    model = tab.model
    desc = model.column_index("description")
    event_id = model.row_at(0).values[model.column_index("id")]
    model.setData(model.index(0, desc), "Kept over F5")
    demo_window.tabs.setCurrentWidget(tab)
    demo_window.refresh_action.trigger()
    await until(lambda: not demo_window.tasks, what="refresh")
    [row] = model.pending_rows()
    assert row.values[model.column_index("id")] == event_id
    assert row.values[desc] == "Kept over F5"


async def test_export_writes_the_rows_shown(demo_window: MainWindow, tmp_path: Path) -> None:
    tab = demo_window.personnel_tab
    tab.quick_filter.setText("räsänen")
    shown = tab.model.rowCount()
    assert 0 < shown < tab.model.row_total()
    path = tmp_path / "persons.xlsx"
    await tab.export_xlsx(path)
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Employee number", "First name", "Last name")
    assert len(rows) == shown + 1
    assert all("Räsänen" in row for row in rows[1:])


async def test_ctrl_f_focuses_the_current_tabs_filter(demo_window: MainWindow) -> None:
    demo_window.activateWindow()
    demo_window.tabs.setCurrentWidget(demo_window.projects_tab)
    demo_window.find_action.trigger()
    await until(lambda: demo_window.projects_tab.quick_filter.hasFocus(), what="focus")


async def test_copy_then_paste_into_other_rows(demo_window: MainWindow) -> None:
    tab = demo_window.events_tab
    demo_window.tabs.setCurrentWidget(tab)  # Undo works on the tab in front
    model = tab.model
    desc = model.column_index("description")
    model.setData(model.index(0, desc), "From Excel")
    tab.view.setCurrentIndex(model.index(0, desc))
    tab.view.selectionModel().select(
        model.index(0, desc), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    copied = tab.copy_selection()
    assert copied == "Description\nFrom Excel\n"
    assert QGuiApplication.clipboard().text() == copied
    tab.view.setCurrentIndex(model.index(1, desc))
    assert tab.paste_clipboard() == 1  # the header line is recognised and skipped
    assert model.row_at(1).values[desc] == "From Excel"
    demo_window.undo_action.trigger()
    assert model.row_at(1).values[desc] != "From Excel"
