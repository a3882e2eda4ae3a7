"""The compatibility check lists what the client uses that a server's WSDL does not declare."""

from __future__ import annotations

from lxml import etree

from nepton_desktop.api import NeptonService, compatibility
from nepton_desktop.api.contract import HR_WSDL, WORKTIME_WSDL

XS = "{http://www.w3.org/2001/XMLSchema}"
WSDL = "{http://schemas.xmlsoap.org/wsdl/}"


def test_used_set_covers_codec_operations_and_leaves() -> None:
    used = compatibility.used("worktime")
    assert "InsertActivitiesV3" in used.operations and "GetProjects" not in used.operations
    assert (
        "ParametersForGetActivitiesV5/FilterByExternalIdentifiers/ExternalIdentifier" in used.paths
    )
    assert (
        "ReturnValueForGetActivitiesV5/Activities/Activity/ActivityDetails/AdditionalInfo"
        in used.paths
    )
    # group refs are followed: ActivityFields inside NewActivity
    assert "ParametersForInsertActivitiesV3/ActivityList/Activity/ActivityTypeCode" in used.paths
    hr = compatibility.used("hr")
    assert "ImportUsersFromCSV/importData" in hr.paths
    assert "GetPersonsResponse/GetPersonsResult/Persons/Person/IBAN" in hr.paths


def test_the_contract_itself_is_fully_compatible() -> None:
    assert compatibility.compare("worktime", WORKTIME_WSDL.read_bytes()) == []
    assert compatibility.compare("hr", HR_WSDL.read_bytes()) == []


def _without(path: str, element_name: str | None = None, operation: str | None = None) -> bytes:
    tree = etree.parse(path)
    if element_name:
        for el in list(tree.iter(f"{XS}element")):
            if el.get("name") == element_name:
                el.getparent().remove(el)
    if operation:
        for op in list(tree.iter(f"{WSDL}operation")):
            if op.get("name") == operation:
                op.getparent().remove(op)
    return etree.tostring(tree)


def test_missing_operation_and_elements_are_listed() -> None:
    live = _without(
        str(WORKTIME_WSDL), element_name="FilterByExternalIdentifiers", operation="DeleteActivities"
    )
    missing = compatibility.compare("worktime", live)
    names = {(m.kind, m.name) for m in missing}
    assert ("operation", "DeleteActivities") in names
    assert ("element", "ParametersForGetActivitiesV5/FilterByExternalIdentifiers") in names
    assert (
        "element",
        "ParametersForGetActivitiesV5/FilterByExternalIdentifiers/ExternalIdentifier",
    ) in names
    assert all("not declared" in str(m) for m in missing)
    hr_live = _without(str(HR_WSDL), element_name="IBAN")
    assert [m.name for m in compatibility.compare("hr", hr_live)] == [
        "GetPersonsResponse/GetPersonsResult/Persons/Person/IBAN"
    ]


async def test_live_check_against_the_sandbox(service: NeptonService) -> None:
    report = await compatibility.check_live(service)
    assert report == {"worktime": [], "hr": []}
