"""Numbers, dates and times through QLocale in each language."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from nepton_desktop.ui.i18n import formatting as f

FI = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
SV_FI = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
SV_SE = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_finnish() -> None:
    assert f.format_date(date(2026, 12, 3), FI) == "3.12.2026"
    assert f.format_number(8.5, locale=FI) == "8,5"
    assert f.format_time(time(8, 5), FI) == "8.05"
    assert f.format_time(time(8, 5, 9), FI, seconds=True) == "8.05.09"
    assert f.format_datetime(datetime(2026, 12, 3, 16, 30), FI) == "3.12.2026 16.30"
    assert f.date_format(FI) == "d.M.yyyy"
    assert f.time_format(FI) == "H.mm"


def test_numbers() -> None:
    assert f.format_number(8, locale=FI) == "8"
    assert f.format_number(7.26, 1, FI) == "7,3"
    assert f.format_number(Decimal("7.50"), locale=FI) == "7,50"
    grouped = f.format_number(1234567.25, 2, FI)
    assert grouped.replace("\u00a0", " ").replace("\u202f", " ") == "1 234 567,25"
    assert f.format_number(8.5, locale=EN_US) == "8.5"
    assert f.parse_number("8,5", FI) == 8.5
    assert f.parse_number("kahdeksan", FI) is None
    with pytest.raises(TypeError):
        f.format_number(True, locale=FI)


def test_swedish_follows_the_territory() -> None:
    assert f.format_date(date(2026, 12, 3), SV_FI) == "3.12.2026"
    assert f.format_date(date(2026, 12, 3), SV_SE) == "2026-12-03"
    assert f.format_number(8.5, locale=SV_SE) == "8,5"


def test_english_in_the_us() -> None:
    # The short pattern's two-digit year is widened: Qt would read "12/3/26" back as 1926.
    assert f.format_date(date(2026, 12, 3), EN_US) == "12/3/2026"
    assert f.parse_date("12/3/2026", EN_US) == date(2026, 12, 3)
    assert f.parse_date("3.12.2026", EN_US) is None
    assert f.parse_datetime(f.format_datetime(datetime(1950, 1, 2, 17, 5), EN_US), EN_US) == (
        datetime(1950, 1, 2, 17, 5)
    )
    assert f.format_time(time(8, 5, 9), EN_US, seconds=True) == "8:05:09\u202fAM".replace(
        "\u202f", f.format_time(time(8, 5), EN_US)[4:5]
    )


def test_the_default_locale_is_used_without_one() -> None:
    previous = QLocale()
    QLocale.setDefault(FI)
    try:
        assert f.format_date(datetime(2026, 12, 3, 23, 59)) == "3.12.2026"
        assert f.format_number(0.5) == "0,5"
    finally:
        QLocale.setDefault(previous)
