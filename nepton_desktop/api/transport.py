"""HTTP for the SOAP calls: httpx.AsyncClient, timeouts, a concurrency limit per API, retries.

What this module guarantees:
- TLS verification is always on, and plain ``http://`` is refused unless the host is this
  computer (the built-in sandbox).
- At most ``max_concurrency`` requests per API are in flight.
- Every failure becomes a typed ``TransportError`` whose ``sent`` says whether the request
  may have reached the server: ``False`` only when it provably did not (no connection was
  made). Reads are retried on any transient failure; writes only when ``sent is False``.
  A write whose outcome is unknown is never re-sent here: the service reads back instead.
- Answers larger than ``max_response_bytes`` are cut off and refused.
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import truststore

from nepton_desktop.api.envelope import DEFAULT_MAX_RESPONSE_BYTES, SOAP_ENV, SoapRequest
from nepton_desktop.api.errors import (
    BadResponse,
    ConnectionFailed,
    HttpStatusError,
    InsecureUrl,
    RequestTimedOut,
    ResponseTooLarge,
    SoapFault,
    TlsError,
    TransportError,
)


@dataclass(frozen=True, slots=True)
class TransportSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 120.0  # a 100,000-event read takes a while to produce
    write_timeout: float = 60.0
    pool_timeout: float = 600.0  # waiting for a free connection is not a failure
    max_concurrency: int = 4  # requests in flight per API
    read_attempts: int = 4  # first try plus retries, for reads
    write_connect_attempts: int = 3  # for writes, only failures that provably sent nothing
    backoff_base: float = 0.5
    backoff_max: float = 10.0
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES


def system_trust() -> ssl.SSLContext:
    """A TLS client context that verifies certificates and host names against the operating
    system's trust store (where a company installs its own root certificate)."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def check_url(url: str) -> str:
    """Return the URL if https://, or http:// to this computer; raise InsecureUrl otherwise."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url
    raise InsecureUrl(f"refused address scheme {parts.scheme or '(none)'}://{parts.hostname or ''}")


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Attempt:
    """One HTTP exchange, for the request log."""

    api: str
    operation: str
    started: float  # time.time()
    duration: float
    status: int | None
    error: TransportError | None
    attempt: int


AttemptListener = Callable[[Attempt], None]


class Transport:
    """Sends SoapRequests; one instance per service, closed with ``aclose``."""

    def __init__(
        self,
        settings: TransportSettings | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = s = settings or TransportSettings()
        self._client = httpx.AsyncClient(
            verify=system_trust(),
            timeout=httpx.Timeout(
                connect=s.connect_timeout,
                read=s.read_timeout,
                write=s.write_timeout,
                pool=s.pool_timeout,
            ),
            limits=httpx.Limits(max_connections=2 * s.max_concurrency),
            follow_redirects=False,
        )
        self._limits: dict[str, asyncio.Semaphore] = {}
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.listeners: list[AttemptListener] = []
        # Called with the request once a slot is free, right before sending; raising stops
        # it. The service stops queued requests here after a lockout answer.
        self.before_send: list[Callable[[SoapRequest], None]] = []

    def _limit(self, api: str) -> asyncio.Semaphore:
        sem = self._limits.get(api)
        if sem is None:
            sem = self._limits[api] = asyncio.Semaphore(self.settings.max_concurrency)
        return sem

    async def aclose(self) -> None:
        await self._client.aclose()

    # ------------------------------------------------------------ one exchange

    async def send_once(self, url: str, request: SoapRequest, attempt: int = 1) -> bytes:
        """POST once; return the answer bytes of a 200 (or of a 500 carrying a SOAP Fault)."""
        check_url(url)
        headers = {
            "Content-Type": "text/xml; charset=utf-8",
            "SOAPAction": f'"{request.soap_action}"',
        }
        async with self._limit(request.api):
            for hook in self.before_send:
                hook(request)
            started = time.time()
            t0 = time.perf_counter()
            status: int | None = None
            try:
                body, status = await self._post(url, request, headers)
            except TransportError as exc:
                self._notify(
                    Attempt(
                        request.api,
                        request.operation,
                        started,
                        time.perf_counter() - t0,
                        status,
                        exc,
                        attempt,
                    )
                )
                raise
            # A 500 carries a SOAP Fault: logged as a failed attempt, parsed by the codec.
            fault = SoapFault("", "", operation=request.operation) if status == 500 else None
            self._notify(
                Attempt(
                    request.api,
                    request.operation,
                    started,
                    time.perf_counter() - t0,
                    status,
                    fault,
                    attempt,
                )
            )
            return body

    async def _post(
        self, url: str, request: SoapRequest, headers: dict[str, str]
    ) -> tuple[bytes, int]:
        op = request.operation
        limit = self.settings.max_response_bytes
        try:
            async with self._client.stream("POST", url, content=request.body, headers=headers) as r:
                declared = r.headers.get("content-length")
                if declared is not None and declared.isdigit() and int(declared) > limit:
                    raise ResponseTooLarge(
                        f"{int(declared):,} bytes declared", operation=op, sent=True
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in r.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise ResponseTooLarge(
                            f"more than {limit:,} bytes", operation=op, sent=True
                        )
                    chunks.append(chunk)
                body = b"".join(chunks)
                status = r.status_code
        except httpx.ConnectTimeout:
            raise ConnectionFailed("connection timed out", operation=op, sent=False) from None
        except httpx.PoolTimeout:
            raise RequestTimedOut("no free connection", operation=op, sent=False) from None
        except httpx.ConnectError as exc:
            if _is_tls_failure(exc):
                raise TlsError(
                    "certificate or TLS handshake failed", operation=op, sent=False
                ) from None
            raise ConnectionFailed(
                "connection refused or unreachable", operation=op, sent=False
            ) from None
        except httpx.ReadTimeout:
            raise RequestTimedOut("no answer in time", operation=op, sent=True) from None
        except httpx.WriteTimeout:
            raise RequestTimedOut("sending timed out", operation=op, sent=None) from None
        except httpx.RemoteProtocolError:
            # Closed without an answer, or the body was cut short of its Content-Length.
            raise BadResponse(
                "the connection closed before the answer was complete", operation=op, sent=True
            ) from None
        except (httpx.ReadError, httpx.WriteError):
            raise ConnectionFailed("the connection broke", operation=op, sent=True) from None
        except httpx.TimeoutException:
            raise RequestTimedOut("timed out", operation=op, sent=None) from None
        except httpx.TransportError as exc:
            raise ConnectionFailed(type(exc).__name__, operation=op, sent=None) from None
        if status == 200:
            return body, status
        if status == 500 and _looks_like_fault(body):
            return body, status  # the codec raises SoapFault with its text
        raise HttpStatusError(status, operation=op, sent=True)

    def _notify(self, attempt: Attempt) -> None:
        for listener in self.listeners:
            listener(attempt)

    # ------------------------------------------------------------ retries

    def backoff(self, attempt: int) -> float:
        """Exponential back-off with jitter: between half and all of base * 2**(attempt-1)."""
        s = self.settings
        ceiling = min(s.backoff_max, s.backoff_base * 2.0 ** (attempt - 1))
        return ceiling * (0.5 + 0.5 * self._rng.random())

    async def back_off(self, attempt: int) -> None:
        await self._sleep(self.backoff(attempt))

    async def read(self, url: str, request: SoapRequest) -> bytes:
        """Send a read, retrying transient failures with back-off."""
        attempts = self.settings.read_attempts
        for attempt in range(1, attempts + 1):
            try:
                body = await self.send_once(url, request, attempt)
                # A server-side SOAP Fault is as transient as a 5xx for a read; the last
                # one is handed on and the codec raises SoapFault with its text.
                if attempt == attempts or not _is_server_fault(body):
                    return body
            except (TlsError, ResponseTooLarge):
                raise  # retrying cannot help
            except TransportError:
                if attempt == attempts:
                    raise
            await self._sleep(self.backoff(attempt))
        raise AssertionError("unreachable")

    async def write(self, url: str, request: SoapRequest) -> bytes:
        """Send a write; retry only while the request provably never reached the server."""
        attempts = self.settings.write_connect_attempts
        for attempt in range(1, attempts + 1):
            try:
                return await self.send_once(url, request, attempt)
            except TlsError:
                raise
            except TransportError as exc:
                if exc.sent is not False or attempt == attempts:
                    raise
            await self._sleep(self.backoff(attempt))
        raise AssertionError("unreachable")

    async def get_document(self, url: str, *, max_bytes: int = 5_000_000) -> bytes:
        """GET a small document (a live WSDL), with the same URL rules and retries."""
        check_url(url)
        for attempt in range(1, self.settings.read_attempts + 1):
            try:
                r = await self._client.get(url)
                if r.status_code != 200:
                    raise HttpStatusError(r.status_code, operation="WSDL", sent=True)
                if len(r.content) > max_bytes:
                    raise ResponseTooLarge("WSDL", operation="WSDL", sent=True)
                return r.content
            except httpx.ConnectError as exc:
                if _is_tls_failure(exc):
                    raise TlsError(
                        "certificate or TLS handshake failed", operation="WSDL", sent=False
                    ) from None
                if attempt == self.settings.read_attempts:
                    raise ConnectionFailed(
                        "could not connect", operation="WSDL", sent=False
                    ) from None
            except httpx.TransportError:
                if attempt == self.settings.read_attempts:
                    raise ConnectionFailed(
                        "the connection broke", operation="WSDL", sent=True
                    ) from None
            except (HttpStatusError, ResponseTooLarge):
                raise
            await self._sleep(self.backoff(attempt))
        raise AssertionError("unreachable")


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "SSL" in str(exc) or "CERTIFICATE" in str(exc).upper()


_SERVER_FAULT = re.compile(rb"<(?:\w+:)?faultcode>[^<]*Server</(?:\w+:)?faultcode>")


def _is_server_fault(body: bytes) -> bool:
    return _looks_like_fault(body) and _SERVER_FAULT.search(body[:4096]) is not None


def _looks_like_fault(body: bytes) -> bool:
    head = body[:4096]
    return SOAP_ENV.encode() in head and b"Fault" in head
