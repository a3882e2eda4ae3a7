"""The HR API operations: units, persons, and the person import (ImportUsersFromCSV)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Sequence
from typing import TYPE_CHECKING, TypeVar

from nepton_desktop.api import hr_codec
from nepton_desktop.api.envelope import SoapRequest
from nepton_desktop.api.errors import (
    WHOLE_REQUEST_CODES,
    AccountDisabled,
    AccountLocked,
    HrImportFailed,
    HrRequestFailed,
    NeptonError,
    TransportError,
    error_for_code,
    unknown_outcome,
)
from nepton_desktop.api.person_csv import resolve_reset_fields
from nepton_desktop.api.person_readback import find_person, holds_row, identifies, written_fields
from nepton_desktop.domain.records import (
    UNKNOWN_OUTCOME,
    ImportOutcome,
    ItemResult,
    Person,
    Unit,
)

if TYPE_CHECKING:
    from nepton_desktop.api.service import NeptonService

T = TypeVar("T")


class HrApi:
    def __init__(self, service: NeptonService) -> None:
        self._svc = service

    async def get_units(self, include_deleted: bool = False) -> list[Unit]:
        request = hr_codec.get_units(self._svc.hr_auth, include_deleted)
        _, units = await self._read(request, hr_codec.read_units)
        return units

    async def get_persons(
        self,
        include_disabled: bool = False,
        *,
        employee_numbers: Sequence[str] = (),
        usernames: Sequence[str] = (),
    ) -> list[Person]:
        request = hr_codec.get_persons(
            self._svc.hr_auth, include_disabled, employee_numbers, usernames
        )
        _, persons = await self._read(request, hr_codec.read_persons)
        return persons

    async def _read(
        self, request: SoapRequest, parser: Callable[[bytes], tuple[str, list[T]]]
    ) -> tuple[str, list[T]]:
        svc = self._svc
        (error, items), started, duration = await svc.read_parsed(request, parser)
        if error:
            err = _read_error(error, request.operation)
            svc.log(request, started, duration, err.code, f"refused: {type(err).__name__}")
            svc.note_error(err)
            raise err
        svc.log(request, started, duration, None, f"ok, {len(items)} returned")
        return error, items

    async def import_persons(
        self,
        persons: Sequence[Person],
        *,
        ignore_empty_values: bool,
        reset_fields: Collection[str] = (),
    ) -> ImportOutcome:
        """ImportUsersFromCSV with the caller's explicit empty-value and RESET choices.

        Returns the outcome when Nepton answered (ResultCode 1000 or a failure with its
        breakdown). When the import may or may not have run (the connection broke after
        sending), nothing is sent again blindly: the persons are read back and each row is
        settled as done, not done or still unknown (:meth:`_settle_import`); the outcome
        then carries ``row_results``, one per row (UNKNOWN_OUTCOME for a row still unknown).
        """
        svc = self._svc
        reset = resolve_reset_fields(reset_fields)

        def build(rows: Sequence[Person]) -> SoapRequest:
            return hr_codec.import_users_from_csv(
                svc.hr_auth, rows, ignore_empty_values=ignore_empty_values, reset_fields=reset
            )

        # Thousands of rows take long enough to build to stall the GUI loop.
        request = await asyncio.to_thread(build, persons) if len(persons) > 500 else build(persons)
        outcome = await self._send_import(request)
        if not isinstance(outcome, TransportError):
            return outcome
        written = written_fields(persons, reset)

        async def settled() -> dict[int, ItemResult]:
            return await self._read_back(persons, ignore_empty_values, reset, written)

        return await self._settle_import(persons, outcome, settled, build)

    async def _settle_import(
        self,
        persons: Sequence[Person],
        cause: TransportError,
        read_back: Callable[[], Awaitable[dict[int, ItemResult]]],
        build: Callable[[Sequence[Person]], SoapRequest],
    ) -> ImportOutcome:
        """Settle an import whose outcome is unknown, row by row.

        The persons are read back: a row whose person holds what it wrote is done. A row
        that names its person but is not done is sent once more, alone with the others like
        it: Nepton updates that person, so nobody is created twice. If that answer is lost
        too, the rows are read back once more without sending. A row that names no person
        stays unknown: sending it again could create the person twice.
        """
        try:
            results = await read_back()
        except NeptonError:  # nothing is known, so nothing is sent again
            results, not_done = {}, []
        else:
            not_done = [i for i, p in enumerate(persons) if i not in results and identifies(p)]
        if not_done:
            resent = await self._send_import(build([persons[i] for i in not_done]))
            if isinstance(resent, TransportError):
                try:
                    again = await read_back()
                except NeptonError:
                    again = {}
                for i in not_done:
                    results[i] = again.get(i) or unknown_outcome(i, resent)
            else:
                code = int(resent.code) if resent.code.isdigit() else 999
                text = "; ".join([resent.message, *resent.breakdown])
                for i in not_done:
                    results[i] = ItemResult(i, code, f"sent again after reading back: {text}")
        rows = tuple(results.get(i) or unknown_outcome(i, cause) for i in range(len(persons)))
        failed = [r for r in rows if not r.ok]
        if not failed:
            message = "Saved (confirmed by reading back after the connection broke)"
            return ImportOutcome("1000", message, (), rows)
        unknown = [r.index + 1 for r in failed if r.code == UNKNOWN_OUTCOME]
        message = f"{len(failed)} of {len(rows)} rows not saved" + (
            f"; unknown whether rows {_row_list(unknown)} were saved" if unknown else ""
        )
        return ImportOutcome(str(failed[0].code), message, (), rows)

    async def _read_back(
        self,
        persons: Sequence[Person],
        ignore_empty_values: bool,
        reset: Collection[str],
        written: Collection[str],
    ) -> dict[int, ItemResult]:
        """index -> result for each row the persons Nepton holds now show done."""
        numbers = [p.employee_number for p in persons if p.employee_number]
        usernames = [p.username for p in persons if p.username]
        found: list[Person] = []
        if any(p.nepton_id is not None for p in persons):
            found = await self.get_persons(include_disabled=True)
        else:
            for start in range(0, max(len(numbers), len(usernames)), _READ_BACK_CHUNK):
                part_numbers = numbers[start : start + _READ_BACK_CHUNK]
                part_names = usernames[start : start + _READ_BACK_CHUNK]
                # Nepton's filters narrow each other: one read per identifier kind.
                if part_numbers:
                    found += await self.get_persons(True, employee_numbers=part_numbers)
                if part_names:
                    found += await self.get_persons(True, usernames=part_names)
        results: dict[int, ItemResult] = {}
        for i, row in enumerate(persons):
            now = find_person(row, found) if identifies(row) else None
            if now is not None and holds_row(
                row, now, ignore_empty_values=ignore_empty_values, reset=reset, written=written
            ):
                results[i] = ItemResult(i, 1000, "saved (confirmed by reading back)", now.nepton_id)
        return results

    async def _send_import(self, request: SoapRequest) -> ImportOutcome | TransportError:
        """One ImportUsersFromCSV exchange: Nepton's outcome, or the TransportError when the
        outcome is unknown. Not sent at all (provably) and whole-request refusals raise."""
        svc = self._svc
        data, started, duration = b"", 0.0, 0.0
        try:
            data, started, duration = await svc.exchange(request)
            outcome = await svc.parse(data, hr_codec.read_import_result)
        except TransportError as exc:
            if exc.sent is False:
                raise
            if data:  # answered, but unreadably
                svc.log(request, started, duration, exc.code, "outcome unknown")
            return exc
        code = int(outcome.code) if outcome.code.isdigit() else None
        svc.log(
            request,
            started,
            duration,
            code,
            "ok" if outcome.ok else f"refused, {len(outcome.breakdown)} problems",
        )
        if code in WHOLE_REQUEST_CODES:
            # The import answers login and permission problems with Worktime's numbers.
            err = error_for_code(code or 0, outcome.message, operation=request.operation)
            svc.note_error(err)
            raise err
        return outcome


_READ_BACK_CHUNK = 200  # identifiers per read-back request


def _row_list(rows: list[int]) -> str:
    shown = ", ".join(map(str, rows[:10]))
    return shown + ("…" if len(rows) > 10 else "")


def _read_error(message: str, operation: str) -> NeptonError:
    """HR reads report failure only as text; lockout and disabled account are recognised by
    their wording (inferred), so that they stop calls like their Worktime codes do."""
    lowered = message.lower()
    if "locked" in lowered:
        return AccountLocked(message, operation=operation)
    if "disabled" in lowered:
        return AccountDisabled(message, operation=operation)
    return HrRequestFailed(message, operation=operation)


def raise_for_outcome(outcome: ImportOutcome) -> None:
    """For callers that want an exception instead of checking ``outcome.ok``."""
    if not outcome.ok:
        raise HrImportFailed(outcome.code, outcome.message, operation="ImportUsersFromCSV")
