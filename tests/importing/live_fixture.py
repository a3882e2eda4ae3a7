"""A small Nepton community as a LiveData snapshot, shared by validation and plan tests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from nepton_desktop.domain.identity import make_fi_iban, make_hetu
from nepton_desktop.domain.records import (
    AbsenceType,
    ActivityDetails,
    Category,
    Compensation,
    Event,
    EventType,
    Person,
    Project,
    ProjectManager,
    Unit,
)
from nepton_desktop.importing.live import LiveData

TODAY = date(2026, 3, 1)
HETU_AINO = make_hetu(date(1985, 5, 17), 123)
IBAN_AINO = make_fi_iban("12345600000785")


def community() -> LiveData:
    persons = [
        Person(
            "Aino",
            "Virtanen",
            nepton_id=11,
            employee_number="1001",
            username="aino.virtanen",
            email="aino@example.fi",
            personal_identity_code=HETU_AINO,
            iban=IBAN_AINO,
            units=("HQ",),
            hourly_wage=Decimal("21.50"),
            employment_start=date(2020, 1, 2),
            job_title="Nurse",
        ),
        Person(
            "Bertil",
            "Berg",
            nepton_id=12,
            employee_number="1002",
            username="bertil.berg",
            units=("SALES",),
            primary_supervisor="1001",
        ),
        Person("Cecilia", "Lind", nepton_id=13, employee_number="1003", username="cecilia"),
    ]
    units = [Unit(1, "Head office", "HQ"), Unit(2, "Sales", "SALES")]
    projects = [
        Project(
            "Roof",
            id=5,
            code="P5",
            external_identifiers=("ext-5",),
            managers=(ProjectManager(11, "aino.virtanen", "1001"),),
        ),
        Project("Wall", id=6, code="P6", parent_id=5, start_date=date(2026, 1, 1)),
    ]
    event_types = [
        EventType(1, "work", "Work", Category.WORK, code="TYO"),
        EventType(31, "meeting", "Meeting", Category.ADMINISTRATIVE, code="KOK"),
        EventType(
            40,
            "absence",
            "Absence",
            Category.ABSENCE,
            code="POISSA",
            absence_types=(
                AbsenceType("SL", "Sick leave"),
                AbsenceType("VL", "Annual leave", Compensation.PAID),
            ),
        ),
        EventType(77, "old", "Old type", Category.WORK, code="OLD", in_use=False),
    ]
    events = [
        Event(
            100,
            11,
            1,
            datetime(2026, 3, 2, 8),
            datetime(2026, 3, 2, 16),
            personnel_number="1001",
            event_type_code="TYO",
            project_id=5,
            project_code="P5",
            description="roof",
            external_identifiers=("e-100",),
        ),
        Event(
            101,
            12,
            1,
            datetime(2026, 3, 2, 8),
            datetime(2026, 3, 2, 12),
            personnel_number="1002",
            event_type_code="TYO",
            is_locked=True,
        ),
        Event(
            102,
            13,
            40,
            datetime(2026, 3, 9),
            datetime(2026, 3, 11),
            personnel_number="1003",
            event_type_code="POISSA",
            details=ActivityDetails(absence_type_code="SL"),
        ),
    ]
    return LiveData(persons, units, projects, event_types, events, today=TODAY)
