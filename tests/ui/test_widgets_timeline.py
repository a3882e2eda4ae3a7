"""The absence timeline: layout of a month, navigation, tooltips, painting speed, screenshot."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from nepton_desktop.api import Credentials, Environment, EventFilter, NeptonService, Profile
from nepton_desktop.domain.records import (
    ActivityDetails,
    AdditionalInfo,
    Category,
    Event,
    EventType,
    MedicalCertificate,
    Person,
)
from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.ui.timeline import AbsenceTimeline
from nepton_desktop.ui.timeline.month_layout import layout_month
from nepton_desktop.ui.timeline.type_colors import type_colors
from tests.conftest import screenshot_dir

SCREENSHOTS = screenshot_dir()


@pytest.fixture(autouse=True)
def _finnish_formats() -> Iterator[None]:
    # Dates and numbers are formatted with QLocale; the app's users are Finnish.
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    yield
    QLocale.setDefault(previous)


TODAY = date(2026, 12, 3)

WORK = EventType(1, "work", "Työ", Category.WORK, code="TYO")
SICK = EventType(20, "sick_leave", "Sairausloma", Category.ABSENCE, code="SL")
VACATION = EventType(21, "vacation", "Vuosiloma", Category.ABSENCE, code="VL")
FLEX = EventType(22, "flex_leave", "Saldovapaa", Category.ABSENCE, code="SV")
EXERCISE = EventType(23, "exercise", "Liikuntatunti", Category.ABSENCE, code="LT")
TYPES = [WORK, SICK, VACATION, FLEX, EXERCISE]


def _absence(
    event_id: int,
    user_id: int,
    kind: EventType,
    first: date,
    last: date,
    *,
    approved: bool = True,
    locked: bool = False,
    details: ActivityDetails | None = None,
) -> Event:
    return Event(
        id=event_id,
        user_id=user_id,
        event_type_id=kind.id,
        start=datetime.combine(first, datetime.min.time()),
        end=datetime.combine(last + timedelta(days=1), datetime.min.time()),
        event_type_code=kind.code,
        is_approved=approved,
        is_locked=locked,
        details=details,
    )


def _person(user_id: int, first: str, last: str) -> Person:
    return Person(first, last, nepton_id=user_id, employee_number=f"E{user_id:04d}")


SICK_DETAILS = ActivityDetails(
    absence_type_code="SL1",
    additional_info=AdditionalInfo.CHILD_SICK,
    medical_certificate=MedicalCertificate.RECEIVED,
)


def _small_community() -> tuple[list[Person], list[Event]]:
    persons = [
        _person(1, "Aino", "Virtanen"),
        _person(2, "Matti", "Korhonen"),
        _person(3, "Liisa", "Mäkinen"),
        _person(4, "Juha", "Nieminen"),
    ]
    events = [
        _absence(100, 1, VACATION, date(2026, 11, 28), date(2026, 12, 4), approved=True),
        _absence(
            101, 1, SICK, date(2026, 12, 3), date(2026, 12, 3), details=SICK_DETAILS, approved=False
        ),
        _absence(102, 2, FLEX, date(2026, 12, 10), date(2026, 12, 11), approved=False),
        _absence(103, 3, EXERCISE, date(2026, 12, 28), date(2027, 1, 6), locked=True),
        # A locked work day marks the day locked without drawing a bar.
        Event(
            104,
            4,
            WORK.id,
            datetime(2026, 12, 1, 8),
            datetime(2026, 12, 1, 16),
            is_locked=True,
            is_approved=True,
        ),
        # Someone not in the person list still gets a row, so no absence is hidden.
        _absence(105, 99, SICK, date(2026, 12, 15), date(2026, 12, 16)),
    ]
    return persons, events


def test_month_layout_places_bars_lanes_and_locked_days() -> None:
    persons, events = _small_community()
    layout = layout_month(2026, 12, persons, events, TYPES)
    labels = [row.label for row in layout.rows]
    assert labels == [
        "Korhonen, Matti (E0002)",
        "Mäkinen, Liisa (E0003)",
        "Nieminen, Juha (E0004)",
        "Virtanen, Aino (E0001)",
        "#99",
    ]
    virtanen = layout.rows[3]
    assert virtanen.lanes == 2  # vacation and sick leave overlap on 3.12.
    vacation, sick = virtanen.bars
    assert (vacation.first_day, vacation.last_day, vacation.lane) == (0, 3, 0)
    assert vacation.continues_before and not vacation.continues_after
    assert (sick.first_day, sick.last_day, sick.lane) == (2, 2, 1)
    makinen = layout.rows[1]
    assert makinen.bars[0].continues_after and makinen.bars[0].last_day == 30
    assert makinen.locked_days == frozenset({27, 28, 29, 30})
    nieminen = layout.rows[2]
    assert nieminen.bars == [] and nieminen.locked_days == frozenset({0})
    january = layout_month(2027, 1, persons, events, TYPES)
    assert [b.event.id for r in january.rows for b in r.bars] == [103]


def test_day_by_day_absences_read_as_one_run() -> None:
    # Nepton often stores a week's sick leave as one event per day.
    person = _person(1, "Aino", "Virtanen")
    days = [
        _absence(200 + n, 1, SICK, date(2026, 12, 7 + n), date(2026, 12, 7 + n)) for n in range(3)
    ]
    days.append(_absence(210, 1, SICK, date(2026, 12, 10), date(2026, 12, 10), approved=False))
    days.append(_absence(211, 1, SICK, date(2026, 12, 14), date(2026, 12, 14)))
    layout = layout_month(2026, 12, [person], days, TYPES)
    assert [b.run_days for b in layout.rows[0].bars] == [3, 0, 0, 1, 1]


def test_navigation_moves_month_by_month_and_signals(qtbot: QtBot) -> None:
    timeline = AbsenceTimeline(today=TODAY)
    qtbot.addWidget(timeline)
    persons, events = _small_community()
    timeline.set_data(persons, events, TYPES)
    seen: list[tuple[int, int]] = []
    timeline.month_changed.connect(lambda y, m: seen.append((y, m)))
    timeline.next_button.click()
    assert timeline.month() == (2027, 1)
    assert (timeline.month_combo.currentIndex(), timeline.year_spin.value()) == (0, 2027)
    timeline.previous_button.click()
    timeline.previous_button.click()
    assert timeline.month() == (2026, 11)
    timeline.year_spin.setValue(2026)  # picking a year, then a month
    timeline.month_combo.setCurrentIndex(5)
    timeline.month_combo.activated.emit(5)
    assert timeline.month() == (2026, 6)
    timeline.this_month_button.click()
    assert seen == [(2027, 1), (2026, 12), (2026, 11), (2026, 6), (2026, 12)]
    assert timeline.month_combo.currentText() == "joulukuu"
    assert (
        "6 absence" in timeline.summary_label.text() or "5 absence" in timeline.summary_label.text()
    )


def test_bars_are_painted_in_their_type_colour_and_tooltips_tell_the_details(
    qtbot: QtBot,
) -> None:
    timeline = AbsenceTimeline(today=TODAY)
    qtbot.addWidget(timeline)
    persons, events = _small_community()
    timeline.set_data(persons, events, TYPES)
    timeline.resize(1100, 400)
    timeline.show()
    canvas = timeline.canvas
    layout = canvas.month_layout
    assert layout is not None
    image = canvas.viewport().grab().toImage()
    colors = type_colors(TYPES)

    row_of = {row.user_id: i for i, row in enumerate(layout.rows)}
    vacation = layout.rows[row_of[1]].bars[0]
    rect = canvas.bar_rect(row_of[1], vacation)
    # Sample away from the text label at the bar's start.
    sample = rect.bottomRight().toPoint() - rect.topLeft().toPoint()
    point = rect.topLeft().toPoint() + sample * 0.8
    assert QColor(image.pixel(point)) == colors[VACATION.id]
    assert canvas.bar_at(point) is events[0]

    flex = layout.rows[row_of[2]].bars[0]
    flex_rect = canvas.bar_rect(row_of[2], flex)
    flex_point = (
        flex_rect.center().toPoint()
        + (flex_rect.bottomRight().toPoint() - flex_rect.center().toPoint()) * 0.8
    )
    pale = QColor(image.pixel(flex_point))
    assert pale != colors[FLEX.id]  # not approved: pale, not the solid type colour
    assert pale.lightness() > colors[FLEX.id].lightness()

    sick = layout.rows[row_of[1]].bars[1]
    text = canvas.tooltip_text(sick.event)
    assert "Sairausloma" in text
    assert "3.12.2026 – 3.12.2026" in text
    assert "Not approved" in text
    assert "ChildSick" in text and "Received" in text and "SL1" in text
    assert "Locked" in canvas.tooltip_text(events[3])
    assert canvas.bar_at(canvas.rect().topLeft()) is None

    legend = [item.label for item in timeline.legend.items]
    assert legend == [
        "Sairausloma",
        "Vuosiloma",
        "Saldovapaa",
        "Liikuntatunti",
        "Not approved",
        "Locked day",
    ]


def _big_community(people: int, seed: int = 5) -> tuple[list[Person], list[Event]]:
    rng = random.Random(seed)
    firsts = ["Aino", "Eino", "Helmi", "Ilmari", "Kerttu", "Lauri", "Siiri", "Toivo", "Venla"]
    lasts = [
        "Virtanen",
        "Korhonen",
        "Mäkinen",
        "Nieminen",
        "Hämäläinen",
        "Laine",
        "Heikkinen",
        "Koskinen",
        "Järvinen",
        "Lehtonen",
        "Salminen",
        "Lindqvist",
    ]
    persons = [_person(i, rng.choice(firsts), rng.choice(lasts)) for i in range(1, people + 1)]
    events: list[Event] = []
    kinds = [SICK, VACATION, FLEX, EXERCISE]
    for person in persons:
        assert person.nepton_id is not None
        for _ in range(rng.randint(0, 5)):
            first = date(2026, 11, 20) + timedelta(days=rng.randint(0, 45))
            last = first + timedelta(days=rng.choice([0, 0, 1, 2, 4, 9]))
            events.append(
                _absence(
                    len(events) + 1,
                    person.nepton_id,
                    rng.choice(kinds),
                    first,
                    last,
                    approved=rng.random() > 0.3,
                    locked=first < date(2026, 12, 1),
                )
            )
    return persons, events


def _best_paint_time(qtbot: QtBot, people: int) -> tuple[float, float, AbsenceTimeline]:
    timeline = AbsenceTimeline(today=TODAY)
    qtbot.addWidget(timeline)
    persons, events = _big_community(people)
    started = time.perf_counter()
    timeline.set_data(persons, events, TYPES)
    layout_time = time.perf_counter() - started
    timeline.resize(1280, 900)
    timeline.show()
    timeline.canvas.viewport().grab()  # first paint: fonts and caches warm up
    times = []
    for _ in range(5):
        timeline.canvas.verticalScrollBar().setValue(
            timeline.canvas.verticalScrollBar().value() + 300
        )
        started = time.perf_counter()
        timeline.canvas.viewport().grab()
        times.append(time.perf_counter() - started)
    return min(times), layout_time, timeline


def test_three_hundred_people_scroll_instead_of_squeezing(qtbot: QtBot) -> None:
    # How fast they paint is measured by tests/benchmarks/bench_timeline.py.
    _, _, timeline = _best_paint_time(qtbot, 300)
    assert timeline.canvas.verticalScrollBar().maximum() > 0  # 300 rows do not fit: it scrolls


def test_absence_timeline_screenshot(qtbot: QtBot) -> None:
    timeline = AbsenceTimeline(today=TODAY)
    qtbot.addWidget(timeline)
    persons, events = _big_community(40, seed=11)
    small_persons, small_events = _small_community()
    timeline.set_data(
        persons[:24]
        + [
            _person(p.nepton_id + 1000, p.first_name, p.last_name)
            for p in small_persons
            if p.nepton_id is not None
        ],
        events
        + [
            Event(
                e.id + 10_000,
                e.user_id + 1000,
                e.event_type_id,
                e.start,
                e.end,
                event_type_code=e.event_type_code,
                is_approved=e.is_approved,
                is_locked=e.is_locked,
                details=e.details,
            )
            for e in small_events
            if e.user_id != 99
        ],
        TYPES,
    )
    timeline.resize(1200, 720)
    timeline.show()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert timeline.grab().save(str(SCREENSHOTS / "absence-timeline-lanes.png"))


async def test_demo_community_from_the_sandbox(qtbot: QtBot) -> None:
    """The demo community over loopback: ~300 people, last month's events (some locked)."""
    server = SandboxServer(seed="demo")
    server.start()
    info = server.info
    service = NeptonService(
        Profile(
            "demo",
            Environment.SANDBOX,
            info.worktime_url,
            info.hr_url,
            info.customer_id,
            info.deployment_id,
            info.username,
        ),
        Credentials(info.password, info.webservice_password),
    )
    today = date.today()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    month_end = today.replace(day=1) - timedelta(days=1)
    try:
        persons = await service.hr.get_persons()
        types = await service.worktime.get_event_types()
        events = await service.worktime.get_events(
            EventFilter(start_date=last_month, end_date=month_end)
        )
    finally:
        await service.aclose()
        server.stop()
    timeline = AbsenceTimeline(today=today)
    qtbot.addWidget(timeline)
    months: list[tuple[int, int]] = []
    timeline.month_changed.connect(lambda y, m: months.append((y, m)))
    timeline.set_data(persons, events, types)
    timeline.previous_button.click()
    assert months == [(last_month.year, last_month.month)]
    layout = timeline.canvas.month_layout
    assert layout is not None
    assert len(layout.rows) >= len(persons) >= 250
    absence_ids = {t.id for t in types if t.category is Category.ABSENCE}
    absences = [e for e in events if e.event_type_id in absence_ids]
    assert absences
    bars = [b for row in layout.rows for b in row.bars]
    assert {b.event.id for b in bars} == {e.id for e in absences}
    locked_users = {e.user_id for e in events if e.is_locked}
    assert all(bool(row.locked_days) == (row.user_id in locked_users) for row in layout.rows)
    timeline.resize(1280, 760)
    timeline.show()
    assert not timeline.canvas.viewport().grab().isNull()
    # Narrowed to the people with absences: every row has a bar, none is lost.
    timeline.only_absent_check.setChecked(True)
    narrowed = timeline.canvas.month_layout
    assert narrowed is not None
    assert all(row.bars for row in narrowed.rows)
    assert {b.event.id for row in narrowed.rows for b in row.bars} == {e.id for e in absences}
    assert len(narrowed.rows) < len(layout.rows)
    await asyncio.sleep(0.05)  # let the scroll bars settle as in the running app
    assert not timeline.canvas.horizontalScrollBar().isVisible()  # the month fits the width
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert timeline.grab().save(str(SCREENSHOTS / "absence-timeline.png"))
