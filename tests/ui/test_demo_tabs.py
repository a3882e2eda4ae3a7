"""Each tab loads the demo community from a real sandbox through the real API service."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nepton_desktop.domain.records import Category
from nepton_desktop.ui.main_window import MainWindow


async def test_every_tab_loads_the_demo_data(demo_window: MainWindow) -> None:
    window = demo_window
    for tab in window.entity_tabs.values():
        assert tab.loaded, tab.title
        assert tab.model.rowCount() > 0, f"{tab.title} is empty"
        assert tab.model.filter_texts_ready
    personnel = window.personnel_tab.model
    names = {row.values[personnel.column_index("last_name")] for row in personnel.all_rows()}
    assert all(names)
    events = window.events_tab.model
    first, last = window.events_tab.date_range.range()
    start = events.column_index("start")
    assert all(first <= row.values[start].date() <= last for row in events.all_rows())
    # Event types are shown as codes and persons as employee numbers, not as raw ids.
    type_col = events.column_index("event_type")
    codes = {t.code for t in window.reference.event_types}
    assert {row.values[type_col] for row in events.all_rows()} <= codes
    absences = window.absences_tab.model
    absence_codes = {t.code for t in window.reference.event_types if t.category is Category.ABSENCE}
    assert {
        r.values[absences.column_index("event_type")] for r in absences.all_rows()
    } <= absence_codes
    assert "Demo" in window.connection_label.text()
    assert window.environment_label.text() == "Demo sandbox"


async def test_projects_show_their_hierarchy(demo_window: MainWindow) -> None:
    model = demo_window.projects_tab.model
    depths = [row.depth for row in model.all_rows()]
    assert max(depths) >= 1, "the demo has sub-projects"
    child = next(pos for pos in range(model.rowCount()) if model.row_at(pos).depth)
    name = model.data(model.index(child, model.column_index("name")), Qt.ItemDataRole.DisplayRole)
    assert "\u2514" in name
    # A child comes right after its parent or a sibling: tree order.
    assert model.row_at(child - 1).depth >= model.row_at(child).depth - 1


async def test_events_filter_reads_the_server_again(demo_window: MainWindow) -> None:
    from tests.ui.waiting import until

    tab = demo_window.events_tab
    person = tab.model.row_at(0).values[tab.model.column_index("person")]
    tab.person_filter.setText(str(person))
    tab.person_filter.editingFinished.emit()
    col = tab.model.column_index("person")
    await until(
        lambda: (
            not demo_window.tasks and {row.values[col] for row in tab.model.all_rows()} == {person}
        ),
        what="events of one person",
    )


async def test_events_type_filter_is_read_on_the_server(demo_window: MainWindow) -> None:
    from tests.ui.waiting import until

    tab = demo_window.events_tab
    index = tab.type_filter.findText("ETA", flags=Qt.MatchFlag.MatchStartsWith)
    assert index > 0
    tab.type_filter.setCurrentIndex(index)  # starts a refresh
    col = tab.model.column_index("event_type")
    await until(
        lambda: (
            not demo_window.tasks
            and tab.model.row_total() > 0
            and {row.values[col] for row in tab.model.all_rows()} == {"ETA"}
        ),
        what="remote-work events only",
    )


async def test_timeline_month_outside_the_range_reads_it(demo_window: MainWindow) -> None:
    from datetime import date

    from tests.ui.waiting import until

    tab = demo_window.absences_tab
    first, last = tab.date_range.range()
    year, month = tab.timeline.month()
    # Step past the end of the loaded range: the range widens and that month is read.
    steps = (last.year - year) * 12 + (last.month - month) + 1
    for _ in range(steps):
        tab.timeline.step_month(1)
    await until(lambda: tab.date_range.range()[1] > last, what="range widened")
    await until(lambda: not demo_window.tasks, what="absences read again")
    assert tab.date_range.range()[0] == first
    new_last = tab.date_range.range()[1]
    assert new_last >= date(last.year + (last.month == 12), last.month % 12 + 1, 1)
