"""Parsing answers into records; answers written with lxml and validated against the contract."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from nepton_desktop.api import hr_codec
from nepton_desktop.api import worktime_requests as wt
from nepton_desktop.api import worktime_responses as wr
from nepton_desktop.api.auth import WorktimeAuth
from nepton_desktop.api.errors import BadResponse, SoapFault
from nepton_desktop.domain.records import (
    AdditionalInfo,
    Category,
    Compensation,
    NewEvent,
    PersonRef,
)

from . import responses as r
from .schema import assert_valid, schema

ACTIVITY = [
    ("Id", 10),
    ("UserId", 7),
    ("UserName", "matti.m"),
    ("PersonnelNumber", "1001"),
    ("ActivityTypeId", 1),
    ("ActivityTypeCode", "TYO"),
    ("ActivityTypeInternalName", "work"),
    ("StartTime", "2026-01-05T08:00:00"),
    ("EndTime", "2026-01-05T16:00:00"),
    ("Description", "a & b <c>"),
    ("ProjectId", 3),
    ("ProjectCode", "P3"),
    ("IsApproved", "true"),
    ("IsLocked", "false"),
    ("ApproverUserId", 2),
    (
        "ActivityDetails",
        [("AdditionalInfo", "Sick"), ("Compensation", "Paid"), ("EarnsVacationDays", "1")],
    ),
    ("ExternalIdentifiers", [("ExternalIdentifier", "nd-1"), ("ExternalIdentifier", "x")]),
    ("ResetValue", "1.50"),
    ("ChangeValue", "-2"),
    ("ModifiedDateTime", "2026-01-06T10:00:00"),
]


def _valid(api: str, data: bytes) -> bytes:
    payload = r.root_of(data)
    s = schema(api)
    assert s.validate(etree.fromstring(etree.tostring(payload))), s.error_log
    return data


def test_activities_full_and_minimal() -> None:
    minimal = [
        ("Id", 11),
        ("UserId", 7),
        ("ActivityTypeId", 1),
        ("StartTime", "2026-01-05T08:00:00"),
        ("IsApproved", "false"),
        ("IsLocked", "false"),
    ]
    data = _valid(
        "worktime",
        r.worktime(
            "GetActivitiesV5",
            1000,
            [("Activities", [("Activity", ACTIVITY), ("Activity", minimal)])],
        ),
    )
    answer, events = wr.activities(data)
    assert answer.code == 1000
    full, small = events
    assert full.id == 10 and full.user_id == 7 and full.username == "matti.m"
    assert full.start == datetime(2026, 1, 5, 8) and full.end == datetime(2026, 1, 5, 16)
    assert full.description == "a & b <c>" and full.is_approved and not full.is_locked
    assert full.details is not None and full.details.additional_info is AdditionalInfo.SICK
    assert full.details.compensation is Compensation.PAID and full.details.earns_vacation_days
    assert full.external_identifiers == ("nd-1", "x")
    assert full.reset_value == Decimal("1.50") and full.change_value == Decimal("-2")
    assert small.end is None and small.details is None and small.external_identifiers == ()


def test_response_code_and_string() -> None:
    answer, events = wr.activities(r.worktime("GetActivitiesV5", 1003, message="no such person"))
    assert (answer.code, answer.message, events) == (1003, "no such person", [])


def test_wrong_root_is_bad_response() -> None:
    with pytest.raises(BadResponse, match="ReturnValueForGetActivitiesV5"):
        wr.activities(r.worktime("GetProjectsV2", 1000))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<not xml",
        b"<a/>",
        r.worktime("GetActivitiesV5", 1000)[:-30],
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
        b'<tyo:ReturnValueForGetActivitiesV5 xmlns:tyo="http://tyoaika.tyoteho.fi"><ResponseCode>1000'
        b"</ResponseCode><ResponseString>&a;</ResponseString></tyo:ReturnValueForGetActivitiesV5>"
        b"</soapenv:Body></soapenv:Envelope>",
    ],
)
def test_unreadable_answers(data: bytes) -> None:
    with pytest.raises(BadResponse):
        wr.activities(data)


def test_external_entities_are_never_fetched(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
        '<tyo:ReturnValueForGetActivitiesV5 xmlns:tyo="http://tyoaika.tyoteho.fi"><ResponseCode>1000'
        "</ResponseCode><ResponseString>&e;</ResponseString></tyo:ReturnValueForGetActivitiesV5>"
        "</soapenv:Body></soapenv:Envelope>"
    ).encode()
    with pytest.raises(BadResponse) as info:
        wr.activities(data)
    assert "TOPSECRET" not in str(info.value)


def test_bad_value_names_the_item() -> None:
    bad = [("Id", "x"), ("UserId", 7), ("ActivityTypeId", 1), ("StartTime", "2026-01-05T08:00:00")]
    with pytest.raises(BadResponse, match="activity 1"):
        wr.activities(r.worktime("GetActivitiesV5", 1000, [("Activities", [("Activity", bad)])]))


def test_soap_fault() -> None:
    with pytest.raises(SoapFault) as info:
        wr.activities(r.fault("soapenv:Client", "Malformed"))
    assert info.value.faultcode == "soapenv:Client"


def test_activity_types() -> None:
    data = _valid(
        "worktime",
        r.worktime(
            "GetActivityTypes",
            1000,
            [
                (
                    "ActivityTypes",
                    [
                        (
                            "ActivityType",
                            [
                                ("Id", 1),
                                ("InternalName", "work"),
                                ("Code", "TYO"),
                                ("Name", "Työ"),
                                ("Category", "work"),
                                ("InUse", "true"),
                            ],
                        ),
                        (
                            "ActivityType",
                            [
                                ("Id", 5),
                                ("InternalName", "absence"),
                                ("Name", "Poissaolo"),
                                ("Category", "absence"),
                                ("InUse", "true"),
                                (
                                    "AbsenceTypes",
                                    [
                                        (
                                            "AbsenceType",
                                            [
                                                ("Code", "VL"),
                                                ("Name", "Vuosiloma"),
                                                ("Compensation", "Paid"),
                                                ("EarnsVacationDays", "true"),
                                            ],
                                        )
                                    ],
                                ),
                            ],
                        ),
                    ],
                )
            ],
        ),
    )
    _, types = wr.activity_types(data)
    assert types[0].id == 1 and types[0].category is Category.WORK and types[0].code == "TYO"
    assert types[1].absence_types[0].code == "VL" and types[1].code is None


def test_projects() -> None:
    data = _valid(
        "worktime",
        r.worktime(
            "GetProjectsV2",
            1000,
            [
                (
                    "Projects",
                    [
                        (
                            "Project",
                            [
                                ("Id", 3),
                                ("Code", "P3"),
                                ("Name", "Bridge"),
                                ("Description", "d"),
                                ("ParentId", 1),
                                ("ProjectTypeInternalName", "project_work"),
                                ("StartDate", "2026-01-01"),
                                ("EndDate", "2026-12-31"),
                                ("VisibleInTerminal", "true"),
                                ("IsCompleted", "false"),
                                ("ExternalIdentifiers", [("ExternalIdentifier", "ext-3")]),
                                (
                                    "ProjectManagers",
                                    [("ProjectManager", [("UserId", 7), ("Username", "m")])],
                                ),
                                ("ModifiedDateTime", "2026-01-02T03:04:05"),
                            ],
                        ),
                    ],
                )
            ],
        ),
    )
    _, projects = wr.projects(data)
    p = projects[0]
    assert (p.id, p.code, p.name, p.parent_id) == (3, "P3", "Bridge", 1)
    assert p.start_date == date(2026, 1, 1) and p.external_identifiers == ("ext-3",)
    assert p.managers[0].user_id == 7 and p.managers[0].username == "m"


def test_item_results_with_1019() -> None:
    data = _valid(
        "worktime",
        r.worktime(
            "InsertActivitiesV3",
            1019,
            r.results(
                [
                    {
                        "Index": 0,
                        "ResponseCode": 1000,
                        "Id": 55,
                        "Created": "true",
                        "ExternalIdentifiers": [("ExternalIdentifier", "nd-1")],
                    },
                    {"Index": 1, "ResponseCode": 1022, "ResponseString": "day locked"},
                ]
            ),
            message="partial",
        ),
    )
    answer, items = wr.item_results(data, "InsertActivitiesV3")
    assert answer.code == 1019
    assert items[0].ok and items[0].id == 55 and items[0].external_identifiers == ("nd-1",)
    assert items[1].code == 1022 and items[1].message == "day locked" and not items[1].ok


HR = "{http://tempuri.org/}"


def test_hr_units_persons_and_import() -> None:
    data = _valid(
        "hr",
        r.hr(
            "GetUnits",
            [
                (
                    "Units",
                    [
                        (
                            "ReturnUnit",
                            [
                                ("Id", 1),
                                ("Code", "U1"),
                                ("Name", "Sales"),
                                ("IsDeleted", "false"),
                                ("ModifiedDateTime", "2026-01-01T00:00:00"),
                            ],
                        )
                    ],
                )
            ],
        ),
    )
    error, units = hr_codec.read_units(data)
    assert error == "" and units[0].code == "U1" and not units[0].is_deleted
    error, units = hr_codec.read_units(r.hr("GetUnits", [("ErrorMessage", "Login failed")]))
    assert error == "Login failed" and units == []

    data = _valid(
        "hr",
        r.hr(
            "GetPersons",
            [
                (
                    "Persons",
                    [
                        (
                            "Person",
                            [
                                ("NeptonId", 5),
                                ("EmployeeNumber", "1001"),
                                ("FirstName", "Matti"),
                                ("LastName", "M"),
                                ("PersonalIdentityCode", "131052-308T"),
                                ("IBAN", "FI2112345600000785"),
                                ("Units", "U1|U2"),
                                ("SecondarySupervisors", "7|8"),
                                ("EmploymentStartDate", "2020-01-01"),
                                ("HourlyWage", "20.5"),
                                ("AccountEnabled", "true"),
                            ],
                        )
                    ],
                )
            ],
        ),
    )
    _, persons = hr_codec.read_persons(data)
    p = persons[0]
    assert p.nepton_id == 5 and p.units == ("U1", "U2") and p.secondary_supervisors == ("7", "8")
    assert p.hourly_wage == Decimal("20.5") and p.employment_start == date(2020, 1, 1)

    data = _valid(
        "hr",
        r.hr(
            "ImportUsersFromCSV",
            [
                ("ResultCode", "8"),
                ("ResultMessage", "Failure."),
                (
                    "ResultBreakdown",
                    [("ArrayOfString", [("string", "ERROR: X"), ("string", "ERROR: Y")])],
                ),
            ],
        ),
    )
    outcome = hr_codec.read_import_result(data)
    assert outcome.code == "8" and not outcome.ok and outcome.breakdown == ("ERROR: X", "ERROR: Y")


XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff", min_codepoint=0x09
    ).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(XML_TEXT, XML_TEXT)
def test_any_text_survives_request_building(description: str, password: str) -> None:
    if password.endswith("&") or not password:
        password += "x"
    req = wt.insert_activities_v3(
        WorktimeAuth("1", "u", password),
        [
            NewEvent(
                person=PersonRef(username=description or "u"),
                start=datetime(2026, 1, 1),
                event_type_id=1,
                description=description,
                external_identifiers=(description,),
            )
        ],
    )
    root = assert_valid("worktime", req.body)
    act = root.find("ActivityList/Activity")
    assert act is not None
    assert (act.findtext("Description") or "") == description
    assert (act.findtext("ExternalIdentifiers/ExternalIdentifier") or "") == description
    assert root.findtext("CallerAuthentication/Password") == password


@settings(max_examples=300, deadline=None)
@given(XML_TEXT)
def test_any_text_survives_response_parsing(text: str) -> None:
    activity = [
        ("Id", 1),
        ("UserId", 2),
        ("ActivityTypeId", 1),
        ("StartTime", "2026-01-01T00:00:00"),
        ("Description", text),
        ("IsApproved", "false"),
        ("IsLocked", "false"),
    ]
    _, events = wr.activities(
        r.worktime("GetActivitiesV5", 1000, [("Activities", [("Activity", activity)])])
    )
    assert (events[0].description or "") == text  # empty reads as no value


def _many_activities(n: int) -> bytes:
    acts = []
    for i in range(n):
        fields = [
            ("Id", i + 1),
            ("UserId", 7),
            ("ActivityTypeId", 1),
            ("StartTime", f"2026-01-{1 + i % 28:02d}T08:00:00"),
        ]
        if i % 2:
            fields.append(("EndTime", f"2026-01-{1 + i % 28:02d}T16:00:00"))
        if i % 3:
            fields.append(("Description", f"</Activity> & <Activities> {i}"))
        fields += [("IsApproved", "true"), ("IsLocked", "false")]
        if i % 5 == 0:
            fields.append(("ActivityDetails", [("AdditionalInfo", "Sick")]))
        fields.append(("ExternalIdentifiers", [("ExternalIdentifier", f"nd-{i}")]))
        acts.append(("Activity", fields))
    return r.worktime("GetActivitiesV5", 1000, [("Activities", acts)])


def test_many_activities_of_mixed_shapes() -> None:
    data = _many_activities(300)
    _, events = wr.activities(data)
    assert [e.id for e in events] == list(range(1, 301))
    assert events[1].description == "</Activity> & <Activities> 1"
    assert events[0].end is None and events[1].end is not None
    assert events[0].details is not None and events[1].details is None
    assert all(e.external_identifiers == (f"nd-{e.id - 1}",) for e in events)


def test_parse_refuses_oversized_bytes() -> None:
    from nepton_desktop.api.envelope import parse_envelope
    from nepton_desktop.api.errors import ResponseTooLarge

    with pytest.raises(ResponseTooLarge):
        parse_envelope(r.worktime("GetActivitiesV5", 1000), "GetActivitiesV5", max_bytes=100)
