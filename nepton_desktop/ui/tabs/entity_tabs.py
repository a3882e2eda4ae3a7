"""The four tabs: what each adds to the generic entity tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSplitter, QWidget

from nepton_desktop.api.filters import EventFilter
from nepton_desktop.domain.records import EventType
from nepton_desktop.ui.models.entity_models import (
    AbsencesModel,
    EventsModel,
    PersonnelModel,
    ProjectsModel,
)
from nepton_desktop.ui.tabs.date_range import DateRangeEdit, this_month
from nepton_desktop.ui.tabs.entity_tab import EntityTab
from nepton_desktop.ui.timeline import AbsenceTimeline


class PersonnelTab(EntityTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PersonnelModel(), self.tr("Personnel"), parent)


class ProjectsTab(EntityTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ProjectsModel(), self.tr("Projects"), parent)


class EventsTab(EntityTab):
    """Worktime events of a date range (this month by default), read from the server by
    person and type; the project filter narrows what was read."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(EventsModel(), self.tr("Events"), parent)
        first, last = this_month(today or date.today())
        self.date_range = DateRangeEdit(first, last, self)
        self.date_range.changed.connect(self.refreshRequested)
        self.person_filter = QLineEdit(self)
        self.person_filter.setObjectName("person_filter")
        self.person_filter.setPlaceholderText(self.tr("Employee numbers, comma separated"))
        self.person_filter.setClearButtonEnabled(True)
        self.person_filter.editingFinished.connect(self._person_filter_edited)
        self._last_persons = ""
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("type_filter")
        self.type_filter.setMinimumContentsLength(14)
        self.type_filter.addItem(self.tr("All types"), None)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.refreshRequested.emit())
        self.project_filter = QLineEdit(self)
        self.project_filter.setObjectName("project_filter")
        self.project_filter.setPlaceholderText(self.tr("Project code"))
        self.project_filter.setClearButtonEnabled(True)
        project_col = self.model.column_index("project")
        # The API filters events by person and type, not by project: the project filter is the
        # project column's filter, so it shows in the filter row too.
        self.project_filter.textChanged.connect(self.filter_bar.fields[project_col].setText)
        row = self.server_filters
        row.addWidget(self.date_range)
        row.addWidget(QLabel(self.tr("Person"), self))
        row.addWidget(self.person_filter, 1)
        row.addWidget(QLabel(self.tr("Type"), self))
        row.addWidget(self.type_filter)
        row.addWidget(QLabel(self.tr("Project"), self))
        row.addWidget(self.project_filter)
        row.addStretch(0)

    def _person_filter_edited(self) -> None:
        if self.person_filter.text() != self._last_persons:
            self._last_persons = self.person_filter.text()
            self.refreshRequested.emit()

    def set_event_types(self, event_types: list[EventType]) -> None:
        current = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), None)
        for event_type in sorted(event_types, key=lambda t: (t.code or t.internal_name).casefold()):
            label = f"{event_type.code or event_type.internal_name} – {event_type.name}"
            self.type_filter.addItem(label, event_type.id)
        found = self.type_filter.findData(current)
        self.type_filter.setCurrentIndex(max(found, 0))
        self.type_filter.blockSignals(False)

    def event_filter(self) -> EventFilter:
        first, last = self.date_range.range()
        numbers = tuple(n.strip() for n in self.person_filter.text().split(",") if n.strip())
        type_id = self.type_filter.currentData()
        return EventFilter(
            start_date=first,
            end_date=last,
            personnel_numbers=numbers,
            event_type_ids=(int(type_id),) if type_id is not None else (),
        )


class AbsencesTab(EntityTab):
    """Absence events of a date range, with the month timeline under the table."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(AbsencesModel(), self.tr("Absences"), parent)
        today = today or date.today()
        # HR plans absences for the year: the whole year by default.
        self.date_range = DateRangeEdit(date(today.year, 1, 1), date(today.year, 12, 31), self)
        self.date_range.changed.connect(self.refreshRequested)
        self.server_filters.addWidget(self.date_range)
        self.server_filters.addStretch(1)
        self.timeline = AbsenceTimeline(self, today=today)
        self.timeline.month_changed.connect(self._month_changed)
        self.timeline.event_activated.connect(self._select_event)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("absences_splitter")
        self.content_layout.removeWidget(self.view)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.content_layout.addWidget(self.splitter, 1)

    def _month_changed(self, year: int, month: int) -> None:
        first, last = self.date_range.range()
        month_first, month_last = this_month(date(year, month, 1))
        if month_first < first or month_last > last:
            # The month is outside what was read: widen the range and read again.
            self.date_range.set_range(min(first, month_first), max(last, month_last))
            QTimer.singleShot(0, self.refreshRequested.emit)

    def _select_event(self, event_id: int) -> None:
        col = self.model.column_index("id")
        for pos in range(self.model.rowCount()):
            if self.model.row_at(pos).values[col] == event_id:
                index = self.model.index(pos, col)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def event_filter(self, absence_type_ids: tuple[int, ...]) -> EventFilter:
        first, last = self.date_range.range()
        return EventFilter(start_date=first, end_date=last, event_type_ids=absence_type_ids)
