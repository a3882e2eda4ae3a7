"""Text typed or pasted into a cell -> the column's value, or the reason it is not valid.

The rules follow the import's conventions (domain/columns.py): Finnish dates ``d.M.yyyy`` (ISO
``yyyy-mm-dd`` too), times ``H.mm`` or ``H:mm``, decimal comma or point, lists separated by
``|``, choices matched without regard to case. A reference (a person, project, event type,
absence type or unit) must name something the loaded data knows, as the import checks it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from nepton_desktop.domain.columns import LIST_SEPARATOR, Column, ColumnType, RefersTo
from nepton_desktop.domain.identity import is_valid_hetu, is_valid_iban, normalise_iban

_DATE_FI = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"yes", "true", "1", "x", "kyllä", "k", "ja", "y"}
_FALSE = {"no", "false", "0", "ei", "e", "nej", "n"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellParsing", text)


@dataclass(frozen=True, slots=True)
class ParsedCell:
    """The value to store and, for text the column cannot take, why (shown as a tooltip).

    An invalid cell keeps the typed text as its value so the user sees what they wrote.
    """

    value: object
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


References = Mapping[RefersTo, Collection[str]]


def _parse_date(text: str) -> date | None:
    for pattern, order in ((_DATE_FI, (2, 1, 0)), (_DATE_ISO, (0, 1, 2))):
        match = pattern.match(text)
        if match:
            parts = [int(g) for g in match.groups()]
            year, month, day = (parts[i] for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _parse_time(text: str) -> time | None:
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _parse_datetime(text: str) -> datetime | None:
    day_text, _, time_text = text.replace("T", " ").partition(" ")
    day = _parse_date(day_text)
    if day is None:
        return None
    clock = _parse_time(time_text.strip()) if time_text.strip() else time(0)
    return None if clock is None else datetime.combine(day, clock)


def parse_cell(column: Column, text: str, references: References | None = None) -> ParsedCell:
    """Parse ``text`` for ``column``; empty text is an empty cell (an error if required)."""
    text = text.strip()
    if not text:
        if column.required:
            return ParsedCell(None, _tr("%1 is required.").replace("%1", column.header_en))
        return ParsedCell(() if column.type is ColumnType.LIST else None)
    kind = column.type
    if kind is ColumnType.INT:
        try:
            return ParsedCell(int(text.replace(" ", "")))
        except ValueError:
            return ParsedCell(text, _tr("Not a whole number."))
    if kind is ColumnType.DECIMAL:
        try:
            return ParsedCell(Decimal(text.replace(" ", "").replace(",", ".")))
        except InvalidOperation:
            return ParsedCell(text, _tr("Not a number (use 12,5 or 12.5)."))
    if kind is ColumnType.DATE:
        day = _parse_date(text)
        if day is None:
            return ParsedCell(text, _tr("Not a date (use d.M.yyyy, for example 31.1.2026)."))
        return ParsedCell(day)
    if kind is ColumnType.DATETIME:
        moment = _parse_datetime(text)
        if moment is None:
            return ParsedCell(
                text, _tr("Not a date and time (use d.M.yyyy H.mm, for example 31.1.2026 8.00).")
            )
        return ParsedCell(moment)
    if kind is ColumnType.TIME:
        clock = _parse_time(text)
        if clock is None:
            return ParsedCell(text, _tr("Not a time (use H.mm, for example 8.30)."))
        return ParsedCell(clock)
    if kind is ColumnType.BOOL:
        lowered = text.casefold()
        if lowered in _TRUE:
            return ParsedCell(True)
        if lowered in _FALSE:
            return ParsedCell(False)
        return ParsedCell(text, _tr("Write Yes or No."))
    if kind is ColumnType.CHOICE:
        for choice in column.choices:
            if choice.casefold() == text.casefold():
                return ParsedCell(choice)
        return ParsedCell(text, _tr("Choose one of: %1.").replace("%1", ", ".join(column.choices)))
    if kind is ColumnType.EMAIL:
        if not _EMAIL.match(text):
            return ParsedCell(text, _tr("Not an e-mail address."))
        return ParsedCell(text)
    if kind is ColumnType.IDENTITY_CODE:
        code = text.upper()
        if not is_valid_hetu(code):
            return ParsedCell(text, _tr("Not a valid Finnish personal identity code."))
        return ParsedCell(code)
    if kind is ColumnType.IBAN:
        if not is_valid_iban(text):
            return ParsedCell(text, _tr("Not a valid IBAN (check digits do not match)."))
        return ParsedCell(normalise_iban(text))
    if kind is ColumnType.LIST:
        items = tuple(part.strip() for part in text.split(LIST_SEPARATOR) if part.strip())
        return _check_references(column, items, items, references)
    if kind is ColumnType.REFERENCE:
        return _check_references(column, text, (text,), references)
    return ParsedCell(text)


def _check_references(
    column: Column, value: object, names: tuple[str, ...], references: References | None
) -> ParsedCell:
    if column.refers_to is None or references is None:
        return ParsedCell(value)
    known = references.get(column.refers_to)
    if known is None:  # not loaded yet: the server checks it on submit
        return ParsedCell(value)
    missing = [name for name in names if name not in known]
    if missing:
        what = {
            RefersTo.PERSON: _tr("No person with employee number %1."),
            RefersTo.PROJECT: _tr("No project with code %1."),
            RefersTo.EVENT_TYPE: _tr("No event type with code %1."),
            RefersTo.ABSENCE_TYPE: _tr("No absence type with code %1."),
            RefersTo.UNIT: _tr("No unit named %1."),
        }[column.refers_to]
        return ParsedCell(value, what.replace("%1", ", ".join(missing)))
    return ParsedCell(value)


def validate_value(column: Column, value: object, references: References | None) -> str | None:
    """Check a value already typed (a loaded or duplicated cell) the way a typed one is."""
    from nepton_desktop.ui.models.cell_values import format_value

    if value is None or value == ():
        return _tr("%1 is required.").replace("%1", column.header_en) if column.required else None
    return parse_cell(column, format_value(value), references).error
