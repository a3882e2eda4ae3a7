"""Building the .qm files and loading them: the app's texts and Qt's own in Finnish."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from nepton_desktop.domain.translatable import Message
from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.i18n.build import main as build_main
from nepton_desktop.ui.i18n.languages import APP_LANGUAGES, resolve
from nepton_desktop.ui.i18n.messages import translate_error, translate_message

pytestmark = pytest.mark.usefixtures("restore_translations")


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_every_catalog_compiles(compiled_catalogs: Path) -> None:
    for language in APP_LANGUAGES:
        qm = compiled_catalogs / f"nepton_desktop_{language}.qm"
        assert qm.stat().st_size > 100
        translator = QTranslator()
        assert translator.load(str(qm))
        assert translator.language() == language


def test_the_build_script_compiles_into_resources(qapp: QApplication) -> None:
    assert build_main(["--quiet"]) == 0
    assert (loader.translations_dir() / "nepton_desktop_fi.qm").is_file()


def test_finnish_texts_after_installing_finnish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    installed = loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert "nepton_desktop_fi.qm" in installed.loaded
    assert QCoreApplication.translate("LanguageMenu", "Restart now") == "Käynnistä uudelleen nyt"
    assert loader.current_language_code() == "fi"
    assert QLocale().language() == QLocale.Language.Finnish


def test_swedish_texts_after_installing_swedish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    assert QCoreApplication.translate("LanguageMenu", "Restart now") == "Starta om nu"


def test_qt_standard_buttons_in_finnish_and_swedish(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    qtbase = [d / "qtbase_fi.qm" for d in loader.qt_translations_dirs()]
    if not any(p.is_file() for p in qtbase):
        pytest.skip(f"Qt's qtbase_fi.qm is not installed ({qtbase})")
    installed = loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert "qtbase_fi.qm" in installed.loaded
    # Qt's own Finnish catalog says "Peru" (as GNOME and KDE do); the app's texts follow it.
    assert _cancel_text() == "Peru"
    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    assert _cancel_text() == "Avbryt"


def test_english_and_uninstalling_leave_qt_english(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    loader.install_translators(qapp, "en", directory=compiled_catalogs)  # replaces Finnish
    assert _cancel_text() == "Cancel"
    assert QCoreApplication.translate("LanguageMenu", "Restart now") == "Restart now"
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    loader.uninstall_translators()
    assert _cancel_text() == "Cancel"


def test_a_missing_catalog_is_logged_and_the_texts_stay_english(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        installed = loader.install_translators(qapp, "sv", directory=tmp_path)
    assert "nepton_desktop_sv.qm" in installed.missing
    assert "nepton_desktop_sv.qm" in caplog.text
    assert QCoreApplication.translate("LanguageMenu", "Restart now") == "Restart now"


def test_the_saved_choice_is_used_without_an_explicit_language(
    qapp: QApplication, compiled_catalogs: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "sv")
    installed = loader.install_translators(qapp, settings=settings, directory=compiled_catalogs)
    assert installed.language.code == "sv"


def test_translate_message_and_errors(qapp: QApplication, compiled_catalogs: Path) -> None:
    from nepton_desktop.api.errors import AuthenticationFailed, InvalidValue

    message = Message("LanguageMenu", "Restart now")
    assert translate_message(message) == "Restart now"
    assert translate_message("Later", "LanguageMenu") == "Later"
    assert translate_message("Later") == "Later"
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert translate_message(message) == "Käynnistä uudelleen nyt"
    assert translate_message("Later", "LanguageMenu") == "Myöhemmin"
    # An error without an entry in the catalog: its own Finnish text in Finnish.
    invalid = InvalidValue("Nimi", "too long", "liian pitkä")
    assert translate_error(invalid) == "Nimi: liian pitkä"
    assert translate_error(AuthenticationFailed()).startswith("Nepton ei hyväksynyt")
    loader.install_translators(qapp, resolve("en"), directory=compiled_catalogs)
    assert translate_error(invalid) == "Nimi: too long"


def test_column_headers_follow_the_language(qapp: QApplication, compiled_catalogs: Path) -> None:
    from nepton_desktop.domain.columns import PERSONNEL
    from nepton_desktop.ui.i18n import column_header
    from nepton_desktop.ui.i18n.pseudo import pseudo_text

    column = PERSONNEL[0]
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert column_header(column) == column.header_fi
    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    assert column_header(column) == column.header_sv
    loader.install_translators(qapp, "pseudo")
    assert column_header(column) == pseudo_text(column.header_en)


def test_a_frozen_app_finds_its_catalogs_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert loader.translations_dir() == tmp_path / "resources" / "translations"
    assert tmp_path / "PySide6" / "Qt" / "translations" in loader.qt_translations_dirs()


def test_the_source_tree_catalogs_are_found_without_a_bundle() -> None:
    assert (loader.translations_dir() / "nepton_desktop_fi.ts").is_file()


def test_english_plurals_come_from_en_ts(qapp: QApplication, compiled_catalogs: Path) -> None:
    loader.install_translators(qapp, "en", directory=compiled_catalogs)
    assert QCoreApplication.translate("AbsenceTimeline", "%n absence(s)", None, 1) == "1 absence"
    assert QCoreApplication.translate("AbsenceTimeline", "%n absence(s)", None, 3) == "3 absences"
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert QCoreApplication.translate("AbsenceTimeline", "%n absence(s)", None, 1) == "1 poissaolo"
    assert QCoreApplication.translate("AbsenceTimeline", "%n absence(s)", None, 3) == "3 poissaoloa"


def test_api_errors_in_finnish_and_swedish(qapp: QApplication, compiled_catalogs: Path) -> None:
    from nepton_desktop.api.errors import AuthenticationFailed, DayLocked

    loader.install_translators(qapp, "sv", directory=compiled_catalogs)
    assert translate_error(AuthenticationFailed()).startswith("Nepton godkände inte")
    assert translate_error(DayLocked()).startswith("Personens dag är låst")
    loader.install_translators(qapp, "fi", directory=compiled_catalogs)
    assert translate_error(DayLocked()) == DayLocked.message_fi
