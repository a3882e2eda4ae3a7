"""Batch writes over a scripted loopback server: batching, concurrency, and settling
unknown outcomes by reading back (never by blind re-sending)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from lxml import etree

from nepton_desktop.api import Credentials, Environment, NeptonService, Profile, errors
from nepton_desktop.api.transport import Transport, TransportSettings
from nepton_desktop.domain.records import (
    UNKNOWN_OUTCOME,
    EventRef,
    EventUpdate,
    NewEvent,
    PersonRef,
)

from . import responses as r
from .stub_server import Reply, StubServer


async def _no_sleep(_: float) -> None:
    return None


def service_for(stub: StubServer, *, batch_size: int = 3, **settings: object) -> NeptonService:
    counter = itertools.count()
    profile = Profile(
        "stub", Environment.CUSTOM, stub.url, stub.url, "1234", "123456", "api.integration"
    )
    transport = Transport(TransportSettings(**settings), sleep=_no_sleep)  # type: ignore[arg-type]
    return NeptonService(
        profile,
        Credentials("Secret-Pw-1", "Secret-Ws-1"),
        transport=transport,
        batch_size=batch_size,
        id_factory=lambda: f"nd-{next(counter)}",
    )


def events(n: int) -> list[NewEvent]:
    return [
        NewEvent(
            person=PersonRef(user_id=7),
            start=datetime(2027, 1, 1, 8) + timedelta(minutes=i),
            event_type_id=1,
        )
        for i in range(n)
    ]


def insert_ok(n: int, first_id: int = 100) -> bytes:
    return r.worktime(
        "InsertActivitiesV3",
        1000,
        r.results(
            [
                {"Index": i, "ResponseCode": 1000, "Id": first_id + i, "Created": "true"}
                for i in range(n)
            ]
        ),
    )


def found(pairs: list[tuple[int, str]]) -> bytes:
    acts = [
        (
            "Activity",
            [
                ("Id", i),
                ("UserId", 7),
                ("ActivityTypeId", 1),
                ("StartTime", "2027-01-01T08:00:00"),
                ("IsApproved", "false"),
                ("IsLocked", "false"),
                ("ExternalIdentifiers", [("ExternalIdentifier", ext)]),
            ],
        )
        for i, ext in pairs
    ]
    return r.worktime("GetActivitiesV5", 1000, [("Activities", acts)])


def operations(stub: StubServer) -> list[str]:
    return [etree.fromstring(body)[-1][0].tag.split("}")[1] for _, _, body in stub.requests]


def ext_ids_sent(body: bytes) -> list[str]:
    return [e.text or "" for e in etree.fromstring(body).iter("ExternalIdentifier")]


async def test_batches_never_exceed_the_concurrency_limit() -> None:
    with StubServer([Reply(body=insert_ok(50), delay=0.05)]) as stub:
        svc = service_for(stub, batch_size=50, max_concurrency=2)
        results = await svc.worktime.insert_events(events(1000))
        await svc.aclose()
    assert len(stub.requests) == 20 and stub.max_in_flight == 2
    assert all(
        len(etree.fromstring(b).findall(".//ActivityList/Activity")) == 50
        for _, _, b in stub.requests
    )
    assert [x.index for x in results] == list(range(1000)) and all(x.ok for x in results)
    sent = [e for _, _, b in stub.requests for e in ext_ids_sent(b)]
    assert sorted(sent) == sorted(f"nd-{i}" for i in range(1000))


async def test_dropped_insert_is_read_back_and_only_the_missing_items_resent() -> None:
    replies = [
        Reply(drop=True),  # insert of nd-0, nd-1, nd-2: outcome unknown
        Reply(body=found([(500, "nd-0"), (501, "nd-1")])),  # read back: two were saved
        Reply(body=insert_ok(1, first_id=502)),  # nd-2 sent once more
    ]
    with StubServer(replies) as stub:
        svc = service_for(stub)
        results = await svc.worktime.insert_events(events(3))
        await svc.aclose()
    assert operations(stub) == [
        "ParametersForInsertActivitiesV3",
        "ParametersForGetActivitiesV5",
        "ParametersForInsertActivitiesV3",
    ]
    assert ext_ids_sent(stub.requests[1][2]) == ["nd-0", "nd-1", "nd-2"]
    assert ext_ids_sent(stub.requests[2][2]) == ["nd-2"]
    assert [(x.ok, x.id) for x in results] == [(True, 500), (True, 501), (True, 502)]
    assert "reading back" in results[0].message


async def test_unreadable_outcome_stays_unknown() -> None:
    with StubServer([Reply(body=insert_ok(3), truncate_to=40), Reply(503)]) as stub:
        svc = service_for(stub, read_attempts=2)
        results = await svc.worktime.insert_events(events(3))
        await svc.aclose()
    assert (
        operations(stub)
        == ["ParametersForInsertActivitiesV3"] + ["ParametersForGetActivitiesV5"] * 2
    )
    assert all(x.code == UNKNOWN_OUTCOME for x in results)
    assert isinstance(errors.item_error(results[0]), errors.OutcomeUnknown)


async def test_second_failure_after_read_back_reports_not_saved() -> None:
    replies = [Reply(503), Reply(body=found([])), Reply(503), Reply(body=found([]))]
    with StubServer(replies) as stub:
        svc = service_for(stub)
        results = await svc.worktime.insert_events(events(2))
        await svc.aclose()
    assert len(stub.requests) == 4  # insert, read back, one re-send, read back: never more
    assert all(x.code == errors.HttpStatusError.code for x in results)
    assert "not saved" in results[0].message


async def test_update_of_unknown_outcome_is_compared_after_reading_back() -> None:
    applied = r.worktime(
        "GetActivitiesV5",
        1000,
        [
            (
                "Activities",
                [
                    (
                        "Activity",
                        [
                            ("Id", 5),
                            ("UserId", 7),
                            ("ActivityTypeId", 1),
                            ("StartTime", "2027-01-01T08:00:00"),
                            ("Description", "new"),
                            ("IsApproved", "false"),
                            ("IsLocked", "false"),
                        ],
                    )
                ],
            )
        ],
    )
    with StubServer([Reply(drop=True), Reply(body=applied)]) as stub:
        svc = service_for(stub)
        [res] = await svc.worktime.update_events([EventUpdate(id=5, description="new")])
        await svc.aclose()
    assert res.ok and len(stub.requests) == 2


async def test_delete_of_unknown_outcome_is_confirmed_by_absence() -> None:
    with StubServer([Reply(drop=True), Reply(body=found([]))]) as stub:
        svc = service_for(stub)
        [res] = await svc.worktime.delete_events([EventRef(id=5)])
        await svc.aclose()
    assert res.ok and "deleted" in res.message and len(stub.requests) == 2


async def test_whole_request_refusal_stops_remaining_batches() -> None:
    refused = r.worktime("InsertActivitiesV3", 1001, message="Authentication failed")
    with StubServer([Reply(body=refused)]) as stub:
        svc = service_for(stub, batch_size=2, max_concurrency=1)
        with pytest.raises(errors.AuthenticationFailed) as info:
            await svc.worktime.insert_events(events(6))
        await svc.aclose()
    assert len(stub.requests) == 1
    assert info.value.item_results is not None
    codes = [x.code for x in info.value.item_results]
    assert codes == [1001, 1001] + [errors.CallsStopped.code] * 4  # queued batches never sent
    assert "Secret-Pw-1" not in svc.request_log.to_csv() + str(info.value)


def _projects_answer(*found: tuple[int, str]) -> bytes:
    return r.worktime(
        "GetProjectsV2",
        1000,
        [
            (
                "Projects",
                [
                    (
                        "Project",
                        [
                            ("Id", pid),
                            ("Name", "New"),
                            ("ExternalIdentifiers", [("ExternalIdentifier", ext)]),
                        ],
                    )
                    for pid, ext in found
                ],
            )
        ],
    )


async def test_project_upsert_of_unknown_outcome_resends_matched_and_reads_back_new() -> None:
    from nepton_desktop.domain.records import ProjectUpsert

    ok_matched = r.worktime(
        "EnsureProjectsExistV4", 1000, r.results([{"Index": 0, "ResponseCode": 1000, "Id": 9}])
    )
    with StubServer(
        [Reply(drop=True), Reply(body=ok_matched), Reply(body=_projects_answer((12, "nd-0")))]
    ) as stub:
        svc = service_for(stub)
        results = await svc.worktime.ensure_projects(
            [ProjectUpsert(code="P1", name="Matched by code"), ProjectUpsert(name="New, no key")]
        )
        await svc.aclose()
    operations = [etree.fromstring(req[2])[-1][0].tag.split("}")[-1] for req in stub.requests]
    assert operations == [
        "ParametersForEnsureProjectsExistV4",
        "ParametersForEnsureProjectsExistV4",
        "ParametersForGetProjectsV2",
    ]
    first = etree.fromstring(stub.requests[0][2]).findall(".//Projects/Project")
    assert [p.findtext("ExternalIdentifier") for p in first] == [None, "nd-0"]
    # Only the upsert matched by its code is sent again; the new one is found by reading back.
    resent = etree.fromstring(stub.requests[1][2]).findall(".//Projects/Project")
    assert [p.findtext("Code") for p in resent] == ["P1"]
    assert results[0].ok and results[0].id == 9
    assert results[1].ok and results[1].id == 12 and "reading back" in results[1].message


async def test_new_project_of_unknown_outcome_not_found_is_sent_once_more() -> None:
    from nepton_desktop.domain.records import ProjectUpsert

    created = r.worktime(
        "EnsureProjectsExistV4",
        1000,
        r.results([{"Index": 0, "ResponseCode": 1000, "Id": 13, "Created": "true"}]),
    )
    replies = [Reply(drop=True), Reply(body=_projects_answer()), Reply(body=created)]
    with StubServer(replies) as stub:
        svc = service_for(stub)
        [result] = await svc.worktime.ensure_projects(
            [ProjectUpsert(name="New", external_identifier="erp-77")]
        )
        await svc.aclose()
    assert len(stub.requests) == 3
    assert result.ok and result.id == 13
    # Dropped again after the second send, and still not there: reported as not saved.
    replies = [Reply(drop=True), Reply(body=_projects_answer()), Reply(drop=True)]
    with StubServer([*replies, Reply(body=_projects_answer())]) as stub:
        svc = service_for(stub)
        [result] = await svc.worktime.ensure_projects(
            [ProjectUpsert(name="New", external_identifier="erp-77")]
        )
        await svc.aclose()
    assert len(stub.requests) == 4
    assert not result.ok and result.code != UNKNOWN_OUTCOME
    assert "not saved (confirmed by reading back)" in result.message


def _persons_answer(*persons: list[tuple[str, object]]) -> bytes:
    return r.hr("GetPersons", [("Persons", [("Person", fields) for fields in persons])])


def _person(nepton_id: int, first: str, last: str, **fields: object) -> list[tuple[str, object]]:
    names = {"username": "Username", "employee_number": "EmployeeNumber", "email": "Email"}
    return [
        ("NeptonId", nepton_id),
        *((names[k], v) for k, v in fields.items()),
        ("FirstName", first),
        ("LastName", last),
    ]


async def test_person_import_of_unknown_outcome_is_read_back_before_anything_is_sent_again() -> (
    None
):
    """The answer is lost: the persons are read back. A row whose person holds what it wrote
    is done and not sent again; a row that names its person but is not done is sent again
    alone (Nepton updates by username, nobody is created twice)."""
    from nepton_desktop.domain.records import Person

    ok = r.hr("ImportUsersFromCSV", [("ResultCode", "1000"), ("ResultMessage", "Success.")])
    rows = [
        Person("A", "B", username="a.b", email="a@example.fi"),
        Person("C", "D", employee_number="1002", email="c@example.fi"),
    ]
    # a.b holds the new e-mail (done); 1002 still the old one (not done).
    numbers = _persons_answer(_person(8, "C", "D", employee_number="1002", email="old@x.fi"))
    names = _persons_answer(_person(7, "A", "B", username="A.B", email="a@example.fi"))
    with StubServer(
        [Reply(drop=True), Reply(body=numbers), Reply(body=names), Reply(body=ok)]
    ) as stub:
        svc = service_for(stub)
        outcome = await svc.hr.import_persons(rows, ignore_empty_values=True)
        await svc.aclose()
    assert operations(stub) == [
        "ImportUsersFromCSV",
        "GetPersons",
        "GetPersons",
        "ImportUsersFromCSV",
    ]
    resent = stub.requests[3][2].decode()
    assert "1002" in resent and "a.b" not in resent
    assert outcome.ok and [(x.index, x.code) for x in outcome.row_results] == [(0, 1000), (1, 1000)]
    assert outcome.row_results[0].message == "saved (confirmed by reading back)"
    assert outcome.row_results[0].id == 7
    assert outcome.row_results[1].message.startswith("sent again after reading back")


async def test_person_import_lost_twice_is_read_back_again_and_never_sent_a_third_time() -> None:
    from nepton_desktop.domain.records import Person

    missing = _persons_answer()
    there = _persons_answer(_person(7, "A", "B", username="a.b"))
    with StubServer(
        [Reply(drop=True), Reply(body=missing), Reply(drop=True), Reply(body=there)]
    ) as stub:
        svc = service_for(stub)
        outcome = await svc.hr.import_persons(
            [Person("A", "B", username="a.b")], ignore_empty_values=True
        )
        await svc.aclose()
    assert operations(stub).count("ImportUsersFromCSV") == 2
    assert outcome.ok and outcome.row_results[0].message == "saved (confirmed by reading back)"
    # Lost twice and not there after either: unknown, still not sent a third time.
    with StubServer(
        [Reply(drop=True), Reply(body=missing), Reply(drop=True), Reply(body=missing)]
    ) as stub:
        svc = service_for(stub)
        outcome = await svc.hr.import_persons(
            [Person("A", "B", username="a.b")], ignore_empty_values=True
        )
        await svc.aclose()
    assert operations(stub).count("ImportUsersFromCSV") == 2
    assert not outcome.ok and outcome.row_results[0].code == UNKNOWN_OUTCOME


async def test_person_import_of_unknown_outcome_leaves_an_unnamed_row_unknown() -> None:
    """A row without Nepton id, username or employee number cannot be looked up, and sending
    it again could create the person twice: it is reported unknown, never sent again."""
    from nepton_desktop.domain.records import Person

    there = _persons_answer(_person(7, "A", "B", username="a.b"))
    with StubServer([Reply(drop=True), Reply(body=there)]) as stub:
        svc = service_for(stub)
        outcome = await svc.hr.import_persons(
            [Person("A", "B", username="a.b"), Person("New", "Person")],
            ignore_empty_values=True,
        )
        await svc.aclose()
    assert operations(stub) == ["ImportUsersFromCSV", "GetPersons"]
    assert [x.code for x in outcome.row_results] == [1000, UNKNOWN_OUTCOME]
    assert not outcome.ok and "unknown whether rows 2 were saved" in outcome.message


async def test_person_import_whose_read_back_fails_sends_nothing_again() -> None:
    from nepton_desktop.domain.records import Person

    refused = r.hr("GetPersons", [("ErrorMessage", "Service unavailable")])
    with StubServer([Reply(drop=True), Reply(body=refused)]) as stub:
        svc = service_for(stub)
        outcome = await svc.hr.import_persons(
            [Person("A", "B", username="a.b")], ignore_empty_values=True
        )
        await svc.aclose()
    assert operations(stub) == ["ImportUsersFromCSV", "GetPersons"]
    assert outcome.row_results[0].code == UNKNOWN_OUTCOME


async def test_a_value_nepton_cannot_take_stops_the_write_before_anything_is_sent() -> None:
    items = events(10)
    items[7].description = "bad \x01 char"
    with StubServer([Reply(body=insert_ok(3))]) as stub:
        svc = service_for(stub)
        with pytest.raises(errors.InvalidValue) as info:
            await svc.worktime.insert_events(items)
        await svc.aclose()
    assert stub.requests == []
    assert info.value.item == 7 and info.value.field == "Description (item 8)"
    assert "\x01" not in str(info.value)


async def test_a_lockout_on_the_resend_keeps_the_items_already_confirmed() -> None:
    locked = r.worktime("InsertActivitiesV3", 1018, message="locked")
    replies = [Reply(drop=True), Reply(body=found([(500, "nd-0")])), Reply(body=locked)]
    with StubServer(replies) as stub:
        svc = service_for(stub)
        results = await svc.worktime.insert_events(events(2))
        await svc.aclose()
    assert results[0].ok and results[0].id == 500
    assert results[1].code == 1018 and not results[1].ok
    assert isinstance(svc.stopped_by, errors.AccountLocked)


async def test_a_read_whose_answer_does_not_parse_is_read_again() -> None:
    good = r.worktime("GetActivityTypes", 1000)
    cut = good[:-40]  # whole by HTTP (its own Content-Length), but not well-formed XML
    with StubServer([Reply(body=cut), Reply(body=good)]) as stub:
        svc = service_for(stub)
        assert await svc.worktime.get_event_types() == []
        await svc.aclose()
    assert len(stub.requests) == 2
    assert any("reading again" in e.outcome for e in svc.request_log.entries)
