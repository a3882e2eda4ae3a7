"""Small hand-made records for model tests that need no server."""

from __future__ import annotations

from datetime import datetime

from nepton_desktop.domain.columns import DisplayContext, RefersTo
from nepton_desktop.domain.records import Event

CONTEXT = DisplayContext(
    person_numbers={1: "1001", 2: "1002", 3: "1003"},
    event_type_codes={10: "WORK", 11: "SICK"},
    project_codes={100: "P-100"},
)

REFERENCES = {
    RefersTo.PERSON: {"1001", "1002", "1003"},
    RefersTo.EVENT_TYPE: {"WORK", "SICK"},
    RefersTo.PROJECT: {"P-100"},
}


def event(id: int, user: int, day: int, description: str = "", hour: int = 8) -> Event:
    return Event(
        id=id,
        user_id=user,
        event_type_id=10,
        start=datetime(2026, 12, day, hour),
        end=datetime(2026, 12, day, hour + 8),
        description=description,
        project_id=100,
    )


def events() -> list[Event]:
    return [
        event(1, 1, 3, "alpha"),
        event(2, 2, 1, "beta"),
        event(3, 3, 2, "gamma"),
        event(4, 1, 4, "delta"),
    ]
