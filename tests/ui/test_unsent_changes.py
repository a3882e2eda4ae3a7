"""Unsent edits survive a crash and are offered back; leaving with unsent edits asks first."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.demo import DemoSession
from nepton_desktop.ui.main_window import MainWindow
from tests.ui.conftest import close_window, open_window
from tests.ui.waiting import until


def click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


async def test_unsent_edits_come_back_after_a_crash(
    demo: DemoSession, qtbot: QtBot, tmp_path: Path
) -> None:
    first = open_window(demo, qtbot, tmp_path)
    await first.start_loading()
    events = first.events_tab.model
    desc = events.column_index("description")
    event_id = events.row_at(0).values[events.column_index("id")]
    events.setData(events.index(0, desc), "Unsent note")
    personnel = first.personnel_tab.model
    title = personnel.column_index("job_title")
    personnel.setData(personnel.index(5, title), "Team lead")
    person_number = personnel.row_at(5).values[personnel.column_index("employee_number")]
    await until(lambda: first.journal is not None and first.journal.count() == 2, what="journal")
    # The crash: the process dies here. Nothing of the first window runs or writes any more
    # (its object stays until teardown only because pytest-qt closes it then).
    for task in list(first.tasks):
        task.cancel()
    first._journal_timer.stop()
    first.journal = None
    first.hide()

    second = open_window(demo, qtbot, tmp_path)
    loading = second.start_loading()
    await until(lambda: second.pending_question is not None, what="restore question")
    question = second.pending_question
    assert question is not None and "2 changes" in question.text()
    click(question, "Restore")
    await loading
    assert second.restored_rows == 2
    events = second.events_tab.model
    [row] = events.pending_rows()
    assert row.values[events.column_index("id")] == event_id
    assert row.values[desc] == "Unsent note"
    personnel = second.personnel_tab.model
    [person] = personnel.pending_rows()
    assert person.values[personnel.column_index("employee_number")] == person_number
    assert person.values[title] == "Team lead"
    await close_window(second)


async def test_discarded_edits_are_not_offered_again(
    demo: DemoSession, qtbot: QtBot, tmp_path: Path
) -> None:
    first = open_window(demo, qtbot, tmp_path)
    await first.start_loading()
    model = first.events_tab.model
    model.setData(model.index(0, model.column_index("description")), "Scratch")
    first.close()  # asks first
    await until(lambda: first.pending_question is not None, what="close question")
    assert first.isVisible()
    click(first.pending_question, "Discard changes")  # type: ignore[arg-type]
    await until(lambda: not first.isVisible(), what="window closed")
    assert first.journal is not None and first.journal.count() == 0

    second = open_window(demo, qtbot, tmp_path)
    await second.start_loading()
    assert second.pending_question is None and second.pending_count() == 0
    await close_window(second)


async def test_cancel_keeps_the_window_open(demo_window: MainWindow) -> None:
    model = demo_window.events_tab.model
    model.setData(model.index(0, model.column_index("description")), "Still working")
    demo_window.close()
    await until(lambda: demo_window.pending_question is not None, what="close question")
    question = demo_window.pending_question
    assert question is not None
    question.button(QMessageBox.StandardButton.Cancel).click()
    await asyncio.sleep(0.05)
    assert demo_window.isVisible() and demo_window.pending_count() == 1


async def test_connect_elsewhere_asks_about_unsent_changes_first(demo_window: MainWindow) -> None:
    model = demo_window.events_tab.model
    model.setData(model.index(0, model.column_index("description")), "Unsent")
    demo_window.connect_action.trigger()
    await until(lambda: demo_window.pending_question is not None, what="close question")
    question = demo_window.pending_question
    assert question is not None
    question.button(QMessageBox.StandardButton.Cancel).click()
    await until(lambda: demo_window.pending_question is None, what="answered")
    assert demo_window.isVisible() and not demo_window.reconnect_requested

    closed: list[bool] = []
    demo_window.closed.connect(lambda: closed.append(True))
    demo_window.connect_action.trigger()
    await until(lambda: demo_window.pending_question is not None, what="close question")
    click(demo_window.pending_question, "Keep for next time")  # type: ignore[arg-type]
    await until(lambda: closed, what="window closed")
    assert demo_window.reconnect_requested  # the app opens the connection dialog next
    assert demo_window.journal is not None and demo_window.journal.count() == 1
