"""Where each absence of a month goes on the timeline: rows, day spans and lanes.

Pure Python (no painting), so the layout is computed once per month or data change and the
paint event only walks the visible rows. A person's absences that overlap are put in separate
lanes of the person's row, so no bar hides another.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from nepton_desktop.domain.columns import absence_last_day
from nepton_desktop.domain.records import Category, Event, EventType, Person


@dataclass(frozen=True, slots=True)
class Bar:
    """One absence drawn in a row: days are 0-based indexes into the month."""

    event: Event
    first_day: int
    last_day: int
    lane: int
    # True when the absence goes on before the month's first day / after its last day.
    continues_before: bool
    continues_after: bool
    # Days of the run of same-looking bars this one starts (Nepton often stores a week's sick
    # leave as one event per day): the run's label spans them; 0 for a bar inside a run.
    run_days: int = 1


@dataclass(slots=True)
class TimelineRow:
    label: str
    user_id: int | None
    bars: list[Bar] = field(default_factory=list)
    lanes: int = 1
    locked_days: frozenset[int] = frozenset()  # 0-based day indexes


@dataclass(slots=True)
class MonthLayout:
    year: int
    month: int
    days: list[date]
    rows: list[TimelineRow]

    @property
    def first_day(self) -> date:
        return self.days[0]


def month_days(year: int, month: int) -> list[date]:
    count = calendar.monthrange(year, month)[1]
    return [date(year, month, day) for day in range(1, count + 1)]


def _covered_days(event: Event, month_end: date) -> tuple[date, date]:
    first = event.start.date()
    last = absence_last_day(event)
    # An open-ended absence (no end yet) runs on past the shown month.
    return first, last if last is not None and last >= first else max(first, month_end)


def _person_label(person: Person) -> str:
    name = f"{person.last_name}, {person.first_name}".strip(", ")
    return f"{name} ({person.employee_number})" if person.employee_number else name


def absence_type_ids(event_types: Iterable[EventType]) -> frozenset[int]:
    return frozenset(t.id for t in event_types if t.category is Category.ABSENCE)


def layout_month(
    year: int,
    month: int,
    persons: Sequence[Person],
    events: Iterable[Event],
    event_types: Iterable[EventType],
    locked_days: Collection[tuple[int, date]] = (),
    *,
    only_with_absences: bool = False,
) -> MonthLayout:
    """Rows for every person (sorted by name), then any user the events name who is not in
    ``persons`` (so no absence is hidden), with the month's absence bars and locked days.

    ``events`` may hold every kind of event: absence events become bars; a locked event of
    any kind marks its days locked for the person, as Nepton locks whole days. ``locked_days``
    adds (user id, day) pairs known locked otherwise. ``only_with_absences`` leaves out the
    people with no absence in the month.
    """
    days = month_days(year, month)
    month_start, month_end = days[0], days[-1]
    absence_ids = absence_type_ids(event_types)

    spans: dict[int, list[tuple[date, date, Event]]] = defaultdict(list)
    locked: dict[int, set[int]] = defaultdict(set)
    unknown_labels: dict[int, str] = {}
    for event in events:
        first, last = _covered_days(event, month_end)
        if last < month_start or first > month_end:
            continue
        if event.event_type_id in absence_ids:
            spans[event.user_id].append((first, last, event))
        if event.is_locked:
            day = max(first, month_start)
            while day <= min(last, month_end):
                locked[event.user_id].add(day.day - 1)
                day += timedelta(days=1)
        unknown_labels.setdefault(
            event.user_id,
            event.personnel_number or event.username or f"#{event.user_id}",
        )
    for user_id, day in locked_days:
        if month_start <= day <= month_end:
            locked[user_id].add(day.day - 1)

    rows: list[TimelineRow] = []
    known: set[int] = set()
    for person in sorted(persons, key=lambda p: (p.last_name.casefold(), p.first_name.casefold())):
        rows.append(TimelineRow(_person_label(person), person.nepton_id))
        if person.nepton_id is not None:
            known.add(person.nepton_id)
    for user_id in sorted(set(spans) - known):
        rows.append(TimelineRow(unknown_labels[user_id], user_id))

    for row in rows:
        if row.user_id is None:
            continue
        row.locked_days = frozenset(locked.get(row.user_id, ()))
        row.bars, row.lanes = _place_in_lanes(spans.get(row.user_id, []), month_start, month_end)
    if only_with_absences:
        rows = [row for row in rows if row.bars]
    return MonthLayout(year, month, days, rows)


def _place_in_lanes(
    spans: list[tuple[date, date, Event]], month_start: date, month_end: date
) -> tuple[list[Bar], int]:
    bars: list[Bar] = []
    lane_ends: list[date] = []  # the last day taken in each lane
    for first, last, event in sorted(spans, key=lambda s: (s[0], s[1], s[2].id)):
        lane = next((i for i, end in enumerate(lane_ends) if end < first), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(last)
        else:
            lane_ends[lane] = last
        shown_first, shown_last = max(first, month_start), min(last, month_end)
        bars.append(
            Bar(
                event,
                shown_first.day - 1,
                shown_last.day - 1,
                lane,
                continues_before=first < month_start,
                continues_after=last > month_end,
                run_days=shown_last.day - shown_first.day + 1,
            )
        )
    return _join_runs(bars), max(1, len(lane_ends))


def _looks_same(a: Event, b: Event) -> bool:
    return (a.event_type_id, a.is_approved) == (b.event_type_id, b.is_approved)


def _join_runs(bars: list[Bar]) -> list[Bar]:
    """Mark bars that continue the previous bar of their lane on the next day."""
    last_in_lane: dict[int, int] = {}  # lane -> index of the run's first bar
    previous: dict[int, Bar] = {}
    joined = list(bars)
    for index, bar in enumerate(bars):
        before = previous.get(bar.lane)
        if (
            before is not None
            and before.last_day + 1 == bar.first_day
            and _looks_same(before.event, bar.event)
        ):
            head = last_in_lane[bar.lane]
            days = bar.last_day - bar.first_day + 1
            joined[head] = replace(joined[head], run_days=joined[head].run_days + days)
            joined[index] = replace(bar, run_days=0)
        else:
            last_in_lane[bar.lane] = index
        previous[bar.lane] = bar
    return joined
