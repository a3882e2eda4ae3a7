"""Dates, times and numbers in a Message are written by the user's QLocale in the UI
(``translate_message``) and in the canonical Finnish form headless (``str()``)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from nepton_desktop.domain.records import Event
from nepton_desktop.domain.translatable import Message
from nepton_desktop.importing.coercion import to_date, to_datetime, to_time
from nepton_desktop.importing.validation import _overlap_text
from nepton_desktop.ui.i18n import loader, translate_message
from nepton_desktop.ui.i18n.languages import ResolvedLanguage

pytestmark = pytest.mark.usefixtures("restore_translations")

FI_FI = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
SV_SE = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
EN_GB = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

DAY = date(2026, 12, 3)


def _run_in(qapp: QApplication, catalogs: Path, code: str, locale: QLocale) -> None:
    """The app's language ``code`` with ``locale`` formatting, as the language menu sets up."""
    loader.install_translators(qapp, ResolvedLanguage(code, locale), directory=catalogs)


def test_a_date_value_is_written_by_the_users_locale(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    message = Message("Test", "due {day}", {"day": DAY})
    _run_in(qapp, compiled_catalogs, "fi", FI_FI)
    assert translate_message(message) == "due 3.12.2026"
    _run_in(qapp, compiled_catalogs, "sv", SV_SE)
    assert translate_message(message) == "due 2026-12-03"
    _run_in(qapp, compiled_catalogs, "en", EN_GB)
    assert translate_message(message) == "due 03/12/2026"
    assert str(message) == "due 3.12.2026"  # headless: the canonical Finnish form


def test_times_numbers_and_nested_messages_too(qapp: QApplication, compiled_catalogs: Path) -> None:
    inner = Message("Test", "at {moment}", {"moment": datetime(2026, 12, 3, 8, 5)})
    message = Message(
        "Test",
        "{inner}, {time}, {hours} h, {share}, row {row}, year {year}",
        {
            "inner": inner,
            "time": time(8, 30),
            "hours": Decimal("7.5"),
            "share": 0.25,
            "row": 12345,  # an int is an id, a row or a year: never grouped
            "year": 2026,
        },
    )
    _run_in(qapp, compiled_catalogs, "sv", SV_SE)
    assert translate_message(message) == (
        "at 2026-12-03 08:05, 08:30, 7,5 h, 0,25, row 12345, year 2026"
    )
    _run_in(qapp, compiled_catalogs, "fi", FI_FI)
    assert translate_message(message) == (
        "at 3.12.2026 8.05, 8.30, 7,5 h, 0,25, row 12345, year 2026"
    )
    assert str(message) == "at 3.12.2026 8.05, 08.30, 7.5 h, 0.25, row 12345, year 2026"


def test_a_midnight_datetime_keeps_its_time() -> None:
    # A site that means a day passes a date; a datetime is always written with its time.
    assert str(Message("Test", "{m}", {"m": datetime(2026, 12, 3)})) == "3.12.2026 0.00"


def test_render_without_format_value_is_canonical() -> None:
    message = Message("Test", "{day} {inner}", {"day": DAY, "inner": Message("Test", "x")})
    assert message.render(lambda _c, t: t, "sv") == "3.12.2026 x"
    written = message.render(lambda _c, t: t, "sv", format_value=lambda v: f"<{v!r}>")
    assert written == "<datetime.date(2026, 12, 3)> x"


def test_a_serial_date_notice_in_swedish_in_sweden(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    _, note = to_date(46083.0)
    assert note is not None
    assert str(note) == "the number 46083 was read as the spreadsheet date 2.3.2026"
    _run_in(qapp, compiled_catalogs, "sv", SV_SE)
    assert translate_message(note) == "talet 46083 lästes som kalkylbladsdatumet 2026-03-02"
    _run_in(qapp, compiled_catalogs, "fi", FI_FI)
    assert translate_message(note) == "luku 46083 luettiin taulukon päivämääräksi 2.3.2026"


def test_date_and_time_notices_in_swedish_in_sweden(
    qapp: QApplication, compiled_catalogs: Path
) -> None:
    _, left_out = to_date(datetime(2026, 3, 2, 8, 30))
    _, midnight = to_datetime(date(2026, 3, 2))
    _, serial_time = to_time(0.5)
    _, zone = to_datetime("2026-03-02T06:30Z")
    assert str(left_out) == "the time 08.30 of 2.3.2026 8.30 was left out"
    assert str(midnight) == "the date 2.3.2026 has no time; read as 0.00"
    assert str(serial_time) == "the number 0.5 was read as the time 12.00"
    assert str(zone) == "the time zone Z was converted to Finnish time 2.3.2026 8.30"
    _run_in(qapp, compiled_catalogs, "sv", SV_SE)
    rendered = [translate_message(n) for n in (left_out, midnight, serial_time, zone)]
    assert "klockslaget 08:30 i 2026-03-02 08:30" in rendered[0]
    assert "2026-03-02" in rendered[1] and "2.3.2026" not in rendered[1]
    assert rendered[2] == "talet 0.5 lästes som tiden 12:00"
    assert "2026-03-02 08:30" in rendered[3]


def test_overlap_with_a_nepton_event(qapp: QApplication, compiled_catalogs: Path) -> None:
    closed = _overlap_text(
        Event(
            id=100,
            user_id=1,
            event_type_id=2,
            start=datetime(2026, 12, 3, 8, 0),
            end=datetime(2026, 12, 3, 16, 0),
        )
    )
    running = _overlap_text(
        Event(id=101, user_id=1, event_type_id=2, start=datetime(2026, 12, 3, 8, 0))
    )
    assert str(closed) == "overlaps event 100 in Nepton (3.12.2026 8.00–3.12.2026 16.00)"
    assert str(running) == "overlaps event 101 in Nepton (3.12.2026 8.00)"
    _run_in(qapp, compiled_catalogs, "sv", SV_SE)
    assert translate_message(closed) == (
        "överlappar händelse 100 i Nepton (2026-12-03 08:00–2026-12-03 16:00)"
    )
    assert translate_message(running) == "överlappar händelse 101 i Nepton (2026-12-03 08:00)"
    _run_in(qapp, compiled_catalogs, "fi", FI_FI)
    assert translate_message(closed) == (
        "menee päällekkäin Neptonin tapahtuman 100 kanssa (3.12.2026 8.00–3.12.2026 16.00)"
    )
