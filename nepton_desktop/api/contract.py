"""Where the wire contract lives, and the operations of it that the client uses."""

from __future__ import annotations

from pathlib import Path

WSDL_DIR = Path(__file__).resolve().parents[2] / "resources" / "wsdl"
WORKTIME_WSDL = WSDL_DIR / "worktime.wsdl"
HR_WSDL = WSDL_DIR / "hr.wsdl"

# Operation name -> (request root element, response root element), per API. These are the
# operations the codec builds and parses; the compatibility check walks the contract from
# these roots to know every element the client relies on.
WORKTIME_OPERATIONS: dict[str, tuple[str, str]] = {
    op: (f"ParametersFor{op}", f"ReturnValueFor{op}")
    for op in (
        "GetActivityTypes",
        "GetProjectsV2",
        "EnsureProjectsExistV4",
        "GetActivitiesV5",
        "InsertActivitiesV3",
        "UpdateActivitiesV2",
        "DeleteActivities",
    )
}
HR_OPERATIONS: dict[str, tuple[str, str]] = {
    op: (op, f"{op}Response") for op in ("GetUnits", "ImportUsersFromCSV", "GetPersons")
}
