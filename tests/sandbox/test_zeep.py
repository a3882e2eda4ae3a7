"""zeep, a SOAP client nobody here wrote, loads both served WSDLs and calls every operation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
import zeep

from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.sandbox.store import now_local


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def worktime(sandbox: SandboxServer) -> zeep.Client:
    return zeep.Client(sandbox.info.worktime_url + "?WSDL")


@pytest.fixture(scope="module")
def hr(sandbox: SandboxServer) -> zeep.Client:
    return zeep.Client(sandbox.info.hr_url + "?WSDL")


def _auth(sandbox: SandboxServer) -> dict[str, str]:
    info = sandbox.info
    return {"CustomerId": info.customer_id, "Username": info.username, "Password": info.password}


def _hr_auth(sandbox: SandboxServer) -> dict[str, str]:
    info = sandbox.info
    return {
        "Username": info.username,
        "UserPassword": info.password,
        "DeploymentId": info.deployment_id,
        "WebServicePassword": info.webservice_password,
    }


def test_every_operation_is_declared(worktime: zeep.Client, hr: zeep.Client) -> None:
    wt_ops = set(worktime.service._binding._operations)
    assert wt_ops == {
        "GetActivityTypes",
        "GetProjects",
        "GetProjectsV2",
        "EnsureProjectsExistV4",
        "GetActivitiesV5",
        "InsertActivitiesV3",
        "UpdateActivitiesV2",
        "DeleteActivities",
    }
    assert set(hr.service._binding._operations) == {"GetUnits", "ImportUsersFromCSV", "GetPersons"}


def test_worktime_reads(worktime: zeep.Client, sandbox: SandboxServer) -> None:
    auth = _auth(sandbox)
    types = worktime.service.GetActivityTypes(
        CallerAuthentication=auth, FilterByInternalNames={"InternalName": ["work"]}
    )
    assert types.ResponseCode == 1000
    assert [t.Id for t in types.ActivityTypes.ActivityType] == [1]
    v1 = worktime.service.GetProjects(CallerAuthentication=auth, FilterByProjectCode="C01*")
    assert v1.ResponseCode == 1000 and len(v1.Projects.Project) >= 4
    v2 = worktime.service.GetProjectsV2(
        CallerAuthentication=auth, FilterByExternalIdentifiers="ERP-C01-P1"
    )
    assert v2.Projects.Project[0].ExternalIdentifiers.ExternalIdentifier == ["ERP-C01-P1"]
    today = now_local().date()
    events = worktime.service.GetActivitiesV5(
        CallerAuthentication=auth,
        FilterByUserIds={"UserId": [101]},
        FilterByStartDate=today - timedelta(days=10),
        FilterByEndDate=today,
    )
    assert events.ResponseCode == 1000 and events.Activities.Activity
    assert isinstance(events.Activities.Activity[0].StartTime, datetime)


def test_worktime_writes(worktime: zeep.Client, sandbox: SandboxServer) -> None:
    auth = _auth(sandbox)
    day = now_local().date() + timedelta(days=30)
    ensured = worktime.service.EnsureProjectsExistV4(
        CallerAuthentication=auth,
        Projects={
            "Project": [
                {
                    "Code": "ZEEP-1",
                    "Name": "Zeep",
                    "ParentCode": "C01",
                    "ProjectManagers": {"RemoveOthers": True, "ProjectManager": [{"UserId": 101}]},
                }
            ]
        },
    )
    assert ensured.ResponseCode == 1000 and ensured.Results.Result[0].Created is True
    inserted = worktime.service.InsertActivitiesV3(
        CallerAuthentication=auth,
        ActivityList={
            "Activity": [
                {
                    "UserId": 101,
                    "ActivityTypeCode": "SAIR",
                    "StartTime": datetime.combine(day, datetime.min.time()).replace(hour=8),
                    "EndTime": datetime.combine(day, datetime.min.time()).replace(hour=16),
                    "ProjectCode": "ZEEP-1",
                    "ExternalIdentifiers": {"ExternalIdentifier": ["zeep-1"]},
                    "ActivityDetails": {"AdditionalInfo": "Sick", "MedicalCertificate": "NotKnown"},
                }
            ]
        },
    )
    assert inserted.ResponseCode == 1000
    event_id = inserted.Results.Result[0].Id
    updated = worktime.service.UpdateActivitiesV2(
        CallerAuthentication=auth,
        ActivityList={
            "Activity": [{"ExistingExternalIdentifier": "zeep-1", "Description": "updated by zeep"}]
        },
    )
    assert updated.ResponseCode == 1000 and updated.Results.Result[0].Id == event_id
    deleted = worktime.service.DeleteActivities(
        CallerAuthentication=auth, ActivityList={"Activity": [{"Id": event_id}]}
    )
    assert deleted.ResponseCode == 1000
    assert sandbox.store.event(event_id) is None


def test_hr_operations(hr: zeep.Client, sandbox: SandboxServer) -> None:
    units = hr.service.GetUnits(Request={**_hr_auth(sandbox), "IncludeDeletedUnits": False})
    assert units.ErrorMessage is None and len(units.Units.ReturnUnit) == 12
    persons = hr.service.GetPersons(
        Request={**_hr_auth(sandbox), "FilterByEmployeeNumbers": {"string": ["10005"]}}
    )
    assert [p.EmployeeNumber for p in persons.Persons.Person] == ["10005"]
    assert isinstance(persons.Persons.Person[0].EmploymentStartDate, date)
    imported = hr.service.ImportUsersFromCSV(
        **_hr_auth(sandbox),
        IgnoreEmptyValues=True,
        ImportType=0,
        importData="Employee number;First name;Last name\n95001;Zeep;Tuonti\n",
    )
    assert imported.ResultCode == "1000"
    assert sandbox.store.person(employee_number="95001") is not None
