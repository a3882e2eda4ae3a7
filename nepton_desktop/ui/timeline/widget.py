"""The absence timeline: month navigation, a colour legend and the painted grid.

Fed with domain records (no network inside): the owner calls :meth:`AbsenceTimeline.set_data`
with persons, events and event types, and listens to ``month_changed`` to load another
month's events when it keeps only a date range in memory.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.domain.records import Category, Event, EventType, Person
from nepton_desktop.ui.timeline.canvas import TimelineCanvas, locked_color
from nepton_desktop.ui.timeline.legend import LegendItem, SwatchKind, TimelineLegend
from nepton_desktop.ui.timeline.month_layout import layout_month
from nepton_desktop.ui.timeline.type_colors import UNKNOWN_TYPE_COLOR, type_colors


class AbsenceTimeline(QWidget):
    """People down, the days of one month across, absences as coloured bars by type.

    ``AbsenceTimeline(parent=None, *, today=None)``; ``today`` fixes "today" for tests and
    screenshots. Signals: ``month_changed(year, month)`` when the user moves to another month,
    ``event_activated(event_id)`` on double-click on a bar.
    """

    month_changed = Signal(int, int)
    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absence_timeline")
        self._today = today or date.today()
        self._year, self._month = self._today.year, self._today.month
        self._persons: Sequence[Person] = ()
        self._events: Sequence[Event] = ()
        self._event_types: Sequence[EventType] = ()
        self._locked_days: Collection[tuple[int, date]] = ()

        self.previous_button = QPushButton(self.tr("◀ Previous month"), self)
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button = QPushButton(self.tr("Next month ▶"), self)
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.this_month_button = QPushButton(self.tr("This month"), self)
        self.this_month_button.clicked.connect(
            lambda: self.set_month(self._today.year, self._today.month)
        )
        # Month and year chosen apart: month names standalone ("joulukuu", not the
        # genitive "joulukuuta" that a date format would give).
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("timeline_month")
        locale = self.locale()
        standalone = QLocale.FormatType.LongFormat
        for month in range(1, 13):
            self.month_combo.addItem(locale.standaloneMonthName(month, standalone), month)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("timeline_year")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self._show_month_in_picker()
        self.month_combo.activated.connect(self._picked)
        self.year_spin.valueChanged.connect(self._picked)
        self.only_absent_check = QCheckBox(self.tr("Only people with absences"), self)
        self.only_absent_check.setObjectName("timeline_only_absent")
        self.only_absent_check.toggled.connect(lambda _checked: self._relayout())
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("timeline_summary")

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.month_combo)
        navigation.addWidget(self.year_spin)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.this_month_button)
        navigation.addSpacing(12)
        navigation.addWidget(self.only_absent_check)
        navigation.addStretch(1)
        navigation.addWidget(self.summary_label)

        self.legend = TimelineLegend(self)

        self.canvas = TimelineCanvas(self, today=self._today)
        self.canvas.event_activated.connect(self.event_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(navigation)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)
        self._relayout()

    # ------------------------------------------------------------------ public API

    def set_data(
        self,
        persons: Sequence[Person],
        events: Sequence[Event],
        event_types: Sequence[EventType],
        locked_days: Collection[tuple[int, date]] = (),
    ) -> None:
        """Show these records. ``events`` may hold every kind of event: absences become bars
        and locked events mark their days locked. ``locked_days`` adds (user id, day) pairs."""
        self._persons, self._events = persons, events
        self._event_types, self._locked_days = event_types, locked_days
        self._relayout()

    def month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_month(self, year: int, month: int) -> None:
        if (year, month) == (self._year, self._month):
            return
        self._year, self._month = year, month
        self._show_month_in_picker()
        self._relayout()
        self.month_changed.emit(year, month)

    def step_month(self, delta: int) -> None:
        index = self._year * 12 + (self._month - 1) + delta
        self.set_month(index // 12, index % 12 + 1)

    # ------------------------------------------------------------------ internals

    def _show_month_in_picker(self) -> None:
        self.month_combo.blockSignals(True)
        self.year_spin.blockSignals(True)
        self.month_combo.setCurrentIndex(self._month - 1)
        self.year_spin.setValue(self._year)
        self.month_combo.blockSignals(False)
        self.year_spin.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: the locked-day mark follows the text.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._update_legend(type_colors(self._event_types))
        super().changeEvent(event)

    def _picked(self) -> None:
        self.set_month(self.year_spin.value(), self.month_combo.currentIndex() + 1)

    def _relayout(self) -> None:
        layout = layout_month(
            self._year,
            self._month,
            self._persons,
            self._events,
            self._event_types,
            self._locked_days,
            only_with_absences=self.only_absent_check.isChecked(),
        )
        colors = type_colors(self._event_types)
        self.canvas.set_layout(layout, colors, {t.id: t for t in self._event_types})
        absences = sum(len(row.bars) for row in layout.rows)
        self.summary_label.setText(
            self.tr("%n absence(s)", "", absences)
            + " · "
            + self.tr("%n person(s)", "", len(layout.rows))
        )
        self._update_legend(colors)

    def _update_legend(self, colors: dict[int, QColor]) -> None:
        items = [
            LegendItem(SwatchKind.APPROVED, colors[t.id], t.name)
            for t in sorted(self._event_types, key=lambda t: t.id)
            if t.category is Category.ABSENCE and t.id in colors
        ]
        sample = items[0].color if items else QColor(UNKNOWN_TYPE_COLOR)
        items.append(LegendItem(SwatchKind.NOT_APPROVED, sample, self.tr("Not approved")))
        items.append(
            LegendItem(SwatchKind.LOCKED, locked_color(self.palette()), self.tr("Locked day"))
        )
        self.legend.set_items(items)
