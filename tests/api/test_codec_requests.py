"""Every request the codec builds validates against the contract and carries the values given."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from lxml import etree

from nepton_desktop.api import hr_codec
from nepton_desktop.api import worktime_requests as wt
from nepton_desktop.api.auth import HrAuth, WorktimeAuth
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Compensation,
    EventRef,
    EventUpdate,
    MedicalCertificate,
    NewEvent,
    Person,
    PersonExternalId,
    PersonRef,
    ProjectUpsert,
)

from .schema import assert_valid

NASTY_PASSWORD = "a&b<c>]]>d\"e'f"
WT_AUTH = WorktimeAuth("1234", "api.integration", NASTY_PASSWORD)
HR_AUTH = HrAuth("api.integration", NASTY_PASSWORD, "123456", "ws&<]]>pw")


def _text(el: etree._Element, path: str) -> str | None:
    return el.findtext(path)


def test_auth_block_escapes_passwords() -> None:
    req = wt.get_activity_types(WT_AUTH)
    root = assert_valid("worktime", req.body)
    assert _text(root, "CallerAuthentication/Password") == NASTY_PASSWORD
    assert _text(root, "CallerAuthentication/CustomerId") == "1234"
    assert b"]]>" not in req.body.split(b"<Password>")[1].split(b"</Password>")[0]


def test_get_activity_types_with_filters() -> None:
    req = wt.get_activity_types(WT_AUTH, ids=[1, 31], internal_names=["work"])
    root = assert_valid("worktime", req.body)
    assert [e.text for e in root.iterfind("FilterByIds/Id")] == ["1", "31"]
    assert _text(root, "FilterByInternalNames/InternalName") == "work"
    assert req.soap_action == "http://tyoaika.tyoteho.fi#GetActivityTypes"
    assert not req.is_write


def test_get_projects_v2_every_filter() -> None:
    flt = ProjectFilter(
        project_ids=(1, 2),
        external_identifiers=("ext-1", "ext-2"),
        name="Bui*",
        code="P-*",
        user_group_id=5,
        terminal_only=True,
        type_internal_name="project_work",
        active_start=date(2026, 1, 1),
        active_end=date(2026, 12, 31),
        order_first_by="name",
        order_second_by="code",
    )
    root = assert_valid("worktime", wt.get_projects_v2(WT_AUTH, flt).body)
    assert _text(root, "FilterByProjectIds") == "1,2"
    assert _text(root, "FilterByExternalIdentifiers") == "ext-1,ext-2"
    assert _text(root, "FilterActiveProjectsByEndDate") == "2026-12-31"
    assert _text(root, "FilterByTerminalProjectsOnly") == "true"
    assert_valid("worktime", wt.get_projects_v2(WT_AUTH).body)


def test_project_external_id_with_comma_is_refused() -> None:
    with pytest.raises(InvalidValue, match="FilterByExternalIdentifiers"):
        wt.get_projects_v2(WT_AUTH, ProjectFilter(external_identifiers=("a,b",)))


def test_get_activities_v5_every_filter() -> None:
    flt = EventFilter(
        start_date=date(2026, 1, 1),
        end_date=date(2026, 1, 31),
        user_ids=(7, 8),
        usernames=("a.b",),
        personnel_numbers=("1001",),
        personal_identity_codes=("131052-308T",),
        person_external_ids=(PersonExternalId("x1", "External identifier 1"),),
        event_type_ids=(1,),
        event_ids=(99,),
        external_identifiers=("nd-1", "nd-2"),
    )
    req = wt.get_activities_v5(WT_AUTH, flt)
    root = assert_valid("worktime", req.body)
    assert [e.text for e in root.iterfind("FilterByExternalIdentifiers/ExternalIdentifier")] == [
        "nd-1",
        "nd-2",
    ]
    assert _text(root, "FilterByUserSocialSecurityNumbers/SocialSecurityNumber") == "131052-308T"
    assert _text(root, "FilterByUserPersonExternalIdentifiers/PersonExternalIdentifier/FieldName")
    assert req.items == 10
    assert_valid("worktime", wt.get_activities_v5(WT_AUTH, EventFilter()).body)


FULL_DETAILS = ActivityDetails(
    absence_type_code="SL",
    additional_info=AdditionalInfo.CHILD_SICK,
    medical_certificate=MedicalCertificate.RECEIVED,
    reason_code="R1",
    compensation=Compensation.REDUCED,
    earns_vacation_days=False,
)


@pytest.mark.parametrize(
    "person",
    [
        PersonRef(user_id=5),
        PersonRef(username="u"),
        PersonRef(personal_identity_code="131052-308T"),
        PersonRef(personnel_number="1001"),
    ],
)
def test_insert_activities_every_person_reference(person: PersonRef) -> None:
    events = [
        NewEvent(
            person=person,
            approver=PersonRef(personnel_number="2002"),
            start=datetime(2026, 1, 5, 8, 0),
            end=datetime(2026, 1, 5, 16, 0),
            event_type_id=1,
            event_type_code="TYO",
            description="line1\nline2 & <tag> ]]> \r\n end",
            project_id=3,
            project_code="P1",
            project_external_identifier="pe-1",
            external_identifiers=("nd-abc", "other"),
            details=FULL_DETAILS,
        ),
        NewEvent(person=person, start=datetime(2026, 1, 6, 8, 0), event_type_code="SAIR"),
    ]
    req = wt.insert_activities_v3(WT_AUTH, events)
    root = assert_valid("worktime", req.body)
    acts = root.findall("ActivityList/Activity")
    assert len(acts) == 2 and req.items == 2 and req.is_write
    assert acts[0].findtext("Description") == "line1\nline2 & <tag> ]]> \r\n end"
    assert acts[0].findtext("StartTime") == "2026-01-05T08:00:00"
    assert acts[0].findtext("ActivityDetails/AdditionalInfo") == "ChildSick"
    assert acts[0].findtext("ApproverPersonnelNumber") == "2002"
    assert acts[1].find("EndTime") is None


def test_insert_refuses_person_external_id_and_missing_type() -> None:
    ext = PersonRef(external_id=PersonExternalId("x", "f"))
    with pytest.raises(InvalidValue):
        wt.insert_activities_v3(
            WT_AUTH, [NewEvent(person=ext, start=datetime(2026, 1, 1), event_type_id=1)]
        )
    with pytest.raises(InvalidValue, match="event type"):
        wt.insert_activities_v3(
            WT_AUTH, [NewEvent(person=PersonRef(user_id=1), start=datetime(2026, 1, 1))]
        )


def test_aware_datetime_is_refused() -> None:
    from datetime import UTC

    with pytest.raises(InvalidValue, match="StartTime"):
        wt.insert_activities_v3(
            WT_AUTH,
            [
                NewEvent(
                    person=PersonRef(user_id=1),
                    start=datetime(2026, 1, 1, tzinfo=UTC),
                    event_type_id=1,
                )
            ],
        )


def test_update_activities_partial_and_full() -> None:
    updates = [
        EventUpdate(id=5, description="new"),
        EventUpdate(
            existing_external_identifier="nd-1",
            person=PersonRef(username="x"),
            approver=PersonRef(user_id=2),
            event_type_id=1,
            event_type_code="T",
            start=datetime(2026, 2, 1, 9),
            end=datetime(2026, 2, 1, 17),
            description="d",
            project_id=1,
            project_code="P",
            external_identifiers=("e1",),
            details=FULL_DETAILS,
        ),
        EventUpdate(id=6, external_identifiers=()),
    ]
    root = assert_valid("worktime", wt.update_activities_v2(WT_AUTH, updates).body)
    acts = root.findall("ActivityList/Activity")
    assert [c.tag for c in acts[0]] == ["Id", "Description"]
    assert acts[1].findtext("ExistingExternalIdentifier") == "nd-1"
    assert (
        acts[2].find("ExternalIdentifiers") is not None
        and len(acts[2].find("ExternalIdentifiers")) == 0
    )
    with pytest.raises(InvalidValue):
        wt.update_activities_v2(WT_AUTH, [EventUpdate(description="no id")])


def test_delete_activities() -> None:
    root = assert_valid(
        "worktime",
        wt.delete_activities(WT_AUTH, [EventRef(id=1), EventRef(external_identifier="nd-2")]).body,
    )
    acts = root.findall("ActivityList/Activity")
    assert (
        acts[0].findtext("Id") == "1" and acts[1].findtext("ExistingExternalIdentifier") == "nd-2"
    )
    with pytest.raises(InvalidValue):
        wt.delete_activities(WT_AUTH, [EventRef()])


def test_ensure_projects_exist_v4() -> None:
    projects = [
        ProjectUpsert(
            code="P1",
            external_identifier="ext-P1",
            name="Bridge & <Tunnel>",
            description="d",
            parent_id=1,
            parent_code="PARENT",
            parent_external_identifier="pe",
            type_internal_name="project_work",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 6, 30),
            visible_in_terminal=True,
            is_completed=False,
            managers=(
                PersonRef(personnel_number="1"),
                PersonRef(username="u"),
                PersonRef(user_id=3),
                PersonRef(external_id=PersonExternalId("x", "External identifier 1")),
            ),
            remove_other_managers=True,
        ),
        ProjectUpsert(id=9, name="Renamed"),
        ProjectUpsert(existing_external_identifier="ext-old", managers=()),
    ]
    req = wt.ensure_projects_exist_v4(WT_AUTH, projects)
    root = assert_valid("worktime", req.body)
    assert root.findtext("Projects/Project/Name") == "Bridge & <Tunnel>"
    assert root.findtext("Projects/Project/ProjectManagers/RemoveOthers") == "true"
    assert len(root.findall("Projects/Project/ProjectManagers/ProjectManager")) == 4
    with pytest.raises(InvalidValue):
        wt.ensure_projects_exist_v4(
            WT_AUTH,
            [ProjectUpsert(code="x", managers=(PersonRef(personal_identity_code="131052-308T"),))],
        )
    with pytest.raises(InvalidValue, match="name"):
        wt.ensure_projects_exist_v4(WT_AUTH, [ProjectUpsert(description="no name")])


def test_hr_get_units_and_persons() -> None:
    root = assert_valid("hr", hr_codec.get_units(HR_AUTH, include_deleted=True).body)
    ns = "{http://tempuri.org/}"
    assert root.findtext(f"{ns}Request/{ns}UserPassword") == NASTY_PASSWORD
    assert root.findtext(f"{ns}Request/{ns}WebServicePassword") == "ws&<]]>pw"
    assert root.findtext(f"{ns}Request/{ns}IncludeDeletedUnits") == "true"
    req = hr_codec.get_persons(HR_AUTH, True, employee_numbers=["1", "2"], usernames=["u"])
    root = assert_valid("hr", req.body)
    assert [
        e.text for e in root.iterfind(f"{ns}Request/{ns}FilterByEmployeeNumbers/{ns}string")
    ] == ["1", "2"]
    assert req.soap_action == "http://tempuri.org/GetPersons"


def test_hr_import_users_from_csv() -> None:
    persons = [
        Person(
            first_name="Äijä",
            last_name='O\'Brien; "quoted"',
            employee_number="1001",
            username="aija",
            personal_identity_code="131052-308T",
            iban="FI2112345600000785",
            units=("U1", "U2"),
            primary_supervisor="9",
            secondary_supervisors=("7", "8"),
            employment_start=date(2020, 1, 1),
            hourly_wage=Decimal("21.50"),
        )
    ]
    req = hr_codec.import_users_from_csv(
        HR_AUTH, persons, ignore_empty_values=True, reset_fields=["secondary_supervisors", "Email"]
    )
    root = assert_valid("hr", req.body)
    ns = "{http://tempuri.org/}"
    assert root.findtext(f"{ns}IgnoreEmptyValues") == "1"
    assert root.findtext(f"{ns}ImportType") == "0"
    data = root.findtext(f"{ns}importData")
    assert data is not None
    header, row = data.splitlines()
    assert header.split(";")[:4] == ["Nepton Id", "Employee number", "First name", "Last name"]
    assert "U1|U2" in row and "RESET|7|8" in row and "21.50" in row and "2020-01-01" in row
    assert '"O\'Brien; ""quoted"""' in row
    strict = hr_codec.import_users_from_csv(HR_AUTH, persons, ignore_empty_values=False)
    assert assert_valid("hr", strict.body).findtext(f"{ns}IgnoreEmptyValues") == "0"


@pytest.mark.parametrize("bad", ["a\x00b", "x\x1by", "\ufffe", "bell\x07"])
def test_characters_xml_cannot_carry_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(InvalidValue) as info:
        wt.insert_activities_v3(
            WT_AUTH,
            [
                NewEvent(
                    person=PersonRef(user_id=1),
                    start=datetime(2026, 1, 1),
                    event_type_id=1,
                    description=bad,
                )
            ],
        )
    assert info.value.field == "Description"
    assert "XML" in str(info.value)
    assert bad not in str(info.value)


def test_password_ending_with_ampersand_is_refused_with_reason() -> None:
    with pytest.raises(InvalidValue) as info:
        wt.get_activity_types(WorktimeAuth("1", "u", "secret&"))
    assert info.value.field == "Password"
    assert "ends with '&'" in str(info.value)
    assert "secret" not in str(info.value)
    with pytest.raises(InvalidValue, match="WebServicePassword"):
        hr_codec.get_units(HrAuth("u", "p", "1", "ws&"))
