"""Fixtures for the translation tests: compiled catalogs in a scratch folder, and translators
that are always removed again so other tests keep running in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.i18n.build import compile_all


@pytest.fixture(scope="session")
def compiled_catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled with lrelease into a scratch folder."""
    out = tmp_path_factory.mktemp("qm")
    compile_all(out_dir=out)
    return out


@pytest.fixture
def restore_translations(qapp: QApplication) -> Iterator[None]:
    previous_locale = QLocale()
    yield
    loader.uninstall_translators()
    QLocale.setDefault(previous_locale)
