"""Wizard page 3: which spreadsheet column feeds which field.

Matched automatically (a mapping saved for the same headers first, then names, aliases and
similar spellings); every column is listed, unmapped ones too, and each field can be chosen by
hand. The confirmed mapping is saved per entity and header row when the user goes on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nepton_desktop.domain.columns import columns_for
from nepton_desktop.importing.mapping import (
    ColumnMapping,
    ColumnMatch,
    MappingStore,
    guess_mapping,
)
from nepton_desktop.importing.reader import column_letter
from nepton_desktop.ui.error_dialog import status_color
from nepton_desktop.ui.i18n import translate_message
from nepton_desktop.ui.import_wizard.cells_model import cell_text, header_language
from nepton_desktop.ui.import_wizard.session import ImportSession

EXAMPLES = 3
EXAMPLE_SCAN_ROWS = 200
_COLUMN, _EXAMPLES, _FIELD, _HOW = range(4)


class MappingPage(QWizardPage):
    def __init__(
        self,
        session: ImportSession,
        store: MappingStore | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Columns without a field are not imported."))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("import_mapping_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Examples"),
                self.tr("Field"),
                self.tr("Matched"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_HOW, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("import_mapping_status")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def initializePage(self) -> None:
        data = self.session.sheet_data
        assert data is not None
        if self.session.mapping is None or self.session.mapping.headers != data.headers:
            if self.store is not None:
                self.session.mapping = self.store.mapping_for(self.session.entity, data.headers)
            else:
                self.session.mapping = guess_mapping(self.session.entity, data.headers)
        self._fill()

    def validatePage(self) -> bool:
        if self.store is not None and self.session.mapping is not None:
            self.store.save(self.session.mapping)
        return True

    def isComplete(self) -> bool:
        mapping = self.session.mapping
        return mapping is not None and not mapping.missing_required() and bool(mapping.by_key)

    def choose(self, source: int, key: str | None) -> None:
        """Map spreadsheet column ``source`` to field ``key`` (None: leave it out)."""
        assert self.session.mapping is not None
        self.session.mapping = self.session.mapping.with_choice(source, key)
        self._fill()
        self.completeChanged.emit()

    # ------------------------------------------------------------------ internals

    def _how_text(self, match: ColumnMatch) -> str:
        if match.key is None:
            return self.tr("not imported")
        return {
            "exact": self.tr("by name"),
            "similar": self.tr("similar name (%1 %)").replace("%1", f"{match.score * 100:.0f}"),
            "saved": self.tr("saved mapping"),
            "manual": self.tr("chosen by you"),
        }.get(match.how, match.how)

    def _examples(self, source: int) -> str:
        data = self.session.sheet_data
        assert data is not None
        found: list[str] = []
        # The first rows are enough to recognise a column; a column of one repeated value
        # must not make this walk a 100,000-row sheet on the GUI thread.
        for row in data.rows[:EXAMPLE_SCAN_ROWS]:
            text = cell_text(row[source]) if source < len(row) else ""
            if text and text not in found:
                found.append(text)
                if len(found) == EXAMPLES:
                    break
        return ", ".join(found)

    def _fill(self) -> None:
        mapping = self.session.mapping
        assert mapping is not None
        columns = columns_for(self.session.entity)
        self.table.setRowCount(len(mapping.matches))
        for row, match in enumerate(mapping.matches):
            name = QTableWidgetItem(f"{column_letter(match.source)}: {match.header}")
            examples = QTableWidgetItem(self._examples(match.source))
            how = QTableWidgetItem(self._how_text(match))
            if match.key is None:
                for item in (name, examples, how):
                    item.setForeground(status_color("muted"))
            elif match.how == "similar":
                how.setForeground(status_color("warning"))  # worth a second look
            self.table.setItem(row, _COLUMN, name)
            self.table.setItem(row, _EXAMPLES, examples)
            self.table.setItem(row, _HOW, how)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— not imported —"), None)
            for column in columns:
                label = column.header(header_language()) + (" *" if column.required else "")
                combo.addItem(label, column.key)
            combo.setCurrentIndex(max(0, combo.findData(match.key)) if match.key else 0)
            combo.activated.connect(
                lambda _i, s=match.source, c=combo: self.choose(s, c.currentData())
            )
            self.table.setCellWidget(row, _FIELD, combo)
        self.table.resizeColumnToContents(_FIELD)
        self._update_status(mapping)

    def _update_status(self, mapping: ColumnMapping) -> None:
        lines: list[str] = []
        missing = mapping.missing_required()
        if missing:
            lines.append(
                f"<span style='color:{status_color('error').name()}'>"
                + self.tr("Required fields without a column: %1").replace(
                    "%1", ", ".join(c.header(header_language()) for c in missing)
                )
                + "</span>"
            )
        unmapped = mapping.unmapped
        if unmapped:
            lines.append(
                self.tr("%n column(s) not imported: ", "", len(unmapped))
                + html.escape(", ".join(m.header or column_letter(m.source) for m in unmapped))
            )
        lines.extend(html.escape(translate_message(note)) for note in mapping.notes)
        lines.append(self.tr("Fields marked * are required."))
        self.status_label.setText("<br>".join(lines))
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
