"""The HR API (``/API/SOAPWebService.asmx``): GetUnits, GetPersons and ImportUsersFromCSV.

Nepton's HR functions are not standardised: GetUnits and GetPersons report failure in
``ErrorMessage``; import functions answer ``ResultCode``/``ResultMessage``/``ResultBreakdown``.
Only ResultCode 1000 (success) and 8 (unrecognised import field) are documented; the other
codes below are the sandbox's own (inferred), chosen to mirror the Worktime API's numbers:
1001 authentication failed, 1018 login locked, 1020 account disabled, 1015 no permission,
1012 invalid parameters, 1017 import type not supported, 1019 some rows had problems,
999 unexpected error.
"""

from __future__ import annotations

from collections.abc import Callable

from nepton_desktop.sandbox.auth import Caller, LoginResult, check_login
from nepton_desktop.sandbox.soap import (
    HR_NS,
    Element,
    InvalidParameter,
    SoapFault,
    bool_value,
    child,
    exact_text,
    hr_opt,
    hr_root,
    hr_sub,
    list_texts,
    nonempty_text,
    qname,
)
from nepton_desktop.sandbox.store import password_matches
from nepton_desktop.sandbox.worktime_ops import CallContext

RESULT_OK = "1000"
RESULT_UNKNOWN_FIELD = "8"
RESULT_AUTH_FAILED = "1001"
RESULT_LOCKED = "1018"
RESULT_DISABLED = "1020"
RESULT_NO_PERMISSION = "1015"
RESULT_INVALID = "1012"
RESULT_NOT_SUPPORTED = "1017"
RESULT_ROW_PROBLEMS = "1019"
RESULT_UNEXPECTED = "999"

FAILURE_MESSAGE = "Failure. Please see breakdown for more details."


class HrAuthError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def handle(ctx: CallContext, payload: Element) -> Element:
    from nepton_desktop.sandbox import person_import  # builds on this module's helpers

    namespace, name = qname(payload)
    if namespace != HR_NS:
        raise SoapFault(f"Unknown namespace '{namespace}' for {name}; the HR API uses {HR_NS}")
    operations: dict[str, Callable[[CallContext, Element], Element]] = {
        "GetUnits": get_units,
        "GetPersons": get_persons,
        "ImportUsersFromCSV": person_import.import_users_from_csv,
    }
    operation = operations.get(name)
    if operation is None:
        raise SoapFault(f"Unknown operation element '{name}'")
    return operation(ctx, payload)


def authenticate(ctx: CallContext, holder: Element) -> Caller:
    store = ctx.store
    deployment = nonempty_text(holder, "DeploymentId")
    ws_password = exact_text(holder, "WebServicePassword")
    community_ok = (
        deployment is not None
        and deployment == store.setting("deployment_id")
        and ws_password is not None
        and password_matches(ws_password, store.setting("webservice_password_hash") or None)
    )
    result, caller = check_login(
        store,
        ctx.guard,
        username=nonempty_text(holder, "Username"),
        password=exact_text(holder, "UserPassword"),
        address=ctx.address,
        community_ok=community_ok,
        forced_lockout=ctx.forced_lockout,
    )
    if result is LoginResult.LOCKED:
        raise HrAuthError(RESULT_LOCKED, "Too many failed logins; login temporarily locked")
    if result is LoginResult.DISABLED:
        raise HrAuthError(RESULT_DISABLED, "Login failed: the person's account is disabled")
    if result is not LoginResult.OK or caller is None:
        raise HrAuthError(
            RESULT_AUTH_FAILED,
            "Authentication failed: check Username, UserPassword, DeploymentId and"
            " WebServicePassword",
        )
    return caller


def _request(payload: Element) -> Element:
    request = child(payload, "Request")
    return request if request is not None else payload


# ---------------------------------------------------------------- GetUnits


def get_units(ctx: CallContext, payload: Element) -> Element:
    root = hr_root("GetUnitsResponse")
    result = hr_sub(root, "GetUnitsResult")
    request = _request(payload)
    try:
        authenticate(ctx, request)
        include_deleted = bool_value(request, "IncludeDeletedUnits") or False
    except HrAuthError as exc:
        hr_sub(result, "ErrorMessage", exc.message)
        return root
    except InvalidParameter as exc:
        hr_sub(result, "ErrorMessage", f"Invalid parameters: {exc}")
        return root
    with ctx.store.reading() as conn:
        rows = conn.execute(
            "SELECT * FROM units WHERE ? OR is_deleted = 0 ORDER BY id", (int(include_deleted),)
        ).fetchall()
    units = hr_sub(result, "Units")
    for r in rows:
        unit = hr_sub(units, "ReturnUnit")
        hr_sub(unit, "Id", r["id"])
        hr_opt(unit, "Code", r["code"])
        hr_sub(unit, "Name", r["name"])
        hr_sub(unit, "IsDeleted", bool(r["is_deleted"]))
        hr_sub(unit, "ModifiedDateTime", r["modified"])
    return root


