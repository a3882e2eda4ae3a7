"""Fetch the snapshot of Nepton data one import is checked against.

Only what the entity needs is fetched: persons and units for personnel; projects and persons
(managers) for projects; persons, projects, event types and the events of the file's date
range for events and absences. The requests run concurrently.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

from nepton_desktop.api.filters import EventFilter
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Event, EventType, Person, Project, Unit
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.table import CoercedTable
from nepton_desktop.ui.tabs.service_protocol import NeptonServiceLike


def file_span(table: CoercedTable) -> tuple[date, date] | None:
    """The first and last day the file's events or absences touch (None: no dates)."""
    days: list[date] = []
    for key in ("start", "end", "start_date", "end_date"):
        column = table.columns.get(key)
        if column is None:
            continue
        for value in column.values:
            if isinstance(value, datetime):
                days.append(value.date())
            elif isinstance(value, date):
                days.append(value)
    if not days:
        return None
    return min(days), max(days)


async def load_live_data(
    service: NeptonServiceLike, entity: Entity, span: tuple[date, date] | None
) -> LiveData:
    needs_events = entity in (Entity.EVENTS, Entity.ABSENCES)

    async def units() -> list[Unit]:
        return await service.hr.get_units() if entity is Entity.PERSONNEL else []

    async def projects() -> list[Project]:
        return await service.worktime.get_projects() if entity is not Entity.PERSONNEL else []

    async def event_types() -> list[EventType]:
        return await service.worktime.get_event_types() if needs_events else []

    async def events() -> list[Event]:
        if not needs_events or span is None:
            return []
        # A day either side: an event that starts the evening before still overlaps.
        wanted = EventFilter(
            start_date=span[0] - timedelta(days=1), end_date=span[1] + timedelta(days=1)
        )
        return await service.worktime.get_events(wanted)

    got = await asyncio.gather(
        service.hr.get_persons(include_disabled=True), units(), projects(), event_types(), events()
    )
    persons: list[Person] = got[0]
    return LiveData(persons, got[1], got[2], got[3], got[4])
