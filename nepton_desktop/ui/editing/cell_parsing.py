"""Text typed or pasted into a cell -> the column's value, or the reason it is not valid.

A date, time or number written the way the table shows it (the user's locale: ``12/3/2026``
in US English, ``8,5`` in Swedish) is read in that locale first. Any other text goes to the
import's own coercion (nepton_desktop.importing.coercion: Finnish dates ``d.M.yyyy``, ISO
dates, ``H.mm`` times, decimal comma, lists separated by ``|``, choices in fi/sv/en). Values
are then checked the way the import validates them. A reference (a person, project,
event type, absence type or unit) must name something the loaded data knows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from nepton_desktop.domain.columns import Column, ColumnType, RefersTo
from nepton_desktop.domain.identity import is_valid_hetu, is_valid_iban
from nepton_desktop.importing.coercion import CoercionError, coerce_value
from nepton_desktop.ui.i18n import column_header, translate_message
from nepton_desktop.ui.i18n.formatting import parse_date, parse_datetime, parse_time
from nepton_desktop.ui.models.cell_values import format_value

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


def parse_cell(
    column: Column,
    text: str,
    references: References | None = None,
    locale: QLocale | None = None,
) -> ParsedCell:
    """Parse ``text`` for ``column``; empty text is an empty cell (an error if required).

    ``locale``: the locale the table writes values in; text in its pattern is read that way
    before the import's coercion. Without it, only the coercion reads the text."""
    text = text.strip()
    if locale is not None and text:
        text = _canonical(column.type, text, locale)
    if not text:
        if column.required:
            return ParsedCell(
                None,
                QCoreApplication.translate("CellParsing", "%1 is required.").replace(
                    "%1", column_header(column)
                ),
            )
        return ParsedCell(() if column.type is ColumnType.LIST else None)
    kind = column.type
    try:
        # The import's own coercion, so a cell typed here means what it means in a sheet.
        value, _notice = coerce_value(column, text, typed=False)
    except CoercionError as exc:
        return ParsedCell(text, translate_message(exc.message))
    if kind is ColumnType.EMAIL and not _EMAIL.match(text):
        return ParsedCell(text, QCoreApplication.translate("CellParsing", "Not an e-mail address."))
    if kind is ColumnType.IDENTITY_CODE and not is_valid_hetu(str(value)):
        return ParsedCell(
            text,
            QCoreApplication.translate(
                "CellParsing", "Not a valid Finnish personal identity code."
            ),
        )
    if kind is ColumnType.IBAN and not is_valid_iban(str(value)):
        return ParsedCell(
            text,
            QCoreApplication.translate(
                "CellParsing", "Not a valid IBAN (check digits do not match)."
            ),
        )
    if kind is ColumnType.LIST:
        items = value if isinstance(value, tuple) else ()
        return _check_references(column, items, items, references)
    if kind is ColumnType.REFERENCE:
        return _check_references(column, value, (str(value),), references)
    return ParsedCell(value)


def _canonical(kind: ColumnType, text: str, locale: QLocale) -> str:
    """``text`` in the import's canonical form when the locale reads it as the column's type;
    otherwise unchanged, for the coercion to read (or to explain why it cannot)."""
    if kind is ColumnType.DATE:
        day = parse_date(text, locale)
        return format_value(day) if day is not None else text
    if kind is ColumnType.DATETIME:
        moment = parse_datetime(text, locale)
        if moment is None:
            day = parse_date(text, locale)
            return format_value(day) if day is not None else text
        return format_value(moment)
    if kind is ColumnType.TIME:
        clock = parse_time(text, locale)
        return format_value(clock) if clock is not None else text
    if kind is ColumnType.DECIMAL:
        # Grouping and the decimal mark as the locale writes them ("1,234.5" in English):
        # without grouping and with a comma, the coercion reads it unambiguously.
        _number, ok = locale.toDouble(text)
        if ok:
            bare = text.replace(locale.groupSeparator(), "").replace("\u00a0", "")
            return bare.replace(" ", "").replace(locale.decimalPoint(), ",")
    return text


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
            RefersTo.PERSON: QCoreApplication.translate(
                "CellParsing", "No person with employee number %1."
            ),
            RefersTo.PROJECT: QCoreApplication.translate("CellParsing", "No project with code %1."),
            RefersTo.EVENT_TYPE: QCoreApplication.translate(
                "CellParsing", "No event type with code %1."
            ),
            RefersTo.ABSENCE_TYPE: QCoreApplication.translate(
                "CellParsing", "No absence type with code %1."
            ),
            RefersTo.UNIT: QCoreApplication.translate("CellParsing", "No unit named %1."),
        }[column.refers_to]
        return ParsedCell(value, what.replace("%1", ", ".join(missing)))
    return ParsedCell(value)


def validate_value(column: Column, value: object, references: References | None) -> str | None:
    """Check a value already typed (a loaded or duplicated cell) the way a typed one is."""
    if value is None or value == ():
        return (
            QCoreApplication.translate("CellParsing", "%1 is required.").replace(
                "%1", column_header(column)
            )
            if column.required
            else None
        )
    return parse_cell(column, format_value(value), references).error
