"""Editors per column type hand text back through the model's validation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.domain.records import ActivityDetails
from nepton_desktop.ui.editing.cell_delegate import CellDelegate
from nepton_desktop.ui.models.entity_models import AbsencesModel
from tests.ui.records import CONTEXT, REFERENCES, events


def model_and_delegate(qtbot: QtBot) -> tuple[AbsencesModel, CellDelegate, QWidget]:
    records = events()
    records[0].details = ActivityDetails(additional_info=None)
    model = AbsencesModel()
    model.references = REFERENCES
    model.set_rows(model.build_rows(records, CONTEXT), CONTEXT)
    parent = QWidget()
    qtbot.addWidget(parent)
    return model, CellDelegate(model, parent), parent


def test_choice_column_offers_its_choices(qtbot: QtBot) -> None:
    model, delegate, parent = model_and_delegate(qtbot)
    index = model.index(0, model.column_index("medical_certificate"))
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    items = [editor.itemText(i) for i in range(editor.count())]
    # The labels users read; the cell keeps Nepton's value.
    assert items == ["", "Not known", "Not received", "Received", "Permission from supervisor"]
    editor.setCurrentText("Permission from supervisor")
    delegate.setModelData(editor, model, index)
    assert model.row_at(0).values[index.column()] == "PermissionFromSupervisor"


def test_bool_column_offers_yes_and_no(qtbot: QtBot) -> None:
    model, delegate, parent = model_and_delegate(qtbot)
    index = model.index(0, model.column_index("earns_vacation_days"))
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentText("No")
    delegate.setModelData(editor, model, index)
    assert model.row_at(0).values[index.column()] is False


def test_reference_column_completes_known_names(qtbot: QtBot) -> None:
    model, delegate, parent = model_and_delegate(qtbot)
    index = model.index(0, model.column_index("person"))
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    assert completer.model().rowCount() == len(REFERENCES[next(iter(REFERENCES))])
    delegate.setEditorData(editor, index)
    assert editor.text() == "1001"
    editor.setText("4242")  # unknown: the model marks it, the editor does not block it
    delegate.setModelData(editor, model, index)
    assert "4242" in model.row_at(0).errors[index.column()]
