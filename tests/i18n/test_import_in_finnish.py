"""An import in Finnish end to end: a real .xlsx with bad cells, read by the wizard, every
reason shown in Finnish with its sheet row and column, in the preview and in the error
workbook the wizard saves. Fails when a reason is left in English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nepton_desktop import importing
from nepton_desktop.api.errors import error_for_code
from nepton_desktop.changes.journal import Journal
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Category, EventType
from nepton_desktop.domain.translatable import Message
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.plan import Action
from nepton_desktop.importing.problems import Problem
from nepton_desktop.importing.reports import write_error_report
from nepton_desktop.importing.validation import _type_problems
from nepton_desktop.ui.i18n import loader, translate_message
from nepton_desktop.ui.import_wizard import ImportWizard
from nepton_desktop.ui.import_wizard.mapping_page import MappingPage
from nepton_desktop.ui.import_wizard.summary_page import with_submit_failures
from tests.conftest import screenshot_dir
from tests.importing.live_fixture import community
from tests.ui import waiting
from tests.ui.test_widgets_import_wizard import _Service

pytestmark = pytest.mark.usefixtures("restore_translations")

HEADERS = [
    "Henkilönumero",
    "Etunimi",
    "Sukunimi",
    "Sähköposti",
    "Yksikkö",
    "Työsuhteen alku",
    "Tuntipalkka",
    "Henkilötunnus",
    "Huomautus",
]
# Sheet row -> (column letter, the Finnish reason shown for it).
EXPECTED = {
    3: ("D", "'liisa(at)example.fi' ei ole sähköpostiosoite"),
    4: ("F", "'31.2.2027' ei ole todellinen päivämäärä"),
    5: ("G", "'kaksikymmentä' ei ole luku; kirjoita esimerkiksi 7,5"),
    6: ("E", "Neptonissa ei ole yksikköä 'XYZ' (yksiköiden on oltava olemassa ensin)"),
    7: ("H", "henkilötunnus: tarkistusmerkki on väärä (kirjoitusvirhe?)"),
}
BAD_HETU = "131052-308A"  # the right check character is T


def _write(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Henkilöt"
    sheet.append(HEADERS)
    sheet.append(["1001", "Aino", "Virtanen", "aino.virtanen@example.fi", "HKI", None, None, None])
    sheet.append(["1003", "Liisa", "Mäkinen", "liisa(at)example.fi", "TRE", None, None, None])
    sheet.append(["1004", "Juha", "Nieminen", "juha@example.fi", "TRE", "31.2.2027", None, None])
    sheet.append(["1005", "Ella", "Laine", "ella@example.fi", "TRE", None, "kaksikymmentä", None])
    sheet.append(["1006", "Eino", "Koski", "eino@example.fi", "XYZ", None, None, None])
    sheet.append(["1007", "Outi", "Salo", "outi@example.fi", "TRE", None, None, BAD_HETU])
    sheet.append(["1008", "", "Heino", "heino@example.fi", "TRE", None, "21,5", None, "uusi"])
    book.save(path)
    return path


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _english_left(text: str) -> list[str]:
    """Words of the import's English reasons that must not appear in a Finnish text."""
    found = re.findall(
        r"\b(is not|not a|required|the cell|no unit|no person|row \d|column [A-Z]\b)", text
    )
    return found


