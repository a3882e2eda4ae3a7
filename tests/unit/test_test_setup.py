"""The suite's own safety nets can fail: a stray task error fails its test."""

import pytest

from tests.conftest import REPO_ROOT

pytest_plugins = ["pytester"]


def test_stray_task_error_fails_the_test(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO_ROOT))
    pytester.makeconftest("from tests.conftest import *  # noqa: F403\n")
    pytester.makepyfile(
        test_stray="""
import asyncio

async def test_leaves_a_failing_task():
    async def boom():
        raise RuntimeError("stray")
    asyncio.get_running_loop().create_task(boom())
    await asyncio.sleep(0.05)
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto")
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) + outcomes.get("errors", 0) >= 1, outcomes
    assert "stray" in result.stdout.str()
