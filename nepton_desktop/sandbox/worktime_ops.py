"""The Worktime API (``/WebService.php``): dispatch, authentication and the event operations.

Every response starts with ``ResponseCode`` and ``ResponseString`` (Nepton's codes 999 and
1000-1026). Project operations live in ``project_ops``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from lxml import etree

from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.sandbox.auth import Caller, LoginGuard, LoginResult, check_login
from nepton_desktop.sandbox.lookups import (
    ItemError,
    PersonKey,
    external_id_column,
    find_event,
    find_person,
    find_project,
    person_key,
    require_person,
)
from nepton_desktop.sandbox.soap import (
    WORKTIME_NS,
    Element,
    Fields,
    InvalidParameter,
    Node,
    Payload,
    SoapFault,
    child,
    children,
    date_value,
    datetime_value,
    int_value,
    list_texts,
    local_name,
    nonempty_text,
    opt,
    parse_bool,
    parse_int,
    qname,
    sub,
    text,
    worktime_root,
)
from nepton_desktop.sandbox.store import Store, now_local, stamp

log = logging.getLogger(__name__)

MESSAGES = {
    999: "Unexpected error",
    1000: "Success",
    1001: "Authentication failed: check the credentials and that CustomerId is given",
    1002: "Event not found with the given identifier",
    1003: "Person not found with the given identifier",
    1004: "Project not found with the given identifier",
    1009: "Project invalid",
    1012: "Invalid parameters",
    1015: "No permission to access or modify the object",
    1018: "Too many failed logins by this person or from this address; login temporarily locked",
    1019: "One or more listed items failed processing",
    1020: "Login failed: the person's account is disabled",
    1021: "Project module is not active",
    1022: "The person's calendar is locked or approved for this day",
    1025: "Request validation failed",
}

# Nepton: events should not be saved more than four years ahead (360017110497).
MAX_YEARS_AHEAD = 4


class WorktimeError(Exception):
    """The whole request fails with this response code."""

    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(message or MESSAGES.get(code, ""))
        self.code = code
        self.message = message or MESSAGES.get(code, "")


@dataclass(slots=True)
class CallContext:
    """What an operation may use besides its request element."""

    store: Store
    guard: LoginGuard
    address: str
    forced_lockout: bool = False


@dataclass(slots=True)
class ItemOutcome:
    index: int
    code: int
    message: str
    id: int | None = None
    created: bool | None = None
    external_ids: Sequence[str] | None = None


Operation = Callable[[CallContext, Element, Caller, str], Payload]


# ---------------------------------------------------------------- dispatch


def handle(ctx: CallContext, payload: Element) -> Payload:
    """Answer one Worktime request element with its response element."""
    namespace, name = qname(payload)
    if namespace != WORKTIME_NS:
        raise SoapFault(
            f"Unknown namespace '{namespace}' for {name}; the Worktime API uses {WORKTIME_NS}"
        )
    operation = name.removeprefix("ParametersFor")
    handler = _operations().get(operation)
    if handler is None or operation == name:
        raise SoapFault(f"Unknown operation element '{name}'")
    response_root = "ReturnValueFor" + operation
    try:
        caller = authenticate(ctx, payload)
        return handler(ctx, payload, caller, response_root)
    except WorktimeError as exc:
        return status_response(response_root, exc.code, exc.message)
    except InvalidParameter as exc:
        return status_response(response_root, 1012, f"Invalid parameters: {exc}")
    except Exception as exc:  # the documented catch-all, 999
        log.error("Worktime %s failed: %s", operation, redact_personal_data(repr(exc)))
        return status_response(response_root, 999, MESSAGES[999])


def _operations() -> dict[str, Operation]:
    from nepton_desktop.sandbox import project_ops

    return {
        "GetActivityTypes": get_activity_types,
        "GetProjects": project_ops.get_projects,
        "GetProjectsV2": project_ops.get_projects_v2,
        "EnsureProjectsExistV4": project_ops.ensure_projects_exist_v4,
        "GetActivitiesV5": get_activities_v5,
        "InsertActivitiesV3": insert_activities_v3,
        "UpdateActivitiesV2": update_activities_v2,
        "DeleteActivities": delete_activities,
    }


def status_response(response_root: str, code: int, message: str | None = None) -> Element:
    root = worktime_root(response_root)
    sub(root, "ResponseCode", code)
    sub(root, "ResponseString", message if message is not None else MESSAGES.get(code, ""))
    return root


def authenticate(ctx: CallContext, payload: Element) -> Caller:
    auth = child(payload, "CallerAuthentication")
    if auth is None:
        raise WorktimeError(1001, "Authentication failed: CallerAuthentication is missing")
    customer_id = nonempty_text(auth, "CustomerId")
    community_ok = customer_id is not None and customer_id == ctx.store.setting("customer_id")
    result, caller = check_login(
        ctx.store,
        ctx.guard,
        username=nonempty_text(auth, "Username", "UserName"),
        password=text(auth, "Password"),
        address=ctx.address,
        community_ok=community_ok,
        forced_lockout=ctx.forced_lockout,
    )
    if result is LoginResult.LOCKED:
        raise WorktimeError(1018)
    if result is LoginResult.DISABLED:
        raise WorktimeError(1020)
    if result is not LoginResult.OK or caller is None:
        raise WorktimeError(1001)
    return caller


def require_write(caller: Caller) -> None:
    if not caller.can_write:
        raise WorktimeError(1015, "No permission: this person may read but not modify data")


def require_project_module(ctx: CallContext) -> None:
    if ctx.store.setting("project_module_active", "1") != "1":
        raise WorktimeError(1021)


# ---------------------------------------------------------------- batches


def run_batch(
    conn: sqlite3.Connection, items: Sequence[Element], one: Callable[[int, Element], ItemOutcome]
) -> list[ItemOutcome]:
    """Process items in order, each in its own savepoint: a failed item leaves no trace and
    the others still commit with the request's transaction."""
    outcomes: list[ItemOutcome] = []
    for index, item in enumerate(items):
        conn.execute("SAVEPOINT item")
        try:
            outcome = one(index, item)
        except (ItemError, InvalidParameter) as exc:
            conn.execute("ROLLBACK TO item")
            code, message = (
                (exc.code, exc.message)
                if isinstance(exc, ItemError)
                else (1012, f"Invalid parameters: {exc}")
            )
            outcome = ItemOutcome(index, code, message)
        conn.execute("RELEASE item")
        outcomes.append(outcome)
    return outcomes


