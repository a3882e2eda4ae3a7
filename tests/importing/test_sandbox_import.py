"""The import against the real sandbox over loopback HTTP: submit, revert, and a real kill
(SIGKILL of a process mid-import, with the sandbox dropping connections after commit) then
resume with no duplicates. Also the import and export subcommands end to end."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from nepton_desktop.api import Credentials, EventFilter, NeptonService
from nepton_desktop.api.profiles import Environment, Profile, ProfileStore
from nepton_desktop.changes.changeset import from_plan
from nepton_desktop.changes.journal import JobState, Journal, file_hash
from nepton_desktop.changes.submitter import Submitter
from nepton_desktop.cli import main
from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.fetch import file_span, load_live_data
from nepton_desktop.importing.mapping import guess_mapping
from nepton_desktop.importing.plan import Action, build_plan
from nepton_desktop.importing.reader import read_file
from nepton_desktop.importing.table import coerce_sheet
from nepton_desktop.importing.validation import validate
from nepton_desktop.sandbox import FaultSpec, SandboxServer
from tests.importing.files import write_xlsx

HEADERS = ["Henkilönumero", "Tyyppi", "Alkaa", "Päättyy", "Kuvaus"]
FIRST = datetime(2027, 6, 7, 8, 0)


def _rows(count: int, persons: int = 20) -> list[list[object]]:
    rows: list[list[object]] = []
    for n in range(count):
        start = FIRST + timedelta(days=n // persons)
        rows.append([str(10000 + n % persons), "TYO", start, start + timedelta(hours=8), f"r{n}"])
    return rows


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    server = SandboxServer(data_dir=tmp_path / "sandbox", seed="demo")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _profile(server: SandboxServer) -> tuple[Profile, Credentials]:
    info = server.info
    profile = Profile.for_environment(
        "Sandbox",
        Environment.SANDBOX,
        customer_id=str(info.customer_id),
        deployment_id=str(info.deployment_id),
        username=info.username,
        worktime_url=info.worktime_url,
        hr_url=info.hr_url,
    )
    return profile, Credentials(info.password, info.webservice_password)


@pytest.fixture
async def service(sandbox: SandboxServer) -> AsyncIterator[NeptonService]:
    profile, credentials = _profile(sandbox)
    svc = NeptonService(profile, credentials, batch_size=50)
    try:
        yield svc
    finally:
        await svc.aclose()


async def _plan(service: NeptonService, path: Path):
    sheet = read_file(path)
    table = coerce_sheet(sheet, guess_mapping(Entity.EVENTS, sheet.headers))
    live = await load_live_data(service, Entity.EVENTS, file_span(table))
    return build_plan(validate(table, live))


async def _ours(service: NeptonService, count: int) -> list:
    events = await service.worktime.get_events(
        EventFilter(start_date=FIRST.date(), end_date=FIRST.date() + timedelta(days=count))
    )
    return [e for e in events if (e.description or "").startswith("r")]


async def test_submit_then_reimport_is_unchanged_then_revert(
    service: NeptonService, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "new.xlsx", [HEADERS, *_rows(120)])
    plan = await _plan(service, path)
    assert plan.counts["create"] == 120 and not plan.errors
    journal = Journal(tmp_path / "journal.sqlite3")
    job = journal.create_job(from_plan(plan), source=path.name, file_hash=file_hash(path))
    report = await Submitter(service, journal, batch_size=50).submit(job)
    assert len(report.sent) == 120 and not report.failed
    created = await _ours(service, 120)
    assert sorted(e.description for e in created) == sorted(f"r{n}" for n in range(120))

    again = await _plan(service, path)  # the same file once more: matched, nothing new
    assert again.counts == {"create": 0, "update": 0, "unchanged": 120, "error": 0}

    revert = await Submitter(service, journal).revert(job)
    assert revert.deleted == 120 and not revert.kept and not revert.failed
    assert await _ours(service, 120) == []
    assert journal.job(job).state is JobState.REVERTED


async def test_drop_after_commit_settles_without_duplicates(
    sandbox: SandboxServer, service: NeptonService, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "new.xlsx", [HEADERS, *_rows(150)])
    plan = await _plan(service, path)
    journal = Journal(tmp_path / "journal.sqlite3")
    job = journal.create_job(from_plan(plan), source=path.name, file_hash="x")
    sandbox.set_faults(FaultSpec.parse("drop_after_commit=0.5,seed=3"))
    report = await Submitter(service, journal, batch_size=50).submit(job)
    sandbox.set_faults(None)
    created = await _ours(service, 150)
    assert len(created) == 150 == len({e.description for e in created})
    assert len(report.sent) == 150


_CHILD = """
import sys
from nepton_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.timeout(240)
async def test_killed_import_resumes_without_duplicates(
    sandbox: SandboxServer, service: NeptonService, tmp_path: Path
) -> None:
    """A real kill: the import runs in another process, which is SIGKILLed while a batch is
    in flight (the sandbox slowed down and dropping answers after commit); the next start
    resumes the job from the journal and Nepton ends with each row exactly once."""
    rows = 1000
    path = write_xlsx(tmp_path / "big.xlsx", [HEADERS, *_rows(rows, persons=40)])
    profile, credentials = _profile(sandbox)
    ProfileStore().save(profile)
    env = dict(os.environ)
    env.update(
        NEPTON_PASSWORD=credentials.password, NEPTON_WS_PASSWORD=credentials.webservice_password
    )
    sandbox.set_faults(FaultSpec.parse("latency_ms=150,drop_after_commit=0.3,seed=11"))
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _CHILD,
            "import",
            str(path),
            "--entity",
            "events",
            "--profile",
            "Sandbox",
            "--json",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    db = Path(os.environ["NEPTON_DESKTOP_DATA_DIR"]) / "journal.sqlite3"
    deadline = time.monotonic() + 180
    killed = False
    while time.monotonic() < deadline and child.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    states = dict(conn.execute("SELECT state, COUNT(*) FROM ops GROUP BY state"))
            except sqlite3.OperationalError:  # the child is still creating the journal
                states = {}
            if states.get("done", 0) >= 200 and states.get("in_flight", 0) > 0:
                child.send_signal(signal.SIGKILL)
                killed = True
                break
        time.sleep(0.02)
    child.wait(timeout=30)
    assert killed, (child.returncode, child.stderr.read() if child.stderr else b"")
    sandbox.set_faults(FaultSpec.parse("drop_after_commit=0.3,seed=5"))

    # The killed process's last request may still be committed by the server after the kill;
    # resuming at once (below) must cope with that as well as a resume after a restart.
    journal = Journal(db)  # the next start
    (job,) = journal.unfinished()
    assert job.counts.get("in_flight", 0) > 0 and job.counts.get("pending", 0) > 0
    report = await Submitter(service, journal, batch_size=200).submit(job.id)
    sandbox.set_faults(None)
    assert report.state is JobState.DONE, report.summary()
    assert not report.failed and not report.unknown and not report.not_sent, report.summary()
    created = await _ours(service, rows)
    descriptions = [e.description for e in created]
    assert len(descriptions) == rows == len(set(descriptions))  # each row exactly once
    assert journal.unfinished() == []


