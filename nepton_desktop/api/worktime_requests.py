"""Request builders of the Worktime API, one per operation, from the domain records.

Element order follows the contract's xs:sequence (resources/wsdl/worktime.wsdl); the tests
validate every request built here against that schema.
"""

from __future__ import annotations

from collections.abc import Sequence

from nepton_desktop.api import xml_text
from nepton_desktop.api.auth import WorktimeAuth
from nepton_desktop.api.envelope import WORKTIME_NS, SoapRequest, worktime_envelope
from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.api.xml_text import XmlWriter
from nepton_desktop.domain.records import (
    ActivityDetails,
    EventRef,
    EventUpdate,
    NewEvent,
    PersonRef,
    ProjectUpsert,
)
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP


def _request(operation: str, w: XmlWriter, items: int, *, write: bool) -> SoapRequest:
    return SoapRequest(
        api="worktime",
        operation=operation,
        soap_action=f"{WORKTIME_NS}#{operation}",
        body=worktime_envelope(f"ParametersFor{operation}", w.getvalue()),
        items=items,
        is_write=write,
    )


def _auth(w: XmlWriter, auth: WorktimeAuth) -> None:
    w.raw(
        "<CallerAuthentication>"
        f"<CustomerId>{xml_text.text(auth.customer_id, 'CustomerId')}</CustomerId>"
        f"<Username>{xml_text.text(auth.username, 'Username')}</Username>"
        f"<Password>{xml_text.password(auth.password, 'Password')}</Password>"
        "</CallerAuthentication>"
    )


def _list(w: XmlWriter, outer: str, inner: str, values: Sequence[str]) -> None:
    if values:
        w.open(outer)
        for v in values:
            w.text(inner, v, outer)
        w.close(outer)


def _int_list(w: XmlWriter, outer: str, inner: str, values: Sequence[int]) -> None:
    if values:
        w.open(outer)
        for v in values:
            w.integer(inner, v, outer)
        w.close(outer)


def _comma_list(values: Sequence[str], field: str) -> str:
    for v in values:
        if "," in v:
            raise InvalidValue(
                field,
                QT_TRANSLATE_NOOP(
                    "InvalidValue",
                    "a value contains a comma, which Nepton uses to separate the values of this "
                    "filter",
                ),
                "arvossa on pilkku, jolla Nepton erottaa tämän suodattimen arvot",
            )
    return ",".join(values)


# ---------------------------------------------------------------- reads


def get_activity_types(
    auth: WorktimeAuth, ids: Sequence[int] = (), internal_names: Sequence[str] = ()
) -> SoapRequest:
    w = XmlWriter()
    _auth(w, auth)
    _int_list(w, "FilterByIds", "Id", ids)
    _list(w, "FilterByInternalNames", "InternalName", internal_names)
    return _request("GetActivityTypes", w, len(ids) + len(internal_names), write=False)


def get_projects_v2(auth: WorktimeAuth, flt: ProjectFilter | None = None) -> SoapRequest:
    f = flt or ProjectFilter()
    w = XmlWriter()
    _auth(w, auth)
    if f.external_identifiers:
        w.text(
            "FilterByExternalIdentifiers",
            _comma_list(f.external_identifiers, "FilterByExternalIdentifiers"),
        )
    if f.project_ids:
        w.raw(
            "<FilterByProjectIds>"
            + ",".join(xml_text.integer(i, "FilterByProjectIds") for i in f.project_ids)
            + "</FilterByProjectIds>"
        )
    w.opt_text("FilterByProjectName", f.name)
    w.opt_text("FilterByProjectCode", f.code)
    w.opt_int("FilterByUserGroupId", f.user_group_id)
    w.opt_bool("FilterByTerminalProjectsOnly", f.terminal_only)
    w.opt_text("FilterByProjectTypeInternalName", f.type_internal_name)
    w.opt_date("FilterActiveProjectsByStartDate", f.active_start)
    w.opt_date("FilterActiveProjectsByEndDate", f.active_end)
    w.opt_text("OrderResultsFirstBy", f.order_first_by)
    w.opt_text("OrderResultsSecondBy", f.order_second_by)
    items = len(f.project_ids) + len(f.external_identifiers)
    return _request("GetProjectsV2", w, items, write=False)


