"""NeptonService: the one object the app, the importer and the commands talk to.

It owns the transport and the request log, stops every call after a login problem
(1001, 1018, 1020: going on would lock the API user out, or keep it locked), and runs
exchanges: send, parse off the event loop when the answer is big, log, raise typed errors.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from nepton_desktop.api.auth import HrAuth, WorktimeAuth
from nepton_desktop.api.credentials import Credentials
from nepton_desktop.api.envelope import SoapRequest
from nepton_desktop.api.errors import BadResponse, CallsStopped, NeptonError
from nepton_desktop.api.profiles import Profile
from nepton_desktop.api.request_log import RequestLog
from nepton_desktop.api.transport import Attempt, Transport, TransportSettings, check_url

T = TypeVar("T")

# Answers above this size are parsed in a worker thread so the GUI loop never stalls.
_PARSE_IN_THREAD_BYTES = 256 * 1024


def new_external_identifier() -> str:
    """The external identifier the client gives each event it inserts, to read it back by."""
    return f"nd-{uuid.uuid4()}"


class NeptonService:
    def __init__(
        self,
        profile: Profile,
        credentials: Credentials,
        *,
        transport: Transport | None = None,
        batch_size: int = 200,
        settings: TransportSettings | None = None,
        request_log: RequestLog | None = None,
        id_factory: Callable[[], str] = new_external_identifier,
    ) -> None:
        check_url(profile.worktime_url)
        check_url(profile.hr_url)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.profile = profile
        self.batch_size = batch_size
        self.transport = transport or Transport(settings)
        self.request_log = request_log or RequestLog()
        self.id_factory = id_factory
        self.worktime_auth = WorktimeAuth(
            profile.customer_id, profile.username, credentials.password
        )
        self.hr_auth = HrAuth(
            profile.username,
            credentials.password,
            profile.deployment_id,
            credentials.webservice_password,
        )
        self._stopped_by: NeptonError | None = None
        self.transport.listeners.append(self._log_failed_attempt)
        self.transport.before_send.append(self._gate)

        from nepton_desktop.api.hr_service import HrApi
        from nepton_desktop.api.worktime_service import WorktimeApi

        self.worktime = WorktimeApi(self)
        self.hr = HrApi(self)

    async def aclose(self) -> None:
        self.transport.listeners.remove(self._log_failed_attempt)
        self.transport.before_send.remove(self._gate)
        await self.transport.aclose()

    async def __aenter__(self) -> NeptonService:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------ stopping

    @property
    def stopped_by(self) -> NeptonError | None:
        """The error that stopped all calls, or None."""
        return self._stopped_by

    def resume(self) -> None:
        """Allow calls again (after the user fixed the credentials or waited out a lockout)."""
        self._stopped_by = None

    def check_not_stopped(self, operation: str) -> None:
        if self._stopped_by is not None:
            raise CallsStopped(
                f"stopped by [{self._stopped_by.code}] {type(self._stopped_by).__name__}",
                operation=operation,
            )

    def _gate(self, request: SoapRequest) -> None:
        self.check_not_stopped(request.operation)

    def note_error(self, error: NeptonError) -> None:
        if error.stops_all_calls and self._stopped_by is None:
            self._stopped_by = error

    # ------------------------------------------------------------ exchanges

    def url_for(self, request: SoapRequest) -> str:
        return self.profile.worktime_url if request.api == "worktime" else self.profile.hr_url

    async def exchange(self, request: SoapRequest) -> tuple[bytes, float, float]:
        """Send (reads retried, writes only if never sent); return (answer, started, duration)."""
        self.check_not_stopped(request.operation)
        started = time.time()
        t0 = time.perf_counter()
        url = self.url_for(request)
        try:
            if request.is_write:
                data = await self.transport.write(url, request)
            else:
                data = await self.transport.read(url, request)
        except NeptonError as exc:
            self.log(request, started, time.perf_counter() - t0, exc.code, _outcome_of(exc))
            raise
        return data, started, time.perf_counter() - t0

    async def read_parsed(
        self, request: SoapRequest, parser: Callable[[bytes], T]
    ) -> tuple[T, float, float]:
        """Exchange a read and parse it; an answer that arrives whole by HTTP but does not
        parse (cut short behind a proxy, say) is read again like any transient failure."""
        attempts = self.transport.settings.read_attempts
        for attempt in range(1, attempts + 1):
            data, started, duration = await self.exchange(request)
            try:
                return await self.parse(data, parser), started, duration
            except BadResponse as exc:
                if attempt == attempts:
                    self.log(request, started, duration, exc.code, "failed: BadResponse")
                    raise
                self.log(request, started, duration, exc.code, "unreadable answer, reading again")
            await self.transport.back_off(attempt)
        raise AssertionError("unreachable")

    async def parse(self, data: bytes, parser: Callable[[bytes], T]) -> T:
        if len(data) > _PARSE_IN_THREAD_BYTES:
            return await asyncio.to_thread(parser, data)
        return parser(data)

    def log(
        self,
        request: SoapRequest,
        started: float,
        duration: float,
        code: int | None,
        outcome: str,
    ) -> None:
        self.request_log.add(
            api=request.api,
            operation=request.operation,
            items=request.items,
            duration=duration,
            response_code=code,
            outcome=outcome,
            started=started,
        )

    def _log_failed_attempt(self, attempt: Attempt) -> None:
        if attempt.error is None:
            return
        self.request_log.add(
            api=attempt.api,
            operation=attempt.operation,
            items=0,
            duration=attempt.duration,
            response_code=attempt.error.code,
            outcome=f"attempt {attempt.attempt} failed: {type(attempt.error).__name__}"
            + (" (not sent)" if attempt.error.sent is False else ""),
            started=attempt.started,
        )


def _outcome_of(exc: NeptonError) -> str:
    return f"failed: {type(exc).__name__}"
