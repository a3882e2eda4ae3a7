"""The column declarations: complete, unique and readable from the domain records."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from nepton_desktop.domain.columns import (
    COLUMNS,
    ColumnType,
    DisplayContext,
    Entity,
    RefersTo,
    absence_last_day,
    absence_span,
    column_by_key,
    columns_for,
)
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Event,
    Person,
    Project,
    ProjectManager,
)


@pytest.mark.parametrize("entity", list(Entity))
def test_keys_and_headers_are_unique_per_entity(entity: Entity) -> None:
    columns = columns_for(entity)
    keys = [c.key for c in columns]
    assert len(keys) == len(set(keys))
    for lang in ("en", "fi", "sv"):
        headers = [c.header(lang).casefold() for c in columns]
        assert len(headers) == len(set(headers)), (entity, lang)


@pytest.mark.parametrize("entity", list(Entity))
def test_choice_columns_have_choices_and_references_say_what(entity: Entity) -> None:
    for column in columns_for(entity):
        assert bool(column.choices) == (column.type is ColumnType.CHOICE), column.key
        if column.type is ColumnType.REFERENCE:
            assert column.refers_to is not None, column.key


def test_personnel_reads_a_person() -> None:
    person = Person(
        first_name="Aino",
        last_name="Virtanen",
        nepton_id=17,
        employee_number="1001",
        units=("HQ", "Sales"),
        hourly_wage=Decimal("21.50"),
        employment_start=date(2020, 1, 2),
    )
    values = {c.key: c.value(person) for c in COLUMNS[Entity.PERSONNEL]}
    assert values["employee_number"] == "1001"
    assert values["units"] == ("HQ", "Sales")
    assert values["hourly_wage"] == Decimal("21.50")
    assert values["employment_start"] == date(2020, 1, 2)
    assert values["nepton_id"] == 17
    assert values["account_enabled"] is True
    assert column_by_key("personnel", "personal_identity_code").is_personal_data
    assert column_by_key("personnel", "employee_number").names[2] == "Henkilönumero"


def test_projects_show_parent_code_and_managers() -> None:
    project = Project(
        name="Roof",
        id=5,
        code="P5",
        parent_id=2,
        external_identifiers=("ext-5",),
        managers=(ProjectManager(user_id=3, personnel_number="1003"), ProjectManager(4, "bob")),
    )
    ctx = DisplayContext(project_codes={2: "P2"})
    assert column_by_key("projects", "parent").value(project, ctx) == "P2"
    assert column_by_key("projects", "managers").value(project) == ("1003", "bob")
    assert column_by_key("projects", "external_identifier").value(project) == "ext-5"
    assert column_by_key("projects", "parent").refers_to is RefersTo.PROJECT


def test_absence_dates_are_inclusive_days() -> None:
    start, end = absence_span(date(2026, 3, 2), date(2026, 3, 4))
    event = Event(
        id=9,
        user_id=1,
        event_type_id=40,
        start=start,
        end=end,
        details=ActivityDetails(absence_type_code="SL", additional_info=AdditionalInfo.SICK),
    )
    ctx = DisplayContext(
        person_names={1: "Virtanen, Aino"}, person_numbers={1: "1001"}, event_type_codes={40: "ABS"}
    )
    values = {c.key: c.value(event, ctx) for c in COLUMNS[Entity.ABSENCES]}
    assert values["start_date"] == date(2026, 3, 2)
    assert values["end_date"] == date(2026, 3, 4)
    assert values["person"] == "1001"
    assert values["person_name"] == "Virtanen, Aino"
    assert values["event_type"] == "ABS"
    assert values["additional_info"] == "Sick"
    assert values["absence_type_code"] == "SL"
    partial = Event(
        id=1,
        user_id=1,
        event_type_id=40,
        start=datetime(2026, 3, 2, 8),
        end=datetime(2026, 3, 2, 12),
    )
    assert absence_last_day(partial) == date(2026, 3, 2)


def test_events_read_codes_from_the_record_before_the_context() -> None:
    event = Event(
        id=0,
        user_id=1,
        event_type_id=1,
        start=datetime(2026, 1, 5, 8),
        event_type_code="WORK",
        project_id=7,
    )
    ctx = DisplayContext(event_type_codes={1: "OTHER"}, project_codes={7: "P7"})
    values = {c.key: c.value(event, ctx) for c in COLUMNS[Entity.EVENTS]}
    assert values["event_type"] == "WORK"
    assert values["project"] == "P7"
    assert values["id"] is None  # not yet in Nepton
    assert values["end"] is None
