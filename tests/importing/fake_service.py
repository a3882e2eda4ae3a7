"""An in-memory stand-in for the API service's interface (TEAM.md), for submitter tests.

It keeps events, projects and persons in dicts and answers the same async methods; a test can
make it "die" right after committing a batch (the process killed between Nepton saving and the
answer arriving) or refuse a whole request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence

from nepton_desktop.api.filters import EventFilter
from nepton_desktop.domain.records import (
    Event,
    EventRef,
    EventType,
    EventUpdate,
    ImportOutcome,
    ItemResult,
    NewEvent,
    Person,
    Project,
    ProjectUpsert,
)


class Killed(BaseException):
    """The process dies: not an Exception, so nothing in the submitter catches it."""


class Refused(Exception):
    """A whole-request failure (like a refused login)."""


class FakeWorktime:
    def __init__(self, events: Sequence[Event] = (), projects: Sequence[Project] = ()) -> None:
        self.events = {e.id: dataclasses.replace(e) for e in events}
        self.projects = {p.id: dataclasses.replace(p) for p in projects}
        self.next_id = 10_000
        self.calls: list[tuple[str, int]] = []
        self.kill_after_batches: int | None = None  # die after committing this many batches
        self.refuse = False

    def _tick(self, operation: str, size: int) -> None:
        if self.refuse:
            raise Refused("[1001] login refused")
        self.calls.append((operation, size))

    def _after_commit(self) -> None:
        if self.kill_after_batches is not None:
            self.kill_after_batches -= 1
            if self.kill_after_batches < 0:
                raise Killed

    async def get_event_types(self) -> list[EventType]:
        return []

    async def get_projects(self, flt: object = None) -> list[Project]:
        return list(self.projects.values())

    async def get_events(self, flt: object) -> list[Event]:
        assert isinstance(flt, EventFilter)
        found = []
        for e in self.events.values():
            if flt.event_ids and e.id not in flt.event_ids:
                continue
            if flt.external_identifiers and not set(e.external_identifiers) & set(
                flt.external_identifiers
            ):
                continue
            found.append(dataclasses.replace(e))
        return found

    async def insert_events(self, events: Sequence[NewEvent]) -> list[ItemResult]:
        self._tick("insert", len(events))
        results = []
        for i, new in enumerate(events):
            self.next_id += 1
            user_id = new.person.user_id or 0
            self.events[self.next_id] = Event(
                self.next_id,
                user_id,
                new.event_type_id or 0,
                new.start,
                new.end,
                description=new.description,
                project_id=new.project_id,
                external_identifiers=new.external_identifiers,
                details=new.details,
            )
            results.append(ItemResult(i, 1000, "", self.next_id, True, new.external_identifiers))
        self._after_commit()
        return results

    async def update_events(self, updates: Sequence[EventUpdate]) -> list[ItemResult]:
        self._tick("update", len(updates))
        results = []
        for i, u in enumerate(updates):
            event = self.events.get(u.id or -1)
            if event is None:
                results.append(ItemResult(i, 1002, "unknown event"))
                continue
            for name in ("start", "end", "description", "project_id", "event_type_id"):
                value = getattr(u, name)
                if value is not None:
                    setattr(event, name, value)
            if u.project_code is not None:
                event.project_id = next(
                    (p.id for p in self.projects.values() if p.code == u.project_code), None
                )
            results.append(ItemResult(i, 1000, "", event.id))
        self._after_commit()
        return results

    async def delete_events(self, refs: Sequence[EventRef]) -> list[ItemResult]:
        self._tick("delete", len(refs))
        results = []
        for i, ref in enumerate(refs):
            if self.events.pop(ref.id or -1, None) is None:
                results.append(ItemResult(i, 1002, "unknown event"))
            else:
                results.append(ItemResult(i, 1000, "", ref.id))
        self._after_commit()
        return results

    async def ensure_projects(self, projects: Sequence[ProjectUpsert]) -> list[ItemResult]:
        self._tick("ensure_projects", len(projects))
        results = []
        for i, up in enumerate(projects):
            found = (
                self.projects.get(up.id)
                if up.id is not None
                else next(
                    (p for p in self.projects.values() if up.code and p.code == up.code), None
                )
            )
            if found is None:
                self.next_id += 1
                found = Project(up.name or "", id=self.next_id, code=up.code)
                self.projects[self.next_id] = found
            for name in ("name", "description", "start_date", "end_date"):
                value = getattr(up, name)
                if value is not None:
                    setattr(found, name, value)
            results.append(ItemResult(i, 1000, "", found.id))
        self._after_commit()
        return results


class FakeHr:
    def __init__(self, persons: Sequence[Person] = ()) -> None:
        self.persons = [dataclasses.replace(p) for p in persons]
        self.imports: list[tuple[list[Person], bool, frozenset[str]]] = []

    async def get_persons(self, include_disabled: bool = False) -> list[Person]:
        return [dataclasses.replace(p) for p in self.persons]

    async def import_persons(
        self,
        persons: Sequence[Person],
        *,
        ignore_empty_values: bool,
        reset_fields: Collection[str] = (),
    ) -> ImportOutcome:
        self.imports.append((list(persons), ignore_empty_values, frozenset(reset_fields)))
        for incoming in persons:
            existing = next(
                (
                    p
                    for p in self.persons
                    if incoming.employee_number and p.employee_number == incoming.employee_number
                ),
                None,
            )
            if existing is None:
                self.persons.append(dataclasses.replace(incoming, nepton_id=len(self.persons) + 1))
                continue
            for f in dataclasses.fields(Person):
                value = getattr(incoming, f.name)
                if value not in (None, "", ()) and f.name != "nepton_id":
                    setattr(existing, f.name, value)
        return ImportOutcome("1000", "ok")


class FakeService:
    def __init__(self, worktime: FakeWorktime, hr: FakeHr | None = None) -> None:
        self.worktime = worktime
        self.hr = hr or FakeHr()
