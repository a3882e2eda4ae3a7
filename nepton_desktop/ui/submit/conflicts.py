"""Rows changed on the server since they were loaded: find them, show both sides, let the user
choose.

Before a submit the rows to update or delete are read again. A row whose ``modified`` time (or,
when the server gives none, whose values) differ from what was loaded is a conflict: sending
it would overwrite someone else's change without anyone seeing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Event, Project
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.entity_models import record_key
from nepton_desktop.ui.models.table_rows import TableRow
from nepton_desktop.ui.submit.plan import ChangeKind, PlannedChange, row_label


@dataclass(slots=True)
class Conflict:
    model: EntityTableModel
    uid: int
    label: str
    server_record: object | None  # None: the record is gone from Nepton
    # (header, when loaded, on the server now, yours)
    fields: list[tuple[str, str, str, str]]
    keep_mine: bool = False


async def read_back(
    service: NeptonServiceLike, entity: Entity, records: Sequence[object]
) -> dict[str, object]:
    """The server's current version of these records, by ``record_key``."""
    if not records:
        return {}
    if entity in (Entity.EVENTS, Entity.ABSENCES):
        ids = tuple(r.id for r in records if isinstance(r, Event))
        found: Sequence[object] = await service.worktime.get_events(EventFilter(event_ids=ids))
    elif entity is Entity.PROJECTS:
        ids = tuple(r.id for r in records if isinstance(r, Project) and r.id is not None)
        found = await service.worktime.get_projects(ProjectFilter(project_ids=ids))
    else:
        found = [p for p in await service.hr.get_persons(include_disabled=True)]
    return {key: r for r in found if (key := record_key(r)) is not None}


def _differs(model: EntityTableModel, row: TableRow, server: object) -> bool:
    loaded_modified = getattr(row.record, "modified", None)
    server_modified = getattr(server, "modified", None)
    if loaded_modified is not None and server_modified is not None:
        return bool(loaded_modified != server_modified)
    now = tuple(column.getter(server, model.context) for column in model.columns)
    return now != row.original


async def find_conflicts(
    service: NeptonServiceLike,
    changes: Sequence[PlannedChange],
    models: dict[Entity, EntityTableModel],
) -> list[Conflict]:
    conflicts: list[Conflict] = []
    for entity, model in models.items():
        rows = [
            model.row_by_uid(c.uid)
            for c in changes
            if c.entity is entity and c.kind is not ChangeKind.CREATE
        ]
        if not rows:
            continue
        server = await read_back(service, entity, [r.record for r in rows])
        for row in rows:
            current = server.get(record_key(row.record) or "")
            if current is None:
                conflicts.append(Conflict(model, row.uid, row_label(model, row), None, []))
            elif _differs(model, row, current):
                conflicts.append(
                    Conflict(
                        model, row.uid, row_label(model, row), current, _sides(model, row, current)
                    )
                )
    return conflicts


def _sides(
    model: EntityTableModel, row: TableRow, server: object
) -> list[tuple[str, str, str, str]]:
    sides = []
    for col, column in enumerate(model.columns):
        now = column.getter(server, model.context)
        loaded, mine = row.original[col], row.values[col]
        if now != loaded or mine != loaded:
            sides.append(
                (
                    model.column_header(column),
                    model.value_text(loaded, col),
                    model.value_text(now, col),
                    QCoreApplication.translate("Conflicts", "(deleted)")
                    if row.deleted
                    else model.value_text(mine, col),
                )
            )
    return sides


def apply_choices(conflicts: Sequence[Conflict]) -> None:
    for conflict in conflicts:
        model = conflict.model
        if conflict.server_record is None:
            model.mark_failed(
                conflict.uid, model.tr("This row is no longer in Nepton (deleted by someone else).")
            )
        elif conflict.keep_mine:
            model.rebase_on_server(conflict.uid, conflict.server_record)
        else:
            model.replace_with_server(conflict.uid, conflict.server_record)
        model.notify_pending()


class ConflictDialog(QDialog):
    """Each conflicting row with both values; per row: keep my change or take the server's."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submit_conflicts")
        self.setWindowTitle(self.tr("Changed in Nepton since you loaded it"))
        self.resize(780, 560)
        self.conflicts = list(conflicts)
        self.choices: list[tuple[QRadioButton, QRadioButton]] = []
        intro = QLabel(
            self.tr(
                "Someone changed these rows in Nepton after you loaded them. For each row, "
                "choose whose version to keep. Fields you did not edit always take the "
                "server's value."
            ),
            self,
        )
        intro.setWordWrap(True)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for conflict in self.conflicts:
            box = QGroupBox(conflict.label, body)
            box_layout = QVBoxLayout(box)
            if conflict.server_record is None:
                box_layout.addWidget(
                    QLabel(self.tr("Deleted in Nepton: your change cannot be sent."), box)
                )
                self.choices.append((QRadioButton(box), QRadioButton(box)))
                self.choices[-1][0].hide()
                self.choices[-1][1].hide()
                body_layout.addWidget(box)
                continue
            table = QTableWidget(len(conflict.fields), 4, box)
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Field"),
                    self.tr("When loaded"),
                    self.tr("In Nepton now"),
                    self.tr("Yours"),
                ]
            )
            table.verticalHeader().hide()
            for r, values in enumerate(conflict.fields):
                for c, text in enumerate(values):
                    table.setItem(r, c, QTableWidgetItem(text))
            table.resizeColumnsToContents()
            table.setMaximumHeight(
                table.horizontalHeader().height() + table.rowHeight(0) * (len(conflict.fields) + 1)
            )
            box_layout.addWidget(table)
            mine = QRadioButton(self.tr("Keep my changes (overwrite Nepton)"), box)
            theirs = QRadioButton(self.tr("Use the version in Nepton (drop my changes)"), box)
            group = QButtonGroup(box)
            group.addButton(mine)
            group.addButton(theirs)
            theirs.setChecked(True)  # the safe default: nobody's work is overwritten unseen
            box_layout.addWidget(mine)
            box_layout.addWidget(theirs)
            self.choices.append((mine, theirs))
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose(self, index: int, keep_mine: bool) -> None:
        mine, theirs = self.choices[index]
        (mine if keep_mine else theirs).setChecked(True)

    def confirm(self) -> None:
        """Take the choices made and close (the Continue button)."""
        for conflict, (mine, _theirs) in zip(self.conflicts, self.choices, strict=True):
            conflict.keep_mine = mine.isChecked()
        self.accept()