def test_import_and_export_commands_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.xlsx"
    assert (
        main(
            [
                "export",
                "--entity",
                "events",
                "--out",
                str(out),
                "--demo",
                "--from",
                "1.11.2026",
                "--to",
                "30.11.2026",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["import", str(out), "--entity", "events", "--demo", "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rows"] > 100 and result["rows"] == result["unchanged"]
    assert result["errors"] == [] and result["sent"] == 0

    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADERS,
            ["10000", "TYO", "1.2.2031 8.00", "1.2.2031 9.00", "far"],
            ["nobody", "TYO", FIRST, FIRST + timedelta(hours=1), "x"],
            ["10001", "TYO", FIRST, FIRST + timedelta(hours=1), "fine"],
        ],
    )
    report = tmp_path / "report.xlsx"
    code = main(
        ["import", str(bad), "--entity", "events", "--demo", "--json", "--report", str(report)]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["sent"] == 0
    assert [(e["row"], e["column"]) for e in result["errors"]] == [
        (2, "Alkaa"),
        (3, "Henkilönumero"),
    ]
    assert report.exists()
    code = main(["import", str(bad), "--entity", "events", "--demo", "--json", "--skip-invalid"])
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["create"] == 1 and result["sent"] == 1 and result["failed"] == 0
    assert Action.CREATE.value == "create"


async def _submit_file(
    service: NeptonService, tmp_path: Path, entity: Entity, rows: list[list[object]]
):
    path = write_xlsx(tmp_path / f"{entity}.xlsx", rows)
    sheet = read_file(path)
    table = coerce_sheet(sheet, guess_mapping(entity, sheet.headers))
    live = await load_live_data(service, entity, file_span(table))
    plan = build_plan(validate(table, live))
    assert not plan.errors, [p.describe() for p in plan.errors]
    journal = Journal(tmp_path / f"{entity}.sqlite3")
    job = journal.create_job(from_plan(plan), source=path.name, file_hash="x")
    report = await Submitter(service, journal).submit(job)
    assert not report.failed and not report.unknown, [j.message for j in report.failed]
    return plan, report


async def test_absences_with_details_reach_nepton(service: NeptonService, tmp_path: Path) -> None:
    plan, report = await _submit_file(
        service,
        tmp_path,
        Entity.ABSENCES,
        [
            [
                "Henkilönumero",
                "Tyyppi",
                "Poissaolotyyppi",
                "Alkupäivä",
                "Loppupäivä",
                "Lisätieto",
                "Lääkärintodistus",
                "Palkallisuus",
            ],
            ["10001", "SAIR", None, "14.6.2027", "16.6.2027", "lapsen sairaus", "saatu", "Paid"],
            ["10002", "POISSA", "A01", "14.6.2027", "14.6.2027", None, None, None],
        ],
    )
    assert plan.counts["create"] == 2 and len(report.sent) == 2
    events = {
        e.id: e
        for e in await service.worktime.get_events(
            EventFilter(
                start_date=datetime(2027, 6, 14).date(), end_date=datetime(2027, 6, 16).date()
            )
        )
    }
    first, second = (events[j.nepton_id] for j in report.sent)
    assert (first.start, first.end) == (datetime(2027, 6, 14), datetime(2027, 6, 17))
    assert first.details is not None and first.details.additional_info == "ChildSick"
    assert first.details.medical_certificate == "Received"
    assert second.details is not None and second.details.absence_type_code == "A01"


async def test_projects_create_and_update(service: NeptonService, tmp_path: Path) -> None:
    plan, _report = await _submit_file(
        service,
        tmp_path,
        Entity.PROJECTS,
        [
            ["Koodi", "Nimi", "Yläprojekti", "Alkupäivä"],
            ["C01", "Kesko-Rakennus Oy (renamed)", None, None],
            ["NEW-1", "Uusi projekti", "C01", "1.7.2027"],
        ],
    )
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.CREATE]
    projects = {p.code: p for p in await service.worktime.get_projects()}
    assert projects["C01"].name == "Kesko-Rakennus Oy (renamed)"
    assert projects["NEW-1"].parent_id == projects["C01"].id
    assert projects["NEW-1"].start_date == datetime(2027, 7, 1).date()


async def test_personnel_update_and_create(service: NeptonService, tmp_path: Path) -> None:
    plan, _report = await _submit_file(
        service,
        tmp_path,
        Entity.PERSONNEL,
        [
            ["Henkilönumero", "Etunimi", "Sukunimi", "Toimi", "Tuntipalkka", "Esimies"],
            ["10000", "Leena", "Räsänen", "Osastonhoitaja", "23,40", None],
            ["19999", "Uusi", "Henkilö", "Harjoittelija", "12", "10000"],
        ],
    )
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.CREATE]
    persons = {p.employee_number: p for p in await service.hr.get_persons(include_disabled=True)}
    assert persons["10000"].job_title == "Osastonhoitaja"
    assert str(persons["10000"].hourly_wage) in ("23.40", "23.4")
    assert persons["19999"].first_name == "Uusi"
    assert persons["19999"].primary_supervisor == "10000"


