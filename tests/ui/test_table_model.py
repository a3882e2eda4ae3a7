"""The generic table model: sort and filter in Python, edits through the undo stack, marks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt

from nepton_desktop.ui.editing.clipboard import paste_tsv, to_tsv
from nepton_desktop.ui.models.entity_model import ERROR_ROLE, VALUE_ROLE
from nepton_desktop.ui.models.entity_models import EventsModel
from tests.ui.records import CONTEXT, REFERENCES, events


def loaded_model() -> EventsModel:
    model = EventsModel()
    model.references = REFERENCES
    model.set_rows(model.build_rows(events(), CONTEXT), CONTEXT)
    return model


def column(model: EventsModel, key: str) -> list[str]:
    col = model.column_index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_rows_show_the_columns_declared_once(qapp: object) -> None:
    model = loaded_model()
    assert model.columnCount() == len(model.columns)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nepton id"
    assert column(model, "person") == ["1001", "1002", "1003", "1001"]
    assert column(model, "start")[0] == "03/12/2026 8.00"  # English in Finland (conftest)


def test_dates_and_numbers_follow_the_locale_and_read_back(qapp: object) -> None:
    """What a cell shows is what an edit starts from, what a copy carries and what the cell
    reads back, in the locale's own pattern; Finnish text is still read as the import does."""
    previous = QLocale()
    for name, shown in (
        ("fi_FI", "3.12.2026 8.00"),
        ("sv_SE", "2026-12-03 08:00"),
        ("en_US", "12/3/2026 8:00\u202fAM"),
    ):
        QLocale.setDefault(QLocale(name))
        try:
            model = loaded_model()
            col = model.column_index("start")
            text = model.data(model.index(0, col))
            assert text.replace("\u202f", " ") == shown.replace("\u202f", " "), name
            assert model.data(model.index(0, col), Qt.ItemDataRole.EditRole) == text
            model.set_quick_filter(text.split(" ")[0])
            assert model.rowCount() >= 1, name
            model.set_quick_filter("")
            assert to_tsv(model, [0], [col]).splitlines()[1] == text
            # Another moment, typed as the locale writes it, then the Finnish way.
            later = model.value_text(datetime(2026, 12, 4, 17, 30), col)
            assert model.setData(model.index(0, col), later), name
            assert model.data(model.index(0, col), VALUE_ROLE) == datetime(2026, 12, 4, 17, 30)
            assert model.setData(model.index(0, col), "5.12.2026 9.15"), name
            assert model.data(model.index(0, col), VALUE_ROLE) == datetime(2026, 12, 5, 9, 15)
            assert model.data(model.index(0, col), ERROR_ROLE) is None
        finally:
            QLocale.setDefault(previous)


def test_sort_by_a_column_both_ways_and_back_to_load_order(qapp: object) -> None:
    model = loaded_model()
    model.sort(model.column_index("start"), Qt.SortOrder.AscendingOrder)
    assert column(model, "description") == ["beta", "gamma", "alpha", "delta"]
    model.sort(model.column_index("start"), Qt.SortOrder.DescendingOrder)
    assert column(model, "description") == ["delta", "alpha", "gamma", "beta"]
    model.sort(-1)
    assert column(model, "description") == ["alpha", "beta", "gamma", "delta"]


def test_quick_filter_and_column_filter_combine(qapp: object) -> None:
    model = loaded_model()
    model.set_quick_filter("1001")
    assert column(model, "description") == ["alpha", "delta"]
    model.set_column_filter(model.column_index("description"), "DEL")
    assert column(model, "description") == ["delta"]
    model.set_quick_filter("")
    model.set_column_filter(model.column_index("description"), "")
    assert model.rowCount() == 4


def test_edit_marks_the_cell_and_undo_restores(qapp: object) -> None:
    model = loaded_model()
    col = model.column_index("description")
    index = model.index(0, col)
    assert model.setData(index, "changed")
    assert model.data(index) == "changed"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "alpha" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert [row.uid for row in model.pending_rows()] == [model.row_at(0).uid]
    model.undo_stack.undo()
    assert model.data(index) == "alpha"
    assert model.pending_rows() == []
    model.undo_stack.redo()
    assert model.data(index) == "changed"


def test_invalid_text_is_kept_and_marked_with_the_reason(qapp: object) -> None:
    model = loaded_model()
    index = model.index(0, model.column_index("start"))
    model.setData(index, "31.2.2026")
    assert model.data(index) == "31.2.2026"
    assert model.data(index, ERROR_ROLE)
    assert model.has_invalid_cells()
    model.setData(index, "30.12.2026 7.15")
    assert model.row_at(0).values[model.column_index("start")] == datetime(2026, 12, 30, 7, 15)
    assert not model.has_invalid_cells()


