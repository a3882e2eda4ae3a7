"""The error workbook in the user's language: its own words through the app's catalogs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.reports import write_error_report
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
