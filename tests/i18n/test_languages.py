"""Which language runs: the saved choice, the environment, the system."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from nepton_desktop.ui.i18n.languages import (
    LanguageChoice,
    language_of_locale,
    parse_choice,
    read_choice,
    resolve,
    write_choice,
)

NO_ENV: dict[str, str] = {}


def _name(language: str, system: str, env: dict[str, str] = NO_ENV) -> tuple[str, str]:
    resolved = resolve(language, QLocale(system), env)
    return resolved.code, resolved.locale.name()


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "fi_FI", ("fi", "fi_FI")),
        ("system", "sv_FI", ("sv", "sv_FI")),
        ("system", "sv_SE", ("sv", "sv_SE")),
        ("system", "en_GB", ("en", "en_GB")),
        ("system", "de_DE", ("en", "de_DE")),  # English texts, German formats
        ("system", "C", ("en", "en_FI")),
        ("fi", "en_US", ("fi", "fi_FI")),
        ("sv", "fi_FI", ("sv", "sv_FI")),  # Swedish on a Finnish system: Finland's formats
        ("sv", "en_US", ("sv", "sv_FI")),
        ("en", "fi_FI", ("en", "en_FI")),
        ("en", "sv_SE", ("en", "en_SE")),
        ("nonsense", "fi_FI", ("fi", "fi_FI")),
    ],
)
def test_resolve(choice: str, system: str, expected: tuple[str, str]) -> None:
    assert _name(choice, system) == expected


def test_the_environment_overrides_the_choice() -> None:
    assert _name("fi", "fi_FI", {"NEPTON_DESKTOP_LANGUAGE": "sv"})[0] == "sv"
    assert _name("fi", "fi_FI", {"NEPTON_DESKTOP_LANGUAGE": "pseudo"})[0] == "pseudo"
    assert resolve("fi", QLocale("fi_FI"), {"NEPTON_DESKTOP_LANGUAGE": "pseudo"}).is_pseudo


def test_language_of_locale() -> None:
    assert language_of_locale(QLocale("fi_FI")) == "fi"
    assert language_of_locale(QLocale("de_DE")) is None


def test_the_choice_is_saved_and_read_back(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read_choice(settings) is LanguageChoice.SYSTEM
    write_choice(settings, LanguageChoice.SWEDISH)
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read_choice(again) is LanguageChoice.SWEDISH
    assert "language=sv" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_unknown_stored_values_mean_system() -> None:
    assert parse_choice(None) is LanguageChoice.SYSTEM
    assert parse_choice(" FI ") is LanguageChoice.FINNISH
    assert parse_choice("klingon") is LanguageChoice.SYSTEM