async def test_a_finnish_user_reads_every_reason_in_finnish(
    qapp: QApplication, compiled_catalogs: Path, qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    path = _write(tmp_path / "henkilöt.xlsx")
    wizard = ImportWizard(
        _Service(),
        Journal(tmp_path / "journal.db"),
        profile_name="test",
        entity=Entity.PERSONNEL,
        path=path,
        parent=parent,
    )
    wizard.resize(1100, 700)
    wizard.show()
    wizard.next()
    await waiting.until(wizard.sheet_page.isComplete, what="the sheet to be read")
    wizard.next()
    mapping_page = wizard.mapping_page
    assert isinstance(mapping_page, MappingPage)
    assert "Huomautus" in mapping_page.status_label.text()  # the one column left out
    wizard.next()
    preview = wizard.preview_page
    await waiting.until(
        lambda: wizard.session.plan is not None and not preview.busy(), what="the preview"
    )
    plan = wizard.session.plan
    assert plan is not None
    actions = {r.row: r.action for r in plan.rows}
    assert {row for row, action in actions.items() if action is Action.ERROR} == {*EXPECTED, 8}

    model = preview.model
    preview.only_problems.setChecked(True)
    shown = {row.row: n for n, row in enumerate(model.shown)}
    headers = {
        model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())
    }
    for row, (letter, reason) in EXPECTED.items():
        problems = [p for p in plan.errors if p.row == row]
        assert [p.letter for p in problems] == [letter], problems
        # The preview's problems column, the cell's tooltip and the details pane: Finnish.
        problem_cell = model.index(shown[row], headers["Ongelmat"])
        assert reason in problem_cell.data(), problem_cell.data()
        tooltip = problem_cell.data(Qt.ItemDataRole.ToolTipRole)
        assert f"rivi {row}, sarake {letter} ({problems[0].column}): {reason}" in tooltip
        field_cell = model.index(shown[row], model.field_column(problems[0].key or ""))
        assert f"Virhe: {reason}" in field_cell.data(Qt.ItemDataRole.ToolTipRole)
        preview.view.selectRow(shown[row])
        details = preview.details.toPlainText()
        assert f"{letter} ({problems[0].column}): {reason}" in details
        assert not _english_left(details), details
    # A required cell left empty names the column as the sheet does.
    required = next(p for p in plan.errors if p.row == 8)
    assert translate_message(required.message) == "Etunimi on pakollinen, mutta solu on tyhjä"
    # A notice (a number written as text) and the unmapped column's warning, in Finnish too.
    texts = [translate_message(p.located()) for p in plan.notices + plan.warnings]
    assert (
        "rivi 8, sarake G (Tuntipalkka): "
        "luku '21,5' oli kirjoitettu tekstinä; luettiin luvuksi 21,5" in texts
    ), texts
    assert any("saraketta ei ole liitetty mihinkään kenttään" in t for t in texts), texts
    # No identity code in any text the user sees.
    everything = " ".join(translate_message(p.located()) for p in plan.errors + plan.warnings)
    assert BAD_HETU not in everything and not _english_left(everything), everything

    preview.view.selectRow(shown[7])
    out = screenshot_dir() / "import-wizard-preview-fi.png"
    assert wizard.grab().save(str(out))

    # The error workbook the wizard saves: Finnish words, the reason next to each row, and a
    # comment on each bad cell.
    written = await wizard.summary_page.save_error_workbook(tmp_path / "virheet.xlsx")
    book = openpyxl.load_workbook(written)
    assert book.sheetnames == ["Tuonti", "Ongelmat"]
    rows = list(book["Tuonti"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-3:] == ["Rivi", "Tila", "Syy"]
    by_row = {r[header.index("Rivi")]: r for r in rows[1:]}
    for row, (letter, reason) in EXPECTED.items():
        column = HEADERS[ord(letter) - ord("A")]
        assert by_row[row][header.index("Tila")] == "virhe"
        assert by_row[row][header.index("Syy")] == f"{column}: {reason}"
        comment = book["Tuonti"][f"{letter}{rows.index(by_row[row]) + 1}"].comment
        assert comment is not None and comment.text == f"virhe: {reason}"
    listing = list(book["Ongelmat"].iter_rows(values_only=True))
    assert listing[0] == ("Rivi", "Sarake", "Vakavuus", "Viesti")
    for row, (letter, reason) in EXPECTED.items():
        column = HEADERS[ord(letter) - ord("A")]
        assert (row, f"{letter} ({column})", "virhe", reason) in listing
    assert BAD_HETU not in str(listing)
    assert not _english_left(" ".join(str(r[3]) for r in listing[1:]))
    wizard.reject()


def test_problems_are_english_for_the_headless_command() -> None:
    """str() and the JSON of a problem stay English, whatever the UI's language."""
    problem = Problem(
        3,
        "Sähköposti",
        "D",
        "email",
        Message("Validation", "'{value}' is not an e-mail address", {"value": "x"}),
    )
    assert problem.describe() == "row 3, column D (Sähköposti): 'x' is not an e-mail address"
    assert problem.as_json()["message"] == "'x' is not an e-mail address"
    assert str(problem.located()) == problem.describe()


def _marked(node: ast.expr) -> bool:
    """A text lupdate sees (QT_TRANSLATE_NOOP(...)) or a name bound to one elsewhere."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id == "QT_TRANSLATE_NOOP"
    return isinstance(node, ast.Name) or (
        isinstance(node, ast.Constant) and node.value == "{reason}"  # a text of the domain
    )


def test_every_reason_of_the_import_is_marked_for_translation() -> None:
    """Each Message the import builds takes a marked text: a plain or f-string text would
    reach a Finnish user in English (mypy already refuses a str where a Message goes)."""
    package = Path(importing.__file__).parent
    unmarked: list[str] = []
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "_m" and node.args:
                text = node.args[0]
            elif node.func.id == "Message" and len(node.args) > 1:
                text = node.args[1]
            else:
                continue
            if not _marked(text):
                unmarked.append(f"{path.name}:{node.lineno}: {ast.unparse(text)[:60]}")
    assert unmarked == []


async def test_a_file_that_cannot_be_read_is_explained_in_finnish(
    qapp: QApplication, compiled_catalogs: Path, qtbot: QtBot, tmp_path: Path, parent: QWidget
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    path = tmp_path / "tyhjä.xlsx"
    openpyxl.Workbook().save(path)
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
    label = wizard.sheet_page.status_label
    await waiting.until(lambda: "tietoja" in label.text(), what="the read to fail")
    assert label.text() == "tyhjä.xlsx: missään taulukossa ei ole tietoja"
    assert not wizard.sheet_page.isComplete()
    wizard.reject()


def test_an_event_type_of_the_wrong_kind_is_named_in_finnish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    work = EventType(1, "work", "Työ", Category.WORK, code="TYO")
    [(is_error, message)] = _type_problems(work, "TYO", absence=True)
    assert is_error
    assert translate_message(message) == "'TYO' on tyyppiä työ, ei poissaolo"
    assert str(message) == "'TYO' is a work type, not an absence"


def test_a_row_nepton_refused_reads_in_finnish_in_the_error_workbook(
    qapp: QApplication, compiled_catalogs: Path, tmp_path: Path
) -> None:
    """After sending, a refused row goes back to the error workbook with the response code's
    meaning in Finnish and Nepton's own words as they came."""
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    source = tmp_path / "tapahtumat.csv"
    source.write_text(
        "Henkilönumero;Tyyppi;Alkaa;Päättyy\n1001;TYO;3.3.2026 8.00;3.3.2026 16.00\n",
        encoding="utf-8",
    )
    result = dry_run(source, "events", community())
    refused = SimpleNamespace(op=SimpleNamespace(row=2), code=1022, message="Event is locked")
    plan = with_submit_failures(result.plan, [refused])  # type: ignore[list-item]
    [problem] = plan.errors
    meaning = error_for_code(1022).message_fi
    assert translate_message(problem.message) == (
        f"Nepton hylkäsi rivin: [1022] {meaning} (Event is locked)"
    )
    out = tmp_path / "virheet.xlsx"
    write_error_report(result.sheet, plan, out, translate=QCoreApplication.translate, language="fi")
    rows = list(openpyxl.load_workbook(out)["Tuonti"].iter_rows(values_only=True))
    assert rows[1][-2:] == ("virhe", f"Nepton hylkäsi rivin: [1022] {meaning} (Event is locked)")
