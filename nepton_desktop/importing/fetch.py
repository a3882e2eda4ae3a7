"""Fill a LiveData snapshot from the API service for one import (headless; the wizard has its
own loader in the UI layer that runs the same requests).

Only what the entity needs is fetched, concurrently: persons always (references and
supervisors), units for personnel, projects, event types and the events of the file's date
range (a day either side, for overlaps) for events and absences.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from typing import Any

from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Event, EventType, Project, Unit
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.table import CoercedTable


def file_span(table: CoercedTable) -> tuple[date, date] | None:
    """The first and last day the file's events or absences touch (None: no dates)."""
    days: list[date] = []
    for key in ("start", "end", "start_date", "end_date"):
        column = table.columns.get(key)
        if column is None:
            continue
        values = [v for v in column.values if isinstance(v, date)]
        if values:
            low, high = min(values), max(values)
            days += [
                low.date() if isinstance(low, datetime) else low,
                high.date() if isinstance(high, datetime) else high,
            ]
    return (min(days), max(days)) if days else None


def event_ids(table: CoercedTable) -> list[int]:
    """Nepton ids the file's rows name (rows that update an existing event)."""
    column = table.columns.get("id")
    return sorted({v for v in column.values if isinstance(v, int)}) if column else []


async def load_live_data(
    service: Any,
    entity: Entity,
    span: tuple[date, date] | None,
    ids: list[int] | None = None,
) -> LiveData:
    """``service`` is a ``nepton_desktop.api.NeptonService`` (or anything with its methods).

    ``ids``: events the file names by Nepton id; those outside ``span`` (an event moved to
    other dates) are fetched by id, so that the update finds what it changes.
    """
    from nepton_desktop.api.filters import EventFilter

    needs_events = entity in (Entity.EVENTS, Entity.ABSENCES)

    async def units() -> list[Unit]:
        return list(await service.hr.get_units()) if entity is Entity.PERSONNEL else []

    async def projects() -> list[Project]:
        return list(await service.worktime.get_projects())

    async def event_types() -> list[EventType]:
        return list(await service.worktime.get_event_types()) if needs_events else []

    async def events() -> list[Event]:
        if not needs_events or span is None:
            return []
        wanted = EventFilter(
            start_date=span[0] - timedelta(days=1), end_date=span[1] + timedelta(days=1)
        )
        found = list(await service.worktime.get_events(wanted))
        have = {e.id for e in found}
        missing = [i for i in ids or () if i not in have]
        for start in range(0, len(missing), 500):
            chunk = tuple(missing[start : start + 500])
            found += await service.worktime.get_events(EventFilter(event_ids=chunk))
        return found

    persons, got_units, got_projects, types, got_events = await asyncio.gather(
        service.hr.get_persons(include_disabled=True), units(), projects(), event_types(), events()
    )
    return LiveData(list(persons), got_units, got_projects, types, got_events)
