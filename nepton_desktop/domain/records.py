"""Typed records for what Nepton holds: persons, units, projects, event types and events.

The API layer fills them from SOAP responses and builds requests from them; the tables, the
import pipeline and the sandbox's tests all speak these records. Date-times are naive local
wall time of the person's Nepton time zone (Europe/Helsinki by default), as Nepton stores them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


class Category(enum.StrEnum):
    """Nepton's three kinds of event type."""

    WORK = "work"
    ABSENCE = "absence"
    ADMINISTRATIVE = "administrative"


class AdditionalInfo(enum.StrEnum):
    """The sick-leave "additional info" choices of Nepton's UI."""

    SICK = "Sick"
    CHILD_SICK = "ChildSick"
    ACCIDENT_AT_WORK = "AccidentAtWork"
    ACCIDENT_WHILE_COMMUTING = "AccidentWhileCommuting"
    ACCIDENT_IN_FREE_TIME = "AccidentInFreeTime"


class MedicalCertificate(enum.StrEnum):
    NOT_KNOWN = "NotKnown"
    NOT_RECEIVED = "NotReceived"
    RECEIVED = "Received"
    PERMISSION_FROM_SUPERVISOR = "PermissionFromSupervisor"


class Compensation(enum.StrEnum):
    PAID = "Paid"
    UNPAID = "Unpaid"
    REDUCED = "Reduced"


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    name: str
    code: str | None = None
    is_deleted: bool = False
    modified: datetime | None = None


@dataclass(slots=True)
class Person:
    """A person as Nepton's person export and import know them."""

    first_name: str
    last_name: str
    nepton_id: int | None = None
    employee_number: str | None = None
    username: str | None = None
    email: str | None = None
    phone_number: str | None = None
    street_address: str | None = None
    postcode: str | None = None
    city: str | None = None
    personal_identity_code: str | None = None
    iban: str | None = None
    bic: str | None = None
    units: tuple[str, ...] = ()  # unit codes or names, primary first
    primary_supervisor: str | None = None  # employee number
    secondary_supervisors: tuple[str, ...] = ()  # employee numbers
    employment_start: date | None = None
    employment_end: date | None = None
    reason_for_ending: str | None = None
    job_title: str | None = None
    work_area: str | None = None
    role: str | None = None
    language: str | None = None
    hourly_wage: Decimal | None = None
    default_project: str | None = None
    external_identifier: str | None = None
    account_enabled: bool = True
    modified: datetime | None = None

    @property
    def full_name(self) -> str:
        """Nepton's export form, "Last, First"."""
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True, slots=True)
class PersonExternalId:
    identifier: str
    field_name: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    """One way of naming a person in a Worktime request; exactly one field is set."""

    user_id: int | None = None
    username: str | None = None
    personal_identity_code: str | None = None
    personnel_number: str | None = None
    external_id: PersonExternalId | None = None

    def __post_init__(self) -> None:
        given = [
            v
            for v in (
                self.user_id,
                self.username,
                self.personal_identity_code,
                self.personnel_number,
                self.external_id,
            )
            if v is not None
        ]
        if len(given) != 1:
            raise ValueError("a person reference names the person in exactly one way")


@dataclass(slots=True)
class ProjectManager:
    user_id: int
    username: str | None = None
    personnel_number: str | None = None


@dataclass(slots=True)
class Project:
    name: str
    id: int | None = None
    code: str | None = None
    description: str | None = None
    parent_id: int | None = None
    type_internal_name: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    visible_in_terminal: bool = True
    is_completed: bool = False
    external_identifiers: tuple[str, ...] = ()
    managers: tuple[ProjectManager, ...] = ()
    modified: datetime | None = None


