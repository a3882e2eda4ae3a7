"""The Worktime API (``/WebService.php``): dispatch, authentication, batches, event types.

Every response starts with ``ResponseCode`` and ``ResponseString`` (Nepton's codes 999 and
1000-1026). Operations live in ``project_ops``, ``event_reads`` and ``event_writes``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.sandbox.auth import Caller, LoginGuard, LoginResult, check_login
from nepton_desktop.sandbox.lookups import (
    ItemError,
)
from nepton_desktop.sandbox.soap import (
    WORKTIME_NS,
    Element,
    InvalidParameter,
    Payload,
    SoapFault,
    child,
    children,
    exact_text,
    list_texts,
    nonempty_text,
    opt,
    parse_int,
    qname,
    sub,
    worktime_root,
)
from nepton_desktop.sandbox.store import Store

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
    # Imported here: those modules build on this one's helpers.
    from nepton_desktop.sandbox import event_reads, event_writes, project_ops

    return {
        "GetActivityTypes": get_activity_types,
        "GetProjects": project_ops.get_projects,
        "GetProjectsV2": project_ops.get_projects_v2,
        "EnsureProjectsExistV4": project_ops.ensure_projects_exist_v4,
        "GetActivitiesV5": event_reads.get_activities_v5,
        "InsertActivitiesV3": event_writes.insert_activities_v3,
        "UpdateActivitiesV2": event_writes.update_activities_v2,
        "DeleteActivities": event_writes.delete_activities,
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
        password=exact_text(auth, "Password"),
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
