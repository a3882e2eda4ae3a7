"""Transport over a real loopback HTTP server: retries, limits, refusals and failure kinds."""

from __future__ import annotations

import asyncio
import socket

import pytest

from nepton_desktop.api import worktime_requests as wt
from nepton_desktop.api.auth import WorktimeAuth
from nepton_desktop.api.errors import (
    BadResponse,
    ConnectionFailed,
    HttpStatusError,
    InsecureUrl,
    RequestTimedOut,
    ResponseTooLarge,
    TlsError,
)
from nepton_desktop.api.transport import Transport, TransportSettings, check_url, is_loopback

from . import responses as r
from .stub_server import Reply, StubServer

AUTH = WorktimeAuth("1234", "api.integration", "pw")
READ = wt.get_activity_types(AUTH)
OK = r.worktime("GetActivityTypes", 1000)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def transport(sleeps: Sleeps | None = None, **kw: object) -> Transport:
    settings = TransportSettings(**kw)  # type: ignore[arg-type]
    return Transport(settings, sleep=sleeps or Sleeps())


@pytest.mark.parametrize(
    "url",
    [
        "https://time.nepton.com/WebService.php",
        "http://127.0.0.1:8080/x",
        "http://127.9.9.9/x",
        "http://localhost/x",
        "http://[::1]:80/x",
    ],
)
def test_allowed_urls(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://time.nepton.com/WebService.php",
        "http://10.0.0.1/x",
        "ftp://127.0.0.1/x",
        "http://127.0.0.1.evil.com/x",
        "file:///etc/passwd",
        "https:///nohost",
    ],
)
def test_refused_urls(url: str) -> None:
    with pytest.raises(InsecureUrl):
        check_url(url)


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("LOCALHOST")
    assert not is_loopback("192.168.1.1") and not is_loopback("localhost.example.com")


async def test_read_is_sent_with_soap_headers() -> None:
    with StubServer([Reply(body=OK)]) as stub:
        t = transport()
        assert await t.read(stub.url, READ) == OK
        await t.aclose()
    _, headers, body = stub.requests[0]
    assert headers["SOAPAction"] == '"http://tyoaika.tyoteho.fi#GetActivityTypes"'
    assert headers["Content-Type"].startswith("text/xml")
    assert body == READ.body


async def test_read_retries_5xx_with_growing_jittered_backoff() -> None:
    sleeps = Sleeps()
    with StubServer([Reply(503), Reply(500), Reply(502), Reply(body=OK)]) as stub:
        t = transport(sleeps, backoff_base=1.0, read_attempts=4)
        assert await t.read(stub.url, READ) == OK
        await t.aclose()
    assert len(stub.requests) == 4
    assert len(sleeps.calls) == 3
    for n, s in enumerate(sleeps.calls, 1):
        assert 0.5 * 2 ** (n - 1) <= s <= 2 ** (n - 1)


async def test_read_gives_up_after_attempts() -> None:
    with StubServer([Reply(503)]) as stub:
        t = transport(read_attempts=3)
        with pytest.raises(HttpStatusError) as info:
            await t.read(stub.url, READ)
        await t.aclose()
    assert info.value.status == 503 and len(stub.requests) == 3


async def test_write_is_not_resent_after_it_reached_the_server() -> None:
    from nepton_desktop.domain.records import EventRef

    write = wt.delete_activities(AUTH, [EventRef(id=1)])
    for reply, error in (
        (Reply(503), HttpStatusError),
        (Reply(drop=True), BadResponse),
        (Reply(body=OK, truncate_to=20), BadResponse),
    ):
        with StubServer([reply, Reply(body=OK)]) as stub:
            t = transport()
            with pytest.raises(error) as info:
                await t.write(stub.url, write)
            await t.aclose()
        assert len(stub.requests) == 1, reply
        assert info.value.sent is not False


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def test_write_is_retried_when_it_never_connected() -> None:
    from nepton_desktop.domain.records import EventRef

    sleeps = Sleeps()
    t = transport(sleeps, write_connect_attempts=3)
    with pytest.raises(ConnectionFailed) as info:
        await t.write(
            f"http://127.0.0.1:{_closed_port()}/x", wt.delete_activities(AUTH, [EventRef(id=1)])
        )
    await t.aclose()
    assert info.value.sent is False
    assert len(sleeps.calls) == 2


async def test_read_timeout_is_typed() -> None:
    with StubServer([Reply(body=OK, delay=1.0)]) as stub:
        t = transport(read_timeout=0.2, read_attempts=1)
        with pytest.raises(RequestTimedOut) as info:
            await t.read(stub.url, READ)
        await t.aclose()
    assert info.value.sent is True


async def test_response_size_limit() -> None:
    big = b"x" * 5000
    with StubServer([Reply(body=big)]) as stub:
        t = transport(max_response_bytes=1000, read_attempts=3)
        with pytest.raises(ResponseTooLarge):
            await t.read(stub.url, READ)
        await t.aclose()
    assert len(stub.requests) == 1  # not retried: it would only be too large again


async def test_concurrency_limit_per_api() -> None:
    with StubServer([Reply(body=OK, delay=0.15)]) as stub:
        t = transport(max_concurrency=3)
        await asyncio.gather(*(t.read(stub.url, READ) for _ in range(9)))
        await t.aclose()
    assert len(stub.requests) == 9
    assert stub.max_in_flight == 3


async def test_tls_failure_is_typed_and_not_retried() -> None:
    with StubServer([Reply(body=OK)]) as stub:
        sleeps = Sleeps()
        t = transport(sleeps)
        https = stub.url.replace("http://", "https://")
        with pytest.raises((TlsError, ConnectionFailed)) as info:
            await t.read(https, READ)
        await t.aclose()
    assert isinstance(info.value, TlsError)
    assert sleeps.calls == []


async def test_insecure_url_is_refused_before_sending() -> None:
    t = transport()
    with pytest.raises(InsecureUrl):
        await t.read("http://time.nepton.com/WebService.php", READ)
    await t.aclose()


async def test_soap_fault_with_500_is_passed_to_the_codec() -> None:
    fault = r.fault("soapenv:Server", "boom")
    with StubServer([Reply(500, fault)]) as stub:
        t = transport()
        assert await t.read(stub.url, READ) == fault
        await t.aclose()


async def test_read_retries_a_server_fault_but_not_a_client_fault() -> None:
    server_fault = r.fault("soapenv:Server", "busy")
    client_fault = r.fault("soapenv:Client", "malformed")
    with StubServer([Reply(500, server_fault), Reply(body=OK)]) as stub:
        t = transport()
        assert await t.read(stub.url, READ) == OK
        await t.aclose()
    assert len(stub.requests) == 2
    with StubServer([Reply(500, client_fault), Reply(body=OK)]) as stub:
        t = transport()
        assert await t.read(stub.url, READ) == client_fault
        await t.aclose()
    assert len(stub.requests) == 1
