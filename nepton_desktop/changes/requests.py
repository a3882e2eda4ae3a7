"""Operations -> the API service's request records (NewEvent, EventUpdate, ProjectUpsert...).

An update sends only the fields that change (``EventUpdate`` and ``ProjectUpsert`` leave
``None`` fields untouched); a person update sends the row with ``ignore_empty_values`` so that
fields the file does not hold stay as they are, and cleared fields go as RESET.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal

from nepton_desktop.changes.changeset import Operation, OpKind
from nepton_desktop.domain.columns import Entity, absence_span
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Compensation,
    EventRef,
    EventUpdate,
    MedicalCertificate,
    NewEvent,
    Person,
    PersonRef,
    ProjectUpsert,
)

_DETAIL_KEYS = (
    "absence_type_code",
    "additional_info",
    "medical_certificate",
    "reason_code",
    "compensation",
    "earns_vacation_days",
)
_PERSON_ATTRS = {f.name for f in fields(Person)}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def person_ref(op: Operation) -> PersonRef:
    person_id = op.refs.get("person_id")
    if isinstance(person_id, int):
        return PersonRef(user_id=person_id)
    return PersonRef(personnel_number=str(op.values.get("person")))


def event_span(op: Operation, values: dict[str, object]) -> tuple[datetime | None, datetime | None]:
    if op.entity is Entity.ABSENCES:
        first, last = values.get("start_date"), values.get("end_date")
        if not isinstance(first, date):
            return None, None
        return absence_span(first, last if isinstance(last, date) else first)
    start, end = values.get("start"), values.get("end")
    return (
        start if isinstance(start, datetime) else None,
        end if isinstance(end, datetime) else None,
    )


def _details(values: dict[str, object], refs: dict[str, object]) -> ActivityDetails | None:
    if not any(values.get(k) is not None for k in _DETAIL_KEYS):
        return None
    info, certificate, compensation = (
        values.get("additional_info"),
        values.get("medical_certificate"),
        values.get("compensation"),
    )
    earns = values.get("earns_vacation_days")
    return ActivityDetails(
        absence_type_code=_str(refs.get("absence_type_code"))
        or _str(values.get("absence_type_code")),
        additional_info=AdditionalInfo(info) if isinstance(info, str) else None,
        medical_certificate=MedicalCertificate(certificate)
        if isinstance(certificate, str)
        else None,
        reason_code=_str(values.get("reason_code")),
        compensation=Compensation(compensation) if isinstance(compensation, str) else None,
        earns_vacation_days=earns if isinstance(earns, bool) else None,
    )


def new_event(op: Operation, external_id: str) -> NewEvent:
    start, end = event_span(op, op.values)
    assert start is not None  # validation requires a start
    type_id = op.refs.get("event_type_id")
    project_id = op.refs.get("project_id")
    extra = _str(op.values.get("external_identifier"))
    return NewEvent(
        person=person_ref(op),
        start=start,
        end=end,
        event_type_id=type_id if isinstance(type_id, int) else None,
        event_type_code=None if isinstance(type_id, int) else _str(op.values.get("event_type")),
        description=_str(op.values.get("description")),
        project_id=project_id if isinstance(project_id, int) else None,
        project_code=None if isinstance(project_id, int) else _str(op.values.get("project")),
        # The journal's identifier goes first: it is what reading back after a kill finds.
        external_identifiers=(external_id,)
        if extra in (None, external_id)
        else (external_id, extra),
        details=_details(op.values, op.refs) if op.entity is Entity.ABSENCES else None,
    )


def event_update(op: Operation, values: dict[str, object] | None = None) -> EventUpdate:
    """The changed fields of an event (``values`` overrides: revert sends before-values)."""
    values = op.values if values is None else values
    changed = set(op.changed)
    update = EventUpdate(id=op.target)
    if changed & {"start", "end", "start_date", "end_date"}:
        start, end = event_span(op, {**op.values, **values})
        update.start, update.end = start, end
    if "description" in changed:
        update.description = _str(values.get("description")) or ""
    if "event_type" in changed:
        type_id = op.refs.get("event_type_id")
        if values is op.values and isinstance(type_id, int):
            update.event_type_id = type_id
        else:
            update.event_type_code = _str(values.get("event_type"))
    if "project" in changed:
        project_id = op.refs.get("project_id")
        if values is op.values and isinstance(project_id, int):
            update.project_id = project_id
        else:
            update.project_code = _str(values.get("project"))
    if "person" in changed:
        update.person = (
            person_ref(op)
            if values is op.values
            else PersonRef(personnel_number=str(values.get("person")))
        )
    if "external_identifier" in changed:
        ext = _str(values.get("external_identifier"))
        update.external_identifiers = (ext,) if ext else ()
    if changed & set(_DETAIL_KEYS):
        update.details = _details(
            {**op.values, **values}, {} if values is not op.values else op.refs
        )
    return update


def event_ref(op: Operation) -> EventRef:
    return EventRef(id=op.target)


def project_upsert(op: Operation, values: dict[str, object] | None = None) -> ProjectUpsert:
    values = op.values if values is None else values
    create = op.kind is OpKind.CREATE
    wanted = set(values) if create else set(op.changed)

    def pick(key: str) -> object:
        return values.get(key) if key in wanted else None

    parent_id = op.refs.get("parent_id") if values is op.values else None
    managers = op.refs.get("manager_ids") if "managers" in wanted else None
    visible, completed = pick("visible_in_terminal"), pick("is_completed")
    start, end = pick("start_date"), pick("end_date")
    return ProjectUpsert(
        id=op.target,
        code=_str(values.get("code")) if create or "code" in wanted else None,
        external_identifier=_str(pick("external_identifier")),
        name=_str(pick("name")),
        description=_str(pick("description")),
        parent_id=parent_id if isinstance(parent_id, int) and "parent" in wanted else None,
        parent_code=None
        if isinstance(parent_id, int) or "parent" not in wanted
        else _str(values.get("parent")),
        type_internal_name=_str(pick("type")),
        start_date=start if isinstance(start, date) else None,
        end_date=end if isinstance(end, date) else None,
        visible_in_terminal=visible if isinstance(visible, bool) else None,
        is_completed=completed if isinstance(completed, bool) else None,
        managers=tuple(PersonRef(user_id=i) for i in managers if isinstance(i, int))
        if isinstance(managers, list)
        else None,
        remove_other_managers=isinstance(managers, list),
    )


def person_record(op: Operation, values: dict[str, object] | None = None) -> Person:
    """The person as the import sends it: identity plus the row's (or given) values."""
    values = op.values if values is None else values
    kwargs: dict[str, object] = {}
    for key, value in values.items():
        if key not in _PERSON_ATTRS or value is None:
            continue
        if key in ("hourly_wage",) and not isinstance(value, Decimal):
            value = Decimal(str(value))
        kwargs[key] = value
    if op.target is not None:
        kwargs["nepton_id"] = op.target
    kwargs.setdefault("first_name", "")
    kwargs.setdefault("last_name", "")
    return Person(**kwargs)  # type: ignore[arg-type]


def cleared_fields(op: Operation) -> frozenset[str]:
    """Fields an update empties (the file left them blank under the "clear" policy)."""
    return frozenset(k for k in op.changed if op.values.get(k) is None and k in _PERSON_ATTRS)
