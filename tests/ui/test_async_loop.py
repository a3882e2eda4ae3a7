"""The async test setup itself: tests run on a qasync loop and stray task errors fail."""

import asyncio

import qasync

from tests.ui import waiting


async def test_async_ui_tests_run_on_qasync() -> None:
    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    hits: list[int] = []
    asyncio.get_running_loop().call_later(0.05, hits.append, 1)
    await waiting.until(lambda: hits, timeout=2)
