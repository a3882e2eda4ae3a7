"""What a read asks for: event filter (GetActivitiesV5) and project filter (GetProjectsV2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nepton_desktop.domain.records import PersonExternalId


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of GetActivitiesV5; empty tuples and None leave a filter out.

    Nepton returns events of removed persons only when some person filter is given.
    """

    start_date: date | None = None  # events that end on or after this date
    end_date: date | None = None  # events that start on or before this date
    user_ids: tuple[int, ...] = ()
    usernames: tuple[str, ...] = ()
    personnel_numbers: tuple[str, ...] = ()
    personal_identity_codes: tuple[str, ...] = ()
    person_external_ids: tuple[PersonExternalId, ...] = ()
    event_type_ids: tuple[int, ...] = ()
    event_ids: tuple[int, ...] = ()
    external_identifiers: tuple[str, ...] = ()

    @property
    def value_count(self) -> int:
        """How many filter values the request carries (for the request log)."""
        return (
            len(self.user_ids)
            + len(self.usernames)
            + len(self.personnel_numbers)
            + len(self.personal_identity_codes)
            + len(self.person_external_ids)
            + len(self.event_type_ids)
            + len(self.event_ids)
            + len(self.external_identifiers)
        )


@dataclass(frozen=True, slots=True)
class ProjectFilter:
    """Filters of GetProjectsV2. Name and code take '*' as a wildcard.

    Nepton returns only active (not completed) projects in a date range when both
    ``active_start`` and ``active_end`` are given.
    """

    project_ids: tuple[int, ...] = ()
    external_identifiers: tuple[str, ...] = ()
    name: str | None = None
    code: str | None = None
    user_group_id: int | None = None
    terminal_only: bool | None = None
    type_internal_name: str | None = None
    active_start: date | None = None
    active_end: date | None = None
    order_first_by: str | None = None
    order_second_by: str | None = None