def test_unknown_reference_is_invalid(qapp: object) -> None:
    model = loaded_model()
    index = model.index(0, model.column_index("person"))
    model.setData(index, "9999")
    assert "9999" in model.data(index, ERROR_ROLE)


def test_sorted_view_keeps_an_edited_row_identity(qapp: object) -> None:
    model = loaded_model()
    col = model.column_index("description")
    model.sort(col, Qt.SortOrder.AscendingOrder)  # alpha beta delta gamma
    model.setData(model.index(0, col), "zulu")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert column(model, "description")[-1] == "zulu"
    model.undo_stack.undo()
    assert "alpha" in column(model, "description")


def test_add_duplicate_and_delete_rows_undo_as_steps(qapp: object) -> None:
    model = loaded_model()
    added = model.add_row()
    assert model.rowCount() == 5 and added.is_new
    assert model.headerData(4, Qt.Orientation.Vertical) == "!"  # required cells still empty
    model.duplicate_rows([0])
    copy = model.row_at(5)
    assert copy.is_new and copy.values[model.column_index("person")] == "1001"
    assert copy.values[model.column_index("id")] is None
    model.delete_rows([1])
    assert model.row_at(1).deleted
    assert model.headerData(1, Qt.Orientation.Vertical) == "\u2212"
    model.delete_rows([4])  # a row never sent simply goes
    assert model.rowCount() == 5
    for _ in range(4):
        model.undo_stack.undo()
    assert model.rowCount() == 4 and model.pending_rows() == []


def test_copy_has_headers_and_pastes_back_through_validation(qapp: object) -> None:
    model = loaded_model()
    cols = [model.column_index("description"), model.column_index("start")]
    text = to_tsv(model, [0, 1], cols)
    assert text.splitlines()[0] == "Description\tStart"
    start, end = model.column_index("start"), model.column_index("end")
    excel = 'Start\tEnd\n1.12.2026 9.00\t"1.12.2026 17.00"\nnot a date\t2.12.2026 16.00\n'
    assert paste_tsv(model, 2, start, excel) == 4
    assert model.row_at(2).values[start] == datetime(2026, 12, 1, 9, 0)
    assert model.row_at(2).values[end] == datetime(2026, 12, 1, 17, 0)
    assert start in model.row_at(3).errors
    model.undo_stack.undo()
    assert model.row_at(2).values[start] == datetime(2026, 12, 2, 8, 0)
    assert not model.has_invalid_cells()
    # Quoted cells with tabs, line breaks and quotes land in one cell.
    desc = model.column_index("description")
    paste_tsv(model, 0, desc, '"with\ttab\nand ""quotes"""\n')
    assert model.row_at(0).values[desc] == 'with\ttab\nand "quotes"'


def test_paste_past_the_end_adds_rows(qapp: object) -> None:
    model = loaded_model()
    col = model.column_index("description")
    paste_tsv(model, 3, col, "one\ntwo\nthree")
    assert model.rowCount() == 6
    assert [r.is_new for r in model.visible_rows()][-2:] == [True, True]
    model.undo_stack.undo()
    assert model.rowCount() == 4


def test_saved_and_failed_rows(qapp: object) -> None:
    model = loaded_model()
    col = model.column_index("description")
    model.setData(model.index(0, col), "saved")
    model.setData(model.index(1, col), "refused")
    model.mark_saved(model.row_at(0).uid, None)
    model.mark_failed(model.row_at(1).uid, "1022 locked day")
    assert not model.row_at(0).is_pending
    assert "1022" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Vertical) == "!"


def test_locked_events_are_read_only(qapp: object) -> None:
    records = events()
    records[0].is_locked = True
    model = EventsModel()
    model.set_rows(model.build_rows(records, CONTEXT), CONTEXT)
    desc = model.column_index("description")
    assert not model.flags(model.index(0, desc)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, desc), "x")
    model.delete_rows([0])
    assert not model.row_at(0).deleted
    assert paste_tsv(model, 0, desc, "pasted") == 0
    assert "Locked in Nepton" in model.data(model.index(0, desc), Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(1, desc)) & Qt.ItemFlag.ItemIsEditable


def test_person_tooltip_names_the_person(qapp: object) -> None:
    from nepton_desktop.domain.columns import DisplayContext

    context = DisplayContext(
        person_names={1: "Räsänen, Leena"},
        person_numbers=dict(CONTEXT.person_numbers),
        event_type_codes=dict(CONTEXT.event_type_codes),
        project_codes=dict(CONTEXT.project_codes),
    )
    model = EventsModel()
    model.set_rows(model.build_rows(events(), context), context)
    person = model.column_index("person")
    assert model.data(model.index(0, person), Qt.ItemDataRole.ToolTipRole) == "Räsänen, Leena"
    assert model.data(model.index(1, person), Qt.ItemDataRole.ToolTipRole) is None
