"""The server-side date range of the events and absences tabs."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from nepton_desktop.ui.i18n.formatting import date_format


def this_month(today: date) -> tuple[date, date]:
    last = calendar.monthrange(today.year, today.month)[1]
    return today.replace(day=1), today.replace(day=last)


class DateRangeEdit(QWidget):
    """From and to dates; ``changed`` fires once the user settles on a new range."""

    changed = Signal()

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = QDateEdit(self)
        self.first_edit.setObjectName("range_first")
        self.last_edit = QDateEdit(self)
        self.last_edit.setObjectName("range_last")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.editingFinished.connect(self._edited)
        self.set_range(first, last)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.first_edit)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.last_edit)
        self._last_range = self.range()

    def set_range(self, first: date, last: date) -> None:
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        self.last_edit.setDate(QDate(last.year, last.month, last.day))
        self._last_range = (first, last)

    def range(self) -> tuple[date, date]:
        first = self.first_edit.date().toPython()
        last = self.last_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return (first, last) if first <= last else (last, first)

    def _edited(self) -> None:
        if self.range() != self._last_range:
            self._last_range = self.range()
            self.changed.emit()
