"""The local journal of import jobs (SQLite): what was planned, sent, confirmed and reverted.

Every operation is written before it is sent (``pending``), marked ``in_flight`` with the
external identifier it carries in one transaction before its batch leaves, and marked
``done``/``failed``/``unknown`` when the answer is in. After a kill the next start finds the
job unfinished; resuming settles the in-flight operations by reading them back from Nepton
before anything is sent again, so nothing is sent twice.

Personal identity codes and IBANs are needed only while a job is being sent: they are removed
from the journal when the job is finished (``finish_job``), leaving the masked form.
"""

from __future__ import annotations

import enum
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from nepton_desktop.changes.changeset import ChangeSet, Operation, OpKind
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.identity import mask_hetu, mask_iban
from nepton_desktop.domain.local_files import private_file

PERSONAL_FIELDS = {"personal_identity_code": mask_hetu, "iban": mask_iban}


class JobState(enum.StrEnum):
    PLANNED = "planned"  # written, nothing sent yet
    SENDING = "sending"  # some operations sent; unfinished until done/cancelled/failed
    DONE = "done"
    CANCELLED = "cancelled"  # stopped by the user after a batch; the rest was not sent
    FAILED = "failed"  # stopped by a whole-request error (login, rights...)
    REVERTED = "reverted"


UNFINISHED = (JobState.PLANNED, JobState.SENDING)


