"""Await helpers for async UI tests: poll a condition or turn a Qt signal into a future."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")
        await asyncio.sleep(0.01)


async def signal(sig: Any, timeout: float = 10.0) -> tuple[Any, ...]:
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    sig.connect(fire)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        sig.disconnect(fire)
