"""``nepton-desktop self-test [--screenshot FILE.png]``: the whole app, end to end, offscreen.

Finds the keyring (or says why there is none), starts the demo sandbox, opens the real main
window on it, loads every tab, makes one edit, submits it through the review, checks that the
sandbox has it, then imports a small .xlsx through the import pipeline and submits it, and
checks that too. Prints each step; exits 0
only if every step worked. CI and the packaged app run it as their smoke test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time as clock
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "self-test",
        help=(
            "open the app offscreen on the demo sandbox, edit, submit and import; "
            "exit 0 if it all worked"
        ),
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="save a picture of the window"
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="give up after this many seconds (120)"
    )
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    # Offscreen unless the caller chose a platform (a developer may want to watch it).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from nepton_desktop.ui.app import create_application

    app = create_application([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="nepton-self-test-") as folder, loop:
        ok: bool = loop.run_until_complete(
            asyncio.wait_for(SelfTest(Path(folder), args.screenshot).run(), args.timeout)
        )
    return 0 if ok else 1


class StepFailed(Exception):
    pass


class SelfTest:
    def __init__(self, folder: Path, screenshot: Path | None) -> None:
        self.folder = folder
        self.screenshot = screenshot
        self.failures = 0

    async def step(self, name: str, action: Callable[[], Awaitable[str]]) -> bool:
        started = clock.monotonic()
        print(f"[....] {name}", flush=True)
        try:
            detail = await action()
        except Exception as error:  # every failure is reported, then counted
            self.failures += 1
            print(f"[FAIL] {name}: {type(error).__name__}: {error}", flush=True)
            return False
        print(
            f"[ ok ] {name} ({clock.monotonic() - started:.1f} s){': ' + detail if detail else ''}"
        )
        return True

    async def run(self) -> bool:
        from nepton_desktop.ui.demo import DemoSession, start_demo
        from nepton_desktop.ui.editing.journal import EditJournal, journal_path
        from nepton_desktop.ui.main_window import MainWindow

        session: DemoSession | None = None
        window: MainWindow | None = None
        try:
            await self.step("find the keyring", self._keyring)

            async def sandbox() -> str:
                nonlocal session
                session = await start_demo(self.folder / "sandbox")
                return session.server.info.worktime_url

            if not await self.step("start the demo sandbox", sandbox):
                return False
            assert session is not None
            demo = session

            async def open_window() -> str:
                nonlocal window
                journal = EditJournal(journal_path(demo.profile.name, self.folder / "data"))
                window = MainWindow(demo.service, identity=demo.identity, journal=journal)
                window.resize(1280, 800)
                window.show()
                return window.connection_label.text()

            await self.step("open the main window", open_window)
            if window is None:
                return False
            win = window
            if not await self.step("load every tab", lambda: self._load(win)):
                return False
            edited: dict[str, Any] = {}
            # Each step runs only when the one before worked: they build on each other.
            if await self.step("edit an event", lambda: self._edit(win, edited)) and (
                await self.step("submit it through the review", lambda: self._submit(win))
            ):
                await self.step("find it in the sandbox", lambda: self._verify(demo, edited))
            await self.step("import a small .xlsx and submit it", lambda: self._import(demo))
            if self.screenshot is not None:
                shot = self.screenshot
                await self.step(f"save a screenshot to {shot}", lambda: self._screenshot(win, shot))
        finally:
            if window is not None:
                window._close_confirmed = True  # the self-test's edits are sent or irrelevant
                window.close()
            if session is not None:
                await session.aclose()
        verdict = "all steps passed" if self.failures == 0 else f"{self.failures} step(s) failed"
        print(f"self-test: {verdict}", flush=True)
        return self.failures == 0

    async def _keyring(self) -> str:
        """Where passwords would go: a round trip through the system keyring when one works,
        otherwise why none does (the app then keeps passwords for the run only)."""
        import secrets

        from nepton_desktop.api.credentials import Credentials, CredentialStore

        store = CredentialStore()
        probe = Credentials("self-test-" + secrets.token_hex(8))
        profile = "nepton-desktop-self-test"
        result = await asyncio.to_thread(store.save, profile, probe)
        try:
            if not result.stored_in_keyring:
                return f"no working keyring, passwords kept for this run only: {result.reason}"
            # A fresh store reads the keyring itself, not this store's memory.
            loaded = await asyncio.to_thread(CredentialStore().load, profile)
            if loaded is None or loaded.password != probe.password:
                raise RuntimeError(f"{result.where} did not give the password back")
            return f"passwords are kept in {result.where}"
        finally:
            await asyncio.to_thread(store.delete, profile)

    async def _load(self, window: Any) -> str:
        await window.start_loading()
        counts = {tab.title: tab.model.rowCount() for tab in window.entity_tabs.values()}
        empty = [title for title, count in counts.items() if count == 0]
        if empty:
            raise StepFailed(f"no rows in: {', '.join(empty)}")
        return ", ".join(f"{title} {count}" for title, count in counts.items())

    async def _edit(self, window: Any, edited: dict[str, Any]) -> str:
        model = window.events_tab.model
        locked, approved = model.column_index("locked"), model.column_index("approved")
        for pos in range(model.rowCount()):
            row = model.row_at(pos)
            if not row.values[locked] and not row.values[approved]:
                break
        else:
            raise StepFailed("no unlocked, unapproved event this month")
        text = f"Self-test {datetime.now():%H.%M.%S}"
        model.setData(model.index(pos, model.column_index("description")), text)
        if len(model.pending_rows()) != 1:
            raise StepFailed("the edit is not pending")
        edited.update(id=row.values[model.column_index("id")], description=text)
        return f"event {edited['id']}: description -> {text!r}"

    async def _submit(self, window: Any) -> str:
        from nepton_desktop.ui.main_window import dialog_on_screen
        from nepton_desktop.ui.submit.review_dialog import ReviewDialog
        from nepton_desktop.ui.submit.runner import Status

        task = window.start_submit()
        if task is None:
            raise StepFailed("the submit did not start")
        while not isinstance(dialog_on_screen(window), ReviewDialog):
            if task.done():
                raise StepFailed("no review was shown")
            await asyncio.sleep(0.02)
        review = dialog_on_screen(window)
        assert review is not None
        review.accept()
        report = await task
        if report is None or report.count(Status.SAVED) != 1:
            outcomes = [
                f"{o.status.value} {o.message}" for o in (report.outcomes if report else [])
            ]
            raise StepFailed(f"not saved: {outcomes}")
        if window.pending_count():
            raise StepFailed("the row is still marked pending")
        return "1 saved"

    async def _verify(self, demo: Any, edited: dict[str, Any]) -> str:
        from nepton_desktop.api import EventFilter

        found = await demo.service.worktime.get_events(EventFilter(event_ids=(edited["id"],)))
        if not found or found[0].description != edited["description"]:
            raise StepFailed(f"the sandbox has {found[0].description if found else 'no event'!r}")
        return "the sandbox has the new description"

    async def _import(self, demo: Any) -> str:
        """The packaged app's import path: write a sheet, dry-run it, submit the change set."""
        from openpyxl import Workbook

        from nepton_desktop.api import EventFilter
        from nepton_desktop.changes.changeset import from_plan
        from nepton_desktop.changes.journal import Journal, file_hash
        from nepton_desktop.changes.submitter import Submitter
        from nepton_desktop.domain.columns import Entity
        from nepton_desktop.importing.fetch import load_live_data
        from nepton_desktop.importing.pipeline import dry_run

        persons = await demo.service.hr.get_persons()
        number = next(p.employee_number for p in persons if p.employee_number and p.account_enabled)
        today = date.today()
        note = f"Self-test import {datetime.now():%H.%M.%S}"
        path = self.folder / "self-test-events.xlsx"
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["Person (employee number)", "Type (code)", "Start", "End", "Description"])
        sheet.append(
            [
                number,
                "TYO",
                datetime.combine(today, time(5, 0)),
                datetime.combine(today, time(5, 30)),
                note,
            ]
        )
        workbook.save(path)

        live = await load_live_data(demo.service, Entity.EVENTS, (today, today))
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, lambda: dry_run(path, Entity.EVENTS, live))
        plan = result.plan
        if plan.errors or plan.counts["create"] != 1:
            raise StepFailed(
                f"dry run: {plan.counts}, errors {[p.describe() for p in plan.errors]}"
            )
        journal = Journal(self.folder / "import-journal.sqlite3")
        try:
            job = journal.create_job(
                from_plan(plan),
                source=path.name,
                file_hash=file_hash(path),
                mapping=result.mapping.to_json(),
                profile=demo.profile.name,
            )
            report = await Submitter(demo.service, journal).submit(job)
        finally:
            journal.close()
        if len(report.sent) != 1:
            raise StepFailed(report.summary())
        found = await demo.service.worktime.get_events(
            EventFilter(start_date=today, end_date=today, personnel_numbers=(number,))
        )
        if not any(event.description == note for event in found):
            raise StepFailed("the imported event is not in the sandbox")
        return f"1 event created for {number} and found in the sandbox"

    async def _screenshot(self, window: Any, path: Path) -> str:
        window.tabs.setCurrentWidget(window.events_tab)
        await asyncio.sleep(0.1)  # let the tab paint
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            raise StepFailed(f"could not write {path}")
        return f"{path.stat().st_size:,} bytes"
