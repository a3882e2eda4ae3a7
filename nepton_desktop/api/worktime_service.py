"""The Worktime API operations: typed reads, and batch writes that never lose or double an item.

Writes go in batches of ``service.batch_size``; the transport keeps at most its limit in
flight. When a batch's outcome is unknown (timeout after sending, connection dropped,
answer cut short, 5xx, SOAP Fault) the batch is never blindly re-sent: the client reads
back what it wrote and settles each item as done, not done (then sent once more), or still
unknown (``UNKNOWN_OUTCOME``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from nepton_desktop.api import worktime_requests as build
from nepton_desktop.api import worktime_responses as parse
from nepton_desktop.api.auth import WorktimeAuth
from nepton_desktop.api.envelope import SoapRequest
from nepton_desktop.api.errors import (
    WHOLE_REQUEST_CODES,
    InvalidValue,
    NeptonError,
    OutcomeUnknown,
    PartialFailure,
    TransportError,
    error_for_code,
    unknown_outcome,
)
from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.domain.records import (
    UNKNOWN_OUTCOME,
    Event,
    EventRef,
    EventType,
    EventUpdate,
    ItemResult,
    NewEvent,
    Project,
    ProjectUpsert,
)

if TYPE_CHECKING:
    from nepton_desktop.api.service import NeptonService

Item = TypeVar("Item")

# How many identifiers one read-back request filters by.
_READ_BACK_CHUNK = 500


class WorktimeApi:
    def __init__(self, service: NeptonService) -> None:
        self._svc = service

    @property
    def _auth(self) -> WorktimeAuth:
        return self._svc.worktime_auth

    # ------------------------------------------------------------ reads

    async def _read(
        self,
        request: SoapRequest,
        parser: Callable[[bytes], tuple[parse.WorktimeAnswer, list[Item]]],
    ) -> list[Item]:
        svc = self._svc
        (answer, items), started, duration = await svc.read_parsed(request, parser)
        svc.log(
            request,
            started,
            duration,
            answer.code,
            f"ok, {len(items)} returned" if answer.code == 1000 else "refused",
        )
        if answer.code != 1000:
            err = error_for_code(answer.code, answer.message, operation=request.operation)
            svc.note_error(err)
            raise err
        return items

    async def get_event_types(
        self, ids: Sequence[int] = (), internal_names: Sequence[str] = ()
    ) -> list[EventType]:
        return await self._read(
            build.get_activity_types(self._auth, ids, internal_names), parse.activity_types
        )

    async def get_projects(self, flt: ProjectFilter | None = None) -> list[Project]:
        return await self._read(build.get_projects_v2(self._auth, flt), parse.projects)

    async def get_events(self, flt: EventFilter) -> list[Event]:
        return await self._read(build.get_activities_v5(self._auth, flt), parse.activities)

    # ------------------------------------------------------------ batch machinery

    async def _batched(
        self,
        items: Sequence[Item],
        build_request: Callable[[list[Item]], SoapRequest],
        run: Callable[[list[tuple[int, Item]], SoapRequest], Awaitable[list[ItemResult]]],
    ) -> list[ItemResult]:
        """Run ``run`` over batches concurrently; one ItemResult per item, in input order.

        A whole-request error (login, lockout, permission, module off) stops the batches not
        yet sent; it is raised with ``item_results`` holding every item's outcome.
        """
        size = self._svc.batch_size
        indexed = list(enumerate(items))
        batches = [indexed[i : i + size] for i in range(0, len(indexed), size)]

        # Every request is built before the first is sent: a value Nepton cannot take
        # (InvalidValue, naming the item) stops the whole write before anything changed.
        def build_all() -> list[SoapRequest]:
            built = []
            for batch in batches:
                try:
                    built.append(build_request([item for _, item in batch]))
                except InvalidValue as exc:
                    raise _locate(exc, batch, build_request) from None
            return built

        # Building thousands of items takes the CPU for seconds: not on the GUI loop.
        requests = await asyncio.to_thread(build_all) if len(items) > 500 else build_all()
        results: list[ItemResult | None] = [None] * len(items)
        stop: list[NeptonError] = []

        async def one(batch: list[tuple[int, Item]], request: SoapRequest) -> None:
            if stop:
                _fill_failed(results, batch, stop[0], "not sent: an earlier batch was refused")
                return
            try:
                outcome = await run(batch, request)
            except NeptonError as exc:
                if not stop:
                    stop.append(exc)
                _fill_failed(results, batch, exc, "not saved")
                return
            for r in outcome:
                results[r.index] = r

        await asyncio.gather(*(one(b, r) for b, r in zip(batches, requests, strict=True)))
        final = [
            r if r is not None else ItemResult(i, UNKNOWN_OUTCOME, OutcomeUnknown.message_en)
            for i, r in enumerate(results)
        ]
        if stop:
            stop[0].item_results = final
            raise stop[0]
        return final

    async def _send_batch(
        self, request: SoapRequest, indexes: list[int]
    ) -> list[ItemResult] | TransportError:
        """Send one batch write. Return per-item results (global indexes), or the
        TransportError when the outcome is unknown. Whole-request refusals raise."""
        svc = self._svc
        try:
            data, started, duration = await svc.exchange(request)
        except TransportError as exc:
            if exc.sent is False:
                # Provably never reached the server (after the transport's own retries).
                return [ItemResult(i, exc.code, f"not sent: {exc.message_en}") for i in indexes]
            return exc
        try:
            answer, items = await svc.parse(
                data, lambda d: parse.item_results(d, request.operation)
            )
        except TransportError as exc:  # cut short or unreadable answer, SOAP Fault
            svc.log(request, started, duration, exc.code, f"outcome unknown: {type(exc).__name__}")
            return exc
        svc.log(request, started, duration, answer.code, _batch_outcome(answer.code, items))
        if answer.code in WHOLE_REQUEST_CODES:
            err = error_for_code(answer.code, answer.message, operation=request.operation)
            svc.note_error(err)
            raise err
        return _map_results(answer, items, indexes, request.operation)

    async def _resend(
        self, request: SoapRequest, indexes: list[int]
    ) -> list[ItemResult] | TransportError:
        """The one re-send after a read-back. A refusal of the whole request (a lockout, say)
        fails only these items: the others of the batch were already settled."""
        try:
            return await self._send_batch(request, indexes)
        except NeptonError as exc:
            return [ItemResult(i, exc.code, f"not saved: {exc.message_en}") for i in indexes]

    def _sent_or_settled(
        self,
        build_request: Callable[[list[Item]], SoapRequest],
        read_back: Callable[[list[tuple[int, Item]]], Awaitable[dict[int, ItemResult]]],
        not_done: Callable[[int, TransportError], ItemResult],
    ) -> Callable[[list[tuple[int, Item]], SoapRequest], Awaitable[list[ItemResult]]]:
        """The batch runner of a write: send; when the outcome is unknown, settle it."""

        async def run(batch: list[tuple[int, Item]], request: SoapRequest) -> list[ItemResult]:
            outcome = await self._send_batch(request, [i for i, _ in batch])
            if not isinstance(outcome, TransportError):
                return outcome
            return await self._settle(
                batch, outcome, read_back=read_back, build_request=build_request, not_done=not_done
            )

        return run

    async def _settle(
        self,
        batch: list[tuple[int, Item]],
        cause: TransportError,
        *,
        read_back: Callable[[list[tuple[int, Item]]], Awaitable[dict[int, ItemResult]]],
        build_request: Callable[[list[Item]], SoapRequest],
        not_done: Callable[[int, TransportError], ItemResult],
        resend: bool = True,
    ) -> list[ItemResult]:
        """Settle a batch whose outcome is unknown: ``read_back`` returns the results of the
        items it finds done; the others were proved not done, so they are sent once more
        (``resend``), and what that leaves unknown is read back once more without sending.
        A read that fails leaves every item unknown."""
        try:
            results = await read_back(batch)
        except NeptonError:
            return [unknown_outcome(i, cause) for i, _ in batch]
        pending = [(i, item) for i, item in batch if i not in results]
        if pending and resend:
            request = build_request([item for _, item in pending])
            outcome = await self._resend(request, [i for i, _ in pending])
            if isinstance(outcome, TransportError):
                outcome = await self._settle(
                    pending,
                    outcome,
                    read_back=read_back,
                    build_request=build_request,
                    not_done=not_done,
                    resend=False,
                )
            for r in outcome:
                results[r.index] = r
        elif pending:
            for i, _ in pending:
                results[i] = not_done(i, cause)
        return [results[i] for i, _ in batch]

    # ------------------------------------------------------------ insert

    async def insert_events(self, events: Sequence[NewEvent]) -> list[ItemResult]:
        """InsertActivitiesV3 in batches. Each event without an external identifier gets one
        (``nd-<uuid>``) so that an insert of unknown outcome can be read back."""
        prepared = [
            e
            if e.external_identifiers
            else replace(e, external_identifiers=(self._svc.id_factory(),))
            for e in events
        ]
        keys = [e.external_identifiers[0] for e in prepared]
        if len(set(keys)) != len(keys):
            raise ValueError("two events share the same first external identifier")
        return await self._batched(
            prepared,
            self._build_insert,
            self._sent_or_settled(self._build_insert, self._inserted, _not_saved),
        )

    def _build_insert(self, events: list[NewEvent]) -> SoapRequest:
        return build.insert_activities_v3(self._auth, events)

    async def _inserted(self, batch: list[tuple[int, NewEvent]]) -> dict[int, ItemResult]:
        keys = {i: e.external_identifiers[0] for i, e in batch}
        found = await self._events_by_external_id(list(keys.values()))
        results: dict[int, ItemResult] = {}
        for i, _ in batch:
            hits = found.get(keys[i], [])
            if hits:
                note = "saved (confirmed by reading back)"
                if len(hits) > 1:
                    note += f"; Nepton holds {len(hits)} events with this external identifier"
                results[i] = ItemResult(
                    i, 1000, note, hits[0].id, True, hits[0].external_identifiers
                )
        return results

    async def _events_by_external_id(self, ids: list[str]) -> dict[str, list[Event]]:
        found: dict[str, list[Event]] = {}
        wanted = set(ids)
        for start in range(0, len(ids), _READ_BACK_CHUNK):
            chunk = tuple(ids[start : start + _READ_BACK_CHUNK])
            for ev in await self.get_events(EventFilter(external_identifiers=chunk)):
                for ext in ev.external_identifiers:
                    if ext in wanted:
                        found.setdefault(ext, []).append(ev)
        return found

    async def _current_events(
        self, refs: list[tuple[int, int | None, str | None]]
    ) -> dict[int, Event | None]:
        """index -> the event as Nepton holds it now (None: not there), for items named by
        Nepton id or, without one, by external identifier: (index, id, external id)."""
        by_id: dict[int, Event] = {}
        ids = [event_id for _, event_id, _ in refs if event_id is not None]
        for start in range(0, len(ids), _READ_BACK_CHUNK):
            chunk = tuple(ids[start : start + _READ_BACK_CHUNK])
            for ev in await self.get_events(EventFilter(event_ids=chunk)):
                by_id[ev.id] = ev
        found = await self._events_by_external_id(
            [ext for _, event_id, ext in refs if event_id is None and ext is not None]
        )
        by_ext = {ext: events[0] for ext, events in found.items()}
        return {
            i: by_id.get(event_id) if event_id is not None else by_ext.get(ext or "")
            for i, event_id, ext in refs
        }

    # ------------------------------------------------------------ update

    async def update_events(self, updates: Sequence[EventUpdate]) -> list[ItemResult]:
        return await self._batched(
            updates,
            self._build_update,
            self._sent_or_settled(self._build_update, self._updated, unknown_outcome),
        )

    def _build_update(self, updates: list[EventUpdate]) -> SoapRequest:
        return build.update_activities_v2(self._auth, updates)

    async def _updated(self, batch: list[tuple[int, EventUpdate]]) -> dict[int, ItemResult]:
        current = await self._current_events(
            [(i, u.id, u.existing_external_identifier) for i, u in batch]
        )
        return {
            i: ItemResult(
                i, 1000, "saved (confirmed by reading back)", ev.id, False, ev.external_identifiers
            )
            for i, u in batch
            if (ev := current[i]) is not None and update_applied(u, ev)
        }

    # ------------------------------------------------------------ delete

    async def delete_events(self, refs: Sequence[EventRef]) -> list[ItemResult]:
        return await self._batched(
            refs,
            self._build_delete,
            self._sent_or_settled(self._build_delete, self._deleted, _not_deleted),
        )

    def _build_delete(self, refs: list[EventRef]) -> SoapRequest:
        return build.delete_activities(self._auth, refs)

    async def _deleted(self, batch: list[tuple[int, EventRef]]) -> dict[int, ItemResult]:
        current = await self._current_events([(i, r.id, r.external_identifier) for i, r in batch])
        return {
            i: ItemResult(i, 1000, "deleted (confirmed by reading back)", r.id)
            for i, r in batch
            if current[i] is None
        }

    # ------------------------------------------------------------ projects

    async def ensure_projects(self, projects: Sequence[ProjectUpsert]) -> list[ItemResult]:
        """EnsureProjectsExistV4 in batches. A new project (no id, existing external
        identifier or code to match it by) without an external identifier gets one
        (``nd-<uuid>``) so that a creation of unknown outcome can be read back."""
        prepared = [
            p
            if _project_has_match_key(p) or p.external_identifier
            else replace(p, external_identifier=self._svc.id_factory())
            for p in projects
        ]
        return await self._batched(prepared, self._build_ensure, self._ensure_batch)

    def _build_ensure(self, projects: list[ProjectUpsert]) -> SoapRequest:
        return build.ensure_projects_exist_v4(self._auth, projects)

    async def _ensure_batch(
        self, batch: list[tuple[int, ProjectUpsert]], request: SoapRequest
    ) -> list[ItemResult]:
        outcome = await self._send_batch(request, [i for i, _ in batch])
        if not isinstance(outcome, TransportError):
            return outcome
        # An upsert matched by id, existing external identifier or code is idempotent, so
        # sending it once more is safe; a new project would be created twice, so it is read
        # back by its external identifier first.
        matched = [(i, p) for i, p in batch if _project_has_match_key(p)]
        new = [(i, p) for i, p in batch if not _project_has_match_key(p)]
        results: dict[int, ItemResult] = {}
        if matched:
            again = build.ensure_projects_exist_v4(self._auth, [p for _, p in matched])
            second = await self._resend(again, [i for i, _ in matched])
            if isinstance(second, TransportError):
                second = [unknown_outcome(i, second) for i, _ in matched]
            for r in second:
                results[r.index] = r
        if new:
            settled = await self._settle(
                new,
                outcome,
                read_back=self._created_projects,
                build_request=self._build_ensure,
                not_done=_not_saved,
            )
            for r in settled:
                results[r.index] = r
        return [results[i] for i, _ in batch]

    async def _created_projects(
        self, batch: list[tuple[int, ProjectUpsert]]
    ) -> dict[int, ItemResult]:
        keys = {i: p.external_identifier or "" for i, p in batch}
        found = await self._projects_by_external_id(list(keys.values()))
        results: dict[int, ItemResult] = {}
        for i, _ in batch:
            hit = found.get(keys[i])
            if hit is not None:
                results[i] = ItemResult(
                    i,
                    1000,
                    "saved (confirmed by reading back)",
                    hit.id,
                    True,
                    hit.external_identifiers,
                )
        return results

    async def _projects_by_external_id(self, ids: list[str]) -> dict[str, Project]:
        found: dict[str, Project] = {}
        wanted = set(ids)
        for start in range(0, len(ids), _READ_BACK_CHUNK):
            chunk = tuple(ids[start : start + _READ_BACK_CHUNK])
            for project in await self.get_projects(ProjectFilter(external_identifiers=chunk)):
                for ext in project.external_identifiers:
                    if ext in wanted:
                        found.setdefault(ext, project)
        return found


# ---------------------------------------------------------------- helpers


def _locate(
    exc: InvalidValue,
    batch: list[tuple[int, Item]],
    build_request: Callable[[list[Item]], SoapRequest],
) -> InvalidValue:
    """The same error naming the item (1-based, in the caller's whole list) that caused it."""
    for index, item in batch:
        try:
            build_request([item])
        except InvalidValue:
            located = InvalidValue(f"{exc.field} (item {index + 1})", exc.reason_en, exc.reason_fi)
            located.item = index
            return located
    return exc


def _project_has_match_key(p: ProjectUpsert) -> bool:
    return p.id is not None or p.existing_external_identifier is not None or p.code is not None


def _not_saved(index: int, cause: NeptonError) -> ItemResult:
    return ItemResult(
        index, cause.code, f"not saved (confirmed by reading back): {cause.message_en}"
    )


def _not_deleted(index: int, cause: NeptonError) -> ItemResult:
    return ItemResult(index, cause.code, f"not deleted: {cause.message_en}")


def _fill_failed(
    results: list[ItemResult | None],
    batch: Sequence[tuple[int, object]],
    error: NeptonError,
    prefix: str,
) -> None:
    for i, _ in batch:
        if results[i] is None:
            results[i] = ItemResult(i, error.code, f"{prefix}: {error.message_en}")


def _batch_outcome(code: int, items: list[ItemResult]) -> str:
    if code == 1000:
        return "ok"
    if code == 1019:
        failed = sum(1 for r in items if not r.ok)
        return f"partly failed: {failed} of {len(items)} items"
    return "refused"


def _map_results(
    answer: parse.WorktimeAnswer, items: list[ItemResult], indexes: list[int], operation: str
) -> list[ItemResult]:
    """Per-item results with the caller's indexes; the answer's Index is the batch position."""
    if not items:
        if answer.code == 1000:
            return [ItemResult(i, 1000, answer.message) for i in indexes]
        # The whole batch was refused with one code (for example 1025 or 1022).
        err = error_for_code(answer.code, answer.message, operation=operation)
        return [ItemResult(i, answer.code, answer.message or err.message_en) for i in indexes]
    mapped: dict[int, ItemResult] = {}
    for position, r in enumerate(items):
        at = r.index if 0 <= r.index < len(indexes) else position
        mapped[at] = replace(r, index=indexes[at])
    out = []
    for at, i in enumerate(indexes):
        found = mapped.get(at)
        if found is None:
            code = answer.code if answer.code != 1000 else PartialFailure.code
            found = ItemResult(i, code, "Nepton returned no result for this item")
        out.append(found)
    return out


def update_applied(u: EventUpdate, ev: Event) -> bool:
    """Whether every field the update sets already has that value in Nepton."""
    checks: list[bool] = []
    if u.start is not None:
        checks.append(ev.start == u.start)
    if u.end is not None:
        checks.append(ev.end == u.end)
    if u.description is not None:
        checks.append((ev.description or "") == u.description)
    if u.event_type_id is not None:
        checks.append(ev.event_type_id == u.event_type_id)
    if u.event_type_code is not None:
        checks.append(ev.event_type_code == u.event_type_code)
    if u.project_id is not None:
        checks.append(ev.project_id == u.project_id)
    if u.project_code is not None:
        checks.append(ev.project_code == u.project_code)
    if u.external_identifiers is not None:
        checks.append(tuple(ev.external_identifiers) == tuple(u.external_identifiers))
    if u.person is not None:
        p = u.person
        if p.user_id is not None:
            checks.append(ev.user_id == p.user_id)
        elif p.username is not None:
            checks.append(ev.username == p.username)
        elif p.personnel_number is not None:
            checks.append(ev.personnel_number == p.personnel_number)
    if u.approver is not None and u.approver.user_id is not None:
        checks.append(ev.approver_user_id == u.approver.user_id)
    if u.details is not None:
        d, cur = u.details, ev.details
        if cur is None:
            checks.append(False)
        else:
            for name in (
                "absence_type_code",
                "additional_info",
                "medical_certificate",
                "reason_code",
                "compensation",
                "earns_vacation_days",
            ):
                want = getattr(d, name)
                if want is not None:
                    checks.append(getattr(cur, name) == want)
    return all(checks)
