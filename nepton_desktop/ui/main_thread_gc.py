"""Python's cycle collector runs only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed: a
worker of ``asyncio.to_thread``, qasync's executor or the demo sandbox's HTTP threads. When
the garbage it frees holds a Qt object, that object is destroyed outside the GUI thread and
Qt crashes at random (seen here as segmentation faults in ``QEventLoop.exec``). So automatic
collection is switched off and a timer on the GUI thread collects instead, generation by
generation, with the interpreter's own thresholds. This is the pattern calibre and other
PyQt applications use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = gc.get_threshold()
        if count0 > limit0:
            gc.collect(0)
            if count1 > limit1:
                gc.collect(1)
                if count2 > limit2:
                    gc.collect(2)


def collect_on_the_gui_thread(app: QObject) -> MainThreadGarbageCollector:
    """Install the collector once per application (idempotent)."""
    existing = app.findChild(MainThreadGarbageCollector)
    if isinstance(existing, MainThreadGarbageCollector):
        return existing
    return MainThreadGarbageCollector(app)
