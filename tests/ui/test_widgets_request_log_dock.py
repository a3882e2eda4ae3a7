"""The request log dock: live rows from a real service talking to the sandbox, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from nepton_desktop.api import Credentials, Environment, NeptonService, Profile, RequestLog
from nepton_desktop.api.errors import AuthenticationFailed
from nepton_desktop.sandbox import SandboxServer
from nepton_desktop.ui.request_log_dock import RequestLogDock
from tests.conftest import screenshot_dir
from tests.ui import waiting

SCREENSHOTS = screenshot_dir()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo")
    server.start()
    yield server
    server.stop()


def _service(server: SandboxServer, password: str | None = None) -> NeptonService:
    info = server.info
    profile = Profile(
        "sandbox",
        Environment.SANDBOX,
        info.worktime_url,
        info.hr_url,
        str(info.customer_id),
        str(info.deployment_id),
        info.username,
    )
    return NeptonService(profile, Credentials(password or info.password, info.webservice_password))


async def test_dock_follows_the_log_live_and_exports_csv(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    service = _service(sandbox)
    dock = RequestLogDock(service.request_log, window, poll_ms=20)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resize(900, 360)
    window.show()
    try:
        assert dock.model.rowCount() == 0
        types = await service.worktime.get_event_types()
        persons = await service.hr.get_persons()
        await waiting.until(lambda: dock.model.rowCount() == 2, what="two rows")
        first, second = dock.model.rows
        assert (first.api, first.operation, first.response_code) == (
            "worktime",
            "GetActivityTypes",
            "1000",
        )
        assert not first.failed
        assert second.api == "hr" and second.operation == "GetPersons"
        assert str(len(persons)) in second.outcome and types
        assert "2 request" in dock.summary_label.text()
    finally:
        await service.aclose()

    # A wrong password: the failure shows in red, and the dock moves to the new service's log.
    wrong = _service(sandbox, password="Not-The-Password-9")
    dock.set_request_log(wrong.request_log)
    assert dock.model.rowCount() == 0
    try:
        with pytest.raises(AuthenticationFailed):
            await wrong.worktime.get_event_types()
    finally:
        await wrong.aclose()
    await waiting.until(lambda: dock.model.rowCount() == 1, what="the failed row")
    failed = dock.model.rows[0]
    assert failed.failed and failed.response_code == "1001"
    assert dock.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 failed" in dock.summary_label.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "request-log-dock.png"))

    out = tmp_path / "log.csv"
    dock.export_csv(out)
    text = out.read_text(encoding="utf-8-sig")
    assert "Not-The-Password-9" not in text and sandbox.info.password not in text
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Time", "API", "Operation"]
    assert rows[1][2] == "GetActivityTypes" and rows[1][5] == "1001"


def test_a_full_log_that_drops_old_entries_is_rebuilt(qtbot: QtBot) -> None:
    log = RequestLog(max_entries=3)
    dock = RequestLogDock(log, poll_ms=10_000)
    qtbot.addWidget(dock)
    for n in range(3):
        log.add(
            api="hr", operation=f"Op{n}", items=1, duration=0.01, response_code=None, outcome="ok"
        )
    dock.refresh()
    assert [r.operation for r in dock.model.rows] == ["Op0", "Op1", "Op2"]
    log.add(
        api="hr", operation="Op3", items=1, duration=0.01, response_code=1019, outcome="partial"
    )
    dock.refresh()  # same length, newer entries: rebuilt, not missed
    assert [r.operation for r in dock.model.rows] == ["Op1", "Op2", "Op3"]
    assert dock.model.rows[-1].failed
