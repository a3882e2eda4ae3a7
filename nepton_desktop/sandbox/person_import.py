"""ImportUsersFromCSV with ImportType 0 (Default): Nepton's person import rules.

Upsert by Nepton Id, Username or Employee number; IgnoreEmptyValues (Safe keeps, Strict
empties); RESET/NOLLA; units by name or code ('|', primary first, must exist); primary and
secondary supervisors by employee number; usernames immutable; employment dates written as
given. One ResultBreakdown line per problem, naming the row (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from nepton_desktop.domain.identity import (
    InvalidIban,
    check_iban,
    is_valid_hetu,
    redact_personal_data,
)
from nepton_desktop.sandbox.hr_ops import (
    FAILURE_MESSAGE,
    RESULT_INVALID,
    RESULT_NO_PERMISSION,
    RESULT_NOT_SUPPORTED,
    RESULT_OK,
    RESULT_ROW_PROBLEMS,
    RESULT_UNEXPECTED,
    RESULT_UNKNOWN_FIELD,
    HrAuthError,
    authenticate,
)
from nepton_desktop.sandbox.soap import (
    Element,
    InvalidParameter,
    bool_value,
    hr_root,
    hr_sub,
    int_value,
    nonempty_text,
    text,
)
from nepton_desktop.sandbox.store import stamp
from nepton_desktop.sandbox.worktime_ops import CallContext

log = logging.getLogger(__name__)

# English field names (360015933397) and the Finnish titles seen in Nepton's articles; both
# are accepted as headers. Keys are matched without regard to case.
FIELD_ALIASES: dict[str, str] = {}
for _key, _names in {
    "nepton_id": ("Nepton Id", "Nepton_Id", "Nepton-tunniste"),
    "employee_number": ("Employee number", "Employee_number", "Henkilönumero"),
    "first_name": ("First name", "First_name", "Etunimi"),
    "last_name": ("Last name", "Last_name", "Sukunimi"),
    "username": ("Username", "Käyttäjätunnus"),
    "email": ("Email", "Sähköposti"),
    "phone_number": ("Phone number", "Puhelin"),
    "street_address": ("Street address", "Katuosoite"),
    "postcode": ("Postcode", "Postinumero"),
    "city": ("City", "Postitoimipaikka"),
    "personal_identity_code": ("Personal identity code", "Henkilötunnus"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "units": ("Unit", "Units", "Yksikkö", "Yksiköt"),
    "primary_supervisor": ("Primary supervisor", "Ensisijainen esimies"),
    "secondary_supervisors": ("Secondary supervisors", "Toissijaiset esimiehet"),
    "employment_start": ("Employment start date", "Työsuhteen alkupäivä"),
    "employment_end": ("Employment end date", "Työsuhteen loppupäivä"),
    "reason_for_ending": ("Reason for ending employment", "Työsuhteen päättymisen syy"),
    "job_title": ("Job title", "Toimi"),
    "work_area": ("Work area", "Työskentelyalue"),
    "role": ("Role", "Käyttöoikeustaso"),
    "language": ("Language", "Kieli"),
    "hourly_wage": ("Hourly wage", "Tuntipalkka"),
    "default_project": ("Default project", "Oletusprojekti"),
    "external_identifier1": ("External identifier 1", "External_identifier_1"),
    "account_enabled": ("Account enabled", "Tili aktiivinen"),
    "full_name": ("Full name", "Kokonimi"),
}.items():
    for _name in _names:
        FIELD_ALIASES[_name.lower()] = _key

_LABELS = {
    "nepton_id": "Nepton Id",
    "employee_number": "Employee number",
    "first_name": "First name",
    "last_name": "Last name",
    "username": "Username",
    "personal_identity_code": "Personal identity code",
    "iban": "IBAN",
    "employment_start": "Employment start date",
    "employment_end": "Employment end date",
    "hourly_wage": "Hourly wage",
    "account_enabled": "Account enabled",
    "email": "Email",
}

# Plain columns written as given (after checks); RESET empties them.
_PLAIN = (
    "email",
    "phone_number",
    "street_address",
    "postcode",
    "city",
    "personal_identity_code",
    "iban",
    "bic",
    "employment_start",
    "employment_end",
    "reason_for_ending",
    "job_title",
    "work_area",
    "role",
    "language",
    "hourly_wage",
    "default_project",
    "external_identifier1",
    "account_enabled",
    "employee_number",
)
_RESET_WORDS = ("RESET", "NOLLA")


class _RowProblem(Exception):
    pass


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, str]
    person_id: int | None = None
    problems: list[str] = field(default_factory=list)


def _label(key: str) -> str:
    return _LABELS.get(key, key.replace("_", " ").capitalize())


def _check_value(key: str, value: str) -> object:
    """The stored form of a cell, or _RowProblem (never quoting identity codes or IBANs)."""
    if key == "personal_identity_code":
        if not is_valid_hetu(value):
            raise _RowProblem("Personal identity code is not valid")
        return value.strip().upper()
    if key == "iban":
        try:
            return check_iban(value)
        except InvalidIban:
            raise _RowProblem("IBAN is not valid") from None
    if key in ("employment_start", "employment_end"):
        return _parse_import_date(value, _label(key)).isoformat()
    if key == "hourly_wage":
        try:
            return str(Decimal(value.replace(",", ".").replace(" ", "")))
        except InvalidOperation:
            raise _RowProblem(f"Hourly wage '{value}' is not a number") from None
    if key == "account_enabled":
        lowered = value.lower()
        if lowered in ("1", "true", "yes", "kyllä"):
            return 1
        if lowered in ("0", "false", "no", "ei"):
            return 0
        raise _RowProblem(f"Account enabled '{value}' must be 1 or 0")
    if key == "email" and "@" not in value:
        raise _RowProblem(f"Email '{value}' is not an email address")
    return value


def _parse_import_date(value: str, what: str) -> date:
    for form in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise _RowProblem(f"{what} '{value}' is not a date (d.m.yyyy or yyyy-mm-dd)")


def _import_result(code: str, message: str, problems: list[str]) -> Element:
    root = hr_root("ImportUsersFromCSVResponse")
    result = hr_sub(root, "ImportUsersFromCSVResult")
    hr_sub(result, "ResultCode", code)
    hr_sub(result, "ResultMessage", message)
    breakdown = hr_sub(result, "ResultBreakdown")
    if problems:
        strings = hr_sub(breakdown, "ArrayOfString")
        for problem in problems:
            hr_sub(strings, "string", problem)
    return root


def import_users_from_csv(ctx: CallContext, payload: Element) -> Element:
    try:
        caller = authenticate(ctx, payload)
    except HrAuthError as exc:
        return _import_result(exc.code, exc.message, [])
    if not caller.can_write:
        return _import_result(
            RESULT_NO_PERMISSION, "No permission: this person may not import persons", []
        )
    try:
        ignore_empty = bool_value(payload, "IgnoreEmptyValues")
        import_type = int_value(payload, "ImportType")
    except InvalidParameter as exc:
        return _import_result(RESULT_INVALID, f"Invalid parameters: {exc}", [])
    if import_type is None:
        import_type = 0
    if import_type != 0:
        return _import_result(
            RESULT_NOT_SUPPORTED,
            f"ImportType {import_type} is not supported by this service; use 0 (Default)",
            [],
        )
    data = text(payload, "importData")
    if not data:
        return _import_result(RESULT_INVALID, "importData is empty", [])
    column_names = nonempty_text(payload, "ImportColumnNames")
    try:
        return _import_default(
            ctx, data.lstrip("\ufeff"), column_names, True if ignore_empty is None else ignore_empty
        )
    except Exception as exc:  # the catch-all: never a broken answer
        log.error("ImportUsersFromCSV failed: %s", redact_personal_data(repr(exc)))
        return _import_result(RESULT_UNEXPECTED, "Unexpected error", [])


def _import_default(
    ctx: CallContext, data: str, column_names: str | None, ignore_empty: bool
) -> Element:
    records = list(csv.reader(io.StringIO(data), delimiter=";"))
    first_line = 1
    if column_names is not None:
        header = column_names.split("|")
    else:
        if not records:
            return _import_result(RESULT_INVALID, "importData has no header row", [])
        header, records = records[0], records[1:]
        first_line = 2
    keys: list[str] = []
    unknown: list[str] = []
    for name in header:
        key = FIELD_ALIASES.get(name.strip().lower())
        if key is None:
            unknown.append(f"ERROR: Import field '{name.strip()}' not recognised")
        keys.append(key or "")
    if unknown:
        return _import_result(RESULT_UNKNOWN_FIELD, FAILURE_MESSAGE, unknown)
    rows = [
        _Row(first_line + i, {k: v.strip() for k, v in zip(keys, record, strict=False)})
        for i, record in enumerate(records)
        if any(cell.strip() for cell in record)
    ]
    modified = stamp()
    problems: list[str] = []
    with ctx.store.transaction() as conn:
        for row in rows:
            conn.execute("SAVEPOINT import_row")
            try:
                _upsert_person(conn, row, ignore_empty, modified)
            except _RowProblem as exc:
                conn.execute("ROLLBACK TO import_row")
                row.person_id = None
                problems.append(f"Row {row.line}: {exc}")
            conn.execute("RELEASE import_row")
        # Supervisors after every person exists, so a file may name a supervisor that a
        # later row creates.
        for row in rows:
            if row.person_id is None:
                continue
            conn.execute("SAVEPOINT import_row")
            try:
                _apply_supervisors(conn, row, ignore_empty, modified)
            except _RowProblem as exc:
                conn.execute("ROLLBACK TO import_row")
                problems.append(f"Row {row.line}: {exc}")
            conn.execute("RELEASE import_row")
    if problems:
        return _import_result(RESULT_ROW_PROBLEMS, FAILURE_MESSAGE, problems)
    return _import_result(RESULT_OK, f"Success. {len(rows)} rows imported.", [])


def _find_for_row(
    conn: sqlite3.Connection, values: dict[str, str]
) -> tuple[sqlite3.Row | None, str]:
    nepton_id = values.get("nepton_id", "")
    if nepton_id and nepton_id.upper() not in _RESET_WORDS:
        try:
            person_id = int(nepton_id)
        except ValueError:
            raise _RowProblem(f"Nepton Id '{nepton_id}' is not a number") from None
        row = conn.execute(
            "SELECT * FROM persons WHERE id = ? AND removed = 0", (person_id,)
        ).fetchone()
        if row is None:
            raise _RowProblem(f"No person with Nepton Id {person_id}")
        return row, "nepton_id"
    username = values.get("username", "")
    if username and username.upper() not in _RESET_WORDS:
        row = conn.execute(
            "SELECT * FROM persons WHERE username = ? AND removed = 0", (username,)
        ).fetchone()
        if row is not None:
            return row, "username"
    number = values.get("employee_number", "")
    if number and number.upper() not in _RESET_WORDS:
        row = conn.execute(
            "SELECT * FROM persons WHERE employee_number = ? AND removed = 0", (number,)
        ).fetchone()
        if row is not None:
            return row, "employee_number"
    return None, ""


def _upsert_person(conn: sqlite3.Connection, row: _Row, ignore_empty: bool, modified: str) -> None:
    values = row.values
    existing, found_by = _find_for_row(conn, values)
    changes: dict[str, object] = {}
    username = values.get("username", "")
    if username.upper() in _RESET_WORDS:
        raise _RowProblem("Username cannot be reset")
    if (
        existing is not None
        and username
        and existing["username"] is not None
        and (str(existing["username"]).lower() != username.lower())
    ):
        raise _RowProblem(
            f"WARNING: username cannot be changed by import ('{existing['username']}' stays);"
            " row skipped"
        )
    if username and (existing is None or existing["username"] is None):
        taken = conn.execute("SELECT 1 FROM persons WHERE username = ?", (username,)).fetchone()
        if taken is not None:
            raise _RowProblem(f"Username '{username}' is already in use")
        changes["username"] = username
    for key in ("first_name", "last_name"):
        if key not in values:
            continue
        value = values[key]
        if value.upper() in _RESET_WORDS:
            raise _RowProblem(f"{_label(key)} cannot be reset")
        if value:
            changes[key] = value
        elif not ignore_empty and existing is not None:
            raise _RowProblem(f"{_label(key)} is mandatory")
    if existing is None and not (changes.get("first_name") and changes.get("last_name")):
        raise _RowProblem("A new person needs First name and Last name")
    for key in _PLAIN:
        if key not in values:
            continue
        value = values[key]
        if value.upper() in _RESET_WORDS or (not value and not ignore_empty):
            changes[key] = None if key != "account_enabled" else 1
        elif value:
            changes[key] = _check_value(key, value)
    if "employee_number" in changes:
        if found_by == "employee_number" and changes["employee_number"] is None:
            raise _RowProblem("Employee number identifies this person and cannot be emptied")
        number = changes["employee_number"]
        if number is not None:
            other = conn.execute(
                "SELECT id FROM persons WHERE employee_number = ?", (number,)
            ).fetchone()
            if other is not None and (existing is None or other["id"] != existing["id"]):
                raise _RowProblem(f"Employee number '{number}' belongs to another person")
    start = changes.get("employment_start", existing["employment_start"] if existing else None)
    end = changes.get("employment_end", existing["employment_end"] if existing else None)
    if start and end and str(end) < str(start):
        raise _RowProblem("Employment end date is before the start date")
    changes["modified"] = modified
    if existing is None:
        columns = ", ".join(changes)
        marks = ", ".join("?" * len(changes))
        cursor = conn.execute(
            f"INSERT INTO persons({columns}) VALUES ({marks})", list(changes.values())
        )
        person_id = int(cursor.lastrowid or 0)
    else:
        person_id = int(existing["id"])
        assignments = ", ".join(f"{c} = ?" for c in changes)
        conn.execute(
            f"UPDATE persons SET {assignments} WHERE id = ?", [*changes.values(), person_id]
        )
    row.person_id = person_id
    if "units" in values:
        _apply_units(conn, person_id, values["units"], ignore_empty)


def _apply_units(conn: sqlite3.Connection, person_id: int, value: str, ignore_empty: bool) -> None:
    """Units by name or code, '|'-separated, primary first; they must exist already."""
    if not value:
        if ignore_empty:
            return
        conn.execute("DELETE FROM person_units WHERE person_id = ?", (person_id,))
        return
    if value.upper() in _RESET_WORDS:
        conn.execute("DELETE FROM person_units WHERE person_id = ?", (person_id,))
        return
    unit_ids: list[int] = []
    for name in (part.strip() for part in value.split("|")):
        if not name:
            continue
        unit = conn.execute(
            "SELECT id FROM units WHERE (code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE)"
            " AND is_deleted = 0 ORDER BY code = ? COLLATE NOCASE DESC LIMIT 1",
            (name, name, name),
        ).fetchone()
        if unit is None:
            raise _RowProblem(f"Unit '{name}' does not exist")
        if int(unit["id"]) not in unit_ids:
            unit_ids.append(int(unit["id"]))
    conn.execute("DELETE FROM person_units WHERE person_id = ?", (person_id,))
    conn.executemany(
        "INSERT INTO person_units(person_id, unit_id, position) VALUES (?, ?, ?)",
        [(person_id, unit_id, i) for i, unit_id in enumerate(unit_ids)],
    )


def _person_by_number(conn: sqlite3.Connection, number: str, person_id: int) -> int:
    row = conn.execute(
        "SELECT id FROM persons WHERE employee_number = ? AND removed = 0", (number,)
    ).fetchone()
    if row is None:
        raise _RowProblem(f"Supervisor with employee number '{number}' does not exist")
    if int(row["id"]) == person_id:
        raise _RowProblem("A person cannot be their own supervisor")
    return int(row["id"])


def _apply_supervisors(
    conn: sqlite3.Connection, row: _Row, ignore_empty: bool, modified: str
) -> None:
    assert row.person_id is not None
    person_id = row.person_id
    values = row.values
    changed = False
    if "primary_supervisor" in values:
        value = values["primary_supervisor"]
        # Nepton: empty or RESET removes the primary supervisor regardless of
        # IgnoreEmptyValues; a value replaces it; values after the first are ignored.
        first = value.split("|")[0].strip()
        if not first or first.upper() in _RESET_WORDS:
            supervisor: int | None = None
        else:
            supervisor = _person_by_number(conn, first, person_id)
        conn.execute(
            "UPDATE persons SET primary_supervisor_id = ? WHERE id = ?", (supervisor, person_id)
        )
        changed = True
    if "secondary_supervisors" in values:
        value = values["secondary_supervisors"]
        parts = [p.strip() for p in value.split("|")]
        replace = bool(parts) and parts[0].upper() in _RESET_WORDS
        numbers = [p for p in (parts[1:] if replace else parts) if p]
        if not value and ignore_empty:
            pass  # Safe mode: an empty value keeps the list
        else:
            ids = [_person_by_number(conn, n, person_id) for n in numbers]
            if replace or not value:
                conn.execute("DELETE FROM secondary_supervisors WHERE person_id = ?", (person_id,))
            position = conn.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM secondary_supervisors"
                " WHERE person_id = ?",
                (person_id,),
            ).fetchone()[0]
            for supervisor_id in ids:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO secondary_supervisors(person_id, supervisor_id,"
                    " position) VALUES (?, ?, ?)",
                    (person_id, supervisor_id, position),
                )
                position += cursor.rowcount
            changed = True
    if changed:
        conn.execute("UPDATE persons SET modified = ? WHERE id = ?", (modified, person_id))
