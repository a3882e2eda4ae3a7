"""The HR API operations: units, persons, and the person import (ImportUsersFromCSV)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Sequence
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
    OutcomeUnknown,
    TransportError,
    error_for_code,
)
from nepton_desktop.domain.records import ImportOutcome, Person, Unit

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
        sending), it is sent once more only if every row names its person by Nepton id,
        username or employee number: Nepton then updates the persons the first import may
        have created, so nobody is created twice and the same values are written again.
        Otherwise, or when the second import's outcome is unknown too, OutcomeUnknown is
        raised, because a row with no identifier would be inserted again.
        """
        svc = self._svc

        def build() -> SoapRequest:
            return hr_codec.import_users_from_csv(
                svc.hr_auth,
                persons,
                ignore_empty_values=ignore_empty_values,
                reset_fields=reset_fields,
            )

        # Thousands of rows take long enough to build to stall the GUI loop.
        request = await asyncio.to_thread(build) if len(persons) > 500 else build()
        outcome = await self._send_import(request)
        if isinstance(outcome, TransportError):
            unidentified = [i for i, p in enumerate(persons, 1) if not _identifies(p)]
            if not unidentified:
                outcome = await self._send_import(request)
            if isinstance(outcome, TransportError):
                detail = type(outcome).__name__
                if unidentified:
                    rows = ", ".join(map(str, unidentified[:10]))
                    rows += "…" if len(unidentified) > 10 else ""
                    detail += (
                        f"; not sent again: row {rows} names no existing person"
                        if len(unidentified) == 1
                        else f"; not sent again: rows {rows} name no existing person"
                    )
                raise OutcomeUnknown(detail, operation=request.operation) from outcome
        return outcome

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


def _identifies(person: Person) -> bool:
    """Whether Nepton's import updates an existing person for this row instead of inserting
    one: it identifies persons by Nepton id, username or employee number."""
    return bool(person.nepton_id is not None or person.username or person.employee_number)


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
