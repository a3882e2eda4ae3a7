"""The colours and fonts that mark pending changes, derived so they read in light and dark.

Marks are translucent tints painted over the view's own base colour, and the text keeps the
palette's text colour, so the same tint reads on a white and on a near-black background.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont


class RowMarks:
    def __init__(self) -> None:
        self.new_row = QBrush(QColor(46, 160, 67, 70))  # green: rows to create
        self.changed_row = QBrush(QColor(230, 160, 20, 35))  # amber, faint: the row has edits
        self.changed_cell = QBrush(QColor(230, 160, 20, 120))  # amber: this cell was edited
        self.deleted_row = QBrush(QColor(128, 128, 128, 90))  # grey: rows to delete
        self.invalid_cell = QBrush(QColor(220, 40, 40, 130))  # red: the value cannot be sent
        self.failed_row = QBrush(QColor(220, 40, 40, 55))  # red, faint: Nepton rejected it
        self.deleted_font = QFont()
        self.deleted_font.setStrikeOut(True)
        self.changed_font = QFont()
        self.changed_font.setBold(True)
