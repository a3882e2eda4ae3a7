"""Worktime authentication codes: 1001, 1018 (lockout), 1020, and the 999 catch-all."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from nepton_desktop.sandbox import SandboxServer, worktime_ops
from tests.sandbox.conftest import Client, auth_xml, code


@pytest.fixture
def quick_lock_server() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="empty", lockout_threshold=3, lockout_duration_s=0.5)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    "auth",
    [
        auth_xml(password="wrong"),
        auth_xml(customer_id=None),
        auth_xml(customer_id="9999"),
        auth_xml(username="no.such.user"),
        auth_xml(customer_id=""),
    ],
)
def test_bad_credentials_are_1001(client: Client, auth: str) -> None:
    assert code(client.wt("GetActivityTypes", auth=auth)) == 1001


def test_disabled_account_is_1020(client: Client) -> None:
    assert code(client.wt("GetActivityTypes", auth=auth_xml(username="disabled.user"))) == 1020


def test_lockout_after_five_failures_by_one_user(client: Client) -> None:
    for _ in range(5):
        assert code(client.wt("GetActivityTypes", auth=auth_xml(password="wrong"))) == 1001
    # Locked: even the right password is refused now.
    assert code(client.wt("GetActivityTypes")) == 1018
    client.server.reset_lockouts()
    assert code(client.wt("GetActivityTypes")) == 1000


def test_lockout_by_address_and_its_expiry(quick_lock_server: SandboxServer) -> None:
    client = Client(quick_lock_server)
    try:
        for name in ("a.one", "b.two", "c.three"):  # different users, one address
            assert code(client.wt("GetActivityTypes", auth=auth_xml(username=name))) == 1001
        assert code(client.wt("GetActivityTypes")) == 1018
        hr = client.hr(
            "GetUnits",
            "<Request><Username>api.integration</Username>"
            "<UserPassword>Demo-Api-Password-1</UserPassword><DeploymentId>123456"
            "</DeploymentId><WebServicePassword>Demo-WS-Password-1</WebServicePassword>"
            "</Request>",
        )
        assert "locked" in (hr.findtext(".//{http://tempuri.org/}ErrorMessage") or "")
        time.sleep(0.6)
        assert code(client.wt("GetActivityTypes")) == 1000
    finally:
        client.close()


def test_unexpected_error_is_999(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(worktime_ops, "get_activity_types", boom)
    payload = client.wt("GetActivityTypes")
    assert code(payload) == 999
    assert "disk on fire" not in (payload.findtext("ResponseString") or "")


def test_invalid_parameter_is_1012(client: Client) -> None:
    payload = client.wt("GetActivityTypes", "<FilterByIds><Id>one</Id></FilterByIds>")
    assert code(payload) == 1012


def test_qualified_children_are_accepted_too(client: Client) -> None:
    # Some clients qualify every element; Nepton's example leaves children unqualified.
    body = auth_xml().replace("<", "<tyo:").replace("<tyo:/", "</tyo:")
    assert code(client.wt("GetActivityTypes", auth=body)) == 1000


def test_password_compared_exactly(client: Client) -> None:
    padded = auth_xml(password=" Demo-Api-Password-1 ")
    assert code(client.wt("GetActivityTypes", auth=padded)) == 1001
    assert code(client.wt("GetActivityTypes", auth=auth_xml(customer_id=" 1234 "))) == 1000
