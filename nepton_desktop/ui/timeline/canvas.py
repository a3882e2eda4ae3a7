"""The painted grid of the absence timeline: people down, the month's days across.

One widget paints everything (no per-cell widgets), and only the rows in view, so a month of
300 people paints in a few milliseconds. The header row and the name column stay put while
the body scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from nepton_desktop.domain.columns import absence_last_day
from nepton_desktop.domain.records import Event, EventType
from nepton_desktop.ui.i18n import format_date, format_datetime
from nepton_desktop.ui.timeline.month_layout import Bar, MonthLayout, TimelineRow
from nepton_desktop.ui.timeline.type_colors import UNKNOWN_TYPE_COLOR, text_color_on

MIN_DAY_WIDTH = 26
MAX_NAME_WIDTH = 280


def locked_color(palette: QPalette) -> QColor:
    """The hatch of locked days: the text colour, so it shows on light and dark schemes."""
    color = QColor(palette.color(QPalette.ColorRole.Text))
    color.setAlpha(190)
    return color


def _format_moment(moment: datetime) -> str:
    """The date, with the time only when it is not midnight (a whole-day absence)."""
    return format_date(moment) if moment.time() == time(0) else format_datetime(moment)


class TimelineCanvas(QAbstractScrollArea):
    """Paints a :class:`MonthLayout`. ``event_activated(event_id)`` on double-click on a bar."""

    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_canvas")
        self._layout: MonthLayout | None = None
        self._colors: Mapping[int, QColor] = {}
        self._types: Mapping[int, EventType] = {}
        self._today = today or date.today()
        self._name_width = 160
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    # ------------------------------------------------------------------ data

    def set_layout(
        self,
        layout: MonthLayout,
        colors: Mapping[int, QColor],
        event_types: Mapping[int, EventType],
    ) -> None:
        self._layout = layout
        self._colors = colors
        self._types = event_types
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in layout.rows), default=80)
        self._name_width = max(120, min(MAX_NAME_WIDTH, widest + 16))
        self._update_scrollbars()
        self.viewport().update()

    @property
    def month_layout(self) -> MonthLayout | None:
        return self._layout

    # ------------------------------------------------------------------ geometry

    def row_height(self) -> int:
        return max(24, self.fontMetrics().height() + 10)

    def header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def day_width(self) -> float:
        """Days stretch to fill the view, but never narrower than a readable day number."""
        if self._layout is None:
            return float(MIN_DAY_WIDTH)
        room = self.viewport().width() - self._name_width
        return max(float(MIN_DAY_WIDTH), room / len(self._layout.days))

    def lane_height(self, row: TimelineRow) -> float:
        return (self.row_height() - 4) / row.lanes

    def bar_rect(self, row_index: int, bar: Bar) -> QRectF:
        """The bar's rectangle in viewport coordinates (scroll applied)."""
        assert self._layout is not None
        row = self._layout.rows[row_index]
        day_w = self.day_width()
        x = self._name_width + bar.first_day * day_w - self.horizontalScrollBar().value()
        y = self.header_height() + row_index * self.row_height() - self.verticalScrollBar().value()
        lane_h = self.lane_height(row)
        return QRectF(
            x + 1,
            y + 2 + bar.lane * lane_h,
            (bar.last_day - bar.first_day + 1) * day_w - 2,
            lane_h - 1,
        )

    def bar_at(self, pos: QPoint) -> Event | None:
        """The absence under a viewport position, or None."""
        if self._layout is None or pos.y() < self.header_height() or pos.x() < self._name_width:
            return None
        offset = pos.y() - self.header_height() + self.verticalScrollBar().value()
        row_index = offset // self.row_height()
        if not 0 <= row_index < len(self._layout.rows):
            return None
        for bar in self._layout.rows[row_index].bars:
            if self.bar_rect(row_index, bar).contains(pos.toPointF()):
                return bar.event
        return None

    def _update_scrollbars(self) -> None:
        if self._layout is None:
            return
        viewport = self.viewport().size()
        body_h = viewport.height() - self.header_height()
        content_h = len(self._layout.rows) * self.row_height()
        vbar = self.verticalScrollBar()
        vbar.setRange(0, max(0, content_h - body_h))
        vbar.setPageStep(max(1, body_h))
        vbar.setSingleStep(self.row_height())
        # Rounded down: days stretched to fill the view must not ask for a scroll bar.
        content_w = self._name_width + int(self.day_width() * len(self._layout.days) + 1e-6)
        hbar = self.horizontalScrollBar()
        hbar.setRange(0, max(0, content_w - viewport.width()))
        hbar.setPageStep(max(1, viewport.width() - self._name_width))
        hbar.setSingleStep(MIN_DAY_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(self._name_width + 31 * MIN_DAY_WIDTH + 20, 400)

    # ------------------------------------------------------------------ interaction

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # A scroll bar appearing narrows the viewport without resizing the widget.
            self._update_scrollbars()
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.bar_at(event.pos())
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found), self.viewport())
            return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.bar_at(event.position().toPoint())
        if found is not None:
            self.event_activated.emit(found.id)
        super().mouseDoubleClickEvent(event)

    def tooltip_text(self, event: Event) -> str:
        """Type, dates, approval and lock state, and the sick-leave details of one absence."""
        event_type = self._types.get(event.event_type_id)
        type_name = event_type.name if event_type else (event.event_type_code or "?")
        lines = [f"<b>{type_name}</b>"]
        last = absence_last_day(event)
        if event.end is None:
            lines.append(self.tr("From %1, no end yet").replace("%1", _format_moment(event.start)))
        elif event.start.time() == time(0) and event.end.time() == time(0) and last is not None:
            lines.append(f"{format_date(event.start.date())} – {format_date(last)}")
        else:
            lines.append(f"{_format_moment(event.start)} – {_format_moment(event.end)}")
        lines.append(self.tr("Approved") if event.is_approved else self.tr("Not approved"))
        if event.is_locked:
            lines.append(self.tr("Locked"))
        details = event.details
        if details is not None:
            labelled = (
                (self.tr("Absence type"), details.absence_type_code),
                (self.tr("Additional info"), details.additional_info),
                (self.tr("Medical certificate"), details.medical_certificate),
                (self.tr("Reason"), details.reason_code),
                (self.tr("Compensation"), details.compensation),
            )
            lines.extend(f"{label}: {value}" for label, value in labelled if value is not None)
        if event.description:
            lines.append(event.description)
        return "<br>".join(lines)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, dirty: QRect) -> None:
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Base))
        layout = self._layout
        if layout is None or not layout.rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(0, 0, width, height),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No people to show for this month."),
            )
            return
        header_h, row_h, name_w = self.header_height(), self.row_height(), self._name_width
        day_w = self.day_width()
        x_scroll, y_scroll = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        first_row = max(0, y_scroll // row_h)
        last_row = min(len(layout.rows) - 1, (y_scroll + height - header_h) // row_h)
        mid = palette.color(QPalette.ColorRole.Mid)
        grid = QColor(mid)
        grid.setAlpha(90)

        def day_x(index: int) -> float:
            return name_w + index * day_w - x_scroll

        # Body: weekends, rows, locked days, bars; clipped to the scrolling part.
        painter.save()
        painter.setClipRect(QRect(name_w, header_h, width - name_w, height - header_h))
        weekend = QColor(mid)
        weekend.setAlpha(45)
        for index, day in enumerate(layout.days):
            if day.weekday() >= 5:
                painter.fillRect(QRectF(day_x(index), header_h, day_w, height - header_h), weekend)
        locked = locked_color(palette)
        locked_brush = QBrush(locked, Qt.BrushStyle.BDiagPattern)
        for row_index in range(first_row, last_row + 1):
            row = layout.rows[row_index]
            y = header_h + row_index * row_h - y_scroll
            for day_index in row.locked_days:
                painter.fillRect(QRectF(day_x(day_index), y, day_w, row_h), locked_brush)
            painter.setPen(grid)
            painter.drawLine(QPoint(name_w, y + row_h - 1), QPoint(width, y + row_h - 1))
            for bar in row.bars:
                self._paint_bar(painter, self.bar_rect(row_index, bar), bar)
            for bar in row.bars:
                self._paint_label(painter, self.bar_rect(row_index, bar), bar)
            # A band along the bottom keeps a locked day visible under a bar too.
            for day_index in row.locked_days:
                painter.fillRect(QRectF(day_x(day_index), y + row_h - 4, day_w, 3), locked)
        painter.setPen(grid)
        for index in range(len(layout.days) + 1):
            x = round(day_x(index))
            painter.drawLine(x, header_h, x, height)
        if layout.days[0] <= self._today <= layout.days[-1]:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            x = round(day_x(self._today.day - 1) + day_w / 2)
            painter.drawLine(x, header_h, x, height)
        painter.restore()

        self._paint_header(painter, layout, day_x, day_w, width)
        self._paint_names(painter, layout, first_row, last_row, y_scroll)

    def _bar_colors(self, bar: Bar) -> tuple[QPen, QBrush, QColor]:
        """Outline, fill and text colour: solid when approved, pale and dashed when not."""
        color = self._colors.get(bar.event.event_type_id, QColor(UNKNOWN_TYPE_COLOR))
        if bar.event.is_approved:
            return QPen(color.darker(130), 1), QBrush(color), text_color_on(color)
        pale = QColor(color)
        pale.setAlpha(70)
        return (
            QPen(color, 1.5, Qt.PenStyle.DashLine),
            QBrush(pale),
            self.palette().color(QPalette.ColorRole.Text),
        )

    def _paint_bar(self, painter: QPainter, rect: QRectF, bar: Bar) -> None:
        pen, brush, _ = self._bar_colors(bar)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.restore()

    def _paint_label(self, painter: QPainter, rect: QRectF, bar: Bar) -> None:
        """The type's name over the whole run the bar starts (painted after every bar of
        the row, so the next day's bar does not cover it)."""
        if bar.run_days == 0:
            return
        event_type = self._types.get(bar.event.event_type_id)
        label = event_type.name if event_type else (bar.event.event_type_code or "")
        if bar.continues_before:
            label = "◂ " + label
        if bar.continues_after and bar.run_days == bar.last_day - bar.first_day + 1:
            label += " ▸"
        metrics = QFontMetrics(painter.font())
        text_rect = QRectF(rect)
        text_rect.setWidth(bar.run_days * self.day_width() - 2)
        text_rect = text_rect.adjusted(4, 0, -4, 0)
        if rect.height() < metrics.height() - 2 or text_rect.width() < 10:
            return
        painter.setPen(self._bar_colors(bar)[2])
        elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_header(
        self,
        painter: QPainter,
        layout: MonthLayout,
        day_x: Callable[[int], float],
        day_w: float,
        width: int,
    ) -> None:
        palette = self.palette()
        header_h, name_w = self.header_height(), self._name_width
        painter.fillRect(0, 0, width, header_h, palette.color(QPalette.ColorRole.Button))
        painter.save()
        painter.setClipRect(QRect(name_w, 0, width - name_w, header_h))
        line_h = self.fontMetrics().height()
        locale = self.locale()
        if locale.language() == QLocale.Language.C:
            # The "C" locale is what a bare test machine has; English names read better.
            locale = QLocale(QLocale.Language.English)
        short = QLocale.FormatType.ShortFormat
        locale_days = [locale.dayName(i, short)[:2] for i in range(1, 8)]
        for index, day in enumerate(layout.days):
            x = day_x(index)
            is_today = day == self._today
            color_role = QPalette.ColorRole.Highlight if is_today else QPalette.ColorRole.ButtonText
            painter.setPen(palette.color(color_role))
            font = painter.font()
            font.setBold(is_today or day.weekday() >= 5)
            painter.setFont(font)
            painter.drawText(
                QRectF(x, 3, day_w, line_h), Qt.AlignmentFlag.AlignCenter, str(day.day)
            )
            painter.drawText(
                QRectF(x, 3 + line_h, day_w, line_h),
                Qt.AlignmentFlag.AlignCenter,
                locale_days[day.weekday()],
            )
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, header_h - 1, width, header_h - 1)

    def _paint_names(
        self,
        painter: QPainter,
        layout: MonthLayout,
        first_row: int,
        last_row: int,
        y_scroll: int,
    ) -> None:
        palette = self.palette()
        header_h, row_h, name_w = self.header_height(), self.row_height(), self._name_width
        height = self.viewport().height()
        painter.fillRect(
            0, header_h, name_w, height - header_h, palette.color(QPalette.ColorRole.Window)
        )
        painter.save()
        painter.setClipRect(QRect(0, header_h, name_w, height - header_h))
        metrics = self.fontMetrics()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        for row_index in range(first_row, last_row + 1):
            y = header_h + row_index * row_h - y_scroll
            painter.setPen(text_color)
            label = metrics.elidedText(
                layout.rows[row_index].label, Qt.TextElideMode.ElideRight, name_w - 12
            )
            painter.drawText(
                QRect(6, y, name_w - 12, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            painter.setPen(grid)
            painter.drawLine(0, y + row_h - 1, name_w, y + row_h - 1)
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(name_w - 1, 0, name_w - 1, height)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            QRect(6, 0, name_w - 12, header_h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.tr("Person"),
        )
