"""The import wizard end to end: a real .xlsx written by openpyxl, checked against live data."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from nepton_desktop.changes.journal import Journal
from nepton_desktop.domain.columns import Entity, columns_for
from nepton_desktop.domain.records import Person, Unit
from nepton_desktop.importing.mapping import MappingStore, guess_mapping, known_header_names
from nepton_desktop.importing.plan import Action
from nepton_desktop.importing.reader import read_file
from nepton_desktop.ui.import_wizard import ImportWizard
from nepton_desktop.ui.import_wizard.cells_model import header_language
from nepton_desktop.ui.import_wizard.file_page import FilePage
from nepton_desktop.ui.import_wizard.wizard import default_mapping_store
from tests.conftest import screenshot_dir
from tests.ui import waiting

SCREENSHOTS = screenshot_dir()


@pytest.fixture(autouse=True)
def _finnish_formats() -> Iterator[None]:
    # Dates and numbers are formatted with QLocale; the app's users are Finnish.
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    yield
    QLocale.setDefault(previous)


class _Hr:
    def __init__(self, persons: list[Person], units: list[Unit]) -> None:
        self.persons, self.units = persons, units
        self.calls: list[str] = []

    async def get_units(self, include_deleted: bool = False) -> list[Unit]:
        self.calls.append("get_units")
        return list(self.units)

    async def get_persons(self, include_disabled: bool = False) -> list[Person]:
        self.calls.append("get_persons")
        return list(self.persons)

    async def import_persons(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("the preview must not write")


class _Worktime:
    async def get_event_types(self) -> list[object]:
        return []

    async def get_projects(self, *_: object) -> list[object]:
        return []

    async def get_events(self, *_: object) -> list[object]:
        return []


class _Service:
    """The read side of the API service, with the persons Nepton holds now."""

    def __init__(self) -> None:
        self.hr = _Hr(
            [
                Person(
                    "Aino",
                    "Virtanen",
                    nepton_id=11,
                    employee_number="1001",
                    username="aino.virtanen",
                    email="aino.virtanen@example.fi",
                    units=("HKI",),
                    employment_start=date(2019, 3, 1),
                ),
                Person(
                    "Matti",
                    "Korhonen",
                    nepton_id=12,
                    employee_number="1002",
                    username="matti.korhonen",
                    email="matti@example.fi",
                    units=("HKI",),
                ),
            ],
            [Unit(1, "Helsinki", "HKI"), Unit(2, "Tampere", "TRE")],
        )
        self.worktime = _Worktime()

    async def aclose(self) -> None:
        return None


def _write_personnel(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Henkilöt"
    sheet.append(["Henkilöstön muutokset joulukuu 2026"])
    sheet.append([])
    sheet.append(
        [
            "Henkilönumero",
            "Etunimi",
            "Sukunimi",
            "Sähköposti",
            "Yksikkö",
            "Työsuhteen alku",
            "Huomautus",
        ]
    )
    sheet.append(
        [
            "1001",
            "Aino",
            "Virtanen",
            "aino.virtanen@example.fi",
            "HKI",
            datetime(2019, 3, 1),
            "ennallaan",
        ]
    )
    sheet.append(
        ["1002", "Matti", "Korhonen", "matti.korhonen@example.fi", "HKI", None, "uusi osoite"]
    )
    sheet.append(
        ["1003", "Liisa", "Mäkinen", "liisa.makinen@example.fi", "TRE", "1.2.2027", "uusi"]
    )
    sheet.append(
        ["1004", "Juha", "Nieminen", "juha.nieminen(at)example.fi", "TRE", "31.2.2027", "virheitä"]
    )
    book.save(path)
    return path


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    # The main window stands behind the wizard; without one, closing the wizard would be
    # closing the last window, which quits the application and the loop.
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _shot(wizard: QWizard, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / f"import-wizard-{name}.png"))


def test_file_page_accepts_only_readable_existing_files(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = ImportWizard(_Service(), Journal(tmp_path / "journal.db"), profile_name="test")
    qtbot.addWidget(wizard)
    page = wizard.file_page
    assert isinstance(page, FilePage)
    assert not page.isComplete()
    page.path_edit.setText(str(tmp_path / "missing.xlsx"))
    assert not page.isComplete()
    assert "no file" in page.problem_label.text()
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    page.path_edit.setText(str(other))
    assert not page.isComplete() and ".xlsx" in page.problem_label.text()
    page.path_edit.setText(str(_write_personnel(tmp_path / "people.xlsx")))
    assert page.isComplete()


async def test_a_saved_template_is_recognised_column_by_column(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = ImportWizard(_Service(), Journal(tmp_path / "journal.db"), profile_name="test")
    qtbot.addWidget(wizard)
    page = wizard.file_page
    page.entity_combo.setCurrentIndex(page.entity_combo.findData(Entity.ABSENCES.value))
    written = await page.save_template(tmp_path / "poissaolot.xlsx")
    assert "poissaolot.xlsx" in page.template_label.text()
    # Read back the way the wizard reads a file: every column of the template is matched.
    data = read_file(written, known_headers=known_header_names(Entity.ABSENCES))
    mapping = guess_mapping(Entity.ABSENCES, data.headers)
    assert mapping.unmapped == [] and not mapping.missing_required()
    assert len(data.rows) == 1  # the example row


async def test_personnel_import_from_file_to_preview(
    qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    service = _Service()
    path = _write_personnel(tmp_path / "henkilot.xlsx")
    store = MappingStore(tmp_path / "mappings")
    wizard = ImportWizard(
        service,
        Journal(tmp_path / "journal.db"),
        profile_name="test",
        mapping_store=store,
        entity=Entity.PERSONNEL,
        path=path,
        parent=parent,
    )
    wizard.resize(1000, 680)
    wizard.show()
    assert wizard.file_page.isComplete()
    _shot(wizard, "file")

    wizard.next()  # sheet and header row, read off the GUI thread
    page = wizard.sheet_page
    await waiting.until(page.isComplete, what="the sheet to be read")
    data = wizard.session.sheet_data
    assert data is not None
    assert data.sheet_name == "Henkilöt"
    assert data.header_row == 3  # the title rows above were skipped by the guess
    assert page.header_spin.value() == 3
    assert page.model.rowCount() == 4
    assert "4 data row" in page.status_label.text()
    _shot(wizard, "sheet")

    wizard.next()  # columns
    mapping_page = wizard.mapping_page
    mapping = wizard.session.mapping
    assert mapping is not None
    assert mapping.by_key == {
        "employee_number": 0,
        "first_name": 1,
        "last_name": 2,
        "email": 3,
        "units": 4,
        "employment_start": 5,
    }
    assert [m.header for m in mapping.unmapped] == ["Huomautus"]
    assert "Huomautus" in mapping_page.status_label.text()
    assert mapping_page.isComplete()
    mapping_page.choose(1, None)  # leaving a required field without a column blocks
    assert not mapping_page.isComplete()
    first_name = next(c for c in columns_for(Entity.PERSONNEL) if c.key == "first_name")
    assert first_name.header(header_language()) in mapping_page.status_label.text()
    mapping_page.choose(1, "first_name")
    assert mapping_page.isComplete()
    _shot(wizard, "mapping")

    wizard.next()  # preview: live data fetched, rows classified in a worker thread
    preview = wizard.preview_page
    await waiting.until(
        lambda: wizard.session.plan is not None and not preview.busy(), what="the preview"
    )
    assert "get_persons" in service.hr.calls and "get_units" in service.hr.calls
    plan = wizard.session.plan
    assert plan is not None
    actions = {r.row: r.action for r in plan.rows}
    assert actions == {4: Action.UNCHANGED, 5: Action.UPDATE, 6: Action.CREATE, 7: Action.ERROR}
    update = next(r for r in plan.rows if r.row == 5)
    assert [(c.key, c.before, c.after) for c in update.changes] == [
        ("email", "matti@example.fi", "matti.korhonen@example.fi")
    ]
    model = preview.model
    email_column = model.field_column("email")
    assert model.index(1, email_column).data() == "matti@example.fi → matti.korhonen@example.fi"
    assert not preview.isComplete()  # an error row blocks under the default policy
    assert "Nothing can be sent" in preview.counts_label.text()

    preview.only_problems.setChecked(True)
    assert [r.row for r in model.shown] == [7]
    bad_email = model.index(0, email_column)
    assert "not an e-mail address" in bad_email.data(Qt.ItemDataRole.ToolTipRole)
    preview.view.selectRow(0)
    assert "not an e-mail address" in preview.details.toPlainText()
    _shot(wizard, "preview-problems")

    # Skipping invalid rows makes the rest sendable without touching the file.
    preview.skip_radio.setChecked(True)
    assert preview.isComplete()
    preview.block_radio.setChecked(True)
    assert not preview.isComplete()

    # Fix both bad cells inline; each fix validates the whole file again.
    assert model.setData(bad_email, "juha.nieminen@example.fi")
    await waiting.until(
        lambda: (
            not preview.busy()
            and "not an e-mail"
            not in (model.index(0, email_column).data(Qt.ItemDataRole.ToolTipRole) or "")
        ),
        what="re-validation",
    )
    start_column = model.field_column("employment_start")
    assert model.setData(model.index(0, start_column), "28.2.2027")
    await waiting.until(
        lambda: (
            not preview.busy()
            and wizard.session.plan is not None
            and wizard.session.plan.count(Action.ERROR) == 0
        ),
        what="the fix",
    )
    plan = wizard.session.plan
    assert plan is not None
    assert {r.row: r.action for r in plan.rows}[7] is Action.CREATE
    assert model.shown == [] or all(r.has_problems for r in model.shown)
    assert preview.isComplete()
    preview.only_problems.setChecked(False)
    preview.view.selectRow(1)
    _shot(wizard, "preview")

    # The confirmed mapping was saved for these headers and comes back next time.
    again = store.load(Entity.PERSONNEL, data.headers)
    assert again is not None and again.by_key == mapping.by_key
    wizard.reject()


async def test_a_large_file_is_read_and_checked_without_stalling_the_window(
    qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    rows = 30_000
    path = tmp_path / "iso.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Henkilöt")
    sheet.append(["Henkilönumero", "Etunimi", "Sukunimi", "Sähköposti", "Työsuhteen alku"])
    for n in range(rows):
        sheet.append([f"{20000 + n}", "Etu", f"Suku{n}", f"h{n}@example.fi", datetime(2020, 1, 1)])
    book.save(path)

    gaps: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        # The GUI loop's heartbeat: the longest gap between ticks is the longest stall.
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.02)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    wizard = ImportWizard(
        _Service(),
        Journal(tmp_path / "journal.db"),
        profile_name="test",
        entity=Entity.PERSONNEL,
        path=path,
        parent=parent,
    )
    wizard.show()
    beat = asyncio.ensure_future(ticker())
    started = time.perf_counter()
    gui_cpu, all_cpu = time.thread_time(), time.process_time()
    try:
        wizard.next()
        await waiting.until(wizard.sheet_page.isComplete, timeout=60, what="the big sheet")
        wizard.next()
        wizard.next()
        await waiting.until(
            lambda: wizard.session.plan is not None and not wizard.preview_page.busy(),
            timeout=120,
            what="the big preview",
        )
    finally:
        stop.set()
        await beat
    total = time.perf_counter() - started
    gui_cpu, all_cpu = time.thread_time() - gui_cpu, time.process_time() - all_cpu
    plan = wizard.session.plan
    assert plan is not None and plan.count(Action.CREATE) == rows
    longest = max(gaps)
    print(
        f"\n{rows} rows read and checked in {total:.1f} s; CPU {all_cpu:.1f} s, of it on the "
        f"GUI thread {gui_cpu:.2f} s; longest GUI stall {longest * 1000:.0f} ms"
    )
    # Reading, coercing, validating and planning run in worker threads: the GUI thread's
    # share of the CPU stays small (the ticker and the table). Measured as CPU time, so a
    # busy machine does not fail it; done on the GUI thread it would be most of the total.
    assert gui_cpu < 0.5 * all_cpu, (gui_cpu, all_cpu)
    assert longest < 1.5, longest  # loose: other processes can starve the loop, too
    wizard.reject()


async def test_a_finnish_csv_goes_through_the_same_pages(
    qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    # Excel's Finnish CSV: semicolons, cp1252, dates as text.
    path = tmp_path / "henkilot.csv"
    path.write_bytes(
        "Henkilönumero;Etunimi;Sukunimi;Sähköposti;Työsuhteen alku\r\n"
        "1001;Aino;Virtanen;aino.virtanen@example.fi;1.3.2019\r\n"
        "1005;Sään;Mäkelä;saan.makela@example.fi;15.1.2027\r\n".encode("cp1252")
    )
    wizard = ImportWizard(
        _Service(),
        Journal(tmp_path / "journal.db"),
        profile_name="test",
        entity=Entity.PERSONNEL,
        path=path,
        parent=parent,
    )
    wizard.show()
    wizard.next()
    await waiting.until(wizard.sheet_page.isComplete, what="the CSV")
    status = wizard.sheet_page.status_label.text()
    assert "cp1252" in status and "separated by ;" in status
    assert not wizard.sheet_page.sheet_combo.isEnabled()  # a CSV has no sheets
    wizard.next()
    wizard.next()
    await waiting.until(lambda: wizard.session.plan is not None and not wizard.preview_page.busy())
    plan = wizard.session.plan
    assert plan is not None
    assert [r.action for r in plan.rows] == [Action.UNCHANGED, Action.CREATE]
    assert plan.rows[1].values["first_name"] == "Sään"
    assert plan.rows[1].values["employment_start"] == date(2027, 1, 15)
    # No store handed in: the confirmed mapping went to the user's data folder.
    data = wizard.session.sheet_data
    assert data is not None
    assert default_mapping_store().load(Entity.PERSONNEL, data.headers) is not None
    wizard.reject()


async def test_going_back_to_another_entity_fetches_its_data_again(
    qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    service = _Service()
    path = _write_personnel(tmp_path / "henkilot.xlsx")
    wizard = ImportWizard(
        service,
        Journal(tmp_path / "journal.db"),
        profile_name="test",
        entity=Entity.PERSONNEL,
        path=path,
        parent=parent,
    )
    wizard.show()
    wizard.next()
    await waiting.until(wizard.sheet_page.isComplete)
    wizard.next()
    wizard.next()
    await waiting.until(lambda: wizard.session.plan is not None and not wizard.preview_page.busy())
    assert service.hr.calls.count("get_units") == 1
    for _ in range(3):
        wizard.back()
    assert wizard.currentPage() is wizard.file_page
    combo = wizard.file_page.entity_combo
    combo.setCurrentIndex(combo.findData(Entity.PROJECTS.value))
    assert wizard.session.live is None and wizard.session.plan is None
    combo.setCurrentIndex(combo.findData(Entity.PERSONNEL.value))
    wizard.next()
    await waiting.until(wizard.sheet_page.isComplete)
    wizard.next()
    wizard.next()
    await waiting.until(lambda: wizard.session.plan is not None and not wizard.preview_page.busy())
    assert service.hr.calls.count("get_units") == 2  # fetched anew, not a stale snapshot
    wizard.reject()
