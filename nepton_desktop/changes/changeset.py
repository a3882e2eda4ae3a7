"""A set of create, update and delete operations on one entity, ready to be sent.

Both the import (from a plan) and the UI's table edits produce a ChangeSet; the submitter sends
it and the journal stores it. Values are the column-declaration values (see
``nepton_desktop.domain.columns``) keyed by field key; references already resolved against
Nepton are carried as ids in ``refs`` so that sending needs no second lookup.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import AbsenceType, EventType, Person, Project
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.plan import Action, ImportPlan, RowPlan


class OpKind(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Operation:
    kind: OpKind
    entity: Entity
    values: dict[str, object] = field(default_factory=dict)  # after: every field of the row
    changed: tuple[str, ...] = ()  # update: the fields that change
    before: dict[str, object] = field(default_factory=dict)  # update/delete: values before
    target: int | None = None  # Nepton id of the record updated or deleted
    refs: dict[str, object] = field(default_factory=dict)  # resolved ids (person_id, ...)
    row: int | None = None  # sheet row number for imports; None for table edits

    def describe(self) -> str:
        where = f"row {self.row}" if self.row is not None else f"id {self.target}"
        return f"{self.kind} {self.entity} ({where})"


@dataclass(slots=True)
class ChangeSet:
    entity: Entity
    operations: list[Operation] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.operations)

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations)

    def add(self, operation: Operation) -> None:
        if operation.entity is not self.entity:
            raise ValueError(f"a {self.entity} change set cannot hold a {operation.entity} change")
        self.operations.append(operation)

    def create(self, values: dict[str, object], refs: dict[str, object] | None = None) -> None:
        self.add(Operation(OpKind.CREATE, self.entity, dict(values), refs=dict(refs or {})))

    def update(
        self,
        target: int,
        values: dict[str, object],
        changed: Iterable[str],
        before: dict[str, object],
        refs: dict[str, object] | None = None,
    ) -> None:
        self.add(
            Operation(
                OpKind.UPDATE,
                self.entity,
                dict(values),
                tuple(changed),
                dict(before),
                target,
                dict(refs or {}),
            )
        )

    def delete(self, target: int, before: dict[str, object] | None = None) -> None:
        self.add(Operation(OpKind.DELETE, self.entity, before=dict(before or {}), target=target))

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((k.value for k in OpKind), 0)
        for op in self.operations:
            counts[op.kind.value] += 1
        return counts


def _target_id(record: object) -> int | None:
    if isinstance(record, Person):
        return record.nepton_id
    value = getattr(record, "id", None)
    return value if isinstance(value, int) else None


def refs_of(row: RowPlan, live: LiveData) -> dict[str, object]:
    """The row's resolved references as plain ids and codes (JSON-safe, for the journal)."""
    refs: dict[str, object] = {}
    found = row.check.refs
    person = found.get("person")
    if isinstance(person, Person):
        refs["person_id"] = person.nepton_id
        refs["person_number"] = person.employee_number
    event_type = found.get("event_type")
    if isinstance(event_type, EventType):
        refs["event_type_id"] = event_type.id
        refs["event_type_code"] = event_type.code or event_type.internal_name
    for key, name in (
        ("project", "project"),
        ("parent", "parent"),
        ("default_project", "default_project"),
    ):
        project = found.get(key)
        if isinstance(project, Project):
            refs[f"{name}_id"] = project.id
            refs[f"{name}_code"] = project.code
    absence_type = found.get("absence_type_code")
    if isinstance(absence_type, AbsenceType):
        refs["absence_type_code"] = absence_type.code
    managers = row.values.get("managers")
    if isinstance(managers, tuple):
        ids = []
        for ref in managers:
            manager = live.find_person(str(ref))
            if manager is not None and manager.nepton_id is not None:
                ids.append(manager.nepton_id)
        refs["manager_ids"] = ids
    return refs


def from_plan(plan: ImportPlan) -> ChangeSet:
    """The operations the plan would send (nothing when the plan is blocked)."""
    live = plan.validation.live
    changes = ChangeSet(plan.entity)
    for row in plan.to_send():
        refs = refs_of(row, live)
        if row.action is Action.CREATE:
            changes.add(
                Operation(OpKind.CREATE, plan.entity, dict(row.values), refs=refs, row=row.row)
            )
        elif row.action is Action.UPDATE:
            target = _target_id(row.existing)
            if target is None:
                continue  # validation matched a record without an id: nothing to address it by
            changes.add(
                Operation(
                    OpKind.UPDATE,
                    plan.entity,
                    dict(row.values),
                    tuple(c.key for c in row.changes),
                    {c.key: c.before for c in row.changes},
                    target,
                    refs,
                    row.row,
                )
            )
    if plan.entity is Entity.PROJECTS:
        changes.operations = _parents_first(changes.operations)
    return changes


def _parents_first(operations: list[Operation]) -> list[Operation]:
    """New projects whose parent is another new project of the file come after it, so that
    the parent exists (or is earlier in the same request) when the child names it."""
    created = {
        str(op.values.get("code")).casefold(): op
        for op in operations
        if op.kind is OpKind.CREATE and op.values.get("code")
    }
    ordered: list[Operation] = []
    placed: set[int] = set()

    def place(op: Operation, seen: frozenset[int]) -> None:
        if id(op) in placed or id(op) in seen:
            return  # placed already, or a cycle (validation reports those rows)
        parent = created.get(str(op.values.get("parent") or "").casefold())
        if parent is not None and parent is not op:
            place(parent, seen | {id(op)})
        placed.add(id(op))
        ordered.append(op)

    for op in operations:
        place(op, frozenset())
    return ordered
