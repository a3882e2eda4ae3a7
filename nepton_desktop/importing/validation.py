"""Check every row of a coerced table against the rules and against live Nepton data.

Each problem names the sheet row, the column and a plain reason. Errors (the row cannot be
imported as it is) and warnings (it can, but look first) are kept apart. Along the way each row
is matched to the record it updates, if any, and its references are resolved (employee number
-> person, code -> project or event type), so planning needs no second lookup.

Messages (:class:`Message` in the ``Validation`` context, translated where they are shown) never
contain a personal identity code or an IBAN, only which rule failed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from nepton_desktop.domain.columns import Entity, absence_span
from nepton_desktop.domain.identity import (
    InvalidIban,
    InvalidIdentityCode,
    check_iban,
    parse_hetu,
    redact_personal_data,
)
from nepton_desktop.domain.records import Category, Event, EventType, Person, Project
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.problems import VALIDATION_CONTEXT, Problem, Severity
from nepton_desktop.importing.reader import column_letter
from nepton_desktop.importing.table import CoercedTable

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
RESET_WORDS = frozenset({"RESET", "NOLLA"})
FUTURE_YEARS = 4  # Nepton: events should not be saved more than four years ahead


@dataclass(slots=True)
class RowCheck:
    index: int  # data row index in the table
    row: int  # sheet row number
    existing: object | None = None  # the Person, Project or Event this row updates
    refs: dict[str, object] = field(default_factory=dict)  # resolved references by field key
    # Events and absences: [start, end) as two slots, not a tuple per row (one container
    # less for each of 100,000 rows); ``span`` gives them as a pair.
    start: datetime | None = None
    end: datetime | None = None
    # Problem lists are made when the first problem comes (or someone asks): most rows of a
    # large file have none, and 200,000 empty lists cost time to make and to garbage-collect.
    _errors: list[Problem] | None = None
    _warnings: list[Problem] | None = None

    @property
    def errors(self) -> list[Problem]:
        if self._errors is None:
            self._errors = []
        return self._errors

    @property
    def warnings(self) -> list[Problem]:
        if self._warnings is None:
            self._warnings = []
        return self._warnings

    @property
    def span(self) -> tuple[datetime, datetime | None] | None:
        return None if self.start is None else (self.start, self.end)

    @span.setter
    def span(self, value: tuple[datetime, datetime | None] | None) -> None:
        self.start, self.end = value if value is not None else (None, None)

    @property
    def ok(self) -> bool:
        return not self._errors

    @property
    def has_problems(self) -> bool:
        return bool(self._errors or self._warnings)


@dataclass(slots=True)
class ValidationResult:
    table: CoercedTable
    live: LiveData
    rows: list[RowCheck]
    file_problems: list[Problem] = field(default_factory=list)  # whole-file errors
    file_warnings: list[Problem] = field(default_factory=list)  # unmapped columns

    @property
    def errors(self) -> list[Problem]:
        return self.file_problems + [p for r in self.rows if r._errors for p in r._errors]

    @property
    def warnings(self) -> list[Problem]:
        return self.file_warnings + [p for r in self.rows if r._warnings for p in r._warnings]

    @property
    def notices(self) -> list[Problem]:
        return [p for p in self.table.problems if p.severity is Severity.NOTICE]


def _m(text: str, **values: object) -> Message:
    """A reason in the ``Validation`` context (``text`` marked where it is written)."""
    return Message(VALIDATION_CONTEXT, text, values)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class _Checker:
    def __init__(self, table: CoercedTable, live: LiveData) -> None:
        self.table = table
        self.live = live
        # Literal {} and [] rather than the default factories: 100,000 rows, 300,000 calls less.
        self.rows = [RowCheck(i, n, None, {}) for i, n in enumerate(table.row_numbers)]
        by_number = {n: i for i, n in enumerate(table.row_numbers)}
        for problem in table.problems:
            if problem.severity is Severity.ERROR:
                self.rows[by_number[problem.row]].errors.append(problem)
        self.future_limit = _add_years(live.today, FUTURE_YEARS)

    def error(self, check: RowCheck, key: str | None, message: Message) -> None:
        check.errors.append(self.table.problem(check.index, key, message))

    def warn(self, check: RowCheck, key: str | None, message: Message) -> None:
        check.warnings.append(self.table.problem(check.index, key, message, Severity.WARNING))

    def text(self, key: str, index: int) -> str | None:
        value = self.table.get(key, index)
        return value if isinstance(value, str) and value else None

    def bad(self, check: RowCheck, key: str) -> bool:
        """The cell already failed coercion: no second message for it."""
        return any(p.key == key for p in check._errors or ())

    def required(self, check: RowCheck, keys: Iterable[str]) -> None:
        for key in keys:
            empty = self.table.has(key) and self.table.get(key, check.index) is None
            if empty and not self.bad(check, key):
                header = self.table.location(key)[0]
                self.error(
                    check,
                    key,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation", "{column} is required and the cell is empty"
                        ),
                        column=header,
                    ),
                )

    def duplicates(self, key: str, what: Message, fold: Callable[[str], str] = str.strip) -> None:
        column = self.table.columns.get(key)
        if column is None:
            return
        present = [v for v in column.values if v is not None]
        if len(set(present)) == len(present) and fold is str.strip:
            return  # no two equal values: the usual case, settled at C speed
        seen: dict[object, int] = {}
        rows = self.rows
        for index, value in enumerate(column.values):
            if value is None:
                continue
            first = seen.setdefault(fold(value) if isinstance(value, str) else value, index)
            if first != index:
                self.error(
                    rows[index],
                    key,
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "the same {what} as row {row}"),
                        what=what,
                        row=rows[first].row,
                    ),
                )

    def project_ref(self, check: RowCheck, key: str, in_file: frozenset[str] = frozenset()) -> None:
        ref = self.text(key, check.index)
        if ref is None:
            return
        project = self.live.find_project(ref)
        if project is not None:
            check.refs[key] = project
        elif ref.casefold() not in in_file:
            self.error(check, key, _no_project(ref))

    def date_order(self, check: RowCheck, start_key: str, end_key: str) -> None:
        start = self.table.get(start_key, check.index)
        end = self.table.get(end_key, check.index)
        if isinstance(start, date) and isinstance(end, date) and end < start:
            header = self.table.location(start_key)[0]
            self.error(
                check,
                end_key,
                _m(
                    QT_TRANSLATE_NOOP("Validation", "ends before it starts ({column})"),
                    column=header,
                ),
            )

    def result(self, file_problems: list[Problem]) -> ValidationResult:
        unmapped = [
            Problem(
                0,
                m.header,
                column_letter(m.source),
                None,
                _m(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "the column is not mapped to any field: its values are not imported",
                    )
                ),
                Severity.WARNING,
            )
            for m in self.table.mapping.unmapped
            if not _blank_column(self.table, m.source, m.header)
        ]
        return ValidationResult(self.table, self.live, self.rows, file_problems, unmapped)


def _blank_column(table: CoercedTable, source: int, header: str) -> bool:
    """A column without a header of its own (the reader named it by its letter) and without
    data: nothing is lost by not importing it, so it is not worth a warning."""
    if header != column_letter(source):
        return False
    return all(v in ("", None) for v in table.sheet.raw_column(source))


def _safe(ref: str) -> str:
    """A reference as quoted in messages: a personal identity code is never repeated."""
    return redact_personal_data(ref)


_NEPTON_ID = Message(VALIDATION_CONTEXT, QT_TRANSLATE_NOOP("Validation", "Nepton id"))
_EXTERNAL_ID = Message(VALIDATION_CONTEXT, QT_TRANSLATE_NOOP("Validation", "external identifier"))
# The reasons of domain/identity.py's checks, marked here (the domain writes them in English).
_IDENTITY_REASONS = {
    text: Message(VALIDATION_CONTEXT, text)
    for text in (
        QT_TRANSLATE_NOOP("Validation", "not in the form DDMMYYCZZZQ (for example 131052-308T)"),
        QT_TRANSLATE_NOOP("Validation", "the date part is not a real date"),
        QT_TRANSLATE_NOOP("Validation", "the individual number must be 002–999"),
        QT_TRANSLATE_NOOP("Validation", "the check character is wrong (a typing error?)"),
        QT_TRANSLATE_NOOP(
            "Validation", "not in the form of an IBAN (two letters, two digits, account)"
        ),
        QT_TRANSLATE_NOOP("Validation", "the checksum does not match (a typing error?)"),
    )
}
_IBAN_LENGTH = re.compile(r"a ([A-Z]{2}) IBAN has (\d+) characters, this has (\d+)")


def _identity_reason(exc: ValueError) -> Message:
    """The reason of an identity code or IBAN check as a message (it names no code or IBAN)."""
    text = str(exc)
    known = _IDENTITY_REASONS.get(text)
    if known is not None:
        return known
    m = _IBAN_LENGTH.fullmatch(text)
    if m is not None:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "a {country} IBAN has {expected} characters, this has {actual}"
            ),
            country=m[1],
            expected=m[2],
            actual=m[3],
        )
    return Message(VALIDATION_CONTEXT, "{reason}", {"reason": redact_personal_data(text)})


def _no_project(ref: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("Validation", "no project with code or external identifier '{ref}'"),
        ref=ref,
    )


def validate(table: CoercedTable, live: LiveData) -> ValidationResult:
    file_problems = [
        Problem(
            0,
            "",
            "",
            c.key,
            _m(
                QT_TRANSLATE_NOOP(
                    "Validation", "no column is mapped to the required field '{field}'"
                ),
                field=c.title,
            ),
        )
        for c in table.mapping.missing_required()
    ]
    checker = _Checker(table, live)
    {
        Entity.PERSONNEL: _personnel,
        Entity.PROJECTS: _projects,
        Entity.EVENTS: _events,
        Entity.ABSENCES: _absences,
    }[table.entity](checker)
    return checker.result(file_problems)


# --- personnel -----------------------------------------------------------------------------


def _personnel(c: _Checker) -> None:
    t, live = c.table, c.live
    numbers_in_file = frozenset(
        v for i in range(len(t)) if (v := c.text("employee_number", i)) is not None
    )
    for check in c.rows:
        i = check.index
        existing: Person | None = None
        nepton_id = t.get("nepton_id", i)
        if isinstance(nepton_id, int):
            existing = live.person_by_id(nepton_id)
            if existing is None:
                c.error(
                    check,
                    "nepton_id",
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "no person with Nepton id {id}"),
                        id=nepton_id,
                    ),
                )
        username = c.text("username", i)
        number = c.text("employee_number", i)
        if existing is None and username:
            existing = live.person_by_username(username)
        if existing is None and number:
            existing = live.person_by_number(number)
        hetu = c.text("personal_identity_code", i)
        if existing is None and hetu and nepton_id is None:
            existing = live.person_by_identity_code(hetu)
        check.existing = existing
        if existing is None:
            c.required(check, ("first_name", "last_name"))
        elif username and existing.username and username.casefold() != existing.username.casefold():
            c.error(
                check,
                "username",
                _m(QT_TRANSLATE_NOOP("Validation", "usernames cannot be changed by import")),
            )
        if hetu and not c.bad(check, "personal_identity_code"):
            try:
                born = parse_hetu(hetu)
            except InvalidIdentityCode as exc:
                c.error(
                    check,
                    "personal_identity_code",
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "personal identity code: {reason}"),
                        reason=_identity_reason(exc),
                    ),
                )
            else:
                if born > live.today:
                    c.error(
                        check,
                        "personal_identity_code",
                        _m(QT_TRANSLATE_NOOP("Validation", "the birth date is in the future")),
                    )
        iban = c.text("iban", i)
        if iban and not c.bad(check, "iban"):
            try:
                check_iban(iban)
            except InvalidIban as exc:
                c.error(
                    check,
                    "iban",
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "IBAN: {reason}"),
                        reason=_identity_reason(exc),
                    ),
                )
        email = c.text("email", i)
        if email and not _EMAIL.fullmatch(email):
            c.error(
                check,
                "email",
                _m(
                    QT_TRANSLATE_NOOP("Validation", "'{value}' is not an e-mail address"),
                    value=email,
                ),
            )
        c.date_order(check, "employment_start", "employment_end")
        units = t.get("units", i)
        for unit in units if isinstance(units, tuple) else ():
            if unit.upper() not in RESET_WORDS and live.find_unit(unit) is None:
                c.error(
                    check,
                    "units",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation", "no unit '{unit}' in Nepton (units must exist first)"
                        ),
                        unit=unit,
                    ),
                )
        secondary = t.get("secondary_supervisors", i)
        supervisors = [("primary_supervisor", c.text("primary_supervisor", i))]
        if isinstance(secondary, tuple):
            supervisors += [("secondary_supervisors", str(s)) for s in secondary]
        for key, ref in supervisors:
            if not ref or ref.upper() in RESET_WORDS:
                continue
            if live.person_by_number(ref) is None and ref not in numbers_in_file:
                c.error(
                    check,
                    key,
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "no person with employee number '{number}' (supervisors are named by "
                            "employee number)",
                        ),
                        number=_safe(ref),
                    ),
                )
            elif ref == number:
                c.error(
                    check,
                    key,
                    _m(QT_TRANSLATE_NOOP("Validation", "a person cannot be their own supervisor")),
                )
        c.project_ref(check, "default_project")
    c.duplicates("employee_number", _m(QT_TRANSLATE_NOOP("Validation", "employee number")))
    c.duplicates("username", _m(QT_TRANSLATE_NOOP("Validation", "username")), str.casefold)
    c.duplicates(
        "personal_identity_code",
        _m(QT_TRANSLATE_NOOP("Validation", "personal identity code")),
        str.upper,
    )
    c.duplicates("nepton_id", _NEPTON_ID)


# --- projects ------------------------------------------------------------------------------


def _projects(c: _Checker) -> None:
    t, live = c.table, c.live
    codes_in_file = frozenset(
        v.casefold() for i in range(len(t)) if (v := c.text("code", i)) is not None
    )
    for check in c.rows:
        i = check.index
        existing: Project | None = None
        project_id = t.get("id", i)
        if isinstance(project_id, int):
            existing = live.project_by_id(project_id)
            if existing is None:
                c.error(
                    check,
                    "id",
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "no project with Nepton id {id}"),
                        id=project_id,
                    ),
                )
        external = c.text("external_identifier", i)
        code = c.text("code", i)
        if existing is None and external:
            existing = live.project_by_external_id(external)
        if existing is None and code:
            existing = live.project_by_code(code)
        check.existing = existing
        if existing is None:
            c.required(check, ("name",))
        c.project_ref(check, "parent", codes_in_file)
        parent = c.text("parent", i)
        if parent and code and parent.casefold() == code.casefold():
            c.error(
                check,
                "parent",
                _m(QT_TRANSLATE_NOOP("Validation", "a project cannot be its own parent")),
            )
        c.date_order(check, "start_date", "end_date")
        managers = t.get("managers", i)
        for ref in managers if isinstance(managers, tuple) else ():
            if live.find_person(str(ref)) is None:
                c.error(
                    check,
                    "managers",
                    _m(
                        QT_TRANSLATE_NOOP("Validation", "no person '{person}' in Nepton"),
                        person=_safe(str(ref)),
                    ),
                )
    c.duplicates("code", _m(QT_TRANSLATE_NOOP("Validation", "code")), str.casefold)
    c.duplicates("external_identifier", _EXTERNAL_ID)
    c.duplicates("id", _NEPTON_ID)


# --- events and absences -------------------------------------------------------------------


def _column(c: _Checker, key: str) -> list[object]:
    column = c.table.columns.get(key)
    return column.values if column is not None else [None] * len(c.table)


_CATEGORIES = {
    Category.WORK: _m(QT_TRANSLATE_NOOP("Validation", "work")),
    Category.ADMINISTRATIVE: _m(QT_TRANSLATE_NOOP("Validation", "administrative")),
}


def _type_problems(
    event_type: EventType | None, ref: str, absence: bool
) -> list[tuple[bool, Message]]:
    """(is_error, message) for an event type reference; the same for every row naming it."""
    if event_type is None:
        return [
            (
                True,
                _m(
                    QT_TRANSLATE_NOOP("Validation", "no event type with code or name '{ref}'"),
                    ref=ref,
                ),
            )
        ]
    found: list[tuple[bool, Message]] = []
    if absence and event_type.category is not Category.ABSENCE:
        found.append(
            (
                True,
                _m(
                    QT_TRANSLATE_NOOP("Validation", "'{ref}' is a {category} type, not an absence"),
                    ref=ref,
                    category=_CATEGORIES.get(event_type.category, event_type.category),
                ),
            )
        )
    if not event_type.in_use:
        found.append(
            (
                False,
                _m(
                    QT_TRANSLATE_NOOP("Validation", "the event type '{ref}' is no longer in use"),
                    ref=ref,
                ),
            )
        )
    return found


def _span_checks(c: _Checker, check: RowCheck, start_key: str, end_key: str) -> None:
    if check.span is None:
        return
    start, end = check.span
    if end is not None and end <= start:
        if not isinstance(c.table.get(start_key, check.index), datetime):
            c.error(
                check,
                end_key,
                _m(QT_TRANSLATE_NOOP("Validation", "the last day is before the first day")),
            )
        else:
            c.error(
                check,
                end_key,
                _m(QT_TRANSLATE_NOOP("Validation", "ends before it starts (or at the same time)")),
            )
    if start.date() > c.future_limit:
        c.error(
            check,
            start_key,
            _m(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "starts more than {years} years ahead ({date}); Nepton does not take events "
                    "that far in the future",
                ),
                years=FUTURE_YEARS,
                date=start.date(),
            ),
        )


def _events_common(c: _Checker, absence: bool) -> None:
    # Column by column, in comprehensions, instead of per-cell lookups: a 100,000-row file
    # names a few hundred persons, types and projects, each resolved once; the per-row loop
    # below only attaches what was found and reports what was not.
    live = c.live
    start_key, end_key = ("start_date", "end_date") if absence else ("start", "end")
    ids, externals = _column(c, "id"), _column(c, "external_identifier")
    person_refs, type_refs = _column(c, "person"), _column(c, "event_type")
    project_refs, absence_codes = _column(c, "project"), _column(c, "absence_type_code")
    starts, ends = _column(c, start_key), _column(c, end_key)
    persons = {r: live.find_person(r) for r in set(person_refs) if isinstance(r, str)}
    types = {
        r: (found, _type_problems(found, r, absence))
        for r in set(type_refs)
        if isinstance(r, str)
        for found in (live.find_event_type(r),)
    }
    projects = {r: live.find_project(r) for r in set(project_refs) if isinstance(r, str)}
    if absence:
        # A last day before the first gives an end at or before the start: reported below.
        spans = [
            absence_span(s, e if isinstance(e, date) else s) if isinstance(s, date) else None
            for s, e in zip(starts, ends, strict=True)
        ]
        span_starts: list[Any] = [sp[0] if sp else None for sp in spans]
        span_ends: list[Any] = [sp[1] if sp else None for sp in spans]
        del spans
    else:
        span_starts = [s if s.__class__ is datetime else None for s in starts]
        span_ends = [
            e if e.__class__ is datetime and s is not None else None
            for s, e in zip(span_starts, ends, strict=True)
        ]
    by_start = live.start_index
    by_external = live.external_index
    # Compared as date-times in the loop (no .date() per row): the first moment too far ahead.
    beyond_limit = datetime.combine(c.future_limit + timedelta(days=1), datetime.min.time())
    second = timedelta(seconds=1)
    by_user: dict[int, list[tuple[datetime, int, datetime, int]]] = {}
    replaced: set[int] = set()
    for check in c.rows:
        i = check.index
        existing: Event | None = None
        event_id = ids[i]
        if event_id is not None:
            existing = live.event_by_id(event_id) if isinstance(event_id, int) else None
            if existing is None:
                c.error(
                    check,
                    "id",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation", "no event with Nepton id {id} in the loaded period"
                        ),
                        id=event_id,
                    ),
                )
        else:
            external = externals[i]
            if external is not None:
                existing = by_external.get(external)  # type: ignore[call-overload]
        refs = check.refs
        ref = person_refs[i]
        person = persons.get(ref) if ref is not None else None  # type: ignore[call-overload]
        if person is not None:
            refs["person"] = person
        elif ref is not None:
            c.error(
                check,
                "person",
                _m(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "no person '{person}' in Nepton (by employee number, username or "
                        "personal identity code)",
                    ),
                    person=_safe(str(ref)),
                ),
            )
        event_type: EventType | None = None
        ref = type_refs[i]
        if ref is not None:
            event_type, problems = types[ref]  # type: ignore[index]
            if problems:
                for is_error, message in problems:
                    (c.error if is_error else c.warn)(check, "event_type", message)
            if event_type is not None:
                refs["event_type"] = event_type
        start = check.start = span_starts[i]
        end = check.end = span_ends[i]
        if existing is not None:
            if person is not None and existing.user_id != person.nepton_id:
                c.error(
                    check,
                    "person",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation", "the event belongs to another person in Nepton"
                        )
                    ),
                )
            check.existing = existing
        elif event_id is None and start is not None and person is not None and event_type:
            # The same person, type and start as an event in Nepton: a re-import.
            for event in by_start.get((person.nepton_id or 0, start), ()):
                if event.event_type_id == event_type.id:
                    check.existing = event
                    break
        if start is not None and person is not None and person.nepton_id is not None:
            # Collected here for the overlap sweep: an open-ended event covers its start.
            user_spans = by_user.get(person.nepton_id)
            if user_spans is None:
                user_spans = by_user[person.nepton_id] = []
            user_spans.append((start, 1, end or start + second, i))
            if check.existing is not None:
                replaced.add(check.existing.id)  # type: ignore[attr-defined]
        ref = project_refs[i]
        if ref is not None:
            project = projects.get(ref)  # type: ignore[call-overload]
            if project is None:
                c.error(check, "project", _no_project(str(ref)))
            else:
                refs["project"] = project
        code = absence_codes[i]
        if absence and event_type is not None and isinstance(code, str):
            absence_type = live.find_absence_type(event_type, code)
            if absence_type is None:
                c.error(
                    check,
                    "absence_type_code",
                    _m(
                        QT_TRANSLATE_NOOP(
                            "Validation", "the event type has no absence type '{code}'"
                        ),
                        code=code,
                    ),
                )
            else:
                refs["absence_type_code"] = absence_type
        if start is not None and ((end is not None and end <= start) or start >= beyond_limit):
            _span_checks(c, check, start_key, end_key)
    c.duplicates("id", _NEPTON_ID)
    c.duplicates("external_identifier", _EXTERNAL_ID)
    _overlaps(c, by_user, replaced)


def _overlaps(
    c: _Checker,
    by_user: dict[int, list[tuple[datetime, int, datetime, int]]],
    replaced: set[int],
) -> None:
    """Two rows of one person overlapping: an error; a row overlapping Nepton: a warning.

    One sweep per person over the file's rows and Nepton's events (except those the file
    replaces) sorted together by start: whatever starts before the latest end seen so far
    overlaps it. ``by_user`` holds plain tuples (start, 1, end, row index) so that the sort
    compares them natively.
    """
    second = timedelta(seconds=1)
    rows = c.rows
    for user_id, spans in by_user.items():
        existing = [e for e in c.live.events_of(user_id) if e.id not in replaced]
        spans.extend((e.start, 0, e.end or e.start + second, n) for n, e in enumerate(existing))
        if len(spans) == 1:
            continue
        spans.sort()
        file_end, file_row = datetime.min, 0
        file_last: RowCheck | None = None
        nepton_end: datetime = datetime.min
        nepton_last: Event | None = None
        for start, kind, end, index in spans:
            if kind:
                check = rows[index]
                if start < file_end and check.ok:
                    c.error(
                        check,
                        None,
                        _m(
                            QT_TRANSLATE_NOOP(
                                "Validation", "overlaps row {row} of the same person"
                            ),
                            row=file_row,
                        ),
                    )
                elif start < nepton_end and nepton_last is not None:
                    c.warn(check, None, _overlap_text(nepton_last))
                if end > file_end:
                    file_end, file_row, file_last = end, check.row, check
            else:
                event = existing[index]
                if (
                    start < file_end
                    and file_last is not None
                    and file_last.ok
                    and not any(w.message.text in _OVERLAP_TEXTS for w in file_last.warnings)
                ):
                    c.warn(file_last, None, _overlap_text(event))
                if end > nepton_end:
                    nepton_end, nepton_last = end, event


# Two texts, not an optional "–{end}" suffix: the end stays a datetime, which the UI writes in
# the user's locale.
_OVERLAP_TEXT = QT_TRANSLATE_NOOP("Validation", "overlaps event {id} in Nepton ({start}–{end})")
_OVERLAP_OPEN_TEXT = QT_TRANSLATE_NOOP("Validation", "overlaps event {id} in Nepton ({start})")
_OVERLAP_TEXTS = (_OVERLAP_TEXT, _OVERLAP_OPEN_TEXT)


def _overlap_text(event: Event) -> Message:
    if event.end is None:
        return _m(_OVERLAP_OPEN_TEXT, id=event.id, start=event.start)
    return _m(_OVERLAP_TEXT, id=event.id, start=event.start, end=event.end)


def _events(c: _Checker) -> None:
    _events_common(c, absence=False)


def _absences(c: _Checker) -> None:
    _events_common(c, absence=True)
