"""Wizard page 6: what was sent, what failed and why; error workbook, history and revert."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nepton_desktop.api.errors import error_class_for_code, error_for_code
from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes.journal import Journal, JournalOp
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from nepton_desktop.importing.plan import Action, ImportPlan
from nepton_desktop.importing.problems import VALIDATION_CONTEXT, Problem
from nepton_desktop.importing.reports import write_error_report
from nepton_desktop.ui.error_dialog import show_error, status_color
from nepton_desktop.ui.i18n import current_language_code, translate_message
from nepton_desktop.ui.import_wizard.background import in_worker_thread
from nepton_desktop.ui.import_wizard.history_dialog import ImportHistoryDialog
from nepton_desktop.ui.import_wizard.revert_flow import (
    confirm_revert,
    describe_revert,
    revert_job,
)
from nepton_desktop.ui.import_wizard.session import ImportSession
from nepton_desktop.ui.submit.runner import error_text
from nepton_desktop.ui.window_state import LAST_FOLDER, WindowState


def with_submit_failures(plan: ImportPlan, failed: list[JournalOp]) -> ImportPlan:
    """The plan with rows Nepton refused marked as errors, with Nepton's reason, so the error
    workbook hands back every row that did not make it."""
    by_row = {row.row: row for row in plan.rows}
    for jop in failed:
        row = by_row.get(jop.op.row or 0)
        if row is None:
            continue
        # A known response code reads in the user's language (rendered now: this runs in the
        # UI); Nepton's own words stay as Nepton wrote them.
        if jop.code is not None and error_class_for_code(jop.code) is not None:
            reason = error_text(error_for_code(jop.code, jop.message))
        else:
            reason = (f"[{jop.code}] " if jop.code is not None else "") + jop.message
        message = Message(
            VALIDATION_CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "Nepton refused the row: {reason}"),
            {"reason": reason},
        )
        if not any(p.message == message for p in row.check.errors):
            row.check.errors.append(Problem(row.row, "", "", None, message))
        row.action = Action.ERROR
    return plan


class SummaryPage(QWizardPage):
    def __init__(
        self,
        session: ImportSession,
        service: NeptonServiceLike,
        journal: Journal,
        *,
        profile_name: str,
        state: WindowState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.journal = journal
        self.profile_name = profile_name
        self.state = state
        self._tasks: set[asyncio.Task[Any]] = set()
        self.history_dialog: ImportHistoryDialog | None = None
        self.setTitle(self.tr("Summary"))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("import_summary_counts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("import_summary_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Reason")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.workbook_button = QPushButton(self.tr("Save error workbook…"), self)
        self.workbook_button.setObjectName("import_save_error_workbook")
        self.workbook_button.clicked.connect(self._ask_workbook_path)
        self.history_button = QPushButton(self.tr("Import history…"), self)
        self.history_button.clicked.connect(self.open_history)
        self.revert_button = QPushButton(self.tr("Revert this import…"), self)
        self.revert_button.setObjectName("import_revert")
        self.revert_button.clicked.connect(lambda: self._spawn(self.revert()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.workbook_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("import_summary_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)

    def initializePage(self) -> None:
        report = self.session.report
        plan = self.session.plan
        assert report is not None and plan is not None
        with_submit_failures(plan, report.failed + report.unknown)
        skipped = [r for r in plan.rows if r.action is Action.ERROR and r.errors]
        lines = [
            "<p><b>"
            + html.escape(
                self.tr("%1 sent, %2 failed, %3 with an unknown outcome, %4 not sent.")
                .replace("%1", str(len(report.sent)))
                .replace("%2", str(len(report.failed)))
                .replace("%3", str(len(report.unknown)))
                .replace("%4", str(len(report.not_sent)))
            )
            + "</b></p>"
        ]
        if report.cancelled:
            lines.append(
                html.escape(
                    self.tr(
                        "Cancelled: the batch on its way finished; the rows not sent are "
                        "listed below and can be sent later from the import history."
                    )
                )
            )
        if report.stopped_by:
            lines.append(
                f"<span style='color:{status_color('error').name()}'>"
                + html.escape(self.tr("Stopped: %1").replace("%1", report.stopped_by))
                + "</span>"
            )
        unchanged = plan.count(Action.UNCHANGED)
        if unchanged:
            lines.append(html.escape(self.tr("%n row(s) were already up to date.", "", unchanged)))
        self.counts_label.setText("<br>".join(lines))
        rows: list[tuple[int, str, str]] = []
        for jop in report.failed:
            rows.append((jop.op.row or 0, self.tr("Failed"), f"[{jop.code}] {jop.message}"))
        for jop in report.unknown:
            rows.append((jop.op.row or 0, self.tr("Unknown"), jop.message))
        for jop in report.not_sent:
            rows.append((jop.op.row or 0, self.tr("Not sent"), ""))
        sent_rows = {j.op.row for j in report.sent}
        for row in skipped:
            if row.row not in sent_rows and row.row not in {r[0] for r in rows}:
                reasons = "; ".join(translate_message(p.message) for p in row.errors)
                rows.append((row.row, self.tr("Skipped"), reasons))
        rows.sort()
        self.table.setRowCount(len(rows))
        for index, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(str(value)))
        self.workbook_button.setEnabled(bool(rows))
        self.revert_button.setEnabled(bool(report.sent))

    # ------------------------------------------------------------------ tasks

    def _spawn(self, coroutine: Any) -> None:
        async def guarded() -> None:
            try:
                await coroutine
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                await show_error(self, exc)

        task = asyncio.ensure_future(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    # ------------------------------------------------------------------ error workbook

    def _ask_workbook_path(self) -> None:
        assert self.session.path is not None
        folder = self.state.get(LAST_FOLDER) if self.state is not None else ""
        errors_word = self.tr("errors")  # in the suggested file name
        suggested = Path(folder or self.session.path.parent) / (
            f"{self.session.path.stem}-{errors_word}.xlsx"
        )
        dialog = QFileDialog(self, self.tr("Save error workbook"), str(suggested))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda name: self._spawn(self.save_error_workbook(Path(name))))
        dialog.open()

    async def save_error_workbook(self, path: Path) -> Path:
        """The original columns plus status and reason per row, problem cells highlighted."""
        sheet, plan = self.session.sheet_data, self.session.plan
        assert sheet is not None and plan is not None
        written = await in_worker_thread(
            write_error_report,
            sheet,
            plan,
            path,
            translate=QCoreApplication.translate,
            language=current_language_code(),
        )
        self.result_label.setText(
            html.escape(self.tr("Error workbook saved: %1").replace("%1", str(written)))
        )
        return written

    # ------------------------------------------------------------------ history and revert

    def open_history(self) -> None:
        dialog = ImportHistoryDialog(
            self.journal, self.service, profile_name=self.profile_name, parent=self
        )
        if self.session.job_id is not None:
            dialog.select_job(self.session.job_id)
        self.history_dialog = dialog
        dialog.open()

    async def revert(self) -> None:
        job_id = self.session.job_id
        assert job_id is not None and self.session.path is not None
        if not await confirm_revert(self, self.session.path.name):
            return
        self.revert_button.setEnabled(False)
        self.result_label.setText(html.escape(self.tr("Reverting…")))
        try:
            report = await revert_job(self.service, self.journal, job_id, self.session.live)
        except BaseException:
            self.revert_button.setEnabled(True)
            raise
        self.result_label.setText(describe_revert(report))
