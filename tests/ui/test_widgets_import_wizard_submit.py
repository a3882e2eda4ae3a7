"""The import wizard end to end against the sandbox: send, summary, error workbook, revert,
history, and Cancel between batches."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop.api import Credentials, Environment, EventFilter, NeptonService, Profile
from nepton_desktop.changes.changeset import from_plan
from nepton_desktop.changes.journal import JobState, Journal, file_hash
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Person
from nepton_desktop.importing.fetch import load_live_data
from nepton_desktop.importing.mapping import guess_mapping, known_header_names
from nepton_desktop.importing.plan import Action, build_plan
from nepton_desktop.importing.reader import read_file
from nepton_desktop.importing.table import coerce_sheet
from nepton_desktop.importing.validation import validate
from nepton_desktop.sandbox import FaultSpec, SandboxServer
from nepton_desktop.ui.import_wizard import ImportWizard
from nepton_desktop.ui.import_wizard.history_dialog import ImportHistoryDialog
from tests.conftest import screenshot_dir
from tests.ui import waiting

SCREENSHOTS = screenshot_dir()


@pytest.fixture(autouse=True)
def _finnish_formats() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo")  # a fresh one: these tests write
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def service(sandbox: SandboxServer) -> AsyncIterator[NeptonService]:
    info = sandbox.info
    profile = Profile(
        "sandbox",
        Environment.SANDBOX,
        info.worktime_url,
        info.hr_url,
        info.customer_id,
        info.deployment_id,
        info.username,
    )
    svc = NeptonService(profile, Credentials(info.password, info.webservice_password))
    yield svc
    await svc.aclose()


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()  # the main window behind the wizard
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _numbered(persons: list[Person]) -> list[Person]:
    return [p for p in persons if p.employee_number and p.email and p.units]


def _write(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Henkilönumero", "Etunimi", "Sukunimi", "Sähköposti", "Yksikkö"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


async def _to_preview(wizard: ImportWizard) -> None:
    wizard.show()
    wizard.next()
    await waiting.until(wizard.sheet_page.isComplete, what="the sheet")
    wizard.next()
    assert wizard.mapping_page.isComplete()
    wizard.next()
    await waiting.until(
        lambda: wizard.session.plan is not None and not wizard.preview_page.busy(),
        what="the preview",
        timeout=20,
    )


async def test_personnel_import_is_sent_reported_and_reverted(
    qtbot: QtBot, tmp_path: Path, service: NeptonService, parent: QWidget
) -> None:
    before = _numbered(await service.hr.get_persons())
    same, changed = before[0], before[1]
    path = _write(
        tmp_path / "henkilot.xlsx",
        [
            [same.employee_number, same.first_name, same.last_name, same.email, same.units[0]],
            [
                changed.employee_number,
                changed.first_name,
                changed.last_name,
                "uusi.osoite@example.fi",
                changed.units[0],
            ],
            ["99001", "Testi", "Tuonti", "testi.tuonti@example.fi", same.units[0]],
            ["99002", "Virhe", "Rivi", "ei-sahkoposti", same.units[0]],
        ],
    )
    journal = Journal(tmp_path / "journal.db")
    wizard = ImportWizard(
        service, journal, profile_name="sandbox", entity=Entity.PERSONNEL, path=path, parent=parent
    )
    wizard.resize(1000, 680)
    await _to_preview(wizard)
    plan = wizard.session.plan
    assert plan is not None
    assert [r.action for r in plan.rows] == [
        Action.UNCHANGED,
        Action.UPDATE,
        Action.CREATE,
        Action.ERROR,
    ]
    assert not wizard.preview_page.isComplete()
    wizard.preview_page.skip_radio.setChecked(True)
    assert wizard.preview_page.isComplete()

    wizard.next()  # "Send to Nepton": the submit page sends, then moves on to the summary
    await waiting.until(
        lambda: wizard.currentPage() is wizard.summary_page, what="the summary", timeout=30
    )
    report = wizard.session.report
    assert report is not None
    assert (len(report.sent), len(report.failed), len(report.not_sent)) == (2, 0, 0)
    summary = wizard.summary_page
    assert "2 sent, 0 failed" in summary.counts_label.text()
    assert summary.table.rowCount() == 1  # the skipped row, with its reason
    assert summary.table.item(0, 0).text() == "5"
    assert "not an e-mail address" in summary.table.item(0, 2).text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / "import-wizard-summary.png"))

    now = {p.employee_number: p for p in await service.hr.get_persons()}
    assert now["99001"].first_name == "Testi"
    assert now[changed.employee_number].email == "uusi.osoite@example.fi"

    # The error workbook hands back the row that did not go, with its reason.
    out = await summary.save_error_workbook(tmp_path / "virheet.xlsx")
    book = openpyxl.load_workbook(out)
    rows = list(book["Import"].iter_rows(values_only=True))
    header = list(rows[0])
    status = header.index("Status")
    reason = header.index("Reason")
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number["99002"][status] == "error"
    assert "e-mail" in str(by_number["99002"][reason])

    # Revert: the changed e-mail goes back; a created person cannot be removed by the API.
    summary.revert_button.click()
    await waiting.until(lambda: summary.findChild(QMessageBox, "confirm_revert") is not None)
    box = summary.findChild(QMessageBox, "confirm_revert")
    assert box is not None
    await waiting.until(box.isVisible)
    box.done(QMessageBox.StandardButton.Yes)
    await waiting.until(lambda: "Reverted" in summary.result_label.text(), timeout=20)
    assert "1 restored" in summary.result_label.text()
    assert "cannot remove" in summary.result_label.text()
    now = {p.employee_number: p for p in await service.hr.get_persons()}
    assert now[changed.employee_number].email == changed.email

    summary.open_history()
    history = summary.history_dialog
    assert isinstance(history, ImportHistoryDialog)
    assert history.table.rowCount() == 1
    assert history.jobs[0].state is JobState.REVERTED
    assert history.table.item(0, 2).text() == "henkilot.xlsx"
    await waiting.until(history.isVisible)
    assert history.grab().save(str(SCREENSHOTS / "import-history.png"))
    history.reject()
    wizard.accept()


async def test_cancel_stops_between_batches_and_says_what_was_sent(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    service: NeptonService,
    parent: QWidget,
) -> None:
    unit = _numbered(await service.hr.get_persons())[0].units[0]
    path = _write(
        tmp_path / "uudet.xlsx",
        [[f"9910{n}", f"Uusi{n}", "Henkilö", f"uusi{n}@example.fi", unit] for n in range(6)],
    )
    journal = Journal(tmp_path / "journal.db")
    wizard = ImportWizard(
        service,
        journal,
        profile_name="sandbox",
        entity=Entity.PERSONNEL,
        path=path,
        batch_size=1,
        parent=parent,
    )
    wizard.resize(1000, 680)
    await _to_preview(wizard)
    sandbox.set_faults(FaultSpec.parse("latency_ms=150"))  # time to press Cancel
    wizard.next()
    submit = wizard.submit_page
    await waiting.until(lambda: submit.progress_bar.value() >= 1, what="the first batch")
    assert "rows/s" in submit.status_label.text()
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()
    assert wizard.grab().save(str(SCREENSHOTS / "import-wizard-sending.png"))
    wizard.reject()  # the window's Cancel while sending: stops after the batch, no cut
    assert wizard.isVisible()
    await waiting.until(lambda: wizard.currentPage() is wizard.summary_page, timeout=30)
    report = wizard.session.report
    assert report is not None and report.cancelled
    assert len(report.sent) + len(report.not_sent) == 6
    assert 1 <= len(report.sent) < 6 and not report.failed and not report.unknown
    assert "Cancelled" in wizard.summary_page.counts_label.text()
    sent_numbers = {j.op.values["employee_number"] for j in report.sent}
    sandbox.set_faults(FaultSpec())
    in_nepton = {p.employee_number for p in await service.hr.get_persons()}
    assert sent_numbers <= in_nepton
    assert not ({j.op.values["employee_number"] for j in report.not_sent} & in_nepton)
    assert journal.job(report.job_id).state is JobState.CANCELLED
    wizard.accept()


async def test_absences_import_and_revert_deletes_the_created_events(
    qtbot: QtBot, tmp_path: Path, service: NeptonService, parent: QWidget
) -> None:
    persons = _numbered(await service.hr.get_persons())
    types = await service.worktime.get_event_types()
    vacation = next(t for t in types if t.name == "Vuosiloma")
    # Well ahead, where no day is locked or approved yet.
    first = date.today().replace(day=1) + timedelta(days=62)
    path = tmp_path / "lomat.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Henkilönumero", "Tyyppi", "Alkupäivä", "Loppupäivä"])
    sheet.append([persons[0].employee_number, vacation.name, first, first + timedelta(days=4)])
    sheet.append(
        [
            persons[1].employee_number,
            vacation.name,
            f"{first.day}.{first.month}.{first.year}",
            f"{first.day + 1}.{first.month}.{first.year}",
        ]
    )
    book.save(path)
    journal = Journal(tmp_path / "journal.db")
    wizard = ImportWizard(
        service, journal, profile_name="sandbox", entity=Entity.ABSENCES, path=path, parent=parent
    )
    wizard.resize(1000, 680)
    await _to_preview(wizard)
    plan = wizard.session.plan
    assert plan is not None
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE], [
        p.message for p in plan.errors
    ]
    wizard.next()
    await waiting.until(lambda: wizard.currentPage() is wizard.summary_page, timeout=30)
    report = wizard.session.report
    assert report is not None and len(report.sent) == 2
    created = {j.nepton_id for j in report.sent}
    window = EventFilter(start_date=first, end_date=first + timedelta(days=5))
    assert created <= {e.id for e in await service.worktime.get_events(window)}

    summary = wizard.summary_page
    summary.revert_button.click()
    await waiting.until(lambda: summary.findChild(QMessageBox, "confirm_revert") is not None)
    box = summary.findChild(QMessageBox, "confirm_revert")
    assert box is not None
    await waiting.until(box.isVisible)
    box.done(QMessageBox.StandardButton.Yes)
    await waiting.until(lambda: "Reverted" in summary.result_label.text(), timeout=20)
    assert "2 deleted" in summary.result_label.text()
    assert not created & {e.id for e in await service.worktime.get_events(window)}
    wizard.accept()


async def test_history_resumes_an_interrupted_import_without_sending_twice(
    qtbot: QtBot, tmp_path: Path, service: NeptonService, parent: QWidget
) -> None:
    unit = _numbered(await service.hr.get_persons())[0].units[0]
    path = _write(
        tmp_path / "kesken.xlsx",
        [[f"9920{n}", f"Kesken{n}", "Tuonti", f"kesken{n}@example.fi", unit] for n in range(3)],
    )
    journal = Journal(tmp_path / "journal.db")
    # An import the app was killed in before it sent anything: planned in the journal only.
    sheet = read_file(path, known_headers=known_header_names(Entity.PERSONNEL))
    table = coerce_sheet(sheet, guess_mapping(Entity.PERSONNEL, sheet.headers))
    live = await load_live_data(service, Entity.PERSONNEL, None)
    plan = build_plan(validate(table, live))
    job_id = journal.create_job(
        from_plan(plan), source=str(path), file_hash=file_hash(path), profile="sandbox"
    )
    journal.create_job(
        from_plan(plan), source=str(path), file_hash=file_hash(path), profile="another"
    )  # another community's job: not to be touched here

    dialog = ImportHistoryDialog(journal, service, profile_name="sandbox", parent=parent)
    dialog.show()
    assert [j.state for j in dialog.jobs] == [JobState.PLANNED, JobState.PLANNED]
    dialog.select_job(dialog.jobs[0].id)  # the newest first: the other profile's
    assert not dialog.resume_button.isEnabled() and "another" in dialog.result_label.text()
    dialog.select_job(job_id)
    assert dialog.resume_button.isEnabled() and not dialog.revert_button.isEnabled()
    dialog.resume_button.click()
    await waiting.until(lambda: "Resumed" in dialog.result_label.text(), timeout=20)
    assert "3 sent" in dialog.result_label.text()
    assert journal.job(job_id).state is JobState.DONE
    numbers = [p.employee_number for p in await service.hr.get_persons()]
    assert all(numbers.count(f"9920{n}") == 1 for n in range(3))
    # Resuming again sends nothing more: the job is done.
    dialog.select_job(job_id)
    assert not dialog.resume_button.isEnabled() and dialog.revert_button.isEnabled()
    dialog.reject()


async def test_nepton_going_away_mid_import_stops_and_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    service: NeptonService,
    parent: QWidget,
) -> None:
    unit = _numbered(await service.hr.get_persons())[0].units[0]
    path = _write(
        tmp_path / "uudet.xlsx",
        [[f"9930{n}", f"Uusi{n}", "Henkilö", f"katko{n}@example.fi", unit] for n in range(2)],
    )
    journal = Journal(tmp_path / "journal.db")
    wizard = ImportWizard(
        service, journal, profile_name="sandbox", entity=Entity.PERSONNEL, path=path, parent=parent
    )
    wizard.resize(1000, 680)
    await _to_preview(wizard)
    sandbox.stop()  # the server is gone before the rows leave
    wizard.next()
    await waiting.until(lambda: wizard.currentPage() is wizard.summary_page, timeout=60)
    report = wizard.session.report
    assert report is not None and report.stopped_by is not None
    assert not report.sent
    text = wizard.summary_page.counts_label.text()
    assert "0 sent" in text and "Stopped" in text
    # The job stays resumable from the history once Nepton is back.
    assert journal.job(report.job_id).state is JobState.SENDING
    assert wizard.summary_page.table.rowCount() == 2
    wizard.accept()
