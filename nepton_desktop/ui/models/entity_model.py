"""The generic table model of one entity, reading its columns from domain/columns.py.

Sorting and filtering happen here, in Python over prepared keys, never through
QSortFilterProxyModel (which calls back into Python for every comparison and takes tens of
seconds at 100,000 rows). ``_rows`` holds every row in load order; ``_view`` lists the indexes
into ``_rows`` that the view shows, filtered and sorted.

Every edit goes through the model's QUndoStack (see ui/editing/undo_commands.py); the methods
whose names start with ``apply_`` are what those commands call and change no undo history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from nepton_desktop.domain.columns import (
    EMPTY_CONTEXT,
    Column,
    ColumnType,
    DisplayContext,
    Entity,
    columns_for,
)
from nepton_desktop.ui.editing.cell_parsing import (
    ParsedCell,
    References,
    parse_cell,
    validate_value,
)
from nepton_desktop.ui.editing.undo_commands import (
    AddRowsCommand,
    CellChange,
    DeleteRowsCommand,
    EditCellsCommand,
)
from nepton_desktop.ui.i18n import choice_texts, current_language_code
from nepton_desktop.ui.i18n.inherited_tr import InheritedContextTr
from nepton_desktop.ui.i18n.languages import PSEUDO
from nepton_desktop.ui.models.cell_values import LocaleText, column_sort_keys, format_value
from nepton_desktop.ui.models.row_marks import RowMarks
from nepton_desktop.ui.models.table_rows import TableRow, build_rows, filter_texts, new_row

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

# Roles beyond Qt's own, for the delegates, tests and the submit review.
ROW_UID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ERROR_ROLE = int(Qt.ItemDataRole.UserRole) + 2
VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 3


_uid_of = attrgetter("uid")


class EntityTableModel(InheritedContextTr, QAbstractTableModel):
    """Rows of one entity with pending edits, sorting and filters done in Python."""

    # Emitted after anything that changes what a submit would send.
    pendingChanged = Signal()

    entity: Entity = Entity.EVENTS
    # Nepton's API has no delete for persons and projects (disable or complete them instead).
    can_delete = True
    can_add = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = columns_for(self.entity)
        self.undo_stack = QUndoStack(self)
        self.references: References | None = None
        self.context: DisplayContext = EMPTY_CONTEXT
        self._rows: list[TableRow] = []
        self._view: list[int] = []
        self._index_of_uid: dict[int, int] = {}  # uid -> index in _rows
        # Uids of rows an edit, add or delete ever touched since the load: pending rows are
        # among them, so finding them never walks 100,000 untouched rows.
        self._touched: set[int] = set()
        self._pos_of_index: dict[int, int] | None = None  # index in _rows -> view row, lazily
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._quick_filter = ""
        self._column_filters: dict[int, str] = {}
        self._texts_ready = True
        self._language = current_language_code()
        # Dates and numbers as the user's locale writes them; the language (and so the
        # locale) changes only with a restart, so one formatter serves the model's life.
        self._text = LocaleText()
        self._sort_keys: dict[int, list[Any]] = {}
        self._column_texts: dict[int, list[str | None]] = {}
        self._marks = RowMarks()
        self._column_index = {column.key: i for i, column in enumerate(self.columns)}
        # Choice columns show their values' labels in the user's language ("Oma sairaus" for
        # Sick); the rows keep the values, so sorting, saving and submitting use those. An
        # edit starts from the label, which the cell parsing reads back to the value.
        self._labels: dict[int, dict[str, str]] = {
            i: choice_texts(column)
            for i, column in enumerate(self.columns)
            if column.type is ColumnType.CHOICE
        }

    # -- loading ---------------------------------------------------------------------------

    def build_rows(self, records: Iterable[object], context: DisplayContext) -> list[TableRow]:
        """Rows for loaded records; pure Python, safe to run in a worker thread."""
        return build_rows(records, self.columns, context)

    def prepare_filter_texts(self, rows: list[TableRow]) -> list[list[str]]:
        """The filter texts of ``rows``; pure Python, safe to run in a worker thread."""
        return filter_texts(rows, len(self.columns), self._labels, LocaleText(self._text.locale))

    def set_rows(
        self,
        rows: list[TableRow],
        context: DisplayContext | None = None,
        *,
        texts_follow: bool = False,
    ) -> list[object]:
        """Replace every row (a load or a refresh); pending edits are the caller's business.

        ``texts_follow``: the caller prepares the filter texts in a worker thread and hands them
        in with :meth:`set_filter_texts`; until then a filter typed waits for them instead of
        computing them on the GUI thread. Returns what the model held before, for the caller
        to free off the GUI thread (``table_rows.release``).
        """
        self._texts_ready = not texts_follow
        old: list[object] = [self._rows, self._sort_keys, self._column_texts, self._index_of_uid]
        self.beginResetModel()
        if context is not None:
            self.context = context
        self._rows = rows
        self._touched = set()
        self._index_of_uid = dict(zip(map(_uid_of, rows), range(len(rows)), strict=True))
        self._sort_keys = {}
        self._column_texts = {}
        self._view = self._compute_view()
        self._pos_of_index = None
        self.endResetModel()
        self.undo_stack.clear()
        self.pendingChanged.emit()
        return old

    def column_index(self, key: str) -> int:
        return self._column_index[key]

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._view[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row.values[col], col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole:
            if row.deleted:
                return self._marks.deleted_font
            if not row.is_new and row.values[col] != row.original[col]:
                return self._marks.changed_font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.columns[col].type in (ColumnType.INT, ColumnType.DECIMAL):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == ROW_UID_ROLE:
            return row.uid
        if role == ERROR_ROLE:
            return row.errors.get(col)
        if role == VALUE_ROLE:
            return row.values[col]
        return None

    def display_text(self, row: TableRow, col: int) -> str:
        return self.value_text(row.values[col], col)

    def _haystack(self, row: TableRow) -> str:
        """The row's text for the quick filter: its cells as shown (choices by their labels)."""
        if row._haystack is None:
            row._haystack = "\x1f".join(
                self.value_text(v, col) for col, v in enumerate(row.values)
            ).casefold()
        return row._haystack

    def edit_text(self, value: object, col: int) -> str:
        """The text an edit of the cell starts from: as shown, but pseudo labels (a test
        language) are not read back, so there the value itself."""
        if self._language == PSEUDO:
            return format_value(value)
        return self.value_text(value, col)

    def value_text(self, value: object, col: int) -> str:
        """A value of column ``col`` as the table shows it (a choice by its label, a date as
        the user's locale writes it)."""
        labels = self._labels.get(col)
        if labels is not None and isinstance(value, str):
            return labels.get(value, value)
        return self._text(value)

    def _background(self, row: TableRow, col: int) -> Any:
        marks = self._marks
        if col in row.errors:
            return marks.invalid_cell
        if row.deleted:
            return marks.deleted_row
        if row.is_new:
            return marks.new_row
        if row.values[col] != row.original[col]:
            return marks.changed_cell
        if row.server_error:
            return marks.failed_row
        if row.is_changed:
            return marks.changed_row
        return None

    def _tooltip(self, row: TableRow, col: int) -> str | None:
        lines: list[str] = []
        if col in row.errors:
            lines.append(row.errors[col])
        if row.server_error:
            lines.append(self.tr("Nepton refused this row: %1").replace("%1", row.server_error))
        if row.deleted:
            lines.append(self.tr("This row will be deleted when you submit."))
        elif row.is_new:
            lines.append(self.tr("New row: it will be created when you submit."))
        elif row.values[col] != row.original[col]:
            lines.append(
                self.tr("Changed from: %1").replace(
                    "%1", self.value_text(row.original[col], col) or self.tr("(empty)")
                )
            )
        return "\n".join(lines) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_header(self.columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                column = self.columns[section]
                note = self.tr("Required") if column.required else ""
                return "\n".join(t for t in (self.column_header(column), note) if t)
            return None
        if section >= len(self._view):
            return None
        row = self._rows[self._view[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_marker(row, section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_state_text(row)
        return None

    def column_header(self, column: Column) -> str:
        # columns.py carries each header in Finnish, Swedish and English: no .ts entry needed.
        return column.header(self._language)

    def _row_marker(self, row: TableRow, section: int) -> str:
        if row.server_error or row.errors:
            return "!"
        if row.deleted:
            return "\u2212"  # minus sign
        if row.is_new:
            return "+"
        if row.is_changed:
            return "\u270e"  # pencil
        return str(section + 1)

    def _row_state_text(self, row: TableRow) -> str | None:
        parts: list[str] = []
        if row.server_error:
            parts.append(self.tr("Nepton refused this row: %1").replace("%1", row.server_error))
        if row.errors:
            parts.append(self.tr("%n cell(s) are not valid", "", len(row.errors)))
        if row.deleted:
            parts.append(self.tr("To be deleted"))
        elif row.is_new:
            parts.append(self.tr("New row"))
        elif row.is_changed:
            parts.append(self.tr("Changed"))
        return "\n".join(parts) or None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[self._view[index.row()]]
        if self.columns[index.column()].editable and not row.deleted and self.row_is_editable(row):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def row_is_editable(self, row: TableRow) -> bool:
        return True

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.edit_cells([(index.row(), index.column(), "" if value is None else str(value))])
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._relayout(self._compute_view())

    # -- rows and positions ----------------------------------------------------------------

    def row_at(self, view_row: int) -> TableRow:
        return self._rows[self._view[view_row]]

    def row_by_uid(self, uid: int) -> TableRow:
        return self._rows[self._index_of_uid[uid]]

    def view_row_of(self, uid: int) -> int | None:
        if self._pos_of_index is None:
            self._pos_of_index = {index: pos for pos, index in enumerate(self._view)}
        return self._pos_of_index.get(self._index_of_uid.get(uid, -1))

    def all_rows(self) -> Sequence[TableRow]:
        return self._rows

    def visible_rows(self) -> list[TableRow]:
        return [self._rows[i] for i in self._view]

    def row_total(self) -> int:
        """Rows held, filters aside (rows added and taken away again do not count)."""
        gone = sum(1 for uid in self._touched if not self.row_by_uid(uid).alive)
        return len(self._rows) - gone

    def pending_rows(self) -> list[TableRow]:
        """Rows a submit would send, in load order (added rows last)."""
        indexes = sorted(self._index_of_uid[uid] for uid in self._touched)
        return [self._rows[i] for i in indexes if self._rows[i].is_pending]

    def has_invalid_cells(self) -> bool:
        return any(row.errors for row in self.pending_rows() if not row.deleted)

    # -- sorting and filtering -------------------------------------------------------------

    def set_filter_texts(self, rows: list[TableRow], texts: list[list[str]]) -> None:
        """Take the texts prepared off the GUI thread, if they still belong to these rows."""
        if rows is not self._rows:
            return
        self._column_texts = {col: list(column) for col, column in enumerate(texts)}
        self._texts_ready = True
        if self._quick_filter or self._column_filters:
            self._refilter()

    @property
    def filter_texts_ready(self) -> bool:
        return self._texts_ready

    def set_quick_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._quick_filter:
            self._quick_filter = text
            if self._texts_ready:
                self._refilter()

    def set_column_filter(self, column: int, text: str) -> None:
        text = text.strip().casefold()
        if text == self._column_filters.get(column, ""):
            return
        if text:
            self._column_filters[column] = text
        else:
            self._column_filters.pop(column, None)
        if self._texts_ready:
            self._refilter()

    @property
    def quick_filter(self) -> str:
        return self._quick_filter

    @property
    def column_filters(self) -> Mapping[int, str]:
        return dict(self._column_filters)

    def _refilter(self) -> None:
        # Rows come and go, so a reset (0.04 s at 100,000 rows) rather than a relayout.
        self.beginResetModel()
        self._view = self._compute_view()
        self._pos_of_index = None
        self.endResetModel()

    def _column_text(self, col: int) -> list[str | None]:
        texts = self._column_texts.get(col)
        if texts is None or len(texts) != len(self._rows):
            texts = [None] * len(self._rows)
            self._column_texts[col] = texts
        return texts

    def _compute_view(self) -> list[int]:
        rows = self._rows
        if any(not self.row_by_uid(uid).alive for uid in self._touched):
            indexes = [i for i, row in enumerate(rows) if row.alive]
        else:
            indexes = list(range(len(rows)))  # only an edit can take a row away
        if self._quick_filter:
            needle = self._quick_filter
            indexes = [i for i in indexes if needle in self._haystack(rows[i])]
        for col, needle in self._column_filters.items():
            texts = self._column_text(col)
            kept = []
            for i in indexes:
                text = texts[i]
                if text is None:
                    text = texts[i] = self.display_text(rows[i], col).casefold()
                if needle in text:
                    kept.append(i)
            indexes = kept
        if 0 <= self._sort_column < len(self.columns):
            keys = self._sort_keys_for(self._sort_column)
            indexes.sort(
                key=keys.__getitem__,
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        else:
            indexes = self.default_order(indexes)
        return indexes

    def default_order(self, indexes: list[int]) -> list[int]:
        """The order without a sort column: load order (the projects model shows its tree)."""
        return indexes

    def _sort_keys_for(self, col: int) -> list[Any]:
        keys = self._sort_keys.get(col)
        if keys is None or len(keys) != len(self._rows):
            values = [row.values[col] for row in self._rows]
            keys = column_sort_keys(self.columns[col].type, values)
            self._sort_keys[col] = keys
        return keys

    def _relayout(self, new_view: list[int]) -> None:
        """Reorder without a reset, so selection and the current cell follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        anchors = [(self._view[p.row()], p.column()) for p in old_persistent]
        self._view = new_view
        self._pos_of_index = {index: pos for pos, index in enumerate(new_view)}
        new_persistent = []
        for row_index, col in anchors:
            pos = self._pos_of_index.get(row_index)
            new_persistent.append(self.index(pos, col) if pos is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _invalidate_cell_caches(self, row_index: int, col: int | None = None) -> None:
        self._rows[row_index].invalidate()
        # Sort keys of a column are all of one kind; an edited cell may not be: recompute the
        # column's keys at the next sort (tens of milliseconds) rather than mix kinds.
        if col is None:
            self._sort_keys.clear()
        else:
            self._sort_keys.pop(col, None)
        for cache_col, texts in self._column_texts.items():
            if (col is None or cache_col == col) and row_index < len(texts):
                texts[row_index] = None

    def _row_changed(self, row_index: int) -> None:
        pos = self.view_row_of(self._rows[row_index].uid)
        if pos is not None:
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, pos, pos)

    # -- editing through the undo stack ----------------------------------------------------

    def parse(self, col: int, text: str) -> ParsedCell:
        locale = None if self._language == PSEUDO else self._text.locale
        return parse_cell(self.columns[col], text, self.references, locale)

    def edit_cells(self, edits: Sequence[tuple[int, int, str]], label: str | None = None) -> None:
        """Set cells (view row, column, typed text) as one undoable step, validated."""
        self.edit_cells_by_uid(
            [(self.row_at(view_row).uid, col, text) for view_row, col, text in edits], label
        )

    def edit_cells_by_uid(
        self, edits: Sequence[tuple[int, int, str]], label: str | None = None
    ) -> None:
        """Set cells (row uid, column, typed text) as one undoable step, validated."""
        changes: list[CellChange] = []
        for uid, col, text in edits:
            row = self.row_by_uid(uid)
            if not self.columns[col].editable or row.deleted or not self.row_is_editable(row):
                continue
            parsed = self.parse(col, text)
            old_error = row.errors.get(col)
            if parsed.value == row.values[col] and parsed.error == old_error:
                continue
            changes.append(
                CellChange(row.uid, col, row.values[col], old_error, parsed.value, parsed.error)
            )
        if changes:
            header = self.column_header(self.columns[changes[0].column])
            text = label or self.tr("Edit %1").replace("%1", header)
            self.undo_stack.push(EditCellsCommand(self, changes, text))

    def add_row(self, values: Sequence[object] | None = None) -> TableRow:
        row = self.make_new_row(values)
        self.undo_stack.push(AddRowsCommand(self, [row], self.tr("Add row")))
        return row

    def make_new_row(self, values: Sequence[object] | None = None) -> TableRow:
        row = new_row(self.columns, values if values is not None else self.new_row_defaults())
        self.validate_row(row)
        return row

    def new_row_defaults(self) -> list[object] | None:
        return None

    def validate_row(self, row: TableRow) -> None:
        """Mark every cell of a row that is not valid (new and duplicated rows)."""
        row.errors = {}
        for col, column in enumerate(self.columns):
            if not column.editable:
                continue
            error = validate_value(column, row.values[col], self.references)
            if error:
                row.errors[col] = error

    def duplicate_rows(self, view_rows: Iterable[int]) -> list[TableRow]:
        copies = []
        for view_row in sorted(set(view_rows)):
            source = self.row_at(view_row)
            values = [
                value
                if (column.editable and not column.identifies)
                or column.key in self.duplicated_identifiers()
                else None
                for column, value in zip(self.columns, source.values, strict=True)
            ]
            copies.append(self.make_new_row(values))
        if copies:
            label = self.tr("Duplicate %n row(s)", "", len(copies))
            self.undo_stack.push(AddRowsCommand(self, copies, label))
        return copies

    def duplicated_identifiers(self) -> tuple[str, ...]:
        """Identifying columns a duplicate keeps (a person of an event); the rest are cleared
        because two rows cannot name the same record."""
        return ()

    def delete_rows(self, view_rows: Iterable[int]) -> None:
        rows = [self.row_at(r) for r in sorted(set(view_rows))]
        uids = [row.uid for row in rows if self.row_is_editable(row)]
        if uids:
            label = self.tr("Delete %n row(s)", "", len(uids))
            self.undo_stack.push(DeleteRowsCommand(self, uids, label))

    # -- what the undo commands call -------------------------------------------------------

    def apply_cell(self, uid: int, col: int, value: object, error: str | None) -> None:
        row_index = self._index_of_uid[uid]
        row = self._rows[row_index]
        self._touched.add(uid)
        row.values[col] = value
        if error:
            row.errors[col] = error
        else:
            row.errors.pop(col, None)
        row.server_error = None  # the user changed the row: the last refusal no longer applies
        self._invalidate_cell_caches(row_index, col)
        self._row_changed(row_index)

    def apply_insert(self, rows: Sequence[TableRow]) -> None:
        """Append rows the first time; later redos bring removed ones back."""
        fresh = [row for row in rows if row.uid not in self._index_of_uid]
        for row in rows:
            row.alive = True
            self._touched.add(row.uid)
        first_new = len(self._rows)
        for offset, row in enumerate(fresh):
            self._index_of_uid[row.uid] = first_new + offset
        self._rows.extend(fresh)
        # New rows go to the end of the view whatever the sort, so the user sees them.
        indexes = [self._index_of_uid[row.uid] for row in rows]
        start = len(self._view)
        self.beginInsertRows(QModelIndex(), start, start + len(indexes) - 1)
        self._view.extend(indexes)
        self._pos_of_index = None
        self.endInsertRows()
        self.pendingChanged.emit()

    def apply_remove(self, uids: Sequence[int]) -> None:
        """Take added rows out again (undo of an add, or deleting a row not yet sent)."""
        for uid in uids:
            row = self.row_by_uid(uid)
            row.alive = False
            pos = self.view_row_of(uid)
            if pos is not None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._view[pos]
                self._pos_of_index = None
                self.endRemoveRows()
        self.pendingChanged.emit()

    def apply_deleted(self, uids: Sequence[int], deleted: bool) -> None:
        for uid in uids:
            row_index = self._index_of_uid[uid]
            self._touched.add(uid)
            self._rows[row_index].deleted = deleted
            self._row_changed(row_index)
        self.pendingChanged.emit()

    def notify_pending(self) -> None:
        self.pendingChanged.emit()

    # -- after a submit --------------------------------------------------------------------

    def mark_saved(self, uid: int, record: object | None) -> None:
        """The row is in Nepton now: what it holds becomes the loaded state."""
        row_index = self._index_of_uid[uid]
        row = self._rows[row_index]
        if row.deleted:
            row.alive = False
            pos = self.view_row_of(uid)
            if pos is not None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._view[pos]
                self._pos_of_index = None
                self.endRemoveRows()
            return
        if record is not None:
            values = [column.getter(record, self.context) for column in self.columns]
            row.record = record
        else:
            values = list(row.values)
        row.values = values
        row.original = tuple(values)
        row.is_new = False
        row.errors = {}
        row.server_error = None
        self._invalidate_cell_caches(row_index)
        self._row_changed(row_index)

    def mark_failed(self, uid: int, reason: str) -> None:
        row_index = self._index_of_uid[uid]
        self._rows[row_index].server_error = reason
        self._row_changed(row_index)

    def replace_with_server(self, uid: int, record: object) -> None:
        """Drop the local edits of a row and show the server's current record (a conflict the
        user settled in the server's favour)."""
        row_index = self._index_of_uid[uid]
        row = self._rows[row_index]
        values = [column.getter(record, self.context) for column in self.columns]
        row.record = record
        row.values = values
        row.original = tuple(values)
        row.deleted = False
        row.errors = {}
        row.server_error = None
        self._invalidate_cell_caches(row_index)
        self._row_changed(row_index)

    def rebase_on_server(self, uid: int, record: object) -> None:
        """Keep the local edits but take the server's record as the one they apply to (the user
        chose their own values in a conflict)."""
        row_index = self._index_of_uid[uid]
        row = self._rows[row_index]
        self._touched.add(uid)
        mine = set(row.changed_columns)
        server = [column.getter(record, self.context) for column in self.columns]
        # Cells the user did not touch take the server's value, or the submit would quietly
        # undo someone else's change to them.
        row.values = [row.values[i] if i in mine else server[i] for i in range(len(server))]
        row.record = record
        row.original = tuple(server)
        self._invalidate_cell_caches(row_index)
        self._row_changed(row_index)
