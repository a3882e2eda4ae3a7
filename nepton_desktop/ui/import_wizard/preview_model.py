"""The import preview as a table: every row with its action, its values and its problems.

Changed fields of an update read "before → after"; cells with a problem are coloured by
severity with the reasons in the tooltip. Field cells are editable: an edit goes back to the
page, which re-coerces and re-validates off the GUI thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from nepton_desktop.domain.columns import Column, ColumnType, columns_for
from nepton_desktop.importing.plan import Action, FieldChange, ImportPlan, RowPlan
from nepton_desktop.importing.problems import Problem, Severity
from nepton_desktop.ui.error_dialog import status_color
from nepton_desktop.ui.i18n import choice_text, translate_message
from nepton_desktop.ui.import_wizard.cells_model import cell_text, edit_text, header_language

_Index = QModelIndex | QPersistentModelIndex

ACTION_TONES = {
    Action.CREATE: "ok",
    Action.UPDATE: "info",
    Action.UNCHANGED: "muted",
    Action.ERROR: "error",
}


def action_color(action: Action) -> QColor:
    return status_color(ACTION_TONES[action])


SEVERITY_BACKGROUNDS = {
    Severity.ERROR: QColor(229, 57, 53, 70),
    Severity.WARNING: QColor(255, 160, 0, 80),
    Severity.NOTICE: QColor(66, 165, 245, 60),
}
CHANGED_BACKGROUND = QColor(255, 235, 59, 90)
# Row number, action and problems first, so the reason is in view without scrolling right.
PROBLEMS_COLUMN = 2
FIRST_FIELD = 3


def action_label(action: Action) -> str:
    labels = {
        Action.CREATE: QCoreApplication.translate("ImportWizard", "Create"),
        Action.UPDATE: QCoreApplication.translate("ImportWizard", "Update"),
        Action.UNCHANGED: QCoreApplication.translate("ImportWizard", "Unchanged"),
        Action.ERROR: QCoreApplication.translate("ImportWizard", "Error"),
    }
    return labels[action]


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.ERROR: QCoreApplication.translate("ImportWizard", "Error"),
        Severity.WARNING: QCoreApplication.translate("ImportWizard", "Warning"),
        Severity.NOTICE: QCoreApplication.translate("ImportWizard", "Note"),
    }
    return labels[severity]


@dataclass(frozen=True, slots=True)
class PlanIndex:
    """Lookups the preview needs per cell, built once per plan."""

    fields: list[tuple[Column, int]]  # mapped fields in sheet order, with their source column
    problems: dict[tuple[int, str | None], list[Problem]]  # (sheet row, field) -> problems
    changes: dict[tuple[int, str], FieldChange]  # (data row index, field) -> change
    # Rows per action, counted once: the page shows them and asks them on every button
    # update, and each count over a 100,000-row plan is a pass on the GUI thread.
    counts: dict[Action, int] = field(default_factory=dict)


def index_plan(plan: ImportPlan) -> PlanIndex:
    """Plain Python over every row: run it in a worker thread for a large file."""
    table = plan.validation.table
    by_key = {c.key: c for c in columns_for(plan.entity)}
    fields = sorted(((by_key[k], s) for k, s in table.mapping.by_key.items()), key=lambda f: f[1])
    problems: dict[tuple[int, str | None], list[Problem]] = defaultdict(list)
    changes: dict[tuple[int, str], FieldChange] = {}
    counts = dict.fromkeys(Action, 0)
    for row in plan.rows:
        counts[row.action] += 1
        for problem in (*row.errors, *row.warnings):
            problems[(row.row, problem.key)].append(problem)
        for change in row.changes:
            changes[(row.index, change.key)] = change
    for problem in plan.notices:
        problems[(problem.row, problem.key)].append(problem)
    return PlanIndex(fields, dict(problems), changes, counts)


class PreviewModel(QAbstractTableModel):
    """``edited(row_index, source_column, text)`` is called for an inline fix."""

    def __init__(
        self, edited: Callable[[int, int, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._edited = edited
        self.plan: ImportPlan | None = None
        self.shown: list[RowPlan] = []
        self.only_problems = False
        self.read_only = False
        self._fields: list[tuple[Column, int]] = []  # mapped fields in sheet order, source
        self._problems: dict[tuple[int, str | None], list[Problem]] = {}
        self._changes: dict[tuple[int, str], FieldChange] = {}
        self.counts: dict[Action, int] = {}  # rows of the plan per action

    # ------------------------------------------------------------------ data in

    def set_plan(self, plan: ImportPlan | None, index: PlanIndex | None = None) -> None:
        """Show ``plan``; ``index`` is :func:`index_plan` of it, built off the GUI thread
        for a large plan (built here when not given)."""
        self.beginResetModel()
        self.plan = plan
        if plan is None:
            index = PlanIndex([], {}, {})
        elif index is None:
            index = index_plan(plan)
        self._fields, self._problems, self._changes = index.fields, index.problems, index.changes
        self.counts = index.counts
        if plan is not None and not self.counts:  # an index built without its counts
            self.counts = dict.fromkeys(Action, 0)
            for row in plan.rows:
                self.counts[row.action] += 1
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self.plan.rows if self.plan is not None else []
        if self.only_problems:
            # Errors, warnings and notes (a coercion that may have changed a meaning).
            flagged = {number for number, _key in self._problems}
            self.shown = [r for r in rows if r.row in flagged or r.action is Action.ERROR]
        else:
            self.shown = list(rows)

    def field_column(self, key: str) -> int:
        """The model column of a mapped field."""
        return FIRST_FIELD + self.field_keys().index(key)

    def field_keys(self) -> list[str]:
        return [column.key for column, _ in self._fields]

    def problems_of(self, row: RowPlan) -> list[Problem]:
        found: list[Problem] = []
        for key in (None, *self.field_keys()):
            found.extend(self._problems.get((row.row, key), ()))
        return found

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportWizard", "Row")
        if section == 1:
            return QCoreApplication.translate("ImportWizard", "Action")
        if section == PROBLEMS_COLUMN:
            return QCoreApplication.translate("ImportWizard", "Problems")
        return self._fields[section - FIRST_FIELD][0].header(header_language())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._field_at(index.column()) is not None and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _field_at(self, column: int) -> tuple[Column, int] | None:
        index = column - FIRST_FIELD
        return self._fields[index] if 0 <= index < len(self._fields) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.plan is None:
            return None
        row = self.shown[index.row()]
        column = index.column()
        if column == 0:
            return row.row if role == Qt.ItemDataRole.DisplayRole else None
        if column == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return action_label(row.action)
            if role == Qt.ItemDataRole.ForegroundRole:
                return action_color(row.action)
            return None
        field = self._field_at(column)
        if field is None:  # PROBLEMS_COLUMN
            problems = self.problems_of(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return "; ".join(
                    (f"{p.column}: " if p.column else "") + translate_message(p.message)
                    for p in problems
                )
            if role == Qt.ItemDataRole.ToolTipRole and problems:
                return "\n".join(translate_message(p.located()) for p in problems)
            return None
        return self._field_data(row, field, role)

    def _raw(self, row: RowPlan, source: int) -> object:
        assert self.plan is not None
        cells = self.plan.validation.table.sheet.rows[row.index]
        return cells[source] if source < len(cells) else None

    def _field_data(self, row: RowPlan, field: tuple[Column, int], role: int) -> object:
        column, source = field
        problems = self._problems.get((row.row, column.key), [])
        change = self._changes.get((row.index, column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.values.get(column.key)
            # A cell that could not be read shows what the file holds, so it can be fixed.
            text = cell_text(value) if value is not None else cell_text(self._raw(row, source))
            if column.type is ColumnType.CHOICE:  # Sick shown as the user's "Oma sairaus"
                text = choice_text(text)
            if change is not None:
                before = cell_text(change.before)
                if column.type is ColumnType.CHOICE:
                    before = choice_text(before)
                return f"{before} → {text}"
            return text
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(self._raw(row, source))
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                worst = min(problems, key=lambda p: list(Severity).index(p.severity))
                return SEVERITY_BACKGROUNDS[worst.severity]
            if change is not None:
                return CHANGED_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                f"{severity_label(p.severity)}: {translate_message(p.message)}" for p in problems
            ]
            if change is not None:
                lines.append(
                    QCoreApplication.translate("ImportWizard", "Before: %1\nAfter: %2")
                    .replace("%1", cell_text(change.before) or "—")
                    .replace("%2", cell_text(change.after) or "—")
                )
            return "\n".join(lines) or None
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self._field_at(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None or self.read_only:
            return False
        row = self.shown[index.row()]
        text = str(value) if value is not None else ""
        if text == edit_text(self._raw(row, field[1])):
            return False
        self._edited(row.index, field[1], text)
        return True
