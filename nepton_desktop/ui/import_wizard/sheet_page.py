"""Wizard page 2: which sheet and which row holds the headers (both guessed first)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nepton_desktop.importing.mapping import known_header_names
from nepton_desktop.importing.reader import SheetData, list_sheets, read_file
from nepton_desktop.ui.error_dialog import plain_message
from nepton_desktop.ui.i18n import translate_message
from nepton_desktop.ui.import_wizard.background import BackgroundWork
from nepton_desktop.ui.import_wizard.cells_model import CellsModel
from nepton_desktop.ui.import_wizard.session import ImportSession

PREVIEW_ROWS = 50


@dataclass(frozen=True, slots=True)
class _Read:
    sheets: list[str]
    data: SheetData


def _read(path: Path, sheet: str | None, header_row: int | None, known: frozenset[str]) -> _Read:
    # Runs in a worker thread: reading a large workbook takes seconds.
    data = read_file(path, sheet, header_row, known)
    # The reader builds whole rows lazily; the wizard shows and edits them, so they are
    # built here rather than on first look from the GUI thread.
    data.rows  # noqa: B018
    return _Read(list_sheets(path), data)


class SheetPage(QWizardPage):
    def __init__(self, session: ImportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.work = BackgroundWork(self._failed)
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("Guessed from the file: change them if the preview looks wrong."))
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.setMinimumWidth(180)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(300)  # a typed "12" is one re-read, not two
        self._header_timer.timeout.connect(self._header_chosen)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("import_header_row")
        self.header_spin.setRange(1, 1_048_576)
        self.header_spin.valueChanged.connect(lambda _: self._header_timer.start())
        guess = QPushButton(self.tr("Guess again"), self)
        guess.clicked.connect(self._guess_again)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Sheet"), self))
        controls.addWidget(self.sheet_combo)
        controls.addSpacing(16)
        controls.addWidget(QLabel(self.tr("Header row"), self))
        controls.addWidget(self.header_spin)
        controls.addWidget(guess)
        controls.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("import_sheet_status")
        self.status_label.setWordWrap(True)
        self.model = CellsModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("import_sheet_preview")
        self.preview.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, 1)

    # ------------------------------------------------------------------ reading

    def initializePage(self) -> None:
        if self.session.sheet_data is None:
            self._start_read(self.session.sheet, self.session.header_row)
        else:
            self._show(self.session.sheet_data)

    def cleanupPage(self) -> None:
        self.work.cancel_all()

    def reading(self) -> bool:
        return self.work.running("read")

    def _start_read(self, sheet: str | None, header_row: int | None) -> None:
        assert self.session.path is not None
        self.session.sheet_data = None
        self.session.mapping = None
        self.session.live = None  # other rows may span other dates
        self.session.forget_checks()
        self.status_label.setText(self.tr("Reading %1…").replace("%1", self.session.path.name))
        self.completeChanged.emit()
        known = known_header_names(self.session.entity)
        self.work.run(
            "read", _read, self.session.path, sheet, header_row, known, done=self._read_done
        )

    def _read_done(self, result: _Read) -> None:
        data = result.data
        self.session.sheet_data = data
        self.session.sheet = data.sheet_name or None
        self.session.header_row = data.header_row
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(result.sheets)
        self.sheet_combo.setCurrentText(data.sheet_name)
        self.sheet_combo.setEnabled(bool(result.sheets))
        self.sheet_combo.blockSignals(False)
        self._show(data)
        self.completeChanged.emit()

    def _failed(self, _slot: str, error: BaseException) -> None:
        self.status_label.setText(plain_message(error))  # a ReadError in the user's language
        self.model.set_rows([], [], [])
        self.completeChanged.emit()

    def _show(self, data: SheetData) -> None:
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(data.header_row)
        self.header_spin.blockSignals(False)
        self.model.set_rows(data.headers, data.rows[:PREVIEW_ROWS], data.row_numbers[:PREVIEW_ROWS])
        self.preview.resizeColumnsToContents()
        lines = [
            self.tr("%n data row(s)", "", len(data.rows))
            + ", "
            + self.tr("%n column(s)", "", len(data.headers))
            + (
                " · " + self.tr("showing the first %n", "", PREVIEW_ROWS)
                if len(data.rows) > PREVIEW_ROWS
                else ""
            )
        ]
        if data.encoding:
            lines.append(
                self.tr("CSV read as %1, separated by %2")
                .replace("%1", data.encoding)
                .replace(
                    "%2", {"\t": self.tr("tab")}.get(data.delimiter or "", data.delimiter or "")
                )
            )
        lines.extend(translate_message(notice.message) for notice in data.notices[:5])
        if len(data.notices) > 5:
            lines.append(self.tr("… and %n more note(s)", "", len(data.notices) - 5))
        if not data.rows:
            lines.append(self.tr("There are no data rows below the header row."))
        self.status_label.setText("\n".join(lines))

    def _sheet_chosen(self) -> None:
        # Another sheet: guess its header row again.
        self._start_read(self.sheet_combo.currentText() or None, None)

    def _header_chosen(self) -> None:
        if self.session.path is not None:
            self._start_read(self.sheet_combo.currentText() or None, self.header_spin.value())

    def _guess_again(self) -> None:
        self._start_read(self.sheet_combo.currentText() or None, None)

    def isComplete(self) -> bool:
        data = self.session.sheet_data
        return data is not None and bool(data.headers) and bool(data.rows)
