"""A row of filter fields lined up under the table's column headers, one per column.

The fields follow the header as columns are resized, moved or scrolled, so each one visibly
belongs to its column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QWidget
from shiboken6 import isValid


class ColumnFilterBar(QWidget):
    def __init__(
        self,
        view: QTableView,
        headers: list[str],
        on_filter: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("column_filter_bar")
        self._view = view
        self._header: QHeaderView = view.horizontalHeader()
        self.fields: list[QLineEdit] = []
        for col, header in enumerate(headers):
            field = QLineEdit(self)
            field.setObjectName(f"column_filter_{col}")
            field.setPlaceholderText(self.tr("Filter"))
            field.setToolTip(self.tr("Show rows whose %1 contains this text").replace("%1", header))
            field.setClearButtonEnabled(True)
            field.textChanged.connect(lambda text, c=col: on_filter(c, text))
            self.fields.append(field)
        self.setFixedHeight(self.fields[0].sizeHint().height() if self.fields else 0)
        self._header.sectionResized.connect(self._schedule)
        self._header.sectionMoved.connect(self._schedule)
        self._header.geometriesChanged.connect(self._schedule)
        view.horizontalScrollBar().valueChanged.connect(self._schedule)
        # Many resize signals arrive together (resizeColumnsToContents): place fields once.
        # The timer is a child, so it goes with the bar and never fires on a deleted view.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place_fields)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def place_fields(self) -> None:
        if not isValid(self._view):
            return  # the window is being torn down: the view went before this bar
        # The view's frame and its vertical header sit left of the first column.
        offset = self._view.verticalHeader().width() + self._view.frameWidth()
        for col, field in enumerate(self.fields):
            if self._header.isSectionHidden(col):
                field.hide()
                continue
            left = self._header.sectionViewportPosition(col) + offset
            right = left + self._header.sectionSize(col) - 1
            left = max(left, offset)  # a column scrolled half out shows only its visible part
            if right - left < 12 or left >= self.width():
                field.hide()
                continue
            field.setGeometry(left, 0, right - left, self.height())
            field.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._schedule()

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
