"""Edit -> review -> submit against the real sandbox: the change arrives; conflicts are shown
and settled by the user; a locked day (1022) leaves the row marked with Nepton's reason."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from nepton_desktop.api import EventFilter
from nepton_desktop.domain.records import EventUpdate
from nepton_desktop.ui.demo import DemoSession
from nepton_desktop.ui.main_window import MainWindow
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.submit.conflicts import ConflictDialog
from nepton_desktop.ui.submit.outcome_dialog import OutcomeDialog
from nepton_desktop.ui.submit.review_dialog import ReviewDialog
from nepton_desktop.ui.submit.runner import Status
from tests.ui.submitting import finish, wait_for_dialog


def editable_event_row(model: EntityTableModel) -> int:
    """A row of an unlocked, unapproved event (the demo locks and approves older days)."""
    locked, approved = model.column_index("locked"), model.column_index("approved")
    for pos in range(model.rowCount()):
        row = model.row_at(pos)
        if not row.values[locked] and not row.values[approved]:
            return pos
    raise AssertionError("no editable event in the demo month")


def review_texts(dialog: ReviewDialog) -> list[str]:
    texts = []
    tree = dialog.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        texts.append(group.text(0))
        for j in range(group.childCount()):
            item = group.child(j)
            texts.append(item.text(0))
            for k in range(item.childCount()):
                field = item.child(k)
                texts.append(f"{field.text(0)}: {field.text(1)} -> {field.text(2)}")
    return texts


async def server_event(demo: DemoSession, event_id: int) -> object:
    found = await demo.service.worktime.get_events(EventFilter(event_ids=(event_id,)))
    assert len(found) == 1
    return found[0]


async def test_edit_review_submit_reaches_the_sandbox(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    row = model.row_at(pos)
    event_id = row.values[model.column_index("id")]
    desc = model.column_index("description")
    before = model.data(model.index(pos, desc))
    model.setData(model.index(pos, desc), "Checked by HR")
    assert model.pending_rows() == [row]
    assert "1 unsent" in demo_window.pending_label.text()

    task = demo_window.start_submit()
    assert task is not None
    review = await wait_for_dialog(demo_window, ReviewDialog)
    texts = review_texts(review)
    assert texts[0] == "Update (1)"
    assert f"Description: {before} -> Checked by HR" in texts
    assert "0 to create, 1 to update, 0 to delete" in review.summary.text()
    review.accept()
    outcome = await wait_for_dialog(demo_window, OutcomeDialog)
    report = await finish(task)
    assert report.count(Status.SAVED) == 1
    assert "1 saved" in outcome.summary.text()
    outcome.accept()

    assert getattr(await server_event(demo, event_id), "description") == "Checked by HR"
    assert model.pending_rows() == []
    assert model.data(model.index(pos, desc), Qt.ItemDataRole.BackgroundRole) is None


async def test_cancelled_review_sends_nothing(demo_window: MainWindow, demo: DemoSession) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    event_id = model.row_at(pos).values[model.column_index("id")]
    desc = model.column_index("description")
    model.setData(model.index(pos, desc), "Never sent")
    task = demo_window.start_submit()
    assert task is not None
    review = await wait_for_dialog(demo_window, ReviewDialog)
    review.reject()
    assert await task is None
    assert getattr(await server_event(demo, event_id), "description") != "Never sent"
    assert len(model.pending_rows()) == 1


async def test_undo_restores_the_loaded_value(demo_window: MainWindow) -> None:
    demo_window.tabs.setCurrentWidget(demo_window.events_tab)
    model = demo_window.events_tab.model
    desc = model.column_index("description")
    before = model.data(model.index(0, desc))
    model.setData(model.index(0, desc), "typo")
    demo_window.undo_action.trigger()
    assert model.data(model.index(0, desc)) == before
    assert model.pending_rows() == []
    demo_window.redo_action.trigger()
    assert model.data(model.index(0, desc)) == "typo"


async def test_new_event_is_created(demo_window: MainWindow, demo: DemoSession) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    source = model.row_at(pos)
    person = source.values[model.column_index("person")]
    start = source.values[model.column_index("start")]
    assert isinstance(start, datetime)
    model.duplicate_rows([pos])
    new = model.row_at(model.rowCount() - 1)
    new_pos = model.rowCount() - 1
    model.edit_cells(
        [
            (new_pos, model.column_index("start"), f"{start:%d.%m.%Y} 6.00"),
            (new_pos, model.column_index("end"), f"{start:%d.%m.%Y} 6.30"),
            (new_pos, model.column_index("description"), "Early briefing"),
        ]
    )
    assert not new.errors, new.errors
    task = demo_window.start_submit()
    assert task is not None
    review = await wait_for_dialog(demo_window, ReviewDialog)
    assert review_texts(review)[0] == "Create (1)"
    review.accept()
    report = await finish(task)
    assert report.count(Status.SAVED) == 1, [o.message for o in report.outcomes]
    saved_id = new.values[model.column_index("id")]
    assert isinstance(saved_id, int)
    created = await server_event(demo, saved_id)
    assert getattr(created, "description") == "Early briefing"
    assert getattr(created, "personnel_number") == person


async def test_conflict_is_shown_and_mine_kept(demo_window: MainWindow, demo: DemoSession) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    row = model.row_at(pos)
    event_id = row.values[model.column_index("id")]
    # Someone else changes the event in Nepton after the window loaded it.
    [result] = await demo.service.worktime.update_events(
        [EventUpdate(id=event_id, description="Changed by a supervisor")]
    )
    assert result.ok
    end_col = model.column_index("end")
    end = row.values[end_col]
    assert isinstance(end, datetime)
    new_end = end.replace(minute=(end.minute + 15) % 60)
    model.setData(model.index(pos, end_col), f"{new_end:%d.%m.%Y %H.%M}")

    task = demo_window.start_submit()
    assert task is not None
    (await wait_for_dialog(demo_window, ReviewDialog)).accept()
    conflicts = await wait_for_dialog(demo_window, ConflictDialog)
    assert len(conflicts.conflicts) == 1
    sides = {field[0]: field[1:] for field in conflicts.conflicts[0].fields}
    assert sides["Description"][1] == "Changed by a supervisor"  # (loaded, in Nepton, mine)
    shown_end = f"{new_end:%d/%m/%Y} {new_end.hour}.{new_end.minute:02d}"  # English in Finland
    assert sides["End"][2] == model.value_text(new_end, end_col) == shown_end
    conflicts.choose(0, keep_mine=True)
    conflicts.confirm()
    report = await finish(task)
    assert report.conflicts == 1 and report.count(Status.SAVED) == 1
    server = await server_event(demo, event_id)
    assert getattr(server, "end") == new_end
    # The field I did not touch keeps the supervisor's change.
    assert getattr(server, "description") == "Changed by a supervisor"
    assert row.values[model.column_index("description")] == "Changed by a supervisor"


async def test_conflict_resolved_with_the_servers_version(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    row = model.row_at(pos)
    event_id = row.values[model.column_index("id")]
    await demo.service.worktime.update_events([EventUpdate(id=event_id, description="Theirs")])
    model.setData(model.index(pos, model.column_index("description")), "Mine")
    task = demo_window.start_submit()
    assert task is not None
    (await wait_for_dialog(demo_window, ReviewDialog)).accept()
    conflicts = await wait_for_dialog(demo_window, ConflictDialog)
    conflicts.confirm()  # the default: take the version in Nepton
    report = await finish(task)
    assert report.outcomes == []
    assert getattr(await server_event(demo, event_id), "description") == "Theirs"
    assert row.values[model.column_index("description")] == "Theirs"
    assert not row.is_pending


async def test_locked_day_leaves_the_row_marked_with_the_reason(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    model = demo_window.events_tab.model
    pos = editable_event_row(model)
    row = model.row_at(pos)
    event = row.record
    start = row.values[model.column_index("start")]
    assert isinstance(start, datetime)
    # Nepton locks days nightly; this one was locked after the window loaded it.
    demo.server.lock_day(getattr(event, "user_id"), start.date())
    model.setData(model.index(pos, model.column_index("description")), "Too late")
    task = demo_window.start_submit()
    assert task is not None
    (await wait_for_dialog(demo_window, ReviewDialog)).accept()
    outcome = await wait_for_dialog(demo_window, OutcomeDialog)
    report = await finish(task)
    [failed] = report.outcomes
    assert failed.status is Status.FAILED
    assert "1022" in failed.message
    assert "1 refused" in outcome.summary.text()
    assert row.is_pending and "1022" in (row.server_error or "")
    view_pos = model.view_row_of(row.uid)
    assert view_pos is not None
    assert model.headerData(view_pos, Qt.Orientation.Vertical) == "!"
    tooltip = model.data(model.index(view_pos, 0), Qt.ItemDataRole.ToolTipRole)
    assert "1022" in tooltip
    # The window takes the user to the refused row.
    assert demo_window.tabs.currentWidget() is demo_window.events_tab
    assert demo_window.events_tab.view.currentIndex().row() == view_pos


async def test_cancel_sends_nothing_more_and_says_so(
    demo_window: MainWindow, demo: DemoSession
) -> None:
    from PySide6.QtWidgets import QDialog, QProgressDialog

    model = demo_window.events_tab.model
    desc = model.column_index("description")
    editable = [
        p
        for p in range(model.rowCount())
        if model.flags(model.index(p, desc)) & Qt.ItemFlag.ItemIsEditable
    ]
    edits = [(pos, desc, f"Batch {pos}") for pos in editable[:60]]
    model.edit_cells(edits)
    ids = [model.row_at(pos).values[model.column_index("id")] for pos, _, _ in edits]
    task = demo_window.start_submit()
    assert task is not None
    review = await wait_for_dialog(demo_window, ReviewDialog)
    flow = demo_window.submit_flow
    assert flow is not None

    def cancel_at_once(dialog: QDialog) -> None:
        if isinstance(dialog, QProgressDialog):
            dialog.canceled.emit()  # the user presses Cancel as soon as the progress shows

    flow.dialogOpened.connect(cancel_at_once)
    review.accept()
    outcome = await wait_for_dialog(demo_window, OutcomeDialog)
    report = await finish(task)
    assert report.cancelled
    assert report.count(Status.NOT_SENT) == 60
    assert "60 not sent" in outcome.summary.text() and "cancelled" in outcome.summary.text()
    assert len(model.pending_rows()) == 60  # still there, to send later
    found = await demo.service.worktime.get_events(EventFilter(event_ids=tuple(ids)))
    assert not any((e.description or "").startswith("Batch ") for e in found)
