"""Requests and answers of the HR API (ASMX, every element in http://tempuri.org/)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from lxml import etree

from nepton_desktop.api import xml_text
from nepton_desktop.api.auth import HrAuth
from nepton_desktop.api.envelope import HR_NS, SoapRequest, expect_root, hr_envelope, parse_envelope
from nepton_desktop.api.errors import BadResponse
from nepton_desktop.api.person_csv import build_person_csv
from nepton_desktop.api.xml_text import XmlWriter
from nepton_desktop.domain.records import ImportOutcome, Person, Unit


def _request(operation: str, inner: str, items: int, *, write: bool) -> SoapRequest:
    return SoapRequest(
        api="hr",
        operation=operation,
        soap_action=f"{HR_NS}{operation}",
        body=hr_envelope(operation, inner),
        items=items,
        is_write=write,
    )


def _auth(w: XmlWriter, auth: HrAuth) -> None:
    w.raw(
        f"<Username>{xml_text.text(auth.username, 'Username')}</Username>"
        f"<UserPassword>{xml_text.password(auth.password, 'UserPassword')}</UserPassword>"
        f"<DeploymentId>{xml_text.text(auth.deployment_id, 'DeploymentId')}</DeploymentId>"
        "<WebServicePassword>"
        f"{xml_text.password(auth.webservice_password, 'WebServicePassword')}"
        "</WebServicePassword>"
    )


def get_units(auth: HrAuth, include_deleted: bool = False) -> SoapRequest:
    w = XmlWriter()
    w.open("Request")
    _auth(w, auth)
    w.opt_bool("IncludeDeletedUnits", include_deleted)
    w.close("Request")
    return _request("GetUnits", w.getvalue(), 0, write=False)


def get_persons(
    auth: HrAuth,
    include_disabled: bool = False,
    employee_numbers: Sequence[str] = (),
    usernames: Sequence[str] = (),
) -> SoapRequest:
    w = XmlWriter()
    w.open("Request")
    _auth(w, auth)
    w.opt_bool("IncludeDisabledAccounts", include_disabled)
    for outer, values in (
        ("FilterByEmployeeNumbers", employee_numbers),
        ("FilterByUsernames", usernames),
    ):
        if values:
            w.open(outer)
            for v in values:
                w.text("string", v, outer)
            w.close(outer)
    w.close("Request")
    return _request("GetPersons", w.getvalue(), len(employee_numbers) + len(usernames), write=False)


def import_users_from_csv(
    auth: HrAuth,
    persons: Sequence[Person],
    *,
    ignore_empty_values: bool,
    reset_fields: Collection[str] = (),
) -> SoapRequest:
    payload = build_person_csv(persons, reset_fields)
    w = XmlWriter()
    _auth(w, auth)
    # "1"/"0" is the documented form and also a valid xs:boolean.
    w.raw(f"<IgnoreEmptyValues>{'1' if ignore_empty_values else '0'}</IgnoreEmptyValues>")
    w.raw("<ImportType>0</ImportType>")  # Default, which Nepton recommends
    w.text("importData", payload)
    return _request("ImportUsersFromCSV", w.getvalue(), len(persons), write=True)


# ---------------------------------------------------------------- answers


def _q(name: str) -> str:
    return f"{{{HR_NS}}}{name}"


def _first(parent: etree._Element, name: str) -> etree._Element | None:
    tag = _q(name)
    for c in parent:
        if c.tag == tag:
            return c
    return None


def _open(data: bytes, operation: str) -> etree._Element:
    payload = parse_envelope(data, operation)
    expect_root(payload, HR_NS, f"{operation}Response", operation)
    result = _first(payload, f"{operation}Result")
    if result is None:
        raise BadResponse(f"{operation}Result is missing", operation=operation)
    return result


def read_units(data: bytes) -> tuple[str, list[Unit]]:
    """(ErrorMessage or "", units)."""
    op = "GetUnits"
    result = _open(data, op)
    error = _first(result, "ErrorMessage")
    units: list[Unit] = []
    container = _first(result, "Units")
    if container is not None:
        for el in container:
            kw: dict[str, Any] = {}
            try:
                for c in el:
                    name, t = etree.QName(c).localname, c.text
                    if name == "Id":
                        kw["id"] = int(t or "")
                    elif name == "Code":
                        kw["code"] = t or ""
                    elif name == "Name":
                        kw["name"] = t or ""
                    elif name == "IsDeleted":
                        kw["is_deleted"] = _bool(t)
                    elif name == "ModifiedDateTime":
                        kw["modified"] = datetime.fromisoformat(t or "")
                units.append(Unit(**kw))
            except (ValueError, TypeError) as exc:
                raise BadResponse(
                    f"unit {len(units) + 1}: unreadable value ({type(exc).__name__})", operation=op
                ) from None
    return ((error.text or "") if error is not None else ""), units


def _bool(t: str | None) -> bool:
    if t in ("true", "1", "True"):
        return True
    if t in ("false", "0", "False"):
        return False
    raise ValueError("not a boolean")


def _split(t: str | None) -> tuple[str, ...]:
    return tuple(v for v in (t or "").split("|") if v)


_PERSON_FIELDS: dict[str, tuple[str, Any]] = {
    "NeptonId": ("nepton_id", lambda t: int(t or "")),
    "EmployeeNumber": ("employee_number", lambda t: t or ""),
    "FirstName": ("first_name", lambda t: t or ""),
    "LastName": ("last_name", lambda t: t or ""),
    "Username": ("username", lambda t: t or ""),
    "Email": ("email", lambda t: t or ""),
    "PhoneNumber": ("phone_number", lambda t: t or ""),
    "StreetAddress": ("street_address", lambda t: t or ""),
    "Postcode": ("postcode", lambda t: t or ""),
    "City": ("city", lambda t: t or ""),
    "PersonalIdentityCode": ("personal_identity_code", lambda t: t or ""),
    "IBAN": ("iban", lambda t: t or ""),
    "BIC": ("bic", lambda t: t or ""),
    "Units": ("units", _split),
    "PrimarySupervisor": ("primary_supervisor", lambda t: t or ""),
    "SecondarySupervisors": ("secondary_supervisors", _split),
    "EmploymentStartDate": ("employment_start", lambda t: date.fromisoformat(t or "")),
    "EmploymentEndDate": ("employment_end", lambda t: date.fromisoformat(t or "")),
    "ReasonForEndingEmployment": ("reason_for_ending", lambda t: t or ""),
    "JobTitle": ("job_title", lambda t: t or ""),
    "WorkArea": ("work_area", lambda t: t or ""),
    "Role": ("role", lambda t: t or ""),
    "Language": ("language", lambda t: t or ""),
    "HourlyWage": ("hourly_wage", lambda t: Decimal(t or "x")),
    "DefaultProject": ("default_project", lambda t: t or ""),
    "ExternalIdentifier1": ("external_identifier", lambda t: t or ""),
    "AccountEnabled": ("account_enabled", _bool),
    "ModifiedDateTime": ("modified", lambda t: datetime.fromisoformat(t or "")),
}
_PERSON_BY_TAG = {_q(k): v for k, v in _PERSON_FIELDS.items()}


def read_persons(data: bytes) -> tuple[str, list[Person]]:
    """(ErrorMessage or "", persons)."""
    op = "GetPersons"
    result = _open(data, op)
    error = _first(result, "ErrorMessage")
    persons: list[Person] = []
    container = _first(result, "Persons")
    if container is not None:
        for el in container:
            kw: dict[str, Any] = {}
            try:
                for c in el:
                    spec = _PERSON_BY_TAG.get(c.tag)
                    if spec is not None:
                        kw[spec[0]] = spec[1](c.text)
                persons.append(Person(**kw))
            except (ValueError, TypeError, ArithmeticError) as exc:
                raise BadResponse(
                    f"person {len(persons) + 1}: unreadable value ({type(exc).__name__})",
                    operation=op,
                ) from None
    return ((error.text or "") if error is not None else ""), persons


def read_import_result(data: bytes) -> ImportOutcome:
    op = "ImportUsersFromCSV"
    result = _open(data, op)
    code = _first(result, "ResultCode")
    message = _first(result, "ResultMessage")
    if code is None:
        raise BadResponse("ResultCode is missing", operation=op)
    lines: list[str] = []
    breakdown = _first(result, "ResultBreakdown")
    if breakdown is not None:
        for arr in breakdown:
            for s in arr:
                lines.append(s.text or "")
    return ImportOutcome(
        code=(code.text or "").strip(),
        message=(message.text or "") if message is not None else "",
        breakdown=tuple(lines),
    )