def batch_response(response_root: str, outcomes: Sequence[ItemOutcome]) -> Element:
    failed = sum(1 for o in outcomes if o.code != 1000)
    if failed:
        root = status_response(
            response_root, 1019, f"{failed} of {len(outcomes)} items failed processing"
        )
    else:
        root = status_response(response_root, 1000, MESSAGES[1000])
    results = sub(root, "Results")
    for o in outcomes:
        result = sub(results, "Result")
        sub(result, "Index", o.index)
        sub(result, "ResponseCode", o.code)
        sub(result, "ResponseString", o.message)
        opt(result, "Id", o.id)
        opt(result, "Created", o.created)
        if o.external_ids is not None:
            ext = sub(result, "ExternalIdentifiers")
            for value in o.external_ids:
                sub(ext, "ExternalIdentifier", value)
    return root


def list_items(payload: Element, list_name: str, item_name: str) -> list[Element]:
    container = child(payload, list_name)
    items = children(container, item_name) if container is not None else []
    if not items:
        raise InvalidParameter(f"{list_name} must hold at least one {item_name}")
    return items


# ---------------------------------------------------------------- GetActivityTypes


def get_activity_types(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    ids = {parse_int(v, "Id") for v in list_texts(child(payload, "FilterByIds"), "Id") if v}
    names = {
        v.lower() for v in list_texts(child(payload, "FilterByInternalNames"), "InternalName") if v
    }
    with ctx.store.reading() as conn:
        types = conn.execute("SELECT * FROM event_types ORDER BY id").fetchall()
        absence_rows = conn.execute(
            "SELECT * FROM absence_types ORDER BY event_type_id, position"
        ).fetchall()
    root = status_response(root_name, 1000)
    out = sub(root, "ActivityTypes")
    for t in types:
        if ids and t["id"] not in ids:
            continue
        if names and str(t["internal_name"]).lower() not in names:
            continue
        el = sub(out, "ActivityType")
        sub(el, "Id", t["id"])
        sub(el, "InternalName", t["internal_name"])
        opt(el, "Code", t["code"])
        sub(el, "Name", t["name"])
        sub(el, "Category", t["category"])
        sub(el, "InUse", bool(t["in_use"]))
        subtypes = [a for a in absence_rows if a["event_type_id"] == t["id"]]
        if subtypes:
            holder = sub(el, "AbsenceTypes")
            for a in subtypes:
                a_el = sub(holder, "AbsenceType")
                sub(a_el, "Code", a["code"])
                sub(a_el, "Name", a["name"])
                sub(a_el, "Compensation", a["compensation"])
                sub(a_el, "EarnsVacationDays", bool(a["earns_vacation_days"]))
    return root


# ---------------------------------------------------------------- GetActivitiesV5

_ACTIVITY_SQL = """
SELECT e.id, e.person_id, p.username, p.employee_number, e.type_id, t.code AS type_code,
       t.internal_name, e.start, e.end, e.description, e.project_id, pr.code AS project_code,
       e.approved, ad.day IS NOT NULL AS day_approved, e.approver_id,
       (substr(e.start, 1, 10) <= COALESCE(p.locked_until, '')) OR ld.day IS NOT NULL AS locked,
       e.absence_type_code, e.additional_info, e.medical_certificate, e.reason_code,
       e.compensation, e.earns_vacation_days, e.reset_value, e.change_value, e.modified,
       (SELECT group_concat(x.external_id, char(31)) FROM
            (SELECT external_id FROM event_external_ids WHERE event_id = e.id ORDER BY position) x
       ) AS external_ids
FROM events e
JOIN persons p ON p.id = e.person_id
JOIN event_types t ON t.id = e.type_id
LEFT JOIN projects pr ON pr.id = e.project_id
LEFT JOIN approved_days ad ON ad.person_id = e.person_id AND ad.day = substr(e.start, 1, 10)
LEFT JOIN locked_days ld ON ld.person_id = e.person_id AND ld.day = substr(e.start, 1, 10)
"""


def get_activities_v5(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Payload:
    where: list[str] = []
    params: list[object] = []
    person_keys: list[list[PersonKey]] = []
    for filter_name, item_name, kind in (
        ("FilterByUserIds", "UserId", "id"),
        ("FilterByUserNames", "UserName", "username"),
        ("FilterByUserPersonnelNumbers", "PersonnelNumber", "personnel_number"),
        ("FilterByUserSocialSecurityNumbers", "SocialSecurityNumber", "ssn"),
    ):
        container = child(payload, filter_name)
        if container is None:
            continue
        values = [v for v in list_texts(container, item_name) if v]
        keys = [PersonKey(kind, parse_int(v, item_name) if kind == "id" else v) for v in values]
        person_keys.append(keys)
    ext_filter = child(payload, "FilterByUserPersonExternalIdentifiers")
    if ext_filter is not None:
        keys = []
        for ext in children(ext_filter, "PersonExternalIdentifier"):
            external_id_column(nonempty_text(ext, "FieldName") or "")
            identifier = nonempty_text(ext, "Identifier")
            if identifier is not None:
                keys.append(PersonKey("external", identifier))
        person_keys.append(keys)
    type_ids = [
        parse_int(v, "ActivityTypeId")
        for v in list_texts(child(payload, "FilterByActivityTypeIds"), "ActivityTypeId")
        if v
    ]
    activity_ids = [
        parse_int(v, "ActivityId")
        for v in list_texts(child(payload, "FilterByActivityIds"), "ActivityId")
        if v
    ]
    external_ids = [
        v
        for v in list_texts(child(payload, "FilterByExternalIdentifiers"), "ExternalIdentifier")
        if v
    ]
    start_date = date_value(payload, "FilterByStartDate")
    end_date = date_value(payload, "FilterByEndDate")
    if start_date and end_date and end_date < start_date:
        raise InvalidParameter("FilterByEndDate is before FilterByStartDate")

    with ctx.store.reading() as conn:
        if person_keys:
            person_ids: set[int] | None = None
            for keys in person_keys:
                found: set[int] = set()
                for key in keys:
                    found.update(int(r["id"]) for r in _all_persons(conn, key))
                person_ids = found if person_ids is None else person_ids & found
            if not person_ids:
                raise WorktimeError(1003, "No person matches the person filters")
            where.append("e.person_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(person_ids)))
        else:
            # Nepton: events of removed (deactivated) persons only when a person filter is
            # part of the query (36508618065565).
            where.append("p.removed = 0 AND p.account_enabled = 1")
        if type_ids:
            where.append("e.type_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(type_ids))
        if activity_ids:
            where.append("e.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(activity_ids))
        if external_ids:
            where.append(
                "e.id IN (SELECT event_id FROM event_external_ids WHERE external_id IN"
                " (SELECT value FROM json_each(?)))"
            )
            params.append(json.dumps(external_ids))
        if start_date:
            where.append("(e.end IS NULL OR e.end >= ?)")
            params.append(start_date.isoformat())
        if end_date:
            where.append("e.start < ?")
            params.append((end_date + timedelta(days=1)).isoformat())
        sql = _ACTIVITY_SQL + " WHERE " + " AND ".join(where) + " ORDER BY e.start, e.id"
        cursor = conn.cursor()
        cursor.row_factory = None  # plain tuples: much cheaper than sqlite3.Row per event
        rows = cursor.execute(sql, params).fetchall()

    root = status_response(root_name, 1000)
    sub(root, "Activities")
    head = bytes(etree.tostring(root, encoding="utf-8"))
    body = _activities_xml(rows).encode("utf-8")
    return head.replace(b"<Activities/>", b"<Activities>" + body + b"</Activities>", 1)


def _all_persons(conn: sqlite3.Connection, key: PersonKey) -> list[sqlite3.Row]:
    row = find_person(conn, key)
    if row is None:
        return []
    if key.kind in ("ssn", "external"):
        # Several persons (an old removed account and a new one) may share these.
        column = "personal_identity_code" if key.kind == "ssn" else "external_identifier1"
        value = str(key.value).upper() if key.kind == "ssn" else key.value
        return list(conn.execute(f"SELECT id FROM persons WHERE {column} = ?", (value,)))
    return [row]


def _esc(value: str) -> str:
    """Escape text for an XML text node (what lxml would write)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


_DETAIL_TAGS = (
    (16, "AbsenceTypeCode"),
    (17, "AdditionalInfo"),
    (18, "MedicalCertificate"),
    (19, "ReasonCode"),
    (20, "Compensation"),
)


def _activities_xml(rows: Sequence[Sequence[Any]]) -> str:
    """The Activity elements of a GetActivitiesV5 answer, in the contract's element order.

    Written as text rather than as an lxml tree: a 100,000-event answer is the sandbox's
    hottest path, and text is about twice as fast. Ids, dates and flags need no escaping;
    every free-text column goes through ``_esc``.
    """
    parts: list[str] = []
    add = parts.append
    for r in rows:
        add(f"<Activity><Id>{r[0]}</Id><UserId>{r[1]}</UserId>")
        if r[2]:
            add(f"<UserName>{_esc(r[2])}</UserName>")
        if r[3]:
            add(f"<PersonnelNumber>{_esc(r[3])}</PersonnelNumber>")
        add(f"<ActivityTypeId>{r[4]}</ActivityTypeId>")
        if r[5]:
            add(f"<ActivityTypeCode>{_esc(r[5])}</ActivityTypeCode>")
        add(
            f"<ActivityTypeInternalName>{_esc(r[6])}</ActivityTypeInternalName>"
            f"<StartTime>{r[7]}</StartTime>"
        )
        if r[8]:
            add(f"<EndTime>{r[8]}</EndTime>")
        if r[9]:
            add(f"<Description>{_esc(r[9])}</Description>")
        if r[10] is not None:
            add(f"<ProjectId>{r[10]}</ProjectId>")
        if r[11]:
            add(f"<ProjectCode>{_esc(r[11])}</ProjectCode>")
        add(
            "<IsApproved>true</IsApproved>"
            if (r[12] or r[13])
            else "<IsApproved>false</IsApproved>"
        )
        add("<IsLocked>true</IsLocked>" if r[15] else "<IsLocked>false</IsLocked>")
        if r[14] is not None:
            add(f"<ApproverUserId>{r[14]}</ApproverUserId>")
        if any(r[i] is not None for i in range(16, 22)):
            add("<ActivityDetails>")
            for i, tag in _DETAIL_TAGS:
                if r[i] is not None:
                    add(f"<{tag}>{_esc(r[i])}</{tag}>")
            if r[21] is not None:
                add(
                    "<EarnsVacationDays>true</EarnsVacationDays>"
                    if r[21]
                    else "<EarnsVacationDays>false</EarnsVacationDays>"
                )
            add("</ActivityDetails>")
        if r[25]:
            add("<ExternalIdentifiers>")
            for value in str(r[25]).split("\x1f"):
                add(f"<ExternalIdentifier>{_esc(value)}</ExternalIdentifier>")
            add("</ExternalIdentifiers>")
        if r[22] is not None:
            add(f"<ResetValue>{r[22]}</ResetValue>")
        if r[23] is not None:
            add(f"<ChangeValue>{r[23]}</ChangeValue>")
        add(f"<ModifiedDateTime>{r[24]}</ModifiedDateTime></Activity>")
    return "".join(parts)


# ---------------------------------------------------------------- event writes

_ADDITIONAL_INFO = (
    "Sick",
    "ChildSick",
    "AccidentAtWork",
    "AccidentWhileCommuting",
    "AccidentInFreeTime",
)
_MEDICAL_CERTIFICATE = ("NotKnown", "NotReceived", "Received", "PermissionFromSupervisor")
_COMPENSATION = ("Paid", "Unpaid", "Reduced")


@dataclass(slots=True)
class _Details:
    values: dict[str, object] = field(default_factory=dict)


def _parse_details(conn: sqlite3.Connection, el: Node, type_id: int) -> _Details | None:
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
    return _Details(values)


def _event_type(conn: sqlite3.Connection, el: Node) -> sqlite3.Row | None:
    type_id = int_value(el, "ActivityTypeId")
    if type_id is not None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM event_types WHERE id = ?", (type_id,)
        ).fetchone()
        if row is None:
            raise ItemError(1012, f"Unknown event type id {type_id}")
        return row
    code = nonempty_text(el, "ActivityTypeCode")
    if code is not None:
        row = conn.execute("SELECT * FROM event_types WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise ItemError(1012, f"Unknown event type code '{code}'")
        return row
    return None


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


def _set_external_ids(conn: sqlite3.Connection, event_id: int, values: Sequence[str]) -> None:
    conn.execute("DELETE FROM event_external_ids WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT INTO event_external_ids(event_id, external_id, position) VALUES (?, ?, ?)",
        [(event_id, value, i) for i, value in enumerate(values)],
    )


def _approver(conn: sqlite3.Connection, el: Node) -> int | None:
    key = person_key(el, "Approver")
    if key is None:
        return None
    return int(require_person(conn, key)["id"])


def insert_activities_v3(
    ctx: CallContext, payload: Element, caller: Caller, root_name: str
) -> Element:
    require_write(caller)
    items = list_items(payload, "ActivityList", "Activity")
    modified = stamp()

    def insert_one(index: int, item: Element) -> ItemOutcome:
        el = Fields(item)
        key = person_key(el)
        if key is None:
            raise InvalidParameter(
                "the event names no person (UserId, UserName,"
                " SocialSecurityNumber or PersonnelNumber)"
            )
        person = require_person(conn, key)
        approver_id = _approver(conn, el)
        event_type = _event_type(conn, el)
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
            columns.update(details.values)
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        cursor = conn.execute(
            f"INSERT INTO events({names}) VALUES ({marks})", list(columns.values())
        )
        event_id = int(cursor.lastrowid or 0)
        _set_external_ids(conn, event_id, ext_ids)
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

    def update_one(index: int, item: Element) -> ItemOutcome:
        el = Fields(item)
        event = _event_for_write(conn, el)
        person = _check_event_writable(conn, event)
        changes: dict[str, object] = {}
        key = person_key(el)
        if key is not None:
            person = require_person(conn, key)
            changes["person_id"] = person["id"]
        approver_id = _approver(conn, el)
        if approver_id is not None:
            changes["approver_id"] = approver_id
            changes["approved"] = 1
        event_type = _event_type(conn, el)
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
            changes.update(details.values)
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


__all__ = ["CallContext", "WorktimeError", "handle", "local_name"]
