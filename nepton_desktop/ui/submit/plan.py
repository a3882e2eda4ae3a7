"""Pending rows -> what a submit sends: one planned change per row, with its API payload.

The plan is what the review lists (before and after of each changed field) and what the runner
sends, so the review shows exactly what goes out. Updates carry only the fields the user
changed: Nepton leaves fields that are not sent as they are.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from nepton_desktop.api.person_csv import PERSON_FIELDS
from nepton_desktop.domain.columns import Entity, absence_span
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Compensation,
    Event,
    EventRef,
    EventUpdate,
    MedicalCertificate,
    NewEvent,
    Person,
    PersonRef,
    Project,
    ProjectUpsert,
)
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.table_rows import TableRow
from nepton_desktop.ui.tabs.reference_data import ReferenceData


class ChangeKind(enum.Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class FieldChange:
    header: str
    before: str
    after: str


@dataclass(slots=True)
class PlannedChange:
    entity: Entity
    kind: ChangeKind
    uid: int
    label: str  # how the review and the outcome name the row
    fields: list[FieldChange]
    payload: object  # NewEvent | EventUpdate | EventRef | ProjectUpsert | Person
    reset_fields: tuple[str, ...] = ()  # persons: fields the user emptied (HR "RESET")


@dataclass(slots=True)
class SubmitPlan:
    changes: list[PlannedChange] = field(default_factory=list)

    def of_kind(self, kind: ChangeKind) -> list[PlannedChange]:
        return [c for c in self.changes if c.kind is kind]

    def counts(self) -> dict[ChangeKind, int]:
        return {kind: len(self.of_kind(kind)) for kind in ChangeKind}

    def __len__(self) -> int:
        return len(self.changes)


class PlanError(ValueError):
    """A pending row cannot be sent as it is (the message says which and why)."""


def _value(model: EntityTableModel, row: TableRow, key: str) -> object:
    return row.values[model.column_index(key)]


def _text(model: EntityTableModel, row: TableRow, key: str) -> str | None:
    value = _value(model, row, key)
    return None if value in (None, "") else str(value)


def _changed(model: EntityTableModel, row: TableRow, key: str) -> bool:
    col = model.column_index(key)
    return row.is_new or row.values[col] != row.original[col]


def row_label(model: EntityTableModel, row: TableRow) -> str:
    """A short, recognisable name for a row: its identifying and leading columns."""
    keys = {
        Entity.PERSONNEL: ("employee_number", "last_name", "first_name"),
        Entity.PROJECTS: ("code", "name"),
        Entity.ABSENCES: ("person", "event_type", "start_date", "end_date"),
        Entity.EVENTS: ("person", "event_type", "start"),
    }[model.entity]
    parts = [model.value_text(_value(model, row, k), model.column_index(k)) for k in keys]
    return " · ".join(p for p in parts if p) or QCoreApplication.translate(
        "SubmitPlan", "(empty row)"
    )


def field_changes(model: EntityTableModel, row: TableRow) -> list[FieldChange]:
    changes = []
    for col in row.changed_columns:
        column = model.columns[col]
        if not column.editable:
            continue
        before = "" if row.is_new else model.value_text(row.original[col], col)
        changes.append(
            FieldChange(model.column_header(column), before, model.value_text(row.values[col], col))
        )
    return changes


def person_ref(text: str, ref: ReferenceData) -> PersonRef:
    for person in ref.persons:
        if person.employee_number == text:
            return PersonRef(personnel_number=text)
    for person in ref.persons:
        if person.username == text:
            return PersonRef(username=text)
    return PersonRef(personnel_number=text)


def build_plan(models: Sequence[EntityTableModel], ref: ReferenceData) -> SubmitPlan:
    """Every pending row of the given models, in the order they must go out: persons and
    projects before the events that name them."""
    order = [Entity.PERSONNEL, Entity.PROJECTS, Entity.ABSENCES, Entity.EVENTS]
    plan = SubmitPlan()
    for model in sorted(models, key=lambda m: order.index(m.entity)):
        for row in model.pending_rows():
            if row.errors and not row.deleted:
                raise PlanError(
                    QCoreApplication.translate(
                        "SubmitPlan", "%1 has cells that are not valid: fix them or undo the edit."
                    ).replace("%1", row_label(model, row))
                )
            change = _plan_row(model, row, ref)
            if change is not None:
                plan.changes.append(change)
    return plan


def _plan_row(model: EntityTableModel, row: TableRow, ref: ReferenceData) -> PlannedChange | None:
    kind = (
        ChangeKind.CREATE if row.is_new else ChangeKind.DELETE if row.deleted else ChangeKind.UPDATE
    )
    fields = [] if kind is ChangeKind.DELETE else field_changes(model, row)
    if kind is ChangeKind.UPDATE and not fields:
        return None
    label = row_label(model, row)
    entity = model.entity
    payload: object
    if entity is Entity.EVENTS:
        payload = _event_payload(model, row, kind, ref)
    elif entity is Entity.ABSENCES:
        payload = _absence_payload(model, row, kind, ref)
    elif entity is Entity.PROJECTS:
        payload = _project_payload(model, row, ref)
    else:
        person, resets = _person_payload(model, row)
        return PlannedChange(entity, kind, row.uid, label, fields, person, resets)
    return PlannedChange(entity, kind, row.uid, label, fields, payload)


def _event_type(
    model: EntityTableModel, row: TableRow, ref: ReferenceData
) -> tuple[int | None, str | None]:
    code = _text(model, row, "event_type")
    if code is None:
        return None, None
    found = ref.event_type_by_code(code)
    return (found.id, None) if found is not None else (None, code)


def _external_ids(model: EntityTableModel, row: TableRow) -> tuple[str, ...]:
    text = _text(model, row, "external_identifier")
    return (text,) if text else ()


def _loaded_event(record: object) -> Event:
    if not isinstance(record, Event):
        # Saved earlier but not read back (the read failed): its Nepton id is not known here.
        raise PlanError(
            QCoreApplication.translate(
                "SubmitPlan", "Refresh the tab (F5) before changing a row that was just sent."
            )
        )
    return record


def _event_payload(
    model: EntityTableModel, row: TableRow, kind: ChangeKind, ref: ReferenceData
) -> NewEvent | EventUpdate | EventRef:
    record = row.record
    if kind is ChangeKind.DELETE:
        record = _loaded_event(record)
        return EventRef(id=record.id)
    type_id, type_code = _event_type(model, row, ref)
    start = _value(model, row, "start")
    end = _value(model, row, "end")
    person = _text(model, row, "person")
    project = _text(model, row, "project")
    if kind is ChangeKind.CREATE:
        if not isinstance(start, datetime) or person is None:
            raise PlanError(
                QCoreApplication.translate("SubmitPlan", "A new event needs a person and a start.")
            )
        return NewEvent(
            person=person_ref(person, ref),
            start=start,
            end=end if isinstance(end, datetime) else None,
            event_type_id=type_id,
            event_type_code=type_code,
            description=_text(model, row, "description"),
            project_code=project,
            external_identifiers=_external_ids(model, row),
        )
    record = _loaded_event(record)
    update = EventUpdate(id=record.id)
    if _changed(model, row, "person") and person:
        update.person = person_ref(person, ref)
    if _changed(model, row, "event_type"):
        update.event_type_id, update.event_type_code = type_id, type_code
    if _changed(model, row, "start") and isinstance(start, datetime):
        update.start = start
    if _changed(model, row, "end") and isinstance(end, datetime):
        update.end = end
    if _changed(model, row, "description"):
        update.description = _text(model, row, "description") or ""
    if _changed(model, row, "project"):
        update.project_code = project
    if _changed(model, row, "external_identifier"):
        update.external_identifiers = _external_ids(model, row)
    return update


_E = TypeVar("_E", bound=enum.Enum)


def _enum_or_none(kind: type[_E], value: object) -> _E | None:
    return kind(value) if isinstance(value, str) and value else None


def _absence_details(model: EntityTableModel, row: TableRow) -> ActivityDetails:
    earns = _value(model, row, "earns_vacation_days")
    return ActivityDetails(
        absence_type_code=_text(model, row, "absence_type_code"),
        additional_info=_enum_or_none(AdditionalInfo, _value(model, row, "additional_info")),
        medical_certificate=_enum_or_none(
            MedicalCertificate, _value(model, row, "medical_certificate")
        ),
        reason_code=_text(model, row, "reason_code"),
        compensation=_enum_or_none(Compensation, _value(model, row, "compensation")),
        earns_vacation_days=earns if isinstance(earns, bool) else None,
    )


_DETAIL_KEYS = (
    "absence_type_code",
    "additional_info",
    "medical_certificate",
    "reason_code",
    "compensation",
    "earns_vacation_days",
)


def _absence_payload(
    model: EntityTableModel, row: TableRow, kind: ChangeKind, ref: ReferenceData
) -> NewEvent | EventUpdate | EventRef:
    record = row.record
    if kind is ChangeKind.DELETE:
        record = _loaded_event(record)
        return EventRef(id=record.id)
    type_id, type_code = _event_type(model, row, ref)
    first, last = _value(model, row, "start_date"), _value(model, row, "end_date")
    person = _text(model, row, "person")
    if kind is ChangeKind.CREATE:
        if not isinstance(first, date) or not isinstance(last, date) or person is None:
            raise PlanError(
                QCoreApplication.translate(
                    "SubmitPlan", "A new absence needs a person, a start date and an end date."
                )
            )
        start, end = absence_span(first, last)
        return NewEvent(
            person=person_ref(person, ref),
            start=start,
            end=end,
            event_type_id=type_id,
            event_type_code=type_code,
            description=_text(model, row, "description"),
            external_identifiers=_external_ids(model, row),
            details=_absence_details(model, row),
        )
    record = _loaded_event(record)
    update = EventUpdate(id=record.id)
    if _changed(model, row, "person") and person:
        update.person = person_ref(person, ref)
    if _changed(model, row, "event_type"):
        update.event_type_id, update.event_type_code = type_id, type_code
    if (_changed(model, row, "start_date") or _changed(model, row, "end_date")) and (
        isinstance(first, date) and isinstance(last, date)
    ):
        update.start, update.end = absence_span(first, last)
    if any(_changed(model, row, key) for key in _DETAIL_KEYS):
        update.details = _absence_details(model, row)
    if _changed(model, row, "description"):
        update.description = _text(model, row, "description") or ""
    if _changed(model, row, "external_identifier"):
        update.external_identifiers = _external_ids(model, row)
    return update


def _project_payload(model: EntityTableModel, row: TableRow, ref: ReferenceData) -> ProjectUpsert:
    record = row.record
    upsert = ProjectUpsert(id=record.id if isinstance(record, Project) else None)

    def pick(key: str) -> bool:
        return row.is_new or _changed(model, row, key)

    if pick("code"):
        upsert.code = _text(model, row, "code")
    if row.is_new or _changed(model, row, "name"):
        upsert.name = _text(model, row, "name")
    if pick("description"):
        upsert.description = _text(model, row, "description") or ""
    if pick("parent") and _text(model, row, "parent"):
        upsert.parent_code = _text(model, row, "parent")
    if pick("type") and _text(model, row, "type"):
        upsert.type_internal_name = _text(model, row, "type")
    for key in ("start_date", "end_date"):
        value = _value(model, row, key)
        if pick(key) and isinstance(value, date):
            setattr(upsert, key, value)
    if pick("external_identifier") and _text(model, row, "external_identifier"):
        upsert.external_identifier = _text(model, row, "external_identifier")
    for key in ("visible_in_terminal", "is_completed"):
        value = _value(model, row, key)
        if pick(key) and isinstance(value, bool):
            setattr(upsert, key, value)
    managers = _value(model, row, "managers")
    if pick("managers") and isinstance(managers, tuple):
        upsert.managers = tuple(person_ref(str(m), ref) for m in managers)
        upsert.remove_other_managers = True  # the list is the whole list, as the table shows
    return upsert


# The HR import empties a field only when told to (RESET), and refuses it for the fields that
# name the person.
_RESETTABLE = frozenset(f.attribute for f in PERSON_FIELDS if f.resettable)

_PERSON_FIELDS = (
    "employee_number",
    "first_name",
    "last_name",
    "username",
    "email",
    "phone_number",
    "street_address",
    "postcode",
    "city",
    "personal_identity_code",
    "iban",
    "bic",
    "units",
    "primary_supervisor",
    "secondary_supervisors",
    "employment_start",
    "employment_end",
    "reason_for_ending",
    "job_title",
    "work_area",
    "role",
    "language",
    "hourly_wage",
    "default_project",
    "external_identifier",
    "account_enabled",
)


def _person_payload(model: EntityTableModel, row: TableRow) -> tuple[Person, tuple[str, ...]]:
    """The whole person as the HR import takes it; emptied fields are reset explicitly,
    because the import leaves empty values alone (IgnoreEmptyValues)."""
    values: dict[str, object] = {}
    for key in _PERSON_FIELDS:
        value = _value(model, row, key)
        values[key] = value
    record = row.record
    person = Person(
        first_name=str(values["first_name"] or ""),
        last_name=str(values["last_name"] or ""),
        nepton_id=record.nepton_id if isinstance(record, Person) else None,
    )
    for key, value in values.items():
        if key in ("first_name", "last_name"):
            continue
        if key == "account_enabled":
            person.account_enabled = value if isinstance(value, bool) else True
        elif key == "hourly_wage":
            person.hourly_wage = value if isinstance(value, Decimal) else None
        else:
            setattr(person, key, value)
    emptied = [
        key
        for key in _PERSON_FIELDS
        if not row.is_new and _changed(model, row, key) and values[key] in (None, "", ())
    ]
    for key in emptied:
        if key not in _RESETTABLE:
            header = model.column_header(model.columns[model.column_index(key)])
            raise PlanError(
                QCoreApplication.translate(
                    "SubmitPlan", "%1 cannot be emptied in Nepton: it identifies the person."
                ).replace("%1", header)
            )
    return person, tuple(emptied)
