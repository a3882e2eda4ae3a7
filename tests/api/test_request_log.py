"""The request log records counts, codes and durations, exports CSV/JSON, and redacts."""

from __future__ import annotations

import json
from pathlib import Path

from nepton_desktop.api.request_log import RequestLog


def test_entries_and_exports(tmp_path: Path) -> None:
    log = RequestLog(max_entries=3)
    heard = []
    log.listeners.append(heard.append)
    for n in range(4):
        log.add(
            api="worktime",
            operation="InsertActivitiesV3",
            items=200,
            duration=0.1234,
            response_code=1000,
            outcome=f"ok {n}",
        )
    assert len(log) == 3 and [e.outcome for e in log] == ["ok 1", "ok 2", "ok 3"]
    assert len(heard) == 4 and heard[0].duration_ms == 123
    log.add(
        api="hr",
        operation="ImportUsersFromCSV",
        items=1,
        duration=0,
        response_code=None,
        outcome="refused: person 131052-308T FI2112345600000785",
    )
    last = log.entries[-1]
    assert "131052-308T" not in last.outcome and "FI2112345600000785" not in last.outcome
    csv_path, json_path = tmp_path / "log.csv", tmp_path / "log.json"
    log.export(csv_path)
    log.export(json_path)
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "time,api,operation,items,duration_ms,response_code,outcome"
    assert len(lines) == 4
    data = json.loads(json_path.read_text())
    assert data[-1]["operation"] == "ImportUsersFromCSV" and data[-1]["response_code"] is None


def test_csv_export_neutralises_formulas() -> None:
    log = RequestLog()
    log.add(
        api="worktime",
        operation="=HYPERLINK(1)",
        items=0,
        duration=0,
        response_code=None,
        outcome="-1",
    )
    row = log.to_csv().splitlines()[1]
    assert "'=HYPERLINK(1)" in row and ",'-1" in row
