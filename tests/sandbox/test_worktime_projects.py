"""GetProjects, GetProjectsV2 and EnsureProjectsExistV4 on the demo community."""

from __future__ import annotations

from lxml import etree

from nepton_desktop.sandbox import SandboxServer
from tests.sandbox.conftest import Client, auth_xml, code, results


def projects(client: Client, filters: str = "", v2: bool = True) -> list[etree._Element]:
    payload = client.wt("GetProjectsV2" if v2 else "GetProjects", filters)
    assert code(payload) == 1000, payload.findtext("ResponseString")
    return payload.findall("Projects/Project")


def ids(found: list[etree._Element]) -> list[int]:
    return [int(p.findtext("Id") or 0) for p in found]


def test_demo_hierarchy(demo_client: Client) -> None:
    found = projects(demo_client)
    assert len(found) == 80
    by_id = {int(p.findtext("Id") or 0): p for p in found}
    kinds = {p.findtext("ProjectTypeInternalName") for p in found}
    assert kinds == {"customer", "project_work", "cost_centre", "work_order"}
    for p in found:
        kind = p.findtext("ProjectTypeInternalName")
        parent = p.findtext("ParentId")
        if kind == "customer":
            assert parent is None
        else:
            expected = "customer" if kind == "project_work" else "project_work"
            assert by_id[int(parent or 0)].findtext("ProjectTypeInternalName") == expected


def test_filters(demo_client: Client) -> None:
    assert ids(
        projects(demo_client, "<FilterByProjectIds>1000, 1001,1002</FilterByProjectIds>")
    ) == [1000, 1001, 1002]
    assert (
        len(
            projects(
                demo_client,
                "<FilterByProjectTypeInternalName>customer</FilterByProjectTypeInternalName>",
            )
        )
        == 8
    )
    codes = [
        p.findtext("Code")
        for p in projects(demo_client, "<FilterByProjectCode>C01*</FilterByProjectCode>")
    ]
    assert codes and all((c or "").startswith("C01") for c in codes)
    assert len(projects(demo_client, "<FilterByProjectCode>c01-p1</FilterByProjectCode>")) == 1
    orders = projects(demo_client, "<FilterByProjectName>Työmääräys *</FilterByProjectName>")
    assert orders and all(p.findtext("ProjectTypeInternalName") == "work_order" for p in orders)
    by_ext = projects(
        demo_client, "<FilterByExternalIdentifiers>ERP-C01-P1,CRM-700</FilterByExternalIdentifiers>"
    )
    assert sorted(p.findtext("Code") or "" for p in by_ext) == ["C01", "C01-P1"]
    assert by_ext[0].find("ExternalIdentifiers/ExternalIdentifier") is not None
    group = projects(demo_client, "<FilterByUserGroupId>3</FilterByUserGroupId>")
    assert all(p.findtext("ProjectTypeInternalName") == "project_work" for p in group)


def test_terminal_only_hides_children_of_hidden_parents(demo_client: Client) -> None:
    everything = projects(demo_client)
    hidden = {
        int(p.findtext("Id") or 0) for p in everything if p.findtext("VisibleInTerminal") == "false"
    }
    assert hidden
    terminal = projects(
        demo_client, "<FilterByTerminalProjectsOnly>true</FilterByTerminalProjectsOnly>"
    )
    assert not hidden & set(ids(terminal))
    assert len(terminal) == len(everything) - len(hidden)  # the demo hides only leaves


def test_active_range_needs_both_dates(demo_client: Client) -> None:
    payload = demo_client.wt(
        "GetProjectsV2",
        "<FilterActiveProjectsByStartDate>2026-01-01</FilterActiveProjectsByStartDate>",
    )
    assert code(payload) == 1012
    active = projects(
        demo_client,
        "<FilterActiveProjectsByStartDate>2026-01-01</FilterActiveProjectsByStartDate>"
        "<FilterActiveProjectsByEndDate>2026-12-31</FilterActiveProjectsByEndDate>",
    )
    assert active and all(p.findtext("IsCompleted") == "false" for p in active)
    assert len(active) < 80


def test_order(demo_client: Client) -> None:
    names = [
        p.findtext("Name") or ""
        for p in projects(demo_client, "<OrderResultsFirstBy>Name</OrderResultsFirstBy>")
    ]
    assert names == sorted(names, key=str.lower)
    assert (
        code(demo_client.wt("GetProjectsV2", "<OrderResultsFirstBy>Colour</OrderResultsFirstBy>"))
        == 1012
    )


def test_v1_has_no_external_identifiers(demo_client: Client) -> None:
    found = projects(demo_client, "<FilterByProjectIds>1000</FilterByProjectIds>", v2=False)
    assert found[0].find("ExternalIdentifiers") is None


def ensure(client: Client, *items: str, auth: str | None = None) -> etree._Element:
    return client.wt("EnsureProjectsExistV4", f"<Projects>{''.join(items)}</Projects>", auth=auth)


