"""How a cell's value is shown, copied and compared: one place for every column type.

Values are the plain Python values the column getters return (see domain/columns.py). Dates
and numbers are shown the Finnish way (``d.M.yyyy``, ``H.mm``, decimal comma), the format the
import reads back, so a copied cell pastes into the same column unchanged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from nepton_desktop.domain.columns import LIST_SEPARATOR


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellValues", text)


def format_value(value: object) -> str:
    """The text of a cell as the table shows and copies it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, time):
        return f"{value.hour}.{value.minute:02d}"
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
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
