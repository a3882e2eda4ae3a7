"""Unsent edits written to the journal come back on fresh data after a crash."""

from __future__ import annotations

from pathlib import Path

from nepton_desktop.ui.editing.journal import EditJournal, journal_path, restore, snapshot
from nepton_desktop.ui.models.entity_models import EventsModel
from tests.ui.records import CONTEXT, REFERENCES, events


def loaded() -> EventsModel:
    model = EventsModel()
    model.references = REFERENCES
    model.set_rows(model.build_rows(events(), CONTEXT), CONTEXT)
    return model


def test_edits_survive_a_crash(qapp: object, tmp_path: Path) -> None:
    journal = EditJournal(journal_path("Demo profile", tmp_path))
    before = loaded()
    desc = before.column_index("description")
    before.setData(before.index(0, desc), "edited")
    before.setData(before.index(1, before.column_index("start")), "not a date")
    before.delete_rows([2])
    added = before.add_row()
    before.edit_cells_by_uid([(added.uid, before.column_index("person"), "1002")])
    journal.save({"events": snapshot(before)})
    del before  # the crash: nothing else of the first run remains

    after = loaded()
    result = restore(after, EditJournal(journal.path).load()["events"])
    assert result.restored == 4 and result.missing == 0
    assert after.row_at(0).values[desc] == "edited"
    assert after.row_at(1).errors  # still marked invalid, through the same parsing
    assert after.row_at(2).deleted
    assert after.row_at(4).is_new
    assert after.row_at(4).values[after.column_index("person")] == "1002"
    after.undo_stack.undo()  # the restore is one step
    assert after.pending_rows() == []


def test_rows_gone_from_the_server_are_counted(qapp: object, tmp_path: Path) -> None:
    model = loaded()
    model.setData(model.index(3, model.column_index("description")), "x")
    stored = snapshot(model)
    fresh = EventsModel()
    fresh.set_rows(fresh.build_rows(events()[:3], CONTEXT), CONTEXT)
    assert restore(fresh, stored).missing == 1


def test_unreadable_journal_is_set_aside(tmp_path: Path) -> None:
    path = journal_path("x", tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert EditJournal(path).load() == {}
    assert path.with_suffix(".unreadable.json").exists()


def test_empty_journal_removes_the_file(tmp_path: Path) -> None:
    journal = EditJournal(journal_path("x", tmp_path))
    journal.save({"events": [{"key": "id:1", "new": False, "deleted": True, "values": {}}]})
    assert journal.path.exists()
    journal.save({"events": []})
    assert not journal.path.exists()


def test_the_journal_of_unsent_edits_is_owner_only(qapp: object, tmp_path: Path) -> None:
    """It holds what HR typed (identity codes, IBANs): other accounts must not read it."""
    import os
    import stat
    import sys

    if sys.platform == "win32":
        return
    previous = os.umask(0o022)
    try:
        journal = EditJournal(journal_path("Demo", tmp_path / "data"))
        model = loaded()
        model.setData(model.index(0, model.column_index("description")), "edited")
        journal.save({"events": snapshot(model)})
        journal.save({"events": snapshot(model)})  # written over: still private
    finally:
        os.umask(previous)
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700
