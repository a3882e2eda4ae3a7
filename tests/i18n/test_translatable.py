"""The Qt-free marker and Message: what non-Qt layers hand to the UI."""

from __future__ import annotations

import pytest

from nepton_desktop.domain.translatable import (
    QT_TRANSLATE_NOOP,
    Message,
    fill_placeholders,
    placeholder_names,
)


def test_marker_returns_the_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Validation", "Not a date") == "Not a date"


def test_message_is_english_by_default_and_translated_on_render() -> None:
    message = Message(
        "Validation", "{value} is not a date in row {row}.", {"value": "31.2.", "row": 7}
    )
    assert str(message) == "31.2. is not a date in row 7."
    finnish = {
        (
            "Validation",
            "{value} is not a date in row {row}.",
        ): "Rivillä {row}: {value} ei ole päivämäärä."
    }
    assert message.render(lambda c, t: finnish[(c, t)]) == "Rivillä 7: 31.2. ei ole päivämäärä."


def test_message_without_a_value_for_a_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match="row"):
        Message("Validation", "Row {row} is empty.")


def test_message_args_cannot_change_afterwards() -> None:
    args = {"row": 1}
    message = Message("Validation", "Row {row}.", args)
    args["row"] = 2
    assert str(message) == "Row 1."


def test_a_broken_translation_shows_its_placeholder_instead_of_raising() -> None:
    assert fill_placeholders("Rivi {rivi} {row", {"row": 3}) == "Rivi {rivi} {row"
    assert fill_placeholders("Rivi {rivi}, {row}", {"row": 3}) == "Rivi {rivi}, 3"
    assert fill_placeholders("{row:>3}", {"row": 3}) == "{row:>3}"
    assert fill_placeholders("{{literal}} {row}", {"row": 3}) == "{literal} 3"


def test_placeholder_names() -> None:
    assert placeholder_names("{a} and {b_2}, not {{c}} or {0}") == {"a", "b_2"}
    assert placeholder_names("unbalanced {") == frozenset()
