"""Run the import's CPU-heavy steps off the GUI thread, owned by a widget.

Reading a 100,000-row sheet or validating it takes seconds; done on the GUI thread it would
freeze the window. ``BackgroundWork.run(fn, ...)`` runs ``fn`` in a worker thread
(``asyncio.to_thread``) and hands the result to a callback on the GUI thread. A newer run for
the same slot replaces an older one (the user picked another sheet while the first was being
read): the older result is dropped. ``cancel_all`` drops everything when the wizard closes.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from nepton_desktop.ui.main_thread_gc import collections_held

R = TypeVar("R")

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True
_switch_interval = 0.005
# While a step runs, the GUI thread waits up to this long for the GIL at each call from Qt
# into Python (a tick, a data() of the table being painted) instead of Python's 5 ms.
STEP_SWITCH_INTERVAL = 0.001


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while an import step builds its rows.

    A full collection walks every live object (a large sheet is millions of them) while
    holding the GIL, so the GUI thread stops with it: measured on a 30,000-row sheet, pauses
    of 0.1-0.35 s and the whole check three times slower. The rows, cells and problems an
    import builds hold no reference cycles, so reference counting still frees them.
    Nested and concurrent uses share one pause. In the app automatic collection is already
    off and the GUI thread's collector (ui/main_thread_gc.py) collects from a timer: that
    one is held off too.
    """
    global _gc_pauses, _gc_was_enabled, _switch_interval
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
            _switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_interval, STEP_SWITCH_INTERVAL))
        _gc_pauses += 1
    try:
        with collections_held():
            yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                sys.setswitchinterval(_switch_interval)
                if _gc_was_enabled:
                    gc.enable()


def _paused_call(fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    with cyclic_gc_paused():
        result = fn(*args, **kwargs)
        # Frozen before the pause ends: the GUI thread's collector could run in between.
        gc.freeze()
        return result


async def in_worker_thread(fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    """``fn(*args, **kwargs)`` in a worker thread, with the cyclic GC held off meanwhile.

    What it built is then frozen (``gc.freeze()``, as the main window does after a load): a
    large sheet or plan is a million long-lived objects, and otherwise the collector's next
    collections on the GUI thread would walk them all (50-100 ms stalls, again at every full
    collection while the wizard is open). They hold no reference cycles, so reference
    counting still frees them when the wizard lets go. Freezing only moves the collector's
    lists (nothing is freed or finalised), so it is safe in the worker thread.
    """
    return await asyncio.to_thread(_paused_call, fn, *args, **kwargs)


class BackgroundWork:
    def __init__(self, on_error: Callable[[str, BaseException], None]) -> None:
        self._on_error = on_error
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def running(self, slot: str) -> bool:
        task = self._tasks.get(slot)
        return task is not None and not task.done()

    def run(
        self,
        slot: str,
        fn: Callable[..., R],
        *args: Any,
        done: Callable[[R], None],
    ) -> asyncio.Task[None]:
        """Run ``fn(*args)`` in a thread, then ``done(result)`` on the GUI thread."""
        self.cancel(slot)

        async def work() -> None:
            try:
                result = await in_worker_thread(fn, *args)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # shown to the user by the page, never lost
                if self._tasks.get(slot) is task:
                    self._on_error(slot, exc)
                return
            if self._tasks.get(slot) is task:
                done(result)

        task = asyncio.ensure_future(work())
        self._tasks[slot] = task
        return task

    def start(self, slot: str, coroutine: Any) -> asyncio.Task[Any]:
        """Run a coroutine (network work) as the slot's task, with the same error routing."""
        self.cancel(slot)

        async def wrapped() -> None:
            try:
                await coroutine
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._on_error(slot, exc)

        task = asyncio.ensure_future(wrapped())
        self._tasks[slot] = task
        return task

    def cancel(self, slot: str) -> None:
        task = self._tasks.pop(slot, None)
        if task is not None and not task.done():
            task.cancel()

    def cancel_all(self) -> None:
        for slot in list(self._tasks):
            self.cancel(slot)
