"""Classify every validated row against live data: create, update, unchanged or error.

An update lists each changed field with its value before (as Nepton has it, read through the
column's getter, the same one the export writes) and after (as the file has it). Because the
export and this comparison read values through the same declarations, an exported file edited
in Excel and imported back shows exactly the edited cells as changes.

References are compared by what they name, not by how they are written: an event whose person
column holds a username where Nepton's export showed the employee number is unchanged if both
name the same person.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from nepton_desktop.domain.columns import Column, ColumnType, Entity, columns_for
from nepton_desktop.domain.records import AbsenceType, Event, EventType, Person, Project
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.problems import VALIDATION_CONTEXT, Problem, Severity
from nepton_desktop.importing.table import CoercedTable
from nepton_desktop.importing.validation import RowCheck, ValidationResult


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


class InvalidRows(enum.StrEnum):
    BLOCK = "block"  # any error stops the whole import
    SKIP = "skip"  # rows with errors are left out, the rest is imported


class EmptyCells(enum.StrEnum):
    KEEP = "keep"  # an empty cell keeps Nepton's value (Nepton's "safe" import mode)
    CLEAR = "clear"  # an empty cell clears the field ("strict" mode)


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    header: str
    before: object
    after: object


@dataclass(slots=True)
class RowPlan:
    index: int
    row: int
    action: Action
    check: RowCheck
    # Rows without changes share one empty tuple: 100,000 empty lists cost time to make and
    # the garbage collector time to walk.
    changes: Sequence[FieldChange] = ()
    table: CoercedTable | None = field(default=None, repr=False)
    _values: dict[str, object] | None = field(default=None, repr=False)

    @property
    def values(self) -> dict[str, object]:
        """The row's coerced values of mapped fields (empty cells left out).

        Built on first use: a dry run of 100,000 rows shows counts and problems and needs
        no per-row dict until a row is looked at or sent.
        """
        if self._values is None:
            i = self.index
            columns = self.table.columns.items() if self.table is not None else ()
            self._values = {k: c.values[i] for k, c in columns if c.values[i] is not None}
        return self._values

    @property
    def existing(self) -> object | None:
        return self.check.existing

    @property
    def errors(self) -> list[Problem]:
        return self.check.errors

    @property
    def warnings(self) -> list[Problem]:
        return self.check.warnings

    @property
    def has_problems(self) -> bool:
        return self.check.has_problems


@dataclass(slots=True)
class ImportPlan:
    entity: Entity
    rows: list[RowPlan]
    validation: ValidationResult
    invalid_rows: InvalidRows = InvalidRows.BLOCK
    empty_cells: EmptyCells = EmptyCells.KEEP

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((a.value for a in Action), 0)
        for r in self.rows:
            counts[r.action.value] += 1
        return counts

    @property
    def errors(self) -> list[Problem]:
        return self.validation.errors

    @property
    def warnings(self) -> list[Problem]:
        return self.validation.warnings

    @property
    def notices(self) -> list[Problem]:
        return self.validation.notices

    @property
    def blocked(self) -> bool:
        """Nothing may be sent: whole-file errors, or row errors under the block policy."""
        if self.validation.file_problems:
            return True
        return self.invalid_rows is InvalidRows.BLOCK and self.count(Action.ERROR) > 0

    def to_send(self) -> list[RowPlan]:
        if self.blocked:
            return []
        return [r for r in self.rows if r.action in (Action.CREATE, Action.UPDATE)]

    def only_problems(self) -> list[RowPlan]:
        return [r for r in self.rows if r.has_problems]


def _same_text(before: object, after: object) -> bool:
    return (before or None) == (after or None)


def _comparable(column: Column, value: object) -> object:
    if value is None or value == "" or value == ():
        return None
    if column.type is ColumnType.IDENTITY_CODE or column.type is ColumnType.IBAN:
        return str(value).replace(" ", "").upper()
    if column.type is ColumnType.DECIMAL and isinstance(value, int | float):
        return Decimal(str(value))
    return value


class _Differ:
    """Before/after of one field as identities, per entity and field key."""

    def __init__(self, entity: Entity, live: LiveData) -> None:
        self.live = live
        self.context = live.display_context()
        self.special: dict[str, Callable[[object, RowCheck, object], tuple[object, object]]] = {}
        if entity in (Entity.EVENTS, Entity.ABSENCES):
            self.special = {
                "person": self._event_person,
                "event_type": self._event_type,
                "project": self._event_project,
                "absence_type_code": self._absence_type,
            }
        elif entity is Entity.PROJECTS:
            self.special = {"parent": self._parent, "managers": self._managers}
        else:
            self.special = {
                "units": self._units,
                "default_project": self._project_code,
                "primary_supervisor": lambda _e, _c, a: (None, a),
            }

    def pair(
        self, column: Column, existing: object, check: RowCheck, after: object
    ) -> tuple[object, object, object]:
        """(before shown, compare-before, compare-after) for one field."""
        shown = column.value(existing, self.context)
        special = self.special.get(column.key)
        if special is None:
            return shown, _comparable(column, shown), _comparable(column, after)
        before_key, after_key = special(existing, check, after)
        if column.key == "primary_supervisor":
            before_key = _comparable(column, shown)
        return shown, before_key, after_key

    @staticmethod
    def _event_person(existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Event)
        person = check.refs.get("person")
        return existing.user_id, person.nepton_id if isinstance(person, Person) else after

    @staticmethod
    def _event_type(existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Event)
        event_type = check.refs.get("event_type")
        return existing.event_type_id, event_type.id if isinstance(event_type, EventType) else after

    @staticmethod
    def _event_project(existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Event)
        project = check.refs.get("project")
        after_id = project.id if isinstance(project, Project) else after
        return existing.project_id, after_id

    @staticmethod
    def _absence_type(existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Event)
        before = existing.details.absence_type_code if existing.details else None
        found = check.refs.get("absence_type_code")
        after_code = found.code if isinstance(found, AbsenceType) else after
        return (before or "").casefold() or None, (str(after_code or "")).casefold() or None

    @staticmethod
    def _parent(existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Project)
        parent = check.refs.get("parent")
        return existing.parent_id, parent.id if isinstance(parent, Project) else after

    def _managers(self, existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Project)
        before = frozenset(m.user_id for m in existing.managers) or None
        ids: set[object] = set()
        for ref in after if isinstance(after, tuple) else ():
            person = self.live.find_person(str(ref))
            ids.add(person.nepton_id if person else ref)
        return before, frozenset(ids) or None

    def _units(self, existing: object, check: RowCheck, after: object) -> tuple[object, object]:
        assert isinstance(existing, Person)

        def keys(units: object) -> tuple[object, ...] | None:
            if not isinstance(units, tuple) or not units:
                return None
            found = [self.live.find_unit(str(u)) for u in units]
            return tuple(
                f.id if f else str(u).casefold() for f, u in zip(found, units, strict=True)
            )

        return keys(existing.units), keys(after)

    def _project_code(
        self, existing: object, check: RowCheck, after: object
    ) -> tuple[object, object]:
        assert isinstance(existing, Person)

        def key(ref: object) -> object:
            if not ref:
                return None
            project = self.live.find_project(str(ref))
            return project.id if project else str(ref).casefold()

        return key(existing.default_project), key(after)


_KEPT = Message(
    VALIDATION_CONTEXT,
    QT_TRANSLATE_NOOP(
        "Validation",
        "the cell is empty: Nepton's value is kept (empty cells do not clear fields in this "
        "import)",
    ),
)
_LOCKED = Message(
    VALIDATION_CONTEXT,
    QT_TRANSLATE_NOOP("Validation", "the event in Nepton is locked and cannot be changed"),
)
_APPROVED = Message(
    VALIDATION_CONTEXT,
    QT_TRANSLATE_NOOP("Validation", "the event in Nepton is approved and cannot be changed"),
)


def build_plan(
    validation: ValidationResult,
    invalid_rows: InvalidRows = InvalidRows.BLOCK,
    empty_cells: EmptyCells = EmptyCells.KEEP,
) -> ImportPlan:
    table = validation.table
    entity = table.entity
    # Read-only columns (Nepton id, approved, locked, person name) never count as edits.
    compared = [c for c in columns_for(entity) if c.editable and table.has(c.key)]
    differ = _Differ(entity, validation.live)
    column_values = {key: column.values for key, column in table.columns.items()}
    rows: list[RowPlan] = []
    append = rows.append
    for check in validation.rows:
        i = check.index
        if not check.ok:
            append(RowPlan(i, check.row, Action.ERROR, check, table=table))
            continue
        existing = check.existing
        if existing is None:
            append(RowPlan(i, check.row, Action.CREATE, check, table=table))
            continue
        changes: list[FieldChange] = []
        for column in compared:
            after = column_values[column.key][i]
            shown, before_key, after_key = differ.pair(column, existing, check, after)
            if before_key == after_key or (
                column.type is ColumnType.TEXT and _same_text(before_key, after_key)
            ):
                continue
            if after_key is None and empty_cells is EmptyCells.KEEP:
                check.warnings.append(
                    table.problem(
                        i,
                        column.key,
                        _KEPT,
                        Severity.WARNING,
                    )
                )
                continue
            changes.append(FieldChange(column.key, table.location(column.key)[0], shown, after))
        action = Action.UPDATE if changes else Action.UNCHANGED
        # A locked or approved event may be exported and imported back unchanged; only a
        # change to it is refused (Nepton answers 1022).
        if changes and isinstance(existing, Event) and (existing.is_locked or existing.is_approved):
            check.errors.append(
                table.problem(i, None, _LOCKED if existing.is_locked else _APPROVED)
            )
            action = Action.ERROR
        append(RowPlan(i, check.row, action, check, changes or (), table))
    return ImportPlan(entity, rows, validation, invalid_rows, empty_cells)