# ---------------------------------------------------------------- GetPersons


def get_persons(ctx: CallContext, payload: Element) -> Element:
    root = hr_root("GetPersonsResponse")
    result = hr_sub(root, "GetPersonsResult")
    request = _request(payload)
    try:
        authenticate(ctx, request)
        include_disabled = bool_value(request, "IncludeDisabledAccounts") or False
    except HrAuthError as exc:
        hr_sub(result, "ErrorMessage", exc.message)
        return root
    except InvalidParameter as exc:
        hr_sub(result, "ErrorMessage", f"Invalid parameters: {exc}")
        return root
    numbers = {v for v in list_texts(child(request, "FilterByEmployeeNumbers"), "string") if v}
    usernames = {v.lower() for v in list_texts(child(request, "FilterByUsernames"), "string") if v}
    with ctx.store.reading() as conn:
        rows = conn.execute(
            "SELECT p.*, s.employee_number AS supervisor_number FROM persons p"
            " LEFT JOIN persons s ON s.id = p.primary_supervisor_id"
            " WHERE p.removed = 0 AND (? OR p.account_enabled = 1) ORDER BY p.id",
            (int(include_disabled),),
        ).fetchall()
        units: dict[int, list[str]] = {}
        for r in conn.execute(
            "SELECT pu.person_id, COALESCE(u.code, u.name) FROM person_units pu"
            " JOIN units u ON u.id = pu.unit_id ORDER BY pu.person_id, pu.position"
        ):
            units.setdefault(int(r[0]), []).append(str(r[1]))
        seconds: dict[int, list[str]] = {}
        for r in conn.execute(
            "SELECT s.person_id, p.employee_number FROM secondary_supervisors s"
            " JOIN persons p ON p.id = s.supervisor_id ORDER BY s.person_id, s.position"
        ):
            seconds.setdefault(int(r[0]), []).append(str(r[1] or ""))
    persons = hr_sub(result, "Persons")
    for r in rows:
        if numbers and r["employee_number"] not in numbers:
            continue
        if usernames and str(r["username"] or "").lower() not in usernames:
            continue
        p = hr_sub(persons, "Person")
        hr_sub(p, "NeptonId", r["id"])
        hr_opt(p, "EmployeeNumber", r["employee_number"])
        hr_sub(p, "FirstName", r["first_name"])
        hr_sub(p, "LastName", r["last_name"])
        hr_sub(p, "FullName", f"{r['last_name']}, {r['first_name']}")
        for tag, column in (
            ("Username", "username"),
            ("Email", "email"),
            ("PhoneNumber", "phone_number"),
            ("StreetAddress", "street_address"),
            ("Postcode", "postcode"),
            ("City", "city"),
            ("PersonalIdentityCode", "personal_identity_code"),
            ("IBAN", "iban"),
            ("BIC", "bic"),
        ):
            hr_opt(p, tag, r[column])
        hr_opt(p, "Units", "|".join(units.get(int(r["id"]), [])))
        hr_opt(p, "PrimarySupervisor", r["supervisor_number"])
        hr_opt(p, "SecondarySupervisors", "|".join(seconds.get(int(r["id"]), [])))
        for tag, column in (
            ("EmploymentStartDate", "employment_start"),
            ("EmploymentEndDate", "employment_end"),
            ("ReasonForEndingEmployment", "reason_for_ending"),
            ("JobTitle", "job_title"),
            ("WorkArea", "work_area"),
            ("Role", "role"),
            ("Language", "language"),
            ("HourlyWage", "hourly_wage"),
            ("DefaultProject", "default_project"),
            ("ExternalIdentifier1", "external_identifier1"),
        ):
            hr_opt(p, tag, r[column])
        hr_sub(p, "AccountEnabled", bool(r["account_enabled"]))
        hr_sub(p, "ModifiedDateTime", r["modified"])
    return root
