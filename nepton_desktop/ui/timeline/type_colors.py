"""One colour per absence type, stable across months and sessions.

Colours are taken in the order of the type ids, so the same community always shows
"Vuosiloma" in the same colour. The palette is chosen to stay distinct and readable with white
text on both the light and the dark window scheme.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from nepton_desktop.domain.records import Category, EventType

PALETTE = (
    "#1f77b4",  # blue
    "#d62728",  # red
    "#2ca02c",  # green
    "#9467bd",  # purple
    "#ff7f0e",  # orange
    "#17becf",  # teal
    "#8c564b",  # brown
    "#e377c2",  # pink
    "#7f7f00",  # olive
    "#393b79",  # indigo
)
UNKNOWN_TYPE_COLOR = "#7f7f7f"


def type_colors(event_types: Iterable[EventType]) -> dict[int, QColor]:
    """Event type id -> colour for every absence type (others have no bar)."""
    absence_types = sorted(
        (t for t in event_types if t.category is Category.ABSENCE), key=lambda t: t.id
    )
    return {t.id: QColor(PALETTE[i % len(PALETTE)]) for i, t in enumerate(absence_types)}


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (relative luminance)."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.55 else QColor("#ffffff")
