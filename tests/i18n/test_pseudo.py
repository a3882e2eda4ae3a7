"""Pseudo-localisation: longer, accented, bracketed texts with placeholders intact."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPushButton

from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.i18n.pseudo import pseudo_text
from nepton_desktop.ui.i18n.ts_file import placeholders


@pytest.mark.parametrize(
    "source",
    [
        "Personnel",
        "OK",
        "&File",
        "Send %1 changes",
        "%n row(s)",
        "{value} is not a date in row {row}.",
        "<b>Nepton</b> &amp; more",
        "Copy && paste",
        "Two\nlines",
    ],
)
def test_pseudo_text_is_longer_and_keeps_placeholders(source: str) -> None:
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= math.ceil(len(source) * 1.4)
    assert placeholders(text) == placeholders(source)
    for kept in ("&F", "<b>", "</b>", "&amp;", "&&", "\n"):
        if kept in source:
            assert kept in text
    assert text != f"[{source}]"  # accented, not just bracketed


def test_pseudo_text_of_nothing_is_nothing() -> None:
    assert pseudo_text("") == ""
    assert pseudo_text("  ") == "  "


def test_the_pseudo_run_translates_every_text(qapp: QApplication) -> None:
    try:
        installed = loader.install_translators(qapp, "pseudo")
        assert installed.language.is_pseudo
        assert QCoreApplication.translate("Any", "Personnel") == pseudo_text("Personnel")
        button = QPushButton()
        assert button.tr("Send %1 changes") == pseudo_text("Send %1 changes")
        assert QCoreApplication.translate("X", "%n row(s)", None, 3).count("3") == 1
        # Qt's layout direction setting is not a word: it must stay left to right.
        assert qapp.layoutDirection().name == "LeftToRight"
    finally:
        loader.uninstall_translators()
    assert QCoreApplication.translate("Any", "Personnel") == "Personnel"
