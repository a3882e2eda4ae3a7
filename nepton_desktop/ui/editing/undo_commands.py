"""Undo commands for every edit of a table: cells, added rows and rows marked for deletion.

Commands name rows by their stable uid, never by view position, because sorting and filtering
move rows between an edit and its undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from nepton_desktop.ui.models.entity_model import EntityTableModel
    from nepton_desktop.ui.models.table_rows import TableRow


@dataclass(frozen=True, slots=True)
class CellChange:
    uid: int
    column: int
    old_value: object
    old_error: str | None
    new_value: object
    new_error: str | None


class EditCellsCommand(QUndoCommand):
    def __init__(
        self,
        model: EntityTableModel,
        changes: Sequence[CellChange],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self._changes = tuple(changes)

    def redo(self) -> None:
        for change in self._changes:
            self._model.apply_cell(change.uid, change.column, change.new_value, change.new_error)
        self._model.notify_pending()

    def undo(self) -> None:
        for change in reversed(self._changes):
            self._model.apply_cell(change.uid, change.column, change.old_value, change.old_error)
        self._model.notify_pending()


class AddRowsCommand(QUndoCommand):
    def __init__(
        self,
        model: EntityTableModel,
        rows: Sequence[TableRow],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self._rows = tuple(rows)

    def redo(self) -> None:
        self._model.apply_insert(self._rows)

    def undo(self) -> None:
        self._model.apply_remove([row.uid for row in self._rows])


class DeleteRowsCommand(QUndoCommand):
    """Existing rows are marked for deletion; rows added here and not sent simply go away."""

    def __init__(
        self,
        model: EntityTableModel,
        uids: Sequence[int],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self._added = [uid for uid in uids if model.row_by_uid(uid).is_new]
        self._existing = [uid for uid in uids if not model.row_by_uid(uid).is_new]
        # Deleting a row already marked takes the mark away (the same key toggles it).
        self._unmark = bool(self._existing) and all(
            model.row_by_uid(uid).deleted for uid in self._existing
        )

    def redo(self) -> None:
        if self._existing:
            self._model.apply_deleted(self._existing, not self._unmark)
        if self._added:
            self._model.apply_remove(self._added)

    def undo(self) -> None:
        if self._added:
            self._model.apply_insert([self._model.row_by_uid(uid) for uid in self._added])
        if self._existing:
            self._model.apply_deleted(self._existing, self._unmark)


class PasteCommand(QUndoCommand):
    """A paste: rows added past the end, then the cells set, undone as one step."""

    def __init__(
        self,
        model: EntityTableModel,
        added: Sequence[TableRow],
        changes: Sequence[CellChange],
        text: str,
    ) -> None:
        super().__init__(text)
        self._add = AddRowsCommand(model, added, text) if added else None
        self._edit = EditCellsCommand(model, changes, text) if changes else None

    def redo(self) -> None:
        if self._add is not None:
            self._add.redo()
        if self._edit is not None:
            self._edit.redo()

    def undo(self) -> None:
        if self._edit is not None:
            self._edit.undo()
        if self._add is not None:
            self._add.undo()
