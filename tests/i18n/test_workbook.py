"""The error workbook in the user's language: its own words through the app's catalogs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from nepton_desktop.domain.columns import column_by_key
from nepton_desktop.domain.records import AdditionalInfo
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.reports import write_error_report, write_template
from nepton_desktop.ui.i18n import loader
from tests.importing.live_fixture import community

pytestmark = pytest.mark.usefixtures("restore_translations")


def _report(tmp_path: Path, name: str) -> openpyxl.Workbook:
    source = tmp_path / "tapahtumat.csv"
    source.write_text(
        "Henkilönumero;Tyyppi;Alkaa;Päättyy\n"
        "1001;TYO;3.3.2026 8.00;3.3.2026 16.00\n"
        "9999;TYO;huomenna;3.3.2026 16.00\n",
        encoding="utf-8",
    )
    result = dry_run(source, "events", community())
    out = write_error_report(
        result.sheet, result.plan, tmp_path / name, translate=QCoreApplication.translate
    )
    return openpyxl.load_workbook(out)


def test_error_workbook_in_finnish_and_swedish(
    qapp: QApplication, compiled_catalogs: Path, tmp_path: Path
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    book = _report(tmp_path, "fi.xlsx")
    assert book.sheetnames == ["Tuonti", "Ongelmat"]
    assert [c.value for c in book["Tuonti"][1]][-3:] == ["Rivi", "Tila", "Syy"]
    assert book["Tuonti"]["F3"].value == "virhe"
    assert [c.value for c in book["Ongelmat"][1]] == ["Rivi", "Sarake", "Vakavuus", "Viesti"]
    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    book = _report(tmp_path, "sv.xlsx")
    assert book.sheetnames == ["Import", "Problem"]
    assert [c.value for c in book["Import"][1]][-3:] == ["Rad", "Status", "Orsak"]


def test_error_workbook_is_english_without_translators(tmp_path: Path) -> None:
    book = _report(tmp_path, "en.xlsx")
    assert book.sheetnames == ["Import", "Problems"]
    assert book["Import"]["F3"].value == "error"


NOTES = {
    "fi": "Pakollinen. Päivämäärä muodossa p.k.vvvv, esimerkiksi 31.1.2026.",
    "sv": "Obligatorisk. Ett datum: d.M.åååå, till exempel 31.1.2026.",
    "en": "Required. A date: d.M.yyyy, for example 31.1.2026.",
}
ID_NOTES = {
    "fi": "Rivin tunniste Neptonissa: jätä tyhjäksi uudelle riville.",
    "sv": "Radens id i Nepton: lämna tomt för en ny rad.",
    "en": "Nepton's id of the row: leave it empty for a new row.",
}


@pytest.mark.parametrize(
    ("language", "sheet", "sick", "example"),
    [
        ("fi", "Tuonti", "Oma sairaus", "Esimerkki"),
        ("sv", "Import", "Egen sjukdom", "Exempel"),
        ("en", "Import", "Sick", "Example"),
    ],
)
def test_template_in_the_users_language_imports_back(
    qapp: QApplication,
    compiled_catalogs: Path,
    tmp_path: Path,
    language: str,
    sheet: str,
    sick: str,
    example: str,
) -> None:
    """The wizard's template: sheet name, headers, choice labels and example texts in the
    user's language; its example row imports as it is."""
    loader.install_translators(qapp, language, directory=compiled_catalogs)
    live = community()
    out = write_template(
        "absences",
        tmp_path / f"{language}.xlsx",
        language=language,
        live=live,
        translate=QCoreApplication.translate,
    )
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == sheet
    ws = book[sheet]
    headers = [c.value for c in ws[1]]
    info = column_by_key("absences", "additional_info")
    assert info.header(language) in headers
    column = headers.index(info.header(language)) + 1
    assert ws.cell(2, column).value == sick  # the example is the first choice's label
    assert (
        ws.cell(
            2, headers.index(column_by_key("absences", "description").header(language)) + 1
        ).value
        == example
    )
    letter = openpyxl.utils.get_column_letter(column)
    formula = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}[
        f"{letter}2:{letter}10000"
    ]
    list_letter = formula.split("!$")[1][0]
    offered = [r[0].value for r in book["Lists"][f"{list_letter}1:{list_letter}5"]]
    assert offered[0] == sick and len(offered) == 5
    # Each header says, in the user's language, whether it is required and what it takes.
    start = column_by_key("absences", "start_date")
    note = ws.cell(1, headers.index(start.header(language)) + 1).comment
    assert note is not None and note.text == NOTES[language]
    nepton_id = ws.cell(1, headers.index(column_by_key("absences", "id").header(language)) + 1)
    assert nepton_id.comment is not None and nepton_id.comment.text == ID_NOTES[language]
    result = dry_run(out, "absences", live)
    assert result.plan.errors == [], [p.describe() for p in result.plan.errors]
    assert result.plan.validation.table.get("additional_info", 0) == AdditionalInfo.SICK.value


def test_swedish_and_finnish_headers_and_labels_import(tmp_path: Path) -> None:
    """A sheet written in Swedish (headers, choice labels) or with Finnish aliases maps
    every column and reads the labels as Nepton's values."""
    swedish = tmp_path / "franvaro.csv"
    swedish.write_text(
        "Anställningsnummer;Typ (kod);Startdatum;Slutdatum;Tilläggsinformation;Läkarintyg;"
        "Ersättning\n1001;POISSA;2.3.2026;3.3.2026;Sjukt barn;Inte mottaget;Delvis avlönad\n",
        encoding="utf-8",
    )
    finnish = tmp_path / "poissaolot.csv"
    finnish.write_text(
        "Työntekijä;Tapahtumatyyppi;Alkaa;Päättyy;Sairauden syy;Todistus;Palkallinen\n"
        "1001;POISSA;2.3.2026;3.3.2026;Lapsen sairaus;Ei saatu;Osapalkallinen\n",
        encoding="utf-8",
    )
    for path in (swedish, finnish):
        result = dry_run(path, "absences", community())
        table = result.plan.validation.table
        assert table.mapping.unmapped == [], path.name
        assert result.plan.errors == [], [p.describe() for p in result.plan.errors]
        values = {k: table.get(k, 0) for k in ("additional_info", "medical_certificate")}
        assert values == {"additional_info": "ChildSick", "medical_certificate": "NotReceived"}
        assert table.get("compensation", 0) == "Reduced"