def test_ensure_creates_and_updates_by_each_key(client: Client, server: SandboxServer) -> None:
    created = ensure(
        client,
        "<Project><Code>NEW-1</Code><ExternalIdentifier>X-NEW-1</ExternalIdentifier>"
        "<Name>Uusi projekti</Name><ParentCode>C01</ParentCode>"
        "<ProjectTypeInternalName>project_work</ProjectTypeInternalName>"
        "<StartDate>2026-01-01</StartDate></Project>",
    )
    assert code(created) == 1000
    new_id = int(results(created)[0][2] or 0)
    assert created.findtext("Results/Result/Created") == "true"
    first = projects(client, f"<FilterByProjectIds>{new_id}</FilterByProjectIds>")[0]
    assert first.findtext("ParentId") == "1000"
    updated = ensure(
        client,
        f"<Project><Id>{new_id}</Id><Description>by id</Description></Project>",
        "<Project><ExistingProjectIdentifier>X-NEW-1</ExistingProjectIdentifier>"
        "<Name>Renamed</Name></Project>",
        "<Project><Code>NEW-1</Code><EndDate>2026-12-31</EndDate>"
        "<ParentExternalIdentifier>CRM-701</ParentExternalIdentifier></Project>",
    )
    assert code(updated) == 1000
    assert [(r[1], r[2]) for r in results(updated)] == [(1000, str(new_id))] * 3
    assert all(r.findtext("Created") == "false" for r in updated.iterfind("Results/Result"))
    p = projects(client, f"<FilterByProjectIds>{new_id}</FilterByProjectIds>")[0]
    assert (p.findtext("Name"), p.findtext("Description"), p.findtext("EndDate")) == (
        "Renamed",
        "by id",
        "2026-12-31",
    )
    c02 = projects(client, "<FilterByExternalIdentifiers>CRM-701</FilterByExternalIdentifiers>")
    assert p.findtext("ParentId") == c02[0].findtext("Id")
    assert (p.findtext("ModifiedDateTime") or "") > (first.findtext("ModifiedDateTime") or "")


def test_ensure_item_errors(client: Client) -> None:
    payload = ensure(
        client,
        "<Project><Id>99999</Id><Name>x</Name></Project>",  # 1004
        "<Project><Code>NEW-2</Code><ExternalIdentifier>ERP-C01-P1</ExternalIdentifier>"
        "<Name>dup</Name></Project>",  # external identifier taken: item error
        "<Project><Code>NEW-3</Code></Project>",  # no name for a new project: 1012
        "<Project><Code>NEW-4</Code><Name>x</Name><ParentCode>NOPE</ParentCode></Project>",
        "<Project><Code>NEW-5</Code><Name>x</Name><StartDate>2026-05-01</StartDate>"
        "<EndDate>2026-04-01</EndDate></Project>",  # 1025
        "<Project><Id>1000</Id><ParentId>1001</ParentId></Project>",  # cycle: 1009
        "<Project><Code>NEW-6</Code><Name>ok</Name></Project>",
    )
    assert code(payload) == 1019
    assert [r[1] for r in results(payload)] == [1004, 1025, 1012, 1004, 1025, 1009, 1000]


def test_project_managers_add_and_remove_others(client: Client, server: SandboxServer) -> None:
    person = server.store.person(person_id=105)
    assert person is not None
    base = "<Project><Code>PM-1</Code><Name>Managed</Name>{}</Project>"
    ensure(
        client,
        base.format(
            "<ProjectManagers><ProjectManager><UserId>101</UserId></ProjectManager>"
            "</ProjectManagers>"
        ),
    )
    ensure(
        client,
        base.format(
            "<ProjectManagers><ProjectManager><PersonnelNumber>10002</PersonnelNumber></ProjectManager>"
            f"<ProjectManager><Username>{person['username']}</Username></ProjectManager>"
            "</ProjectManagers>"
        ),
    )
    p = projects(client, "<FilterByProjectCode>PM-1</FilterByProjectCode>")[0]
    managers = [m.findtext("UserId") for m in p.iterfind("ProjectManagers/ProjectManager")]
    assert sorted(managers) == ["101", "102", "105"]
    ensure(
        client,
        base.format(
            "<ProjectManagers><RemoveOthers>true</RemoveOthers><ProjectManager>"
            f"<PersonExternalIdentifier><Identifier>{person['external_identifier1']}</Identifier>"
            "<FieldName>External identifier 1</FieldName></PersonExternalIdentifier>"
            "</ProjectManager></ProjectManagers>"
        ),
    )
    p = projects(client, "<FilterByProjectCode>PM-1</FilterByProjectCode>")[0]
    assert [m.findtext("UserId") for m in p.iterfind("ProjectManagers/ProjectManager")] == ["105"]
    bad = ensure(
        client,
        base.format(
            "<ProjectManagers><ProjectManager><UserId>424242</UserId>"
            "</ProjectManager></ProjectManagers>"
        ),
    )
    assert [r[1] for r in results(bad)] == [1003]


def test_project_module_off_is_1021(client: Client, server: SandboxServer) -> None:
    server.set_project_module(False)
    assert code(client.wt("GetProjectsV2")) == 1021
    assert code(client.wt("GetProjects")) == 1021
    assert code(ensure(client, "<Project><Code>X</Code><Name>x</Name></Project>")) == 1021
    event = client.wt(
        "InsertActivitiesV3",
        "<ActivityList><Activity><UserId>101</UserId>"
        "<ActivityTypeId>1</ActivityTypeId><StartTime>2027-03-01T08:00:00</StartTime>"
        "<ProjectCode>C01-P1</ProjectCode></Activity></ActivityList>",
    )
    assert [r[1] for r in results(event)] == [1021]
    server.set_project_module(True)
    assert code(client.wt("GetProjectsV2")) == 1000


def test_no_rights_cannot_ensure(client: Client) -> None:
    payload = ensure(
        client,
        "<Project><Code>X</Code><Name>x</Name></Project>",
        auth=auth_xml(username="no.rights"),
    )
    assert code(payload) == 1015
