"""Choice values (Sick, NotReceived, Paid) read as labels in the user's language in the tables,
while the rows keep Nepton's values for sorting, editing and sending."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.domain.columns import CHOICE_LABELS, Entity, column_by_key, columns_for
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Compensation,
    MedicalCertificate,
)
from nepton_desktop.importing.coercion import coerce_value
from nepton_desktop.ui.editing.cell_delegate import CellDelegate
from nepton_desktop.ui.editing.cell_parsing import parse_cell
from nepton_desktop.ui.editing.clipboard import to_tsv
from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.models.entity_models import AbsencesModel
from nepton_desktop.ui.submit.plan import field_changes
from tests.ui.records import CONTEXT, REFERENCES, events

pytestmark = pytest.mark.usefixtures("restore_translations")


def _absences() -> AbsencesModel:
    records = events()
    infos = [AdditionalInfo.SICK, AdditionalInfo.CHILD_SICK, None, AdditionalInfo.ACCIDENT_AT_WORK]
    for record, info in zip(records, infos, strict=True):
        record.details = ActivityDetails(
            additional_info=info,
            medical_certificate=MedicalCertificate.NOT_RECEIVED,
            compensation=Compensation.PAID,
        )
    model = AbsencesModel()
    model.references = REFERENCES
    rows = model.build_rows(records, CONTEXT)
    model.set_rows(rows, CONTEXT, texts_follow=True)
    model.set_filter_texts(rows, model.prepare_filter_texts(rows))
    return model


def _column(model: AbsencesModel, key: str) -> list[object]:
    col = model.column_index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_a_finnish_user_reads_the_labels_and_the_rows_keep_the_values(
    qapp: QApplication, compiled_catalogs: Path, qtbot: QtBot
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    model = _absences()
    info = model.column_index("additional_info")
    assert _column(model, "additional_info") == [
        "Oma sairaus",
        "Lapsen sairaus",
        "",
        "Työtapaturma",
    ]
    assert set(_column(model, "medical_certificate")) == {"Ei saatu"}
    assert set(_column(model, "compensation")) == {"Palkallinen"}
    # The row holds Nepton's value; sorting is by that value, not by the label.
    assert model.index(0, info).data(Qt.ItemDataRole.UserRole + 3) == "Sick"
    model.sort(info)
    assert [model.row_at(r).values[info] for r in range(4)] == [
        None,
        "AccidentAtWork",
        "ChildSick",
        "Sick",
    ]
    # The column filter and the quick filter match what the user reads.
    model.set_column_filter(info, "sairaus")
    assert model.rowCount() == 2
    model.set_column_filter(info, "")
    model.set_quick_filter("työtapaturma")
    assert model.rowCount() == 1
    model.set_quick_filter("")
    # An edit starts from the label and stores the value; the submit review shows labels.
    index = model.index(model.rowCount() - 1, info)
    assert index.data(Qt.ItemDataRole.EditRole) == "Oma sairaus"
    parent = QWidget()
    qtbot.addWidget(parent)
    delegate = CellDelegate(model, parent)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())][1:3] == [
        "Oma sairaus",
        "Lapsen sairaus",
    ]
    editor.setCurrentText("Lapsen sairaus")
    delegate.setModelData(editor, model, index)
    row = model.row_at(model.rowCount() - 1)
    assert row.values[info] == "ChildSick" and not row.errors
    changes = field_changes(model, row)
    assert [(c.before, c.after) for c in changes] == [("Oma sairaus", "Lapsen sairaus")]
    # The edited row is found by its new label; a copy holds the labels, which paste back.
    model.sort(-1)
    model.set_quick_filter("lapsen sairaus")
    assert model.rowCount() == 2
    model.set_quick_filter("")
    tsv = to_tsv(model, [0], [info])
    assert tsv.splitlines() == ["Lisätieto", "Lapsen sairaus"]  # row 1 was edited above


def test_a_swedish_user_reads_swedish_labels(qapp: QApplication, compiled_catalogs: Path) -> None:
    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    model = _absences()
    assert _column(model, "additional_info")[:2] == ["Egen sjukdom", "Sjukt barn"]
    assert set(_column(model, "compensation")) == {"Avlönad"}


def test_every_label_reads_back_to_its_value() -> None:
    """A label a table shows (or a template offers) in any language imports as the value."""
    choice_columns = [c for c in columns_for(Entity.ABSENCES) if c.choices]
    assert choice_columns
    for column in choice_columns:
        for value in column.choices:
            label = CHOICE_LABELS[value]
            for text in (label.en, label.fi, label.sv, value):
                assert coerce_value(column, text) == (value, None), (column.key, text)


def test_a_value_typed_into_a_table_cell_is_refused_in_finnish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    start = column_by_key(Entity.ABSENCES, "start_date")
    assert parse_cell(start, "31.2.2026").error == "'31.2.2026' ei ole todellinen päivämäärä"
    info = column_by_key(Entity.ABSENCES, "additional_info")
    error = parse_cell(info, "flunssa").error
    assert error is not None and error.startswith("'flunssa' ei ole mikään näistä: Oma sairaus, ")