def get_activities_v5(auth: WorktimeAuth, flt: EventFilter) -> SoapRequest:
    w = XmlWriter()
    _auth(w, auth)
    _int_list(w, "FilterByUserIds", "UserId", flt.user_ids)
    _list(w, "FilterByUserNames", "UserName", flt.usernames)
    _list(w, "FilterByUserPersonnelNumbers", "PersonnelNumber", flt.personnel_numbers)
    _list(
        w,
        "FilterByUserSocialSecurityNumbers",
        "SocialSecurityNumber",
        flt.personal_identity_codes,
    )
    _int_list(w, "FilterByActivityTypeIds", "ActivityTypeId", flt.event_type_ids)
    if flt.person_external_ids:
        w.open("FilterByUserPersonExternalIdentifiers")
        for pid in flt.person_external_ids:
            w.open("PersonExternalIdentifier")
            w.text("Identifier", pid.identifier)
            w.text("FieldName", pid.field_name)
            w.close("PersonExternalIdentifier")
        w.close("FilterByUserPersonExternalIdentifiers")
    _int_list(w, "FilterByActivityIds", "ActivityId", flt.event_ids)
    _list(w, "FilterByExternalIdentifiers", "ExternalIdentifier", flt.external_identifiers)
    w.opt_date("FilterByStartDate", flt.start_date)
    w.opt_date("FilterByEndDate", flt.end_date)
    return _request("GetActivitiesV5", w, flt.value_count, write=False)


# ---------------------------------------------------------------- writes


def _person(w: XmlWriter, ref: PersonRef | None, prefix: str) -> None:
    """Person or approver reference of the ActivityFields group (UserId ... PersonnelNumber)."""
    if ref is None:
        return
    if ref.external_id is not None:
        raise InvalidValue(
            f"{prefix or 'User'}",
            QT_TRANSLATE_NOOP(
                "InvalidValue",
                "events name a person by id, username, personal identity code or personnel "
                "number; an external identifier is not accepted here",
            ),
            "tapahtumissa henkilö nimetään tunnisteella, käyttäjätunnuksella, "
            "henkilötunnuksella tai henkilönumerolla; ulkoinen tunniste ei käy",
        )
    w.opt_int(f"{prefix}UserId", ref.user_id)
    w.opt_text(f"{prefix}UserName", ref.username)
    w.opt_text(f"{prefix}SocialSecurityNumber", ref.personal_identity_code)
    w.opt_text(f"{prefix}PersonnelNumber", ref.personnel_number)


def _details(w: XmlWriter, d: ActivityDetails | None) -> None:
    if d is None:
        return
    w.open("ActivityDetails")
    w.opt_text("AbsenceTypeCode", d.absence_type_code)
    w.opt_text("AdditionalInfo", d.additional_info.value if d.additional_info else None)
    w.opt_text("MedicalCertificate", d.medical_certificate.value if d.medical_certificate else None)
    w.opt_text("ReasonCode", d.reason_code)
    w.opt_text("Compensation", d.compensation.value if d.compensation else None)
    w.opt_bool("EarnsVacationDays", d.earns_vacation_days)
    w.close("ActivityDetails")


def _external_ids(w: XmlWriter, ids: Sequence[str] | None) -> None:
    if ids is None:
        return
    if not ids:
        w.empty("ExternalIdentifiers")
        return
    w.open("ExternalIdentifiers")
    for v in ids:
        w.text("ExternalIdentifier", v)
    w.close("ExternalIdentifiers")


def insert_activities_v3(auth: WorktimeAuth, events: Sequence[NewEvent]) -> SoapRequest:
    if not events:
        raise ValueError("InsertActivitiesV3 needs at least one event")
    w = XmlWriter()
    _auth(w, auth)
    w.open("ActivityList")
    for e in events:
        if e.event_type_id is None and e.event_type_code is None:
            raise InvalidValue(
                "ActivityTypeId",
                QT_TRANSLATE_NOOP("InvalidValue", "every event needs an event type (id or code)"),
                "jokaisella tapahtumalla on oltava tapahtumatyyppi (tunniste tai koodi)",
            )
        w.open("Activity")
        _person(w, e.person, "")
        _person(w, e.approver, "Approver")
        w.opt_int("ActivityTypeId", e.event_type_id)
        w.opt_text("ActivityTypeCode", e.event_type_code)
        w.opt_datetime("StartTime", e.start)
        w.opt_datetime("EndTime", e.end)
        w.opt_text("Description", e.description)
        w.opt_int("ProjectId", e.project_id)
        w.opt_text("ProjectCode", e.project_code)
        w.opt_text("ProjectExternalIdentifier", e.project_external_identifier)
        _external_ids(w, e.external_identifiers or None)
        _details(w, e.details)
        w.close("Activity")
    w.close("ActivityList")
    return _request("InsertActivitiesV3", w, len(events), write=True)


