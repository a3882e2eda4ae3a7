"""Worktime event operations against a fresh demo sandbox: what is stored and what is said."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.sandbox.store import now_local
from tests.sandbox.conftest import Client, auth_xml, code, results

TODAY = now_local().date()
DAY = TODAY + timedelta(days=7)  # ahead of every locked or approved day of the demo
PERSON = 101  # a demo person employed all year


def activity(
    person: str = f"<UserId>{PERSON}</UserId>",
    start: str | None = None,
    end: str | None = "",
    *,
    day: date = DAY,
    extra: str = "",
    type_: str = "<ActivityTypeId>1</ActivityTypeId>",
) -> str:
    start = start or f"{day}T08:00:00"
    end_xml = f"<EndTime>{end or f'{day}T16:00:00'}</EndTime>" if end is not None else ""
    return f"<Activity>{person}{type_}<StartTime>{start}</StartTime>{end_xml}{extra}</Activity>"


def ext(*values: str) -> str:
    inner = "".join(f"<ExternalIdentifier>{v}</ExternalIdentifier>" for v in values)
    return f"<ExternalIdentifiers>{inner}</ExternalIdentifiers>"


def insert(client: Client, *activities: str, auth: str | None = None):
    return client.wt(
        "InsertActivitiesV3", f"<ActivityList>{''.join(activities)}</ActivityList>", auth=auth
    )


def get(client: Client, filters: str):
    return client.wt("GetActivitiesV5", filters)


def test_insert_by_every_person_reference(client: Client, server: SandboxServer) -> None:
    person = server.store.person(person_id=PERSON)
    assert person is not None
    refs = [
        f"<UserId>{PERSON}</UserId>",
        f"<UserName>{person['username']}</UserName>",
        f"<SocialSecurityNumber>{person['personal_identity_code']}</SocialSecurityNumber>",
        f"<PersonnelNumber>{person['employee_number']}</PersonnelNumber>",
    ]
    payload = insert(
        client,
        *(
            activity(ref, day=DAY + timedelta(days=i), extra=ext(f"ref-{i}"))
            for i, ref in enumerate(refs)
        ),
    )
    assert code(payload) == 1000
    ids = [int(r[2] or 0) for r in results(payload)]
    assert [r[:2] for r in results(payload)] == [(i, 1000) for i in range(4)]
    for event_id in ids:
        stored = server.store.event(event_id)
        assert stored is not None and stored["person_id"] == PERSON
        assert stored["approved"] == 0
    assert all(r.findtext("Created") == "true" for r in payload.iterfind("Results/Result"))


def test_approver_marks_the_event_approved(client: Client, server: SandboxServer) -> None:
    payload = insert(client, activity(extra="<ApproverUserId>100</ApproverUserId>"))
    event_id = int(results(payload)[0][2] or 0)
    stored = server.store.event(event_id)
    assert stored is not None and stored["approved"] == 1 and stored["approver_id"] == 100
    read = get(
        client, f"<FilterByActivityIds><ActivityId>{event_id}</ActivityId></FilterByActivityIds>"
    )
    assert read.findtext("Activities/Activity/IsApproved") == "true"
    assert read.findtext("Activities/Activity/ApproverUserId") == "100"


def test_type_by_code_details_project_and_open_end(client: Client, server: SandboxServer) -> None:
    sick = activity(
        type_="<ActivityTypeCode>SAIR</ActivityTypeCode>",
        extra="<ActivityDetails><AdditionalInfo>ChildSick</AdditionalInfo>"
        "<MedicalCertificate>Received</MedicalCertificate><ReasonCode>J06</ReasonCode>"
        "<Compensation>Paid</Compensation><EarnsVacationDays>true</EarnsVacationDays>"
        "</ActivityDetails>" + ext("sick-1"),
    )
    absence = activity(
        day=DAY + timedelta(days=1),
        type_="<ActivityTypeCode>POISSA</ActivityTypeCode>",
        extra="<ActivityDetails><AbsenceTypeCode>A02</AbsenceTypeCode></ActivityDetails>",
    )
    by_code = activity(day=DAY + timedelta(days=2), extra="<ProjectCode>C01-P1</ProjectCode>")
    by_ext = activity(
        day=DAY + timedelta(days=3),
        extra="<ProjectExternalIdentifier>ERP-C01-P1</ProjectExternalIdentifier>",
    )
    running = activity(day=DAY + timedelta(days=4), end=None, extra="<ProjectId>1001</ProjectId>")
    payload = insert(client, sick, absence, by_code, by_ext, running)
    assert code(payload) == 1000
    ids = [int(r[2] or 0) for r in results(payload)]
    read = get(
        client,
        "<FilterByActivityIds>"
        + "".join(f"<ActivityId>{i}</ActivityId>" for i in ids)
        + "</FilterByActivityIds>",
    )
    acts = {int(a.findtext("Id") or 0): a for a in read.iterfind("Activities/Activity")}
    assert acts[ids[0]].findtext("ActivityTypeId") == "2"
    assert acts[ids[0]].findtext("ActivityDetails/AdditionalInfo") == "ChildSick"
    assert acts[ids[0]].findtext("ActivityDetails/EarnsVacationDays") == "true"
    assert acts[ids[0]].findtext("ExternalIdentifiers/ExternalIdentifier") == "sick-1"
    assert acts[ids[1]].findtext("ActivityDetails/AbsenceTypeCode") == "A02"
    project_c01_p1 = acts[ids[2]].findtext("ProjectId")
    assert acts[ids[2]].findtext("ProjectCode") == "C01-P1"
    assert acts[ids[3]].findtext("ProjectId") == project_c01_p1
    assert acts[ids[4]].find("EndTime") is None
    assert acts[ids[4]].findtext("ProjectId") == "1001"


def test_utc_times_are_stored_as_helsinki_wall_time(client: Client, server: SandboxServer) -> None:
    payload = insert(client, activity(start="2027-01-12T06:00:00Z", end="2027-01-12T14:00:00Z"))
    stored = server.store.event(int(results(payload)[0][2] or 0))
    assert stored is not None
    assert stored["start"] == "2027-01-12T08:00:00" and stored["end"] == "2027-01-12T16:00:00"


def test_partial_failure_is_1019_with_a_result_per_item(
    client: Client, server: SandboxServer
) -> None:
    payload = insert(
        client,
        activity(extra=ext("dup-1")),
        activity(extra=ext("dup-1")),  # external identifiers are unique
        activity("<UserId>999999</UserId>"),  # 1003
        activity(start=f"{DAY}T16:00:00", end=f"{DAY}T08:00:00"),  # 1025 end before start
        activity(day=TODAY + timedelta(days=4 * 366 + 2)),  # 1025 more than four years ahead
        activity(extra="<ProjectCode>NO-SUCH</ProjectCode>"),  # 1004
        activity(type_="<ActivityTypeId>77777</ActivityTypeId>"),  # 1012
        activity(type_=""),  # 1012 no type
        activity(extra="<ActivityDetails><AdditionalInfo>Bored</AdditionalInfo></ActivityDetails>"),
        activity(extra=ext("ok-2")),
    )
    assert code(payload) == 1019
    got = [(r[0], r[1]) for r in results(payload)]
    assert got == [
        (0, 1000),
        (1, 1025),
        (2, 1003),
        (3, 1025),
        (4, 1025),
        (5, 1004),
        (6, 1012),
        (7, 1012),
        (8, 1012),
        (9, 1000),
    ]
    # The items that succeeded are committed, the failed ones left nothing behind.
    assert server.store.count_events_with_external_id("dup-1") == 1
    assert server.store.count_events_with_external_id("ok-2") == 1


def test_locked_and_approved_days_refuse_writes(client: Client, server: SandboxServer) -> None:
    locked_day = DAY + timedelta(days=20)
    approved_day = DAY + timedelta(days=21)
    server.lock_day(PERSON, locked_day)
    server.approve_day(PERSON, approved_day)
    payload = insert(
        client,
        activity(day=locked_day),
        activity(day=approved_day),
        activity(day=TODAY - timedelta(days=100)),  # demo: older than 45 days locked
        activity(day=DAY + timedelta(days=22)),
    )
    assert [r[1] for r in results(payload)] == [1022, 1022, 1022, 1000]


def test_update_is_partial_and_by_either_identifier(client: Client, server: SandboxServer) -> None:
    payload = insert(
        client,
        activity(
            extra="<Description>first</Description><ProjectId>1001</ProjectId>" + ext("upd-1")
        ),
    )
    event_id = int(results(payload)[0][2] or 0)
    before = server.store.event(event_id)
    assert before is not None
    upd = client.wt(
        "UpdateActivitiesV2",
        "<ActivityList>"
        f"<Activity><Id>{event_id}</Id><EndTime>{DAY}T17:00:00</EndTime></Activity>"
        "<Activity><ExistingExternalIdentifier>upd-1</ExistingExternalIdentifier>"
        "<Description>second</Description>" + ext("upd-1", "upd-1b") + "</Activity>"
        "</ActivityList>",
    )
    assert code(upd) == 1000
    after = server.store.event(event_id)
    assert after is not None
    assert after["end"] == f"{DAY}T17:00:00"
    assert after["description"] == "second"
    assert after["start"] == before["start"] and after["project_id"] == 1001
    assert after["modified"] > before["modified"]
    assert server.store.count_events_with_external_id("upd-1b") == 1
    assert (
        upd.findall("Results/Result")[1].findtext("ExternalIdentifiers/ExternalIdentifier")
        == "upd-1"
    )


def test_update_errors(client: Client, server: SandboxServer) -> None:
    payload = insert(
        client,
        activity(extra=ext("u-a")),
        activity(day=DAY + timedelta(days=1), extra=ext("u-b")),
        activity(day=DAY + timedelta(days=2), extra="<ApproverUserId>100</ApproverUserId>"),
    )
    approved_id = results(payload)[2][2]
    upd = client.wt(
        "UpdateActivitiesV2",
        "<ActivityList>"
        "<Activity><Id>99999999</Id><Description>x</Description></Activity>"
        "<Activity><ExistingExternalIdentifier>nope</ExistingExternalIdentifier></Activity>"
        "<Activity><ExistingExternalIdentifier>u-a</ExistingExternalIdentifier>"
        + ext("u-b")
        + "</Activity>"
        "<Activity><ExistingExternalIdentifier>u-a</ExistingExternalIdentifier>"
        f"<EndTime>{DAY}T06:00:00</EndTime></Activity>"
        f"<Activity><Id>{approved_id}</Id><Description>x</Description></Activity>"
        "<Activity><Description>no id</Description></Activity>"
        "</ActivityList>",
    )
    assert code(upd) == 1019
    assert [r[1] for r in results(upd)] == [1002, 1002, 1025, 1025, 1022, 1012]


def test_delete_by_id_and_external_identifier(client: Client, server: SandboxServer) -> None:
    payload = insert(
        client,
        activity(extra=ext("del-1")),
        activity(day=DAY + timedelta(days=1), extra=ext("del-2")),
    )
    first_id = results(payload)[0][2]
    deleted = client.wt(
        "DeleteActivities",
        "<ActivityList>"
        f"<Activity><Id>{first_id}</Id></Activity>"
        "<Activity><ExistingExternalIdentifier>del-2</ExistingExternalIdentifier></Activity>"
        "<Activity><Id>99999999</Id></Activity>"
        "</ActivityList>",
    )
    assert code(deleted) == 1019
    assert [r[1] for r in results(deleted)] == [1000, 1000, 1002]
    assert server.store.count_events_with_external_id("del-1") == 0
    assert server.store.count_events_with_external_id("del-2") == 0


def test_delete_on_locked_day_is_refused(client: Client, server: SandboxServer) -> None:
    old = get(
        client,
        f"<FilterByUserIds><UserId>{PERSON}</UserId></FilterByUserIds>"
        f"<FilterByEndDate>{TODAY - timedelta(days=60)}</FilterByEndDate>",
    )
    old_id = old.findtext("Activities/Activity/Id")
    assert old.findtext("Activities/Activity/IsLocked") == "true"
    deleted = client.wt(
        "DeleteActivities", f"<ActivityList><Activity><Id>{old_id}</Id></Activity></ActivityList>"
    )
    assert [r[1] for r in results(deleted)] == [1022]


def test_get_activities_filters(client: Client, server: SandboxServer) -> None:
    person = server.store.person(person_id=PERSON)
    assert person is not None
    window = (
        f"<FilterByStartDate>{TODAY - timedelta(days=30)}</FilterByStartDate>"
        f"<FilterByEndDate>{TODAY - timedelta(days=1)}</FilterByEndDate>"
    )
    by_filter = {
        "ids": f"<FilterByUserIds><UserId>{PERSON}</UserId></FilterByUserIds>",
        "names": f"<FilterByUserNames><UserName>{person['username']}</UserName>"
        "</FilterByUserNames>",
        "numbers": "<FilterByUserPersonnelNumbers><PersonnelNumber>"
        f"{person['employee_number']}</PersonnelNumber></FilterByUserPersonnelNumbers>",
        "ssn": "<FilterByUserSocialSecurityNumbers><SocialSecurityNumber>"
        f"{person['personal_identity_code']}</SocialSecurityNumber>"
        "</FilterByUserSocialSecurityNumbers>",
        "external": "<FilterByUserPersonExternalIdentifiers><PersonExternalIdentifier>"
        f"<Identifier>{person['external_identifier1']}</Identifier>"
        "<FieldName>External identifier 1</FieldName></PersonExternalIdentifier>"
        "</FilterByUserPersonExternalIdentifiers>",
    }
    answers = {}
    for name, xml in by_filter.items():
        payload = get(client, xml + window)
        assert code(payload) == 1000
        acts = payload.findall("Activities/Activity")
        assert acts and all(a.findtext("UserId") == str(PERSON) for a in acts)
        answers[name] = [a.findtext("Id") for a in acts]
    assert len({tuple(v) for v in answers.values()}) == 1
    for a in get(client, by_filter["ids"] + window).iterfind("Activities/Activity"):
        start = a.findtext("StartTime") or ""
        assert str(TODAY - timedelta(days=30)) <= start[:10] <= str(TODAY - timedelta(days=1))
    sick = get(
        client,
        "<FilterByActivityTypeIds><ActivityTypeId>2</ActivityTypeId>"
        "</FilterByActivityTypeIds>" + window,
    )
    assert {a.findtext("ActivityTypeId") for a in sick.iterfind("Activities/Activity")} == {"2"}
    assert sick.find("Activities/Activity/ActivityDetails/MedicalCertificate") is not None


def test_removed_persons_events_only_when_filtered_by_person(
    client: Client, server: SandboxServer
) -> None:
    removed = server.store.count("persons", "removed = 1")
    assert removed > 0
    with server.store.reading() as conn:
        row = conn.execute(
            "SELECT p.id, p.username, MAX(e.start) AS last FROM persons p"
            " JOIN events e ON e.person_id = p.id WHERE p.removed = 1"
            " GROUP BY p.id LIMIT 1"
        ).fetchone()
    day = row["last"][:10]
    window = f"<FilterByStartDate>{day}</FilterByStartDate><FilterByEndDate>{day}</FilterByEndDate>"
    everyone = get(client, window)
    assert everyone.findall("Activities/Activity")
    assert str(row["id"]) not in {
        a.findtext("UserId") for a in everyone.iterfind("Activities/Activity")
    }
    filtered = get(
        client,
        f"<FilterByUserNames><UserName>{row['username']}</UserName></FilterByUserNames>{window}",
    )
    assert filtered.findall("Activities/Activity")


def test_get_activities_errors(client: Client) -> None:
    assert (
        code(get(client, "<FilterByUserNames><UserName>nobody.here</UserName></FilterByUserNames>"))
        == 1003
    )
    assert code(get(client, "<FilterByUserIds><UserId>abc</UserId></FilterByUserIds>")) == 1012
    assert (
        code(
            get(
                client,
                "<FilterByStartDate>2026-02-01</FilterByStartDate>"
                "<FilterByEndDate>2026-01-01</FilterByEndDate>",
            )
        )
        == 1012
    )
    bad_field = (
        "<FilterByUserPersonExternalIdentifiers><PersonExternalIdentifier><Identifier>x"
        "</Identifier><FieldName>Shoe size</FieldName></PersonExternalIdentifier>"
        "</FilterByUserPersonExternalIdentifiers>"
    )
    assert code(get(client, bad_field)) == 1012


def test_modified_date_time_set_on_write(client: Client) -> None:
    payload = insert(client, activity(extra=ext("mod-1")))
    read = get(
        client,
        "<FilterByExternalIdentifiers><ExternalIdentifier>mod-1"
        "</ExternalIdentifier></FilterByExternalIdentifiers>",
    )
    modified = read.findtext("Activities/Activity/ModifiedDateTime") or ""
    assert modified[:10] == str(TODAY)
    assert read.findtext("Activities/Activity/Id") == results(payload)[0][2]


@pytest.mark.parametrize(
    "operation", ["InsertActivitiesV3", "UpdateActivitiesV2", "DeleteActivities"]
)
def test_no_rights_user_may_read_but_not_write(
    client: Client, server: SandboxServer, operation: str
) -> None:
    no_rights = auth_xml(username="no.rights")
    assert code(client.wt("GetActivityTypes", auth=no_rights)) == 1000
    payload = client.wt(
        operation,
        "<ActivityList>" + activity(extra="<Id>1</Id>") + "</ActivityList>",
        auth=no_rights,
    )
    assert code(payload) == 1015
    assert server.store.count("events", "start >= ?", (f"{DAY}",)) == 0


def test_empty_activity_list_is_1012(client: Client) -> None:
    assert code(insert(client)) == 1012


def test_text_is_escaped_in_the_large_read(client: Client) -> None:
    tricky = "a &lt; b &amp; c &gt; d ]]&gt; \"q\" 'å'"
    insert(client, activity(extra=f"<Description>{tricky}</Description>" + ext("esc&amp;1")))
    read = get(
        client,
        "<FilterByExternalIdentifiers><ExternalIdentifier>esc&amp;1"
        "</ExternalIdentifier></FilterByExternalIdentifiers>",
    )
    assert read.findtext("Activities/Activity/Description") == "a < b & c > d ]]> \"q\" 'å'"
    assert read.findtext("Activities/Activity/ExternalIdentifiers/ExternalIdentifier") == "esc&1"


def test_event_types_with_absence_sub_types(demo_client: Client) -> None:
    payload = demo_client.wt("GetActivityTypes")
    types = {int(t.findtext("Id") or 0): t for t in payload.iterfind("ActivityTypes/ActivityType")}
    assert {1: "work", 31: "meeting", 84: "remote_work", 239: "emergency_work"}.items() <= {
        i: t.findtext("InternalName") for i, t in types.items()
    }.items()
    assert {t.findtext("Category") for t in types.values()} == {
        "work",
        "absence",
        "administrative",
    }
    absence = next(t for t in types.values() if t.findtext("InternalName") == "absence")
    codes = [a.findtext("Code") for a in absence.iterfind("AbsenceTypes/AbsenceType")]
    assert len(codes) >= 5 and all(codes)
    names = {t.findtext("Name") for t in types.values()}
    assert {"Sairausloma", "Vuosiloma", "Saldovapaa"} <= names


def test_approver_by_identity_code_and_removed_person_refused(
    client: Client, server: SandboxServer
) -> None:
    boss = server.store.person(person_id=100)
    assert boss is not None
    with server.store.reading() as conn:
        removed = conn.execute("SELECT id FROM persons WHERE removed = 1 LIMIT 1").fetchone()[0]
    payload = insert(
        client,
        activity(
            extra="<ApproverSocialSecurityNumber>"
            f"{boss['personal_identity_code']}</ApproverSocialSecurityNumber>"
        ),
        activity(f"<UserId>{removed}</UserId>", day=DAY + timedelta(days=1)),
    )
    assert [r[1] for r in results(payload)] == [1000, 1003]
    stored = server.store.event(int(results(payload)[0][2] or 0))
    assert stored is not None and stored["approver_id"] == 100 and stored["approved"] == 1
