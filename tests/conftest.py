"""Fixtures every test may use: Qt offscreen, an in-memory keyring, stray task errors fail.

The Qt-specific async setup (a qasync loop per async test) lives in tests/ui/conftest.py so
that Qt-free tests run on the plain asyncio loop.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict, for unit tests.

    Defined here, in the fixture's module: defining a backend class registers it process-wide,
    and keyring must never pick it outside tests.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's config, data and state out of the real home folder."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEPTON_DESKTOP_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("NEPTON_DESKTOP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))


def _fail_on_stray_task_error(loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
    # Without this an exception in a bare task is only logged and the test passes.
    exc = context.get("exception")
    if isinstance(exc, BaseException):
        sys.excepthook(type(exc), exc, exc.__traceback__)
    loop.default_exception_handler(context)
    _stray_errors.append(context)


_stray_errors: list[dict[str, object]] = []


@pytest.fixture(autouse=True)
def _stray_task_errors_fail() -> Iterator[None]:
    _stray_errors.clear()
    yield
    if _stray_errors:
        messages = [str(c.get("message") or c.get("exception")) for c in _stray_errors]
        _stray_errors.clear()
        pytest.fail("an asyncio task failed outside the test's await: " + "; ".join(messages))


def install_stray_error_handler(loop: asyncio.AbstractEventLoop) -> asyncio.AbstractEventLoop:
    loop.set_exception_handler(_fail_on_stray_task_error)
    return loop


def _plain_loop() -> asyncio.AbstractEventLoop:
    return install_stray_error_handler(asyncio.new_event_loop())


def _qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return install_stray_error_handler(qasync.QEventLoop(app, already_running=False))


_QT_TEST_DIRS = ("ui", "e2e")


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Async tests of the Qt layers run on a qasync loop inside the QApplication; the rest
    on a plain asyncio loop. Both fail a test when a bare task raises."""
    parts = Path(str(item.path)).parts
    under_tests = parts[parts.index("tests") + 1 :] if "tests" in parts else ()
    if under_tests and under_tests[0] in _QT_TEST_DIRS:
        return {"qasync": _qasync_loop}
    return {"asyncio": _plain_loop}


REPO_ROOT = Path(__file__).resolve().parents[1]


def screenshot_dir() -> Path:
    """Where tests save the screenshots they render: a temporary folder, so a test run leaves
    the work tree clean. ``NEPTON_SCREENSHOT_DIR=docs/screenshots`` refreshes the README's."""
    chosen = os.environ.get("NEPTON_SCREENSHOT_DIR")
    path = Path(chosen).resolve() if chosen else Path(tempfile.gettempdir()) / "nepton-screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


# Qt objects must die on the GUI thread: Python's cycle collector would otherwise run in
# whichever thread allocates (sandbox HTTP threads, executor workers) and crash Qt at random.
# The app does the same with nepton_desktop.ui.main_thread_gc; tests collect after each test.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()
