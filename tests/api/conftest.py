"""Fixtures for the API tests: a sandbox over loopback HTTP and services bound to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from nepton_desktop.api import Credentials, Environment, NeptonService, Profile
from nepton_desktop.api.transport import Transport, TransportSettings


@pytest.fixture(scope="module")
def sandbox() -> Iterator[object]:
    sandbox_mod = pytest.importorskip("nepton_desktop.sandbox")
    server = sandbox_mod.SandboxServer(seed="demo")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def profile_for(server: object, username: str | None = None) -> Profile:
    info = server.info  # type: ignore[attr-defined]
    return Profile(
        "sandbox",
        Environment.SANDBOX,
        info.worktime_url,
        info.hr_url,
        str(info.customer_id),
        str(info.deployment_id),
        username or info.username,
    )


async def _no_sleep(_: float) -> None:
    return None


def make_service(
    server: object,
    *,
    username: str | None = None,
    password: str | None = None,
    batch_size: int = 200,
    **settings: object,
) -> NeptonService:
    info = server.info  # type: ignore[attr-defined]
    defaults: dict[str, object] = {"read_timeout": 10.0, "backoff_base": 0.01, "read_attempts": 6}
    defaults.update(settings)
    transport = Transport(TransportSettings(**defaults), sleep=_no_sleep)  # type: ignore[arg-type]
    return NeptonService(
        profile_for(server, username),
        Credentials(password or info.password, info.webservice_password),
        transport=transport,
        batch_size=batch_size,
    )


@pytest.fixture
async def service(sandbox: object) -> AsyncIterator[NeptonService]:
    svc = make_service(sandbox)
    try:
        yield svc
    finally:
        await svc.aclose()