class OpState(enum.StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    FAILED = "failed"
    UNKNOWN = "unknown"  # reached Nepton with an outcome nobody could settle
    REVERTED = "reverted"
    KEPT = "kept"  # revert left it: changed in Nepton since the import


def encode(value: object) -> object:
    """JSON-safe form of a field value, keeping its type."""
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def decode(value: object) -> object:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((tag, inner),) = value.items()
            if tag == "$dt":
                return datetime.fromisoformat(str(inner))
            if tag == "$d":
                return date.fromisoformat(str(inner))
            if tag == "$t":
                return time.fromisoformat(str(inner))
            if tag == "$dec":
                return Decimal(str(inner))
            if tag == "$tuple" and isinstance(inner, list):
                return tuple(decode(v) for v in inner)
        return {k: decode(v) for k, v in value.items()}
    return value


def _dumps(value: object) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


def _loads_dict(text: str | None) -> dict[str, object]:
    result = decode(json.loads(text)) if text else {}
    return result if isinstance(result, dict) else {}


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class JobInfo:
    id: int
    created: datetime
    entity: Entity
    source: str
    file_hash: str
    mapping: dict[str, object]
    profile: str
    state: JobState
    counts: dict[str, int]  # operations by OpState


@dataclass(frozen=True, slots=True)
class JournalOp:
    seq: int
    op: Operation
    state: OpState
    external_id: str | None
    nepton_id: int | None
    code: int | None
    message: str


@dataclass(frozen=True, slots=True)
class OpResult:
    seq: int
    state: OpState
    nepton_id: int | None = None
    code: int | None = None
    message: str = ""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    entity TEXT NOT NULL,
    source TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    mapping TEXT NOT NULL,
    profile TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ops (
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    seq INTEGER NOT NULL,
    row INTEGER,
    kind TEXT NOT NULL,
    target INTEGER,
    vals TEXT NOT NULL,
    changed TEXT NOT NULL,
    before TEXT NOT NULL,
    refs TEXT NOT NULL,
    external_id TEXT,
    state TEXT NOT NULL,
    nepton_id INTEGER,
    code INTEGER,
    message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, seq)
);
"""


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = private_file(path)  # what HR imports, identity codes included
        # The submitter runs on the asyncio loop's thread, the UI may read history from the GUI
        # thread (the same thread under qasync, but not in every test): one lock guards it.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        # WAL with synchronous=FULL: a committed state survives the process being killed.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def create_job(
        self,
        changes: ChangeSet,
        *,
        source: str,
        file_hash: str,
        mapping: dict[str, object] | None = None,
        profile: str = "",
    ) -> int:
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO jobs (created, entity, source, file_hash, mapping, profile, state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    datetime.now().isoformat(timespec="seconds"),
                    changes.entity.value,
                    source,
                    file_hash,
                    _dumps(mapping or {}),
                    profile,
                    JobState.PLANNED.value,
                ),
            )
            job_id = cursor.lastrowid
            assert job_id is not None
            db.executemany(
                "INSERT INTO ops (job_id, seq, row, kind, target, vals, changed, before, refs,"
                " state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        job_id,
                        seq,
                        op.row,
                        op.kind.value,
                        op.target,
                        _dumps(op.values),
                        _dumps(list(op.changed)),
                        _dumps(op.before),
                        _dumps(op.refs),
                        OpState.PENDING.value,
                    )
                    for seq, op in enumerate(changes.operations)
                ],
            )
        return job_id

    def ops(self, job_id: int, states: Iterable[OpState] | None = None) -> list[JournalOp]:
        query = (
            "SELECT seq, row, kind, target, vals, changed, before, refs, external_id, state,"
            " nepton_id, code, message FROM ops WHERE job_id = ?"
        )
        params: list[object] = [job_id]
        if states is not None:
            wanted = [s.value for s in states]
            query += f" AND state IN ({','.join('?' * len(wanted))})"
            params += wanted
        entity = self.job(job_id).entity
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", params).fetchall()
        result = []
        for seq, row, kind, target, vals, changed, before, refs, ext, state, nid, code, msg in rows:
            changed_keys = json.loads(changed)
            op = Operation(
                OpKind(kind),
                entity,
                _loads_dict(vals),
                tuple(changed_keys),
                _loads_dict(before),
                target,
                _loads_dict(refs),
                row,
            )
            result.append(JournalOp(seq, op, OpState(state), ext, nid, code, msg))
        return result

    def mark_in_flight(self, job_id: int, external_ids: dict[int, str | None]) -> None:
        """Before a batch leaves: its operations and the identifiers they will carry."""
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET state = ? WHERE id = ? AND state = ?",
                (JobState.SENDING.value, job_id, JobState.PLANNED.value),
            )
            db.executemany(
                "UPDATE ops SET state = ?, external_id = COALESCE(?, external_id)"
                " WHERE job_id = ? AND seq = ?",
                [(OpState.IN_FLIGHT.value, ext, job_id, seq) for seq, ext in external_ids.items()],
            )

    def record(self, job_id: int, results: Iterable[OpResult]) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE ops SET state = ?, nepton_id = COALESCE(?, nepton_id), code = ?,"
                " message = ? WHERE job_id = ? AND seq = ?",
                [(r.state.value, r.nepton_id, r.code, r.message, job_id, r.seq) for r in results],
            )

    def set_state(self, job_id: int, state: JobState) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET state = ? WHERE id = ?", (state.value, job_id))

    def finish_job(self, job_id: int, state: JobState) -> None:
        """Set the final state and mask the personal data the job no longer needs."""
        with self._tx() as db:
            db.execute("UPDATE jobs SET state = ? WHERE id = ?", (state.value, job_id))
            rows = db.execute(
                "SELECT seq, vals, before FROM ops WHERE job_id = ?", (job_id,)
            ).fetchall()
            for seq, vals, before in rows:
                masked = [_masked(_loads_dict(vals)), _masked(_loads_dict(before))]
                db.execute(
                    "UPDATE ops SET vals = ?, before = ? WHERE job_id = ? AND seq = ?",
                    (_dumps(masked[0]), _dumps(masked[1]), job_id, seq),
                )

    def job(self, job_id: int) -> JobInfo:
        jobs = self._jobs("WHERE id = ?", (job_id,))
        if not jobs:
            raise KeyError(f"no import job {job_id} in the journal")
        return jobs[0]

    def unfinished(self) -> list[JobInfo]:
        """Jobs a kill interrupted: the next start offers to resume them."""
        marks = ",".join("?" * len(UNFINISHED))
        return self._jobs(f"WHERE state IN ({marks})", tuple(s.value for s in UNFINISHED))

    def history(self) -> list[JobInfo]:
        return list(reversed(self._jobs("", ())))

    def _jobs(self, where: str, params: tuple[object, ...]) -> list[JobInfo]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, created, entity, source, file_hash, mapping, profile, state FROM jobs "
                f"{where} ORDER BY id",
                params,
            ).fetchall()
            result = []
            for job_id, created, entity, source, fhash, mapping, profile, state in rows:
                counts = dict(
                    self._db.execute(
                        "SELECT state, COUNT(*) FROM ops WHERE job_id = ? GROUP BY state",
                        (job_id,),
                    ).fetchall()
                )
                result.append(
                    JobInfo(
                        job_id,
                        datetime.fromisoformat(created),
                        Entity(entity),
                        source,
                        fhash,
                        _loads_dict(mapping),
                        profile,
                        JobState(state),
                        counts,
                    )
                )
        return result


def _masked(values: dict[str, object]) -> dict[str, object]:
    return {
        k: (PERSONAL_FIELDS[k](v) if k in PERSONAL_FIELDS and isinstance(v, str) else v)
        for k, v in values.items()
    }
