"""The tab of one entity: quick filter, per-column filters, the table and its row actions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.domain.columns import ColumnType
from nepton_desktop.ui.editing.cell_delegate import CellDelegate
from nepton_desktop.ui.editing.clipboard import paste_tsv, to_tsv
from nepton_desktop.ui.editing.xlsx_export import write_xlsx
from nepton_desktop.ui.i18n import format_number
from nepton_desktop.ui.i18n.inherited_tr import InheritedContextTr
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.tabs.column_filter_bar import ColumnFilterBar

# Values whose text is about the widest the locale writes (two-digit day, month and hour).
_WIDEST_VALUES: dict[ColumnType, object] = {
    ColumnType.DATE: date(2026, 12, 28),
    ColumnType.DATETIME: datetime(2026, 12, 28, 23, 58),
    ColumnType.TIME: time(23, 58),
}
_CELL_MARGINS = 16  # the item view's text margins and the grid line, with a little air


class EntityTab(InheritedContextTr, QWidget):
    """A table over one entity model. Server-side filters (events) go in ``server_filters``."""

    # The user asked for fresh data (F5, or a changed server-side filter).
    refreshRequested = Signal()
    # A message for the status bar (export written, nothing to paste...).
    statusMessage = Signal(str)

    def __init__(self, model: EntityTableModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The tab owns the model on the C++ side too: a view must never outlive its model,
        # which a Python-only owner cannot promise once the window's wrapper is gone.
        model.setParent(self)
        self.model = model
        self.title = title
        self.setObjectName(f"tab_{model.entity.value}")
        self.loaded = False
        self.export_task: asyncio.Task[Any] | None = None
        # How the tab runs a coroutine; the main window hands in its own, which shows errors.
        self.run_task: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]] = (
            asyncio.ensure_future
        )

        self.view = QTableView(self)
        self.view.setObjectName(f"table_{model.entity.value}")
        self.view.setModel(model)
        self.delegate = CellDelegate(model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(False)  # the pending-change tints need the base colour
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.quick_filter = QLineEdit(self)
        self.quick_filter.setObjectName("quick_filter")
        self.quick_filter.setPlaceholderText(self.tr("Filter all columns (Ctrl+F)"))
        self.quick_filter.setClearButtonEnabled(True)
        self.quick_filter.textChanged.connect(model.set_quick_filter)
        self.quick_filter.textChanged.connect(self._update_count)

        self.filter_bar = ColumnFilterBar(
            self.view, [model.column_header(c) for c in model.columns], self._column_filter, self
        )

        self._build_actions()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("row_count")

        self.server_filters = QHBoxLayout()
        self.server_filters.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        bar.addWidget(self.quick_filter, 1)
        for action in (
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.export_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(self.server_filters)
        layout.addLayout(bar)
        layout.addWidget(self.filter_bar)
        self.content_layout = layout
        layout.addWidget(self.view, 1)

        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        model.pendingChanged.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()
        self._update_count()

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | None, slot: object, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(shortcut)
                # Only while this tab has focus: every tab has the same shortcuts.
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_action = action(
            self.tr("Add row"), QKeySequence("Ctrl+Shift+N"), self.add_row, "add_row"
        )
        self.duplicate_action = action(
            self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate_rows, "duplicate_rows"
        )
        self.delete_action = action(
            self.tr("Delete"), QKeySequence("Ctrl+Del"), self.delete_rows, "delete_rows"
        )
        self.copy_action = action(
            self.tr("Copy"),
            QKeySequence(QKeySequence.StandardKey.Copy),
            self.copy_selection,
            "copy",
        )
        self.paste_action = action(
            self.tr("Paste"),
            QKeySequence(QKeySequence.StandardKey.Paste),
            self.paste_clipboard,
            "paste",
        )
        self.export_action = action(self.tr("Export…"), None, self._ask_export, "export_xlsx")
        self.add_action.setEnabled(self.model.can_add)
        if not self.model.can_delete:
            self.delete_action.setToolTip(
                self.tr("Nepton's API cannot delete these; mark them disabled or completed.")
            )

    # -- state -----------------------------------------------------------------------------

    def _column_filter(self, col: int, text: str) -> None:
        self.model.set_column_filter(col, text)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        total = self.model.row_total()
        pending = len(self.model.pending_rows())
        text = (
            self.tr("%1 rows").replace("%1", format_number(total))
            if shown == total
            else self.tr("%1 of %2 rows")
            .replace("%1", format_number(shown))
            .replace("%2", format_number(total))
        )
        if pending:
            text += " · " + self.tr("%1 unsent").replace("%1", format_number(pending))
        self.count_label.setText(text)

    def _update_actions(self, *_args: object) -> None:
        has_selection = bool(self.selected_view_rows())
        self.duplicate_action.setEnabled(has_selection and self.model.can_add)
        self.delete_action.setEnabled(has_selection and self.model.can_delete)

    def filter_texts(self) -> dict[str, str]:
        """The filters typed, by column key ("" for the quick filter), to remember them."""
        texts = {"": self.quick_filter.text()}
        for column, field in zip(self.model.columns, self.filter_bar.fields, strict=True):
            texts[column.key] = field.text()
        return {key: text for key, text in texts.items() if text}

    def set_filter_texts(self, texts: dict[str, str]) -> None:
        self.quick_filter.setText(texts.get("", ""))
        for column, field in zip(self.model.columns, self.filter_bar.fields, strict=True):
            field.setText(texts.get(column.key, ""))

    def fit_columns(self, max_width: int = 280, min_text_width: int = 160) -> None:
        """Size columns to their header and the rows in view (Qt samples at most 1,000 rows),
        capped so one long description cannot push the rest off screen. Free-text columns get
        room even when the sampled rows leave them empty, for the text the user types. Date
        and time columns fit their widest value in bold, as an edited cell shows it."""
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)
        self.view.resizeColumnsToContents()
        bold = self.view.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for col, column in enumerate(self.model.columns):
            width = header.sectionSize(col)
            if column.type is ColumnType.TEXT and column.editable:
                width = max(width, min_text_width)
            widest = _WIDEST_VALUES.get(column.type)
            if widest is not None:
                text = self.model.value_text(widest, col)
                width = max(width, metrics.horizontalAdvance(text) + _CELL_MARGINS)
            header.resizeSection(col, min(width, max_width))

    def focus_quick_filter(self) -> None:
        self.quick_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_filter.selectAll()

    def selected_view_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        if selection is None:
            return []
        return sorted({index.row() for index in selection.selectedIndexes()})

    # -- row actions -----------------------------------------------------------------------

    def add_row(self) -> None:
        if not self.model.can_add:
            return
        row = self.model.add_row()
        self.select_row(row.uid)

    def duplicate_rows(self) -> None:
        copies = self.model.duplicate_rows(self.selected_view_rows())
        if copies:
            self.select_row(copies[0].uid)

    def delete_rows(self) -> None:
        if self.model.can_delete:
            self.model.delete_rows(self.selected_view_rows())

    def select_row(self, uid: int) -> None:
        """Select the row with this uid, scrolled into view."""
        pos = self.model.view_row_of(uid)
        if pos is None:
            return
        first_editable = next((i for i, c in enumerate(self.model.columns) if c.editable), 0)
        index = self.model.index(pos, first_editable)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def copy_selection(self) -> str:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        header = self.view.horizontalHeader()
        # Columns in the order the user sees them (sections can be moved).
        cols = sorted({i.column() for i in indexes}, key=header.visualIndex)
        text = to_tsv(self.model, rows, cols)
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(
            self.tr("Copied %1 rows with headers").replace("%1", str(len(rows)))
        )
        return text

    def paste_clipboard(self) -> int:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        current = self.view.currentIndex()
        top = current.row() if current.isValid() else self.model.rowCount()
        left = current.column() if current.isValid() else 0
        count = paste_tsv(self.model, top, left, text)
        if count == 0:
            self.statusMessage.emit(self.tr("Nothing to paste"))
        else:
            self.statusMessage.emit(self.tr("Pasted %1 cells").replace("%1", str(count)))
        return count

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in (
            self.copy_action,
            self.paste_action,
            None,
            self.add_action,
            self.duplicate_action,
            self.delete_action,
        ):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- export ----------------------------------------------------------------------------

    def _ask_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the rows shown to Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(f"{self.model.entity.value}.xlsx")
        dialog.fileSelected.connect(lambda path: self._start_export(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _start_export(self, path: Path) -> None:
        self.export_task = self.run_task(self.export_xlsx(path))

    async def export_xlsx(self, path: Path) -> None:
        """Write the rows shown, in view order, with the columns in the order shown."""
        header = self.view.horizontalHeader()
        cols = sorted(
            (c for c in range(len(self.model.columns)) if not header.isSectionHidden(c)),
            key=header.visualIndex,
        )
        headers = [self.model.column_header(self.model.columns[c]) for c in cols]
        rows = [[row.values[c] for c in cols] for row in self.model.visible_rows()]
        self.statusMessage.emit(
            self.tr("Exporting %1 rows…").replace("%1", format_number(len(rows)))
        )
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, write_xlsx, path, self.title, headers, rows)
        self.statusMessage.emit(self.tr("Exported to %1").replace("%1", str(path)))
