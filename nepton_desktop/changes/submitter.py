"""Send a journaled change set through the API service in batches; resume; revert.

- Batches go one after another; before each leaves, its operations are marked in flight in
  the journal (with the external identifier each new event carries), and the answers are
  written as soon as they come.
- Cancel takes effect between batches: the batch in flight finishes and is recorded, the
  rest stays pending, and the report lists exactly what was sent.
- Resume (after a kill) first settles in-flight operations: new events are looked up by their
  external identifier and counted as done when Nepton has them; updates, deletes, project
  upserts and person imports (matched by employee number or username) are safe to send again.
  So resuming never creates anything twice.
- Revert deletes the events the job created and restores the fields it updated to their
  before-values, except fields someone changed in Nepton since: those are listed and kept.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes import requests
from nepton_desktop.changes.changeset import Operation, OpKind
from nepton_desktop.changes.journal import JobState, Journal, JournalOp, OpResult, OpState
from nepton_desktop.domain.columns import Entity, columns_for
from nepton_desktop.domain.identity import redact_personal_data
from nepton_desktop.domain.records import (
    UNKNOWN_OUTCOME,
    Event,
    EventRef,
    EventUpdate,
    ItemResult,
    Person,
)
from nepton_desktop.importing.live import LiveData

# Codes that mean "the event is not there": a delete of it is already done.
_GONE = 1002


EventFilterFactory = Callable[..., object]


def _default_event_filter(**kwargs: object) -> object:
    from nepton_desktop.api.filters import EventFilter

    return EventFilter(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # operations answered in this run (sent and settled)
    total: int  # operations this run sends
    elapsed: float
    rate: float  # operations per second
    remaining_seconds: float | None  # None until the first batch is in


@dataclass(slots=True)
class SubmitReport:
    job_id: int
    sent: list[JournalOp] = field(default_factory=list)  # done (confirmed by Nepton)
    failed: list[JournalOp] = field(default_factory=list)
    unknown: list[JournalOp] = field(default_factory=list)
    not_sent: list[JournalOp] = field(default_factory=list)
    cancelled: bool = False
    stopped_by: str | None = None  # a whole-request error that stopped sending
    settled_on_resume: int = 0  # in-flight operations found done in Nepton when resuming

    @property
    def state(self) -> JobState:
        if self.cancelled:
            return JobState.CANCELLED
        if self.stopped_by is not None:
            return JobState.FAILED
        return JobState.DONE

    def summary(self) -> str:
        text = (
            f"sent {len(self.sent)}, failed {len(self.failed)}, unknown {len(self.unknown)}, "
            f"not sent {len(self.not_sent)}"
        )
        if self.cancelled:
            text += " (cancelled: the batch in flight finished, nothing after it was sent)"
        if self.stopped_by:
            text += f" (stopped: {self.stopped_by})"
        return text


@dataclass(frozen=True, slots=True)
class Conflict:
    row: int | None
    target: int | None
    key: str
    before: object  # the value before the import
    imported: object  # what the import wrote
    now: object  # what Nepton holds now


@dataclass(slots=True)
class RevertReport:
    job_id: int
    deleted: int = 0
    restored: int = 0
    kept: list[Conflict] = field(default_factory=list)  # changed since: not overwritten
    failed: list[str] = field(default_factory=list)
    not_revertible: list[str] = field(default_factory=list)


def _result_state(result: ItemResult) -> OpState:
    if result.ok:
        return OpState.DONE
    if result.code == UNKNOWN_OUTCOME:
        return OpState.UNKNOWN
    return OpState.FAILED


class Submitter:
    def __init__(
        self,
        service: NeptonServiceLike,
        journal: Journal,
        *,
        batch_size: int = 200,
        clock: Callable[[], float] = time.monotonic,
        event_filter: EventFilterFactory = _default_event_filter,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.service = service
        self.journal = journal
        self.batch_size = batch_size
        self._clock = clock
        self._event_filter = event_filter

    # ------------------------------------------------------------ submit and resume

    async def submit(
        self,
        job_id: int,
        progress: Callable[[Progress], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> SubmitReport:
        """Send the job's pending operations (settling in-flight ones first)."""
        report = SubmitReport(job_id)
        report.settled_on_resume = await self._settle_in_flight(job_id)
        pending = self.journal.ops(job_id, [OpState.PENDING])
        total, done = len(pending), 0
        started = self._clock()
        entity = self.journal.job(job_id).entity
        # Deletes last: an update or create of the same file must not land on a deleted row.
        order = {OpKind.CREATE: 0, OpKind.UPDATE: 1, OpKind.DELETE: 2}
        pending.sort(key=lambda j: (order[j.op.kind], j.seq))
        batches = [pending[i : i + self.batch_size] for i in range(0, total, self.batch_size)]
        for number, batch in enumerate(batches):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            stop = await self._send(job_id, entity, batch)
            done += len(batch)
            if progress is not None:
                elapsed = self._clock() - started
                rate = done / elapsed if elapsed > 0 else 0.0
                remaining = (total - done) / rate if rate > 0 else None
                progress(Progress(done, total, elapsed, rate, remaining))
            if stop is not None:
                report.stopped_by = stop
                break
            if number + 1 < len(batches) and cancel is not None and cancel.is_set():
                report.cancelled = True
                break
        for jop in self.journal.ops(job_id):
            {
                OpState.DONE: report.sent,
                OpState.FAILED: report.failed,
                OpState.UNKNOWN: report.unknown,
                OpState.PENDING: report.not_sent,
                OpState.IN_FLIGHT: report.unknown,
            }.get(jop.state, report.sent).append(jop)
        if report.stopped_by is None:
            self.journal.finish_job(job_id, report.state)
        else:
            # A refused login or missing right: the job stays resumable once it is fixed.
            self.journal.set_state(job_id, JobState.SENDING)
        return report

    async def _send(self, job_id: int, entity: Entity, batch: list[JournalOp]) -> str | None:
        """Send one batch (grouped by kind); the stopping error's text, if any."""
        groups: dict[OpKind, list[JournalOp]] = {}
        for jop in batch:
            groups.setdefault(jop.op.kind, []).append(jop)
        for kind, jops in groups.items():
            external_ids = {
                j.seq: (j.external_id or f"nd-{job_id}-{j.seq}-{uuid.uuid4().hex[:8]}")
                if kind is OpKind.CREATE and entity in (Entity.EVENTS, Entity.ABSENCES)
                else None
                for j in jops
            }
            self.journal.mark_in_flight(job_id, external_ids)
            try:
                results = await self._call(entity, kind, jops, external_ids)
            except Exception as exc:
                item_results = getattr(exc, "item_results", None)
                if item_results:
                    self._record(job_id, jops, item_results)
                else:
                    # Whether it arrived is unknown: left in flight, settled on resume.
                    pass
                return redact_personal_data(str(exc))
            self._record(job_id, jops, results)
            resent = [
                j
                for j, r in zip(jops, results, strict=False)
                if kind is OpKind.CREATE and j.external_id and not r.ok
            ]
            if resent:
                await self._confirm_resent(job_id, resent)
        return None

    async def _confirm_resent(self, job_id: int, jops: list[JournalOp]) -> None:
        """A create sent again on resume and refused may have landed after all: the killed
        process's last request can still be committed by Nepton after the read-back that
        resume made. Its external identifier tells: found in Nepton means done."""
        found = await self._events_by_external_id([j.external_id or "" for j in jops])
        self.journal.record(
            job_id,
            [
                OpResult(
                    j.seq,
                    OpState.DONE,
                    found[j.external_id or ""].id,
                    1000,
                    "saved by an earlier attempt (found by its external identifier)",
                )
                for j in jops
                if (j.external_id or "") in found
            ],
        )

    async def _events_by_external_id(self, ids: list[str]) -> dict[str, Event]:
        found: dict[str, Event] = {}
        for start in range(0, len(ids), 500):
            flt = self._event_filter(external_identifiers=tuple(ids[start : start + 500]))
            for read in await self.service.worktime.get_events(flt):
                for ext in read.external_identifiers:
                    found.setdefault(ext, read)
        return found

    def _record(self, job_id: int, jops: list[JournalOp], results: Sequence[ItemResult]) -> None:
        outcomes = []
        for jop, result in zip(jops, results, strict=False):
            state = _result_state(result)
            if state is OpState.FAILED and jop.op.kind is OpKind.DELETE and result.code == _GONE:
                state = OpState.DONE  # already gone: what the delete wanted
            # Nepton's messages may quote the rejected value: masked before the journal keeps it.
            message = redact_personal_data(result.message)
            outcomes.append(OpResult(jop.seq, state, result.id, result.code, message))
        self.journal.record(job_id, outcomes)

    async def _call(
        self,
        entity: Entity,
        kind: OpKind,
        jops: list[JournalOp],
        external_ids: dict[int, str | None],
    ) -> list[ItemResult]:
        worktime, ops = self.service.worktime, [j.op for j in jops]
        if entity in (Entity.EVENTS, Entity.ABSENCES):
            if kind is OpKind.CREATE:
                new = [requests.new_event(j.op, external_ids[j.seq] or "") for j in jops]
                return await worktime.insert_events(new)
            if kind is OpKind.UPDATE:
                return await worktime.update_events([requests.event_update(o) for o in ops])
            return await worktime.delete_events([requests.event_ref(o) for o in ops])
        if entity is Entity.PROJECTS:
            if kind is OpKind.DELETE:
                return [
                    ItemResult(i, 1025, "Nepton's API cannot delete projects")
                    for i in range(len(ops))
                ]
            return await worktime.ensure_projects([requests.project_upsert(o) for o in ops])
        if kind is OpKind.DELETE:
            return [
                ItemResult(i, 1025, "Nepton's API cannot delete persons") for i in range(len(ops))
            ]
        return await self._import_persons(ops)

    async def _import_persons(self, ops: list[Operation]) -> list[ItemResult]:
        """One ImportUsersFromCSV per distinct set of cleared fields; whole-request outcomes.

        Rows with and without a primary supervisor go in separate requests too: Nepton
        removes a primary supervisor given as empty even in "ignore empty values" mode, so
        the API refuses a file where only some rows name one.
        """
        results: list[ItemResult | None] = [None] * len(ops)
        groups: dict[tuple[frozenset[str], bool], list[int]] = {}
        for index, op in enumerate(ops):
            key = (requests.cleared_fields(op), bool(op.values.get("primary_supervisor")))
            groups.setdefault(key, []).append(index)
        for (reset, _supervised), indexes in groups.items():
            outcome = await self.service.hr.import_persons(
                [requests.person_record(ops[i]) for i in indexes],
                ignore_empty_values=True,
                reset_fields=reset,
            )
            if outcome.row_results:  # settled row by row after the answer was lost
                for r in outcome.row_results:
                    i = indexes[r.index]
                    results[i] = ItemResult(i, r.code, r.message, r.id)
                continue
            code = 1000 if outcome.ok else int(outcome.code) if outcome.code.isdigit() else 999
            message = outcome.message + (
                "; " + "; ".join(outcome.breakdown) if outcome.breakdown else ""
            )
            for i in indexes:
                results[i] = ItemResult(i, code, message)
        return [r for r in results if r is not None]

    async def _settle_in_flight(self, job_id: int) -> int:
        """Decide what happened to operations a kill left in flight; how many were done."""
        in_flight = self.journal.ops(job_id, [OpState.IN_FLIGHT])
        if not in_flight:
            return 0
        entity = self.journal.job(job_id).entity
        settled: list[OpResult] = []
        if entity in (Entity.EVENTS, Entity.ABSENCES):
            creates = [j for j in in_flight if j.op.kind is OpKind.CREATE and j.external_id]
            found = await self._events_by_external_id([j.external_id or "" for j in creates])
            for j in in_flight:
                hit = found.get(j.external_id or "") if j.op.kind is OpKind.CREATE else None
                if hit is not None:
                    settled.append(
                        OpResult(j.seq, OpState.DONE, hit.id, 1000, "saved (found on resume)")
                    )
                else:
                    settled.append(OpResult(j.seq, OpState.PENDING, None, None, ""))
        else:
            # Project upserts match by id, code or external identifier and person imports by
            # employee number or username: sending them again updates, it does not duplicate.
            # A new project or person without any of those could be created twice, so it is
            # looked up by name instead and left unknown when it is not clear.
            named = await self._existing_names(entity, in_flight)
            for j in in_flight:
                if j.op.kind is not OpKind.CREATE or _has_natural_key(entity, j.op):
                    settled.append(OpResult(j.seq, OpState.PENDING))
                elif _name_key(entity, j.op.values) in named:
                    settled.append(OpResult(j.seq, OpState.DONE, None, 1000, "found on resume"))
                else:
                    settled.append(OpResult(j.seq, OpState.PENDING))
        self.journal.record(job_id, settled)
        return sum(1 for s in settled if s.state is OpState.DONE)

    async def _existing_names(self, entity: Entity, jops: list[JournalOp]) -> set[str]:
        if not any(j.op.kind is OpKind.CREATE and not _has_natural_key(entity, j.op) for j in jops):
            return set()
        if entity is Entity.PROJECTS:
            projects = await self.service.worktime.get_projects(None)
            return {_name_key(entity, {"name": p.name}) for p in projects}
        persons = await self.service.hr.get_persons(True)
        return {
            _name_key(entity, {"first_name": p.first_name, "last_name": p.last_name})
            for p in persons
        }

    # ------------------------------------------------------------ revert

    async def revert(self, job_id: int, live: LiveData | None = None) -> RevertReport:
        """Undo a finished job. ``live`` gives codes for ids (event types, projects)."""
        report = RevertReport(job_id)
        entity = self.journal.job(job_id).entity
        done = self.journal.ops(job_id, [OpState.DONE])
        if entity in (Entity.EVENTS, Entity.ABSENCES):
            await self._revert_events(job_id, entity, done, live or LiveData(), report)
        else:
            await self._revert_records(job_id, entity, done, report)
        self.journal.set_state(job_id, JobState.REVERTED)
        return report

    async def _revert_events(
        self,
        job_id: int,
        entity: Entity,
        done: list[JournalOp],
        live: LiveData,
        report: RevertReport,
    ) -> None:
        worktime = self.service.worktime
        ids = [j.nepton_id if j.op.kind is OpKind.CREATE else j.op.target for j in done]
        wanted = tuple(i for i in ids if isinstance(i, int))
        current: dict[int, Event] = {}
        for start in range(0, len(wanted), 500):
            flt = self._event_filter(event_ids=wanted[start : start + 500])
            for read in await worktime.get_events(flt):
                current[read.id] = read
        context = live.display_context()
        columns = {c.key: c for c in columns_for(entity)}
        deletes: list[JournalOp] = []
        updates: list[tuple[JournalOp, EventUpdate]] = []
        results: list[OpResult] = []
        for jop, event_id in zip(done, ids, strict=True):
            event = current.get(event_id) if isinstance(event_id, int) else None
            if jop.op.kind is OpKind.CREATE:
                if event is None:
                    results.append(OpResult(jop.seq, OpState.REVERTED, message="already gone"))
                    continue
                changed = [
                    k
                    for k in ("start", "end", "start_date", "end_date", "description")
                    if k in columns
                    and _differs(columns[k].value(event, context), jop.op.values.get(k))
                ]
                if changed:
                    report.kept.extend(
                        Conflict(
                            jop.op.row,
                            event.id,
                            k,
                            None,
                            jop.op.values.get(k),
                            columns[k].value(event, context),
                        )
                        for k in changed
                    )
                    results.append(OpResult(jop.seq, OpState.KEPT, message="changed since"))
                else:
                    deletes.append(jop)
                continue
            if jop.op.kind is OpKind.UPDATE:
                if event is None:
                    report.failed.append(f"row {jop.op.row}: event {jop.op.target} is gone")
                    continue
                restore: dict[str, object] = {}
                for key in jop.op.changed:
                    now = _event_value(key, event, jop.op, context, columns)
                    if _differs(now, _imported(key, jop.op)):
                        report.kept.append(
                            Conflict(
                                jop.op.row,
                                event.id,
                                key,
                                jop.op.before.get(key),
                                jop.op.values.get(key),
                                columns[key].value(event, context),
                            )
                        )
                    else:
                        restore[key] = jop.op.before.get(key)
                if restore:
                    partial = Operation(
                        jop.op.kind,
                        entity,
                        jop.op.values,
                        tuple(restore),
                        jop.op.before,
                        jop.op.target,
                        jop.op.refs,
                        jop.op.row,
                    )
                    updates.append((jop, requests.event_update(partial, restore)))
                else:
                    results.append(OpResult(jop.seq, OpState.KEPT, message="changed since"))
                continue
            report.not_revertible.append(f"row {jop.op.row}: a deleted event cannot be restored")
        if deletes:
            answers = await worktime.delete_events([EventRef(id=j.nepton_id) for j in deletes])
            for jop, answer in zip(deletes, answers, strict=True):
                if answer.ok or answer.code == _GONE:
                    report.deleted += 1
                    results.append(OpResult(jop.seq, OpState.REVERTED, message="deleted"))
                else:
                    report.failed.append(f"row {jop.op.row}: {answer.message}")
        if updates:
            answers = await worktime.update_events([u for _, u in updates])
            for (jop, _), answer in zip(updates, answers, strict=True):
                if answer.ok:
                    report.restored += 1
                    results.append(OpResult(jop.seq, OpState.REVERTED, message="restored"))
                else:
                    report.failed.append(f"row {jop.op.row}: {answer.message}")
        self.journal.record(job_id, results)

    async def _revert_records(
        self, job_id: int, entity: Entity, done: list[JournalOp], report: RevertReport
    ) -> None:
        """Projects and persons: restore updated fields; creations cannot be deleted by API."""
        results: list[OpResult] = []
        columns = {c.key: c for c in columns_for(entity)}
        if entity is Entity.PROJECTS:
            current_projects = {p.id: p for p in await self.service.worktime.get_projects(None)}
            current: dict[int | None, object] = dict(current_projects)
        else:
            current = {p.nepton_id: p for p in await self.service.hr.get_persons(True)}
        restores: list[tuple[JournalOp, dict[str, object]]] = []
        for jop in done:
            if jop.op.kind is not OpKind.UPDATE:
                report.not_revertible.append(
                    f"row {jop.op.row}: Nepton's API cannot remove a {entity} record; "
                    "remove or disable it in Nepton"
                )
                continue
            record = current.get(jop.op.target)
            if record is None:
                report.failed.append(f"row {jop.op.row}: record {jop.op.target} is gone")
                continue
            restore: dict[str, object] = {}
            for key in jop.op.changed:
                if key in ("personal_identity_code", "iban"):
                    report.not_revertible.append(
                        f"row {jop.op.row}: {columns[key].header_en} is not kept in the journal"
                    )
                    continue
                now = columns[key].value(record)
                if key in ("parent", "managers"):
                    now = jop.op.values.get(key)  # compared by id at import; not re-derivable here
                if _differs(now, jop.op.values.get(key)):
                    report.kept.append(
                        Conflict(
                            jop.op.row,
                            jop.op.target,
                            key,
                            jop.op.before.get(key),
                            jop.op.values.get(key),
                            now,
                        )
                    )
                else:
                    restore[key] = jop.op.before.get(key)
            if restore:
                restores.append((jop, restore))
        for jop, restore in restores:
            partial = Operation(
                OpKind.UPDATE,
                entity,
                {**jop.op.values, **restore},
                tuple(restore),
                jop.op.before,
                jop.op.target,
                {},
                jop.op.row,
            )
            if entity is Entity.PROJECTS:
                (answer,) = await self.service.worktime.ensure_projects(
                    [requests.project_upsert(partial, {**jop.op.values, **restore})]
                )
                ok, message = answer.ok, answer.message
            else:
                # Only the person's identity and the restored fields: every other field of
                # the row may have been changed in Nepton since and must stay as it is.
                # Names are required in every person row: the current ones change nothing.
                now_person = current.get(jop.op.target)
                assert isinstance(now_person, Person)
                identity = {
                    "employee_number": jop.op.values.get("employee_number"),
                    "username": jop.op.values.get("username"),
                    "first_name": now_person.first_name,
                    "last_name": now_person.last_name,
                } | restore
                outcome = await self.service.hr.import_persons(
                    [requests.person_record(partial, identity)],
                    ignore_empty_values=True,
                    reset_fields=requests.cleared_fields(partial),
                )
                ok, message = outcome.ok, outcome.message
            if ok:
                report.restored += 1
                results.append(OpResult(jop.seq, OpState.REVERTED, message="restored"))
            else:
                report.failed.append(f"row {jop.op.row}: {message}")
        self.journal.record(job_id, results)


