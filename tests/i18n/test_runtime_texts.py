"""Texts the API layer builds at run time (a keyring backend's name, InvalidValue reasons in
English and Finnish only) reach a Swedish or Finnish user in their language."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication

from nepton_desktop.api import xml_text
from nepton_desktop.api.credentials import Credentials, CredentialStore, check_password
from nepton_desktop.api.errors import InvalidValue, error_for_code
from nepton_desktop.ui.connection.dialog import storage_words
from nepton_desktop.ui.i18n import loader, translate_error
from nepton_desktop.ui.i18n.messages import _INVALID_VALUE_REASONS, invalid_value_reason
from nepton_desktop.ui.submit.runner import error_text

pytestmark = pytest.mark.usefixtures("restore_translations")


class _Keyring(KeyringBackend):
    priority = 1
    name = "Testiavaimet"

    def __init__(self, fail: bool = False) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.fail = fail

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail:
            raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        return None


def _invalid(call: object) -> InvalidValue:
    with pytest.raises(InvalidValue) as info:
        call()  # type: ignore[operator]
    return info.value


@pytest.mark.parametrize(
    ("language", "where", "failed", "ampersand", "character"),
    [
        (
            "sv",
            "systemets nyckelring (Testiavaimet)",
            "systemets nyckelring kunde inte användas (PasswordSetError)",
            "slutar med '&'",
            "innehåller tecknet U+0001 på position 2",
        ),
        (
            "fi",
            "järjestelmän avainnippu (Testiavaimet)",
            "järjestelmän avainnippua ei voitu käyttää (PasswordSetError)",
            "päättyy merkkiin '&'",
            "sisältää merkin U+0001 kohdassa 2",
        ),
    ],
)
def test_keyring_and_invalid_value_texts_in_the_users_language(
    qapp: QApplication,
    compiled_catalogs: Path,
    language: str,
    where: str,
    failed: str,
    ampersand: str,
    character: str,
) -> None:
    loader.install_translators(qapp, language, directory=compiled_catalogs)
    assert storage_words(CredentialStore(_Keyring()).describe_storage()) == where
    result = CredentialStore(_Keyring(fail=True)).save("p", Credentials("a", "b"))
    assert not result.stored_in_keyring
    assert storage_words(result.reason).startswith(failed)
    assert storage_words(result.where) != result.where
    error = _invalid(lambda: check_password("salasana&", "Password"))
    assert invalid_value_reason(error).startswith(ampersand)
    assert translate_error(error).startswith(f"Password: {ampersand}")
    error = _invalid(lambda: xml_text.text("a\x01b", "Description"))
    assert invalid_value_reason(error).startswith(character)


def test_the_marked_reasons_are_the_ones_the_api_gives() -> None:
    """A reworded reason in api/xml_text.py would fall back to English: keep them in step."""
    errors = [
        _invalid(lambda: xml_text.password("", "Password")),
        _invalid(lambda: xml_text.password("x&", "Password")),
        _invalid(lambda: xml_text.integer(True, "Id")),
        _invalid(lambda: xml_text.integer(2**40, "Id")),
        _invalid(lambda: xml_text.decimal(Decimal("NaN"), "Hours")),
        _invalid(lambda: xml_text.local_datetime(datetime(2026, 1, 1, tzinfo=UTC), "Start")),
    ]
    assert sorted(e.reason_en for e in errors) == sorted(_INVALID_VALUE_REASONS)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_refused_row_reads_nepton_s_response_code_in_the_users_language(
    qapp: QApplication, compiled_catalogs: Path, language: str
) -> None:
    """The submit outcome of a row Nepton refused: the code, its meaning translated, and
    Nepton's own words as Nepton wrote them (they were all English before)."""
    loader.install_translators(qapp, language, directory=compiled_catalogs)
    error = error_for_code(1022, "Event 42 is locked")
    text = error_text(error)
    assert text.startswith("[1022] ") and text.endswith(" (Event 42 is locked)")
    meaning = text.removeprefix("[1022] ").removesuffix(" (Event 42 is locked)")
    assert meaning != error.message_en
    if language == "fi":
        assert meaning == error.message_fi
    else:
        assert meaning not in (error.message_en, error.message_fi)
