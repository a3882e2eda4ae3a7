"""Finding persons, projects and events by the references Nepton's requests use.

Persons are named by Nepton id, username, personal identity code, personnel (employee)
number or an external identifier field; projects by id, code or external identifier;
events by id or external identifier.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from nepton_desktop.sandbox.soap import InvalidParameter, Node, child, int_value, nonempty_text


class ItemError(Exception):
    """One batch item failed with a Worktime response code; the rest of the batch goes on."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# FieldName values accepted for a person external identifier: the import field name, its
# XML name and the contract's element name all name the one field the sandbox keeps.
_EXTERNAL_ID_FIELDS = {"external identifier 1", "external_identifier_1", "externalidentifier1"}


def external_id_column(field_name: str) -> str:
    if field_name.strip().lower() not in _EXTERNAL_ID_FIELDS:
        raise InvalidParameter(
            f"Unknown person external identifier field '{field_name}'"
            " (the sandbox knows 'External identifier 1')"
        )
    return "external_identifier1"


@dataclass(frozen=True, slots=True)
class PersonKey:
    """One way of naming a person, as given in a request."""

    kind: str  # "id" | "username" | "ssn" | "personnel_number" | "external"
    value: str | int

    def describe(self) -> str:
        # Never echo a personal identity code back into a message or a log.
        if self.kind == "ssn":
            return "the given personal identity code"
        return f"{self.kind.replace('_', ' ')} '{self.value}'"


_PERSON_SQL = {
    "id": "SELECT * FROM persons WHERE id = ?",
    "username": "SELECT * FROM persons WHERE username = ?",
    "ssn": "SELECT * FROM persons WHERE personal_identity_code = ? ORDER BY removed, id",
    "personnel_number": "SELECT * FROM persons WHERE employee_number = ?",
    "external": "SELECT * FROM persons WHERE external_identifier1 = ? ORDER BY removed, id",
}


def find_person(conn: sqlite3.Connection, key: PersonKey) -> sqlite3.Row | None:
    value = key.value.upper() if key.kind == "ssn" and isinstance(key.value, str) else key.value
    row: sqlite3.Row | None = conn.execute(_PERSON_SQL[key.kind], (value,)).fetchone()
    return row


def person_key(el: Node, prefix: str = "") -> PersonKey | None:
    """The person reference of an activity (``prefix`` "Approver" for the approver)."""
    user_id = int_value(el, f"{prefix}UserId")
    if user_id is not None:
        return PersonKey("id", user_id)
    username = nonempty_text(el, f"{prefix}UserName", f"{prefix}Username")
    if username is not None:
        return PersonKey("username", username)
    ssn = nonempty_text(el, f"{prefix}SocialSecurityNumber")
    if ssn is not None:
        return PersonKey("ssn", ssn)
    number = nonempty_text(el, f"{prefix}PersonnelNumber")
    if number is not None:
        return PersonKey("personnel_number", number)
    return None


def manager_key(el: Node) -> PersonKey:
    """A ProjectManager: PersonnelNumber, Username, UserId or PersonExternalIdentifier."""
    number = nonempty_text(el, "PersonnelNumber")
    if number is not None:
        return PersonKey("personnel_number", number)
    username = nonempty_text(el, "Username", "UserName")
    if username is not None:
        return PersonKey("username", username)
    user_id = int_value(el, "UserId")
    if user_id is not None:
        return PersonKey("id", user_id)
    ext = child(el, "PersonExternalIdentifier")
    if ext is not None:
        identifier = nonempty_text(ext, "Identifier")
        external_id_column(nonempty_text(ext, "FieldName") or "")
        if identifier is not None:
            return PersonKey("external", identifier)
    raise InvalidParameter("ProjectManager names no person")


def require_person(
    conn: sqlite3.Connection, key: PersonKey, cache: dict[PersonKey, sqlite3.Row] | None = None
) -> sqlite3.Row:
    """The person a reference names, or ItemError 1003; ``cache`` spares repeated lookups
    within one batch (items do not change persons)."""
    row = cache.get(key) if cache is not None else None
    if row is None:
        row = find_person(conn, key)
        if row is None or row["removed"]:
            raise ItemError(1003, f"Person not found with {key.describe()}")
        if cache is not None:
            cache[key] = row
    return row


def find_project(
    conn: sqlite3.Connection,
    *,
    project_id: int | None = None,
    code: str | None = None,
    external_id: str | None = None,
) -> sqlite3.Row | None:
    row: sqlite3.Row | None
    if project_id is not None:
        row = conn.execute("SELECT * FROM projects WHERE id = ?", (project_id,)).fetchone()
    elif external_id is not None:
        row = conn.execute(
            "SELECT p.* FROM projects p JOIN project_external_ids x ON x.project_id = p.id"
            " WHERE x.external_id = ?",
            (external_id,),
        ).fetchone()
    elif code is not None:
        row = conn.execute(
            "SELECT * FROM projects WHERE code = ? ORDER BY id LIMIT 1", (code,)
        ).fetchone()
    else:
        row = None
    return row


def find_event(
    conn: sqlite3.Connection, *, event_id: int | None = None, external_id: str | None = None
) -> sqlite3.Row | None:
    row: sqlite3.Row | None
    if event_id is not None:
        row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    elif external_id is not None:
        row = conn.execute(
            "SELECT e.* FROM events e JOIN event_external_ids x ON x.event_id = e.id"
            " WHERE x.external_id = ?",
            (external_id,),
        ).fetchone()
    else:
        row = None
    return row
