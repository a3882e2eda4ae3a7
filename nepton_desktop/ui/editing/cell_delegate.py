"""Editors that fit each column: a list for choices and yes/no, completion for references.

The editor only helps typing: what it hands back is text, parsed and validated by the model
exactly as typed or pasted text is, so an editor can never bypass validation.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nepton_desktop.domain.columns import ColumnType
from nepton_desktop.ui.models.cell_values import format_value
from nepton_desktop.ui.models.entity_model import EntityTableModel

_Index = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    def __init__(self, model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.type is ColumnType.CHOICE or column.type is ColumnType.BOOL:
            combo = QComboBox(parent)
            combo.setObjectName("choice_editor")
            choices = (
                [format_value(True), format_value(False)]
                if column.type is ColumnType.BOOL
                # The labels as an edit starts from them; the cell parsing reads them back.
                else [self._model.edit_text(c, index.column()) for c in column.choices]
            )
            if not column.required:
                combo.addItem("")  # empty: leave the cell empty
            combo.addItems(choices)
            return combo
        editor = QLineEdit(parent)
        known = (
            self._model.references.get(column.refers_to)
            if column.refers_to is not None and self._model.references is not None
            else None
        )
        if known:
            completer = QCompleter(sorted(known), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findText(text)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
