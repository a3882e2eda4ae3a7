"""Helpers for submit tests: answer the dialogs of a submit the way a user would."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QDialog

from nepton_desktop.ui.main_window import MainWindow, dialog_on_screen
from nepton_desktop.ui.submit.flow import SubmitReport
from tests.ui.waiting import until


async def wait_for_dialog(window: MainWindow, kind: type[QDialog]) -> Any:
    await until(lambda: isinstance(dialog_on_screen(window), kind), what=kind.__name__)
    return dialog_on_screen(window)


async def finish(task: asyncio.Task[Any]) -> SubmitReport:
    report = await asyncio.wait_for(task, 30)
    assert isinstance(report, SubmitReport), report
    return report
