"""A snapshot of what Nepton holds, with the lookups validation and planning need.

The caller fills it from the API service (persons, units, projects, event types and the events
of the period the file covers); nothing here talks to the network, so a 100,000-row file is
checked against the snapshot without a request per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from nepton_desktop.domain.columns import DisplayContext
from nepton_desktop.domain.records import (
    AbsenceType,
    Category,
    Event,
    EventType,
    Person,
    Project,
    Unit,
)
from nepton_desktop.importing.reader import normalise_header


def _fold(text: str) -> str:
    return text.strip().casefold()


@dataclass(slots=True)
class LiveData:
    persons: Sequence[Person] = ()
    units: Sequence[Unit] = ()
    projects: Sequence[Project] = ()
    event_types: Sequence[EventType] = ()
    events: Sequence[Event] = ()
    today: date = field(default_factory=date.today)
    _persons_by: dict[str, Person] = field(init=False, repr=False)
    _person_by_id: dict[int, Person] = field(init=False, repr=False)
    _projects_by: dict[str, Project] = field(init=False, repr=False)
    _project_by_id: dict[int, Project] = field(init=False, repr=False)
    _types_by: dict[str, EventType] = field(init=False, repr=False)
    _type_by_id: dict[int, EventType] = field(init=False, repr=False)
    _units_by: dict[str, Unit] = field(init=False, repr=False)
    _event_by_id: dict[int, Event] = field(init=False, repr=False)
    _event_by_external: dict[str, Event] = field(init=False, repr=False)
    _events_by_user: dict[int, list[Event]] = field(init=False, repr=False)
    _events_by_start: dict[tuple[int, datetime], list[Event]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Build the lookups again (after the caller replaced a list)."""
        # Later keys never overwrite earlier ones: Nepton keeps employee numbers, usernames and
        # codes unique, and if a copy is not, the first match is at least stable.
        persons: dict[str, Person] = {}
        for p in self.persons:
            for prefix, value in (
                ("n:", p.employee_number),
                ("u:", p.username and _fold(p.username)),
                ("h:", p.personal_identity_code and p.personal_identity_code.upper()),
            ):
                if value:
                    persons.setdefault(prefix + value, p)
        self._persons_by = persons
        self._person_by_id = {p.nepton_id: p for p in self.persons if p.nepton_id is not None}
        projects: dict[str, Project] = {}
        for pr in self.projects:
            if pr.code:
                projects.setdefault("c:" + _fold(pr.code), pr)
            for ext in pr.external_identifiers:
                projects.setdefault("x:" + ext, pr)
        self._projects_by = projects
        self._project_by_id = {pr.id: pr for pr in self.projects if pr.id is not None}
        types: dict[str, EventType] = {}
        for kind in ("code", "internal_name", "name"):
            for t in self.event_types:
                value = getattr(t, kind)
                if value:
                    types.setdefault(_fold(value), t)
        self._types_by = types
        self._type_by_id = {t.id: t for t in self.event_types}
        units: dict[str, Unit] = {}
        for attr in ("code", "name"):
            for u in self.units:
                value = getattr(u, attr)
                if value and not u.is_deleted:
                    units.setdefault(_fold(value), u)
        self._units_by = units
        self._event_by_id = {e.id: e for e in self.events}
        by_external: dict[str, Event] = {}
        by_user: dict[int, list[Event]] = defaultdict(list)
        by_start: dict[tuple[int, datetime], list[Event]] = defaultdict(list)
        for e in self.events:
            for ext in e.external_identifiers:
                by_external.setdefault(ext, e)
            by_user[e.user_id].append(e)
            by_start[e.user_id, e.start].append(e)
        self._events_by_start = dict(by_start)
        for events in by_user.values():
            events.sort(key=lambda e: e.start)
        self._event_by_external = by_external
        self._events_by_user = dict(by_user)

    # --- persons ---
    def person_by_id(self, nepton_id: int) -> Person | None:
        return self._person_by_id.get(nepton_id)

    def person_by_number(self, employee_number: str) -> Person | None:
        return self._persons_by.get("n:" + employee_number.strip())

    def person_by_username(self, username: str) -> Person | None:
        return self._persons_by.get("u:" + _fold(username))

    def person_by_identity_code(self, code: str) -> Person | None:
        return self._persons_by.get("h:" + code.strip().upper())

    def find_person(self, ref: str) -> Person | None:
        """By employee number, username or personal identity code, in that order."""
        return (
            self.person_by_number(ref)
            or self.person_by_username(ref)
            or self.person_by_identity_code(ref)
        )

    # --- projects ---
    def project_by_id(self, project_id: int) -> Project | None:
        return self._project_by_id.get(project_id)

    def find_project(self, ref: str) -> Project | None:
        """By code (case-insensitive) or external identifier (exact)."""
        return self._projects_by.get("c:" + _fold(ref)) or self._projects_by.get("x:" + ref)

    def project_by_external_id(self, ref: str) -> Project | None:
        return self._projects_by.get("x:" + ref)

    def project_by_code(self, ref: str) -> Project | None:
        return self._projects_by.get("c:" + _fold(ref))

    # --- event types ---
    def event_type_by_id(self, type_id: int) -> EventType | None:
        return self._type_by_id.get(type_id)

    def find_event_type(self, ref: str) -> EventType | None:
        """By code, internal name or name (case-insensitive)."""
        return self._types_by.get(_fold(ref))

    def find_absence_type(self, event_type: EventType, ref: str) -> AbsenceType | None:
        wanted = normalise_header(ref)
        for absence_type in event_type.absence_types:
            if normalise_header(absence_type.code) == wanted:
                return absence_type
        for absence_type in event_type.absence_types:
            if normalise_header(absence_type.name) == wanted:
                return absence_type
        return None

    def absence_event_types(self) -> list[EventType]:
        return [t for t in self.event_types if t.category is Category.ABSENCE]

    # --- units ---
    def find_unit(self, ref: str) -> Unit | None:
        return self._units_by.get(_fold(ref))

    # --- events ---
    def event_by_id(self, event_id: int) -> Event | None:
        return self._event_by_id.get(event_id)

    def event_by_external_id(self, ref: str) -> Event | None:
        return self._event_by_external.get(ref)

    def events_of(self, user_id: int) -> list[Event]:
        """The person's events in the snapshot, by start."""
        return self._events_by_user.get(user_id, [])

    @property
    def external_index(self) -> dict[str, Event]:
        """Events by external identifier (the first event holding it)."""
        return self._event_by_external

    @property
    def start_index(self) -> dict[tuple[int, datetime], list[Event]]:
        """Events by (user id, start): how a re-imported row without an id finds its event."""
        return self._events_by_start

    def display_context(self) -> DisplayContext:
        return DisplayContext.from_records(self.persons, self.event_types, self.projects)