@dataclass(slots=True)
class ProjectUpsert:
    """One item of EnsureProjectsExistV4: matched by id, existing external identifier or code."""

    id: int | None = None
    existing_external_identifier: str | None = None
    code: str | None = None
    external_identifier: str | None = None
    name: str | None = None
    description: str | None = None
    parent_id: int | None = None
    parent_code: str | None = None
    parent_external_identifier: str | None = None
    type_internal_name: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    visible_in_terminal: bool | None = None
    is_completed: bool | None = None
    managers: tuple[PersonRef, ...] | None = None
    remove_other_managers: bool = False


@dataclass(frozen=True, slots=True)
class AbsenceType:
    code: str
    name: str
    compensation: Compensation = Compensation.PAID
    earns_vacation_days: bool = True


@dataclass(frozen=True, slots=True)
class EventType:
    id: int
    internal_name: str
    name: str
    category: Category
    code: str | None = None
    in_use: bool = True
    absence_types: tuple[AbsenceType, ...] = ()


@dataclass(slots=True)
class ActivityDetails:
    """Absence and sick-leave detail carried by an event."""

    absence_type_code: str | None = None
    additional_info: AdditionalInfo | None = None
    medical_certificate: MedicalCertificate | None = None
    reason_code: str | None = None
    compensation: Compensation | None = None
    earns_vacation_days: bool | None = None


@dataclass(slots=True)
class Event:
    """A worktime event (Nepton "activity") as read from GetActivitiesV5."""

    id: int
    user_id: int
    event_type_id: int
    start: datetime
    end: datetime | None = None  # None: an open-ended (running) event
    username: str | None = None
    personnel_number: str | None = None
    event_type_code: str | None = None
    event_type_internal_name: str | None = None
    description: str | None = None
    project_id: int | None = None
    project_code: str | None = None
    is_approved: bool = False
    is_locked: bool = False
    approver_user_id: int | None = None
    details: ActivityDetails | None = None
    external_identifiers: tuple[str, ...] = ()
    reset_value: Decimal | None = None
    change_value: Decimal | None = None
    modified: datetime | None = None


@dataclass(slots=True)
class NewEvent:
    """One item of InsertActivitiesV3."""

    person: PersonRef
    start: datetime
    end: datetime | None = None
    event_type_id: int | None = None
    event_type_code: str | None = None
    approver: PersonRef | None = None
    description: str | None = None
    project_id: int | None = None
    project_code: str | None = None
    project_external_identifier: str | None = None
    external_identifiers: tuple[str, ...] = ()
    details: ActivityDetails | None = None


@dataclass(slots=True)
class EventUpdate:
    """One item of UpdateActivitiesV2: fields left None are not sent and stay unchanged."""

    id: int | None = None
    existing_external_identifier: str | None = None
    person: PersonRef | None = None
    approver: PersonRef | None = None
    event_type_id: int | None = None
    event_type_code: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    description: str | None = None
    project_id: int | None = None
    project_code: str | None = None
    external_identifiers: tuple[str, ...] | None = None
    details: ActivityDetails | None = None


@dataclass(frozen=True, slots=True)
class EventRef:
    """An event named by Nepton id or by an external identifier, for delete."""

    id: int | None = None
    external_identifier: str | None = None


@dataclass(slots=True)
class ItemResult:
    """Outcome of one item of a batch write (per-item results of 1019)."""

    index: int
    code: int
    message: str = ""
    id: int | None = None
    created: bool | None = None
    external_identifiers: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.code == 1000


@dataclass(slots=True)
class ImportOutcome:
    """HR API import result: ResultCode, ResultMessage and one breakdown line per problem.

    ``row_results``: one result per row (``index`` = the row's position in the import) when
    the import was settled row by row after its answer was lost; empty when Nepton's one
    answer covers every row."""

    code: str
    message: str
    breakdown: tuple[str, ...] = ()
    row_results: tuple[ItemResult, ...] = ()

    @property
    def ok(self) -> bool:
        return self.code == "1000"


UNKNOWN_OUTCOME = 0
"""ItemResult.code of an item whose write reached the server with an unknown outcome that
reading back could not settle: neither done (1000) nor failed (a Nepton code)."""
