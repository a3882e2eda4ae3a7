"""Event writes: InsertActivitiesV3, UpdateActivitiesV2 and DeleteActivities.

Each item runs in its own savepoint of the request's one transaction (``run_batch``): a
failed item leaves no trace, and the others still commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from nepton_desktop.sandbox.auth import Caller
from nepton_desktop.sandbox.lookups import (
    ItemError,
    PersonKey,
    find_event,
    find_project,
    person_key,
    require_person,
)
from nepton_desktop.sandbox.soap import (
    Element,
    Fields,
    InvalidParameter,
    Node,
    child,
    datetime_value,
    int_value,
    list_texts,
    nonempty_text,
    parse_bool,
    text,
)
from nepton_desktop.sandbox.store import now_local, stamp
from nepton_desktop.sandbox.worktime_ops import (
    MESSAGES,
    CallContext,
    ItemOutcome,
    batch_response,
    list_items,
    require_write,
    run_batch,
)

# Nepton: events should not be saved more than four years ahead (360017110497).
MAX_YEARS_AHEAD = 4

_ADDITIONAL_INFO = (
    "Sick",
    "ChildSick",
    "AccidentAtWork",
    "AccidentWhileCommuting",
    "AccidentInFreeTime",
)
_MEDICAL_CERTIFICATE = ("NotKnown", "NotReceived", "Received", "PermissionFromSupervisor")
_COMPENSATION = ("Paid", "Unpaid", "Reduced")


def _parse_details(conn: sqlite3.Connection, el: Node, type_id: int) -> dict[str, object] | None:
    """Columns set by ActivityDetails, or None when the item has none."""
    details = child(el, "ActivityDetails")
    if details is None:
        return None
    values: dict[str, object] = {}
    absence_code = nonempty_text(details, "AbsenceTypeCode")
    if absence_code is not None:
        known = conn.execute(
            "SELECT 1 FROM absence_types WHERE event_type_id = ? AND code = ?",
            (type_id, absence_code),
        ).fetchone()
        if known is None:
            raise ItemError(
                1025, f"Absence type '{absence_code}' is not a sub-type of this event type"
            )
        values["absence_type_code"] = absence_code
    for tag, column, allowed in (
        ("AdditionalInfo", "additional_info", _ADDITIONAL_INFO),
        ("MedicalCertificate", "medical_certificate", _MEDICAL_CERTIFICATE),
        ("Compensation", "compensation", _COMPENSATION),
    ):
        value = nonempty_text(details, tag)
        if value is not None:
            if value not in allowed:
                raise InvalidParameter(f"{tag} must be one of {', '.join(allowed)}")
            values[column] = value
    reason = nonempty_text(details, "ReasonCode")
    if reason is not None:
        values["reason_code"] = reason
    earns = nonempty_text(details, "EarnsVacationDays")
    if earns is not None:
        values["earns_vacation_days"] = int(parse_bool(earns, "EarnsVacationDays"))
    return values


def _event_type(
    conn: sqlite3.Connection, el: Node, cache: dict[str, sqlite3.Row]
) -> sqlite3.Row | None:
    """The event type named by ActivityTypeId or ActivityTypeCode (None when neither)."""
    type_id = int_value(el, "ActivityTypeId")
    code = nonempty_text(el, "ActivityTypeCode") if type_id is None else None
    if type_id is None and code is None:
        return None
    key = f"id:{type_id}" if type_id is not None else f"code:{code}"
    row = cache.get(key)
    if row is None:
        if type_id is not None:
            row = conn.execute("SELECT * FROM event_types WHERE id = ?", (type_id,)).fetchone()
        else:
            row = conn.execute("SELECT * FROM event_types WHERE code = ?", (code,)).fetchone()
        if row is None:
            what = f"id {type_id}" if type_id is not None else f"code '{code}'"
            raise ItemError(1012, f"Unknown event type {what}")
        cache[key] = row
    return row


def _project_ref(ctx: CallContext, conn: sqlite3.Connection, el: Node) -> int | None:
    """The project an event is allocated to, or None when the item names none."""
    project_id = int_value(el, "ProjectId")
    code = nonempty_text(el, "ProjectCode")
    ext = nonempty_text(el, "ProjectExternalIdentifier")
    if project_id is None and code is None and ext is None:
        return None
    if ctx.store.setting("project_module_active", "1") != "1":
        raise ItemError(1021, MESSAGES[1021])
    row = find_project(conn, project_id=project_id, code=code, external_id=ext)
    if row is None:
        raise ItemError(1004, MESSAGES[1004])
    return int(row["id"])


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _validate_times(start: datetime, end: datetime | None) -> None:
    if end is not None and end < start:
        raise ItemError(1025, "Validation failed: the end time is before the start time")
    limit = _add_years(now_local().date(), MAX_YEARS_AHEAD)
    if start.date() > limit or (end is not None and end.date() > limit):
        raise ItemError(1025, "Validation failed: events cannot be more than four years ahead")


def _check_day_open(
    conn: sqlite3.Connection, person: sqlite3.Row, start: datetime, end: datetime | None
) -> None:
    """1022 when any day the event touches is locked or approved for the person."""
    first = start.date().isoformat()
    last = (end or start).date().isoformat()
    if end is not None and end.time() == datetime.min.time() and end.date() > start.date():
        last = (end.date() - timedelta(days=1)).isoformat()  # ends at midnight: not that day
    locked_until = person["locked_until"]
    if locked_until and first <= locked_until:
        raise ItemError(1022, f"The person's calendar is locked on {first}")
    for table, what in (("locked_days", "locked"), ("approved_days", "approved")):
        hit = conn.execute(
            f"SELECT day FROM {table} WHERE person_id = ? AND day BETWEEN ? AND ? LIMIT 1",
            (person["id"], first, last),
        ).fetchone()
        if hit is not None:
            raise ItemError(1022, f"The person's calendar is {what} on {hit['day']}")


def _external_ids(el: Node) -> list[str] | None:
    container = child(el, "ExternalIdentifiers")
    if container is None:
        return None
    values: list[str] = []
    for value in list_texts(container, "ExternalIdentifier"):
        if value and value not in values:
            values.append(value)
    return values


def _check_external_ids_free(
    conn: sqlite3.Connection, values: Sequence[str], own_event: int | None
) -> None:
    for value in values:
        row = conn.execute(
            "SELECT event_id FROM event_external_ids WHERE external_id = ?", (value,)
        ).fetchone()
        if row is not None and row["event_id"] != own_event:
            raise ItemError(
                1025, f"Validation failed: external identifier '{value}' is already in use"
            )


def _set_external_ids(
    conn: sqlite3.Connection, event_id: int, values: Sequence[str], *, replace: bool = True
) -> None:
    if replace:
        conn.execute("DELETE FROM event_external_ids WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT INTO event_external_ids(event_id, external_id, position) VALUES (?, ?, ?)",
        [(event_id, value, i) for i, value in enumerate(values)],
    )


def _approver(
    conn: sqlite3.Connection, el: Node, cache: dict[PersonKey, sqlite3.Row]
) -> int | None:
    key = person_key(el, "Approver")
    if key is None:
        return None
    return int(require_person(conn, key, cache)["id"])


def insert_activities_v3(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    require_write(caller)
    items = list_items(payload, "ActivityList", "Activity")
    modified = stamp()
    persons: dict[PersonKey, sqlite3.Row] = {}
    types: dict[str, sqlite3.Row] = {}

    def insert_one(index: int, item: Element) -> ItemOutcome:
        el = Fields(item)
        key = person_key(el)
        if key is None:
            raise InvalidParameter(
                "the event names no person (UserId, UserName,"
                " SocialSecurityNumber or PersonnelNumber)"
            )
        person = require_person(conn, key, persons)
        approver_id = _approver(conn, el, persons)
        event_type = _event_type(conn, el, types)
        if event_type is None:
            raise InvalidParameter("ActivityTypeId or ActivityTypeCode is required")
        start = datetime_value(el, "StartTime")
        if start is None:
            raise InvalidParameter("StartTime is required")
        end = datetime_value(el, "EndTime")
        _validate_times(start, end)
        project_id = _project_ref(ctx, conn, el)
        ext_ids = _external_ids(el) or []
        _check_external_ids_free(conn, ext_ids, None)
        details = _parse_details(conn, el, int(event_type["id"]))
        _check_day_open(conn, person, start, end)
        columns: dict[str, object] = {
            "person_id": person["id"],
            "type_id": event_type["id"],
            "start": start.isoformat(),
            "end": end.isoformat() if end else None,
            "description": nonempty_text(el, "Description"),
            "project_id": project_id,
            "approved": int(approver_id is not None),
            "approver_id": approver_id,
            "modified": modified,
        }
        if details is not None:
            columns.update(details)
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        cursor = conn.execute(
            f"INSERT INTO events({names}) VALUES ({marks})", list(columns.values())
        )
        event_id = int(cursor.lastrowid or 0)
        _set_external_ids(conn, event_id, ext_ids, replace=False)
        return ItemOutcome(index, 1000, MESSAGES[1000], event_id, True, ext_ids)

    with ctx.store.transaction() as conn:
        outcomes = run_batch(conn, items, insert_one)
    return batch_response(root_name, outcomes)


def _event_for_write(conn: sqlite3.Connection, el: Node) -> sqlite3.Row:
    event_id = int_value(el, "Id")
    ext = nonempty_text(el, "ExistingExternalIdentifier")
    if event_id is None and ext is None:
        raise InvalidParameter("Id or ExistingExternalIdentifier is required")
    row = find_event(conn, event_id=event_id, external_id=ext)
    if row is None:
        raise ItemError(1002, MESSAGES[1002])
    return row


def _check_event_writable(conn: sqlite3.Connection, event: sqlite3.Row) -> sqlite3.Row:
    person: sqlite3.Row = conn.execute(
        "SELECT * FROM persons WHERE id = ?", (event["person_id"],)
    ).fetchone()
    if event["approved"]:
        raise ItemError(1022, "The event is approved and cannot be changed")
    start = datetime.fromisoformat(event["start"])
    end = datetime.fromisoformat(event["end"]) if event["end"] else None
    _check_day_open(conn, person, start, end)
    return person


def update_activities_v2(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    require_write(caller)
    items = list_items(payload, "ActivityList", "Activity")
    modified = stamp()
    persons: dict[PersonKey, sqlite3.Row] = {}
    types: dict[str, sqlite3.Row] = {}

    def update_one(index: int, item: Element) -> ItemOutcome:
        el = Fields(item)
        event = _event_for_write(conn, el)
        person = _check_event_writable(conn, event)
        changes: dict[str, object] = {}
        key = person_key(el)
        if key is not None:
            person = require_person(conn, key, persons)
            changes["person_id"] = person["id"]
        approver_id = _approver(conn, el, persons)
        if approver_id is not None:
            changes["approver_id"] = approver_id
            changes["approved"] = 1
        event_type = _event_type(conn, el, types)
        type_id = int(event["type_id"])
        if event_type is not None:
            type_id = int(event_type["id"])
            changes["type_id"] = type_id
        start = datetime_value(el, "StartTime") or datetime.fromisoformat(event["start"])
        new_end = datetime_value(el, "EndTime")
        end = new_end or (datetime.fromisoformat(event["end"]) if event["end"] else None)
        _validate_times(start, end)
        changes["start"] = start.isoformat()
        changes["end"] = end.isoformat() if end else None
        description = text(el, "Description")
        if description is not None:
            changes["description"] = description or None
        if any(
            child(el, n) is not None
            for n in ("ProjectId", "ProjectCode", "ProjectExternalIdentifier")
        ):
            changes["project_id"] = _project_ref(ctx, conn, el)
        ext_ids = _external_ids(el)
        if ext_ids is not None:
            _check_external_ids_free(conn, ext_ids, int(event["id"]))
        details = _parse_details(conn, el, type_id)
        if details is not None:
            changes.update(details)
        _check_day_open(conn, person, start, end)
        changes["modified"] = modified
        assignments = ", ".join(f"{name} = ?" for name in changes)
        conn.execute(
            f"UPDATE events SET {assignments} WHERE id = ?", [*changes.values(), event["id"]]
        )
        if ext_ids is not None:
            _set_external_ids(conn, int(event["id"]), ext_ids)
        current = [
            str(r[0])
            for r in conn.execute(
                "SELECT external_id FROM event_external_ids WHERE event_id = ? ORDER BY position",
                (event["id"],),
            )
        ]
        return ItemOutcome(index, 1000, MESSAGES[1000], int(event["id"]), False, current)

    with ctx.store.transaction() as conn:
        outcomes = run_batch(conn, items, update_one)
    return batch_response(root_name, outcomes)


def delete_activities(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    require_write(caller)
    items = list_items(payload, "ActivityList", "Activity")

    def delete_one(index: int, el: Element) -> ItemOutcome:
        event = _event_for_write(conn, el)
        _check_event_writable(conn, event)
        conn.execute("DELETE FROM event_external_ids WHERE event_id = ?", (event["id"],))
        conn.execute("DELETE FROM events WHERE id = ?", (event["id"],))
        return ItemOutcome(index, 1000, MESSAGES[1000], int(event["id"]))

    with ctx.store.transaction() as conn:
        outcomes = run_batch(conn, items, delete_one)
    return batch_response(root_name, outcomes)
