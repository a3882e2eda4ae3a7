"""Response parsers of the Worktime API: SOAP answer bytes into domain records.

The event list can hold 100,000 activities, so ``activities`` walks the children of each
activity once with a tag -> (field, converter) table instead of one ``find`` per field; the
schema's elements are unqualified, so tags are plain names and need no namespace handling.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from nepton_desktop.api.envelope import WORKTIME_NS, expect_root, parse_envelope
from nepton_desktop.api.errors import BadResponse
from nepton_desktop.domain.records import (
    AbsenceType,
    ActivityDetails,
    AdditionalInfo,
    Category,
    Compensation,
    Event,
    EventType,
    ItemResult,
    MedicalCertificate,
    Project,
    ProjectManager,
)


@dataclass(slots=True)
class WorktimeAnswer:
    """The code and text every Worktime answer carries, and the root element to read on."""

    code: int
    message: str
    root: etree._Element


def _text(t: str | None) -> str:
    return t if t is not None else ""


def _int(t: str | None) -> int:
    return int(t)  # type: ignore[arg-type]  # None raises TypeError, reported as BadResponse


def _bool(t: str | None) -> bool:
    if t in ("true", "1"):
        return True
    if t in ("false", "0"):
        return False
    raise ValueError(f"not a boolean: {t!r}")


def _datetime(t: str | None) -> datetime:
    return datetime.fromisoformat(t)  # type: ignore[arg-type]


def _date(t: str | None) -> date:
    return date.fromisoformat(t)  # type: ignore[arg-type]


def _decimal(t: str | None) -> Decimal:
    try:
        return Decimal(t)  # type: ignore[arg-type]
    except InvalidOperation:
        raise ValueError(f"not a decimal: {t!r}") from None


def open_answer(data: bytes, operation: str) -> WorktimeAnswer:
    payload = parse_envelope(data, operation)
    expect_root(payload, WORKTIME_NS, f"ReturnValueFor{operation}", operation)
    code: int | None = None
    message = ""
    for child in payload:
        tag = child.tag
        if tag == "ResponseCode":
            try:
                code = int(child.text or "")
            except ValueError:
                raise BadResponse("ResponseCode is not a number", operation=operation) from None
        elif tag == "ResponseString":
            message = child.text or ""
            break
        else:
            break
    if code is None:
        raise BadResponse("the answer has no ResponseCode", operation=operation)
    return WorktimeAnswer(code, message, payload)


def _child(root: etree._Element, tag: str) -> etree._Element | None:
    for child in root:
        if child.tag == tag:
            return child
    return None


def _bad(operation: str, where: str, exc: Exception) -> BadResponse:
    return BadResponse(f"{where}: unreadable value ({type(exc).__name__})", operation=operation)


# ---------------------------------------------------------------- GetActivitiesV5

_Converter = Callable[[str | None], Any]


def _details(el: etree._Element) -> ActivityDetails:
    d = ActivityDetails()
    for c in el:
        tag = c.tag
        t = c.text
        if tag == "AbsenceTypeCode":
            d.absence_type_code = _text(t)
        elif tag == "AdditionalInfo":
            d.additional_info = AdditionalInfo(_text(t))
        elif tag == "MedicalCertificate":
            d.medical_certificate = MedicalCertificate(_text(t))
        elif tag == "ReasonCode":
            d.reason_code = _text(t)
        elif tag == "Compensation":
            d.compensation = Compensation(_text(t))
        elif tag == "EarnsVacationDays":
            d.earns_vacation_days = _bool(t)
    return d


def _external_ids(el: etree._Element) -> tuple[str, ...]:
    return tuple([c.text or "" for c in el])


def activities(
    data: bytes, operation: str = "GetActivitiesV5"
) -> tuple[WorktimeAnswer, list[Event]]:
    """Events of a GetActivitiesV5 answer.

    (Tried and dropped: cutting a big answer into pieces parsed by a worker thread while
    this thread builds records. Walking trees parsed on another thread cost this thread
    more CPU than parsing and walking all on one, measured on two cores.)
    """
    answer = open_answer(data, operation)
    events: list[Event] = []
    container = _child(answer.root, "Activities")
    if container is not None:
        _read_activities(container, events, operation)
    return answer, events


_fromiso = datetime.fromisoformat


def _read_activities(container: etree._Element, out: list[Event], operation: str) -> None:
    """Append one Event per Activity child of ``container``.

    The hot loop of a 100,000-event read: one dict per activity built in a comprehension
    (the cheapest way lxml offers to touch every child once; reaching a child again by
    index or tag filter costs more than the whole walk), and the Event built positionally.
    """
    append = out.append
    true = _TRUE
    nested = _NESTED
    with _gc_paused(len(container) > 1000):
        for act in container:
            # tag -> text, or the element itself for the two nested ones. An empty element
            # reads as None, like an absent one: both mean "no value".
            d: dict[Any, Any] = {(t := c.tag): c if t in nested else c.text for c in act}
            try:
                g = d.get
                end = g("EndTime")
                project = g("ProjectId")
                approver = g("ApproverUserId")
                reset = g("ResetValue")
                change = g("ChangeValue")
                modified = g("ModifiedDateTime")
                el = g("ExternalIdentifiers")
                ext = () if el is None else tuple([c.text or "" for c in el])
                el = g("ActivityDetails")
                details = None if el is None else _details(el)
                append(
                    Event(
                        int(d["Id"]),
                        int(d["UserId"]),
                        int(d["ActivityTypeId"]),
                        _fromiso(d["StartTime"]),
                        _fromiso(end) if end else None,
                        g("UserName"),
                        g("PersonnelNumber"),
                        g("ActivityTypeCode"),
                        g("ActivityTypeInternalName"),
                        g("Description"),
                        int(project) if project else None,
                        g("ProjectCode"),
                        g("IsApproved") in true,
                        g("IsLocked") in true,
                        int(approver) if approver else None,
                        details,
                        ext,
                        _decimal(reset) if reset else None,
                        _decimal(change) if change else None,
                        _fromiso(modified) if modified else None,
                    )
                )
            except (KeyError, ValueError, TypeError) as exc:
                raise _bad(operation, f"activity {len(out) + 1}", exc) from None


_TRUE = frozenset({"true", "1"})
_NESTED = frozenset({"ExternalIdentifiers", "ActivityDetails"})


@contextlib.contextmanager
def _gc_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while building many records.

    The records hold no reference cycles, yet with the collector on, its repeated passes
    over the growing heap took about a quarter of a 100,000-event parse (measured).
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_event_field_order() -> None:
    # Event is built positionally above; fail at import if records.py reorders its fields.
    from dataclasses import fields

    expected = [
        "id",
        "user_id",
        "event_type_id",
        "start",
        "end",
        "username",
        "personnel_number",
        "event_type_code",
        "event_type_internal_name",
        "description",
        "project_id",
        "project_code",
        "is_approved",
        "is_locked",
        "approver_user_id",
        "details",
        "external_identifiers",
        "reset_value",
        "change_value",
        "modified",
    ]
    if [f.name for f in fields(Event)][: len(expected)] != expected:
        raise ImportError("Event's fields changed order; update _read_activities")


_check_event_field_order()


# ---------------------------------------------------------------- GetActivityTypes


def activity_types(data: bytes) -> tuple[WorktimeAnswer, list[EventType]]:
    op = "GetActivityTypes"
    answer = open_answer(data, op)
    result: list[EventType] = []
    container = _child(answer.root, "ActivityTypes")
    if container is None:
        return answer, result
    for el in container:
        kw: dict[str, Any] = {}
        try:
            for c in el:
                tag, t = c.tag, c.text
                if tag == "Id":
                    kw["id"] = _int(t)
                elif tag == "InternalName":
                    kw["internal_name"] = _text(t)
                elif tag == "Code":
                    kw["code"] = _text(t)
                elif tag == "Name":
                    kw["name"] = _text(t)
                elif tag == "Category":
                    kw["category"] = Category(_text(t))
                elif tag == "InUse":
                    kw["in_use"] = _bool(t)
                elif tag == "AbsenceTypes":
                    kw["absence_types"] = tuple(_absence_type(a) for a in c)
            result.append(EventType(**kw))
        except (ValueError, TypeError) as exc:
            raise _bad(op, f"event type {len(result) + 1}", exc) from None
    return answer, result


def _absence_type(el: etree._Element) -> AbsenceType:
    kw: dict[str, Any] = {}
    for c in el:
        tag, t = c.tag, c.text
        if tag == "Code":
            kw["code"] = _text(t)
        elif tag == "Name":
            kw["name"] = _text(t)
        elif tag == "Compensation":
            kw["compensation"] = Compensation(_text(t))
        elif tag == "EarnsVacationDays":
            kw["earns_vacation_days"] = _bool(t)
    return AbsenceType(**kw)


# ---------------------------------------------------------------- GetProjectsV2

_PROJECT_FIELDS: dict[str, tuple[str, _Converter]] = {
    "Id": ("id", _int),
    "Code": ("code", _text),
    "Name": ("name", _text),
    "Description": ("description", _text),
    "ParentId": ("parent_id", _int),
    "ProjectTypeInternalName": ("type_internal_name", _text),
    "StartDate": ("start_date", _date),
    "EndDate": ("end_date", _date),
    "VisibleInTerminal": ("visible_in_terminal", _bool),
    "IsCompleted": ("is_completed", _bool),
    "ModifiedDateTime": ("modified", _datetime),
}


def _project_manager(el: etree._Element) -> ProjectManager:
    kw: dict[str, Any] = {}
    for c in el:
        tag, t = c.tag, c.text
        if tag == "UserId":
            kw["user_id"] = _int(t)
        elif tag == "Username":
            kw["username"] = _text(t)
        elif tag == "PersonnelNumber":
            kw["personnel_number"] = _text(t)
    return ProjectManager(**kw)


def projects(data: bytes, operation: str = "GetProjectsV2") -> tuple[WorktimeAnswer, list[Project]]:
    answer = open_answer(data, operation)
    result: list[Project] = []
    container = _child(answer.root, "Projects")
    if container is None:
        return answer, result
    for el in container:
        kw: dict[str, Any] = {}
        try:
            for c in el:
                tag = c.tag
                spec = _PROJECT_FIELDS.get(tag)
                if spec is not None:
                    kw[spec[0]] = spec[1](c.text)
                elif tag == "ExternalIdentifiers":
                    kw["external_identifiers"] = _external_ids(c)
                elif tag == "ProjectManagers":
                    kw["managers"] = tuple(_project_manager(m) for m in c)
            result.append(Project(**kw))
        except (ValueError, TypeError) as exc:
            raise _bad(operation, f"project {len(result) + 1}", exc) from None
    return answer, result


# ---------------------------------------------------------------- batch writes


def item_results(data: bytes, operation: str) -> tuple[WorktimeAnswer, list[ItemResult]]:
    """Per-item results of the batch writes (insert, update, delete events; ensure projects)."""
    answer = open_answer(data, operation)
    result: list[ItemResult] = []
    container = _child(answer.root, "Results")
    if container is None:
        return answer, result
    for el in container:
        kw: dict[str, Any] = {}
        try:
            for c in el:
                tag, t = c.tag, c.text
                if tag == "Index":
                    kw["index"] = _int(t)
                elif tag == "ResponseCode":
                    kw["code"] = _int(t)
                elif tag == "ResponseString":
                    kw["message"] = _text(t)
                elif tag == "Id":
                    kw["id"] = _int(t)
                elif tag == "Created":
                    kw["created"] = _bool(t)
                elif tag == "ExternalIdentifiers":
                    kw["external_identifiers"] = _external_ids(c)
            result.append(ItemResult(**kw))
        except (ValueError, TypeError) as exc:
            raise _bad(operation, f"result {len(result) + 1}", exc) from None
    return answer, result
