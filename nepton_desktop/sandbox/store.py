"""The sandbox's SQLite store: schema, transactions, and read helpers for tests.

One connection guarded by a lock: the HTTP server answers from several threads, and
serialising the (short) database work keeps every write a single transaction without the
"database is locked" retries that several connections would need.
Date-times are stored as ISO text of naive Helsinki wall time, so they sort as text.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from nepton_desktop.sandbox.soap import HELSINKI

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    name TEXT NOT NULL,
    is_deleted INTEGER NOT NULL DEFAULT 0,
    modified TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY,
    employee_number TEXT UNIQUE,
    username TEXT UNIQUE COLLATE NOCASE,
    password_hash TEXT,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT, phone_number TEXT, street_address TEXT, postcode TEXT, city TEXT,
    personal_identity_code TEXT, iban TEXT, bic TEXT,
    primary_supervisor_id INTEGER REFERENCES persons(id),
    employment_start TEXT, employment_end TEXT, reason_for_ending TEXT,
    job_title TEXT, work_area TEXT, role TEXT, language TEXT, hourly_wage TEXT,
    default_project TEXT, external_identifier1 TEXT,
    account_enabled INTEGER NOT NULL DEFAULT 1,
    removed INTEGER NOT NULL DEFAULT 0,
    can_write INTEGER NOT NULL DEFAULT 1,
    locked_until TEXT,
    modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS persons_hetu ON persons(personal_identity_code);
CREATE INDEX IF NOT EXISTS persons_ext1 ON persons(external_identifier1);
CREATE TABLE IF NOT EXISTS person_units (
    person_id INTEGER NOT NULL REFERENCES persons(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (person_id, unit_id)
);
CREATE TABLE IF NOT EXISTS secondary_supervisors (
    person_id INTEGER NOT NULL REFERENCES persons(id),
    supervisor_id INTEGER NOT NULL REFERENCES persons(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (person_id, supervisor_id)
);
CREATE TABLE IF NOT EXISTS event_types (
    id INTEGER PRIMARY KEY,
    internal_name TEXT NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    in_use INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS absence_types (
    event_type_id INTEGER NOT NULL REFERENCES event_types(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    compensation TEXT NOT NULL,
    earns_vacation_days INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_type_id, code)
);
CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY,
    code TEXT,
    name TEXT NOT NULL,
    description TEXT,
    parent_id INTEGER REFERENCES projects(id),
    type_internal_name TEXT,
    start_date TEXT,
    end_date TEXT,
    visible_in_terminal INTEGER NOT NULL DEFAULT 1,
    is_completed INTEGER NOT NULL DEFAULT 0,
    user_group_id INTEGER,
    modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_code ON projects(code);
CREATE TABLE IF NOT EXISTS project_external_ids (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    external_id TEXT NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS project_external_ids_project ON project_external_ids(project_id);
CREATE TABLE IF NOT EXISTS project_managers (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (project_id, person_id)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    type_id INTEGER NOT NULL REFERENCES event_types(id),
    start TEXT NOT NULL,
    end TEXT,
    description TEXT,
    project_id INTEGER REFERENCES projects(id),
    approved INTEGER NOT NULL DEFAULT 0,
    approver_id INTEGER REFERENCES persons(id),
    absence_type_code TEXT,
    additional_info TEXT,
    medical_certificate TEXT,
    reason_code TEXT,
    compensation TEXT,
    earns_vacation_days INTEGER,
    reset_value TEXT,
    change_value TEXT,
    modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_person_start ON events(person_id, start);
CREATE INDEX IF NOT EXISTS events_start ON events(start);
CREATE TABLE IF NOT EXISTS event_external_ids (
    event_id INTEGER NOT NULL REFERENCES events(id),
    external_id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_external_ids_event ON event_external_ids(event_id);
CREATE TABLE IF NOT EXISTS locked_days (
    person_id INTEGER NOT NULL, day TEXT NOT NULL, PRIMARY KEY (person_id, day)
);
CREATE TABLE IF NOT EXISTS approved_days (
    person_id INTEGER NOT NULL, day TEXT NOT NULL, PRIMARY KEY (person_id, day)
);
"""

# Not a secret: it only keeps the sandbox's stored password column from being plain text.
_PASSWORD_SALT = b"nepton-sandbox"


def hash_password(password: str) -> str:
    return hashlib.sha256(_PASSWORD_SALT + password.encode("utf-8")).hexdigest()


def password_matches(password: str, stored_hash: str | None) -> bool:
    if stored_hash is None:
        return False
    return hmac.compare_digest(hash_password(password), stored_hash)


def now_local() -> datetime:
    """Current naive Helsinki wall time, the form every stored time has."""
    return datetime.now(HELSINKI).replace(tzinfo=None)


def stamp() -> str:
    """A ModifiedDateTime value; microseconds so two quick writes differ (conflict checks)."""
    return now_local().isoformat(timespec="microseconds")


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute(
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )


class Store:
    """The sandbox database; every method is safe to call from any server thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        with self._lock:
            create_schema(self._conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: commits when the block ends, rolls back if it raises."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent read: one transaction so a concurrent write is seen whole or not."""
        with self._lock:
            if self._conn.in_transaction:  # already inside this thread's write transaction
                yield self._conn
                return
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    # ------------------------------------------------------------ settings

    def setting(self, key: str, default: str = "") -> str:
        with self.reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------ test helpers

    def count_events_with_external_id(self, external_id: str) -> int:
        with self.reading() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM event_external_ids WHERE external_id = ?", (external_id,)
            ).fetchone()
        return int(row[0])

    def count(self, table: str, where: str = "1", params: tuple[object, ...] = ()) -> int:
        """Row count of a table, for tests (``table`` and ``where`` are the caller's code)."""
        with self.reading() as conn:
            return int(
                conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).fetchone()[0]
            )

    def event(self, event_id: int) -> dict[str, object] | None:
        with self.reading() as conn:
            row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        return dict(row) if row else None

    def person(
        self,
        *,
        username: str | None = None,
        employee_number: str | None = None,
        person_id: int | None = None,
    ) -> dict[str, object] | None:
        value: object
        if person_id is not None:
            where, value = "id = ?", person_id
        elif username is not None:
            where, value = "username = ?", username
        else:
            where, value = "employee_number = ?", employee_number
        with self.reading() as conn:
            row = conn.execute(f"SELECT * FROM persons WHERE {where}", (value,)).fetchone()
        return dict(row) if row else None

    def person_units(self, person_id: int) -> list[str]:
        """Codes (or names when no code) of a person's units, primary first."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT COALESCE(u.code, u.name) FROM person_units pu JOIN units u"
                " ON u.id = pu.unit_id WHERE pu.person_id = ? ORDER BY pu.position",
                (person_id,),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def secondary_supervisors(self, person_id: int) -> list[str]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT p.employee_number FROM secondary_supervisors s JOIN persons p"
                " ON p.id = s.supervisor_id WHERE s.person_id = ? ORDER BY s.position",
                (person_id,),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def lock_day(self, person_id: int, day: date) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO locked_days(person_id, day) VALUES (?, ?)",
                (person_id, day.isoformat()),
            )

    def approve_day(self, person_id: int, day: date) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO approved_days(person_id, day) VALUES (?, ?)",
                (person_id, day.isoformat()),
            )
