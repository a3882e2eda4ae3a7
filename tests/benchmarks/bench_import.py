"""Benchmark: the import dry run of a 100,000-row, 10-column events .xlsx against raw calamine.

The dry run's own work (read, map, coerce, validate, plan; no network) is timed in the same
run as a bare ``CalamineWorkbook.from_path(...).get_sheet_by_index(0).to_python()`` of the
same file, and printed next to it with the ratio. Peak memory is the peak resident set size
of a fresh process doing only the dry run (calamine's memory is Rust's, which tracemalloc does
not see). Goals: at most 2x the raw read, under 500 MB.

Run: .venv/bin/pytest tests/benchmarks/bench_import.py -s
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from nepton_desktop.domain.records import Category, Event, EventType, Person, Project
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.pipeline import dry_run, paused_gc
from nepton_desktop.importing.plan import Action

ROWS = 100_000
PERSONS = 500
HEADERS = [
    "Nepton id",
    "Henkilönumero",
    "Nimi",
    "Tyyppi",
    "Alkaa",
    "Päättyy",
    "Projekti",
    "Kuvaus",
    "Ulkoinen tunniste",
    "Tunnit",
]
FIRST_DAY = datetime(2026, 1, 5, 8, 0)


def _live() -> LiveData:
    persons = [
        Person(
            f"First{i}",
            f"Last{i}",
            nepton_id=1000 + i,
            employee_number=str(1000 + i),
            username=f"user{i}",
        )
        for i in range(PERSONS)
    ]
    types = [
        EventType(1, "work", "Work", Category.WORK, code="TYO"),
        EventType(31, "meeting", "Meeting", Category.ADMINISTRATIVE, code="KOK"),
    ]
    projects = [Project(f"Project {i}", id=i, code=f"P{i}") for i in range(1, 51)]
    # Every tenth row of the file already exists in Nepton unchanged: a mixed plan.
    events = [
        Event(
            500_000 + n,
            1000 + n % PERSONS,
            1,
            *_span(n),
            personnel_number=str(1000 + n % PERSONS),
            event_type_code="TYO",
            project_id=1 + n % 50,
            project_code=f"P{1 + n % 50}",
            description=f"work {n}",
        )
        for n in range(0, ROWS, 10)
    ]
    return LiveData(persons, [], projects, types, events, today=date(2026, 1, 1))


def _span(n: int) -> tuple[datetime, datetime]:
    start = FIRST_DAY + timedelta(days=n // PERSONS)
    return start, start + timedelta(hours=8)


def write_events(path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("Tapahtumat")
    ws.append(HEADERS)
    for n in range(ROWS):
        start, end = _span(n)
        ws.append(
            [
                500_000 + n if n % 10 == 0 else None,
                str(1000 + n % PERSONS),
                f"Last{n % PERSONS}, First{n % PERSONS}",
                "TYO",
                start,
                end,
                f"P{1 + n % 50}",
                f"work {n}",
                None if n % 10 == 0 else f"imp-{n}",
                8.0,
            ]
        )
    workbook.save(path)


def _peak_kb() -> int:
    """Peak resident set of this process: VmHWM (reset by exec, unlike ru_maxrss on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_rss_of_dry_run(path: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    live = _live()
    base = _peak_kb()
    dry_run(Path(path), "events", live)
    queue.put((base, _peak_kb()))


@pytest.fixture(scope="module")
def events_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "events.xlsx"
    started = time.perf_counter()
    write_events(path)
    print(
        f"\nwrote {ROWS} rows x {len(HEADERS)} columns ({path.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return path


def test_dry_run_against_raw_calamine(events_file: Path) -> None:
    live = _live()
    raw_times, raw_nogc_times, dry_times = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        with CalamineWorkbook.from_path(str(events_file)) as workbook:
            raw = workbook.get_sheet_by_index(0).to_python()
        raw_times.append(time.perf_counter() - started)
        assert len(raw) == ROWS + 1
        del raw
        # The same read with the cyclic GC paused, as the dry run does: the fairer baseline.
        with paused_gc():
            started = time.perf_counter()
            with CalamineWorkbook.from_path(str(events_file)) as workbook:
                raw = workbook.get_sheet_by_index(0).to_python()
            raw_nogc_times.append(time.perf_counter() - started)
        del raw
        started = time.perf_counter()
        result = dry_run(events_file, "events", live)
        dry_times.append(time.perf_counter() - started)
    raw_s, raw_nogc_s, dry_s = min(raw_times), min(raw_nogc_times), min(dry_times)
    plan = result.plan
    counts = plan.counts
    assert counts[Action.UNCHANGED] == ROWS // 10
    assert counts[Action.CREATE] == ROWS - ROWS // 10
    assert counts[Action.ERROR] == 0

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_peak_rss_of_dry_run, args=(str(events_file), queue))
    process.start()
    base_kb, peak_kb = queue.get(timeout=600)
    process.join()
    print(f"raw calamine read:            {raw_s:6.2f} s (best of 5)")
    print(f"raw calamine read, GC paused: {raw_nogc_s:6.2f} s (best of 5)")
    print(
        f"import dry run (GC paused):   {dry_s:6.2f} s (best of 5)  ratio {dry_s / raw_s:.2f}x"
        f" plain, {dry_s / raw_nogc_s:.2f}x GC-paused baseline (goal <= 2x)"
    )
    print(
        f"peak RSS dry run:             {peak_kb / 1024:6.0f} MB "
        f"(process before: {base_kb / 1024:.0f} MB; goal < 500 MB)"
    )
    print(f"plan: {counts}")
    assert peak_kb / 1024 < 500
