"""How a cell's value is shown, copied and compared: one place for every column type.

Values are the plain Python values the column getters return (see domain/columns.py).

- :class:`LocaleText` writes them as the user reads them: dates, times and numbers through
  ``QLocale`` of the chosen language (Finnish ``3.12.2026 8.05``, ``8,5``; Swedish in Sweden
  ``2026-12-03 08:05``). The tables show, edit and copy this text; the cell parsing reads it
  back (``editing/cell_parsing.py``), so a copied cell pastes into the same column unchanged.
- :func:`format_value` writes the import's canonical Finnish form (``d.M.yyyy``, ``H.mm``,
  decimal comma), whatever the language: what the journal stores and what a value is checked
  through, so a stored text never depends on the language the app ran in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from nepton_desktop.domain.columns import LIST_SEPARATOR, ColumnType
from nepton_desktop.ui.i18n.formatting import format_date, format_number, format_time


def _format_datetime(value: datetime) -> str:
    return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"


def _format_date(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


class LocaleText:
    """Cell values as the user's locale writes them; callable, one instance per model or pass.

    ``QLocale.toString`` costs a few microseconds a call and a load formats a million cells,
    but a column repeats few distinct dates and times (a month of events has 30 days and at
    most 1,440 minutes of the day), so each distinct one is formatted once and remembered.
    QLocale is reentrant, so an instance may run in a worker thread (the filter texts do).
    """

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._yes = QCoreApplication.translate("CellValues", "Yes")
        self._no = QCoreApplication.translate("CellValues", "No")
        self._dates: dict[date, str] = {}
        self._times: dict[tuple[int, int], str] = {}
        self._by_type: dict[type, Callable[[Any], str]] = {
            str: str,
            int: str,  # identifiers and counts: never grouped, "12345" stays searchable
            type(None): lambda _v: "",
            bool: self._bool,
            datetime: self._datetime,
            date: self._date,
            time: self._time,
            Decimal: self._number,
            float: self._number,
            timedelta: _format_duration,
            tuple: self._list,
        }

    @property
    def locale(self) -> QLocale:
        return self._locale

    def __call__(self, value: object) -> str:
        formatter = self._by_type.get(type(value))
        return formatter(value) if formatter is not None else format_value(value)

    def _bool(self, value: bool) -> str:
        return self._yes if value else self._no

    def _date(self, value: date) -> str:
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = format_date(value, self._locale)
        return text

    def _time(self, value: time) -> str:
        key = (value.hour, value.minute)
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = format_time(time(*key), self._locale)
        return text

    def _datetime(self, value: datetime) -> str:
        return f"{self._date(value.date())} {self._time(value.time())}"

    def _number(self, value: Decimal | float) -> str:
        return format_number(value, None, self._locale)

    def _list(self, value: tuple[object, ...]) -> str:
        return LIST_SEPARATOR.join(self(v) for v in value)


def _format_duration(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def format_value(value: object) -> str:
    """A value in the import's canonical Finnish form, whatever the language (see above)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CellValues", "Yes")
            if value
            else QCoreApplication.translate("CellValues", "No")
        )
    if isinstance(value, datetime):
        return _format_datetime(value)
    if isinstance(value, date):
        return _format_date(value)
    if isinstance(value, time):
        return f"{value.hour}.{value.minute:02d}"
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, timedelta):
        return _format_duration(value)
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


SortKey = tuple[int, object]


def sort_key(value: object) -> SortKey:
    """A key that orders any two cells of one column without a TypeError.

    Empty cells sort first; a cell holding unparsed text (an invalid edit) sorts after the valid
    values, so mixed columns never compare a date with a string.
    """
    if value is None or value == "" or value == ():
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float | Decimal):
        return (1, value)
    if isinstance(value, datetime):
        return (2, value)
    if isinstance(value, date):
        return (3, value)
    if isinstance(value, time):
        return (4, value)
    if isinstance(value, timedelta):
        return (1, value.total_seconds())
    if isinstance(value, tuple):
        return (5, LIST_SEPARATOR.join(str(v) for v in value).casefold())
    return (6, str(value).casefold())


# Column types whose values are all of one Python type once the None cells are replaced by
# the type's floor value: sorting then compares plain values, twice as fast as tagged tuples.
_FLOORS: dict[ColumnType, object] = {
    ColumnType.DATETIME: datetime.min,
    ColumnType.DATE: date.min,
    ColumnType.TIME: time.min,
    ColumnType.INT: -(2**63),
}
_TEXT_TYPES = (
    ColumnType.TEXT,
    ColumnType.REFERENCE,
    ColumnType.EMAIL,
    ColumnType.CHOICE,
    ColumnType.IDENTITY_CODE,
    ColumnType.IBAN,
)


def column_sort_keys(kind: ColumnType, values: list[object]) -> list[Any]:
    """Sort keys of a whole column; falls back to :func:`sort_key` when the column holds
    anything unexpected (typed text that is not valid, a number in a text column)."""
    if kind in _TEXT_TYPES and all(type(v) is str or v is None for v in values):
        return ["" if v is None else v.casefold() for v in values]  # type: ignore[attr-defined]
    floor = _FLOORS.get(kind)
    if floor is not None:
        keys = [floor if v is None else v for v in values]
        wanted = type(floor)
        if all(type(k) is wanted for k in keys):
            return keys
    return [sort_key(v) for v in values]
