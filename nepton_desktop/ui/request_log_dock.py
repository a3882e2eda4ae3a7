"""A dock that shows the API service's request log live, with a CSV export.

The log (``nepton_desktop.api.RequestLog``) is the API layer's record of every exchange:
operation, items, duration, response code and a short outcome. It never holds request or
answer bodies, so nothing secret can reach this view; the outcome is still scrubbed on the
way in, because a server's message can quote what it was sent.

New entries are picked up by a timer, not by drawing inside the log's listener: the listener
may run on any thread, and a burst of a thousand entries becomes one model update.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.api.request_log import LogEntry, RequestLog
from nepton_desktop.ui.error_dialog import scrub_secrets, status_color
from nepton_desktop.ui.i18n.formatting import format_time

_Index = QModelIndex | QPersistentModelIndex
OK_CODE = 1000


@dataclass(frozen=True, slots=True)
class LogRow:
    """One log entry as shown: every value already a safe display value."""

    time: str
    api: str
    operation: str
    items: int
    duration_ms: int
    response_code: str
    outcome: str
    failed: bool


def row_of(entry: LogEntry) -> LogRow:
    try:
        local = datetime.fromisoformat(entry.time).astimezone()
        shown_time = format_time(local.time(), seconds=True)
    except ValueError:
        shown_time = entry.time
    code = entry.response_code
    return LogRow(
        time=shown_time,
        api=entry.api,
        operation=entry.operation,
        items=entry.items,
        duration_ms=entry.duration_ms,
        response_code="" if code is None else str(code),
        outcome=scrub_secrets(entry.outcome),
        # No code: an HR read that answered normally. Any code but 1000 (including 1019's
        # partial failures and transport errors) is worth the user's eye.
        failed=code is not None and code != OK_CODE,
    )


class RequestLogModel(QAbstractTableModel):
    """The log's rows, newest last. Only appends are expected; a shorter log (cleared, new
    service) resets the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LogRow] = []
        self._last: LogEntry | None = None  # the entry behind the last row
        self.headers = [
            self.tr("Time"),
            self.tr("API"),
            self.tr("Operation"),
            self.tr("Items"),
            self.tr("Duration (ms)"),
            self.tr("Response code"),
            self.tr("Outcome"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.failed:
            return status_color("error")
        return None

    @staticmethod
    def values(row: LogRow) -> tuple[object, ...]:
        return (
            row.time,
            row.api,
            row.operation,
            row.items,
            row.duration_ms,
            row.response_code,
            row.outcome,
        )

    def sync(self, entries: Sequence[LogEntry]) -> int:
        """Bring the rows up to ``entries``; returns how many rows were added.

        The log is bounded: once full, old entries drop off the front. Rows are appended
        while the log only grew; otherwise the model is rebuilt.
        """
        count = len(self.rows)
        if count and len(entries) == count and entries[-1] is self._last:
            return 0
        if count == 0 or (len(entries) > count and entries[count - 1] is self._last):
            new = [row_of(e) for e in entries[count:]]
            if new:
                self.beginInsertRows(QModelIndex(), count, count + len(new) - 1)
                self.rows.extend(new)
                self.endInsertRows()
        else:
            self.beginResetModel()
            self.rows = [row_of(e) for e in entries]
            self.endResetModel()
            new = self.rows
        self._last = entries[-1] if entries else None
        return len(new)


class RequestLogDock(QDockWidget):
    """``RequestLogDock(request_log=None, parent=None, *, poll_ms=300)``.

    ``request_log`` is the connected service's ``service.request_log``;
    :meth:`set_request_log` switches to another service's log after reconnecting. The view
    follows new rows unless the user has scrolled up. No signals of its own.
    """

    def __init__(
        self,
        request_log: RequestLog | None = None,
        parent: QWidget | None = None,
        *,
        poll_ms: int = 300,
    ) -> None:
        super().__init__(self.tr("Request log"), parent)
        self.setObjectName("request_log_dock")
        self._log = request_log
        self.model = RequestLogModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("request_log_table")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # sample, so a full log still resizes fast
        self.summary_label = QLabel(self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self._ask_export)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.export_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_request_log(self, request_log: RequestLog | None) -> None:
        self._log = request_log
        self.model.sync([])
        self.refresh()

    def refresh(self) -> None:
        entries = self._log.entries if self._log is not None else []
        scrollbar = self.view.verticalScrollBar()
        at_bottom = scrollbar.value() >= scrollbar.maximum() - 2
        if self.model.sync(entries):
            # All but the outcome, which stretches to the dock's width.
            for column in range(self.model.columnCount() - 1):
                self.view.resizeColumnToContents(column)
            if at_bottom:
                self.view.scrollToBottom()
        failed = sum(1 for row in self.model.rows if row.failed)
        self.summary_label.setText(
            self.tr("%n request(s)", "", len(self.model.rows))
            + (" · " + self.tr("%n failed", "", failed) if failed else "")
        )

    def export_csv(self, path: Path) -> None:
        """Write the rows shown to a CSV file (UTF-8 with BOM and ";" so Excel opens it)."""
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(self.model.headers)
            for row in self.model.rows:
                writer.writerow([_neutralise(v) for v in self.model.values(row)])

    def _ask_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export request log"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("nepton-request-log.csv")
        dialog.fileSelected.connect(lambda name: self.export_csv(Path(name)))
        dialog.open()


def _neutralise(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
