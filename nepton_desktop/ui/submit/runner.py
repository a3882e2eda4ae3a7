"""Send a submit plan in chunks, with progress and a cancel that stops between chunks.

The API service batches on its own; chunks here are smaller so the progress moves and a cancel
takes effect soon. Each planned change ends with one outcome: saved, refused (with Nepton's
reason), unknown (the connection broke and reading back could not tell), or not sent (cancelled
or stopped before its chunk).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nepton_desktop.api.errors import (
    WHOLE_REQUEST_CODES,
    NeptonError,
    TransportError,
    item_error,
)
from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import (
    UNKNOWN_OUTCOME,
    EventRef,
    EventUpdate,
    ItemResult,
    NewEvent,
    Person,
    ProjectUpsert,
)
from nepton_desktop.ui.i18n import translate_error
from nepton_desktop.ui.submit.plan import ChangeKind, PlannedChange, SubmitPlan

CHUNK_SIZE = 50


class Status(enum.Enum):
    SAVED = "saved"
    FAILED = "failed"
    UNKNOWN = "unknown"
    NOT_SENT = "not_sent"


@dataclass(slots=True)
class RowOutcome:
    change: PlannedChange
    status: Status
    message: str = ""
    new_id: int | None = None


Progress = Callable[[int, int], None]


class SubmitRunner:
    def __init__(
        self, service: NeptonServiceLike, plan: SubmitPlan, *, chunk_size: int = CHUNK_SIZE
    ) -> None:
        self.service = service
        self.plan = plan
        self.chunk_size = chunk_size
        self.cancelled = False
        self.stopped_by: NeptonError | None = None

    def cancel(self) -> None:
        self.cancelled = True

    async def run(self, progress: Progress | None = None) -> list[RowOutcome]:
        outcomes: dict[int, RowOutcome] = {}
        total = len(self.plan)
        done = 0
        for group in self._groups():
            for start in range(0, len(group), self.chunk_size):
                chunk = group[start : start + self.chunk_size]
                if self.cancelled or self.stopped_by is not None:
                    break
                for outcome in await self._send(chunk):
                    outcomes[outcome.change.uid] = outcome
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        return [
            outcomes.get(change.uid) or RowOutcome(change, Status.NOT_SENT)
            for change in self.plan.changes
        ]

    def _groups(self) -> list[list[PlannedChange]]:
        """One group per API call kind, in plan order (persons, projects, then events)."""
        groups: dict[tuple[Entity, ChangeKind], list[PlannedChange]] = {}
        for change in self.plan.changes:
            entity = Entity.EVENTS if change.entity is Entity.ABSENCES else change.entity
            kind = (
                ChangeKind.UPDATE if entity in (Entity.PROJECTS, Entity.PERSONNEL) else change.kind
            )
            groups.setdefault((entity, kind), []).append(change)
        return list(groups.values())

    async def _send(self, chunk: Sequence[PlannedChange]) -> list[RowOutcome]:
        try:
            if chunk[0].entity is Entity.PERSONNEL:
                return await self._send_persons(chunk)
            results = await self._call(chunk)
        except NeptonError as error:
            # The whole request failed: what it reported item by item still counts.
            self.stopped_by = error
            partial = error.item_results or []
            outcomes = _item_outcomes(chunk[: len(partial)], partial)
            rest = chunk[len(partial) :]
            # Refused as a whole (credentials, rights) or provably never sent: nothing of the
            # rest was written. Otherwise the request may have reached Nepton.
            never_sent = error.code in WHOLE_REQUEST_CODES or (
                isinstance(error, TransportError) and error.sent is False
            )
            status = Status.NOT_SENT if never_sent else Status.UNKNOWN
            outcomes += [RowOutcome(change, status, error_text(error)) for change in rest]
            return outcomes
        return _item_outcomes(chunk, results)

    async def _call(self, chunk: Sequence[PlannedChange]) -> list[ItemResult]:
        worktime = self.service.worktime
        first = chunk[0]
        if first.entity is Entity.PROJECTS:
            upserts = [c.payload for c in chunk if isinstance(c.payload, ProjectUpsert)]
            return await worktime.ensure_projects(upserts)
        if first.kind is ChangeKind.CREATE:
            return await worktime.insert_events(
                [c.payload for c in chunk if isinstance(c.payload, NewEvent)]
            )
        if first.kind is ChangeKind.UPDATE:
            return await worktime.update_events(
                [c.payload for c in chunk if isinstance(c.payload, EventUpdate)]
            )
        return await worktime.delete_events(
            [c.payload for c in chunk if isinstance(c.payload, EventRef)]
        )

    async def _send_persons(self, chunk: Sequence[PlannedChange]) -> list[RowOutcome]:
        """The HR import answers for the whole batch; problems come as breakdown lines, which
        are matched to rows by employee number or username where they name one."""
        persons = [c.payload for c in chunk if isinstance(c.payload, Person)]
        resets = sorted({field for c in chunk for field in c.reset_fields})
        outcome = await self.service.hr.import_persons(
            persons, ignore_empty_values=True, reset_fields=resets
        )
        if outcome.row_results:  # settled row by row after the answer was lost
            return _item_outcomes(chunk, outcome.row_results)
        if outcome.ok and not outcome.breakdown:
            return [RowOutcome(change, Status.SAVED) for change in chunk]
        results: list[RowOutcome] = []
        unmatched = [line for line in outcome.breakdown]
        for change, person in zip(chunk, persons, strict=True):
            names = [n for n in (person.employee_number, person.username) if n]
            lines = [line for line in outcome.breakdown if any(n in line for n in names)]
            for line in lines:
                if line in unmatched:
                    unmatched.remove(line)
            if lines:
                results.append(RowOutcome(change, Status.FAILED, "; ".join(lines)))
            elif outcome.ok:
                results.append(RowOutcome(change, Status.SAVED))
            else:
                results.append(RowOutcome(change, Status.FAILED, ""))
        general = "; ".join([f"{outcome.code} {outcome.message}".strip(), *unmatched])
        for result in results:
            if result.status is Status.FAILED and not result.message:
                result.message = general
        return results


def _item_outcomes(
    chunk: Sequence[PlannedChange], results: Sequence[ItemResult]
) -> list[RowOutcome]:
    outcomes = []
    for change, result in zip(chunk, results, strict=False):
        error = item_error(result)
        if error is None:
            outcomes.append(RowOutcome(change, Status.SAVED, "", result.id))
        elif result.code == UNKNOWN_OUTCOME:
            outcomes.append(RowOutcome(change, Status.UNKNOWN, error_text(error)))
        else:
            outcomes.append(RowOutcome(change, Status.FAILED, error_text(error)))
    return outcomes


def error_text(error: NeptonError) -> str:
    """A row's refusal as the outcome list shows it: Nepton's response code, its meaning in the
    user's language, and Nepton's own words (``detail``, in whatever language Nepton wrote)."""
    detail = f" ({error.detail})" if error.detail else ""
    return f"[{error.code}] {translate_error(error)}{detail}"
