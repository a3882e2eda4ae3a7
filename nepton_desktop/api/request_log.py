"""The request log: one entry per exchange with Nepton, for the app to show and export.

An entry holds only what the client itself decided to record (operation, counts, codes,
durations and a short outcome written by the API layer), never request or answer bodies,
so passwords, personal identity codes and IBANs cannot end up here; the outcome text still
passes through ``redact_personal_data`` in case a server message is quoted.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from nepton_desktop.domain.identity import redact_personal_data


@dataclass(frozen=True, slots=True)
class LogEntry:
    time: str  # ISO 8601, UTC
    api: str  # "worktime" | "hr"
    operation: str
    items: int
    duration_ms: int
    response_code: int | None  # Nepton's code, or the transport error's code; None if none
    outcome: str


Listener = Callable[[LogEntry], None]


class RequestLog:
    """Bounded, thread-safe list of entries; listeners hear each new entry."""

    def __init__(self, max_entries: int = 10_000) -> None:
        self._entries: deque[LogEntry] = deque(maxlen=max_entries)
        self._lock = threading.Lock()
        self.listeners: list[Listener] = []

    def add(
        self,
        *,
        api: str,
        operation: str,
        items: int,
        duration: float,
        response_code: int | None,
        outcome: str,
        started: float | None = None,
    ) -> LogEntry:
        when = datetime.fromtimestamp(started, UTC) if started is not None else datetime.now(UTC)
        entry = LogEntry(
            time=when.isoformat(timespec="milliseconds"),
            api=api,
            operation=operation,
            items=items,
            duration_ms=round(duration * 1000),
            response_code=response_code,
            outcome=redact_personal_data(outcome)[:300],
        )
        with self._lock:
            self._entries.append(entry)
        for listener in list(self.listeners):
            listener(entry)
        return entry

    @property
    def entries(self) -> list[LogEntry]:
        with self._lock:
            return list(self._entries)

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([f.name for f in fields(LogEntry)])
        for e in self.entries:
            writer.writerow(
                [_neutralise(str(v if v is not None else "")) for v in asdict(e).values()]
            )
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps([asdict(e) for e in self.entries], ensure_ascii=False, indent=1)

    def export(self, path: Path) -> None:
        """Write CSV or JSON by the file's suffix."""
        text = self.to_json() if path.suffix.lower() == ".json" else self.to_csv()
        path.write_text(text, encoding="utf-8")


def _neutralise(text: str) -> str:
    # A spreadsheet would run a cell starting with = + - @ as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