async def test_revert_restores_persons_and_projects_but_keeps_later_changes(
    service: NeptonService, tmp_path: Path
) -> None:
    _plan, _report = await _submit_file(
        service,
        tmp_path,
        Entity.PERSONNEL,
        [
            ["Henkilönumero", "Etunimi", "Sukunimi", "Toimi", "Työskentelyalue"],
            ["10000", "Leena", "Räsänen", "Osastonhoitaja", "Osasto 5"],
            ["19998", "Vain", "Luotu", None, None],
        ],
    )
    before = {p.employee_number: p for p in await service.hr.get_persons(include_disabled=True)}
    # Someone else changes the work area in Nepton after the import.
    changed = before["10000"]
    changed.work_area = "Osasto 7"
    await service.hr.import_persons([changed], ignore_empty_values=True)
    journal = Journal(tmp_path / f"{Entity.PERSONNEL}.sqlite3")
    (job,) = journal.history()
    report = await Submitter(service, journal).revert(job.id)
    after = {p.employee_number: p for p in await service.hr.get_persons(include_disabled=True)}
    original_title = next(
        j.op.before["job_title"] for j in journal.ops(job.id) if j.op.target is not None
    )
    assert after["10000"].job_title == original_title  # restored
    assert after["10000"].work_area == "Osasto 7"  # changed since: kept
    assert [(c.key, c.now) for c in report.kept] == [("work_area", "Osasto 7")]
    assert any("cannot remove" in line for line in report.not_revertible)  # the new person

    _plan, _report = await _submit_file(
        service,
        tmp_path,
        Entity.PROJECTS,
        [["Koodi", "Nimi", "Kuvaus"], ["C01", "Kesko (tmp)", "tmp"]],
    )
    journal = Journal(tmp_path / f"{Entity.PROJECTS}.sqlite3")
    (job,) = journal.history()
    report = await Submitter(service, journal).revert(job.id)
    projects = {p.code: p for p in await service.worktime.get_projects()}
    assert projects["C01"].name == "Kesko-Rakennus Oy"
    assert projects["C01"].description == "Asiakas: Kesko-Rakennus Oy"
    assert report.restored == 1 and not report.kept and not report.failed