def _differs(now: object, imported: object) -> bool:
    return (now if now not in ("", ()) else None) != (
        imported if imported not in ("", ()) else None
    )


def _imported(key: str, op: Operation) -> object:
    """What the import wrote, in the form the current event is compared in."""
    if key == "person":
        return op.refs.get("person_id", op.values.get(key))
    if key == "event_type":
        return op.refs.get("event_type_id", op.values.get(key))
    if key == "project":
        return op.refs.get("project_id", op.values.get(key))
    return op.values.get(key)


def _event_value(key: str, event: Event, op: Operation, context: object, columns: dict) -> object:  # type: ignore[type-arg]
    if key == "person":
        return event.user_id if "person_id" in op.refs else columns[key].value(event, context)
    if key == "event_type":
        return (
            event.event_type_id
            if "event_type_id" in op.refs
            else columns[key].value(event, context)
        )
    if key == "project":
        return event.project_id if "project_id" in op.refs else columns[key].value(event, context)
    return columns[key].value(event, context)


def _has_natural_key(entity: Entity, op: Operation) -> bool:
    keys = (
        ("code", "external_identifier")
        if entity is Entity.PROJECTS
        else ("employee_number", "username", "nepton_id")
    )
    return op.target is not None or any(op.values.get(k) for k in keys)


def _name_key(entity: Entity, values: dict[str, object]) -> str:
    if entity is Entity.PROJECTS:
        return str(values.get("name") or "").casefold()
    return f"{values.get('first_name') or ''} {values.get('last_name') or ''}".casefold()