def update_activities_v2(auth: WorktimeAuth, updates: Sequence[EventUpdate]) -> SoapRequest:
    if not updates:
        raise ValueError("UpdateActivitiesV2 needs at least one event")
    w = XmlWriter()
    _auth(w, auth)
    w.open("ActivityList")
    for u in updates:
        if u.id is None and u.existing_external_identifier is None:
            raise InvalidValue(
                "Id",
                QT_TRANSLATE_NOOP(
                    "InvalidValue",
                    "an update names the event by its Nepton id or its external identifier",
                ),
                "päivitys nimeää tapahtuman Nepton-tunnisteella tai ulkoisella tunnisteella",
            )
        w.open("Activity")
        w.opt_int("Id", u.id)
        w.opt_text("ExistingExternalIdentifier", u.existing_external_identifier)
        _person(w, u.person, "")
        _person(w, u.approver, "Approver")
        w.opt_int("ActivityTypeId", u.event_type_id)
        w.opt_text("ActivityTypeCode", u.event_type_code)
        w.opt_datetime("StartTime", u.start)
        w.opt_datetime("EndTime", u.end)
        w.opt_text("Description", u.description)
        w.opt_int("ProjectId", u.project_id)
        w.opt_text("ProjectCode", u.project_code)
        _external_ids(w, u.external_identifiers)
        _details(w, u.details)
        w.close("Activity")
    w.close("ActivityList")
    return _request("UpdateActivitiesV2", w, len(updates), write=True)


def delete_activities(auth: WorktimeAuth, refs: Sequence[EventRef]) -> SoapRequest:
    if not refs:
        raise ValueError("DeleteActivities needs at least one event")
    w = XmlWriter()
    _auth(w, auth)
    w.open("ActivityList")
    for r in refs:
        w.open("Activity")
        if r.id is not None:
            w.integer("Id", r.id)
        elif r.external_identifier is not None:
            w.text("ExistingExternalIdentifier", r.external_identifier)
        else:
            raise InvalidValue(
                "Id",
                QT_TRANSLATE_NOOP(
                    "InvalidValue",
                    "a delete names the event by its Nepton id or its external identifier",
                ),
                "poisto nimeää tapahtuman Nepton-tunnisteella tai ulkoisella tunnisteella",
            )
        w.close("Activity")
    w.close("ActivityList")
    return _request("DeleteActivities", w, len(refs), write=True)


def _manager(w: XmlWriter, ref: PersonRef) -> None:
    w.open("ProjectManager")
    if ref.personnel_number is not None:
        w.text("PersonnelNumber", ref.personnel_number)
    elif ref.username is not None:
        w.text("Username", ref.username)
    elif ref.user_id is not None:
        w.integer("UserId", ref.user_id)
    elif ref.external_id is not None:
        w.open("PersonExternalIdentifier")
        w.text("Identifier", ref.external_id.identifier)
        w.text("FieldName", ref.external_id.field_name)
        w.close("PersonExternalIdentifier")
    else:
        raise InvalidValue(
            "ProjectManager",
            QT_TRANSLATE_NOOP(
                "InvalidValue",
                "a project manager is named by personnel number, username, id or external "
                "identifier, not by personal identity code",
            ),
            "projektipäällikkö nimetään henkilönumerolla, käyttäjätunnuksella, tunnisteella "
            "tai ulkoisella tunnisteella, ei henkilötunnuksella",
        )
    w.close("ProjectManager")


def ensure_projects_exist_v4(auth: WorktimeAuth, projects: Sequence[ProjectUpsert]) -> SoapRequest:
    if not projects:
        raise ValueError("EnsureProjectsExistV4 needs at least one project")
    w = XmlWriter()
    _auth(w, auth)
    w.open("Projects")
    for p in projects:
        is_new = p.id is None and p.existing_external_identifier is None and p.code is None
        if is_new and not p.name:
            raise InvalidValue(
                "Name",
                QT_TRANSLATE_NOOP("InvalidValue", "a new project needs a name"),
                "uudella projektilla on oltava nimi",
            )
        w.open("Project")
        w.opt_int("Id", p.id)
        w.opt_text("ExistingProjectIdentifier", p.existing_external_identifier)
        w.opt_text("Code", p.code)
        w.opt_text("ExternalIdentifier", p.external_identifier)
        w.opt_text("Name", p.name)
        w.opt_text("Description", p.description)
        w.opt_int("ParentId", p.parent_id)
        w.opt_text("ParentCode", p.parent_code)
        w.opt_text("ParentExternalIdentifier", p.parent_external_identifier)
        w.opt_text("ProjectTypeInternalName", p.type_internal_name)
        w.opt_date("StartDate", p.start_date)
        w.opt_date("EndDate", p.end_date)
        w.opt_bool("VisibleInTerminal", p.visible_in_terminal)
        w.opt_bool("IsCompleted", p.is_completed)
        if p.managers is not None:
            w.open("ProjectManagers")
            if p.remove_other_managers:
                w.opt_bool("RemoveOthers", True)
            for m in p.managers:
                _manager(w, m)
            w.close("ProjectManagers")
        w.close("Project")
    w.close("Projects")
    return _request("EnsureProjectsExistV4", w, len(projects), write=True)