async def test_an_event_moved_to_other_dates_is_found_by_its_id(
    service: NeptonService, tmp_path: Path
) -> None:
    from nepton_desktop.importing.fetch import event_ids

    (event, *_) = [
        e
        for e in await service.worktime.get_events(
            EventFilter(
                start_date=datetime(2026, 11, 2).date(), end_date=datetime(2026, 11, 6).date()
            )
        )
        if not e.is_locked and not e.is_approved and e.end is not None
    ]
    moved = datetime(2027, 8, 2, 9, 0)
    path = write_xlsx(
        tmp_path / "moved.xlsx",
        [
            ["Nepton id", "Henkilönumero", "Tyyppi", "Alkaa", "Päättyy"],
            [
                event.id,
                event.personnel_number,
                event.event_type_code,
                moved,
                moved + (event.end - event.start),
            ],
        ],
    )
    sheet = read_file(path)
    table = coerce_sheet(sheet, guess_mapping(Entity.EVENTS, sheet.headers))
    live = await load_live_data(service, Entity.EVENTS, file_span(table), event_ids(table))
    plan = build_plan(validate(table, live))
    assert plan.errors == [], [p.describe() for p in plan.errors]
    (row,) = plan.rows
    assert row.action is Action.UPDATE
    assert [c.key for c in row.changes] == ["start", "end"]


@pytest.mark.parametrize("spec", ["drop_after_commit=0.5,seed=1", "drop_before_commit=0.5,seed=4"])
async def test_personnel_import_whose_answer_is_lost_is_settled_row_by_row(
    sandbox: SandboxServer, service: NeptonService, tmp_path: Path, spec: str
) -> None:
    """The HR import's answer is lost (after or before Nepton saved): the submitter reports
    each row from the read-back, and every person exists once with the row's values."""
    rows = [["Henkilönumero", "Etunimi", "Sukunimi", "Toimi"]]
    rows += [[f"1980{n}", f"Etu{n}", "Tuonti", f"Toimi {n}"] for n in range(5)]
    rows += [["10001", "Kalle", "Korhonen", "Vuoroesimies"]]  # an existing person
    path = write_xlsx(tmp_path / "persons.xlsx", rows)
    sheet = read_file(path)
    table = coerce_sheet(sheet, guess_mapping(Entity.PERSONNEL, sheet.headers))
    live = await load_live_data(service, Entity.PERSONNEL, file_span(table))
    plan = build_plan(validate(table, live))
    assert [r.action for r in plan.rows] == [Action.CREATE] * 5 + [Action.UPDATE]
    journal = Journal(tmp_path / "persons.sqlite3")
    job = journal.create_job(from_plan(plan), source=path.name, file_hash="x")
    sandbox.set_faults(FaultSpec.parse(spec))
    try:
        report = await Submitter(service, journal).submit(job)
    finally:
        sandbox.set_faults(None)
    imports = [
        e for e in service.request_log.entries if e.operation == "ImportUsersFromCSV" and e.items
    ]
    assert not imports[0].outcome.startswith("ok"), "the fault did not hit the first import"
    assert any(e.operation == "GetPersons" for e in service.request_log.entries[-4:])
    assert len(report.sent) == 6 and not report.failed and not report.unknown
    persons = await service.hr.get_persons(include_disabled=True)
    by_number: dict[str, list] = {}
    for p in persons:
        by_number.setdefault(p.employee_number or "", []).append(p)
    for row in rows[1:]:
        (held,) = by_number[str(row[0])]  # exactly once
        assert held.job_title == row[3]
