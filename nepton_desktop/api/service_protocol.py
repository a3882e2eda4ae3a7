"""The parts of the API service (nepton_desktop.api.NeptonService) its callers use.

Declared structurally so the window and the submitter depend on what they call, not on how the
service is built: the real service fits, and so does anything a test hands in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Protocol

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
    Unit,
)


class WorktimeApi(Protocol):
    async def get_event_types(self) -> list[EventType]: ...
    async def get_projects(self, filter: Any = None, /) -> list[Project]: ...
    async def ensure_projects(self, items: Sequence[ProjectUpsert], /) -> list[ItemResult]: ...
    async def get_events(self, filter: Any, /) -> list[Event]: ...
    async def insert_events(self, items: Sequence[NewEvent], /) -> list[ItemResult]: ...
    async def update_events(self, items: Sequence[EventUpdate], /) -> list[ItemResult]: ...
    async def delete_events(self, items: Sequence[EventRef], /) -> list[ItemResult]: ...


class HrApi(Protocol):
    async def get_units(self, include_deleted: bool = False) -> list[Unit]: ...
    async def get_persons(self, include_disabled: bool = False) -> list[Person]: ...
    async def import_persons(
        self,
        persons: Sequence[Person],
        /,
        *,
        ignore_empty_values: bool,
        reset_fields: Collection[str] = (),
    ) -> ImportOutcome: ...


class NeptonServiceLike(Protocol):
    @property
    def worktime(self) -> WorktimeApi: ...
    @property
    def hr(self) -> HrApi: ...
    async def aclose(self) -> None: ...
