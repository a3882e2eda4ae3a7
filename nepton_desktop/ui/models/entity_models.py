"""The four entity models: what differs between personnel, projects, absences and events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt

from nepton_desktop.domain.columns import DisplayContext, Entity
from nepton_desktop.domain.records import Event, Person, Project
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.table_rows import TableRow


class PersonnelModel(EntityTableModel):
    entity = Entity.PERSONNEL
    # Nepton's HR import cannot remove a person: their account is disabled instead.
    can_delete = False

    def new_row_defaults(self) -> list[object] | None:
        values: list[object] = [() if c.type == "list" else None for c in self.columns]
        values[self.column_index("account_enabled")] = True
        return values


class ProjectsModel(EntityTableModel):
    """Projects in their hierarchy: parents before children, names indented by depth."""

    entity = Entity.PROJECTS
    # EnsureProjectsExist creates and updates; a project is finished by marking it completed.
    can_delete = False

    def build_rows(self, records: Iterable[object], context: DisplayContext) -> list[TableRow]:
        ordered = tree_order([r for r in records if isinstance(r, Project)])
        rows = super().build_rows([project for project, _ in ordered], context)
        for row, (_, depth) in zip(rows, ordered, strict=True):
            row.depth = depth
        return rows

    def display_text(self, row: TableRow, col: int) -> str:
        text = super().display_text(row, col)
        if row.depth and col == self.column_index("name"):
            # Em spaces and a corner make the nesting visible in a flat, sortable table.
            return "\u2003" * (row.depth - 1) + "\u2514 " + text
        return text


def tree_order(projects: list[Project]) -> list[tuple[Project, int]]:
    """Depth-first order (children by code, then name) with each project's depth."""
    by_id = {p.id: p for p in projects if p.id is not None}
    children: dict[int | None, list[Project]] = defaultdict(list)
    for project in projects:
        parent = project.parent_id if project.parent_id in by_id else None
        children[parent].append(project)
    for siblings in children.values():
        siblings.sort(key=lambda p: ((p.code or "").casefold(), p.name.casefold()))
    ordered: list[tuple[Project, int]] = []
    seen: set[int] = set()
    stack: list[tuple[Project, int]] = [(p, 0) for p in reversed(children[None])]
    while stack:
        project, depth = stack.pop()
        if project.id is not None:
            if project.id in seen:  # a cycle in the data must not hang the app
                continue
            seen.add(project.id)
        ordered.append((project, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(project.id, [])))
    # Projects caught in a parent cycle are not reachable from a root: show them flat.
    ordered.extend((p, 0) for p in projects if p.id is not None and p.id not in seen)
    return ordered


class _EventRowsModel(EntityTableModel):
    """Events and absences: a locked event (its day closed in Nepton) is read-only here, as
    Nepton would refuse any change to it (1022)."""

    def duplicated_identifiers(self) -> tuple[str, ...]:
        return ("person",)

    def row_is_editable(self, row: TableRow) -> bool:
        return not (isinstance(row.record, Event) and row.record.is_locked)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            if index.column() == self.column_index("person") and isinstance(row.record, Event):
                # The table shows employee numbers; the tooltip says who that is.
                name = self.context.person_names.get(row.record.user_id)
                if (
                    name
                    and not row.is_new
                    and row.values[index.column()] == row.original[index.column()]
                ):
                    value = f"{name}\n{value}" if value else name
            if not self.row_is_editable(row):
                locked = self.tr("Locked in Nepton: the day is closed, so this row is read-only.")
                return f"{value}\n{locked}" if value else locked
        return value


class AbsencesModel(_EventRowsModel):
    entity = Entity.ABSENCES


class EventsModel(_EventRowsModel):
    entity = Entity.EVENTS


def record_key(record: object) -> str | None:
    """How the journal names a loaded record across runs (Nepton ids are stable)."""
    if isinstance(record, Event | Project):
        return f"id:{record.id}" if record.id is not None else None
    if isinstance(record, Person):
        if record.nepton_id is not None:
            return f"id:{record.nepton_id}"
        if record.username:
            return f"username:{record.username}"
        if record.employee_number:
            return f"number:{record.employee_number}"
    return None


MODEL_CLASSES: dict[Entity, type[EntityTableModel]] = {
    Entity.PERSONNEL: PersonnelModel,
    Entity.PROJECTS: ProjectsModel,
    Entity.ABSENCES: AbsencesModel,
    Entity.EVENTS: EventsModel,
}
