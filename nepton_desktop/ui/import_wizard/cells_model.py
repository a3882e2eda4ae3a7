"""A read-only table model over a slice of spreadsheet rows, for the wizard's previews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from nepton_desktop.importing.coercion import fi_date, fi_datetime
from nepton_desktop.importing.reader import CellValue, column_letter
from nepton_desktop.ui.i18n import (
    current_language_code,
    format_date,
    format_datetime,
    format_number,
    format_time,
)

_Index = QModelIndex | QPersistentModelIndex


def header_language() -> str:
    """The language column headers are shown in: the app's, where the columns have one."""
    code = current_language_code()
    return code if code in ("fi", "sv") else "en"


def cell_text(value: object) -> str:
    """A value as the user's locale writes it (Finnish: 3.12.2026, 8.30, 7,5)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date(value) if value.time() == time(0) else format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportWizard", "Yes")
            if value
            else QCoreApplication.translate("ImportWizard", "No")
        )
    if isinstance(value, float | Decimal):
        return format_number(value)
    if isinstance(value, tuple):
        return " | ".join(cell_text(v) for v in value)
    return str(value)


def edit_text(value: object) -> str:
    """A cell as text to edit and coerce again: the Finnish forms the import always reads
    (d.M.yyyy, H.mm, decimal comma), whatever the UI language."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return fi_date(value) if value.time() == time(0) else fi_datetime(value)
    if isinstance(value, date):
        return fi_date(value)
    if isinstance(value, time):
        return f"{value.hour}.{value.minute:02d}"
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


class CellsModel(QAbstractTableModel):
    """Headers as "A: Header", rows numbered as the spreadsheet numbers them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: Sequence[Sequence[CellValue]] = []
        self._numbers: Sequence[int] = []

    def set_rows(
        self, headers: Sequence[str], rows: Sequence[Sequence[CellValue]], numbers: Sequence[int]
    ) -> None:
        self.beginResetModel()
        self._headers = [
            f"{column_letter(i)}: {h}" if h else column_letter(i) for i, h in enumerate(headers)
        ]
        self._rows, self._numbers = rows, numbers
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            row = self._rows[index.row()]
            return cell_text(row[index.column()]) if index.column() < len(row) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return self._numbers[section] if section < len(self._numbers) else None
