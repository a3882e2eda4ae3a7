"""The colour legend of the timeline, painted with the same marks as the bars themselves.

Swatches flow onto as many lines as the width needs (``heightForWidth``), so a community with
many absence types never cuts a label off.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SWATCH_WIDTH = 22
GAP = 16


class SwatchKind(enum.Enum):
    APPROVED = "approved"
    NOT_APPROVED = "not_approved"
    LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class LegendItem:
    kind: SwatchKind
    color: QColor
    label: str


class TimelineLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_legend")
        self._items: list[LegendItem] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def items(self) -> list[LegendItem]:
        return list(self._items)

    def set_items(self, items: list[LegendItem]) -> None:
        self._items = items
        self.updateGeometry()
        self.update()

    def _item_width(self, item: LegendItem) -> int:
        return SWATCH_WIDTH + 6 + self.fontMetrics().horizontalAdvance(item.label) + GAP

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _positions(self, width: int) -> list[tuple[int, int]]:
        x, y, positions = 4, 2, []
        for item in self._items:
            item_w = self._item_width(item)
            if x > 4 and x + item_w > width:
                x, y = 4, y + self._line_height()
            positions.append((x, y))
            x += item_w
        return positions

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        positions = self._positions(width)
        return (positions[-1][1] if positions else 0) + self._line_height() + 4

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(max(200, self.width())))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_color = self.palette().color(QPalette.ColorRole.WindowText)
            line_h = self._line_height()
            for item, (x, y) in zip(self._items, self._positions(self.width()), strict=True):
                swatch = QRectF(x, y + 3, SWATCH_WIDTH, line_h - 6)
                self._paint_swatch(painter, swatch, item)
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(x + SWATCH_WIDTH + 6, y, self._item_width(item), line_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    item.label,
                )
        finally:
            painter.end()

    def _paint_swatch(self, painter: QPainter, rect: QRectF, item: LegendItem) -> None:
        if item.kind is SwatchKind.LOCKED:
            painter.setPen(QPen(item.color, 1))
            painter.setBrush(QBrush(item.color, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
            return
        if item.kind is SwatchKind.APPROVED:
            painter.setPen(QPen(item.color.darker(130), 1))
            painter.setBrush(item.color)
        else:
            pale = QColor(item.color)
            pale.setAlpha(70)
            painter.setPen(QPen(item.color, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(pale)
        painter.drawRoundedRect(rect, 3, 3)
