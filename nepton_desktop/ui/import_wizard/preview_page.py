"""Wizard page 4: what the import will do, row by row, against live Nepton data.

The sheet is coerced and validated in a worker thread; Nepton's data is fetched through the
API service in between. Every row is classified create / update / unchanged / error, updates
show before → after per field, "Only problems" narrows the list, a cell can be fixed in place
(the whole file is validated again, since a fix can clear or cause a duplicate elsewhere), and
the invalid-row policy decides whether errors block the import or their rows are skipped.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.importing.fetch import file_span, load_live_data
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.plan import Action, ImportPlan, InvalidRows, build_plan
from nepton_desktop.importing.table import CoercedTable, coerce_sheet
from nepton_desktop.importing.validation import validate
from nepton_desktop.ui.error_dialog import show_error, status_color
from nepton_desktop.ui.i18n import translate_message
from nepton_desktop.ui.import_wizard.background import BackgroundWork, in_worker_thread
from nepton_desktop.ui.import_wizard.cells_model import cell_text
from nepton_desktop.ui.import_wizard.preview_model import (
    PROBLEMS_COLUMN,
    PlanIndex,
    PreviewModel,
    action_color,
    action_label,
    index_plan,
    severity_label,
)
from nepton_desktop.ui.import_wizard.session import ImportSession


def _check(
    table: CoercedTable, live: LiveData, policy: InvalidRows
) -> tuple[ImportPlan, PlanIndex]:
    # Runs in a worker thread, with the preview's per-cell lookups.
    plan = build_plan(validate(table, live), policy)
    return plan, index_plan(plan)


def _fix_and_check(
    table: CoercedTable, live: LiveData, policy: InvalidRows, index: int, source: int, text: str
) -> tuple[ImportPlan, PlanIndex]:
    # Runs in a worker thread: re-coercing a column of a large sheet takes a while.
    table.recoerce_cell(index, source, text if text.strip() else None)
    return _check(table, live, policy)


class PreviewPage(QWizardPage):
    def __init__(
        self,
        session: ImportSession,
        service: NeptonServiceLike,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.work = BackgroundWork(self._failed)
        self._error_task: asyncio.Future[None] | None = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Compared with Nepton's data now. Double-click a cell to fix it."))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("import_preview_counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Only problems"), self)
        self.only_problems.setObjectName("import_only_problems")
        self.only_problems.toggled.connect(self._only_problems_toggled)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.start_check)
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.retry_button)
        top.addWidget(self.only_problems)

        self.model = PreviewModel(self._edited, self)
        self.view = QTableView(self)
        self.view.setObjectName("import_preview_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        # Column widths from a sample: measuring 1,000 rows of a Python model on every
        # re-check would stall the window for most of a second.
        self.view.horizontalHeader().setResizeContentsPrecision(60)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.details = QTextBrowser(self)
        self.details.setObjectName("import_preview_details")
        self.details.setPlaceholderText(self.tr("Select a row to see its changes and problems."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("import_preview_splitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 140])

        self.block_radio = QRadioButton(
            self.tr("Block the import while any row has an error"), self
        )
        self.skip_radio = QRadioButton(self.tr("Skip rows with errors, import the rest"), self)
        self.block_radio.setObjectName("import_policy_block")
        self.skip_radio.setObjectName("import_policy_skip")
        self._policy = QButtonGroup(self)
        self._policy.addButton(self.block_radio)
        self._policy.addButton(self.skip_radio)
        self.block_radio.setChecked(True)
        self.skip_radio.toggled.connect(self._policy_changed)
        policy = QHBoxLayout()
        policy.addWidget(QLabel(self.tr("Rows with errors:"), self))
        policy.addWidget(self.block_radio)
        policy.addWidget(self.skip_radio)
        policy.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(policy)

    # ------------------------------------------------------------------ checking

    def initializePage(self) -> None:
        if self.session.plan is None:
            self.start_check()
        else:
            self._show(self.session.plan)

    def cleanupPage(self) -> None:
        self.work.cancel_all()

    def busy(self) -> bool:
        return self.work.running("check")

    def start_check(self) -> None:
        self.retry_button.setVisible(False)
        self.work.start("check", self._check())

    async def _check(self) -> None:
        session = self.session
        assert session.sheet_data is not None and session.mapping is not None
        self._set_busy(self.tr("Checking the file…"))
        table = await in_worker_thread(coerce_sheet, session.sheet_data, session.mapping)
        session.table = table
        if session.live is None:
            self._set_busy(self.tr("Loading the current data from Nepton…"))
            session.live = await load_live_data(self.service, session.entity, file_span(table))
        self._set_busy(self.tr("Comparing %n row(s) with Nepton…", "", len(table)))
        plan, index = await in_worker_thread(_check, table, session.live, session.invalid_rows)
        self._show(plan, index)

    def _edited(self, index: int, source: int, text: str) -> None:
        session = self.session
        if session.table is None or session.live is None or self.busy():
            return
        table, live, policy = session.table, session.live, session.invalid_rows

        async def fix() -> None:
            self._set_busy(self.tr("Checking the file again…"))
            plan, lookups = await in_worker_thread(
                _fix_and_check, table, live, policy, index, source, text
            )
            self._show(plan, lookups)

        self.work.start("check", fix())

    def _set_busy(self, text: str) -> None:
        self.model.read_only = True
        self.counts_label.setText(html.escape(text))
        self.completeChanged.emit()

    def _failed(self, _slot: str, error: BaseException) -> None:
        self.model.read_only = False
        self.counts_label.setText(
            f"<span style='color:{status_color('error').name()}'>"
            + html.escape(self.tr("The check did not finish."))
            + "</span>"
        )
        self.retry_button.setVisible(True)
        self.completeChanged.emit()
        self._error_task = asyncio.ensure_future(
            show_error(self, error, context=self.tr("Could not check the import."))
        )

    # ------------------------------------------------------------------ showing

    def _show(self, plan: ImportPlan, index: PlanIndex | None = None) -> None:
        self.session.plan = plan
        self.model.read_only = False
        selected = self._selected_row_number()
        columns_before = self.model.columnCount()
        self.model.set_plan(plan, index)
        if self.model.columnCount() != columns_before:
            # Fitted once per set of columns: a re-check after a fix keeps the widths the
            # user may have set.
            self._fit_columns()
        self._update_counts()
        if selected is not None:
            self._select_row_number(selected)
        self.completeChanged.emit()

    def _update_counts(self) -> None:
        plan = self.session.plan
        if plan is None:
            return
        counts = self.model.counts
        parts = [
            f"<span style='color:{action_color(action).name()}'><b>{counts.get(action, 0)}</b> "
            f"{html.escape(action_label(action))}</span>"
            for action in Action
        ]
        parts.append(self.tr("%n warning(s)", "", len(plan.warnings)))
        parts.append(self.tr("%n note(s)", "", len(plan.notices)))
        lines = [" · ".join(parts)]
        for problem in plan.validation.file_problems:
            lines.append(
                f"<span style='color:{status_color('error').name()}'>"
                f"{html.escape(translate_message(problem.message))}</span>"
            )
        sending = self._rows_to_send(plan)
        if self._blocked(plan) and counts.get(Action.ERROR):
            lines.append(
                f"<span style='color:{status_color('error').name()}'>"
                + html.escape(
                    self.tr(
                        "Nothing can be sent while rows have errors: fix them, or choose to "
                        "skip them."
                    )
                )
                + "</span>"
            )
        elif not sending:
            lines.append(html.escape(self.tr("Nothing to send: Nepton already has this data.")))
        else:
            lines.append(html.escape(self.tr("%n row(s) will be sent.", "", sending)))
        self.counts_label.setText("<br>".join(lines))

    def _only_problems_toggled(self, only: bool) -> None:
        self.model.set_only_problems(only)

    def _fit_columns(self) -> None:
        # Sized to what is shown now (a filter can change the widest cell); capped so one
        # long text does not push the other columns out of view.
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            cap = 420 if column == PROBLEMS_COLUMN else 260
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), cap))

    def _policy_changed(self) -> None:
        policy = InvalidRows.SKIP if self.skip_radio.isChecked() else InvalidRows.BLOCK
        self.session.invalid_rows = policy
        if self.session.plan is not None:
            self.session.plan.invalid_rows = policy
            self._update_counts()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.session.plan
        return plan is not None and not self.busy() and bool(self._rows_to_send(plan))

    def _blocked(self, plan: ImportPlan) -> bool:
        """``plan.blocked`` from the counts (each of its passes over a large plan is ms)."""
        if plan is not self.model.plan:
            return plan.blocked
        if plan.validation.file_problems:
            return True
        return plan.invalid_rows is InvalidRows.BLOCK and self.model.counts.get(Action.ERROR, 0) > 0

    def _rows_to_send(self, plan: ImportPlan) -> int:
        """``len(plan.to_send())`` from the counts: asked on every button update."""
        if plan is not self.model.plan:
            return len(plan.to_send())
        if self._blocked(plan):
            return 0
        counts = self.model.counts
        return counts.get(Action.CREATE, 0) + counts.get(Action.UPDATE, 0)

    # ------------------------------------------------------------------ details of a row

    def _selected_row_number(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.shown[rows[0].row()].row if rows else None

    def _select_row_number(self, number: int) -> None:
        for position, row in enumerate(self.model.shown):
            if row.row == number:
                self.view.selectRow(position)
                return

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        row = self.model.shown[rows[0].row()]
        title = self.tr("Row %1: %2").replace("%1", str(row.row))
        parts = [f"<p><b>{html.escape(title.replace('%2', action_label(row.action)))}</b></p>"]
        if row.changes:
            field_title, before_title = self.tr("Field"), self.tr("Before")
            after_title = self.tr("After")
            cells = "".join(
                f"<tr><td>{html.escape(c.header)}</td>"
                f"<td>{html.escape(cell_text(c.before) or '—')}</td>"
                f"<td>→ {html.escape(cell_text(c.after) or '—')}</td></tr>"
                for c in row.changes
            )
            parts.append(
                "<table cellspacing=0 cellpadding=3>"
                f"<tr><th align=left>{html.escape(field_title)}</th>"
                f"<th align=left>{html.escape(before_title)}</th>"
                f"<th align=left>{html.escape(after_title)}</th></tr>{cells}</table>"
            )
        for problem in self.model.problems_of(row):
            where = f"{problem.letter} ({problem.column}): " if problem.letter else ""
            parts.append(
                f"<p>{html.escape(severity_label(problem.severity))}: "
                f"{html.escape(where + translate_message(problem.message))}</p>"
            )
        self.details.setHtml("".join(parts))
