"""Python's cycle collector runs only on the GUI thread.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold
is crossed: a worker building rows (``asyncio.to_thread``, qasync's executor) or the demo
sandbox's HTTP threads. If the garbage it finds holds Qt objects (a closed window caught in a
reference cycle), they are destroyed off the GUI thread and Qt crashes at random (seen here as
segmentation faults in ``QEventLoop.exec`` between UI tests). So automatic collection is
switched off and the same generational collections run from a timer on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

_hold_lock = threading.Lock()
_holds = 0


@contextmanager
def collections_held() -> Iterator[None]:
    """The timer skips its collections while held (nested and concurrent uses share one hold).

    For a worker thread building a large result: each collection meanwhile would walk every
    object it has made so far, holding the GIL, and stall the window for tens of ms.
    """
    global _holds
    with _hold_lock:
        _holds += 1
    try:
        yield
    finally:
        with _hold_lock:
            _holds -= 1


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._threshold = gc.get_threshold()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        if _holds:
            return  # see collections_held
        # The same rule as automatic collection: a generation is collected once its count
        # passes its threshold (the oldest generation first, since it includes the younger).
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return


def collect_on_the_gui_thread(app: QObject) -> GuiThreadGarbageCollector:
    """Start the application's collector once; later calls return the running one."""
    existing = app.findChild(GuiThreadGarbageCollector)
    if isinstance(existing, GuiThreadGarbageCollector):
        existing.start()  # it may have been stopped by an earlier run on the same app
        return existing
    collector = GuiThreadGarbageCollector(app)
    collector.start()
    return collector
