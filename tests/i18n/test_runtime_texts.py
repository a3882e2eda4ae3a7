"""Texts the API layer builds at run time (a keyring backend's name, InvalidValue reasons in
English and Finnish only) reach a Swedish or Finnish user in their language."""

from __future__ import annotations

import ast
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
from nepton_desktop.ui.i18n.messages import invalid_value_reason
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


def test_every_invalid_value_reason_of_the_api_is_marked() -> None:
    """Each English reason the API gives InvalidValue is marked for translation in the
    "InvalidValue" context, so that no language but Finnish falls back to English; the one
    reason built with values (a character XML cannot carry) is recognised by its wording."""
    api = Path(__file__).resolve().parents[2] / "nepton_desktop" / "api"
    unmarked: list[str] = []
    marked = 0
    for path in sorted(api.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "InvalidValue"
                and len(node.args) == 3
            ):
                continue
            reason = node.args[1]
            if (
                isinstance(reason, ast.Call)
                and isinstance(reason.func, ast.Name)
                and reason.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(reason.args[0], ast.Constant)
                and reason.args[0].value == "InvalidValue"
            ):
                marked += 1
            elif isinstance(reason, ast.JoinedStr) and path.name == "xml_text.py":
                continue  # the character XML cannot carry: _BAD_CHARACTER in messages.py
            elif not (isinstance(reason, ast.Attribute) and reason.attr == "reason_en"):
                unmarked.append(f"{path.name}:{node.lineno}")
    assert not unmarked, f"InvalidValue reasons not marked for translation: {unmarked}"
    assert marked >= 19


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "Name: ett nytt projekt behöver ett namn"),
        ("fi", "Name: uudella projektilla on oltava nimi"),
        ("en", "Name: a new project needs a name"),
    ],
)
def test_a_request_builders_reason_in_the_users_language(
    qapp: QApplication, compiled_catalogs: Path, language: str, expected: str
) -> None:
    from nepton_desktop.api import worktime_requests
    from nepton_desktop.api.auth import WorktimeAuth
    from nepton_desktop.domain.records import ProjectUpsert

    loader.install_translators(qapp, language, directory=compiled_catalogs)
    error = _invalid(
        lambda: worktime_requests.ensure_projects_exist_v4(
            WorktimeAuth("1", "u", "p"), [ProjectUpsert(description="no name")]
        )
    )
    assert translate_error(error) == expected


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
