"""Markers of the import tests: ``slow`` for the 100,000-row sheet and the real kill-and-resume
(both run by default; deselect with ``-m "not slow"`` for a quick loop)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes more than a few seconds")
