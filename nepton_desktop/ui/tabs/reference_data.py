"""What every tab needs before its rows make sense: persons, units, projects, event types.

Loaded once per refresh and turned into the display context (ids shown as the codes users
know) and the reference sets that validate typed cells.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.domain.columns import DisplayContext, RefersTo
from nepton_desktop.domain.records import Category, EventType, Person, Project, Unit


@dataclass(slots=True)
class ReferenceData:
    persons: list[Person] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    event_types: list[EventType] = field(default_factory=list)

    def display_context(self) -> DisplayContext:
        return DisplayContext.from_records(self.persons, self.event_types, self.projects)

    def references(self) -> dict[RefersTo, set[str]]:
        person_names: set[str] = set()
        for person in self.persons:
            person_names.update(n for n in (person.employee_number, person.username) if n)
        unit_names: set[str] = set()
        for unit in self.units:
            unit_names.update(n for n in (unit.name, unit.code) if n)
        type_names: set[str] = set()
        absence_codes: set[str] = set()
        for event_type in self.event_types:
            type_names.update(n for n in (event_type.code, event_type.internal_name) if n)
            absence_codes.update(a.code for a in event_type.absence_types)
        return {
            RefersTo.PERSON: person_names,
            RefersTo.UNIT: unit_names,
            RefersTo.PROJECT: {p.code for p in self.projects if p.code},
            RefersTo.EVENT_TYPE: type_names,
            RefersTo.ABSENCE_TYPE: absence_codes,
        }

    def absence_type_ids(self) -> tuple[int, ...]:
        return tuple(t.id for t in self.event_types if t.category is Category.ABSENCE)

    def event_type_by_code(self, code: str) -> EventType | None:
        for event_type in self.event_types:
            if code in (event_type.code, event_type.internal_name):
                return event_type
        return None


async def load_reference_data(service: NeptonServiceLike) -> ReferenceData:
    """The four reads run side by side: the window waits for the slowest, not the sum."""
    persons, units, projects, event_types = await asyncio.gather(
        service.hr.get_persons(include_disabled=True),
        service.hr.get_units(),
        service.worktime.get_projects(None),
        service.worktime.get_event_types(),
    )
    return ReferenceData(list(persons), list(units), list(projects), list(event_types))
